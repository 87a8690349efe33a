/**
 * One revert attempt end to end: ask the policy, count today's reverts only when it matters,
 * execute, and write the attempt and its outcome into the incident's timeline and state.
 */
import type { Assessment } from '../assess/types.js';
import type { RevertConfig } from '../config/types.js';
import type { GitHubClient } from '../github/client.js';
import type { Verdict } from '../verdict/types.js';
import { replyComment } from '../incident/comments.js';
import { appendTimeline, type IncidentIssue, type RepoRef } from '../incident/github.js';
import type { IncidentKey } from '../incident/markers.js';
import { countRevertsOnDay, parseStateBlock, withRevert, type IncidentState } from '../incident/state.js';
import { codeSpan, escapeInline } from '../report/escape.js';
import { decideRevert, type RevertDecision, type RevertOverride } from './policy.js';
import { executeRevert, type RevertOutcome } from './execute.js';

export interface RevertSettings {
  mode: RevertConfig['mode'];
  workflow?: string;
  eventType?: string;
  maxPerDay: number;
  defaultBranch: string;
}

export interface RevertAttemptInput {
  gh: GitHubClient;
  /** For pull requests: an app token's client, so the PR's CI runs (GITHUB_TOKEN's PRs start none). */
  pullRequestClient?: GitHubClient;
  repo: RepoRef;
  key: IncidentKey;
  incident: IncidentIssue;
  verdict: Verdict['verdict'];
  assessment: Assessment | null;
  settings: RevertSettings;
  trigger: 'automatic' | 'command';
  by: string | null;
  override?: RevertOverride | null;
  now: Date;
  run?: { runId: number; attempt: number };
}

export interface RevertAttemptResult {
  decision: RevertDecision;
  outcome: RevertOutcome | null;
  incident: IncidentIssue;
}

export async function attemptRevert(input: RevertAttemptInput): Promise<RevertAttemptResult> {
  const policy = {
    verdict: input.verdict,
    assessment: input.assessment,
    mode: input.settings.mode,
    incidentState: input.incident.state,
    maxPerDay: input.settings.maxPerDay,
    override: input.override ?? null,
    trigger: input.trigger
  };
  // The daily count costs a listing: only pay for it when every other rule already allows.
  const first = decideRevert({ ...policy, revertsToday: 0 });
  if (!first.allowed) return { decision: first, outcome: null, incident: input.incident };
  // The same listing holds this incident's newest body: a concurrent run's revert shows there.
  const today = await revertsOfToday(input.gh, input.repo, input.key, input.now);
  const fresh = today.states.get(input.incident.number) ?? input.incident.state;
  const decision = decideRevert({ ...policy, incidentState: fresh, revertsToday: today.count });
  if (!decision.allowed || !decision.how || !decision.target)
    return { decision, outcome: null, incident: input.incident };

  const reason = input.override
    ? `override by ${input.override.by}: ${input.override.reason}`
    : `${input.trigger === 'automatic' ? 'automatic revert' : `/rollback by ${input.by ?? 'unknown'}`}: deploy failed verification`;
  const client = decision.how === 'pull-request' ? (input.pullRequestClient ?? input.gh) : input.gh;
  const outcome = await executeRevert(client, {
    how: decision.how,
    repo: input.repo,
    environment: input.key.environment,
    incident: input.incident.number,
    target: decision.target,
    headSha: input.incident.state.headSha ?? '',
    reason,
    workflow: input.settings.workflow,
    eventType: input.settings.eventType,
    defaultBranch: input.settings.defaultBranch
  });

  const at = input.now.toISOString();
  const short = decision.target.sha.slice(0, 12);
  const text = outcome.ok
    ? `revert to ${short} started (${outcome.how}): ${outcome.detail}`
    : `revert to ${short} failed (${outcome.how}): ${outcome.detail}`;
  const incident = await appendTimeline(
    input.gh,
    input.repo,
    { ...input.incident, state: fresh },
    {
      entry: { at, kind: 'revert', text },
      comment: revertComment(decision, outcome, input),
      ...(input.run ? { run: { runId: input.run.runId, kind: 'revert' } } : {}),
      mutate: (state) =>
        withRevert(state, {
          at,
          target: decision.target!.sha,
          ref: decision.target!.ref,
          how: outcome.how,
          trigger: input.trigger,
          by: input.by,
          override: input.override?.reason ?? null,
          outcome: outcome.ok ? 'started' : 'failed',
          detail: outcome.ok ? (outcome.url ?? outcome.detail) : outcome.detail
        })
    }
  );
  return { decision, outcome, incident };
}

function revertComment(decision: RevertDecision, outcome: RevertOutcome, input: RevertAttemptInput): string {
  const target = `${codeSpan(decision.target!.sha.slice(0, 12))}${decision.target!.ref ? ` (${escapeInline(decision.target!.ref)})` : ''}`;
  const who =
    input.trigger === 'automatic'
      ? 'Automatic revert'
      : `Revert requested by ${escapeInline(input.by ?? 'someone')}`;
  const lines = [`### ${outcome.ok ? '↩️' : '⛔'} ${who} to ${target}`, ''];
  lines.push(
    outcome.ok
      ? `Started: ${escapeInline(outcome.detail)}${outcome.url ? ` (${outcome.url})` : ''}.`
      : `It failed: ${escapeInline(outcome.detail)}`
  );
  if (input.override) {
    lines.push(
      '',
      `**Override** by ${escapeInline(input.override.by)}: ${escapeInline(input.override.reason)}`,
      '',
      'Rules the override lifted:'
    );
    for (const lifted of decision.lifted) lines.push(`- ${escapeInline(lifted)}`);
  }
  return replyComment(lines.join('\n'), input.run ? { ...input.run, kind: 'revert' } : undefined);
}

/** Started reverts in this environment today, across its incidents (open or closed). */
export async function countRevertsToday(
  gh: GitHubClient,
  repo: RepoRef,
  key: IncidentKey,
  now: Date
): Promise<number> {
  return (await revertsOfToday(gh, repo, key, now)).count;
}

async function revertsOfToday(
  gh: GitHubClient,
  repo: RepoRef,
  key: IncidentKey,
  now: Date
): Promise<{ count: number; states: Map<number, IncidentState> }> {
  const dayStart = `${now.toISOString().slice(0, 10)}T00:00:00Z`;
  const issues = (await gh.paginate(gh.rest.issues.listForRepo, {
    ...repo,
    state: 'all',
    labels: 'postflight',
    since: dayStart,
    per_page: 100
  })) as { number: number; body?: string | null }[];
  const states = new Map<number, IncidentState>();
  for (const issue of issues) {
    const state = parseStateBlock(issue.body);
    if (state && state.environment === key.environment && state.service === key.service)
      states.set(issue.number, state);
  }
  return { count: countRevertsOnDay([...states.values()], now), states };
}
