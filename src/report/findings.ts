/**
 * The rollback assessment as the incident page and the job summary embed it: narrow enough for a
 * phone. Findings are grouped by file (the file, its link, commit and PR once, above a small
 * table), the table keeps short columns (severity, line, kind, finding), and the recommendation
 * goes under the table. Blockers are shown; warnings and notes sit inside <details>. A parser's
 * raw output (`evidenceDetail`, or a stack trace that ended up in `detail`) never enters a cell.
 */
import type { Assessment, Factor } from '../assess/types.js';
import { plainWords } from './decision.js';
import { codeBlock, codeSpan, escapeInline, linkUrl, tableCell } from './escape.js';

/** Words, not icons: they read the same in every font, theme and screen reader. */
const SEVERITY_WORD: Record<Factor['severity'], string> = {
  blocker: '**blocker**',
  warning: 'warning',
  info: 'note'
};
/** Longer findings are cut in the cell and given in full under the table. */
const CELL = 120;
const SEVERITY_ORDER: Factor['severity'][] = ['blocker', 'warning', 'info'];

export interface FindingLinks {
  repoUrl?: string;
  /** The SHA file links point at when a finding names no commit (head of the range). */
  headSha?: string;
  prByCommit?: Readonly<Record<string, number>>;
}

export function assessmentSection(a: Assessment, links: FindingLinks = {}, maxFactors = 50): string {
  const target = a.target.sha
    ? `${codeSpan(a.target.sha.slice(0, 7))}${a.target.ref ? ` (${escapeInline(a.target.ref)})` : ''}, ${escapeInline(a.target.how)}`
    : `none: ${escapeInline(a.target.how)}`;
  const lines = [
    `### Rollback safety: ${a.verdict}`,
    '',
    `**Target:** ${target}`,
    '',
    `Migrations changed: ${a.migrationsChanged ? '**yes**' : 'no'} · API contracts changed: ${a.contractsChanged ? '**yes**' : 'no'} · other releases a rollback also undoes: ${a.target.skipped.length}`
  ];
  if (a.target.skipped.length) {
    lines.push('');
    for (const s of a.target.skipped.slice(0, 10)) {
      lines.push(
        `- ${codeSpan(s.sha.slice(0, 7))}${s.ref ? ` (${escapeInline(s.ref)})` : ''}: ${escapeInline(s.reason)}`
      );
    }
  }
  lines.push('');
  if (a.factors.length === 0) {
    lines.push('Nothing in the range makes a rollback risky.');
    return lines.join('\n');
  }
  const shown = [...a.factors]
    .sort((x, y) => SEVERITY_ORDER.indexOf(x.severity) - SEVERITY_ORDER.indexOf(y.severity))
    .slice(0, maxFactors);
  const blockers = shown.filter((f) => f.severity === 'blocker');
  const rest = shown.filter((f) => f.severity !== 'blocker');
  if (blockers.length) lines.push(byFile(blockers, links), '');
  if (rest.length) {
    const warnings = rest.filter((f) => f.severity === 'warning').length;
    const notes = rest.length - warnings;
    const what = [warnings ? `${warnings} warning(s)` : '', notes ? `${notes} note(s)` : '']
      .filter(Boolean)
      .join(', ');
    lines.push(`<details><summary>${what}</summary>`, '', byFile(rest, links), '', '</details>', '');
  }
  if (a.factors.length > maxFactors) {
    lines.push(`_${a.factors.length - maxFactors} more finding(s) are in the JSON report._`, '');
  }
  return lines.join('\n').trimEnd();
}

function byFile(factors: Factor[], links: FindingLinks): string {
  const groups = new Map<string, Factor[]>();
  for (const f of factors) {
    const key = f.path ?? '';
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const out: string[] = [];
  for (const [path, group] of groups) {
    out.push(fileHeading(path, group, links), '', '| severity | line | finding |', '|---|---|---|');
    for (const f of group) {
      out.push(
        `| ${SEVERITY_WORD[f.severity]} ${f.kind} | ${f.line ?? '—'} | ${tableCell(headline(f.detail), CELL)} |`
      );
    }
    const advice = [
      ...new Set(group.map((f) => plainWords(f.recommendation.replace(/\s+/g, ' ').trim())))
    ].filter(Boolean);
    out.push('');
    for (const f of group) {
      const full = headline(f.detail);
      if (full.length > CELL) out.push(`- ${f.line ? `line ${f.line}` : f.kind}: ${escapeInline(full)}`);
    }
    if (group.some((f) => headline(f.detail).length > CELL)) out.push('');
    for (const r of advice) out.push(`→ ${escapeInline(r)}`, '');
    const raw = group
      .map((f) => [f, rawEvidence(f)] as const)
      .filter((e): e is readonly [Factor, string] => e[1] !== null);
    for (const [f, text] of raw) {
      out.push(
        `<details><summary>parser output${f.line ? ` (line ${f.line})` : ''}</summary>`,
        '',
        codeBlock(text.split('\n').slice(0, 20).join('\n').slice(0, 2000)),
        '',
        '</details>',
        ''
      );
    }
  }
  return out.join('\n').trimEnd();
}

function fileHeading(path: string, group: Factor[], links: FindingLinks): string {
  if (!path) return '**Across the range**';
  const first = group.find((f) => f.commit) ?? group[0]!;
  const repo = linkUrl(links.repoUrl);
  const ref = first.commit ?? links.headSha;
  const parts: string[] = [];
  if (repo && ref)
    parts.push(`[file](${repo}/blob/${ref}/${encodePath(path)}${first.line ? `#L${first.line}` : ''})`);
  if (first.commit) {
    const short = first.commit.slice(0, 7);
    parts.push(repo ? `commit [${short}](${repo}/commit/${first.commit})` : `commit ${short}`);
    const pr = links.prByCommit?.[first.commit];
    if (pr && Number.isInteger(pr)) parts.push(repo ? `[#${pr}](${repo}/pull/${pr})` : `#${pr}`);
  }
  return `**${codeSpan(path)}**${parts.length ? ` · ${parts.join(' · ')}` : ''}`;
}

/** The first line of a finding: a stack trace or a multi-line parser message stays out of the table. */
function headline(detail: string): string {
  const firstLine = plainWords(detail.split(/\r?\n/)[0] ?? '');
  return firstLine.replace(/\s+at\s+\S+\s+\(.*$/, '').trim() || 'see the parser output below';
}

function rawEvidence(f: Factor): string | null {
  if (f.evidenceDetail?.trim()) return f.evidenceDetail.trim();
  return /\r?\n/.test(f.detail.trim()) ? f.detail.trim() : null;
}

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}
