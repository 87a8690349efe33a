/**
 * The verdict engine's data. Pure values: the engine reads no clock and does no I/O; the loop
 * (or `replay`) feeds it observations stamped with time relative to the deploy.
 */
import type { Reading, SignalSpec } from '../sources/types.js';

export type VerdictKind = 'pass' | 'fail' | 'inconclusive';

export interface JudgeSettings {
  /** Bound on P(any false alarm over the whole window), split across signals. */
  alpha: number;
  /** r0: the error-rate ratio (new / baseline) that is tolerated before it counts as a regression. */
  tolerance: number;
  /** Observation window, ms after the deploy; the judge ends at this time at the latest. */
  windowMs: number;
  /** Guard against bursts: no count signal fails on fewer canary errors than this. */
  minErrors: number;
  /** Consecutive source errors after which a signal stops waiting and ends as `onSourceError`. */
  maxConsecutiveErrors: number;
  /**
   * Count signals: the ratio over the baseline at which a regression matters; a signal passes
   * early once its rate is confidently below it. Default `DEFAULT_PASS_RATIO` in verdict/judge.ts.
   */
  passRatio?: number;
  /** Level signals: consecutive breaching polls that fail the signal (default 2). */
  breachPolls?: number;
  /** Level and health signals: clean checks needed before they may pass (default 3). */
  passChecks?: number;
  /**
   * No signal may pass before this many ms after the deploy; fail and inconclusive are unaffected.
   * Default: half of `windowMs` (DEFAULT_BAKE_SHARE in verdict/judge.ts); 0 lets a pass come as
   * soon as the evidence allows, at the cost of passing a regression that starts later.
   */
  bakeMs?: number;
  /**
   * Count signals with a baseline: an error rate up to this (0..1) is always acceptable, however
   * small the baseline's, so an error-free service can pass. Default DEFAULT_MIN_RATE; 0: none.
   */
  minRate?: number;
  /**
   * Count signals' fail side: candidate change times (verdict/change.ts) so that a regression
   * starting late or growing is judged on the evidence since it began. Default
   * DEFAULT_CHANGE_DETECTION; `false`: the whole-window test only.
   */
  changeDetection?: { count: number; wholeWindowWeight: number } | false;
}

/** One poll's worth of input for the judge; `t` is ms relative to the deploy (negative = before). */
export interface Observation {
  t: number;
  readings: Reading[];
  /** Signals whose source failed on this poll, with the message to show. */
  errors: { signal: string; message: string }[];
}

export interface SignalEvidence {
  id: string;
  kind: SignalSpec['kind'];
  critical: boolean;
  /** `pending` only while the window is still open. */
  verdict: VerdictKind | 'pending';
  /** One sentence with the numbers that decided it. */
  reason: string;
  /** ms after the deploy when this signal was decided, or null. */
  decidedAt: number | null;
  canary?: { errors: number; total: number; rate: number };
  baseline?: { errors: number; total: number; rate: number; source: SignalSpec['baseline'] };
  level?: { value: number; baseline?: number; max?: number; min?: number; unit?: string };
  health?: { consecutiveFailures: number; checks: number; failures: number; lastDetail: string };
  /** The sequential statistic (an e-value) and the threshold it is compared with (1/alpha_i). */
  statistic?: number;
  threshold?: number;
  /** The alpha share this signal got. */
  alpha?: number;
  sourceErrors: number;
  /** Points for charts: t (ms after deploy), the rate or level at that poll. */
  series: { t: number; value: number; group: 'canary' | 'baseline' }[];
}

export interface Verdict {
  verdict: VerdictKind | 'pending';
  reason: string;
  decidedAt: number | null;
  /** Set while every signal is ready to pass but the bake has not ended: ms until it does. */
  bakeLeftMs?: number;
  signals: SignalEvidence[];
}
