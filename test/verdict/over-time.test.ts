/**
 * Verdicts over time (issue 11): bake, change detection, the min-rate floor, and reasons that say
 * what was decided.
 */
import fc from 'fast-check';
import { createJudge } from '../../src/verdict/judge.js';
import { changeMixture, cumulative } from '../../src/verdict/change.js';
import { createCountTest, FAIL_GRID } from '../../src/verdict/sequential.js';
import { logMixture } from '../../src/verdict/math.js';
import { compared, parseNumber } from '../../src/verdict/words.js';
import type { JudgeSettings, Observation, Verdict } from '../../src/verdict/types.js';
import type { Reading, SignalSpec } from '../../src/sources/types.js';
import { mulberry32, poisson } from './random.js';

const settings: JudgeSettings = {
  alpha: 0.05,
  tolerance: 1.1,
  windowMs: 600_000,
  minErrors: 5,
  maxConsecutiveErrors: 3
};
const concurrent: SignalSpec = { id: '5xx', kind: 'count', baseline: 'concurrent', critical: true };
const preDeploy: SignalSpec = { id: '5xx', kind: 'count', baseline: 'pre-deploy', critical: true };
const count = (errors: number, total: number, group: 'canary' | 'baseline' = 'canary'): Reading => ({
  signal: '5xx',
  kind: 'count',
  group,
  errors,
  total
});
const obs = (tSeconds: number, readings: Reading[]): Observation => ({
  t: tSeconds * 1000,
  readings,
  errors: []
});

/** Feeds a clean concurrent signal (1% on both sides, exact) every 10 s until a verdict or `until`. */
function runClean(judgeSettings: JudgeSettings, until: number): { verdict: Verdict; at: number } {
  const judge = createJudge(judgeSettings, [concurrent]);
  let verdict = judge.observe(obs(0, []));
  for (let t = 10; t <= until; t += 10) {
    verdict = judge.observe(obs(t, [count(2, 200), count(20, 2000, 'baseline')]));
    if (verdict.verdict !== 'pending') return { verdict, at: t };
  }
  return { verdict, at: until };
}

describe('bake', () => {
  it('holds a confident pass until the bake ends, saying when it ends', () => {
    // Without bake this service passes early; find when, then bake past it.
    const early = runClean({ ...settings, bakeMs: 0 }, 600);
    expect(early.verdict.verdict).toBe('pass');
    expect(early.at).toBeLessThan(300);

    const judge = createJudge({ ...settings, bakeMs: 300_000 }, [concurrent]);
    let v: Verdict | null = null;
    for (let t = 10; t <= early.at; t += 10)
      v = judge.observe(obs(t, [count(2, 200), count(20, 2000, 'baseline')]));
    expect(v!.verdict).toBe('pending');
    const left = 300 - early.at;
    const words =
      left % 60 === 0
        ? `${left / 60} m`
        : left < 60
          ? `${left} s`
          : `${Math.floor(left / 60)} m ${left % 60} s`;
    expect(v!.reason).toBe(`all 1 signals ready to pass; bake ends in ${words}`);
    expect(v!.signals[0]!.reason).toMatch(new RegExp(`pass e-value .* >= 20: .*; bake ends in ${words}$`));
    for (let t = early.at + 10; t < 300; t += 10) {
      expect(judge.observe(obs(t, [count(2, 200), count(20, 2000, 'baseline')])).verdict).toBe('pending');
    }
    const atBake = judge.observe(obs(300, [count(2, 200), count(20, 2000, 'baseline')]));
    expect(atBake.verdict).toBe('pass');
    expect(atBake.decidedAt).toBe(300_000);
  });

  it('defaults to half the window', () => {
    const { verdict, at } = runClean(settings, 600);
    expect(verdict.verdict).toBe('pass');
    expect(at).toBe(300);
  });

  it('does not hold back a fail', () => {
    const judge = createJudge({ ...settings, bakeMs: 500_000 }, [concurrent]);
    let v: Verdict | null = null;
    for (let t = 10; t <= 120 && v?.verdict !== 'fail'; t += 10) {
      v = judge.observe(obs(t, [count(20, 200), count(20, 2000, 'baseline')]));
    }
    expect(v!.verdict).toBe('fail');
    expect(v!.decidedAt).toBeLessThan(120_000);
  });

  it('a regression that appears while the bake holds a pass back withdraws the pass and fails', () => {
    const judge = createJudge({ ...settings, bakeMs: 300_000 }, [concurrent]);
    let v: Verdict | null = null;
    for (let t = 10; t <= 150; t += 10)
      v = judge.observe(obs(t, [count(2, 200), count(20, 2000, 'baseline')]));
    expect(v!.verdict).toBe('pending');
    expect(v!.bakeLeftMs).toBe(150_000);
    for (let t = 160; t <= 300 && v!.verdict === 'pending'; t += 10) {
      v = judge.observe(obs(t, [count(10, 200), count(20, 2000, 'baseline')]));
    }
    expect(v!.verdict).toBe('fail');
    expect(v!.decidedAt!).toBeLessThan(300_000);
    expect(v!.bakeLeftMs).toBeUndefined();
  });

  it('names what a count signal is a share of when the source says so', () => {
    const latency = { ...concurrent, id: 'checkout', rateLabel: 'share slower than 500 ms (le 0.5)' };
    const judge = createJudge(settings, [latency]);
    const v = judge.observe(
      obs(10, [
        { ...count(2, 200), signal: 'checkout' },
        { ...count(20, 2000, 'baseline'), signal: 'checkout' }
      ])
    );
    expect(v.signals[0]!.reason).toMatch(
      /^checkout share slower than 500 ms \(le 0\.5\) 1% \(2\/200\) vs baseline 1%/
    );
  });

  it('a window that closes before the bake ends is inconclusive, not a pass, and says why', () => {
    const judge = createJudge({ ...settings, bakeMs: 300_000 }, [concurrent]);
    for (let t = 10; t <= 200; t += 10) judge.observe(obs(t, [count(2, 200), count(20, 2000, 'baseline')]));
    const v = judge.finish(200_000);
    expect(v.verdict).toBe('inconclusive');
    expect(v.signals[0]!.verdict).toBe('inconclusive');
    expect(v.reason).toMatch(
      /observation ended at 3 m 20 s, before the bake time of 5 m, and no signal passes before it$/
    );
  });

  it('rejects a bake longer than the window, naming both', () => {
    expect(() => createJudge({ ...settings, bakeMs: 700_000 }, [concurrent])).toThrow(
      'judge settings: bakeMs must be between 0 and windowMs (600000), got 700000'
    );
  });
});

/** Seeded concurrent traffic: canary 20 rps, old version 60 rps, 1% errors, canary x `ratio(t)`. */
function trafficAt(rand: () => number, t: number, ratio: (t: number) => number): Reading[] {
  const nc = poisson(rand, 200);
  const nb = poisson(rand, 600);
  return [count(poisson(rand, nc * 0.01 * ratio(t)), nc), count(poisson(rand, nb * 0.01), nb, 'baseline')];
}

describe('change detection', () => {
  const late = (t: number) => (t > 300 ? 4 : 1);

  it('fails a regression that starts 5 minutes in, soon after it starts, naming when it began', () => {
    const window = { ...settings, windowMs: 900_000 };
    for (const seed of [1, 2, 3]) {
      const rand = mulberry32(seed);
      const judge = createJudge(window, [concurrent]);
      let v: Verdict | null = null;
      for (let t = 10; t <= 900 && (v === null || v.verdict === 'pending'); t += 10)
        v = judge.observe(obs(t, trafficAt(rand, t, late)));
      expect(v!.verdict).toBe('fail');
      expect(v!.decidedAt!).toBeGreaterThan(300_000);
      expect(v!.decidedAt!).toBeLessThanOrEqual(420_000);
      expect(v!.reason).toMatch(/regression since (4 m 30 s|5 m|5 m 30 s)\) after/);
    }
  });

  it('is faster on a late onset than the whole-window test alone on the same traces', () => {
    const window = { ...settings, windowMs: 900_000 };
    const decided = (over: Partial<JudgeSettings>, seed: number) => {
      const rand = mulberry32(seed);
      const judge = createJudge({ ...window, ...over }, [concurrent]);
      for (let t = 10; t <= 900; t += 10) {
        const v = judge.observe(obs(t, trafficAt(rand, t, late)));
        if (v.verdict !== 'pending') return v.verdict === 'fail' ? t : Infinity;
      }
      return Infinity;
    };
    const seeds = [11, 12, 13, 14, 15, 16];
    const withChange = seeds.map((s) => decided({}, s));
    const wholeOnly = seeds.map((s) => decided({ changeDetection: false }, s));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(withChange)).toBeLessThan(sum(wholeOnly));
  });

  it('keeps false alarms on no-change traces below alpha plus a binomial margin', () => {
    const rand = mulberry32(77);
    let alarms = 0;
    const traces = 200;
    for (let n = 0; n < traces; n++) {
      const test = createCountTest({
        mode: 'concurrent',
        alpha: 0.05,
        tolerance: 1.1,
        passRatio: 2,
        minErrors: 5,
        changeDetection: { horizon: 600, count: 30, wholeWindowWeight: 0.9 }
      });
      for (let t = 0; t < 600; t += 10) {
        const [c, b] = trafficAt(rand, t, () => 1) as [
          Extract<Reading, { kind: 'count' }>,
          Extract<Reading, { kind: 'count' }>
        ];
        const s = test.addInterval({ canary: c, baseline: b, start: t });
        if (s.decision === 'fail') {
          alarms++;
          break;
        }
      }
    }
    // alpha 5% of 200 is 10; 3 standard deviations above it is 19.
    expect(alarms).toBeLessThanOrEqual(19);
  });

  it('the mixture is the weighted sum of e-processes started at each candidate time', () => {
    const weights = [0.5, 0.5];
    const steps = [
      { start: 0, ll: [-2, -2] },
      { start: 10, ll: [-0.5, 0.3] },
      { start: 20, ll: [1, 2] }
    ];
    const detection = { horizon: 30, count: 3, wholeWindowWeight: 0.6 };
    const m = (from: number) =>
      Math.exp(
        logMixture(
          [0, 1].map((k) => steps.slice(from).reduce((s, x) => s + x.ll[k]!, 0)),
          weights
        )
      );
    // Candidates at 10 and 20 begin with the second and third intervals; 0.2 weight each. The
    // first interval's evidence against a regression weighs down every start before it.
    const expected = 0.6 * m(0) + 0.2 * m(1) + 0.2 * m(2);
    const whole = [0, 1].map((k) => steps.reduce((sum, x) => sum + x.ll[k]!, 0));
    const result = changeMixture(whole, cumulative(steps), weights, detection);
    expect(result.e).toBeCloseTo(expected, 12);
    expect(result.whole).toBeCloseTo(m(0), 12);
    expect(0.2 * m(1)).toBeGreaterThan(Math.max(0.6 * m(0), 0.2 * m(2)));
    expect(result.since).toBe(10);
    // Before any evidence every e-process is at 1, so the mixture starts at exactly 1.
    expect(changeMixture([0, 0], [], weights, detection).e).toBeCloseTo(1, 12);
    expect(changeMixture(whole, cumulative(steps), weights, null).e).toBeCloseTo(m(0), 12);
  });

  it('without change detection the count test is the whole-window mixture it always was', () => {
    const test = createCountTest({
      mode: 'concurrent',
      alpha: 0.05,
      tolerance: 1.2,
      passRatio: 2,
      minErrors: 0
    });
    const s = test.addInterval({ canary: { errors: 3, total: 100 }, baseline: { errors: 1, total: 100 } });
    expect(s.eFail).toBeCloseTo(s.eFailWhole, 12);
    expect(s.changeSince).toBeNull();
    expect(FAIL_GRID.reduce((a, g) => a + g.weight, 0)).toBeCloseTo(1, 12);
  });
});

describe('min-rate: an error-free service can pass', () => {
  /** 0 errors in 15,000 before the deploy (12 slices), then 0 errors at 5 rps: 3,000 in 10 minutes. */
  function errorFree(over: Partial<JudgeSettings>): Verdict {
    const judge = createJudge({ ...settings, ...over }, [preDeploy]);
    for (let i = 0; i < 12; i++) judge.observe(obs(-1800 + (i + 1) * 150, [count(0, 1250)]));
    let v: Verdict = judge.observe(obs(0, []));
    for (let t = 10; t <= 600 && v.verdict === 'pending'; t += 10) v = judge.observe(obs(t, [count(0, 50)]));
    return v.verdict === 'pending' ? judge.finish(600_000) : v;
  }

  it('passes on 0 in 3,000 after 0 in 15,000, against the default floor of 0.1%', () => {
    const v = errorFree({});
    expect(v.verdict).toBe('pass');
    expect(v.signals[0]!.reason).toMatch(
      /^5xx error rate 0% \(0\/\d+\) vs acceptable 0\.1% \(min-rate, above x1\.1 the pre-deploy baseline 0% \(0\/15000\)\); pass e-value [\d.]+ >= 20: confidently below 0\.182% /
    );
  });

  it('without a floor the same service can never pass', () => {
    const v = errorFree({ minRate: 0 });
    expect(v.verdict).toBe('inconclusive');
    expect(v.signals[0]!.reason).toMatch(/e-value 1 < 20, pass e-value 1 < 20/);
  });

  it('still fails a release whose errors are well above the floor', () => {
    const judge = createJudge(settings, [preDeploy]);
    for (let i = 0; i < 12; i++) judge.observe(obs(-1800 + (i + 1) * 150, [count(0, 1250)]));
    let v: Verdict = judge.observe(obs(0, []));
    for (let t = 10; t <= 600 && v.verdict === 'pending'; t += 10) v = judge.observe(obs(t, [count(2, 50)]));
    expect(v.verdict).toBe('fail');
    expect(v.reason).toMatch(/vs acceptable 0\.1% \(min-rate/);
  });

  it('a few errors just above a zero baseline but below the floor do not fail', () => {
    const judge = createJudge(settings, [preDeploy]);
    for (let i = 0; i < 12; i++) judge.observe(obs(-1800 + (i + 1) * 150, [count(0, 1250)]));
    let v: Verdict = judge.observe(obs(0, []));
    // 1 error in 2,000 (0.05%): the relative test alone would call it infinitely worse than 0.
    for (let t = 10; t <= 600 && v.verdict === 'pending'; t += 10)
      v = judge.observe(obs(t, [count(t % 200 === 0 ? 1 : 0, 33)]));
    expect(v.verdict).not.toBe('fail');
  });
});

describe('reasons match their numbers', () => {
  it('compared() prints a comparison that is true of the printed numbers and of the real ones', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-9, max: 1e9, noNaN: true }),
        fc.double({ min: 1e-9, max: 1e9, noNaN: true }),
        (value, bound) => {
          const [a, op, b] = compared(value, bound).split(' ') as [string, string, string];
          expect(op).toBe(value >= bound ? '>=' : '<');
          const [x, y] = [parseNumber(a), parseNumber(b)];
          expect(op === '>=' ? x >= y : x < y).toBe(true);
        }
      )
    );
    expect(compared(19.996, 20)).toBe('19.996 < 20');
    expect(compared(55.9, 60)).toBe('55.9 < 60');
  });

  it('every reason the judge prints states comparisons that are true and agree with the verdict', () => {
    const comparison = /(pass )?e-value ([^\s,:)]+) (>=|<) ([^\s,:)]+)/g;
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 1, max: 1e6 }),
          ratio: fc.constantFrom(0.5, 1, 1.5, 3),
          rate: fc.constantFrom(0.001, 0.01, 0.05),
          rps: fc.constantFrom(2, 20),
          bakeMs: fc.constantFrom(0, 120_000, 300_000),
          alpha: fc.constantFrom(0.01, 0.05, 0.1),
          mode: fc.constantFrom<'concurrent' | 'pre-deploy'>('concurrent', 'pre-deploy'),
          // A second, clean signal splits alpha (the threshold of 60 was alpha 0.05 / 3).
          signals: fc.constantFrom(1, 2)
        }),
        ({ seed, ratio, rate, rps, bakeMs, alpha, mode, signals }) => {
          const rand = mulberry32(seed);
          const spec = mode === 'concurrent' ? concurrent : preDeploy;
          const other: SignalSpec = { id: 'other', kind: 'count', baseline: 'concurrent', critical: false };
          const judge = createJudge({ ...settings, alpha, bakeMs }, signals === 2 ? [spec, other] : [spec]);
          const draw = (n: number, p: number) => {
            const total = poisson(rand, n);
            return { errors: Math.min(total, poisson(rand, total * p)), total };
          };
          if (mode === 'pre-deploy') {
            for (let i = 0; i < 12; i++) {
              const c = draw(rps * 450, rate);
              judge.observe(obs(-1800 + (i + 1) * 150, [count(c.errors, c.total)]));
            }
          }
          const verdicts: Verdict[] = [];
          for (let t = 10; t <= 600; t += 10) {
            const c = draw(rps * 10, rate * ratio);
            const b = draw(rps * 30, rate);
            const readings = [count(c.errors, c.total)];
            if (mode === 'concurrent') readings.push(count(b.errors, b.total, 'baseline'));
            if (signals === 2) {
              const [oc, ob] = [draw(rps * 10, rate), draw(rps * 30, rate)];
              readings.push({ ...count(oc.errors, oc.total), signal: 'other' });
              readings.push({ ...count(ob.errors, ob.total, 'baseline'), signal: 'other' });
            }
            const v = judge.observe(obs(t, readings));
            verdicts.push(v);
            if (v.verdict !== 'pending') break;
          }
          if (verdicts.at(-1)!.verdict === 'pending') verdicts.push(judge.finish(600_000));
          const holds = (text: string) => {
            for (const [, , a, op, b] of text.matchAll(comparison)) {
              const [x, y] = [parseNumber(a!), parseNumber(b!)];
              expect([x, op, y, op === '>=' ? x >= y : x < y]).toEqual([x, op, y, true]);
            }
          };
          for (const v of verdicts) {
            holds(v.reason);
            for (const signal of v.signals) {
              holds(signal.reason);
              // The printed threshold is the signal's own 1/alpha share.
              for (const [, , , , b] of signal.reason.matchAll(comparison)) {
                expect(parseNumber(b!)).toBeCloseTo(signals / alpha, 6);
              }
              if (signal.verdict === 'fail') expect(signal.reason).toMatch(/; e-value \S+ >= \S+ /);
              if (signal.verdict === 'pass') {
                expect(signal.reason).toMatch(/pass e-value \S+ >= \S+: confidently below/);
                expect(signal.reason).not.toMatch(/pass e-value \S+ </);
              }
            }
            if (v.verdict === 'pass') expect(v.decidedAt!).toBeGreaterThanOrEqual(bakeMs);
          }
        }
      ),
      { numRuns: 60, seed: 11 }
    );
  });
});
