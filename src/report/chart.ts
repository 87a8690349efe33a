/**
 * Mermaid charts of a signal over time. GitHub renders ```mermaid blocks in issues, check runs
 * and job summaries; `xychart-beta` has no vertical marker, so the deploy is marked on the
 * x axis itself (the label `deploy`) and the baseline is drawn as its own line.
 */
import type { SignalEvidence } from '../verdict/types.js';
import { formatOffset } from './format.js';

const MAX_POINTS = 40;

export function signalChart(signal: SignalEvidence): string | null {
  const canary = signal.series.filter((p) => p.group === 'canary');
  if (canary.length < 2) return null;
  const isRate = signal.kind === 'count';
  const scale = isRate ? 100 : 1;
  const points = downsample(canary, MAX_POINTS);
  const baselineByT = new Map(signal.series.filter((p) => p.group === 'baseline').map((p) => [p.t, p.value]));
  const reference =
    signal.baseline && signal.baseline.source !== 'concurrent' ? signal.baseline.rate : undefined;
  const referenceName = signal.baseline?.source === 'absolute' ? 'limit' : 'baseline';
  const labels = points.map((p) => (p.t <= 0 ? 'deploy' : formatOffset(p.t)));
  const canaryValues = points.map((p) => round(p.value * scale));
  const baselineValues = points.map((p) => {
    const v = baselineByT.get(p.t) ?? reference ?? signal.level?.baseline;
    return v === undefined ? null : round(v * scale);
  });
  const hasBaseline = baselineValues.every((v) => v !== null);
  const all = [...canaryValues, ...(hasBaseline ? (baselineValues as number[]) : [])];
  const limit = signal.level?.max !== undefined ? signal.level.max * scale : undefined;
  const top = niceCeiling(Math.max(...all, limit ?? 0, isRate ? 0.1 : 1));
  const unit = isRate ? 'error rate %' : (signal.level?.unit ?? 'value');
  const lines = [
    '```mermaid',
    '---',
    'config:',
    '  xyChart:',
    '    width: 720',
    '    height: 260',
    '---',
    'xychart-beta',
    `  title "${sanitize(signal.id)}: ${unit} after the deploy${hasBaseline ? ` (second line: ${referenceName})` : ''}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${unit}" 0 --> ${top}`,
    `  line [${canaryValues.join(', ')}]`
  ];
  if (hasBaseline) lines.push(`  line [${(baselineValues as number[]).join(', ')}]`);
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
  return text.replace(/["`\n\r]/g, '');
}
