/**
 * Detection benchmark: the real judge on seeded generated traces, side by side with the two rules
 * people use today: a fixed threshold that must be breached k polls in a row (Argo Rollouts /
 * Flagger style) and a fixed-horizon test at the end of the window.
 *
 * The threshold is tuned in-sample on the very no-change traces of the cell, twice: to exactly as
 * many false alarms as the sequential test raised on them (the like-for-like comparison: the same
 * false-alarm rate on the same traces), and to alpha (5%), which grants the rule several times the
 * sequential test's false alarms and shows how much of its speed it owes to them.
 *
 * Traffic: Poisson request counts; errors Poisson (binomial-like) or bursty (gamma-Poisson with a
 * burst factor shared by both groups and a smaller one per group). Window 10 min, interval 10 s,
 * pre-deploy baseline 30 min (all traffic on the old version), delivered as the polling loop does
 * (src/verify/loop.ts baselineSlices): 12 slices of 150 s, one observation each at t <= 0.
 * Concurrent baseline: a 25% canary (the old version serving 3x the canary's traffic) and a 50%
 * canary (blue/green style: the old version serves as much as the canary; the rps column is always
 * the canary's). Regressions start at the deploy.
 *
 * `BENCH_QUICK=1 npm run bench -- detection`: only the 20 rps cells at 1% and 5%, x2 only, no
 * tuning table; for iterating. Reported numbers come from the full run. `BENCH_ONLY_CHANGE=1`:
 * only the tables of detection-change.ts (late onsets, ramps, watch, latency). For one-off tuning,
 * BENCH_MIN_RATE, BENCH_WHOLE_WEIGHT and BENCH_CHANGE_POINTS (0: off) override the judge's
 * defaults; recorded runs set none of them.
 */
import { createJudge, DEFAULT_PASS_RATIO } from '../src/verdict/judge.js';
import type { JudgeSettings, Observation } from '../src/verdict/types.js';
import type { SignalSpec } from '../src/sources/types.js';
import { benchChange } from './detection-change.js';

const INTERVAL_S = 10;
const WINDOW_S = 600;
const BASELINE_S = 1800;
const ALPHA = 0.05;
const NULL_TRACES = 1000;
const REGRESSION_TRACES = 100;
const THRESHOLD_POLLS = 3;
const TUNING_NULL_TRACES = 200;
/** Mirrors MAX_BASELINE_SLICES in src/verify/loop.ts: the loop polls the baseline in this many slices. */
const BASELINE_SLICES = 12;
/** Concurrent baseline: the old version serves this many times the canary's traffic (3: a 25% canary; 1: 50%). */
const BASELINE_TRAFFIC = { concurrent: 3, 'concurrent-50': 1 } as const;
const QUICK = process.env['BENCH_QUICK'] === '1';

/** `concurrent-50` is the concurrent baseline with a 50% canary; the judge sees plain `concurrent`. */
type Mode = 'concurrent' | 'concurrent-50' | 'pre-deploy';
type Traffic = 'poisson' | 'bursty';
interface Cell {
  errors: number;
  total: number;
}
interface Trace {
  preDeploy: Cell[];
  canary: Cell[];
  baseline: Cell[];
}

// --- seeded randomness ------------------------------------------------------------------------

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function normal(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
}

export function poisson(rand: () => number, lambda: number): number {
  if (lambda <= 0) return 0;
  if (lambda > 60) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * normal(rand)));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

/** Gamma(shape, scale 1/shape): mean 1, variance 1/shape (Marsaglia-Tsang). */
export function gammaMeanOne(rand: () => number, shape: number): number {
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rand);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rand();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / shape;
  }
}

// --- traces ------------------------------------------------------------------------------------

const SHARED_BURST_SHAPE = 2; // CV 0.71: error bursts that hit every version (dependency blips)
const GROUP_BURST_SHAPE = 10; // CV 0.32: bursts particular to one group

function generate(
  rand: () => number,
  traffic: Traffic,
  rate: number,
  rps: number,
  ratio: number,
  mode: Mode
): Trace {
  const perInterval = rps * INTERVAL_S;
  const baselineTraffic = mode === 'pre-deploy' ? 3 : BASELINE_TRAFFIC[mode];
  const interval = (p: number, shared: number, scale = 1): Cell => {
    const total = poisson(rand, perInterval * scale);
    const burst = traffic === 'bursty' ? shared * gammaMeanOne(rand, GROUP_BURST_SHAPE) : 1;
    return { total, errors: Math.min(total, poisson(rand, total * Math.min(1, p * burst))) };
  };
  const shared = () => (traffic === 'bursty' ? gammaMeanOne(rand, SHARED_BURST_SHAPE) : 1);
  // Each baseline slice sums 10 s intervals, each with its own burst, as a query over 150 s would.
  const perSlice = BASELINE_S / INTERVAL_S / BASELINE_SLICES;
  const preDeploy = Array.from({ length: BASELINE_SLICES }, () => {
    const slice = { errors: 0, total: 0 };
    for (let k = 0; k < perSlice; k++) {
      const c = interval(rate, shared());
      slice.errors += c.errors;
      slice.total += c.total;
    }
    return slice;
  });
  const canary: Cell[] = [];
  const baseline: Cell[] = [];
  for (let i = 0; i < WINDOW_S / INTERVAL_S; i++) {
    const s = shared();
    canary.push(interval(rate * ratio, s));
    baseline.push(interval(rate, s, baselineTraffic));
  }
  return { preDeploy, canary, baseline };
}

// --- the contenders ---------------------------------------------------------------------------

interface Outcome {
  verdict: 'pass' | 'fail' | 'inconclusive';
  /** Seconds after the deploy of the decision (window end when undecided). */
  at: number;
}

function runJudge(trace: Trace, mode: Mode, settings: JudgeSettings): Outcome {
  const spec: SignalSpec = {
    id: 'errors',
    kind: 'count',
    baseline: mode === 'pre-deploy' ? 'pre-deploy' : 'concurrent',
    critical: true
  };
  const judge = createJudge(settings, [spec]);
  if (mode === 'pre-deploy') {
    const sliceMs = (BASELINE_S / trace.preDeploy.length) * 1000;
    trace.preDeploy.forEach((c, i) => {
      judge.observe({
        t: (i - trace.preDeploy.length + 1) * sliceMs,
        readings: [count('canary', c)],
        errors: []
      });
    });
  }
  for (let i = 0; i < trace.canary.length; i++) {
    const t = (i + 1) * INTERVAL_S;
    const readings = [count('canary', trace.canary[i]!)];
    if (mode !== 'pre-deploy') readings.push(count('baseline', trace.baseline[i]!));
    const obs: Observation = { t: t * 1000, readings, errors: [] };
    const v = judge.observe(obs);
    if (v.verdict !== 'pending') return { verdict: v.verdict, at: t };
  }
  const v = judge.finish(WINDOW_S * 1000);
  return { verdict: v.verdict === 'pending' ? 'inconclusive' : v.verdict, at: WINDOW_S };
}

function count(group: 'canary' | 'baseline', c: Cell) {
  return { signal: 'errors', kind: 'count' as const, group, errors: c.errors, total: c.total };
}

/** The largest threshold a trace's rule would have alarmed on: max over time of the k-poll minimum rate. */
function thresholdStatistic(trace: Trace): number {
  const rates = trace.canary.map((c) => (c.total > 0 ? c.errors / c.total : 0));
  let best = -Infinity;
  for (let i = THRESHOLD_POLLS - 1; i < rates.length; i++) {
    best = Math.max(best, Math.min(...rates.slice(i - THRESHOLD_POLLS + 1, i + 1)));
  }
  return best;
}

/** Seconds to the first alarm of "rate > threshold for k polls in a row", or null. */
function thresholdAlarm(trace: Trace, threshold: number): number | null {
  let run = 0;
  for (let i = 0; i < trace.canary.length; i++) {
    const c = trace.canary[i]!;
    run = c.total > 0 && c.errors / c.total > threshold ? run + 1 : 0;
    if (run >= THRESHOLD_POLLS) return (i + 1) * INTERVAL_S;
  }
  return null;
}

/** One-sided z-test of canary rate > r0 x reference at the window end. */
function fixedHorizonRejects(trace: Trace, mode: Mode, tolerance: number): boolean {
  const sum = (cells: Cell[]) =>
    cells.reduce((s, c) => ({ errors: s.errors + c.errors, total: s.total + c.total }), {
      errors: 0,
      total: 0
    });
  const can = sum(trace.canary);
  const ref = sum(mode === 'pre-deploy' ? trace.preDeploy : trace.baseline);
  if (can.total === 0 || ref.total === 0) return false;
  const pc = can.errors / can.total;
  const pb = ref.errors / ref.total;
  const variance = (pc * (1 - pc)) / can.total + (tolerance * tolerance * pb * (1 - pb)) / ref.total;
  if (variance <= 0) return false;
  return (pc - tolerance * pb) / Math.sqrt(variance) > 1.6449; // z_{0.95}
}

// --- measurement ------------------------------------------------------------------------------

export function median(values: number[]): number {
  if (values.length === 0) return Infinity;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}

/** Median where misses count as "never" (Infinity): the honest median time to detect. */
function medianWithMisses(times: (number | null)[]): number {
  return median(times.map((t) => t ?? Infinity));
}

export function fmtTime(s: number): string {
  return Number.isFinite(s) ? `${Math.round(s)} s` : 'never';
}

export function pct(share: number): string {
  return `${(100 * share).toFixed(1)}%`;
}

/** Threshold time over sequential time (> 1: the sequential test is faster); "-" when neither caught it. */
function speedup(threshold: number, seq: number): string {
  if (!Number.isFinite(seq)) return Number.isFinite(threshold) ? 'slower' : '-';
  if (!Number.isFinite(threshold)) return 'rule never';
  return `${(threshold / seq).toFixed(2)}x`;
}

/** The 2x column as ratios: how many times faster the sequential test is than each threshold rule. */
function speedups(results: CellResult[]): string[] {
  const out = [
    '\n### Speed-up over the threshold rule on 2x regressions (threshold time / sequential time)\n',
    '| baseline | traffic | base rate | rps | vs threshold matched | vs threshold at 5% |',
    '| --- | --- | --- | --- | --- | --- |'
  ];
  for (const r of results) {
    const d = r.detect.find((x) => x.ratio === 2);
    if (d) out.push(`| ${r.label} | ${speedup(d.matched, d.seq)} | ${speedup(d.threshold, d.seq)} |`);
  }
  return out;
}

interface CellResult {
  label: string;
  falseAlarm: number;
  thresholdFalseAlarm: number;
  matchedFalseAlarm: number;
  horizonFalseAlarm: number;
  passMedian: number;
  passShare: number;
  detect: {
    ratio: number;
    seq: number;
    seqPower: number;
    threshold: number;
    matched: number;
    horizonPower: number;
  }[];
}

/**
 * The highest threshold at which at least `count` of these sorted statistics exceed it: just
 * below the count-th largest value (so every trace tied with it alarms too).
 */
export function thresholdForAtLeast(sorted: number[], count: number): number {
  if (count <= 0) return sorted[sorted.length - 1]!;
  const needed = sorted[sorted.length - count]!;
  let below = -Infinity;
  for (const value of sorted) if (value < needed) below = value;
  return below;
}

export function runCell(
  seed: number,
  mode: Mode,
  traffic: Traffic,
  rate: number,
  rps: number,
  settings: JudgeSettings,
  ratios: number[],
  nullTraces = NULL_TRACES
): CellResult {
  const rand = mulberry32(seed);
  const nulls = Array.from({ length: nullTraces }, () => generate(rand, traffic, rate, rps, 1, mode));
  const nullOutcomes = nulls.map((t) => runJudge(t, mode, settings));
  const stats = nulls.map(thresholdStatistic).sort((a, b) => a - b);
  // Tuned in-sample, so the rule gets every advantage: to at most alpha, and to the sequential
  // test's own count of false alarms on these traces (the rule alarms on a trace iff its statistic
  // > threshold). Statistics tie, so "at most alpha" may leave it below alpha, and "matched" is
  // set so that it raises at least as many false alarms as the test (more where values tie).
  const threshold = stats[Math.ceil((1 - ALPHA) * stats.length) - 1]!;
  const seqFalseAlarms = nullOutcomes.filter((o) => o.verdict === 'fail').length;
  const matched = thresholdForAtLeast(stats, seqFalseAlarms);
  const passTimes = nullOutcomes.map((o) => (o.verdict === 'pass' && o.at < WINDOW_S ? o.at : null));
  const detect = ratios.map((ratio) => {
    const traces = Array.from({ length: REGRESSION_TRACES }, () =>
      generate(rand, traffic, rate, rps, ratio, mode)
    );
    const seq = traces
      .map((t) => runJudge(t, mode, settings))
      .map((o) => (o.verdict === 'fail' ? o.at : null));
    return {
      ratio,
      seq: medianWithMisses(seq),
      seqPower: seq.filter((t) => t !== null).length / traces.length,
      threshold: medianWithMisses(traces.map((t) => thresholdAlarm(t, threshold))),
      matched: medianWithMisses(traces.map((t) => thresholdAlarm(t, matched))),
      horizonPower:
        traces.filter((t) => fixedHorizonRejects(t, mode, settings.tolerance)).length / traces.length
    };
  });
  return {
    label: `${mode} | ${traffic} | ${(rate * 100).toString()}% | ${rps}`,
    falseAlarm: seqFalseAlarms / nullTraces,
    thresholdFalseAlarm: nulls.filter((t) => thresholdAlarm(t, threshold) !== null).length / nullTraces,
    matchedFalseAlarm: nulls.filter((t) => thresholdAlarm(t, matched) !== null).length / nullTraces,
    horizonFalseAlarm:
      nulls.filter((t) => fixedHorizonRejects(t, mode, settings.tolerance)).length / nullTraces,
    passMedian: medianWithMisses(passTimes),
    passShare: passTimes.filter((t) => t !== null).length / nullTraces,
    detect
  };
}

export function settingsWith(over: Partial<JudgeSettings>): JudgeSettings {
  return {
    alpha: ALPHA,
    tolerance: 1.2,
    windowMs: WINDOW_S * 1000,
    minErrors: 5,
    maxConsecutiveErrors: 3,
    ...experiment(),
    ...over
  };
}

/** Tuning knobs for one-off experiments (BENCH_MIN_RATE, BENCH_WHOLE_WEIGHT, BENCH_CHANGE_POINTS); unset in recorded runs. */
function experiment(): Partial<JudgeSettings> {
  const env = (name: string) => (process.env[name] !== undefined ? Number(process.env[name]) : undefined);
  const out: Partial<JudgeSettings> = {};
  const minRate = env('BENCH_MIN_RATE');
  if (minRate !== undefined) out.minRate = minRate;
  const weight = env('BENCH_WHOLE_WEIGHT');
  const points = env('BENCH_CHANGE_POINTS');
  if (points === 0) out.changeDetection = false;
  else if (weight !== undefined || points !== undefined)
    out.changeDetection = { count: points ?? 30, wholeWindowWeight: weight ?? 0.9 };
  return out;
}

/** The settings the main table is measured with: the recommended defaults. */
const CHOSEN = { tolerance: 1.1, passRatio: DEFAULT_PASS_RATIO };

/** Tolerance x passRatio on the headline cell (1% base rate, 20 rps), per baseline and traffic kind. */
function tuningTable(): string[] {
  const kinds = (['concurrent', 'pre-deploy'] as Mode[]).flatMap((mode) =>
    (['poisson', 'bursty'] as Traffic[]).map((traffic) => ({ mode, traffic }))
  );
  const out = [
    '\n### Choosing tolerance and passRatio (1% base rate, 20 rps)\n',
    `${TUNING_NULL_TRACES} no-change and ${REGRESSION_TRACES} x2 traces per cell. Each cell: false alarm / x2 median time to detect (caught) / confident pass on no change: share, median.\n`,
    '| tolerance | passRatio | ' + kinds.map((k) => `${k.mode} ${k.traffic}`).join(' | ') + ' |',
    '|' + ' --- |'.repeat(2 + kinds.length)
  ];
  const settingsList = [
    { tolerance: 1, passRatio: 2 },
    { tolerance: 1.05, passRatio: 2 },
    { tolerance: 1.1, passRatio: 2 },
    { tolerance: 1.2, passRatio: 2 },
    { tolerance: CHOSEN.tolerance, passRatio: 1.5 },
    { tolerance: CHOSEN.tolerance, passRatio: 3 }
  ];
  for (const over of settingsList) {
    const settings = settingsWith(over);
    const cells = kinds.map((k, i) =>
      runCell(1000 + i, k.mode, k.traffic, 0.01, 20, settings, [2], TUNING_NULL_TRACES)
    );
    out.push(
      `| ${over.tolerance} | ${over.passRatio} | ` +
        cells
          .map(
            (c) =>
              `${(c.falseAlarm * 100).toFixed(1)}% / ${fmtTime(c.detect[0]!.seq)} (${Math.round(c.detect[0]!.seqPower * 100)}%) / ${Math.round(c.passShare * 100)}%, ${fmtTime(c.passMedian)}`
          )
          .join(' | ') +
        ' |'
    );
  }
  return out;
}

export async function benchDetection(): Promise<string> {
  const started = performance.now();
  // BENCH_ONLY_CHANGE=1: only the late-onset, ramp, watch and latency tables, for iterating.
  if (process.env['BENCH_ONLY_CHANGE'] === '1') {
    const change = benchChange(QUICK);
    return [...change, `\nBenchmark time: ${((performance.now() - started) / 1000).toFixed(1)} s.`].join(
      '\n'
    );
  }
  const settings = settingsWith(CHOSEN);
  const ratios = QUICK ? [2] : [1.5, 2, 5];
  const out: string[] = [];
  out.push(
    `passRatio x${settings.passRatio}, alpha ${ALPHA}, tolerance x${settings.tolerance}, minErrors ${settings.minErrors}, window ${WINDOW_S} s, interval ${INTERVAL_S} s, ` +
      `pre-deploy baseline ${BASELINE_S} s in ${BASELINE_SLICES} slices; concurrent-50: a 50% canary (otherwise 25%); rps is the canary's; ${NULL_TRACES} no-change and ${REGRESSION_TRACES} regression traces per cell; ` +
      `threshold rule: interval rate above a threshold ${THRESHOLD_POLLS} polls in a row, tuned on the same no-change traces to at least the sequential test's false alarms on them ("matched"; more where the rule's statistic ties) and to at most ${ALPHA * 100}% ("at 5%"); ` +
      `fixed horizon: one-sided z-test at ${WINDOW_S} s. Median time to detect counts misses as never.\n`
  );
  out.push(
    '| baseline | traffic | base rate | rps | false alarm (seq / threshold matched / threshold at 5% / horizon) | confident pass: share, median | ' +
      ratios.map((r) => `x${r}: seq (caught) / threshold matched / at 5% / horizon caught`).join(' | ') +
      ' |'
  );
  out.push('|' + ' --- |'.repeat(6 + ratios.length));
  let seed = 1;
  const results: CellResult[] = [];
  for (const mode of ['concurrent', 'concurrent-50', 'pre-deploy'] as Mode[]) {
    for (const traffic of ['poisson', 'bursty'] as Traffic[]) {
      for (const rate of QUICK ? [0.01, 0.05] : [0.001, 0.01, 0.05]) {
        // The 50% canary only at 20 rps: it is there to show the split uses both arms, not a new grid.
        for (const rps of QUICK || mode === 'concurrent-50' ? [20] : [5, 20]) {
          const r = runCell(seed++, mode, traffic, rate, rps, settings, ratios);
          results.push(r);
          out.push(
            `| ${r.label} | ${pct(r.falseAlarm)} / ${pct(r.matchedFalseAlarm)} / ${pct(r.thresholdFalseAlarm)} / ${pct(r.horizonFalseAlarm)} | ` +
              `${pct(r.passShare)}, ${fmtTime(r.passMedian)} | ` +
              r.detect
                .map(
                  (d) =>
                    `${fmtTime(d.seq)} (${Math.round(d.seqPower * 100)}%) / ${fmtTime(d.matched)} / ${fmtTime(d.threshold)} / ${Math.round(d.horizonPower * 100)}% at ${WINDOW_S} s`
                )
                .join(' | ') +
              ' |'
          );
        }
      }
    }
  }
  const worstFalseAlarm = Math.max(...results.map((r) => r.falseAlarm));
  out.push(
    `\nWorst sequential false-alarm rate over all cells: ${(worstFalseAlarm * 100).toFixed(1)}% (target <= ${ALPHA * 100}%).`
  );
  out.push(...speedups(results));
  if (!QUICK) out.push(...tuningTable());
  out.push(...benchChange(QUICK));
  out.push(`\nBenchmark time: ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return out.join('\n');
}
