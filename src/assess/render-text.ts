/**
 * The assessment as plain text for a terminal (`postflight assess` without --json). It leads with
 * the decision and the recommendation (which quotes the most consequential finding), then lists
 * blockers and warnings grouped by file, most consequential first, within a budget so that a
 * range with hundreds of findings still prints a readable page; info findings are counted by
 * category. `verbose` lists everything.
 */
import { releasePair, targetName } from './recommendation.js';
import { categoryOf, summaryOf } from './summary.js';
import type { Assessment, Factor, Severity } from './types.js';

const VERDICT_WORDS = {
  safe: 'SAFE to roll back',
  caution: 'roll back with CAUTION',
  unsafe: 'UNSAFE to roll back'
};

/** Findings listed without --verbose, blockers before warnings. */
const LISTED_FINDINGS = 15;
/** Findings listed per file without --verbose. */
const PER_FILE = 4;

export interface TextOptions {
  /** List every finding, info included. */
  verbose?: boolean;
}

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

/** Groups in the order their first finding appears (the factors come most consequential first). */
function byFile(factors: Factor[]): [string | null, Factor[]][] {
  const groups = new Map<string | null, Factor[]>();
  for (const factor of factors) {
    const list = groups.get(factor.path);
    if (list) list.push(factor);
    else groups.set(factor.path, [factor]);
  }
  return [...groups.entries()];
}

function describeGroup(path: string | null, group: Factor[]): string {
  const first = group[0]!;
  const traits = [first.kind, first.framework, first.dialect].filter(Boolean).join(', ');
  return `  ${path ?? '(the range)'} (${traits})`;
}

function findingLines(factor: Factor, previous: Factor | undefined): string[] {
  const at = factor.line !== null ? `line ${factor.line}: ` : '';
  const commit = factor.commit ? ` [${factor.commit.slice(0, 7)}]` : '';
  const lines = [`    - ${at}${factor.detail}${commit}`];
  // A file's findings often share their advice: say it once.
  if (factor.recommendation !== previous?.recommendation) lines.push(`      -> ${factor.recommendation}`);
  return lines;
}

const HEADINGS: Record<Severity, string> = { blocker: 'Blockers', warning: 'Warnings', info: 'Info' };

/** One severity's findings by file; returns how many it listed within `budget`. */
function section(
  lines: string[],
  severity: Severity,
  factors: Factor[],
  budget: number,
  verbose: boolean
): number {
  if (!factors.length) return 0;
  lines.push('', `${HEADINGS[severity]} (${factors.length}):`);
  let listed = 0;
  const hidden = { findings: 0, files: 0 };
  for (const [path, group] of byFile(factors)) {
    const room = verbose ? group.length : Math.min(PER_FILE, budget - listed);
    if (room <= 0) {
      hidden.findings += group.length;
      hidden.files++;
      continue;
    }
    lines.push(describeGroup(path, group));
    group.slice(0, room).forEach((factor, index) => lines.push(...findingLines(factor, group[index - 1])));
    listed += Math.min(room, group.length);
    if (group.length > room)
      lines.push(`    … and ${plural(group.length - room, 'more finding')} in this file`);
  }
  if (hidden.findings) {
    lines.push(
      `  … and ${plural(hidden.findings, 'more finding')} in ${plural(hidden.files, 'more file')} (--verbose lists them)`
    );
  }
  return listed;
}

/** "12 additive, 3 contract-removed": the info findings, collapsed into counts. */
function infoCounts(factors: Factor[]): string {
  const counts = new Map<string, number>();
  for (const factor of factors) {
    const category = categoryOf(factor);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([category, count]) => `${count} ${category}`)
    .join(', ');
}

export function renderAssessmentText(a: Assessment, options: TextOptions = {}): string {
  const verbose = options.verbose === true;
  const lines: string[] = [];
  lines.push(`Rollback assessment: ${VERDICT_WORDS[a.verdict]} ${releasePair(a.target, a.head)}`);
  lines.push(a.recommendation);
  lines.push('', `Target: ${a.target.sha ? targetName(a.target) : 'none'}, ${a.target.how}`);
  for (const skipped of a.target.skipped) {
    lines.push(
      `  also undoes ${skipped.sha.slice(0, 7)}${skipped.ref ? ` (${skipped.ref})` : ''}: ${skipped.reason}`
    );
  }
  lines.push(
    `Migrations changed: ${a.migrationsChanged ? 'yes' : 'no'}; contracts changed: ${a.contractsChanged ? 'yes' : 'no'}`
  );
  if (!a.factors.length) {
    lines.push('', 'No findings.');
    return `${lines.join('\n')}\n`;
  }
  const { bySeverity } = summaryOf(a.factors);
  lines.push(
    `Findings: ${plural(bySeverity.blocker, 'blocker')}, ${plural(bySeverity.warning, 'warning')}, ${bySeverity.info} info`
  );
  const of = (severity: Severity) => a.factors.filter((factor) => factor.severity === severity);
  const listed = section(lines, 'blocker', of('blocker'), LISTED_FINDINGS, verbose);
  section(lines, 'warning', of('warning'), Math.max(LISTED_FINDINGS - listed, 5), verbose);
  const infos = of('info');
  if (verbose) section(lines, 'info', infos, Infinity, true);
  else if (infos.length) {
    lines.push('', `Info (${infos.length}): ${infoCounts(infos)}; --verbose lists them.`);
  }
  return `${lines.join('\n')}\n`;
}
