/**
 * The `triage` job: slash commands in comments on incident issues. Gates, in order, each before
 * any write: the event is a new comment on an issue; the author is no bot and the comment is not
 * Postflight's own; it holds a command; the issue carries Postflight's incident marker; the author
 * has write, maintain or admin on the repository. Refusals get a short reply and nothing else.
 */
import type { Assessment } from '../assess/types.js';
import type { GitHubClient } from '../github/client.js';
import type { PostflightContext } from '../github/context.js';
import { reassessedComment, replyComment } from '../incident/comments.js';
import { appendTimeline, toIncidentIssue, type IncidentIssue, type RepoRef } from '../incident/github.js';
import { isPostflightComment, parseIncidentMarker, type IncidentKey } from '../incident/markers.js';
import { assessmentFromSummary, isBot, summarizeAssessment } from '../incident/upsert.js';
import { escapeInline, redactSecretsInText } from '../report/escape.js';
import { attemptRevert, type RevertSettings } from '../revert/attempt.js';
import { decideRevert } from '../revert/policy.js';
import { parseCommand, type TriageCommand } from './commands.js';
import { statusReply } from './status.js';

export type TriageContext = Pick<PostflightContext, 'eventName' | 'owner' | 'repo' | 'issue' | 'comment'> & {
  /** The webhook's `action`: only `created` comments are commands (an edit must not re-run one). */
  action?: string;
};

export interface TriageDeps {
  now: () => Date;
  revert: RevertSettings;
  /** An app token's client for revert pull requests, so their CI runs. */
  pullRequestClient?: GitHubClient;
  /** Assess again, against `target` when given, else against the last healthy deployment. */
  /**
   * Assess again the release the incident is about (`incident.headSha`, in its environment), against
   * `target` when given, else against the last healthy deployment.
   */
  reassess?: (
    target: string | null,
    incident: { headSha: string | null; environment: string }
  ) => Promise<Assessment | null>;
  /** https://github.com/owner/repo, for links in the reassessment. */
  repoUrl?: string;
  log?: (line: string) => void;
}

export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export type TriageResult =
  { handled: false; why: string } | { handled: true; command: TriageCommand['kind']; outcome: string };

const WRITE_ROLES: ReadonlySet<Role> = new Set(['admin', 'maintain', 'write']);

export async function handleTriage(
  gh: GitHubClient,
  context: TriageContext,
  deps: TriageDeps
): Promise<TriageResult> {
  const ignore = (why: string): TriageResult => {
    deps.log?.(`Triage: ignored, ${why}`);
    return { handled: false, why };
  };
  if (context.eventName !== 'issue_comment')
    return ignore(`the event is ${context.eventName}, not issue_comment`);
  if (context.action && context.action !== 'created')
    return ignore(`the comment was ${context.action}, not created`);
  const { issue, comment } = context;
  if (!issue || !comment) return ignore('the event has no issue or comment');
  if (issue.isPullRequest) return ignore('the comment is on a pull request');
  if (isBot(comment.author)) return ignore(`${comment.author} is a bot`);
  if (isPostflightComment(comment.body)) return ignore('the comment is Postflight’s own');
  const command = parseCommand(comment.body);
  if (!command) return ignore('the comment holds no command');

  const repo: RepoRef = { owner: context.owner, repo: context.repo };
  const { data: raw } = await gh.rest.issues.get({ ...repo, issue_number: issue.number });
  const key = parseIncidentMarker(raw.body);
  if (!key) return ignore(`issue #${issue.number} is not a Postflight incident`);
  const incident = toIncidentIssue(raw, key);

  const reply = (text: string) =>
    gh.rest.issues.createComment({ ...repo, issue_number: issue.number, body: replyComment(text) });
  const role = await roleOf(gh, repo, comment.author);
  if (!WRITE_ROLES.has(role)) {
    await reply(
      `Sorry, ${escapeInline(comment.author)}: Postflight commands need write access to this repository (you have ${role}).`
    );
    return { handled: true, command: command.kind, outcome: `refused: ${comment.author} has ${role}` };
  }
  if (command.kind === 'unknown' || command.kind === 'invalid') {
    await reply(command.reply);
    return { handled: true, command: command.kind, outcome: 'replied with help' };
  }

  // The reaction says "heard you" at once; the outcome follows as a reply or a timeline entry.
  await gh.rest.reactions.createForIssueComment({
    ...repo,
    comment_id: comment.id,
    content: command.kind === 'rollback' ? 'rocket' : '+1'
  });
  const run: CommandRun = { gh, repo, key, incident, login: comment.author, role, deps, reply };
  switch (command.kind) {
    case 'status':
      return statusCommand(run);
    case 'ack':
      return ackCommand(run);
    case 'resolve':
      return resolveCommand(run, command.note);
    case 'reassess':
      return reassessCommand(run);
    case 'rollback':
      return rollbackCommand(run, command.ref, command.override);
  }
}

interface CommandRun {
  gh: GitHubClient;
  repo: RepoRef;
  key: IncidentKey;
  incident: IncidentIssue;
  login: string;
  role: Role;
  deps: TriageDeps;
  reply(text: string): Promise<unknown>;
}

/**
 * The user's role on the repository: `role_name` where GitHub sends one we know (it distinguishes
 * maintain and triage), else the coarse `permission` (custom roles map onto it).
 */
export async function roleOf(gh: GitHubClient, repo: RepoRef, login: string): Promise<Role> {
  try {
    const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
    const known: Role[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];
    const roleName = (data as { role_name?: string }).role_name;
    if (roleName && (known as string[]).includes(roleName)) return roleName as Role;
    return (known as string[]).includes(data.permission) ? (data.permission as Role) : 'none';
  } catch (error) {
    // Not a collaborator at all (404): no access, not a crash.
    if ((error as { status?: number }).status === 404) return 'none';
    throw error;
  }
}

async function statusCommand(run: CommandRun): Promise<TriageResult> {
  await run.reply(statusReply(run.incident.state));
  return { handled: true, command: 'status', outcome: 'replied with the status' };
}

async function ackCommand(run: CommandRun): Promise<TriageResult> {
  const at = run.deps.now().toISOString();
  await appendTimeline(run.gh, run.repo, run.incident, {
    entry: { at, kind: 'ack', text: `acknowledged by ${run.login}` },
    mutate: (state) => ({ ...state, acknowledgedBy: run.login }),
    labels: [...new Set([...run.incident.labels, 'acknowledged'])],
    assignees: [...new Set([...run.incident.assignees, run.login])].slice(0, 10)
  });
  return { handled: true, command: 'ack', outcome: `assigned ${run.login}` };
}

async function resolveCommand(run: CommandRun, note: string | null): Promise<TriageResult> {
  const at = run.deps.now().toISOString();
  const clean = note ? redactSecretsInText(note) : null;
  await appendTimeline(run.gh, run.repo, run.incident, {
    entry: { at, kind: 'resolved', text: `resolved by ${run.login}${clean ? `: ${clean}` : ''}` },
    comment: replyComment(
      `Resolved by ${escapeInline(run.login)}${clean ? `: ${escapeInline(clean)}` : '.'}`
    ),
    close: 'completed'
  });
  return { handled: true, command: 'resolve', outcome: 'closed the incident' };
}

/** The release and environment an incident is about: what a reassessment must look at. */
function aboutIncident(run: CommandRun): { headSha: string | null; environment: string } {
  return { headSha: run.incident.state.headSha, environment: run.key.environment };
}

async function reassessCommand(run: CommandRun): Promise<TriageResult> {
  if (!run.deps.reassess) {
    await run.reply(
      'Reassessing is not available in this workflow: the triage job has no access to the repository history.'
    );
    return { handled: true, command: 'reassess', outcome: 'not available' };
  }
  const assessment = await run.deps.reassess(null, aboutIncident(run));
  if (!assessment) {
    await run.reply('The reassessment found nothing to assess (no deployed commit or no history).');
    return { handled: true, command: 'reassess', outcome: 'nothing to assess' };
  }
  await appendTimeline(run.gh, run.repo, run.incident, {
    entry: {
      at: run.deps.now().toISOString(),
      kind: 'reassessed',
      text: `rollback safety ${assessment.verdict} (asked by ${run.login})`
    },
    comment: reassessedComment(
      assessment,
      { repoUrl: run.deps.repoUrl, headSha: run.incident.state.headSha ?? undefined },
      run.login
    ),
    mutate: (state) => ({ ...state, assessment: summarizeAssessment(assessment) })
  });
  return { handled: true, command: 'reassess', outcome: `assessed ${assessment.verdict}` };
}

async function rollbackCommand(
  run: CommandRun,
  ref: string | null,
  override: { reason: string } | null
): Promise<TriageResult> {
  if (override && run.role !== 'admin') {
    await run.reply(
      `Only repository admins may use \`/rollback --override\`; ${escapeInline(run.login)} has ${run.role}.`
    );
    return { handled: true, command: 'rollback', outcome: 'refused: override needs admin' };
  }
  if (!run.incident.open) {
    await run.reply('This incident is closed; Postflight reverts only for open incidents.');
    return { handled: true, command: 'rollback', outcome: 'refused: incident closed' };
  }
  let assessment: Assessment | null;
  if (ref) {
    if (!run.deps.reassess) {
      await run.reply(
        `Rolling back to a named ref needs a fresh assessment of ${escapeInline(ref)}, which this workflow cannot make. Use \`/rollback\` for the assessed target.`
      );
      return { handled: true, command: 'rollback', outcome: 'refused: cannot assess the ref' };
    }
    assessment = await run.deps.reassess(ref, aboutIncident(run));
  } else {
    const summary = run.incident.state.assessment;
    assessment = summary ? assessmentFromSummary(summary) : null;
  }
  // `revert.mode: off` turns off the automatic revert; a person asking still gets a pull request,
  // which changes nothing until someone merges it.
  const settings: RevertSettings = {
    ...run.deps.revert,
    mode: run.deps.revert.mode === 'off' ? 'pull-request' : run.deps.revert.mode
  };
  const result = await attemptRevert({
    gh: run.gh,
    pullRequestClient: run.deps.pullRequestClient,
    repo: run.repo,
    key: run.key,
    incident: run.incident,
    verdict: run.incident.state.lastVerdict,
    assessment,
    settings,
    trigger: 'command',
    by: run.login,
    override: override ? { by: run.login, reason: redactSecretsInText(override.reason) } : null,
    now: run.deps.now()
  });
  if (!result.decision.allowed) {
    const overridable =
      !override &&
      decideRevert({
        verdict: run.incident.state.lastVerdict,
        assessment,
        mode: settings.mode,
        incidentState: run.incident.state,
        revertsToday: 0,
        maxPerDay: settings.maxPerDay,
        override: { by: run.login, reason: 'check' },
        trigger: 'command'
      }).allowed;
    const lines = [
      'A revert is not allowed:',
      '',
      ...result.decision.reasons.map((r) => `- ${escapeInline(r)}`)
    ];
    if (overridable)
      lines.push(
        '',
        'An admin who has checked these can run `/rollback --override <reason>`; the reason is recorded.'
      );
    await run.reply(lines.join('\n'));
    return { handled: true, command: 'rollback', outcome: `refused: ${result.decision.reasons.join('; ')}` };
  }
  return {
    handled: true,
    command: 'rollback',
    outcome: result.outcome?.ok
      ? `started: ${result.outcome.detail}`
      : `failed: ${result.outcome?.detail ?? ''}`
  };
}
