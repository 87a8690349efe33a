import { createJudge } from '../../src/verdict/judge.js';
import type { JudgeSettings, Observation } from '../../src/verdict/types.js';
import type { Reading, SignalSpec } from '../../src/sources/types.js';

const settings: JudgeSettings = {
  alpha: 0.05,
  tolerance: 1.2,
  windowMs: 600_000,
  minErrors: 5,
  maxConsecutiveErrors: 3
};

const count = (
  signal: string,
  errors: number,
  total: number,
  group: 'canary' | 'baseline' = 'canary'
): Reading => ({
  signal,
  kind: 'count',
  group,
  errors,
  total
});
const level = (signal: string, value: number): Reading => ({ signal, kind: 'level', group: 'canary', value });
const health = (signal: string, healthy: boolean): Reading => ({
  signal,
  kind: 'health',
  group: 'canary',
  healthy,
  detail: healthy ? 'ok' : 'HTTP 503'
});
const obs = (tSeconds: number, readings: Reading[], errors: Observation['errors'] = []): Observation => ({
  t: tSeconds * 1000,
  readings,
  errors
});

const errorsSpec = (id: string, critical = true): SignalSpec => ({
  id,
  kind: 'count',
  baseline: 'concurrent',
  critical
});
const latencySpec: SignalSpec = {
  id: 'p99',
  kind: 'level',
  baseline: 'none',
  critical: false,
  max: 500,
  unit: 'ms'
};
const healthSpec: SignalSpec = {
  id: 'health',
  kind: 'health',
  baseline: 'none',
  critical: true,
  failAfter: 2
};

describe('judge', () => {
  it('fails at once when a critical count signal regresses, with numbers in the reason', () => {
    const judge = createJudge(settings, [errorsSpec('5xx'), latencySpec]);
    let t = 0;
    let v = judge.observe(obs(0, []));
    while (v.verdict === 'pending' && t < 300) {
      t += 10;
      v = judge.observe(obs(t, [count('5xx', 10, 200), count('5xx', 2, 200, 'baseline'), level('p99', 100)]));
    }
    expect(v.verdict).toBe('fail');
    expect(v.decidedAt).toBe(t * 1000);
    expect(t).toBeLessThan(120);
    const signal = v.signals.find((s) => s.id === '5xx')!;
    expect(v.reason).toBe(signal.reason);
    expect(signal.reason).toMatch(
      /^5xx error rate 5% \(\d+\/\d+\) vs baseline 1% \(x5, tolerance x1\.2\); e-value [\d.]+ >= 20 \(alpha 0\.05(, dispersion x[\d.]+)?\) after \d+ s$/
    );
    expect(signal.statistic).toBeGreaterThanOrEqual(signal.threshold!);
    expect(signal.canary).toEqual({ errors: 10 * (t / 10), total: 200 * (t / 10), rate: 0.05 });
    expect(signal.series.filter((p) => p.group === 'canary')).toHaveLength(t / 10);
    // The latency guardrail did not decide; the report shows it undecided rather than passed.
    expect(v.signals.find((s) => s.id === 'p99')!.verdict).toBe('pending');
  });

  it('splits alpha across count signals (Bonferroni)', () => {
    const judge = createJudge(settings, [errorsSpec('a'), errorsSpec('b'), latencySpec]);
    const v = judge.observe(
      obs(10, [
        count('a', 0, 100),
        count('a', 0, 100, 'baseline'),
        count('b', 0, 100),
        count('b', 0, 100, 'baseline')
      ])
    );
    const [a, b] = v.signals;
    expect(a!.alpha).toBeCloseTo(0.025, 12);
    expect(b!.alpha).toBeCloseTo(0.025, 12);
    expect(a!.threshold).toBeCloseTo(40, 9);
  });

  it('never passes on zero traffic: inconclusive at the window end', () => {
    const judge = createJudge(settings, [errorsSpec('5xx')]);
    for (let t = 10; t < 600; t += 10)
      expect(judge.observe(obs(t, [count('5xx', 0, 0), count('5xx', 0, 0, 'baseline')])).verdict).toBe(
        'pending'
      );
    const v = judge.finish(600_000);
    expect(v.verdict).toBe('inconclusive');
    expect(v.signals[0]!.reason).toMatch(/no traffic/);
  });

  it('a concurrent signal whose baseline group never reports is inconclusive, naming why', () => {
    const judge = createJudge(settings, [errorsSpec('5xx')]);
    for (let t = 10; t <= 100; t += 10) judge.observe(obs(t, [count('5xx', 0, 1000)]));
    const v = judge.finish(600_000);
    expect(v.verdict).toBe('inconclusive');
    expect(v.reason).toBe('5xx: no baseline-group traffic to compare with in 10 m');
  });

  it('never passes without any signal or any observation', () => {
    expect(createJudge(settings, []).finish(600_000).verdict).toBe('inconclusive');
    expect(createJudge(settings, [healthSpec, latencySpec]).finish(600_000).verdict).toBe('inconclusive');
  });

  it('passes early only when every signal has passed', () => {
    const judge = createJudge(settings, [errorsSpec('5xx'), latencySpec, healthSpec]);
    let v = judge.observe(
      obs(10, [
        count('5xx', 0, 2000),
        count('5xx', 20, 2000, 'baseline'),
        level('p99', 100),
        health('health', true)
      ])
    );
    let t = 10;
    while (v.verdict === 'pending' && t < 590) {
      t += 10;
      v = judge.observe(
        obs(t, [
          count('5xx', 2, 2000),
          count('5xx', 20, 2000, 'baseline'),
          level('p99', 100),
          health('health', true)
        ])
      );
    }
    expect(v.verdict).toBe('pass');
    expect(v.decidedAt).toBeLessThan(600_000);
    expect(v.signals.every((s) => s.verdict === 'pass')).toBe(true);
  });

  it('a healthy count signal does not pass the verdict while a guardrail lacks clean checks', () => {
    const judge = createJudge(settings, [errorsSpec('5xx'), latencySpec]);
    let v = judge.observe(obs(10, [count('5xx', 0, 5000), count('5xx', 50, 5000, 'baseline')]));
    for (let t = 20; t <= 100; t += 10)
      v = judge.observe(obs(t, [count('5xx', 1, 5000), count('5xx', 50, 5000, 'baseline')]));
    expect(v.verdict).toBe('pending');
    expect(judge.finish(600_000).verdict).toBe('inconclusive');
  });

  it('a failing critical health check fails the verdict at once; guardrail breach fails after two polls', () => {
    const judge = createJudge(settings, [healthSpec]);
    expect(judge.observe(obs(10, [health('health', false)])).verdict).toBe('pending');
    const v = judge.observe(obs(20, [health('health', false)]));
    expect(v.verdict).toBe('fail');
    expect(v.reason).toMatch(/health unhealthy 2 checks in a row \(HTTP 503\) after 20 s/);

    const latency = createJudge(settings, [{ ...latencySpec, critical: true }]);
    expect(latency.observe(obs(10, [level('p99', 900)])).verdict).toBe('pending');
    expect(latency.observe(obs(20, [level('p99', 900)])).reason).toMatch(
      /p99 900 ms above max 500 for 2 polls in a row after 20 s/
    );
  });

  it('a non-critical failure fails the verdict once nothing else is left to watch', () => {
    const judge = createJudge(settings, [{ ...latencySpec }, healthSpec]);
    judge.observe(obs(10, [level('p99', 900), health('health', true)]));
    const v = judge.observe(obs(20, [level('p99', 900), health('health', true)]));
    expect(v.verdict).toBe('pending'); // health not yet at passChecks (3)
    const w = judge.observe(obs(30, [level('p99', 900), health('health', true)]));
    expect(w.verdict).toBe('fail');
    expect(w.reason).toMatch(/^p99/);
  });

  it('source errors: inconclusive after maxConsecutiveErrors, or fail when the spec says so', () => {
    const err = (signal: string) => [{ signal, message: 'HTTP 502 from prometheus' }];
    const judge = createJudge(settings, [errorsSpec('5xx')]);
    judge.observe(obs(10, [], err('5xx')));
    judge.observe(obs(20, [count('5xx', 0, 100), count('5xx', 1, 100, 'baseline')])); // a success resets the run
    judge.observe(obs(30, [], err('5xx')));
    expect(judge.observe(obs(40, [], err('5xx'))).verdict).toBe('pending');
    const v = judge.observe(obs(50, [], err('5xx')));
    expect(v.verdict).toBe('inconclusive');
    expect(v.reason).toMatch(
      /source failed 3 polls in a row \(last: HTTP 502 from prometheus\); ended as inconclusive/
    );
    expect(v.signals[0]!.sourceErrors).toBe(3 + 1);

    const strict = createJudge(settings, [
      { ...errorsSpec('5xx'), onError: 'fail', maxConsecutiveErrors: 1 }
    ]);
    expect(strict.observe(obs(10, [], err('5xx'))).verdict).toBe('fail');
  });

  it('pre-deploy baseline: observations at t <= 0 form the baseline; no baseline traffic is inconclusive', () => {
    const spec: SignalSpec = { id: 'errs', kind: 'count', baseline: 'pre-deploy', critical: true };
    const judge = createJudge(settings, [spec]);
    for (let t = -170; t <= 0; t += 10) judge.observe(obs(t, [count('errs', 1, 100)]));
    let v = judge.observe(obs(10, [count('errs', 30, 100)]));
    for (let t = 20; v.verdict === 'pending' && t <= 100; t += 10)
      v = judge.observe(obs(t, [count('errs', 30, 100)]));
    expect(v.verdict).toBe('fail');
    expect(v.reason).toMatch(/pre-deploy baseline 1% \(18\/1800\)/);

    const empty = createJudge(settings, [spec]);
    const w = empty.observe(obs(10, [count('errs', 0, 100)]));
    expect(w.verdict).toBe('inconclusive');
    expect(w.reason).toMatch(/no pre-deploy baseline traffic/);
  });

  it('acceptable-rate (absolute) count signals pass at the window end only with enough checks within the limit', () => {
    const probes: SignalSpec = {
      id: 'hc:errors',
      kind: 'count',
      baseline: 'absolute',
      critical: false,
      maxErrorRate: 0.1
    };
    const clean = createJudge(settings, [probes]);
    for (let t = 30; t <= 120; t += 30) clean.observe(obs(t, [count('hc:errors', 0, 1)]));
    expect(clean.finish(600_000)).toMatchObject({
      verdict: 'pass',
      reason: expect.stringMatching(/hc:errors error rate 0% \(0\/4\) within the acceptable 10%/)
    });

    const few = createJudge(settings, [probes]);
    few.observe(obs(30, [count('hc:errors', 0, 1)]));
    expect(few.finish(600_000).verdict).toBe('inconclusive');

    const over = createJudge(settings, [probes]);
    for (let t = 30; t <= 120; t += 30) over.observe(obs(t, [count('hc:errors', t === 60 ? 1 : 0, 1)]));
    expect(over.finish(600_000).verdict).toBe('inconclusive');
  });

  it('after a decision further observations do not change it', () => {
    const judge = createJudge(settings, [healthSpec]);
    judge.observe(obs(10, [health('health', false)]));
    const v = judge.observe(obs(20, [health('health', false)]));
    expect(judge.observe(obs(30, [health('health', true)]))).toBe(v);
    expect(judge.finish(600_000)).toBe(v);
  });

  it('rejects bad settings and specs naming the input', () => {
    expect(() => createJudge({ ...settings, alpha: 2 }, [])).toThrow(/alpha must be in \(0, 1\), got 2/);
    expect(() => createJudge(settings, [errorsSpec('a'), errorsSpec('a')])).toThrow(/'a' appears twice/);
    expect(() =>
      createJudge(settings, [{ id: 'l', kind: 'level', baseline: 'none', critical: false }])
    ).toThrow(/needs at least one of max, min or maxRatio/);
    expect(() =>
      createJudge(settings, [{ id: 'c', kind: 'count', baseline: 'absolute', critical: false }])
    ).toThrow(/no maxErrorRate/);
  });
});
