/**
 * The judge fed from the sources' history instead of live polls: the same steps the polling loop
 * would have made (baseline slices before the deploy, then deploy + k * interval), each read with
 * one `history()` request per source. `watch` runs it over [deploy, now] and the backtest from the
 * metrics store over a past deploy. The judge is the same; only where the readings come from differs.
 *
 * Sources without history (an HTTP probe) cannot answer for the past: with `live` they are polled
 * once at the present moment and their readings join the last step; without it (a backtest) they
 * are left out. Either way a note says so.
 */
import { PartialPollError, type Reading, type SignalSpec, type Source } from '../sources/types.js';
import { createJudge } from '../verdict/judge.js';
import { mergeReadings } from '../sources/readings.js';
import type { JudgeSettings, Observation, Verdict } from '../verdict/types.js';

export interface HistoryRunOptions {
  sources: Source[];
  settings: JudgeSettings;
  intervalMs: number;
  /** Pre-deploy baseline length, ms (0: none). */
  baselineMs: number;
  deployTime: number;
  /** Evaluate steps that end at or before this moment (epoch ms); later ones do not exist yet. */
  until: number;
  /** Poll sources without history once at this moment (watch). Unset: leave them out (backtest). */
  live?: { now: number };
  signal: AbortSignal;
  log?: (line: string) => void;
}

export interface HistoryRunResult {
  /** `pending` when the window is not over and nothing was decided yet. */
  verdict: Verdict;
  observations: Observation[];
  /** What the run could not do as the live loop would, in sentences for the report. */
  notes: string[];
  /** The signals judged (sources without history are absent in a backtest). */
  specs: SignalSpec[];
  /** ms after the deploy of the last step evaluated (0 when none). */
  evaluatedTo: number;
}

/** At most this many baseline slices, as the polling loop reads them. */
const MAX_BASELINE_SLICES = 12;

export async function runFromHistory(options: HistoryRunOptions): Promise<HistoryRunResult> {
  const { settings, deployTime, intervalMs } = options;
  const log = options.log ?? (() => {});
  const notes: string[] = [];
  const withHistory = options.sources.filter((s) => typeof s.history === 'function');
  const withoutHistory = options.sources.filter((s) => typeof s.history !== 'function');
  for (const source of withoutHistory) {
    notes.push(
      options.live
        ? `source "${source.id}" (${source.type}) keeps no history: it was polled once, at the watch's moment, not over the whole time since the deploy`
        : `source "${source.id}" (${source.type}) keeps no history and cannot be replayed; its signals are left out`
    );
  }
  const judged = options.live ? options.sources : withHistory;
  const specs = judged.flatMap((s) => [...s.signals]);
  const judge = createJudge(settings, specs);
  const observations: Observation[] = [];

  if (specs.some((s) => s.baseline === 'pre-deploy') && options.baselineMs > 0) {
    const count = Math.max(1, Math.min(MAX_BASELINE_SLICES, Math.floor(options.baselineMs / intervalMs)));
    const stepMs = options.baselineMs / count;
    const steps = await readHistory(withHistory, {
      from: deployTime - options.baselineMs,
      to: deployTime,
      stepMs,
      phase: 'baseline',
      signal: options.signal
    });
    for (const source of withoutHistory.filter((s) => s.signals.some((x) => x.baseline === 'pre-deploy'))) {
      notes.push(`source "${source.id}" has no pre-deploy history: its pre-deploy baseline is missing`);
    }
    for (const [at, observation] of steps) {
      const verdict = judge.observe({ ...observation, t: at - deployTime });
      observations.push({ ...observation, t: at - deployTime });
      if (verdict.verdict !== 'pending') return { verdict, observations, notes, specs, evaluatedTo: 0 };
    }
  }

  const lastStep = Math.min(
    Math.floor((options.until - deployTime) / intervalMs),
    Math.ceil(settings.windowMs / intervalMs)
  );
  let verdict: Verdict = {
    verdict: 'pending',
    reason: 'no step after the deploy yet',
    decidedAt: null,
    signals: []
  };
  let evaluatedTo = 0;
  if (lastStep >= 1) {
    const steps = await readHistory(withHistory, {
      from: deployTime,
      to: deployTime + lastStep * intervalMs,
      stepMs: intervalMs,
      phase: 'observe',
      signal: options.signal
    });
    const live =
      options.live && withoutHistory.length > 0 ? await pollLive(withoutHistory, options) : undefined;
    const ordered = [...steps.entries()].sort((a, b) => a[0] - b[0]);
    for (const [index, [at, observation]] of ordered.entries()) {
      const t = at - deployTime;
      const isLast = index === ordered.length - 1;
      const merged: Observation =
        isLast && live
          ? {
              t,
              readings: [...observation.readings, ...live.readings],
              errors: [...observation.errors, ...live.errors]
            }
          : { ...observation, t };
      observations.push(merged);
      evaluatedTo = t;
      verdict = judge.observe(merged);
      if (verdict.verdict !== 'pending') break;
    }
  }
  if (verdict.verdict === 'pending' && options.until - deployTime >= settings.windowMs)
    verdict = judge.finish(Math.min(settings.windowMs, Math.max(evaluatedTo, 1)));
  log(
    `history ${Math.round(evaluatedTo / 1000)}s after the deploy: ${verdict.verdict}${verdict.verdict === 'pending' ? '' : `: ${verdict.reason}`}`
  );
  return { verdict, observations, notes, specs, evaluatedTo };
}

/**
 * Every source's history over one range, merged into one observation per step (keyed by the
 * step's end). A source that failed as a whole is an error on each of its signals at every step,
 * never a step without data.
 */
async function readHistory(
  sources: Source[],
  range: { from: number; to: number; stepMs: number; phase: 'baseline' | 'observe'; signal: AbortSignal }
): Promise<Map<number, Omit<Observation, 't'>>> {
  const count = Math.round((range.to - range.from) / range.stepMs);
  const times = Array.from({ length: count }, (_, k) => Math.round(range.from + (k + 1) * range.stepMs));
  const steps = new Map<number, Omit<Observation, 't'>>(
    times.map((at) => [at, { readings: [], errors: [] }])
  );
  const answers = await Promise.allSettled(sources.map((s) => s.history!(range)));
  answers.forEach((answer, i) => {
    const source = sources[i]!;
    if (answer.status === 'rejected') {
      const message = answer.reason instanceof Error ? answer.reason.message : String(answer.reason);
      for (const step of steps.values())
        for (const spec of source.signals) step.errors.push({ signal: spec.id, message });
      return;
    }
    for (const step of answer.value) {
      const target = steps.get(stepFor(times, step.at));
      if (!target) continue;
      target.readings.push(...step.readings);
      target.errors.push(...(step.failures ?? []));
    }
  });
  // Stores that answer in their own buckets (Datadog, CloudWatch) may land two on one step.
  for (const step of steps.values()) step.readings = mergeReadings(step.readings);
  return steps;
}

/**
 * The step of our grid that knows a source's step: the first at or after its end (the store
 * stamps steps to its own precision, hence the millisecond of slack). A Prometheus step falls on
 * the grid; a store's bucket that ends between two grid times is seen at the later one, as a
 * live poll would have seen it.
 */
function stepFor(times: number[], at: number): number {
  for (const t of times) if (t >= at - 1) return t;
  return Number.NaN;
}

async function pollLive(
  sources: Source[],
  options: HistoryRunOptions
): Promise<{ readings: Reading[]; errors: Observation['errors'] }> {
  const now = options.live!.now;
  const window = {
    from: now - options.intervalMs,
    to: now,
    phase: 'observe' as const,
    signal: options.signal
  };
  const results = await Promise.allSettled(sources.map((s) => s.poll(window)));
  const readings: Reading[] = [];
  const errors: Observation['errors'] = [];
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') readings.push(...result.value);
    else if (result.reason instanceof PartialPollError) {
      readings.push(...result.reason.readings);
      errors.push(...result.reason.failures);
    } else {
      const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
      for (const spec of sources[i]!.signals) errors.push({ signal: spec.id, message });
    }
  });
  return { readings, errors };
}
