/**
 * The polling loop: asks every source for the pre-deploy baseline once, then polls on a fixed
 * schedule after the deploy, feeding the judge until it decides or the window closes.
 * Clock and sleep are injected; the loop never decides anything itself.
 *
 * The window is a deadline: one poll interval after it closes, requests still in flight are
 * aborted and count as source errors, so a hanging or dripping source cannot hold the verdict
 * back. A cancelled run (the `cancel` signal) stops at once the same way and ends inconclusive.
 */
import { PartialPollError, type Reading, type Source, type SignalSpec } from '../sources/types.js';
import type { JudgeSettings, Observation, Verdict } from '../verdict/types.js';
import { createJudge } from '../verdict/judge.js';
import type { Clock } from './clock.js';

export interface LoopOptions {
  sources: Source[];
  settings: JudgeSettings;
  /** Poll period, ms. */
  intervalMs: number;
  /** Pre-deploy baseline window length, ms (0: no pre-deploy baseline). */
  baselineMs: number;
  /** The deploy moment, epoch ms. */
  deployTime: number;
  clock: Clock;
  log?: (line: string) => void;
  /** Called after every poll (progress in the job log, live charts). */
  onPoll?: (observation: Observation, verdict: Verdict) => void;
  /** Aborts when the run is cancelled (SIGINT/SIGTERM); its reason names the signal. */
  cancel?: AbortSignal;
}

export interface LoopResult {
  verdict: Verdict;
  observations: Observation[];
  /** Polls made after the deploy. */
  polls: number;
  /** Set when the run was cancelled: the verdict is then `inconclusive`, "cancelled after N polls". */
  cancelled?: { reason: string };
}

/** What ended a poll early: the window's deadline or the run's cancellation. */
class PollStopped extends Error {}

export async function runVerification(options: LoopOptions): Promise<LoopResult> {
  const { sources, settings, clock, deployTime, intervalMs } = options;
  const log = options.log ?? (() => {});
  const specs: SignalSpec[] = sources.flatMap((s) => [...s.signals]);
  const judge = createJudge(settings, specs);
  const observations: Observation[] = [];
  const stop = new AbortController();
  const end = deployTime + settings.windowMs;
  // One interval after the window closes, whatever is still in flight is abandoned.
  // A run that starts late (a queued job, a deploy-time in the past) still gets its catch-up poll
  // over everything since the deploy, with one interval to answer.
  const deadline = Math.max(end, clock.now()) + intervalMs;
  void clock.alarm?.(deadline, stop.signal).then((fired) => {
    if (fired)
      stop.abort(
        new PollStopped(
          `no answer by the verification deadline (window ${settings.windowMs / 1000}s + one ${intervalMs / 1000}s interval); request aborted`
        )
      );
  });
  const cancel = options.cancel;
  const onCancel = () =>
    stop.abort(new PollStopped(`run cancelled (${describeReason(cancel?.reason)}); request aborted`));
  if (cancel?.aborted) onCancel();
  else cancel?.addEventListener('abort', onCancel, { once: true });
  const cancelled = (polls: number): LoopResult => {
    const t = Math.max(0, clock.now() - deployTime);
    const unfinished = judge.finish(t);
    return {
      verdict: {
        ...unfinished,
        verdict: 'inconclusive',
        reason: `cancelled after ${polls} poll${polls === 1 ? '' : 's'} (${describeReason(cancel?.reason)})`,
        decidedAt: t
      },
      observations,
      polls,
      cancelled: { reason: describeReason(cancel?.reason) }
    };
  };
  try {
    return await poll();
  } finally {
    cancel?.removeEventListener('abort', onCancel);
    stop.abort();
  }

  async function poll(): Promise<LoopResult> {
    const needsBaseline = specs.some((s) => s.baseline === 'pre-deploy');
    if (needsBaseline && options.baselineMs > 0) {
      // The baseline is read in slices, not as one number: the judge estimates from the slices how
      // bursty the errors are, and a bursty service needs more evidence before it fails.
      const slices = baselineSlices(deployTime, options.baselineMs, intervalMs);
      const polled = await Promise.all(
        slices.map((w) =>
          pollAll(sources, { ...w, phase: 'baseline', signal: stop.signal }, w.to - deployTime)
        )
      );
      if (cancel?.aborted) return cancelled(0);
      for (const baseline of polled) {
        observations.push(baseline);
        const verdict = judge.observe(baseline);
        if (verdict.verdict !== 'pending') return { verdict, observations, polls: 0 };
      }
      log(`baseline (${slices.length} slices): ${polled.map(describeObservation).join('; ')}`);
    }

    let from = deployTime;
    let polls = 0;
    for (;;) {
      // Polls are aligned to deploy + k*interval so that traces and charts line up run to run.
      // When the deploy is already an interval or more in the past (deploy-time given), the first
      // poll catches up at once over everything since the deploy instead of waiting for a boundary.
      const catchUp = polls === 0 && clock.now() - deployTime >= intervalMs;
      if (!catchUp) {
        const next = Math.min(
          end,
          deployTime + (Math.floor((clock.now() - deployTime) / intervalMs) + 1) * intervalMs
        );
        await clock.sleep(next - clock.now(), stop.signal);
      }
      if (cancel?.aborted) return cancelled(polls);
      const to = Math.max(clock.now(), from + 1);
      const observation = await pollAll(
        sources,
        { from, to, phase: 'observe', signal: stop.signal },
        to - deployTime
      );
      if (cancel?.aborted) return cancelled(polls);
      polls += 1;
      observations.push(observation);
      from = to;
      const verdict = judge.observe(observation);
      options.onPoll?.(observation, verdict);
      const baking =
        verdict.bakeLeftMs !== undefined ? ` (bake ends in ${Math.ceil(verdict.bakeLeftMs / 1000)}s)` : '';
      log(
        `t+${Math.round((to - deployTime) / 1000)}s: ${describeObservation(observation)} -> ${verdict.verdict}${baking}`
      );
      if (verdict.verdict !== 'pending') return { verdict, observations, polls };
      // At the deadline the window is over, whichever poll the hung request belonged to.
      if (to >= end || stop.signal.aborted)
        return { verdict: judge.finish(Math.max(to, clock.now()) - deployTime), observations, polls };
    }
  }
}

function describeReason(reason: unknown): string {
  if (typeof reason === 'string') return reason;
  if (reason instanceof Error) return reason.message;
  return 'aborted';
}

/** At most MAX_BASELINE_SLICES slices of at least one poll interval each, ending at the deploy. */
export function baselineSlices(
  deployTime: number,
  baselineMs: number,
  intervalMs: number
): { from: number; to: number }[] {
  const count = Math.max(1, Math.min(MAX_BASELINE_SLICES, Math.floor(baselineMs / intervalMs)));
  const size = baselineMs / count;
  return Array.from({ length: count }, (_, i) => ({
    from: Math.round(deployTime - baselineMs + i * size),
    to: Math.round(deployTime - baselineMs + (i + 1) * size)
  }));
}

const MAX_BASELINE_SLICES = 12;

/**
 * Polls every source at once; a source that throws becomes an error on each of its signals, or
 * only on those it names when it could read the others (PartialPollError).
 */
async function pollAll(
  sources: Source[],
  window: { from: number; to: number; phase: 'baseline' | 'observe'; signal: AbortSignal },
  t: number
): Promise<Observation> {
  const results = await Promise.allSettled(sources.map((s) => untilStopped(s.poll(window), window.signal)));
  const readings: Reading[] = [];
  const errors: Observation['errors'] = [];
  results.forEach((result, i) => {
    const source = sources[i]!;
    if (result.status === 'fulfilled') readings.push(...result.value);
    else if (result.reason instanceof PartialPollError) {
      readings.push(...result.reason.readings);
      errors.push(...result.reason.failures);
    } else {
      const message = result.reason instanceof Error ? result.reason.message : String(result.reason);
      for (const spec of source.signals) errors.push({ signal: spec.id, message });
    }
  });
  return { t, readings, errors };
}

/**
 * The source's answer, or its abandonment when the loop stops: a source that ignores the abort
 * signal (or drips its answer) still cannot hold the loop past the deadline.
 */
function untilStopped<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(stoppedError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(stoppedError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        // An abort surfaces in the source as its own "aborted" error; name why it was aborted.
        reject(signal.aborted ? stoppedError(signal) : error);
      }
    );
  });
}

function stoppedError(signal: AbortSignal): Error {
  return signal.reason instanceof PollStopped ? signal.reason : new PollStopped('aborted');
}

function describeObservation(o: Observation): string {
  const parts = o.readings.map((r) => {
    if (r.kind === 'count') return `${r.signal}[${r.group}] ${r.errors}/${r.total}`;
    if (r.kind === 'level') return `${r.signal}[${r.group}] ${r.value}`;
    return `${r.signal} ${r.healthy ? 'healthy' : 'unhealthy'}`;
  });
  for (const e of o.errors) parts.push(`${e.signal} error: ${e.message}`);
  return parts.join(', ') || 'no readings';
}
