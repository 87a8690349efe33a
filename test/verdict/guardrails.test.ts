import { createHealthGuard, createLevelGuard } from '../../src/verdict/guardrails.js';

describe('level guardrail', () => {
  it('fails only after the breach persists for breachPolls consecutive polls', () => {
    const guard = createLevelGuard({ max: 500, breachPolls: 2, passPolls: 3 });
    expect(guard.observe(600, null).decision).toBeNull();
    expect(guard.observe(400, null).consecutiveBreaches).toBe(0); // a clean poll resets the run
    expect(guard.observe(650, null).decision).toBeNull();
    const s = guard.observe(700, null);
    expect(s.decision).toBe('fail');
    expect(s.breach).toBe('above max 500');
  });

  it('checks min and maxRatio against the baseline level', () => {
    const low = createLevelGuard({ min: 0.99, breachPolls: 1, passPolls: 1 });
    expect(low.observe(0.98, null).breach).toBe('below min 0.99');
    const relative = createLevelGuard({ maxRatio: 1.5, breachPolls: 1, passPolls: 1 });
    expect(relative.observe(140, 100).decision).toBeNull();
    expect(relative.observe(160, 100).decision).toBe('fail');
    // Without a baseline level a ratio rule cannot breach.
    expect(
      createLevelGuard({ maxRatio: 1.5, breachPolls: 1, passPolls: 1 }).observe(1e9, null).decision
    ).toBeNull();
  });

  it('is ready to pass only after enough clean polls and not while breaching', () => {
    const guard = createLevelGuard({ max: 10, breachPolls: 3, passPolls: 2 });
    expect(guard.observe(1, null).readyToPass).toBe(false);
    expect(guard.observe(1, null).readyToPass).toBe(true);
    expect(guard.observe(11, null).readyToPass).toBe(false);
  });

  it('rejects a non-finite value', () => {
    expect(() => createLevelGuard({ max: 1, breachPolls: 1, passPolls: 1 }).observe(NaN, null)).toThrow(
      /finite number, got NaN/
    );
  });
});

describe('health guardrail', () => {
  it('fails after failAfter consecutive unhealthy checks, not after scattered ones', () => {
    const guard = createHealthGuard({ failAfter: 3, passChecks: 3 });
    for (const healthy of [false, false, true, false, false])
      expect(guard.observe(healthy, 'x').decision).toBeNull();
    const s = guard.observe(false, '503 from /health');
    expect(s.decision).toBe('fail');
    expect(s.lastDetail).toBe('503 from /health');
    expect(s.failures).toBe(5);
  });

  it('needs passChecks healthy checks and a healthy last check to be ready', () => {
    const guard = createHealthGuard({ failAfter: 3, passChecks: 2 });
    expect(guard.observe(true, 'ok').readyToPass).toBe(false);
    expect(guard.observe(true, 'ok').readyToPass).toBe(true);
    expect(guard.observe(false, 'down').readyToPass).toBe(false);
  });
});
