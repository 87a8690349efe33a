/**
 * Detection benchmark, part two: regressions that start late or grow, no-change traces whose
 * traffic swings or bursts, a step verdict followed by a 2 h watch, and latency as a count signal.
 *
 * Window 15 min, interval 15 s (the settings of issue 11), alpha 0.05, tolerance x1.1, pre-deploy
 * baseline 30 min in 12 slices; concurrent: a 25% canary. Three judges on the same traces:
 * - now: the defaults (bake half the window, change detection, min-rate 0.1%);
 * - whole window: the same without change detection (the fail side tests the whole window only);
 * - before: bake 0, no change detection, no floor: the judge as it was before issue 11.
 * Delays are counted from the onset (ramps: from the deploy); misses count as never.
 */
import { createJudge } from '../src/verdict/judge.js';
import type { JudgeSettings, Observation } from '../src/verdict/types.js';
import type { SignalSpec } from '../src/sources/types.js';
import {
  fmtTime,
  gammaMeanOne,
  median,
  mulberry32,
  normal,
  pct,
  poisson,
  settingsWith
} from './detection.js';

const WINDOW_S = 900;
const INTERVAL_S = 15;
const BASELINE_S = 1800;
const SLICES = 12;
const NULL_TRACES = 500;
const REGRESSION_TRACES = 200;
/** One trace's intervals in the pre-deploy baseline and in the window, in seconds from the deploy. */
const SHARED_BURST_SHAPE = 2;
const GROUP_BURST_SHAPE = 10;

type Mode = 'pre-deploy' | 'concurrent';
type Traffic = 'poisson' | 'bursty' | 'diurnal';
interface Cell {
  errors: number;
  total: number;
}
interface Trace {
  preDeploy: Cell[];
  canary: { t: number; cell: Cell }[];
  baseline: Cell[];
}
interface Shape {
  name: string;
  /** Canary error-rate ratio over the old version at s seconds after the deploy. */
  ratio: (s: number) => number;
  /** Seconds after the deploy from which delays count; null: no change. */
  onset: number | null;
}

const SHAPES: Record<'none' | 'late' | 'ramp', Shape> = {
  none: { name: 'no change', ratio: () => 1, onset: null },
  late: { name: 'late onset x4 at 5 min', ratio: (s) => (s > 300 ? 4 : 1), onset: 300 },
  ramp: { name: 'ramp x1 -> x4 over 10 min', ratio: (s) => 1 + 3 * Math.min(1, s / 600), onset: 0 }
};

/**
 * Diurnal: traffic follows a 1 h cycle of +-50% (a compressed day: the 30 min baseline sees the
 * trough, the window the climb), with the same error rate per request throughout.
 */
function load(traffic: Traffic, s: number): number {
  return traffic === 'diurnal' ? 1 + 0.5 * Math.sin((2 * Math.PI * s) / 3600) : 1;
}

function generate(
  rand: () => number,
  traffic: Traffic,
  rate: number,
  rps: number,
  shape: Shape,
  windowS = WINDOW_S,
  intervalS = INTERVAL_S
): Trace {
  const interval = (s: number, p: number, shared: number, scale: number): Cell => {
    const total = poisson(rand, rps * intervalS * scale * load(traffic, s));
    const burst = traffic === 'bursty' ? shared * gammaMeanOne(rand, GROUP_BURST_SHAPE) : 1;
    return { total, errors: Math.min(total, poisson(rand, total * Math.min(1, p * burst))) };
  };
  const shared = () => (traffic === 'bursty' ? gammaMeanOne(rand, SHARED_BURST_SHAPE) : 1);
  // The baseline is made of 15 s intervals whatever the window's resolution: 10 per slice.
  const perSlice = BASELINE_S / INTERVAL_S / SLICES;
  const preDeploy = Array.from({ length: SLICES }, (_, i) => {
    const slice = { errors: 0, total: 0 };
    for (let k = 0; k < perSlice; k++) {
      const c = interval(
        -BASELINE_S + (i * perSlice + k) * INTERVAL_S,
        rate,
        shared(),
        3 * (INTERVAL_S / intervalS)
      );
      slice.errors += c.errors;
      slice.total += c.total;
    }
    return slice;
  });
  const canary: Trace['canary'] = [];
  const baseline: Cell[] = [];
  for (let t = intervalS; t <= windowS; t += intervalS) {
    const s = shared();
    const mid = t - intervalS / 2;
    canary.push({ t, cell: interval(mid, rate * shape.ratio(mid), s, 1) });
    baseline.push(interval(mid, rate, s, 3));
  }
  return { preDeploy, canary, baseline };
}

interface Outcome {
  verdict: 'pass' | 'fail' | 'inconclusive';
  at: number;
}

function run(trace: Trace, mode: Mode, settings: JudgeSettings, windowS = WINDOW_S): Outcome {
  const spec: SignalSpec = { id: 'errors', kind: 'count', baseline: mode, critical: true };
  const judge = createJudge(settings, [spec]);
  const count = (group: 'canary' | 'baseline', c: Cell) => ({
    signal: 'errors',
    kind: 'count' as const,
    group,
    errors: c.errors,
    total: c.total
  });
  if (mode === 'pre-deploy') {
    const sliceMs = (BASELINE_S / SLICES) * 1000;
    trace.preDeploy.forEach((c, i) =>
      judge.observe({ t: (i - SLICES + 1) * sliceMs, readings: [count('canary', c)], errors: [] })
    );
  }
  for (let i = 0; i < trace.canary.length; i++) {
    const { t, cell } = trace.canary[i]!;
    const readings = [count('canary', cell)];
    if (mode === 'concurrent') readings.push(count('baseline', trace.baseline[i]!));
    const obs: Observation = { t: t * 1000, readings, errors: [] };
    const v = judge.observe(obs);
    if (v.verdict !== 'pending') return { verdict: v.verdict, at: t };
  }
  const v = judge.finish(windowS * 1000);
  return { verdict: v.verdict === 'pending' ? 'inconclusive' : v.verdict, at: windowS };
}

const JUDGES: { name: string; over: Partial<JudgeSettings> }[] = [
  { name: 'now', over: {} },
  { name: 'whole window', over: { changeDetection: false } },
  { name: 'before', over: { bakeMs: 0, changeDetection: false, minRate: 0 } }
];

function settingsFor(over: Partial<JudgeSettings>): JudgeSettings {
  return settingsWith({ tolerance: 1.1, windowMs: WINDOW_S * 1000, ...over });
}

interface Row {
  label: string;
  cells: string[];
  falseAlarm?: number;
  caught?: number;
  delay?: number;
}

function changeCell(
  seed: number,
  mode: Mode,
  traffic: Traffic,
  rate: number,
  rps: number,
  shape: Shape
): Row {
  const rand = mulberry32(seed);
  const count = shape.onset === null ? NULL_TRACES : REGRESSION_TRACES;
  const traces = Array.from({ length: count }, () => generate(rand, traffic, rate, rps, shape));
  const label = `${shape.name} | ${mode} | ${traffic} | ${rate * 100}% | ${rps}`;
  const cells: string[] = [];
  let first: Omit<Row, 'label' | 'cells'> = {};
  for (const judge of JUDGES) {
    const outcomes = traces.map((t) => run(t, mode, settingsFor(judge.over)));
    const fails = outcomes.filter((o) => o.verdict === 'fail');
    const passes = outcomes.filter((o) => o.verdict === 'pass');
    if (shape.onset === null) {
      cells.push(`${pct(fails.length / count)} / ${pct(passes.length / count)}`);
      if (judge.name === 'now') first = { falseAlarm: fails.length / count };
    } else {
      const delays = outcomes.map((o) => (o.verdict === 'fail' ? o.at - shape.onset! : Infinity));
      const delay = median(delays);
      cells.push(`${pct(fails.length / count)}, ${fmtTime(delay)} / ${pct(passes.length / count)}`);
      if (judge.name === 'now') first = { caught: fails.length / count, delay };
    }
  }
  return { label, cells, ...first };
}

/**
 * Step plus watch: a 15 min step verdict at alpha x (1 - share), then a watch that replays the
 * same deploy over 2 h at 1 min resolution with alpha x share, as `mode: watch` would on every
 * scheduled run (a judge over [deploy, deploy + 2 h], fed from the metrics history; it only ever
 * fails: its bake is its whole window). A false alarm is a fail from either.
 */
function watchCell(seed: number, mode: Mode, rate: number, rps: number, share: number, shape: Shape): string {
  const rand = mulberry32(seed);
  const watchS = 7200;
  const count = shape.onset === null ? NULL_TRACES : REGRESSION_TRACES;
  let alarms = 0;
  let stepAlarms = 0;
  const delays: number[] = [];
  for (let n = 0; n < count; n++) {
    const trace = generate(rand, 'poisson', rate, rps, shape, watchS, 60);
    // The step sees the first 15 min at the watch's resolution (1 min) too: enough for the bound.
    const step = run(
      { ...trace, canary: trace.canary.filter((c) => c.t <= WINDOW_S) },
      mode,
      settingsFor({ alpha: 0.05 * (1 - share) })
    );
    const watch = run(
      trace,
      mode,
      settingsWith({ tolerance: 1.1, alpha: 0.05 * share, windowMs: watchS * 1000, bakeMs: watchS * 1000 }),
      watchS
    );
    if (step.verdict === 'fail') stepAlarms++;
    if (step.verdict === 'fail' || watch.verdict === 'fail') {
      alarms++;
      delays.push((step.verdict === 'fail' ? step.at : watch.at) - (shape.onset ?? 0));
    } else delays.push(Infinity);
  }
  const what = shape.onset === null ? 'false alarm' : 'caught';
  const delay = shape.onset === null ? '' : `, median delay ${fmtTime(median(delays))}`;
  return `| ${shape.name} | ${mode} | ${rate * 100}% | ${rps} | alpha ${0.05 * (1 - share)} step + ${0.05 * share} watch | ${what} ${pct(alarms / count)} (step alone ${pct(stepAlarms / count)})${delay} |`;
}

// --- latency as a count signal --------------------------------------------------------------------

/**
 * Latency: request times are lognormal; X is the old version's p99, so 1% of requests are slower
 * than X. The regression widens the tail (sigma x 1.133) until 2% are: a x2 shift of the share
 * slower than X. The count signal "slower than X" / "all" goes to the judge; the rule it is
 * compared with is "interval p99 above a threshold for 3 polls in a row", the p99 computed from the
 * exact request times (a histogram could only be coarser), the threshold tuned in-sample on the
 * same no-change traces to at least the judge's false alarms. Window 10 min, interval 10 s as in
 * the step table.
 */
function latencyCell(seed: number, mode: Mode, rps: number): string {
  const rand = mulberry32(seed);
  const windowS = 600;
  const intervalS = 10;
  const sigma = 0.5;
  const z99 = 2.3263;
  const x = Math.exp(sigma * z99);
  const trace = (widen: number) => {
    // Only the canary's requests (scale 1) get the regression; the old version's keep sigma.
    const draw = (scale: number) => {
      const n = poisson(rand, rps * intervalS * scale);
      const w = scale === 1 ? widen : 1;
      const times = Array.from({ length: n }, () => Math.exp(sigma * w * normal(rand)));
      return { cell: { errors: times.filter((v) => v > x).length, total: n }, times };
    };
    const perSlice = BASELINE_S / intervalS / SLICES;
    const preDeploy = Array.from({ length: SLICES }, () => {
      const slice = { errors: 0, total: 0 };
      for (let k = 0; k < perSlice; k++) {
        const c = draw(3).cell;
        slice.errors += c.errors;
        slice.total += c.total;
      }
      return slice;
    });
    const canary: { t: number; cell: Cell; p99: number }[] = [];
    const baseline: Cell[] = [];
    for (let t = intervalS; t <= windowS; t += intervalS) {
      const c = draw(1);
      const sorted = [...c.times].sort((a, b) => a - b);
      const p99 = sorted.length
        ? sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)]!
        : 0;
      canary.push({ t, cell: c.cell, p99 });
      baseline.push(draw(3).cell);
    }
    return { preDeploy, canary, baseline };
  };
  const settings = settingsWith({ tolerance: 1.1, windowMs: windowS * 1000 });
  const ruleStat = (tr: ReturnType<typeof trace>) => {
    let best = -Infinity;
    for (let i = 2; i < tr.canary.length; i++)
      best = Math.max(best, Math.min(tr.canary[i]!.p99, tr.canary[i - 1]!.p99, tr.canary[i - 2]!.p99));
    return best;
  };
  const ruleAlarm = (tr: ReturnType<typeof trace>, threshold: number) => {
    let runLength = 0;
    for (const c of tr.canary) {
      runLength = c.p99 > threshold ? runLength + 1 : 0;
      if (runLength >= 3) return c.t;
    }
    return Infinity;
  };
  const nulls = Array.from({ length: 1000 }, () => trace(1));
  const nullFails = nulls.filter((t) => run(t, mode, settings, windowS).verdict === 'fail').length;
  const stats = nulls.map(ruleStat).sort((a, b) => a - b);
  // At least as many rule alarms as the judge's (at least one, so the rule is never handed zero).
  const threshold = stats[stats.length - Math.max(1, nullFails)]! - 1e-12;
  const ruleFalse = nulls.filter((t) => ruleAlarm(t, threshold) < Infinity).length;
  // And the same rule granted 5% false alarms, several times the judge's.
  const generous = stats[Math.ceil(0.95 * stats.length) - 1]!;
  const shifted = Array.from({ length: 100 }, () => trace(z99 / 2.0537));
  const judged = shifted.map((t) => run(t, mode, settings, windowS));
  const seq = median(judged.map((o) => (o.verdict === 'fail' ? o.at : Infinity)));
  const rule = median(shifted.map((t) => ruleAlarm(t, threshold)));
  const ruleAt5 = median(shifted.map((t) => ruleAlarm(t, generous)));
  const caught = judged.filter((o) => o.verdict === 'fail').length / shifted.length;
  const speed = Number.isFinite(seq)
    ? Number.isFinite(rule)
      ? `${(rule / seq).toFixed(2)}x`
      : 'rule never'
    : '-';
  return `| ${mode} | 1% slower than X | ${rps} | ${pct(nullFails / nulls.length)} / ${pct(ruleFalse / nulls.length)} | ${fmtTime(seq)} (${pct(caught)}) | ${fmtTime(rule)} / ${fmtTime(ruleAt5)} | ${speed} |`;
}

export function benchChange(quick: boolean): string[] {
  const out: string[] = [];
  out.push('\n### Late onsets, ramps and no-change shapes (window 900 s, interval 15 s)\n');
  out.push(
    `${NULL_TRACES} no-change and ${REGRESSION_TRACES} regression traces per cell. No change: false alarm / confident pass. Regression: caught, median delay after the onset (misses count as never) / passed. ` +
      'Judges: now (bake half the window, change detection, min-rate 0.1%), whole window (no change detection), before (bake 0, no change detection, no floor: the judge before issue 11).\n'
  );
  out.push('| shape | baseline | traffic | base rate | rps | now | whole window | before |');
  out.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const plan: [Shape, Traffic, number, number][] = quick
    ? [
        [SHAPES.late, 'poisson', 0.01, 20],
        [SHAPES.ramp, 'poisson', 0.01, 20],
        [SHAPES.none, 'diurnal', 0.01, 20]
      ]
    : [
        [SHAPES.late, 'poisson', 0.01, 20],
        [SHAPES.late, 'bursty', 0.01, 20],
        [SHAPES.ramp, 'poisson', 0.01, 20],
        [SHAPES.ramp, 'bursty', 0.01, 20],
        [SHAPES.late, 'poisson', 0.001, 5],
        [SHAPES.none, 'poisson', 0.01, 20],
        [SHAPES.none, 'diurnal', 0.01, 20],
        [SHAPES.none, 'bursty', 0.01, 20],
        [SHAPES.none, 'diurnal', 0.001, 5],
        [SHAPES.none, 'bursty', 0.001, 5]
      ];
  let seed = 500;
  const rows: Row[] = [];
  for (const [shape, traffic, rate, rps] of plan) {
    for (const mode of ['pre-deploy', 'concurrent'] as Mode[]) {
      const row = changeCell(seed++, mode, traffic, rate, rps, shape);
      rows.push(row);
      out.push(`| ${row.label} | ${row.cells.join(' | ')} |`);
    }
  }
  const nulls = rows.filter((r) => r.falseAlarm !== undefined);
  out.push(
    `\nWorst false-alarm rate of the judge in the no-change cells: ${pct(Math.max(...nulls.map((r) => r.falseAlarm!)))} (target <= 5%).`
  );

  out.push('\n### Step plus watch over 2 h (1 min resolution)\n');
  out.push(
    'The step judges the first 15 min; the watch replays [deploy, deploy + 2 h] with a judge whose bake is its whole window (it can only fail). Alpha split as shown; a false alarm is a fail from either.\n'
  );
  out.push('| shape | baseline | base rate | rps | alpha | result |');
  out.push('| --- | --- | --- | --- | --- | --- |');
  const lateWatch: Shape = { name: 'late onset x4 at 60 min', ratio: (s) => (s > 3600 ? 4 : 1), onset: 3600 };
  for (const mode of ['pre-deploy', 'concurrent'] as Mode[]) {
    out.push(watchCell(seed++, mode, 0.01, 20, 0.5, SHAPES.none));
    if (!quick) out.push(watchCell(seed++, mode, 0.01, 20, 0.5, lateWatch));
  }

  out.push('\n### Latency as a count signal: the share slower than X, x2 (1% -> 2%)\n');
  out.push(
    "1000 no-change and 100 shifted traces per cell; window 600 s, interval 10 s. p99 rule: interval p99 above a threshold 3 polls in a row, tuned on the same no-change traces to at least the judge's false alarms.\n"
  );
  out.push(
    '| baseline | signal | rps | false alarm (judge / p99 rule matched) | judge: median time to detect (caught) | p99 rule: matched / at 5% false alarms | speed-up over matched |'
  );
  out.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const mode of ['pre-deploy', 'concurrent'] as Mode[]) out.push(latencyCell(seed++, mode, 20));
  return out;
}
