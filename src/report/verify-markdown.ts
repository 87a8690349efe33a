/** The verification report as markdown: job summary, check-run output, incident body section. */
import type { Assessment } from '../assess/types.js';
import type { SignalEvidence, Verdict } from '../verdict/types.js';
import { renderAssessmentMarkdown } from './assessment-markdown.js';
import { signalChart } from './chart.js';
import { codeSpan, escapeInline } from './escape.js';
import { formatDuration, formatNumber, formatPercent } from './format.js';

export interface DeployFacts {
  environment: string;
  sha?: string;
  ref?: string;
  actor?: string;
  runUrl?: string;
  deploymentUrl?: string;
  compareUrl?: string;
  /** https://github.com/owner/repo, for links to files and commits. */
  repoUrl?: string;
  /** Epoch ms. */
  deployTime: number;
  dryRun: boolean;
}

const ICON: Record<string, string> = { pass: '✅', fail: '❌', inconclusive: '⚠️', pending: '⏳' };

export function verdictHeadline(verdict: Verdict, facts: Pick<DeployFacts, 'environment'>): string {
  const when = verdict.decidedAt === null ? '' : ` after ${formatDuration(verdict.decidedAt)}`;
  return `${ICON[verdict.verdict] ?? ''} **${verdict.verdict.toUpperCase()}** in ${codeSpan(facts.environment)}${when}: ${escapeInline(verdict.reason)}`;
}

export function signalTable(signals: SignalEvidence[]): string {
  const rows = signals.map((s) => {
    const [baseline, now] = describeValues(s);
    const stat =
      s.statistic !== undefined && s.threshold !== undefined
        ? `${formatNumber(s.statistic)} / ${formatNumber(s.threshold)}`
        : s.health
          ? `${s.health.consecutiveFailures} in a row`
          : '';
    return `| ${ICON[s.verdict] ?? ''} ${escapeInline(s.id)}${s.critical ? ' (critical)' : ''} | ${s.verdict} | ${baseline} | ${now} | ${stat} | ${escapeInline(s.reason)} |`;
  });
  return [
    '| signal | verdict | baseline | now | statistic / threshold | reason |',
    '|---|---|---|---|---|---|',
    ...rows
  ].join('\n');
}

function describeValues(s: SignalEvidence): [string, string] {
  if (s.kind === 'count') {
    const base = !s.baseline
      ? '—'
      : s.baseline.source === 'absolute'
        ? `limit ${formatPercent(s.baseline.rate)}`
        : `${formatPercent(s.baseline.rate)} (${s.baseline.errors}/${s.baseline.total}, ${s.baseline.source})`;
    const now = s.canary
      ? `${formatPercent(s.canary.rate)} (${s.canary.errors}/${s.canary.total})`
      : 'no data';
    return [base, now];
  }
  if (s.kind === 'level' && s.level) {
    const unit = s.level.unit ? ` ${escapeInline(s.level.unit)}` : '';
    const limits = [
      s.level.max !== undefined ? `max ${s.level.max}` : '',
      s.level.min !== undefined ? `min ${s.level.min}` : ''
    ]
      .filter(Boolean)
      .join(', ');
    const base = s.level.baseline !== undefined ? `${formatNumber(s.level.baseline)}${unit}` : limits || '—';
    return [base, `${formatNumber(s.level.value)}${unit}`];
  }
  if (s.health) {
    return ['healthy', `${s.health.checks - s.health.failures}/${s.health.checks} healthy`];
  }
  return ['—', 'no data'];
}

export function renderVerifyMarkdown(
  verdict: Verdict,
  facts: DeployFacts,
  assessment: Assessment | null = null
): string {
  const parts = [`## Postflight: deploy verification`, '', verdictHeadline(verdict, facts), ''];
  if (facts.dryRun) parts.push('_Dry run: nothing was written to GitHub._', '');
  parts.push(signalTable(verdict.signals), '');
  const charted = verdict.signals
    .filter((s) => s.kind !== 'health')
    .sort((a, b) => Number(b.verdict === 'fail') - Number(a.verdict === 'fail'));
  for (const s of charted) {
    const chart = signalChart(s);
    if (chart) parts.push(chart, '');
  }
  if (assessment) {
    parts.push(renderAssessmentMarkdown(assessment, { repoUrl: facts.repoUrl, headSha: facts.sha }), '');
  }
  parts.push(deployFacts(facts));
  return parts.join('\n');
}

export function deployFacts(facts: DeployFacts): string {
  const lines = [
    `**Deploy** to ${codeSpan(facts.environment)} at ${new Date(facts.deployTime).toISOString()}`
  ];
  if (facts.sha)
    lines.push(`- commit: \`${facts.sha.slice(0, 12)}\`${facts.ref ? ` (${escapeInline(facts.ref)})` : ''}`);
  if (facts.actor) lines.push(`- by: ${escapeInline(facts.actor)}`);
  if (facts.runUrl) lines.push(`- workflow run: ${facts.runUrl}`);
  if (facts.deploymentUrl) lines.push(`- deployment: ${facts.deploymentUrl}`);
  if (facts.compareUrl) lines.push(`- changes: ${facts.compareUrl}`);
  return lines.join('\n');
}
