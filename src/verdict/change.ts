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

/**
 * @param steps tempered log likelihood ratios of each interval, one per grid ratio, with the time
 *   the interval began: the whole-window e-process.
 * @param weights the mixture weights over the grid ratios (summing to 1).
 * @param recent the same intervals as the later starts see them (their own tempering; any
 *   tempering by a factor >= 1 fixed before the interval keeps each a supermartingale).
 */
export function changeMixture(
  steps: readonly { start: number; ll: readonly number[] }[],
  weights: readonly number[],
  detection: ChangeDetection | null,
  recent: readonly { start: number; ll: readonly number[] }[] = steps
): ChangeResult {
  const grid = weights.length;
  const sum = (list: typeof steps): number[] => {
    const out = new Array<number>(grid).fill(0);
    for (const step of list) for (let k = 0; k < grid; k++) out[k]! += step.ll[k]!;
    return out;
  };
  const logWhole = logMixture(sum(steps), weights);
  if (!detection || detection.count <= 1)
    return { e: Math.exp(logWhole), whole: Math.exp(logWhole), since: null };

  const { horizon, count, wholeWindowWeight } = detection;
  const laterWeight = (1 - wholeWindowWeight) / (count - 1);
  // log pi_j M_{s_j}(t) per candidate; a candidate that has not begun is still at M = 1.
  const terms: { log: number; since: number | null; begun: boolean }[] = [
    { log: Math.log(wholeWindowWeight) + logWhole, since: null, begun: true }
  ];
  const total = sum(recent);
  const prefix = new Array<number>(grid).fill(0);
  let i = 0;
  for (let j = 1; j < count; j++) {
    const start = (j * horizon) / count;
    while (i < recent.length && recent[i]!.start < start) {
      for (let k = 0; k < grid; k++) prefix[k]! += recent[i]!.ll[k]!;
      i++;
    }
    const begun = i < recent.length;
    const log = begun
      ? logMixture(
          total.map((v, k) => v - prefix[k]!),
          weights
        )
      : 0;
    terms.push({ log: Math.log(laterWeight) + log, since: start, begun });
  }
  const logE = logMixture(
    terms.map((x) => x.log),
    terms.map(() => 1)
  );
  const best = terms.filter((x) => x.begun).reduce((a, b) => (b.log > a.log ? b : a));
  return { e: Math.exp(logE), whole: Math.exp(logWhole), since: best.since };
}
