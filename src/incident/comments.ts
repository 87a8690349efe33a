/**
 * Timeline comments on an open incident. Each carries Postflight's comment marker (so triage never
 * answers Postflight) and, when a workflow run wrote it, that run's marker (so a re-run can tell).
 */
import type { Assessment } from '../assess/types.js';
import type { Verdict } from '../verdict/types.js';
import { escapeInline } from '../report/escape.js';
import { assessmentSection } from '../report/findings.js';
import { truncate } from '../report/format.js';
import { brokeLine, deployLine } from '../report/decision.js';
import { signalTable, verdictHeadline, type DeployFacts } from '../report/verify-markdown.js';
import { COMMENT_MARKER, runMarker, type RunMark } from './markers.js';
import { MAX_BODY } from './render.js';

function finish(parts: string[], run?: RunMark): string {
  const hidden = [COMMENT_MARKER, run ? runMarker(run) : ''].filter(Boolean).join('\n');
  return `${truncate(parts.join('\n'), MAX_BODY - hidden.length - 1)}\n${hidden}`;
}

/** Newlines never belong in an environment name; code spans take care of the rest. */
function plainEnvironment(facts: DeployFacts): DeployFacts {
  return { ...facts, environment: facts.environment.replace(/[\r\n]/g, ' ') };
}

/** A later run failed (or was inconclusive) again while the incident is open. */
export function failureComment(
  verdict: Verdict,
  facts: DeployFacts,
  assessment: Assessment | null,
  run?: RunMark
): string {
  const f = plainEnvironment(facts);
  const title = verdict.verdict === 'fail' ? 'New failure' : 'Verification undecided';
  const parts = [`### ${title}`, '', brokeLine(verdict), '', deployLine(f), ''];
  if (assessment)
    parts.push(`**Rollback safety:** ${assessment.verdict}: ${escapeInline(assessment.recommendation)}`, '');
  parts.push(signalTable(verdict.signals), '', verdictHeadline(verdict, f));
  return finish(parts, run);
}

export function recoveredComment(
  verdict: Verdict,
  facts: DeployFacts,
  closing: boolean,
  run?: RunMark
): string {
  const f = plainEnvironment(facts);
  const parts = [
    '### Recovered',
    '',
    brokeLine(verdict),
    '',
    deployLine(f),
    '',
    signalTable(verdict.signals),
    '',
    verdictHeadline(verdict, f),
    ''
  ];
  parts.push(
    closing
      ? 'Closing this incident (`close-on-recovery: true`).'
      : 'When you agree it is over, close it with `/resolve`.'
  );
  return finish(parts, run);
}

export function reassessedComment(
  assessment: Assessment,
  links: { repoUrl?: string; headSha?: string },
  by: string | null,
  run?: RunMark
): string {
  const who = by ? ` (asked by ${escapeInline(by)})` : '';
  return finish([`### Reassessed${who}`, '', assessmentSection(assessment, links)], run);
}

/** A short reply from Postflight: command results, refusals, help. */
export function replyComment(text: string, run?: RunMark): string {
  return finish([text], run);
}

/** The content a duplicate incident hands over to the one that stays open. */
export function duplicateComment(loserNumber: number, loserBody: string, run?: RunMark): string {
  const visible = stripHidden(loserBody);
  return finish(
    [
      `### Merged from #${loserNumber}`,
      '',
      `A concurrent run opened #${loserNumber} for the same incident; it was closed as a duplicate of this one. Its report:`,
      '',
      visible
    ],
    run
  );
}

/** Removes Postflight's hidden markers and state so moved content cannot be mistaken for an incident. */
export function stripHidden(body: string): string {
  return body.replace(/<!-- postflight:[^]*?-->\n?/g, '').trimEnd();
}
