/**
 * Change detection for the fail side: a mixture over candidate change times of e-processes that
 * start at those times, so a regression that begins after the deploy (or grows) is judged on the
 * evidence since it began instead of being diluted by the clean minutes before it.
 *
 * Construction (Shin, Ramdas & Rinaldo, "E-detectors: a nonparametric framework for sequential
 * change detection", NEJSDS 2023): for each candidate start s, M_s(t) is the product of the
 * per-interval likelihood ratios from s to t (1 before s). Each M_s is a nonnegative
 * supermartingale under the null that the ratio stays at or below r0 throughout, with M_s(0) = 1.
 * Their e-detectors (CUSUM: the maximum over s; Shiryaev-Roberts: the sum) with threshold 1/alpha
 * bound the average run length to a false alarm, not the probability of one within a window.
 * Here the starts get fixed weights pi_s that sum to 1 instead, so
 *
 *   E(t) = pi_0 M_0(t) + sum_{j >= 1} pi_j M_{s_j}(t)
 *
 * is itself a nonnegative supermartingale with E(0) = 1, and Ville's inequality gives
 * P(E ever reaches 1/alpha during the window | no regression at any time) <= alpha: one bound for
 * the whole window and every candidate change time together. Nothing is split: the whole-window
 * test keeps weight pi_0 and pays log(1/pi_0) nats for the company; a change at s_j pays
 * log(1/pi_j). Candidate starts sit on a fixed grid of times (j x horizon / count), fixed before any
 * data, so the weights and starts are predictable as the construction needs.
 *
 * Because M_s(t) = M_0(t) / M_0(s-) for a product of per-interval ratios, all starts come from one
 * prefix sum of log ratios per grid ratio: O(intervals x grid) per status, as before.
 */
import { logMixture } from './math.js';

export interface ChangeDetection {
  /** Length of the time the candidates cover (the window), in the unit of the interval times. */
  horizon: number;
  /** Candidate change times j x horizon / count for j = 1 .. count - 1 (the whole window is j = 0). */
  count: number;
  /** Weight of the whole-window e-process; the rest is shared evenly by the later starts. */
  wholeWindowWeight: number;
}

/** Chosen with bench/detection.ts: see BENCHMARKS.md ("Late onsets and ramps"). */
export const DEFAULT_CHANGE_DETECTION: Omit<ChangeDetection, 'horizon'> = {
  count: 30,
  wholeWindowWeight: 0.9
};

export interface ChangeResult {
  /** The mixture e-value E(t). */
  e: number;
  /** The whole-window e-process alone (pi_0 M_0 / pi_0 = M_0). */
  whole: number;
  /** Start time of the candidate contributing most, when it outweighs the whole window; else null. */
  since: number | null;
}

/** One interval as the later starts see it: when it began, and the running sum of log ratios through it. */
export interface RecentStep {
  start: number;
  /** Sum over this and every earlier interval of the tempered log likelihood ratios, per grid ratio. */
  prefix: readonly number[];
}

/** Running sums of per-interval log ratios, in the form changeMixture reads. */
export function cumulative(steps: readonly { start: number; ll: readonly number[] }[]): RecentStep[] {
  let sum: number[] | null = null;
  return steps.map((step) => {
    sum = step.ll.map((v, k) => v + (sum?.[k] ?? 0));
    return { start: step.start, prefix: sum };
  });
}

/**
 * @param whole the whole-window e-process's log likelihood ratios, one per grid ratio.
 * @param recent the intervals as the later starts see them (their own tempering: any factor >= 1
 *   fixed before the interval keeps each a supermartingale), in time order.
 * @param weights the mixture weights over the grid ratios (summing to 1).
 */
export function changeMixture(
  whole: readonly number[],
  recent: readonly RecentStep[],
  weights: readonly number[],
  detection: ChangeDetection | null
): ChangeResult {
  const logWhole = logMixture(whole, weights);
  if (!detection || detection.count <= 1 || recent.length === 0) {
    const e =
      detection && detection.count > 1
        ? Math.exp(Math.log(detection.wholeWindowWeight) + logWhole) + (1 - detection.wholeWindowWeight)
        : Math.exp(logWhole);
    return { e, whole: Math.exp(logWhole), since: null };
  }
  const { horizon, count, wholeWindowWeight } = detection;
  const laterWeight = (1 - wholeWindowWeight) / (count - 1);
  const last = recent[recent.length - 1]!.prefix;
  // log pi_j M_{s_j}(t) summed over the candidates; one that has not begun is still at M = 1.
  let logE = Math.log(wholeWindowWeight) + logWhole;
  let best = { log: logE, since: null as number | null };
  const since = new Array<number>(last.length);
  let i = 0;
  for (let j = 1; j < count; j++) {
    const start = (j * horizon) / count;
    while (i < recent.length && recent[i]!.start < start) i++;
    let log = Math.log(laterWeight);
    if (i < recent.length) {
      const before = i > 0 ? recent[i - 1]!.prefix : null;
      for (let k = 0; k < last.length; k++) since[k] = last[k]! - (before ? before[k]! : 0);
      log += logMixture(since, weights);
      if (log > best.log) best = { log, since: start };
    }
    logE = logAdd(logE, log);
  }
  return { e: Math.exp(logE), whole: Math.exp(logWhole), since: best.since };
}

function logAdd(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const max = Math.max(a, b);
  return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
}
