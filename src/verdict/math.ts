/**
 * Small numeric helpers for the sequential test. Everything in log space so that long windows,
 * large counts and zero traffic neither overflow nor produce NaN.
 */

/** log(sum(exp(x_k) * w_k)) without overflow; -Infinity for an empty or all -Infinity input. */
export function logMixture(logValues: readonly number[], weights: readonly number[]): number {
  let max = -Infinity;
  for (const v of logValues) if (v > max) max = v;
  if (max === -Infinity) return -Infinity;
  if (max === Infinity) return Infinity;
  let sum = 0;
  logValues.forEach((v, k) => {
    sum += (weights[k] ?? 0) * Math.exp(v - max);
  });
  return max + Math.log(sum);
}

/** x * log(y), with the convention 0 * log(0) = 0 (a zero count contributes nothing). */
export function xlogy(x: number, y: number): number {
  return x === 0 ? 0 : x * Math.log(y);
}

/** Binomial log-likelihood of `errors` of `total` at rate p, without the constant binomial coefficient. */
export function binomialLogLik(errors: number, total: number, p: number): number {
  return xlogy(errors, p) + xlogy(total - errors, 1 - p);
}

/** Kullback-Leibler divergence between Bernoulli(q) and Bernoulli(p). */
export function bernoulliKL(q: number, p: number): number {
  return xlogy(q, q / p) + xlogy(1 - q, (1 - q) / (1 - p));
}

/**
 * Upper confidence bound for a binomial rate by the Chernoff (KL) inequality:
 * P(p > bound) <= delta. Valid for any sample size, zero errors included; no inverse-beta needed.
 * `errors` and `total` may be fractional (effective counts after dividing by a dispersion factor).
 */
export function rateUpperBound(errors: number, total: number, delta: number): number {
  if (total <= 0) return 1;
  const q = Math.min(1, Math.max(0, errors / total));
  const budget = Math.log(1 / delta) / total;
  if (q >= 1) return 1;
  let lo = q;
  let hi = 1;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (bernoulliKL(q, mid) > budget) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Lower confidence bound by the same inequality: P(p < bound) <= delta; 0 when no errors were seen. */
export function rateLowerBound(errors: number, total: number, delta: number): number {
  if (total <= 0) return 0;
  const q = Math.min(1, Math.max(0, errors / total));
  if (q <= 0) return 0;
  const budget = Math.log(1 / delta) / total;
  let lo = 0;
  let hi = q;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (bernoulliKL(q, mid) > budget) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Geometric grid factor^(j/steps) for j = 1..count (count > 0). */
export function geometricGrid(factor: number, steps: number, count: number): number[] {
  return Array.from({ length: count }, (_, j) => Math.pow(factor, (j + 1) / steps));
}

export interface CountCell {
  errors: number;
  total: number;
}

/**
 * Pearson chi-square of interval counts around their pooled rate, and its degrees of freedom.
 * Intervals with no traffic say nothing about dispersion and are skipped.
 */
export function pearsonDispersion(intervals: readonly CountCell[]): { chi2: number; df: number } {
  const used = intervals.filter((c) => c.total > 0);
  const errors = used.reduce((s, c) => s + c.errors, 0);
  const total = used.reduce((s, c) => s + c.total, 0);
  if (used.length < 2 || total <= 0) return { chi2: 0, df: 0 };
  const p = errors / total;
  if (p <= 0 || p >= 1) return { chi2: 0, df: used.length - 1 };
  let chi2 = 0;
  for (const c of used) {
    const expected = c.total * p;
    chi2 += (c.errors - expected) ** 2 / (expected * (1 - p));
  }
  return { chi2, df: used.length - 1 };
}
