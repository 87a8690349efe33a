/** The assessment as plain text for a terminal (`postflight assess` without --json). */
import type { Assessment, Factor } from './types.js';

const VERDICT_WORDS = {
  safe: 'SAFE to roll back',
  caution: 'roll back with CAUTION',
  unsafe: 'UNSAFE to roll back'
};

function location(factor: Factor): string {
  if (!factor.path) return '';
  return ` ${factor.path}${factor.line !== null ? `:${factor.line}` : ''}`;
}

export function renderAssessmentText(a: Assessment): string {
  const lines: string[] = [];
  lines.push(`Rollback assessment: ${VERDICT_WORDS[a.verdict]}`);
  const target = a.target.sha
    ? `${a.target.sha.slice(0, 7)}${a.target.ref && a.target.ref !== a.target.sha ? ` (${a.target.ref})` : ''}`
    : 'none';
  lines.push(`Target: ${target}, ${a.target.how}`);
  for (const skipped of a.target.skipped) {
    lines.push(
      `  also undoes ${skipped.sha.slice(0, 7)}${skipped.ref ? ` (${skipped.ref})` : ''}: ${skipped.reason}`
    );
  }
  lines.push(
    `Migrations changed: ${a.migrationsChanged ? 'yes' : 'no'}; contracts changed: ${a.contractsChanged ? 'yes' : 'no'}`
  );
  lines.push('', a.recommendation);
  if (a.factors.length) {
    lines.push('', `Findings (${a.factors.length}):`);
    for (const factor of a.factors) {
      const commit = factor.commit ? ` [${factor.commit.slice(0, 7)}]` : '';
      lines.push(`- ${factor.severity.toUpperCase()} ${factor.kind}${location(factor)}${commit}`);
      lines.push(`    ${factor.detail}`);
      lines.push(`    -> ${factor.recommendation}`);
    }
  } else {
    lines.push('', 'No findings.');
  }
  return `${lines.join('\n')}\n`;
}
