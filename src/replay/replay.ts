/**
 * Backtesting: feeds a recorded trace to the real judge on a virtual clock, exactly as the polling
 * loop would: rows at t <= 0 are the pre-deploy baseline (one observation per distinct t), then one
 * observation per distinct t > 0, stopping at the first decision or at the window end.
 *
 * `replay` takes rows in memory (any order); `replayStream` reads them twice from a stream (once
 * to infer the signals, once to judge), holding one instant's rows at a time, so a trace of
 * millions of rows replays in constant memory. It needs the rows in time order.
 */
import type { Reading, SignalSpec } from '../sources/types.js';
import { createJudge } from '../verdict/judge.js';
import type { JudgeSettings, Observation, Verdict, VerdictKind } from '../verdict/types.js';
import { TraceError, quote, type TraceRow } from './trace.js';

export interface ReplayResult {
  verdict: VerdictKind;
  /** Seconds after the deploy of an early decision; null when the window (or the trace) ran out first. */
  decidedAt: number | null;
  signals: { id: string; verdict: VerdictKind | 'pending'; reason: string }[];
  evidence: Verdict;
  /** Signals the trace names but the specs do not, with the spec inferred for them. */
  inferred: SignalSpec[];
}

/** Level signals found only in the trace get this guardrail (relative to their baseline level). */
export const INFERRED_LEVEL_MAX_RATIO = 1.5;

/**
 * Distinct signals a replay judges at most: each costs the judge state and a share of alpha, and
 * a file with more is far more likely a mistake (ids with timestamps in them) than a service.
 */
export const MAX_REPLAY_SIGNALS = 1000;

export function replay(settings: JudgeSettings, specs: SignalSpec[], rows: TraceRow[]): ReplayResult {
  const inferred = inferSpecs(specs, rows);
  const run = judgeRun(settings, [...specs, ...inferred]);
  for (const [t, group] of groupByTime(rows)) if (run.observe(t, group)) break;
  return run.result(inferred);
}

/**
 * `replay` over rows that arrive in time order from `open()`, called twice (a file read twice):
 * memory holds the rows of one instant and the state of each signal, never the trace.
 */
export async function replayStream(
  settings: JudgeSettings,
  specs: SignalSpec[],
  open: () => AsyncIterable<TraceRow>
): Promise<ReplayResult> {
  const inference = new SpecInference(specs);
  let lastT = -Infinity;
  for await (const row of open()) {
    if (row.t < lastT) {
      throw new TraceError(
        `trace line ${row.line}: t=${row.t} comes after t=${lastT}; replay reads a trace in time order (sort the file by t)`,
        row.line,
        't'
      );
    }
    lastT = row.t;
    inference.add(row);
  }
  const inferred = inference.specs();
  const run = judgeRun(settings, [...specs, ...inferred]);
  let t: number | undefined;
  let group: TraceRow[] = [];
  for await (const row of open()) {
    if (row.t !== t) {
      if (t !== undefined && run.observe(t, group)) return run.result(inferred);
      t = row.t;
      group = [];
    }
    group.push(row);
  }
  if (t !== undefined) run.observe(t, group);
  return run.result(inferred);
}

/** The judge fed one instant at a time; `observe` answers whether the replay is over. */
function judgeRun(settings: JudgeSettings, specs: SignalSpec[]) {
  const judge = createJudge(settings, specs);
  const windowSeconds = settings.windowMs / 1000;
  let verdict: Verdict | null = null;
  let lastT = 0;
  return {
    observe(t: number, rows: TraceRow[]): boolean {
      if (verdict || t > windowSeconds) return true;
      lastT = Math.max(lastT, t);
      const current = judge.observe(toObservation(t, rows));
      if (current.verdict !== 'pending') verdict = current;
      return verdict !== null;
    },
    result(inferred: SignalSpec[]): ReplayResult {
      const early = verdict !== null && lastT * 1000 < settings.windowMs;
      // A trace that ends before the window closes is judged at its last row: nothing more will come.
      const final = verdict ?? judge.finish(Math.min(settings.windowMs, lastT * 1000));
      return {
        verdict: final.verdict === 'pending' ? 'inconclusive' : final.verdict,
        decidedAt: early && final.decidedAt !== null ? final.decidedAt / 1000 : null,
        signals: final.signals.map((s) => ({ id: s.id, verdict: s.verdict, reason: s.reason })),
        evidence: final,
        inferred
      };
    }
  };
}

function groupByTime(rows: TraceRow[]): [number, TraceRow[]][] {
  const byT = new Map<number, TraceRow[]>();
  for (const row of rows) {
    const list = byT.get(row.t);
    if (list) list.push(row);
    else byT.set(row.t, [row]);
  }
  return [...byT.entries()].sort((a, b) => a[0] - b[0]);
}

function toObservation(t: number, rows: TraceRow[]): Observation {
  const readings: Reading[] = [];
  const errors: Observation['errors'] = [];
  for (const row of rows) {
    const r = row.reading;
    if (r.kind === 'count')
      readings.push({
        signal: row.signal,
        kind: 'count',
        group: row.group,
        errors: r.errors,
        total: r.total
      });
    else if (r.kind === 'level')
      readings.push({ signal: row.signal, kind: 'level', group: row.group, value: r.value });
    else if (r.kind === 'health') {
      readings.push({
        signal: row.signal,
        kind: 'health',
        group: 'canary',
        healthy: r.healthy,
        detail: r.healthy ? 'healthy (trace)' : `unhealthy (trace line ${row.line})`
      });
    } else errors.push({ signal: row.signal, message: r.message });
  }
  return { t: t * 1000, readings, errors };
}

/**
 * Specs for signals the trace names but the config does not, so a trace can be replayed without
 * listing every signal: count when it has errors/total; concurrent when baseline-group rows follow
 * the deploy, else pre-deploy; levels get a relative guardrail; health rows a health signal.
 */
export function inferSpecs(specs: SignalSpec[], rows: TraceRow[]): SignalSpec[] {
  const inference = new SpecInference(specs);
  for (const row of rows) inference.add(row);
  return inference.specs();
}

/** What the trace says about each signal the specs do not name, gathered one row at a time. */
class SpecInference {
  private readonly known: Set<string>;
  private readonly seen = new Set<string>();
  private readonly unknown = new Map<
    string,
    { kinds: Set<TraceRow['reading']['kind']>; concurrent: boolean; line: number }
  >();

  constructor(specs: SignalSpec[]) {
    this.known = new Set(specs.map((s) => s.id));
  }

  add(row: TraceRow): void {
    if (!this.seen.has(row.signal)) {
      this.seen.add(row.signal);
      if (this.seen.size > MAX_REPLAY_SIGNALS) {
        throw new TraceError(
          `trace line ${row.line}: signal ${quote(row.signal)} is signal number ${this.seen.size}; replay judges at most ${MAX_REPLAY_SIGNALS} distinct signals (is an id, such as a timestamp or a request id, in the signal column?)`,
          row.line,
          'signal'
        );
      }
    }
    if (this.known.has(row.signal)) return;
    let entry = this.unknown.get(row.signal);
    if (!entry) {
      entry = { kinds: new Set(), concurrent: false, line: row.line };
      this.unknown.set(row.signal, entry);
    }
    if (row.reading.kind !== 'error') entry.kinds.add(row.reading.kind);
    if (row.t > 0 && row.group === 'baseline') entry.concurrent = true;
  }

  specs(): SignalSpec[] {
    const inferred: SignalSpec[] = [];
    for (const [id, { kinds, concurrent, line }] of this.unknown) {
      if (kinds.size > 1) {
        throw new Error(
          `trace: signal ${quote(id)} mixes ${[...kinds].join(' and ')} readings (line ${line}); use one kind per signal`
        );
      }
      const kind = [...kinds][0];
      if (kind === undefined) continue; // only errors: nothing to infer a kind from
      const baseline = concurrent ? 'concurrent' : 'pre-deploy';
      if (kind === 'count') inferred.push({ id, kind: 'count', baseline, critical: false });
      else if (kind === 'level') {
        inferred.push({ id, kind: 'level', baseline, critical: false, maxRatio: INFERRED_LEVEL_MAX_RATIO });
      } else inferred.push({ id, kind: 'health', baseline: 'none', critical: false });
    }
    return inferred;
  }
}
