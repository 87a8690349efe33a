/**
 * Backtesting: feeds a recorded trace to the real judge on a virtual clock, exactly as the polling
 * loop would: rows at t <= 0 are the pre-deploy baseline (one observation per distinct t), then one
 * observation per distinct t > 0, stopping at the first decision or at the window end.
 */
import type { Reading, SignalSpec } from '../sources/types.js';
import { createJudge } from '../verdict/judge.js';
import type { JudgeSettings, Observation, Verdict, VerdictKind } from '../verdict/types.js';
import type { TraceRow } from './trace.js';

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

export function replay(settings: JudgeSettings, specs: SignalSpec[], rows: TraceRow[]): ReplayResult {
  const inferred = inferSpecs(specs, rows);
  const judge = createJudge(settings, [...specs, ...inferred]);
  const windowSeconds = settings.windowMs / 1000;
  let verdict: Verdict | null = null;
  let lastT = 0;
  for (const [t, group] of groupByTime(rows)) {
    if (t > windowSeconds) break;
    lastT = Math.max(lastT, t);
    const current = judge.observe(toObservation(t, group));
    if (current.verdict !== 'pending') {
      verdict = current;
      break;
    }
  }
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
  const known = new Set(specs.map((s) => s.id));
  const bySignal = new Map<string, TraceRow[]>();
  for (const row of rows) {
    if (known.has(row.signal)) continue;
    const list = bySignal.get(row.signal);
    if (list) list.push(row);
    else bySignal.set(row.signal, [row]);
  }
  const inferred: SignalSpec[] = [];
  for (const [id, list] of bySignal) {
    const kinds = new Set(list.map((r) => r.reading.kind).filter((k) => k !== 'error'));
    if (kinds.size > 1) {
      throw new Error(
        `trace: signal '${id}' mixes ${[...kinds].join(' and ')} readings (line ${list[0]!.line}); use one kind per signal`
      );
    }
    const kind = [...kinds][0];
    if (kind === undefined) continue; // only errors: nothing to infer a kind from
    const concurrent = list.some((r) => r.t > 0 && r.group === 'baseline');
    if (kind === 'count')
      inferred.push({
        id,
        kind: 'count',
        baseline: concurrent ? 'concurrent' : 'pre-deploy',
        critical: false
      });
    else if (kind === 'level') {
      inferred.push({
        id,
        kind: 'level',
        baseline: concurrent ? 'concurrent' : 'pre-deploy',
        critical: false,
        maxRatio: INFERRED_LEVEL_MAX_RATIO
      });
    } else inferred.push({ id, kind: 'health', baseline: 'none', critical: false });
  }
  return inferred;
}
