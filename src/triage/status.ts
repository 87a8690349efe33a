/** The `/status` reply: what the state block knows, in a few lines. Pure. */
import type { IncidentState } from '../incident/state.js';
import { timelineLine } from '../incident/render.js';
import { location } from '../revert/policy.js';
import { codeSpan, escapeInline } from '../report/escape.js';

export function statusReply(state: IncidentState): string {
  const lines = [
    `**Status of ${codeSpan(state.environment)}${state.service ? ` (${escapeInline(state.service)})` : ''}**`,
    '',
    `- last verdict: **${state.lastVerdict}**${state.lastReason ? `: ${escapeInline(state.lastReason)}` : ''}`,
    `- deployed commit: ${state.headSha ? codeSpan(state.headSha.slice(0, 12)) : 'unknown'}`
  ];
  const a = state.assessment;
  if (a) {
    const target = a.targetSha
      ? `${codeSpan(a.targetSha.slice(0, 12))}${a.targetRef ? ` (${escapeInline(a.targetRef)})` : ''}`
      : 'none';
    lines.push(
      `- rollback safety: **${a.verdict}**, target ${target}; migrations changed: ${a.migrationsChanged ? 'yes' : 'no'}, contracts changed: ${a.contractsChanged ? 'yes' : 'no'}`,
      `- recommendation: ${escapeInline(a.recommendation)}`
    );
    for (const f of a.findings.filter((x) => x.severity === 'blocker').slice(0, 5)) {
      lines.push(`  - ⛔ ${f.kind} ${escapeInline(location(f))}: ${escapeInline(f.detail)}`);
    }
  } else {
    lines.push('- rollback safety: not assessed');
  }
  const reverts = state.reverts;
  if (reverts.length) {
    const last = reverts[reverts.length - 1]!;
    lines.push(
      `- reverts: ${reverts.length}, the last ${last.outcome} at ${escapeInline(last.at)} (${last.how}): ${escapeInline(last.detail)}`
    );
  }
  if (state.acknowledgedBy) lines.push(`- acknowledged by ${escapeInline(state.acknowledgedBy)}`);
  const recent = state.timeline.slice(-3);
  if (recent.length) lines.push('', 'Latest:', ...recent.map(timelineLine));
  return lines.join('\n');
}
