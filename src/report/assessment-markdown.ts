/** The rollback-safety assessment as markdown: verdict, target, each factor with its evidence. */
import { categoryOf, summaryOf } from '../assess/summary.js';
import type { Assessment, Factor } from '../assess/types.js';
import { escapeInline } from './escape.js';

const SEVERITY_ICON: Record<Factor['severity'], string> = { blocker: '⛔', warning: '⚠️', info: 'ℹ️' };
const VERDICT_ICON: Record<Assessment['verdict'], string> = { safe: '🟢', caution: '🟡', unsafe: '🔴' };

export interface LinkContext {
  /** e.g. https://github.com/acme/shop; without it, paths and commits are shown without links. */
  repoUrl?: string;
  /** The SHA the file links point at (head of the range). */
  headSha?: string;
}

export function renderAssessmentMarkdown(a: Assessment, links: LinkContext = {}, maxFactors = 50): string {
  const target = a.target.sha
    ? `\`${a.target.sha.slice(0, 12)}\`${a.target.ref ? ` (${escapeInline(a.target.ref)})` : ''}: ${escapeInline(a.target.how)}`
    : `none: ${escapeInline(a.target.how)}`;
  const lines = [
    `### Rollback safety: ${VERDICT_ICON[a.verdict]} ${a.verdict}`,
    '',
    `**Recommendation:** ${escapeInline(a.recommendation)}`,
    '',
    `- target: ${target}`,
    `- migrations changed in the range: ${a.migrationsChanged ? '**yes**' : 'no'}`,
    `- API contracts changed in the range: ${a.contractsChanged ? '**yes**' : 'no'}`
  ];
  if (a.target.skipped.length) {
    lines.push(`- releases that a rollback would also undo or that were skipped: ${a.target.skipped.length}`);
    for (const s of a.target.skipped.slice(0, 10)) {
      lines.push(
        `  - \`${s.sha.slice(0, 12)}\`${s.ref ? ` (${escapeInline(s.ref)})` : ''}: ${escapeInline(s.reason)}`
      );
    }
  }
  lines.push('');
  if (a.factors.length === 0) {
    lines.push('Nothing in the range makes a rollback risky.');
    return lines.join('\n');
  }
  const { bySeverity } = summaryOf(a.factors);
  lines.push(
    `**Findings:** ${bySeverity.blocker} blocker(s), ${bySeverity.warning} warning(s), ${bySeverity.info} info`,
    ''
  );
  // Info findings (additive changes, what a rollback restores) need no action: counted, not listed,
  // unless they are all there is.
  const actionable = a.factors.filter((f) => f.severity !== 'info');
  const listed = actionable.length ? actionable : a.factors;
  lines.push('| severity | kind | where | finding | recommendation |', '|---|---|---|---|---|');
  for (const f of listed.slice(0, maxFactors)) {
    lines.push(
      `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${kindLabel(f)} | ${where(f, links)} | ${escapeInline(f.detail)} | ${escapeInline(f.recommendation)} |`
    );
  }
  if (listed.length > maxFactors) {
    lines.push('', `_${listed.length - maxFactors} more finding(s) are in the JSON report._`);
  }
  const infos = a.factors.filter((f) => f.severity === 'info');
  if (actionable.length && infos.length) {
    lines.push('', `${SEVERITY_ICON.info} ${infos.length} info finding(s) not listed: ${infoCounts(infos)}.`);
  }
  return lines.join('\n');
}

function where(f: Factor, links: LinkContext): string {
  const parts: string[] = [];
  if (f.path) {
    const label = `${f.path}${f.line ? `:${f.line}` : ''}`;
    const ref = f.commit ?? links.headSha;
    parts.push(
      links.repoUrl && ref
        ? `[${escapeInline(label)}](${links.repoUrl}/blob/${ref}/${encodePath(f.path)}${f.line ? `#L${f.line}` : ''})`
        : escapeInline(label)
    );
  }
  if (f.commit) {
    const short = f.commit.slice(0, 7);
    parts.push(links.repoUrl ? `[${short}](${links.repoUrl}/commit/${f.commit})` : short);
  }
  return parts.join(' ') || '—';
}

/** `migration (rails, postgres)`: the kind, with the framework and dialect where they apply. */
function kindLabel(f: Factor): string {
  const traits = [f.framework, f.dialect].filter(Boolean).map((t) => escapeInline(String(t)));
  return traits.length ? `${f.kind} (${traits.join(', ')})` : f.kind;
}

function infoCounts(factors: Factor[]): string {
  const counts = new Map<string, number>();
  for (const factor of factors) {
    const category = categoryOf(factor);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((x, y) => y[1] - x[1])
    .map(([category, count]) => `${count} ${category}`)
    .join(', ');
}

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}
