/**
 * The seam between the polling loop and the providers.
 *
 * A source is asked for one window of time at a time and answers with readings: one or more
 * signals (a provider may yield an error-rate signal and a latency signal from one query).
 * Times are epoch milliseconds; the loop owns the clock, sources never read it for decisions.
 */

/** Which population a reading describes: the new version, or a comparison population. */
export type Group = 'canary' | 'baseline';

export type Reading =
  /** Errors out of total requests observed in the window. */
  | { signal: string; kind: 'count'; group: Group; errors: number; total: number }
  /** A level such as p99 latency or a crash-free rate; `unit` is for humans only. */
  | { signal: string; kind: 'level'; group: Group; value: number; unit?: string }
  /** One health check: healthy or not, and why, in words a person can act on. */
  | { signal: string; kind: 'health'; group: 'canary'; healthy: boolean; detail: string; latencyMs?: number };

export interface PollWindow {
  /** Start of the window, epoch ms (inclusive). */
  from: number;
  /** End of the window, epoch ms (exclusive); the moment the question is about. */
  to: number;
  /** `baseline`: the pre-deploy window, asked once. `observe`: a poll after the deploy. */
  phase: 'baseline' | 'observe';
  /** Aborted when the job gives up (window over, critical failure); sources must honour it. */
  signal: AbortSignal;
}

export interface Source {
  readonly id: string;
  readonly type: string;
  readonly critical: boolean;
  /** The signal ids this source can report, known before polling (for the report and the judge). */
  readonly signals: readonly SignalSpec[];
  /**
   * Readings for the window. Throws `SourceError` when the provider could not answer; the loop
   * counts that against the signal, it never turns into a pass.
   */
  poll(window: PollWindow): Promise<Reading[]>;
  /**
   * Past readings in one request per query (Prometheus `query_range`, a vendor's timeseries API),
   * for `watch` and for backtests from the metrics store. Absent on sources that keep no history
   * (an HTTP probe): callers poll those at the present moment only, and say so.
   */
  history?(range: HistoryRange): Promise<HistoryStep[]>;
}

export interface HistoryRange {
  /** Start of the first step, epoch ms. */
  from: number;
  /** End of the last step, epoch ms. */
  to: number;
  /** Step length in ms: each step's readings cover (at - stepMs, at]. */
  stepMs: number;
  /** Which population's question this is, as in `PollWindow.phase`. */
  phase: 'baseline' | 'observe';
  signal: AbortSignal;
}

/**
 * One step of a source's history: readings over (at - stepMs, at]. A step where the store has no
 * data for a signal has no reading for it (never a zero); a step where a query failed for a
 * signal lists it in `failures`, which the caller counts as a source error, never as a pass.
 */
export interface HistoryStep {
  at: number;
  readings: Reading[];
  failures?: { signal: string; message: string }[];
}

export interface SignalSpec {
  id: string;
  kind: 'count' | 'level' | 'health';
  /** Where the comparison comes from for count and level signals. */
  baseline: 'concurrent' | 'pre-deploy' | 'absolute' | 'none';
  critical: boolean;
  /** Count signals with an absolute baseline: the error rate that is acceptable (0..1). */
  maxErrorRate?: number;
  /** Level signals: guardrail bounds, absolute or as a ratio of the baseline level. */
  max?: number;
  min?: number;
  maxRatio?: number;
  /** Health signals: consecutive unhealthy checks that fail the signal. */
  failAfter?: number;
  unit?: string;
  /**
   * What the signal measures, in words for the report, when its id alone does not say it; a source
   * may complete it after its first query (a histogram signal names the bucket it chose).
   */
  description?: string;
  /** What the signal ends as after too many consecutive source errors (default `inconclusive`). */
  onError?: 'inconclusive' | 'fail';
  /** Consecutive source errors tolerated for this signal (default: the judge's setting). */
  maxConsecutiveErrors?: number;
}

/** A provider could not answer. `retryable` is informational: retries already happened inside. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly sourceId: string,
    readonly status?: number,
    readonly retryable = false
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/**
 * Some of a source's signals were read and some were not (one of its queries failed): the loop
 * keeps the readings and counts an error only against the signals that failed, so a broken
 * latency query does not blind the error-rate signal that shares its source.
 */
export class PartialPollError extends SourceError {
  constructor(
    sourceId: string,
    readonly readings: Reading[],
    readonly failures: { signal: string; message: string }[]
  ) {
    super(failures.map((f) => f.message).join('; '), sourceId);
    this.name = 'PartialPollError';
  }
}
