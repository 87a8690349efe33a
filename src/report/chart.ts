/**
 * Mermaid charts of a signal over time. GitHub renders ```mermaid blocks in issues, check runs
 * and job summaries; `xychart-beta` has no vertical marker, so the deploy is marked on the
 * x axis itself (the label `deploy`) and the baseline is drawn as its own line.
 */
import type { SignalEvidence } from '../verdict/types.js';
import { formatOffset } from './format.js';

const MAX_POINTS = 40;

export function signalChart(signal: SignalEvidence): string | null {
  const isRate = signal.kind === 'count';
  const scale = isRate ? 100 : 1;
  const after = signal.series.filter((p) => p.group === 'canary' && p.t > 0);
  if (after.length < 2) return null;
  // Before the deploy the line shows the pre-deploy slices (recorded as baseline points at t <= 0),
  // after it the new version: one line, so the step at the deploy is what the eye catches.
  const before = signal.series.filter((p) => p.t <= 0);
  const concurrentByT = new Map(
    signal.series.filter((p) => p.group === 'baseline' && p.t > 0).map((p) => [p.t, p.value])
  );
  const reference =
    signal.baseline && signal.baseline.source !== 'concurrent'
      ? signal.baseline.rate
      : signal.level?.baseline;
  const referenceName = signal.baseline?.source === 'absolute' ? 'limit' : 'baseline';
  const firstConcurrent: number | undefined = concurrentByT.values().next().value;
  const points = [
    ...downsample(before, Math.min(before.length, 8)),
    {
      t: 0,
      value: reference ?? before.at(-1)?.value ?? firstConcurrent ?? after[0]!.value,
      group: 'deploy' as const
    },
    ...downsample(after, MAX_POINTS)
  ];
  const labels = points.map((p) => (p.t === 0 ? 'deploy' : formatOffset(p.t)));
  const values = points.map((p) => round(p.value * scale));
  const second = points.map((p) => {
    const v = p.t > 0 ? (concurrentByT.get(p.t) ?? reference) : (reference ?? firstConcurrent);
    return v === undefined ? null : round(v * scale);
  });
  const hasSecond = second.every((v) => v !== null);
  const limit = signal.level?.max !== undefined ? signal.level.max * scale : undefined;
  const all = [...values, ...(hasSecond ? (second as number[]) : [])];
  const top = niceCeiling(Math.max(...all, limit ?? 0, isRate ? 0.1 : 1));
  const unit = isRate ? 'error rate %' : sanitize(signal.level?.unit ?? 'value');
  const secondName = concurrentByT.size ? 'old version' : referenceName;
  const lines = [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    '    width: 720',
    '    height: 260',
    '---',
    'xychart-beta',
    `  title "${sanitize(signal.id)}: ${unit}${hasSecond ? ` (second line: ${secondName})` : ''}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${unit}" 0 --> ${top}`,
    `  line [${values.join(', ')}]`
  ];
  if (hasSecond) lines.push(`  line [${(second as number[]).join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
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

/** Signal ids are validated by the config, but a chart title must never break the block. */
function sanitize(text: string): string {
  // Quotes end a mermaid string, backticks and line breaks the fence; bidi controls reorder text.
  return text.replace(/["`\n\r\u202A-\u202E\u2066-\u2069]/g, '');
}
