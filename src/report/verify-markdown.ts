/**
 * The verification report as markdown: job summary, check-run output, and the parts the incident
 * body shares. Every report opens with the three decision lines (src/report/decision.ts); the
 * statistics, the signal table, the charts and the findings follow.
 */
import type { Assessment } from '../assess/types.js';
import type { SignalEvidence, Verdict } from '../verdict/types.js';
import { signalChart } from './chart.js';
import { decisionLines, nextStep, type DecisionFacts } from './decision.js';
import { codeSpan, codeSpanInTable, escapeInline, linkUrl, plainText, tableCell } from './escape.js';
import { assessmentSection } from './findings.js';
import { formatClock, formatDuration, formatNumber, formatPercent } from './format.js';

export interface DeployFacts {
  environment: string;
  sha?: string;
  ref?: string;
  actor?: string;
  runUrl?: string;
  /** The deployment itself (its environment URL), not the repository's list of deployments. */
  deploymentUrl?: string;
  compareUrl?: string;
  /** https://github.com/owner/repo, for links to files and commits. */
  repoUrl?: string;
  /** Epoch ms. */
  deployTime: number;
  dryRun: boolean;
  /** The pull request that brought the deployed commit, when known. */
  pr?: number;
  /** r0 of the count signals, so charts draw the limit (baseline × tolerance). */
  tolerance?: number;
}

/**
 * A report written after the window closed has no `pending` signals: what ended without a
 * verdict is `undecided`, and the reason says why.
 */
export function signalResult(s: Pick<SignalEvidence, 'verdict'>, final = true): string {
  if (s.verdict === 'pending') return final ? 'undecided' : 'pending';
  if (s.verdict === 'inconclusive') return 'undecided';
  return s.verdict;
}

function verdictWord(verdict: Verdict['verdict'], final = true): string {
  return verdict === 'pending' && !final
    ? 'PENDING'
    : verdict === 'pass' || verdict === 'fail'
      ? verdict.toUpperCase()
      : 'UNDECIDED';
}

/** The statistical line: what the engine decided and on which numbers. */
export function verdictHeadline(
  verdict: Verdict,
  facts: Pick<DeployFacts, 'environment'>,
  final = true
): string {
  const when = verdict.decidedAt === null ? '' : ` after ${formatDuration(verdict.decidedAt)}`;
  const word = verdictWord(verdict.verdict, final);
  return `**${word}** in ${codeSpan(facts.environment)}${when}: ${escapeInline(verdict.reason)}`;
}

/** The same line as plain text, for check-run titles and statuses (GitHub shows them unrendered). */
export function plainHeadline(
  verdict: Verdict,
  facts: Pick<DeployFacts, 'environment'>,
  final = true
): string {
  const when = verdict.decidedAt === null ? '' : ` after ${formatDuration(verdict.decidedAt)}`;
  return plainText(
    `${verdictWord(verdict.verdict, final)} in ${facts.environment}${when}: ${verdict.reason}`
  );
}

/**
 * Short columns so the table fits a phone: the reasons (the long part) go in a list under it,
 * with the why of every signal that ended undecided.
 */
export function signalTable(signals: SignalEvidence[], final = true): string {
  const rows = signals.map((s) => {
    const [before, now] = describeValues(s);
    const result = signalResult(s, final);
    const stat =
      s.statistic !== undefined && s.threshold !== undefined
        ? `${formatNumber(s.statistic)} / ${formatNumber(s.threshold)}`
        : s.health
          ? `${s.health.consecutiveFailures} in a row`
          : '—';
    return `| ${codeSpanInTable(s.id)}${s.critical ? ' (critical)' : ''} | ${result === 'fail' ? '**fail**' : result} | ${before} → ${now} | ${stat} |`;
  });
  const reasons = signals.map((s) => {
    const result = signalResult(s, final);
    const why = result === 'undecided' ? undecidedWhy(s) : s.reason;
    return `- ${codeSpan(s.id)} ${result}: ${escapeInline(why)}`;
  });
  return [
    '| signal | result | before → after | e-value / limit |',
    '|---|---|---|---|',
    ...rows,
    '',
    ...reasons
  ].join('\n');
}

function undecidedWhy(s: SignalEvidence): string {
  const reason = s.reason.trim();
  if (reason && !/^pending\b/i.test(reason)) return reason;
  if (s.sourceErrors > 0)
    return `the source failed ${s.sourceErrors} time(s), so the evidence never sufficed`;
  return 'the window ended before the evidence was strong enough either way';
}

function describeValues(s: SignalEvidence): [string, string] {
  if (s.kind === 'count') {
    const base = !s.baseline
      ? '—'
      : s.baseline.source === 'absolute'
        ? `limit ${formatPercent(s.baseline.rate)}`
        : formatPercent(s.baseline.rate);
    // The error and request counts are in the reason under the table and in the JSON report:
    // the cell stays short enough for a phone.
    const now = s.canary ? formatPercent(s.canary.rate) : 'no data';
    return [base, now];
  }
  if (s.kind === 'level' && s.level) {
    const unit = s.level.unit ? ` ${tableCell(s.level.unit, 16)}` : '';
    const limits = [
      s.level.max !== undefined ? `max ${formatNumber(s.level.max)}` : '',
      s.level.min !== undefined ? `min ${formatNumber(s.level.min)}` : ''
    ]
      .filter(Boolean)
      .join(', ');
    const base = s.level.baseline !== undefined ? `${formatNumber(s.level.baseline)}${unit}` : limits || '—';
    return [base, `${formatNumber(s.level.value)}${unit}`];
  }
  if (s.health) {
    return ['healthy', `${s.health.checks - s.health.failures}/${s.health.checks} ok`];
  }
  return ['—', 'no data'];
}

export interface VerifyMarkdownOptions {
  /** False while the window is still open (a progress report): `pending` stays pending. */
  final?: boolean;
}

export function renderVerifyMarkdown(
  verdict: Verdict,
  facts: DeployFacts,
  assessment: Assessment | null = null,
  options: VerifyMarkdownOptions = {}
): string {
  const final = options.final ?? true;
  const step = nextStep({ verdict, assessment, where: 'elsewhere' });
  const parts = [
    `## Postflight: ${codeSpan(facts.environment)} deploy ${verdictWord(verdict.verdict, final).toLowerCase()}`,
    '',
    decisionLines(verdict, facts as DecisionFacts, step, final),
    ''
  ];
  if (facts.dryRun) parts.push('_Dry run: nothing was written to GitHub._', '');
  parts.push(...chartsAndSignals(verdict, facts, final, 'all'));
  if (assessment) {
    parts.push(assessmentSection(assessment, { repoUrl: facts.repoUrl, headSha: facts.sha }), '');
  }
  parts.push(
    '<details><summary>How it was decided</summary>',
    '',
    verdictHeadline(verdict, facts, final),
    '',
    deployFacts(facts),
    '',
    '</details>'
  );
  return parts.join('\n');
}

/**
 * The signals section: failing signals' charts open, the table, then the other charts folded.
 * `charts` limits how many charts (the incident body drops them first when it runs long).
 */
export function chartsAndSignals(
  verdict: Verdict,
  facts: Pick<DeployFacts, 'tolerance' | 'deployTime'>,
  final: boolean,
  charts: 'all' | 'first' | 'none',
  signals: SignalEvidence[] = verdict.signals
): string[] {
  const options = { tolerance: facts.tolerance, deployTime: facts.deployTime };
  const charted = verdict.signals.filter((s) => s.kind !== 'health');
  const failing = charted.filter((s) => s.verdict === 'fail');
  const others = charted.filter((s) => s.verdict !== 'fail');
  const limit = charts === 'all' ? Infinity : charts === 'first' ? 1 : 0;
  const parts: string[] = [];
  const open = failing.slice(0, limit);
  for (const s of open) parts.push(signalChart(s, options), '');
  if (charts !== 'all' && failing.length > open.length) {
    parts.push(
      `<sub>${failing.length - open.length} more chart(s) left out to fit GitHub's size limit.</sub>`,
      ''
    );
  }
  parts.push('### Signals', '', signalTable(signals, final), '');
  if (charts === 'all' && others.length) {
    parts.push(`<details><summary>Charts of the other ${others.length} signal(s)</summary>`, '');
    for (const s of others) parts.push(signalChart(s, options), '');
    parts.push('</details>', '');
  }
  return parts;
}

export function deployFacts(facts: DeployFacts): string {
  const lines = [`**Deploy** to ${codeSpan(facts.environment)} at ${formatClock(facts.deployTime)}`];
  if (facts.sha)
    lines.push(
      `- commit: ${codeSpan(facts.sha.slice(0, 12))}${facts.ref ? ` (${escapeInline(facts.ref)})` : ''}`
    );
  if (facts.actor) lines.push(`- by: ${escapeInline(facts.actor)}`);
  const urls: [string, string | undefined][] = [
    ['workflow run', facts.runUrl],
    ['deployment', facts.deploymentUrl],
    ['changes', facts.compareUrl]
  ];
  for (const [name, raw] of urls) {
    const url = linkUrl(raw);
    if (url) lines.push(`- ${name}: [${shortUrl(url)}](${url})`);
  }
  return lines.join('\n');
}

/** Long URLs cannot wrap on a phone: the link text is host + a shortened path. */
export function shortUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\/$/, '');
    const short = path.length > 32 ? `${path.slice(0, 14)}…${path.slice(-14)}` : path;
    return escapeInline(`${u.host}${short}`);
  } catch {
    return escapeInline(url.slice(0, 40));
  }
}
