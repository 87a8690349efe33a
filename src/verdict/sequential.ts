/**
 * Anytime-valid sequential test for a count signal (errors of total), checked at every poll.
 *
 * Two e-processes run side by side (Lindon et al. 2022, "Anytime-valid inference for multinomial
 * count data"; Netflix's sequential canary testing):
 *
 * - FAIL: H0 "the canary's error rate is at most `tolerance` (r0) times the reference". The
 *   statistic is a mixture likelihood ratio over a geometric grid of ratios above r0, against the
 *   likelihood at r0. By the monotone likelihood ratio of the binomial family it is a nonnegative
 *   supermartingale under every ratio <= r0, so by Ville's inequality
 *   P(the statistic ever reaches 1/alpha during the window | H0) <= alpha.
 * - PASS: H0' "the canary's error rate is at least `passRatio` times the reference" (a regression
 *   that matters). Same construction with a grid below passRatio. Guarantee, precisely: if the
 *   canary's error rate is at least passRatio x the reference throughout, the probability that the
 *   test ever confirms a pass during the window is at most alpha.
 *
 * The reference depends on the baseline:
 * - concurrent: the baseline group polled at the same time; per interval, given m = c + b errors,
 *   c ~ Binomial(m, rho*nc / (rho*nc + nb)), so shared bursts and traffic swings cancel out.
 * - pre-deploy: a fixed baseline from before the deploy (B errors of NB). Its rate is uncertain;
 *   rather than spend alpha on a confidence bound (a union bound that also inflated the null by
 *   ~15% at 1% and 20 rps, costing ~1.6x in time to detect), the rate is integrated out: the
 *   gamma-Poisson predictive of the canary's errors given the baseline's, with the scale-free
 *   prior 1/p, is the split C ~ Binomial(B + C, rho*NC / (rho*NC + NB)), i.e. the concurrent test
 *   with the whole pre-deploy window as the baseline arm (see predictiveLogLik). At every fixed
 *   time it is an exact conditional likelihood ratio, whatever the baseline rate; the bench and
 *   the seeded tests check the running maximum. A small or error-free baseline makes the test
 *   slow, never overconfident.
 * - absolute: a stated acceptable rate (`maxErrorRate`), tested directly (r0 = passRatio = 1).
 *
 * Overdispersion: real error counts are burstier than binomial. A dispersion factor phi >= 1 is
 * estimated from Pearson residuals (pre-deploy baseline slices, canary intervals, concurrent
 * splits) and each interval's log-likelihood ratio is divided by it (quasi-likelihood). Raising a
 * likelihood ratio to a power 1/phi <= 1 keeps it a supermartingale under the model (Jensen) as
 * long as phi is fixed before the interval is seen, so tempering never costs validity; it
 * restores it approximately when counts are overdispersed. `minErrors`: never fail on fewer
 * canary errors than that.
 *
 * Change over time (`changeDetection`): the fail side is a mixture over candidate change times of
 * e-processes that start at those times (change.ts), so a regression that starts late or grows is
 * judged on the evidence since it began; one bound, P(false alarm during the window) <= alpha,
 * covers the whole window and every candidate start. The pass side does not latch: it holds only
 * while its e-value is above 1/alpha, so evidence of a later regression withdraws it.
 *
 * Floor (`minRate`, relative modes): an error rate up to minRate is always acceptable, however
 * small the baseline's. The null of the fail side becomes "rate <= max(r0 x reference, minRate)",
 * the union of "rate <= r0 x reference" and "rate <= minRate"; a union null is rejected only when
 * each part is (an intersection-union test), so the signal fails only when both the relative test
 * and a test of the canary's rate against minRate reach 1/alpha, each at the full alpha. The pass
 * side's null, "rate >= passRatio x reference and rate >= (passRatio / r0) x minRate", is an
 * intersection, rejected when either part is: the two pass e-values are averaged with weights
 * fixed before the canary's first interval (an average of e-processes is one). A pre-deploy
 * baseline whose r0 x rate is below the floor puts FLOOR_LEADS of the weight on the floor.
 *
 * Pure: takes counts, returns numbers. No clock, no I/O.
 */
import { binomialLogLik, logMixture, pearsonDispersion, xlogy, type CountCell } from './math.js';
import { changeMixture, type ChangeDetection, type RecentStep } from './change.js';

export type BaselineMode = 'concurrent' | 'pre-deploy' | 'absolute';

export interface CountTestOptions {
  mode: BaselineMode;
  /** This signal's share of the false-alarm budget. */
  alpha: number;
  /** r0 >= 1: ratio over the reference still tolerated (ignored in absolute mode). */
  tolerance: number;
  /** Ratio over the reference at which a regression matters; pass means "confidently below it". */
  passRatio: number;
  minErrors: number;
  /** Absolute mode: the acceptable error rate (0..1). */
  maxErrorRate?: number;
  /**
   * @deprecated Ignored: the pre-deploy test integrates the baseline rate out instead of spending
   * alpha on a confidence bound. Still validated so that a bad value is reported, not hidden.
   */
  baselineSpend?: number;
  /** Fail side: also test the evidence since each candidate change time (change.ts); absent: whole window only. */
  changeDetection?: ChangeDetection;
  /** Relative modes: an error rate up to this (0..1) is always acceptable; 0 or absent: no floor. */
  minRate?: number;
}

export interface CountInterval {
  canary: CountCell;
  /** Concurrent mode only: the baseline group over the same interval. */
  baseline?: CountCell;
  /**
   * When the interval began, in the unit of `changeDetection.horizon` (the judge: ms after the
   * deploy). Absent: the number of intervals before it.
   */
  start?: number;
}

export interface CountTestStatus {
  /** `fail` is final; `pass` means a pass was confirmed and no fail has happened since. */
  decision: 'fail' | 'pass' | null;
  /** Why the test cannot run (no baseline traffic, baseline rate too high); null when it can. */
  blocked: string | null;
  eFail: number;
  failThreshold: number;
  ePass: number;
  passThreshold: number;
  /** Alpha available to the e-process: all of this signal's share in every mode. */
  failAlpha: number;
  phi: number;
  /** The r0 in use (1 in absolute mode). */
  tolerance: number;
  canary: CountCell;
  baseline: CountCell;
  /** The rate the canary is compared with: the baseline's observed rate, or maxErrorRate. */
  referenceRate: number | null;
  /** The rate the pass side compares with (the same as referenceRate). */
  passReferenceRate: number | null;
  /** Observed canary rate over the reference rate, null without a reference. */
  ratio: number | null;
  /** The relative test's fail e-process over the whole window alone (eFail mixes in later starts). */
  eFailWhole: number;
  /** Start of the candidate change time that weighs most in eFail, when it outweighs the whole window. */
  changeSince: number | null;
  /** The minRate floor's own tests; null without a floor (or in absolute mode). */
  floor: {
    rate: number;
    passRate: number;
    eFail: number;
    ePass: number;
    /** r0 x the observed reference rate is below the floor (or there is no reference yet). */
    binding: boolean;
  } | null;
}

/**
 * Mixture priors, as multiples of the boundary ratio. The weight sits where regressions that
 * matter and are hard to see live (1.5x to 2.5x of r0, 0.72 of the mass: a 2x regression at
 * r0 1.1 pays about 0.9 nats for the mixture); large effects pile up evidence so fast that a small
 * weight costs them a poll at most, and 1.25x is too slow to catch in a window anyway. Each
 * grid's weights sum to 1.
 */
export const FAIL_GRID: readonly { factor: number; weight: number }[] = [
  { factor: 1.25, weight: 0.06 },
  { factor: 1.5, weight: 0.16 },
  { factor: 1.75, weight: 0.2 },
  { factor: 2, weight: 0.2 },
  { factor: 2.5, weight: 0.16 },
  { factor: 3.5, weight: 0.1 },
  { factor: 5, weight: 0.07 },
  { factor: 10, weight: 0.05 }
];
export const PASS_GRID: readonly { factor: number; weight: number }[] = [
  { factor: 0.8, weight: 0.15 },
  { factor: 0.65, weight: 0.2 },
  { factor: 0.5, weight: 0.25 },
  { factor: 0.35, weight: 0.2 },
  { factor: 0.2, weight: 0.12 },
  { factor: 0.05, weight: 0.08 }
];
/**
 * Dispersion: phi = 1 + excess x (1 + MARGIN / sqrt(df + PRIOR_DF)), where excess is the Pearson
 * estimate (chi2 + PRIOR_DF x prior) / (df + PRIOR_DF) minus 1, floored at 0.
 * - Each interval is tempered by the phi known before it (a chance dip in the estimate then cannot
 *   re-inflate all past evidence at once, which a running maximum would find), or by the current
 *   phi when that is larger (a burst found later still discounts earlier evidence).
 * - The prior is 1 + PER_ERROR x the interval's expected errors: extra-binomial noise grows with
 *   the count (gamma-Poisson: phi = 1 + mean x CV^2), so the first intervals are cautious only where
 *   counts are large, which is where evidence is cheap. At 1% and 20 rps it costs nothing visible;
 *   without it, one bursty first interval at 5% failed 7% of no-change concurrent traces.
 * - The margin applies to the excess only: on Poisson traffic phi stays at 1 (the old cautious
 *   start at 1.5 cost ~1.5x in time to detect); it covers the chance low estimate from few slices.
 * - Pre-deploy starts with the baseline slices' residuals (up to 12 slices: 11 df).
 * Chosen with bench/detection.ts (quick mode), one change at a time.
 */
const DISPERSION_PRIOR_DF = 2;
const DISPERSION_PER_ERROR = 0.015;
const DISPERSION_MARGIN = 1;
/** Weight of the floor's pass test when a pre-deploy baseline puts r0 x its rate below the floor (see above). */
const FLOOR_LEADS = 0.9;
/** Rates are capped below 1 so the binomial likelihood stays finite. */
const MAX_RATE = 1 - 1e-9;

export interface CountTest {
  /** Pre-deploy mode: one interval (or the whole window) of the baseline, before any canary interval. */
  addBaseline(cell: CountCell): void;
  addInterval(interval: CountInterval): CountTestStatus;
  status(): CountTestStatus;
}

export function createCountTest(options: CountTestOptions): CountTest {
  validate(options);
  const { mode, alpha, minErrors } = options;
  const r0 = mode === 'absolute' ? 1 : options.tolerance;
  const passRatio = mode === 'absolute' ? 1 : options.passRatio;
  const failRatios = FAIL_GRID.map((g) => r0 * g.factor);
  const passRatios = PASS_GRID.map((g) => passRatio * g.factor);
  // Normalised so that rounding (0.06 + 0.16 + ... = 1.0000000000000002) cannot lift the mixture above an e-value.
  const failWeights = normalised(FAIL_GRID.map((g) => g.weight));
  const passWeights = normalised(PASS_GRID.map((g) => g.weight));

  const baselineCells: CountCell[] = [];
  const canaryCells: CountCell[] = [];
  const concurrentCells: { c: number; b: number; nc: number; nb: number }[] = [];
  // Each interval's untempered log-likelihood ratios against the boundary ratio (r0 for fail,
  // passRatio for pass), its expected error count, and the dispersion known before it was seen
  // (the comment on DISPERSION_PRIOR_DF explains the tempering).
  const steps: Step[] = [];
  // Pearson statistics so far (baseline slices, then canary intervals or concurrent splits).
  let dispersion = { chi2: 0, df: 0 };
  let start = 0;
  const record = (expected: number, fail: number[], pass: number[]): void =>
    pushStep(steps, { phi: dispersionOf(dispersion, expected), expected, start, fail, pass });
  // The floor: the canary alone against minRate (fail) and (passRatio / r0) x minRate (pass).
  const floorRate = mode !== 'absolute' && options.minRate ? options.minRate : null;
  const floorPassRate = floorRate !== null ? Math.min(MAX_RATE, (floorRate * passRatio) / r0) : null;
  const floorSteps: Step[] = [];
  const floorCells: CountCell[] = [];
  let floorDispersion = { chi2: 0, df: 0 };
  // Weight of the relative pass test in the averaged pass e-value (1 without a floor).
  let relativePassWeight = floorRate === null ? 1 : 0.5;
  // Pre-deploy: the untempered log ratios of the whole canary so far (predictive, see predictiveLogLik).
  let rawFail = failRatios.map(() => 0);
  let rawPass = passRatios.map(() => 0);
  const reference: number | null = mode === 'absolute' ? (options.maxErrorRate ?? null) : null;
  let frozen = mode !== 'pre-deploy';
  let blocked: string | null = null;
  // Fail latches: the e-process crossed 1/alpha. Pass also latches (it was confirmed at that
  // moment) but the fail side keeps watching, so a later regression still fails the signal.
  let failed = false;
  let baselineDispersion = { chi2: 0, df: 0 };
  let cached: CountTestStatus | null = null;
  let intervals = 0;
  const canaryTotal = { errors: 0, total: 0 };
  const baselineTotal = { errors: 0, total: 0 };

  function freezeBaseline(): void {
    frozen = true;
    if (baselineTotal.total <= 0) {
      blocked = 'no pre-deploy baseline traffic to compare with';
      return;
    }
    baselineDispersion = pearsonDispersion(baselineCells);
    dispersion = baselineDispersion;
    if (floorRate !== null && (r0 * baselineTotal.errors) / baselineTotal.total < floorRate) {
      relativePassWeight = 1 - FLOOR_LEADS;
    } else if (floorRate !== null) relativePassWeight = FLOOR_LEADS;
  }

  function addBaseline(cell: CountCell): void {
    if (frozen) throw new Error('count test: baseline counts must come before the first canary interval');
    checkCell(cell, 'baseline');
    baselineCells.push(cell);
    cached = null;
    baselineTotal.errors += cell.errors;
    baselineTotal.total += cell.total;
  }

  function addInterval(interval: CountInterval): CountTestStatus {
    if (!frozen) freezeBaseline();
    checkCell(interval.canary, 'canary');
    if (interval.baseline) checkCell(interval.baseline, 'baseline');
    const { canary } = interval;
    start = interval.start ?? intervals;
    intervals += 1;
    if (!Number.isFinite(start)) throw new Error(`count test: interval start must be finite, got ${start}`);
    if (floorRate !== null && floorPassRate !== null && canary.total > 0 && blocked === null) {
      floorCells.push(canary);
      const atFloor = binomialLogLik(canary.errors, canary.total, floorRate);
      const atPassFloor = binomialLogLik(canary.errors, canary.total, floorPassRate);
      const at = (rate: number) => binomialLogLik(canary.errors, canary.total, Math.min(MAX_RATE, rate));
      pushStep(floorSteps, {
        phi: dispersionOf(floorDispersion, canary.total * floorRate),
        expected: canary.total * floorRate,
        start,
        fail: FAIL_GRID.map((g) => at(g.factor * floorRate) - atFloor),
        pass: PASS_GRID.map((g) => at(g.factor * floorPassRate) - atPassFloor)
      });
      floorDispersion = pearsonDispersion(floorCells);
    }
    canaryTotal.errors += canary.errors;
    canaryTotal.total += canary.total;
    if (mode === 'concurrent') {
      const base = interval.baseline ?? { errors: 0, total: 0 };
      baselineTotal.errors += base.errors;
      baselineTotal.total += base.total;
      const cell = { c: canary.errors, b: base.errors, nc: canary.total, nb: base.total };
      // Without traffic on both sides (or errors at all) the split carries no information.
      if (cell.nc > 0 && cell.nb > 0 && cell.c + cell.b > 0) {
        concurrentCells.push(cell);
        const atR0 = splitLogLik(cell, r0);
        const atPass = splitLogLik(cell, passRatio);
        record(
          cell.c + cell.b,
          failRatios.map((rho) => splitLogLik(cell, rho) - atR0),
          passRatios.map((rho) => splitLogLik(cell, rho) - atPass)
        );
        dispersion = splitDispersion(concurrentCells);
      }
    } else if (mode === 'pre-deploy' && blocked === null) {
      canaryCells.push(canary);
      const B = baselineTotal;
      const C = canaryTotal;
      const atR0 = predictiveLogLik(B, C, r0);
      const nextFail = failRatios.map((rho) => predictiveLogLik(B, C, rho) - atR0);
      const atPass = predictiveLogLik(B, C, passRatio);
      const nextPass = passRatios.map((rho) => predictiveLogLik(B, C, rho) - atPass);
      // This interval's share of the evidence, tempered by the dispersion known before it.
      record(
        (canary.total * B.errors) / B.total,
        nextFail.map((v, k) => v - rawFail[k]!),
        nextPass.map((v, k) => v - rawPass[k]!)
      );
      [rawFail, rawPass] = [nextFail, nextPass];
      const can = pearsonDispersion(canaryCells);
      dispersion = { chi2: baselineDispersion.chi2 + can.chi2, df: baselineDispersion.df + can.df };
    } else if (mode === 'absolute' && reference !== null) {
      canaryCells.push(canary);
      const p0 = Math.min(MAX_RATE, reference);
      const atP0 = binomialLogLik(canary.errors, canary.total, p0);
      const logRatio = (rho: number) =>
        binomialLogLik(canary.errors, canary.total, Math.min(MAX_RATE, rho * reference)) - atP0;
      // passRatio is 1 here: the pass side asks "confidently below the acceptable rate".
      record(canary.total * reference, failRatios.map(logRatio), passRatios.map(logRatio));
      dispersion = pearsonDispersion(canaryCells);
    }
    cached = null;
    return status();
  }

  function status(): CountTestStatus {
    cached ??= computeStatus();
    return cached;
  }

  function computeStatus(): CountTestStatus {
    const relative = evaluate(steps, dispersion, failWeights, passWeights, options.changeDetection);
    const floor =
      floorRate !== null && floorPassRate !== null
        ? evaluate(floorSteps, floorDispersion, failWeights, passWeights, options.changeDetection)
        : null;
    // The floor's union null fails only when both tests reject; its intersection null passes on
    // the weighted average of the two pass e-values (see the header).
    const eFail = floor ? Math.min(relative.eFail, floor.eFail) : relative.eFail;
    const ePass = floor
      ? relativePassWeight * relative.ePass + (1 - relativePassWeight) * floor.ePass
      : relative.ePass;
    const failThreshold = 1 / alpha;
    const passThreshold = 1 / alpha;
    if (blocked === null && !failed && eFail >= failThreshold && canaryTotal.errors >= minErrors) {
      failed = true;
    }
    const refRate = mode === 'absolute' ? reference : rateOf(baselineTotal);
    // Without a reference (a concurrent group that never reported) the floor alone does not pass:
    // a baseline that is missing is more often a broken query than a perfect service.
    const passed = blocked === null && !failed && refRate !== null && ePass >= passThreshold;
    const now: CountTestStatus['decision'] = failed ? 'fail' : passed ? 'pass' : null;
    const canaryRate = rateOf(canaryTotal);
    return {
      decision: now,
      blocked,
      eFail,
      failThreshold,
      ePass,
      passThreshold,
      failAlpha: alpha,
      phi: dispersionOf(dispersion, steps.at(-1)?.expected ?? 0),
      tolerance: r0,
      canary: { ...canaryTotal },
      baseline: { ...baselineTotal },
      referenceRate: refRate,
      passReferenceRate: refRate,
      ratio: refRate !== null && refRate > 0 && canaryRate !== null ? canaryRate / refRate : null,
      eFailWhole: relative.eFailWhole,
      changeSince: relative.changeSince,
      floor:
        floor && floorRate !== null && floorPassRate !== null
          ? {
              rate: floorRate,
              passRate: floorPassRate,
              eFail: floor.eFail,
              ePass: floor.ePass,
              binding: refRate === null || r0 * refRate < floorRate
            }
          : null
    };
  }

  return { addBaseline, addInterval, status };
}

interface Step extends RecentStep {
  /** Dispersion known before the interval. */
  phi: number;
  expected: number;
  start: number;
  /** Untempered log likelihood ratios against the boundary, one per grid ratio. */
  fail: number[];
  pass: number[];
}

/**
 * Appends an interval with its running sum for the later change-time starts: those are tempered by
 * the dispersion known before each interval only, fixed once recorded. A change itself inflates
 * today's estimate (the residuals are taken around one pooled ratio), which would otherwise
 * discount the very evidence of the change.
 */
function pushStep(steps: Step[], step: Omit<Step, 'prefix'>): void {
  const before = steps.at(-1)?.prefix;
  steps.push({ ...step, prefix: step.fail.map((v, k) => v / step.phi + (before?.[k] ?? 0)) });
}

/**
 * Tempers every interval by the dispersion known before it, or by today's estimate if that is
 * larger: a burst found later still discounts earlier evidence, while a chance dip in the estimate
 * never inflates it (a running maximum would find every such dip). Then the fail side's
 * change-point mixture and the pass side's whole-window mixture.
 */
function evaluate(
  steps: readonly Step[],
  dispersion: { chi2: number; df: number },
  failWeights: readonly number[],
  passWeights: readonly number[],
  detection: ChangeDetection | undefined
): { eFail: number; eFailWhole: number; changeSince: number | null; ePass: number } {
  const llFail = failWeights.map(() => 0);
  const llPass = passWeights.map(() => 0);
  for (const step of steps) {
    const temper = Math.max(step.phi, dispersionOf(dispersion, step.expected));
    for (let k = 0; k < llFail.length; k++) llFail[k]! += step.fail[k]! / temper;
    for (let k = 0; k < llPass.length; k++) llPass[k]! += step.pass[k]! / temper;
  }
  const fail = changeMixture(llFail, steps, failWeights, detection ?? null);
  return {
    eFail: fail.e,
    eFailWhole: fail.whole,
    changeSince: fail.since,
    ePass: Math.exp(logMixture(llPass, passWeights))
  };
}

/**
 * Pre-deploy: log-likelihood, at ratio rho, of the canary's errors C (of NC) given the baseline's B
 * (of NB), with the unknown baseline rate integrated out (constants in rho dropped). With the
 * scale-free prior 1/p on the rate, the gamma-Poisson predictive is the conditional binomial
 * C ~ Binomial(B + C, rho*NC / (rho*NC + NB)): the same split as the concurrent test, with the
 * whole pre-deploy window as the baseline arm. It carries the baseline's uncertainty exactly
 * (a small baseline makes the statistic slow, never overconfident) without spending alpha on a
 * confidence bound, which used to inflate the null by ~15% at 1% and 20 rps.
 */
export function predictiveLogLik(baseline: CountCell, canary: CountCell, rho: number): number {
  if (canary.total <= 0) return 0;
  return splitLogLik({ c: canary.errors, b: baseline.errors, nc: canary.total, nb: baseline.total }, rho);
}

/** Log-likelihood of the canary's share of the interval's errors at ratio rho (constants dropped). */
export function splitLogLik(cell: { c: number; b: number; nc: number; nb: number }, rho: number): number {
  return (
    xlogy(cell.c, rho * cell.nc) -
    (cell.c + cell.b) * Math.log(rho * cell.nc + cell.nb) +
    xlogy(cell.b, cell.nb)
  );
}

/** Pearson residuals of the canary's share around the pooled ratio estimate. */
function splitDispersion(cells: readonly { c: number; b: number; nc: number; nb: number }[]): {
  chi2: number;
  df: number;
} {
  const C = cells.reduce((s, x) => s + x.c, 0);
  const B = cells.reduce((s, x) => s + x.b, 0);
  const NC = cells.reduce((s, x) => s + x.nc, 0);
  const NB = cells.reduce((s, x) => s + x.nb, 0);
  if (cells.length < 2 || C === 0 || B === 0) return { chi2: 0, df: Math.max(0, cells.length - 1) };
  const rho = C / NC / (B / NB);
  let chi2 = 0;
  for (const x of cells) {
    const m = x.c + x.b;
    const p = (rho * x.nc) / (rho * x.nc + x.nb);
    chi2 += (x.c - m * p) ** 2 / (m * p * (1 - p));
  }
  return { chi2, df: cells.length - 1 };
}

function dispersionOf({ chi2, df }: { chi2: number; df: number }, expectedErrors: number): number {
  const prior = 1 + DISPERSION_PER_ERROR * expectedErrors;
  const estimate = (chi2 + DISPERSION_PRIOR_DF * prior) / (df + DISPERSION_PRIOR_DF);
  const excess = Math.max(0, estimate - 1);
  return 1 + excess * (1 + DISPERSION_MARGIN / Math.sqrt(df + DISPERSION_PRIOR_DF));
}

function normalised(weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / sum);
}

function rateOf(cell: CountCell): number | null {
  return cell.total > 0 ? cell.errors / cell.total : null;
}

function checkCell(cell: CountCell, what: string): void {
  const { errors, total } = cell;
  if (!Number.isFinite(errors) || !Number.isFinite(total) || errors < 0 || total < 0 || errors > total) {
    throw new Error(
      `count test: ${what} counts must be finite with 0 <= errors <= total, got errors=${errors} total=${total}`
    );
  }
}

function validate(o: CountTestOptions): void {
  if (!(o.alpha > 0 && o.alpha < 1)) throw new Error(`count test: alpha must be in (0, 1), got ${o.alpha}`);
  if (!(o.tolerance >= 1)) throw new Error(`count test: tolerance must be >= 1, got ${o.tolerance}`);
  if (!(o.passRatio > 0)) throw new Error(`count test: passRatio must be > 0, got ${o.passRatio}`);
  if (o.mode === 'absolute' && !(o.maxErrorRate !== undefined && o.maxErrorRate > 0 && o.maxErrorRate < 1)) {
    throw new Error(`count test: absolute mode needs maxErrorRate in (0, 1), got ${o.maxErrorRate}`);
  }
  if (o.minRate !== undefined && !(o.minRate >= 0 && o.minRate < 1)) {
    throw new Error(`count test: minRate must be in [0, 1), got ${o.minRate}`);
  }
  const cd = o.changeDetection;
  if (
    cd &&
    !(
      cd.horizon > 0 &&
      Number.isInteger(cd.count) &&
      cd.count >= 1 &&
      cd.wholeWindowWeight > 0 &&
      cd.wholeWindowWeight <= 1
    )
  ) {
    throw new Error(
      `count test: changeDetection needs horizon > 0, an integer count >= 1 and wholeWindowWeight in (0, 1], got ${JSON.stringify(cd)}`
    );
  }
  if (o.baselineSpend !== undefined && !(o.baselineSpend > 0 && o.baselineSpend < 1)) {
    throw new Error(`count test: baselineSpend must be in (0, 1), got ${o.baselineSpend}`);
  }
}
