/**
 * The judge: turns a stream of observations into a verdict, one signal state machine per spec.
 *
 * Rules:
 * - alpha is split evenly across count signals (Bonferroni); guardrails are deterministic rules.
 * - a critical signal that fails fails the whole verdict at once; a non-critical failure fails it
 *   as soon as nothing else is left to watch (or at the window end).
 * - the verdict passes early only when every count signal has a confident pass and every guardrail
 *   has enough clean checks; at the window end whatever is undecided is inconclusive.
 * - no traffic, no data, or a source that keeps failing never becomes a pass.
 * - no signal passes before the bake time (`bakeMs`, default half the window): a regression that
 *   starts a few minutes in must not meet a verdict that was already given. Fail is unaffected.
 * - every reason is built from the numbers the decision used, and prints its comparison with as
 *   many digits as it takes to be true (words.ts `compared`).
 *
 * Observations with t <= 0 are the pre-deploy baseline. Pure: no clock, no I/O.
 */
import type { Reading, SignalSpec } from '../sources/types.js';
import type { JudgeSettings, Observation, SignalEvidence, Verdict, VerdictKind } from './types.js';
import { createCountTest, type BaselineMode, type CountTest, type CountTestStatus } from './sequential.js';
import { createHealthGuard, createLevelGuard, type HealthGuard, type LevelGuard } from './guardrails.js';
import { compared, duration, percent, significant } from './words.js';
import { DEFAULT_CHANGE_DETECTION } from './change.js';

/** Chosen with bench/detection.ts: see BENCHMARKS.md. */
export const DEFAULT_PASS_RATIO = 2;
export const DEFAULT_BREACH_POLLS = 2;
export const DEFAULT_PASS_CHECKS = 3;
const DEFAULT_FAIL_AFTER = 3;
/** The bake time when none is set, as a share of the window. */
export const DEFAULT_BAKE_SHARE = 0.5;
/** An error rate that is always acceptable when none is set (0.1%): lets an error-free service pass. */
export const DEFAULT_MIN_RATE = 0.001;

export interface Judge {
  observe(obs: Observation): Verdict;
  /** The window is over (t: ms after the deploy): decide whatever is still pending. */
  finish(t: number): Verdict;
}

type Ended = { verdict: VerdictKind; reason: string; decidedAt: number };

interface SignalState {
  spec: SignalSpec;
  alpha: number | undefined;
  /** Count signals: the ratio the pass side tests against. */
  passRatio: number;
  /** Consecutive source errors after which the signal ends as its `onError`. */
  maxErrors: number;
  /** Clean checks a guardrail (or an absolute-rate count signal) needs to pass. */
  passChecks: number;
  /** Count signals: canary errors needed before a fail (min-errors). */
  minErrors: number;
  consecutiveErrors: number;
  /** ms after the deploy of the previous poll: where the next interval begins. */
  lastPollAt: number;
  sourceErrors: number;
  lastError: string | null;
  ended: Ended | null;
  series: SignalEvidence['series'];
  count?: { test: CountTest; mode: BaselineMode; baselineError: string | null };
  level?: { guard: LevelGuard; baselineValues: number[]; lastBaseline: number | null };
  health?: HealthGuard;
}

export function createJudge(settings: JudgeSettings, specs: SignalSpec[]): Judge {
  validateSettings(settings);
  const ids = new Set<string>();
  for (const spec of specs) {
    if (ids.has(spec.id)) throw new Error(`judge: signal id '${spec.id}' appears twice; ids must be unique`);
    ids.add(spec.id);
  }
  const countSignals = specs.filter((s) => s.kind === 'count').length;
  const alphaShare = countSignals > 0 ? settings.alpha / countSignals : settings.alpha;
  const states = specs.map((spec) => initialState(spec, settings, alphaShare));
  const bakeMs = settings.bakeMs ?? settings.windowMs * DEFAULT_BAKE_SHARE;
  let final: Verdict | null = null;

  function observe(obs: Observation): Verdict {
    if (final) return final;
    if (!Number.isFinite(obs.t))
      throw new Error(`judge: observation time must be a finite number of ms, got ${obs.t}`);
    for (const state of states) {
      const readings = obs.readings.filter((r) => r.signal === state.spec.id);
      const error = obs.errors.find((e) => e.signal === state.spec.id);
      if (obs.t <= 0) feedBaseline(state, readings, error?.message ?? null, obs.t);
      else if (!state.ended) feedPoll(state, readings, error?.message ?? null, obs.t);
    }
    const verdict = overall(states, obs.t, false, bakeMs);
    if (verdict.verdict !== 'pending') final = verdict;
    else if (obs.t >= settings.windowMs) return finish(obs.t);
    return verdict;
  }

  function finish(t: number): Verdict {
    if (final) return final;
    for (const state of states)
      if (!state.ended) state.ended = beforeBake(closeAtWindowEnd(state, t), bakeMs);
    final = overall(states, t, true, bakeMs);
    return final;
  }

  return { observe, finish };
}

function initialState(spec: SignalSpec, settings: JudgeSettings, alphaShare: number): SignalState {
  const base: SignalState = {
    spec,
    alpha: undefined,
    passRatio: Math.max(settings.passRatio ?? DEFAULT_PASS_RATIO, settings.tolerance),
    maxErrors: spec.maxConsecutiveErrors ?? settings.maxConsecutiveErrors,
    passChecks: Math.max(1, settings.passChecks ?? DEFAULT_PASS_CHECKS),
    minErrors: settings.minErrors,
    consecutiveErrors: 0,
    lastPollAt: 0,
    sourceErrors: 0,
    lastError: null,
    ended: null,
    series: []
  };
  if (spec.kind === 'count') {
    const mode = countMode(spec);
    const test = createCountTest({
      mode,
      alpha: alphaShare,
      tolerance: settings.tolerance,
      passRatio: base.passRatio,
      minErrors: settings.minErrors,
      minRate: settings.minRate ?? DEFAULT_MIN_RATE,
      ...(settings.changeDetection !== false
        ? {
            changeDetection: {
              horizon: settings.windowMs,
              ...(settings.changeDetection ?? DEFAULT_CHANGE_DETECTION)
            }
          }
        : {}),
      ...(spec.maxErrorRate !== undefined ? { maxErrorRate: spec.maxErrorRate } : {})
    });
    return { ...base, alpha: alphaShare, count: { test, mode, baselineError: null } };
  }
  if (spec.kind === 'level') {
    if (spec.max === undefined && spec.min === undefined && spec.maxRatio === undefined) {
      throw new Error(`judge: level signal '${spec.id}' needs at least one of max, min or maxRatio`);
    }
    const guard = createLevelGuard({
      ...(spec.max !== undefined ? { max: spec.max } : {}),
      ...(spec.min !== undefined ? { min: spec.min } : {}),
      ...(spec.maxRatio !== undefined ? { maxRatio: spec.maxRatio } : {}),
      breachPolls: settings.breachPolls ?? DEFAULT_BREACH_POLLS,
      passPolls: base.passChecks
    });
    return { ...base, level: { guard, baselineValues: [], lastBaseline: null } };
  }
  const failAfter = spec.failAfter ?? DEFAULT_FAIL_AFTER;
  const health = createHealthGuard({ failAfter, passChecks: base.passChecks });
  return { ...base, health };
}

function countMode(spec: SignalSpec): BaselineMode {
  if (spec.baseline === 'concurrent') return 'concurrent';
  if (spec.baseline === 'absolute') {
    if (spec.maxErrorRate === undefined) {
      throw new Error(`judge: count signal '${spec.id}' has an absolute baseline but no maxErrorRate`);
    }
    return 'absolute';
  }
  if (spec.baseline === 'pre-deploy') return 'pre-deploy';
  // A count signal without any baseline can only be judged against an acceptable rate.
  if (spec.maxErrorRate !== undefined) return 'absolute';
  throw new Error(
    `judge: count signal '${spec.id}' has baseline 'none' and no maxErrorRate; nothing to compare with`
  );
}

function feedBaseline(state: SignalState, readings: Reading[], error: string | null, t: number): void {
  if (error && state.count?.mode === 'pre-deploy') state.count.baselineError = error;
  for (const r of readings) {
    if (r.kind === 'count' && state.count?.mode === 'pre-deploy') {
      state.count.test.addBaseline({ errors: r.errors, total: r.total });
      if (r.total > 0) state.series.push({ t, value: r.errors / r.total, group: 'baseline' });
    } else if (r.kind === 'level' && state.level) {
      state.level.baselineValues.push(r.value);
    }
  }
}

function feedPoll(state: SignalState, readings: Reading[], error: string | null, t: number): void {
  const { spec } = state;
  const since = state.lastPollAt;
  state.lastPollAt = t;
  if (error !== null) {
    state.sourceErrors += 1;
    state.consecutiveErrors += 1;
    state.lastError = error;
    if (state.consecutiveErrors >= state.maxErrors) {
      const onError = spec.onError ?? 'inconclusive';
      state.ended = {
        verdict: onError,
        reason: `${spec.id}: source failed ${state.consecutiveErrors} polls in a row (last: ${error}); ended as ${onError}`,
        decidedAt: t
      };
    }
    return;
  }
  if (readings.length === 0) return;
  state.consecutiveErrors = 0;
  if (state.count) feedCount(state, readings, t, since);
  else if (state.level) feedLevel(state, readings, t);
  else if (state.health) feedHealth(state, readings, t);
}

function sumCounts(
  readings: Reading[],
  group: 'canary' | 'baseline'
): { errors: number; total: number } | undefined {
  const mine = readings.filter(
    (r): r is Extract<Reading, { kind: 'count' }> => r.kind === 'count' && r.group === group
  );
  if (mine.length === 0) return undefined;
  return { errors: mine.reduce((s, r) => s + r.errors, 0), total: mine.reduce((s, r) => s + r.total, 0) };
}

function feedCount(state: SignalState, readings: Reading[], t: number, since: number): void {
  const count = state.count!;
  const canary = sumCounts(readings, 'canary');
  if (!canary) return;
  const baseline = count.mode === 'concurrent' ? sumCounts(readings, 'baseline') : undefined;
  const status = count.test.addInterval({ canary, start: since, ...(baseline ? { baseline } : {}) });
  if (canary.total > 0) state.series.push({ t, value: canary.errors / canary.total, group: 'canary' });
  if (baseline && baseline.total > 0)
    state.series.push({ t, value: baseline.errors / baseline.total, group: 'baseline' });
  if (status.blocked) {
    const why = count.baselineError
      ? `${status.blocked} (baseline query failed: ${count.baselineError})`
      : status.blocked;
    state.ended = { verdict: 'inconclusive', reason: `${state.spec.id}: ${why}`, decidedAt: t };
  } else if (status.decision === 'fail') {
    state.ended = { verdict: 'fail', reason: countReason(state, status, t), decidedAt: t };
  }
}

function feedLevel(state: SignalState, readings: Reading[], t: number): void {
  const level = state.level!;
  const canary = readings.find((r) => r.kind === 'level' && r.group === 'canary');
  if (!canary || canary.kind !== 'level') return;
  const concurrent = readings.find((r) => r.kind === 'level' && r.group === 'baseline');
  const baselineLevel =
    concurrent && concurrent.kind === 'level'
      ? concurrent.value
      : level.baselineValues.length
        ? mean(level.baselineValues)
        : null;
  level.lastBaseline = baselineLevel;
  const status = level.guard.observe(canary.value, baselineLevel);
  state.series.push({ t, value: canary.value, group: 'canary' });
  if (concurrent && concurrent.kind === 'level')
    state.series.push({ t, value: concurrent.value, group: 'baseline' });
  if (status.decision === 'fail') {
    state.ended = {
      verdict: 'fail',
      reason: `${state.spec.id} ${significant(canary.value)}${unit(state.spec)} ${status.breach} for ${status.consecutiveBreaches} polls in a row after ${duration(t)}`,
      decidedAt: t
    };
  }
}

function feedHealth(state: SignalState, readings: Reading[], t: number): void {
  for (const r of readings) {
    if (r.kind !== 'health') continue;
    const status = state.health!.observe(r.healthy, r.detail);
    state.series.push({ t, value: r.healthy ? 1 : 0, group: 'canary' });
    if (status.decision === 'fail' && !state.ended) {
      state.ended = {
        verdict: 'fail',
        reason: `${state.spec.id} unhealthy ${status.consecutiveFailures} checks in a row (${r.detail}) after ${duration(t)}`,
        decidedAt: t
      };
    }
  }
}

/** Ready to pass early: a confident count pass, or enough clean guardrail checks. */
function readyToPass(state: SignalState): boolean {
  if (state.ended) return state.ended.verdict === 'pass';
  if (state.count) return state.count.test.status().decision === 'pass';
  if (state.level) return state.level.guard.status().readyToPass;
  return state.health!.status().readyToPass;
}

function closeAtWindowEnd(state: SignalState, t: number): Ended {
  const { spec } = state;
  if (state.count) {
    const status = state.count.test.status();
    if (status.canary.total === 0) {
      const why =
        state.sourceErrors > 0
          ? `no traffic observed (${state.sourceErrors} source errors)`
          : 'no traffic observed';
      return { verdict: 'inconclusive', reason: `${spec.id}: ${why} in ${duration(t)}`, decidedAt: t };
    }
    if (status.decision === 'pass')
      return { verdict: 'pass', reason: countReason(state, status, t), decidedAt: t };
    if (state.count.mode === 'concurrent' && status.baseline.total === 0) {
      return {
        verdict: 'inconclusive',
        reason: `${spec.id}: no baseline-group traffic to compare with in ${duration(t)}`,
        decidedAt: t
      };
    }
    // An acceptable-rate signal (HTTP probes: a handful per poll) can never gather enough probes for
    // a confident pass within a window, so at the end it is judged like a guardrail: enough checks,
    // rate within the limit. The fail side stays the sequential test.
    if (
      state.count.mode === 'absolute' &&
      status.canary.total >= state.passChecks &&
      rate(status.canary) <= (status.referenceRate ?? 0)
    ) {
      return {
        verdict: 'pass',
        reason: `${spec.id} error rate ${percent(rate(status.canary))} (${status.canary.errors}/${status.canary.total}) within the acceptable ${percent(status.referenceRate)} over ${duration(t)}`,
        decidedAt: t
      };
    }
    return { verdict: 'inconclusive', reason: countReason(state, status, t), decidedAt: t };
  }
  if (state.level) {
    const status = state.level.guard.status();
    if (status.readyToPass) {
      return {
        verdict: 'pass',
        reason: `${spec.id} within bounds on ${status.cleanPolls} of ${status.polls} polls (last ${significant(status.last!)}${unit(spec)})`,
        decidedAt: t
      };
    }
    const why =
      status.polls === 0
        ? 'no data'
        : status.breach
          ? `last value ${significant(status.last!)}${unit(spec)} ${status.breach}`
          : `only ${status.cleanPolls} clean polls, ${state.passChecks} needed`;
    return { verdict: 'inconclusive', reason: `${spec.id}: ${why} in ${duration(t)}`, decidedAt: t };
  }
  const status = state.health!.status();
  if (status.readyToPass) {
    return {
      verdict: 'pass',
      reason: `${spec.id} healthy on ${status.healthyChecks} of ${status.checks} checks`,
      decidedAt: t
    };
  }
  const why =
    status.checks === 0
      ? 'no health checks completed'
      : `${status.healthyChecks} healthy of ${status.checks} checks, last: ${status.lastDetail}`;
  return { verdict: 'inconclusive', reason: `${spec.id}: ${why} in ${duration(t)}`, decidedAt: t };
}

/** A pass that would come before the bake ends (the window closed early) is inconclusive instead. */
function beforeBake(ended: Ended, bakeMs: number): Ended {
  if (ended.verdict !== 'pass' || ended.decidedAt >= bakeMs) return ended;
  return {
    verdict: 'inconclusive',
    reason: `${ended.reason}; but observation ended at ${duration(ended.decidedAt)}, before the bake time of ${duration(bakeMs)}, and no signal passes before it`,
    decidedAt: ended.decidedAt
  };
}

function overall(states: SignalState[], t: number, atEnd: boolean, bakeMs: number): Verdict {
  const failed = states
    .filter((s) => s.ended?.verdict === 'fail')
    .sort((a, b) => a.ended!.decidedAt - b.ended!.decidedAt);
  const criticalFail = failed.find((s) => s.spec.critical);
  const open = states.filter((s) => !s.ended);
  const allReady = states.length > 0 && states.every(readyToPass);
  let verdict: Verdict['verdict'] = 'pending';
  let decisive: SignalState | undefined;
  if (criticalFail) [verdict, decisive] = ['fail', criticalFail];
  else if (failed.length > 0 && (atEnd || open.every(readyToPass))) [verdict, decisive] = ['fail', failed[0]];
  else if (allReady && t >= bakeMs) verdict = 'pass';
  else if (atEnd || (open.length === 0 && !allReady)) {
    verdict =
      states.length === 0
        ? 'inconclusive'
        : states.every((s) => s.ended?.verdict === 'pass')
          ? 'pass'
          : 'inconclusive';
    decisive = states.find((s) => s.ended?.verdict !== 'pass');
  }
  const baking = verdict === 'pending' && allReady ? bakeMs - t : null;
  const signals = states.map((s) => evidence(s, verdict === 'pass', t, t < bakeMs ? bakeMs - t : null));
  return {
    verdict,
    reason:
      baking !== null
        ? `all ${signals.length} signals ready to pass; bake ends in ${duration(baking)}`
        : overallReason(verdict, decisive, signals),
    ...(baking !== null ? { bakeLeftMs: baking } : {}),
    decidedAt: verdict === 'pending' ? null : t,
    signals
  };
}

function overallReason(
  verdict: Verdict['verdict'],
  decisive: SignalState | undefined,
  signals: SignalEvidence[]
): string {
  if (signals.length === 0) return 'no signals configured: nothing to judge';
  if (verdict === 'pending')
    return `watching ${signals.filter((s) => s.verdict === 'pending').length} of ${signals.length} signals`;
  if (verdict === 'pass')
    return `all ${signals.length} signals passed: ${signals.map((s) => s.reason).join('; ')}`;
  const reason = decisive ? signals.find((s) => s.id === decisive.spec.id)?.reason : undefined;
  return reason ?? `${verdict}`;
}

function evidence(
  state: SignalState,
  overallPass: boolean,
  t: number,
  bakeLeft: number | null
): SignalEvidence {
  const { spec } = state;
  let verdict: SignalEvidence['verdict'] = state.ended?.verdict ?? 'pending';
  let reason = state.ended?.reason ?? '';
  let decidedAt = state.ended?.decidedAt ?? null;
  if (!state.ended && overallPass) {
    const closed = closeAtWindowEnd(state, t);
    [verdict, reason, decidedAt] = ['pass', closed.reason, t];
  }
  const out: SignalEvidence = {
    id: spec.id,
    kind: spec.kind,
    critical: spec.critical,
    verdict,
    reason,
    decidedAt,
    sourceErrors: state.sourceErrors,
    series: state.series
  };
  if (state.count) {
    const s = state.count.test.status();
    if (!reason) out.reason = t <= 0 ? `${spec.id}: collecting the baseline` : countReason(state, s, t);
    out.canary = { ...s.canary, rate: rate(s.canary) };
    out.baseline = { ...s.baseline, rate: s.referenceRate ?? rate(s.baseline), source: spec.baseline };
    const showPass = verdict === 'pass';
    out.statistic = showPass ? s.ePass : s.eFail;
    out.threshold = showPass ? s.passThreshold : s.failThreshold;
    if (state.alpha !== undefined) out.alpha = state.alpha;
  } else if (state.level) {
    const s = state.level.guard.status();
    out.level = {
      value: s.last ?? NaN,
      ...(state.level.lastBaseline !== null ? { baseline: state.level.lastBaseline } : {}),
      ...(spec.max !== undefined ? { max: spec.max } : {}),
      ...(spec.min !== undefined ? { min: spec.min } : {}),
      ...(spec.unit !== undefined ? { unit: spec.unit } : {})
    };
    if (!reason)
      out.reason =
        s.polls === 0
          ? `${spec.id}: no data yet`
          : `${spec.id} ${significant(s.last!)}${unit(spec)}${s.breach ? ` ${s.breach}` : ' within bounds'}`;
  } else if (state.health) {
    const s = state.health.status();
    out.health = {
      consecutiveFailures: s.consecutiveFailures,
      checks: s.checks,
      failures: s.failures,
      lastDetail: s.lastDetail
    };
    if (!reason) out.reason = `${spec.id}: ${s.healthyChecks} healthy of ${s.checks} checks`;
  }
  if (state.lastError && !reason) out.reason = `${spec.id}: last poll failed (${state.lastError})`;
  if (verdict === 'pending' && bakeLeft !== null && readyToPass(state)) {
    out.reason += `; bake ends in ${duration(bakeLeft)}`;
  }
  return out;
}

/**
 * e.g. "http_5xx error rate 2.1% (42/2000) vs baseline 0.98% (x2.1, tolerance x1.1); e-value 41 >=
 * 20 (alpha 0.05) after 3 m 20 s". Printed from the very status the decision was taken on, with
 * the comparison that decided it (compared() keeps it true at any rounding).
 */
function countReason(state: SignalState, s: CountTestStatus, t: number): string {
  const { spec } = state;
  const mode = state.count!.mode;
  const canaryRate = rate(s.canary);
  const floor = s.floor?.binding ? s.floor : null;
  const baselineWords =
    mode === 'pre-deploy'
      ? `pre-deploy baseline ${percent(s.referenceRate)} (${s.baseline.errors}/${s.baseline.total})`
      : `baseline ${percent(s.referenceRate)}`;
  const ref =
    mode === 'absolute'
      ? `acceptable ${percent(s.referenceRate)}`
      : floor
        ? `acceptable ${percent(floor.rate)} (min-rate, above x${significant(s.tolerance)} the ${baselineWords})`
        : baselineWords;
  const ratio = s.ratio !== null ? `x${significant(s.ratio)}, ` : '';
  const tolerance = mode === 'absolute' || floor ? '' : `tolerance x${significant(s.tolerance)}`;
  const head = `${spec.id} ${rateLabel(spec)} ${percent(canaryRate)} (${s.canary.errors}/${s.canary.total}) vs ${ref}${floor ? '' : ` (${ratio}${tolerance || 'limit'})`}`;
  const dispersion = s.phi > 1.05 ? `, dispersion x${significant(s.phi)}` : '';
  const alpha = `alpha ${significant(state.alpha!)}`;
  const since =
    s.changeSince !== null && s.eFail >= s.failThreshold
      ? `, regression since ${duration(s.changeSince)}`
      : '';
  if (s.decision === 'fail') {
    return `${head}; e-value ${compared(s.eFail, s.failThreshold)} (${alpha}${dispersion}${since}) after ${duration(t)}`;
  }
  if (s.decision === 'pass') {
    const below =
      mode === 'absolute'
        ? `the acceptable rate`
        : s.floor && s.floor.binding
          ? `${percent(s.floor.passRate)}`
          : `x${significant(state.passRatio)} the baseline`;
    return `${head}; pass e-value ${compared(s.ePass, s.passThreshold)}: confidently below ${below} (${alpha}${dispersion}) after ${duration(t)}`;
  }
  const minNote =
    s.eFail >= s.failThreshold
      ? `, but only ${s.canary.errors} errors (fewer than min-errors ${state.minErrors})`
      : '';
  return `${head}; e-value ${compared(s.eFail, s.failThreshold)}${minNote}, pass e-value ${compared(s.ePass, s.passThreshold)} (${alpha}${dispersion}): not enough evidence either way after ${duration(t)}`;
}

/**
 * What the count is a share of, in words: "error rate" unless the source names it (a latency
 * signal built from a histogram: e.g. "share slower than 500 ms (le 0.5)") in `rateLabel`.
 */
function rateLabel(spec: SignalSpec): string {
  return 'rateLabel' in spec && typeof spec.rateLabel === 'string' && spec.rateLabel
    ? spec.rateLabel
    : 'error rate';
}

function rate(cell: { errors: number; total: number }): number {
  return cell.total > 0 ? cell.errors / cell.total : 0;
}

function mean(values: number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function unit(spec: SignalSpec): string {
  return spec.unit ? ` ${spec.unit}` : '';
}

function validateSettings(s: JudgeSettings): void {
  const bad = (key: string, expected: string, got: unknown) =>
    new Error(`judge settings: ${key} must be ${expected}, got ${String(got)}`);
  if (!(s.alpha > 0 && s.alpha < 1)) throw bad('alpha', 'in (0, 1)', s.alpha);
  if (!(s.tolerance >= 1)) throw bad('tolerance', '>= 1', s.tolerance);
  if (!(s.windowMs > 0)) throw bad('windowMs', '> 0', s.windowMs);
  if (!(s.minErrors >= 0)) throw bad('minErrors', '>= 0', s.minErrors);
  if (!(s.maxConsecutiveErrors >= 1)) throw bad('maxConsecutiveErrors', '>= 1', s.maxConsecutiveErrors);
  if (s.passRatio !== undefined && !(s.passRatio > 1)) throw bad('passRatio', '> 1', s.passRatio);
  if (s.bakeMs !== undefined && !(s.bakeMs >= 0 && s.bakeMs <= s.windowMs)) {
    throw bad('bakeMs', `between 0 and windowMs (${s.windowMs})`, s.bakeMs);
  }
  if (s.minRate !== undefined && !(s.minRate >= 0 && s.minRate < 1))
    throw bad('minRate', 'in [0, 1)', s.minRate);
  const cd = s.changeDetection;
  if (
    cd &&
    !(Number.isInteger(cd.count) && cd.count >= 1 && cd.wholeWindowWeight > 0 && cd.wholeWindowWeight <= 1)
  ) {
    throw bad(
      'changeDetection',
      'an integer count >= 1 and a wholeWindowWeight in (0, 1]',
      JSON.stringify(cd)
    );
  }
}
