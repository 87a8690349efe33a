import {
  createCountTest,
  FAIL_GRID,
  predictiveLogLik,
  splitLogLik,
  type CountTestOptions
} from '../../src/verdict/sequential.js';
import { binomialLogLik, logMixture, rateLowerBound, rateUpperBound } from '../../src/verdict/math.js';
import { gammaMeanOne, mulberry32, poisson } from './random.js';

const base: CountTestOptions = {
  mode: 'concurrent',
  alpha: 0.05,
  tolerance: 1.2,
  passRatio: 2,
  minErrors: 5
};

describe('math', () => {
  it('logMixture equals the plain log of a weighted sum, and survives huge exponents', () => {
    expect(logMixture([Math.log(2), Math.log(6)], [0.5, 0.5])).toBeCloseTo(Math.log(4), 12);
    expect(logMixture([1000, 1000], [0.5, 0.5])).toBeCloseTo(1000, 9);
    expect(logMixture([-Infinity, -Infinity], [0.5, 0.5])).toBe(-Infinity);
  });

  it('the binomial KL bounds bracket the observed rate and tighten with more data', () => {
    const small = rateUpperBound(10, 1000, 0.05);
    const large = rateUpperBound(100, 10000, 0.05);
    expect(small).toBeGreaterThan(0.01);
    expect(large).toBeGreaterThan(0.01);
    expect(large).toBeLessThan(small);
    expect(rateLowerBound(10, 1000, 0.05)).toBeLessThan(0.01);
    expect(rateLowerBound(0, 1000, 0.05)).toBe(0);
    // Zero errors: the bound solves n * log(1 / (1 - p)) = log(1 / delta) exactly.
    expect(rateUpperBound(0, 1000, 0.05)).toBeCloseTo(1 - Math.pow(0.05, 1 / 1000), 9);
  });
});

describe('count test: exact math on small cases', () => {
  it('the concurrent fail e-value is the weighted sum of plain binomial likelihood ratios', () => {
    const test = createCountTest({ ...base, minErrors: 0 });
    const status = test.addInterval({
      canary: { errors: 3, total: 100 },
      baseline: { errors: 1, total: 100 }
    });
    // Given m = 4 errors, the canary's share is Binomial(4, rho / (rho + 1)) with equal traffic.
    const lik = (rho: number) => binomialLogLik(3, 4, rho / (rho + 1));
    // One interval: the dispersion factor is its prior, and every log ratio is divided by it.
    expect(status.phi).toBeGreaterThan(1);
    const expected = FAIL_GRID.reduce(
      (s, g) => s + g.weight * Math.exp((lik(1.2 * g.factor) - lik(1.2)) / status.phi),
      0
    );
    expect(status.eFail).toBeCloseTo(expected, 10);
  });

  it('splitLogLik differences equal the binomial likelihood ratio of the canary share', () => {
    const cell = { c: 7, b: 2, nc: 300, nb: 100 };
    const direct = (rho: number) => binomialLogLik(7, 9, (rho * 300) / (rho * 300 + 100));
    expect(splitLogLik(cell, 3) - splitLogLik(cell, 1.2)).toBeCloseTo(direct(3) - direct(1.2), 10);
  });

  it('pre-deploy: the statistic is the conditional binomial of canary vs the whole baseline, with all of alpha', () => {
    const test = createCountTest({ ...base, mode: 'pre-deploy', minErrors: 0 });
    test.addBaseline({ errors: 10, total: 1000 });
    test.addBaseline({ errors: 10, total: 1000 });
    const s = test.addInterval({ canary: { errors: 6, total: 300 } });
    // Given B + C = 26 errors, the canary's share is Binomial(26, 300 rho / (300 rho + 2000)).
    const lik = (rho: number) => binomialLogLik(6, 26, (300 * rho) / (300 * rho + 2000));
    const expected = FAIL_GRID.reduce(
      (sum, g) => sum + g.weight * Math.exp((lik(1.2 * g.factor) - lik(1.2)) / s.phi),
      0
    );
    expect(s.eFail).toBeCloseTo(expected, 10);
    expect(
      predictiveLogLik({ errors: 20, total: 2000 }, { errors: 6, total: 300 }, 3) -
        predictiveLogLik({ errors: 20, total: 2000 }, { errors: 6, total: 300 }, 1.2)
    ).toBeCloseTo(lik(3) - lik(1.2), 10);
    // No alpha is spent on the baseline's uncertainty: the predictive carries it.
    expect(s.failAlpha).toBe(0.05);
    expect(s.failThreshold).toBeCloseTo(20, 10);
  });

  it('absolute mode: one interval gives the binomial likelihood ratio against maxErrorRate', () => {
    const test = createCountTest({ ...base, mode: 'absolute', maxErrorRate: 0.01, minErrors: 0 });
    const s = test.addInterval({ canary: { errors: 4, total: 100 } });
    const expected = FAIL_GRID.reduce(
      (sum, g) =>
        sum +
        g.weight * Math.exp((binomialLogLik(4, 100, 0.01 * g.factor) - binomialLogLik(4, 100, 0.01)) / s.phi),
      0
    );
    expect(s.eFail).toBeCloseTo(expected, 10);
    expect(s.referenceRate).toBe(0.01);
  });
});

describe('count test: behaviour', () => {
  it('the dispersion factor rises on bursty intervals and stays near 1 on steady ones', () => {
    const steady = createCountTest(base);
    const bursty = createCountTest(base);
    let s = steady.status();
    let b = bursty.status();
    for (let i = 0; i < 60; i++) {
      s = steady.addInterval({ canary: { errors: 10, total: 1000 }, baseline: { errors: 30, total: 3000 } });
      b = bursty.addInterval({
        canary: { errors: i % 2 ? 30 : 0, total: 1000 },
        baseline: { errors: i % 2 ? 0 : 60, total: 3000 }
      });
    }
    expect(s.phi).toBeLessThan(1.3);
    expect(b.phi).toBeGreaterThan(5);
  });

  it('Poisson counts leave the dispersion at 1 (no cautious start to pay for); bursty baseline slices raise it at once', () => {
    const rand = mulberry32(5);
    const steady = createCountTest({ ...base, mode: 'pre-deploy' });
    const bursty = createCountTest({ ...base, mode: 'pre-deploy' });
    for (let i = 0; i < 12; i++) {
      steady.addBaseline({ errors: poisson(rand, 30), total: 3000 });
      bursty.addBaseline({ errors: poisson(rand, 30 * gammaMeanOne(rand, 2)), total: 3000 });
    }
    expect(steady.addInterval({ canary: { errors: 2, total: 200 } }).phi).toBeLessThan(1.15);
    expect(bursty.addInterval({ canary: { errors: 2, total: 200 } }).phi).toBeGreaterThan(3);
  });

  it('a later fall in the dispersion estimate never re-inflates evidence already tempered', () => {
    const test = createCountTest({ ...base, minErrors: 1000 });
    // Bursty start that leans towards the canary: evidence for a regression, heavily tempered.
    for (let i = 0; i < 6; i++)
      test.addInterval({
        canary: { errors: i % 2 ? 40 : 2, total: 1000 },
        baseline: { errors: i % 2 ? 20 : 40, total: 3000 }
      });
    let previous = test.status();
    expect(previous.eFail).toBeGreaterThan(1);
    // Calm intervals whose split sits exactly at the tolerated ratio (4 of 14 = 1.2 x 1000 / 4200):
    // the estimate falls, and each adds a little evidence against a regression, so the e-value
    // must not rise (re-tempering the start by the new, lower phi would raise it, and a judge's
    // running look would find every such rise).
    for (let i = 0; i < 30; i++) {
      const s = test.addInterval({
        canary: { errors: 4, total: 1000 },
        baseline: { errors: 10, total: 3000 }
      });
      expect(s.eFail).toBeLessThanOrEqual(previous.eFail);
      previous = s;
    }
  });

  it('zero traffic yields finite statistics, no NaN and no decision', () => {
    const test = createCountTest(base);
    let s = test.status();
    for (let i = 0; i < 20; i++)
      s = test.addInterval({ canary: { errors: 0, total: 0 }, baseline: { errors: 0, total: 0 } });
    // No evidence either way: both e-values are the mixture weights' sum, 1 up to rounding.
    expect(s.eFail).toBeCloseTo(1, 12);
    expect(s.ePass).toBeCloseTo(1, 12);
    expect(s.decision).toBeNull();
    expect(Number.isNaN(s.phi)).toBe(false);
  });

  it('more canary errors never lower the fail e-value', () => {
    for (const mode of ['concurrent', 'pre-deploy'] as const) {
      let previous = -Infinity;
      for (let errors = 0; errors <= 30; errors++) {
        const test = createCountTest({ ...base, mode });
        if (mode === 'pre-deploy') test.addBaseline({ errors: 50, total: 5000 });
        const s = test.addInterval({
          canary: { errors, total: 1000 },
          baseline: { errors: 10, total: 1000 }
        });
        expect(s.eFail).toBeGreaterThanOrEqual(previous);
        previous = s.eFail;
      }
    }
  });

  it('minErrors holds a fail back however large the e-value', () => {
    const test = createCountTest({ ...base, mode: 'absolute', maxErrorRate: 0.001, minErrors: 20 });
    const s = test.addInterval({ canary: { errors: 19, total: 100 } });
    expect(s.eFail).toBeGreaterThan(s.failThreshold);
    expect(s.decision).toBeNull();
    expect(test.addInterval({ canary: { errors: 1, total: 10 } }).decision).toBe('fail');
  });

  it('pre-deploy mode without baseline traffic is blocked, not passed', () => {
    const test = createCountTest({ ...base, mode: 'pre-deploy' });
    const s = test.addInterval({ canary: { errors: 0, total: 1000 } });
    expect(s.blocked).toMatch(/no pre-deploy baseline/);
    expect(s.decision).toBeNull();
  });

  it('rejects impossible counts naming what was expected', () => {
    const test = createCountTest(base);
    expect(() => test.addInterval({ canary: { errors: 5, total: 3 } })).toThrow(
      /0 <= errors <= total, got errors=5 total=3/
    );
    expect(() => createCountTest({ ...base, tolerance: 0.5 })).toThrow(/tolerance must be >= 1/);
  });
});

describe('count test: seeded simulation', () => {
  function run(mode: 'concurrent' | 'pre-deploy', ratio: number, seed: number) {
    const rand = mulberry32(seed);
    const test = createCountTest({ ...base, mode });
    if (mode === 'pre-deploy')
      for (let i = 0; i < 180; i++) test.addBaseline({ total: 200, errors: poisson(rand, 2) });
    for (let i = 0; i < 60; i++) {
      const canaryTotal = poisson(rand, 200);
      const s = test.addInterval({
        canary: {
          total: canaryTotal,
          errors: Math.min(canaryTotal, poisson(rand, canaryTotal * 0.01 * ratio))
        },
        baseline: { total: 600, errors: poisson(rand, 6) }
      });
      if (s.decision === 'fail') return 'fail';
    }
    return test.status().decision;
  }

  it.each(['concurrent', 'pre-deploy'] as const)(
    '%s: 300 no-change traces keep false alarms below alpha plus a binomial margin',
    (mode) => {
      const fails = Array.from({ length: 300 }, (_, i) => run(mode, 1, 100 + i)).filter(
        (d) => d === 'fail'
      ).length;
      // alpha 0.05 over 300 traces: mean 15, sd 3.8; 15 + 3 sd = 26.
      expect(fails).toBeLessThanOrEqual(26);
    }
  );

  /** Bursty errors (gamma-Poisson): a burst shared by both groups and one per group, per interval. */
  function runBursty(mode: 'concurrent' | 'pre-deploy', rate: number, seed: number) {
    const rand = mulberry32(seed);
    const cell = (n: number, shared: number) => {
      const total = poisson(rand, n);
      return {
        total,
        errors: Math.min(total, poisson(rand, total * rate * shared * gammaMeanOne(rand, 10)))
      };
    };
    const test = createCountTest({ ...base, mode });
    if (mode === 'pre-deploy') {
      for (let slice = 0; slice < 12; slice++) {
        const sum = { errors: 0, total: 0 };
        for (let k = 0; k < 15; k++) {
          const c = cell(800, gammaMeanOne(rand, 2));
          sum.errors += c.errors;
          sum.total += c.total;
        }
        test.addBaseline(sum);
      }
    }
    for (let i = 0; i < 60; i++) {
      const shared = gammaMeanOne(rand, 2);
      const s = test.addInterval({ canary: cell(200, shared), baseline: cell(600, shared) });
      if (s.decision === 'fail') return 'fail';
    }
    return test.status().decision;
  }

  it.each(['concurrent', 'pre-deploy'] as const)(
    '%s: 300 bursty no-change traces at 5%% keep false alarms below alpha plus a binomial margin',
    (mode) => {
      const fails = Array.from({ length: 300 }, (_, i) => runBursty(mode, 0.05, 5000 + i)).filter(
        (d) => d === 'fail'
      ).length;
      expect(fails).toBeLessThanOrEqual(26);
    }
  );

  it.each(['concurrent', 'pre-deploy'] as const)('%s: 5x regressions are caught', (mode) => {
    const fails = Array.from({ length: 50 }, (_, i) => run(mode, 5, 1000 + i)).filter(
      (d) => d === 'fail'
    ).length;
    expect(fails).toBeGreaterThanOrEqual(49);
  });
});
