/**
 * Mermaid charts of a signal over time, for the incident, the job summary and the check run
 * (GitHub renders ```mermaid blocks in all three). What a chart shows is only what was measured:
 *
 * - the measured line: the pre-deploy slices and every poll after the deploy, nothing invented
 *   at the deploy moment;
 * - the reference (the level before the deploy, or the old version polled beside the new one) and
 *   the limit (baseline × tolerance, an absolute limit, a level's max/min) as their own lines,
 *   named in a legend under the chart because `xychart-beta` has none;
 * - the x axis lists the measured moments; its title names the deploy time once and says when
 *   the slots are not equal time;
 * - a failure at the first poll still gets a small bar chart (a one-point line draws nothing).
 *
 * Colours are set in the chart's own config (`themeVariables.xyChart.plotColorPalette`, read by
 * Mermaid 10 to 12), chosen to contrast at least 3:1 with GitHub's light and dark backgrounds:
 * Mermaid's default light palette draws the first line in #ECECFF, nearly invisible on white.
 */
import type { SignalEvidence } from '../verdict/types.js';
import { mermaidString } from './escape.js';
import { formatOffset } from './format.js';

/**
 * Measured, reference, limit, old version: each ≥3:1 against GitHub's light page (#ffffff), its
 * dark page (#0d1117) and the dark Mermaid theme's chart background (#333333); test:render
 * measures the drawn line against the rendered backgrounds.
 */
export const CHART_COLORS = {
  measured: '#2f81f7',
  reference: '#8b949e',
  limit: '#e5534b',
  old: '#a371f7'
} as const;

const COLOR_WORDS: Record<keyof typeof CHART_COLORS, string> = {
  measured: 'blue',
  reference: 'grey',
  limit: 'red',
  old: 'purple'
};

/** Enough points to show the shape, few enough that every time label stays readable. */
const MAX_AFTER = 16;
const MAX_BEFORE = 5;

export interface ChartOptions {
  /** r0: the ratio over the baseline a count signal tolerates; draws the limit line. */
  tolerance?: number;
  /** The deploy moment (epoch ms), named once in the x axis title. */
  deployTime?: number;
}

type Role = keyof typeof CHART_COLORS;
interface Series {
  role: Role;
  name: string;
  values: number[];
}

/**
 * The chart as a ```mermaid block with a one-line legend under it, or one line saying why there is
 * no chart. Health checks are up/down, so they are never charted (their table row says it all).
 */
export function signalChart(signal: SignalEvidence, options: ChartOptions = {}): string {
  const name = signal.id.replace(/[`\r\n]/g, '');
  if (signal.kind === 'health') return noChart(name, 'health checks are up or down, see the table');
  const isRate = signal.kind === 'count';
  const scale = isRate ? 100 : 1;
  const after = signal.series.filter((p) => p.group === 'canary' && p.t > 0 && Number.isFinite(p.value));
  if (after.length === 0) {
    return noChart(
      name,
      signal.sourceErrors > 0
        ? `the source failed on every poll after the deploy (${signal.sourceErrors} error(s))`
        : 'no reading arrived after the deploy'
    );
  }
  const before = signal.series.filter((p) => p.t <= 0 && Number.isFinite(p.value));
  const shownBefore = downsample(before, MAX_BEFORE);
  const shownAfter = downsample(after, MAX_AFTER);
  const points = [...shownBefore, ...shownAfter];
  const times = points.map((p) => p.t);

  const series: Series[] = [
    { role: 'measured', name: isRate ? 'error rate' : 'measured', values: points.map((p) => p.value) }
  ];
  const concurrent = new Map(
    signal.series.filter((p) => p.group === 'baseline' && p.t > 0).map((p) => [p.t, p.value])
  );
  const oldValues = times.map((t) => concurrent.get(t));
  if (concurrent.size && oldValues.every((v) => v !== undefined)) {
    series.push({ role: 'old', name: 'old version', values: oldValues as number[] });
  }
  for (const line of referenceLines(signal, options.tolerance)) {
    series.push({ role: line.role, name: line.name, values: times.map(() => line.value) });
  }

  const unit = isRate ? '%' : mermaidString(signal.level?.unit ?? '', 16);
  const scaled = series.map((s) => ({ ...s, values: s.values.map((v) => round(v * scale)) }));
  const top = niceCeiling(Math.max(...scaled.flatMap((s) => s.values), isRate ? 0.1 : 1));
  const title = mermaidString(`${name}: ${isRate ? 'error rate' : 'level'}${unit ? ` (${unit})` : ''}`);
  const yTitle = mermaidString(isRate ? 'errors (%)' : unit || 'value', 24);

  const lines = points.length >= 2;
  const body = lines
    ? lineChart(scaled, times, options.deployTime, title, yTitle, top)
    : barChart(scaled, times, title, yTitle, top);
  const legend = lines
    ? scaled
        .map(
          (s) =>
            `${COLOR_WORDS[s.role]}: ${s.name}${s.role === 'measured' ? '' : ` ${formatValue(s.values[0]!, unit)}`}`
        )
        .join(' · ')
    : `bars: ${scaled.map((s) => `${s.role === 'measured' ? 'measured' : s.name} ${formatValue(s.values[0]!, unit)}`).join(' · ')}`;
  return `${body}\n\n<sub>${escapeLegend(name)} · ${escapeLegend(legend)}</sub>`;
}

function lineChart(
  series: Series[],
  times: number[],
  deployTime: number | undefined,
  title: string,
  yTitle: string,
  top: number
): string {
  // One unit for the whole axis, named in its title, keeps every label short enough to read.
  const minutes = Math.max(...times.map(Math.abs)) >= 3 * 60_000;
  const labels = times.map((t) => (t === 0 ? '0' : axisLabel(t, minutes)));
  const deployAt = deployTime === undefined ? '' : ` at ${clock(deployTime)}`;
  const xTitle = `${minutes ? 'minutes' : 'seconds'} since the deploy${deployAt}${equalSteps(times) ? '' : ' (slots not to scale)'}`;
  return mermaidBlock(series, [
    `  title "${title}"`,
    `  x-axis "${mermaidString(xTitle)}" [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${yTitle}" 0 --> ${top}`,
    ...series.map((s) => `  line [${s.values.join(', ')}]`)
  ]);
}

/**
 * One poll: a line of one point draws nothing, so the measurement, the reference and the limit
 * become bars of one series, each in its own labelled slot. (Mermaid draws a zero of a second bar
 * series a few pixels tall over the first, so they cannot be split into coloured series.)
 */
function barChart(series: Series[], times: number[], title: string, yTitle: string, top: number): string {
  const labels = series.map((s) =>
    s.role === 'measured' ? `${formatOffset(times[0]!)} measured` : s.name.replace(/ \(.*\)$/, '')
  );
  return mermaidBlock(series.slice(0, 1), [
    `  title "${title}"`,
    `  x-axis "one poll after the deploy" [${labels.map((l) => `"${mermaidString(l, 24)}"`).join(', ')}]`,
    `  y-axis "${yTitle}" 0 --> ${top}`,
    `  bar [${series.map((s) => s.values[0]).join(', ')}]`
  ]);
}

function mermaidBlock(series: Series[], lines: string[]): string {
  const palette = series.map((s) => CHART_COLORS[s.role]).join(', ');
  return [
    '```mermaid',
    '---',
    'config:',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${palette}"`,
    '  xyChart:',
    '    width: 640',
    '    height: 260',
    '    xAxis:',
    '      labelFontSize: 12',
    '    yAxis:',
    '      labelFontSize: 12',
    '---',
    'xychart-beta',
    ...lines,
    '```'
  ].join('\n');
}

/** The constant lines: what the signal is compared with, and where it fails. */
function referenceLines(
  signal: SignalEvidence,
  tolerance: number | undefined
): { role: Role; name: string; value: number }[] {
  const lines: { role: Role; name: string; value: number }[] = [];
  if (signal.kind === 'count' && signal.baseline) {
    const b = signal.baseline;
    if (b.source === 'absolute') {
      lines.push({ role: 'limit', name: 'limit', value: b.rate });
    } else if (b.source !== 'none') {
      if (b.source === 'pre-deploy')
        lines.push({ role: 'reference', name: 'before the deploy', value: b.rate });
      if (tolerance !== undefined && Number.isFinite(tolerance) && tolerance > 0 && b.rate > 0) {
        lines.push({ role: 'limit', name: `limit (×${tolerance} the baseline)`, value: b.rate * tolerance });
      }
    }
  }
  if (signal.kind === 'level' && signal.level) {
    const l = signal.level;
    if (l.baseline !== undefined)
      lines.push({ role: 'reference', name: 'before the deploy', value: l.baseline });
    if (l.max !== undefined) lines.push({ role: 'limit', name: 'max', value: l.max });
    else if (l.min !== undefined) lines.push({ role: 'limit', name: 'min', value: l.min });
  }
  return lines.filter((l) => Number.isFinite(l.value));
}

function axisLabel(t: number, minutes: boolean): string {
  const v = minutes ? Number((t / 60_000).toFixed(1)) : Math.round(t / 1000);
  return `${t < 0 ? '−' : '+'}${Math.abs(v)}`;
}

/** Equal time per slot when no gap differs from the others by more than a quarter. */
function equalSteps(times: number[]): boolean {
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  if (gaps.length < 2) return true;
  return Math.max(...gaps) <= Math.min(...gaps) * 1.25;
}

function noChart(name: string, why: string): string {
  return `<sub>No chart for ${escapeLegend(name)}: ${why}.</sub>`;
}

/** The legend sits in HTML (`<sub>`): nothing in it may open a tag or ping anyone. */
function escapeLegend(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/@(?=[A-Za-z0-9])/g, '@\u200d');
}

function formatValue(v: number, unit: string): string {
  return unit === '%' ? `${v}%` : `${v}${unit ? ` ${unit}` : ''}`;
}

function clock(epochMs: number): string {
  const d = new Date(epochMs);
  return Number.isFinite(epochMs) ? `${d.toISOString().slice(11, 16)} UTC` : '?';
}

function downsample<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)]!);
}

function round(v: number): number {
  return Number.isFinite(v) ? Number(v.toPrecision(4)) : 0;
}

function niceCeiling(v: number): number {
  const exp = Math.pow(10, Math.floor(Math.log10(v)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * exp >= v) return Number((m * exp).toPrecision(3));
  return v;
}
