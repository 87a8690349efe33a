import { runVerification, baselineSlices } from '../../src/verify/loop.js';
import { virtualClock } from '../../src/verify/clock.js';
import type { PollWindow, Reading, SignalSpec, Source } from '../../src/sources/types.js';
import { PartialPollError, SourceError } from '../../src/sources/types.js';
import type { JudgeSettings } from '../../src/verdict/types.js';

const SETTINGS: JudgeSettings = {
  alpha: 0.05,
  tolerance: 1.1,
  windowMs: 600_000,
  minErrors: 5,
  maxConsecutiveErrors: 3
};
const DEPLOY = Date.UTC(2026, 10, 23, 12, 0, 0);

/** A source over a deterministic model of a service: errors per second as a function of time. */
function modelSource(
  id: string,
  rps: number,
  errorRate: (t: number) => number,
  baseline: SignalSpec['baseline'] = 'pre-deploy'
): Source & { windows: PollWindow[] } {
  const windows: PollWindow[] = [];
  return {
    id,
    type: 'model',
    critical: false,
    signals: [{ id, kind: 'count', baseline, critical: false }],
    windows,
    async poll(w) {
      windows.push(w);
      const total = Math.round(((w.to - w.from) / 1000) * rps);
      const errors = Math.round(total * errorRate(w.to - DEPLOY));
      return [{ signal: id, kind: 'count', group: 'canary', errors, total } satisfies Reading];
    }
  };
}

describe('the polling loop', () => {
  it('polls on deploy + k*interval and fails a release whose error rate jumped tenfold', async () => {
    const clock = virtualClock(DEPLOY);
    const source = modelSource('api', 50, (t) => (t <= 0 ? 0.01 : 0.1));
    const result = await runVerification({
      sources: [source],
      settings: SETTINGS,
      intervalMs: 10_000,
      baselineMs: 120_000,
      deployTime: DEPLOY,
      clock
    });
    expect(result.verdict.verdict).toBe('fail');
    const after = source.windows.filter((w) => w.phase === 'observe');
    expect(after.length).toBe(result.polls);
    after.forEach((w, i) => expect(w.to - DEPLOY).toBe((i + 1) * 10_000));
    // Stopped at the decision, long before the window closed.
    expect(clock.now() - DEPLOY).toBeLessThan(SETTINGS.windowMs);
  });

  it('reads the pre-deploy baseline in interval-sized slices that end at the deploy', async () => {
    const slices = baselineSlices(DEPLOY, 120_000, 10_000);
    expect(slices).toHaveLength(12);
    expect(slices[0]!.from).toBe(DEPLOY - 120_000);
    expect(slices.at(-1)!.to).toBe(DEPLOY);
    for (let i = 1; i < slices.length; i++) expect(slices[i]!.from).toBe(slices[i - 1]!.to);
    // A long baseline is cut into at most 12 slices, not hundreds of queries.
    expect(baselineSlices(DEPLOY, 3_600_000, 10_000)).toHaveLength(12);
  });

  it('ends at the window with a verdict from finish() when nothing is decided earlier', async () => {
    const clock = virtualClock(DEPLOY);
    // So little traffic that no test can decide either way.
    const source = modelSource('quiet', 0.1, () => 0);
    const result = await runVerification({
      sources: [source],
      settings: { ...SETTINGS, windowMs: 60_000 },
      intervalMs: 20_000,
      baselineMs: 60_000,
      deployTime: DEPLOY,
      clock
    });
    expect(result.verdict.verdict).toBe('inconclusive');
    expect(clock.now()).toBe(DEPLOY + 60_000);
    expect(result.polls).toBe(3);
  });

  it('never turns a failing source into a pass', async () => {
    const clock = virtualClock(DEPLOY);
    const broken: Source = {
      id: 'prom',
      type: 'model',
      critical: false,
      signals: [{ id: 'prom', kind: 'count', baseline: 'pre-deploy', critical: false }],
      async poll() {
        throw new SourceError('HTTP 503 from prometheus', 'prom', 503, true);
      }
    };
    const result = await runVerification({
      sources: [broken],
      settings: SETTINGS,
      intervalMs: 10_000,
      baselineMs: 60_000,
      deployTime: DEPLOY,
      clock
    });
    expect(result.verdict.verdict).not.toBe('pass');
    expect(result.observations.some((o) => o.errors.some((e) => /503/.test(e.message)))).toBe(true);
  });

  it('a source that read some signals keeps them and counts the error only against the rest', async () => {
    const clock = virtualClock(DEPLOY);
    const model = modelSource('api', 50, (t) => (t <= 0 ? 0.01 : 0.1));
    const mixed: Source = {
      id: 'api',
      type: 'model',
      critical: false,
      signals: [
        ...model.signals,
        { id: 'api:p99', kind: 'level', baseline: 'absolute', critical: false, max: 1 }
      ],
      async poll(w) {
        const counts = await model.poll(w);
        throw new PartialPollError('api', counts, [
          { signal: 'api:p99', message: 'p99 query: execution error' }
        ]);
      }
    };
    const result = await runVerification({
      sources: [mixed],
      settings: SETTINGS,
      intervalMs: 10_000,
      baselineMs: 120_000,
      deployTime: DEPLOY,
      clock
    });
    // The error-rate signal still sees the tenfold jump; only the latency signal carries errors.
    expect(result.verdict.verdict).toBe('fail');
    const errored = new Set(result.observations.flatMap((o) => o.errors.map((e) => e.signal)));
    expect([...errored]).toEqual(['api:p99']);
    expect(result.observations.every((o) => o.readings.some((r) => r.signal === 'api'))).toBe(true);
  });

  it('passes an error-free service (0 of 15,000 before, 0 of 3,000 after) once the bake is over', async () => {
    const clock = virtualClock(DEPLOY);
    // 30 min of baseline at 15,000 requests, then 5 rps: 3,000 requests in the 10 min window.
    const requests: number[] = [];
    const source: Source = {
      id: 'api',
      type: 'model',
      critical: false,
      signals: [{ id: 'api', kind: 'count', baseline: 'pre-deploy', critical: true }],
      async poll(w) {
        const rps = w.phase === 'baseline' ? 15_000 / 1800 : 5;
        const total = Math.round(((w.to - w.from) / 1000) * rps);
        if (w.phase === 'observe') requests.push(total);
        return [{ signal: 'api', kind: 'count', group: 'canary', errors: 0, total } satisfies Reading];
      }
    };
    const run = (settings: JudgeSettings) =>
      runVerification({
        sources: [source],
        settings,
        intervalMs: 15_000,
        baselineMs: 1_800_000,
        deployTime: DEPLOY,
        clock: virtualClock(DEPLOY)
      });
    const result = await runVerification({
      sources: [source],
      settings: SETTINGS,
      intervalMs: 15_000,
      baselineMs: 1_800_000,
      deployTime: DEPLOY,
      clock
    });
    expect(result.verdict.verdict).toBe('pass');
    expect(result.verdict.decidedAt!).toBeGreaterThanOrEqual(SETTINGS.windowMs / 2);
    expect(requests.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(3000);
    expect(result.verdict.signals[0]!.baseline).toMatchObject({ errors: 0, total: 15_000 });
    expect(result.verdict.reason).toMatch(
      /vs acceptable 0\.1% \(min-rate, above x1\.1 the pre-deploy baseline 0% \(0\/15000\)\); pass e-value/
    );
    // Without the floor the same clean service never passes: the issue's `e-value 1 < 60` forever.
    const noFloor = await run({ ...SETTINGS, minRate: 0 });
    expect(noFloor.verdict.verdict).toBe('inconclusive');
    expect(noFloor.verdict.reason).toMatch(/e-value 1 < 20, pass e-value 1 < 20/);
  });

  it('says in the job log how long the bake still holds back a pass', async () => {
    const clock = virtualClock(DEPLOY);
    const lines: string[] = [];
    const result = await runVerification({
      sources: [modelSource('api', 200, () => 0.01)],
      settings: SETTINGS,
      intervalMs: 10_000,
      baselineMs: 1_800_000,
      deployTime: DEPLOY,
      clock,
      log: (line) => lines.push(line)
    });
    expect(result.verdict.verdict).toBe('pass');
    expect(result.verdict.decidedAt).toBe(SETTINGS.windowMs / 2);
    expect(lines).toContain('t+290s: api[canary] 20/2000 -> pending (bake ends in 10s)');
  });
});
