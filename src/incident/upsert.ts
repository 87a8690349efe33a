/**
 * Opens, updates and recovers the incident issue of an environment (and service). One open
 * incident per environment at a time, whatever runs concurrently:
 *   - a failed run with no open incident takes the environment's lock (lock.ts), looks again and
 *     creates the incident only when still nobody has; concurrent runs wait for the lock and then
 *     comment on the incident the first one opened, so watchers are notified once;
 *   - without the lock (no `contents: write`, or held too long) it creates the incident, then lists
 *     again; when concurrent runs created more than one, the lowest number wins and the others
 *     close themselves as duplicates, moving their report into a comment on the winner;
 *   - a later failed run comments on the open incident and refreshes its timeline and state;
 *   - a passing run comments "recovered" and closes it when `close-on-recovery` is set;
 *   - a re-run of the same workflow run finds its run in the state block and writes nothing.
 */
import type { Assessment } from '../assess/types.js';
import type { GitHubClient } from '../github/client.js';
import type { DeployFacts } from '../report/verify-markdown.js';
import type { Verdict } from '../verdict/types.js';
import { duplicateComment, failureComment, recoveredComment } from './comments.js';
import {
  appendTimeline,
  findOpenIncidents,
  statusOf,
  styleNewLabels,
  toIncidentIssue,
  type IncidentIssue,
  type RepoRef
} from './github.js';

type IssueLabels = Parameters<typeof styleNewLabels>[2];
import { severityOf } from './labels.js';
import { acquireIncidentLock, type LockSettings } from './lock.js';
import { type IncidentKey, type RunMarkKind } from './markers.js';
import { renderIncident, type RollbackAdvice } from './render.js';
import {
  emptyState,
  runKey,
  withRun,
  withTimeline,
  type AssessmentSummary,
  type IncidentState
} from './state.js';

export interface IncidentSettings {
  closeOnRecovery: boolean;
  /** Open an incident on an inconclusive verdict too. */
  onInconclusive: boolean;
  labels: readonly string[];
  assignees: readonly string[];
  /** With no configured assignees, assign the deploy's actor (bots never). */
  assignActor: boolean;
  /** Name the service in the title: set when `incident.service` is configured. */
  serviceInTitle?: boolean;
}

export interface UpsertIncidentInput {
  gh: GitHubClient;
  /** Open incidents for the key as the caller just listed them (saves the first listing call). */
  openIncidents?: IncidentIssue[];
  repo: RepoRef;
  key: IncidentKey;
  verdict: Verdict;
  assessment: Assessment | null;
  facts: DeployFacts;
  run: { runId: number; attempt: number };
  settings: IncidentSettings;
  now: Date;
  /** What `/rollback` would do for this state; the caller owns the revert settings. */
  rollback?: (state: IncidentState) => RollbackAdvice | null;
  prByCommit?: Readonly<Record<string, number>>;
  log?: (line: string) => void;
  /** Timing of the environment lock; defaults suit real runs, tests shorten them. */
  lock?: Partial<LockSettings>;
}

export type UpsertResult =
  | { action: 'none' }
  | { action: 'unchanged' | 'opened' | 'updated' | 'recovered'; incident: IncidentIssue }
  /** This run opened a duplicate, closed it and handed its report to `incident`. */
  | { action: 'merged'; incident: IncidentIssue; duplicate: number };

export async function upsertIncident(input: UpsertIncidentInput): Promise<UpsertResult> {
  const { verdict } = input;
  if (verdict.verdict === 'pending') return { action: 'none' };
  const open = input.openIncidents ?? (await findOpenIncidents(input.gh, input.repo, input.key));
  const current = open[0];
  if (verdict.verdict === 'pass') return current ? recover(input, current) : { action: 'none' };
  if (current) return update(input, current);
  if (verdict.verdict === 'inconclusive' && !input.settings.onInconclusive) return { action: 'none' };
  return createUnderLock(input);
}

/** How often a run may find the lock released by another and look again before going on alone. */
const LOCK_ROUNDS = 3;

/**
 * Creates the incident while holding the environment's lock, after looking once more: a run that
 * waited for the lock finds the incident its predecessor opened and comments on it instead.
 */
async function createUnderLock(input: UpsertIncidentInput): Promise<UpsertResult> {
  const { gh, repo, key } = input;
  for (let round = 0; round < LOCK_ROUNDS; round++) {
    const lock = await acquireIncidentLock({
      gh,
      repo,
      environment: key.environment,
      runId: input.run.runId,
      settings: input.lock,
      log: input.log
    });
    if (lock.kind === 'unavailable') break;
    if (lock.kind === 'released') {
      const opened = (await findOpenIncidents(gh, repo, key))[0];
      if (opened) return update(input, opened);
      continue;
    }
    try {
      const opened = (await findOpenIncidents(gh, repo, key))[0];
      // Every run that could open this incident waits for the lock, so no duplicate can appear.
      return opened ? await update(input, opened) : await create(input, { checkDuplicates: false });
    } finally {
      await lock.release();
    }
  }
  return create(input);
}

/** Keys a run may already have written for this verdict: a re-run must not repeat them. */
function kindsFor(verdict: Verdict['verdict']): RunMarkKind[] {
  if (verdict === 'pass') return ['recovered'];
  if (verdict === 'fail') return ['opened', 'failure'];
  return ['opened', 'inconclusive'];
}

function alreadyWritten(state: IncidentState, runId: number, verdict: Verdict['verdict']): boolean {
  return kindsFor(verdict).some((kind) => state.runs.includes(runKey(runId, kind)));
}

export function summarizeAssessment(a: Assessment): AssessmentSummary {
  return {
    verdict: a.verdict,
    targetSha: a.target.sha,
    targetRef: a.target.ref,
    migrationsChanged: a.migrationsChanged,
    contractsChanged: a.contractsChanged,
    recommendation: a.recommendation.slice(0, 300),
    findings: [...a.factors]
      .filter((f) => f.severity !== 'info')
      .sort((x, y) => Number(y.severity === 'blocker') - Number(x.severity === 'blocker'))
      .slice(0, 20)
      .map((f) => ({
        kind: f.kind,
        severity: f.severity,
        path: f.path,
        line: f.line,
        detail: f.detail.slice(0, 200)
      }))
  };
}

/** The assessment as far as the state block remembers it: enough for the revert policy. */
export function assessmentFromSummary(s: AssessmentSummary): Assessment {
  return {
    verdict: s.verdict,
    migrationsChanged: s.migrationsChanged,
    contractsChanged: s.contractsChanged,
    target: {
      sha: s.targetSha,
      ref: s.targetRef,
      how: 'as assessed when the incident was last updated',
      skipped: []
    },
    factors: s.findings.map((f) => ({ ...f, commit: null, recommendation: '' })),
    recommendation: s.recommendation
  };
}

function withVerdict(state: IncidentState, input: UpsertIncidentInput): IncidentState {
  return {
    ...state,
    headSha: input.facts.sha ?? state.headSha,
    lastVerdict: input.verdict.verdict,
    lastReason: input.verdict.reason.slice(0, 300),
    assessment: input.assessment ? summarizeAssessment(input.assessment) : state.assessment
  };
}

async function create(input: UpsertIncidentInput, { checkDuplicates = true } = {}): Promise<UpsertResult> {
  const { gh, repo, key, verdict, run } = input;
  const at = input.now.toISOString();
  let state = withVerdict(emptyState(key.environment, key.service, at), input);
  state = withTimeline(state, { at, kind: 'opened', text: `${verdict.verdict}: ${verdict.reason}` });
  state = withRun(state, run.runId, 'opened');
  const rendered = renderIncident({
    key,
    verdict,
    assessment: input.assessment,
    facts: input.facts,
    state,
    rollback: input.rollback?.(state) ?? null,
    prByCommit: input.prByCommit,
    run: { ...run, kind: 'opened' },
    extraLabels: input.settings.labels,
    serviceInTitle: input.settings.serviceInTitle
  });
  const assignees = chooseAssignees(input);
  const { issue: created, labels } = await createIssue(
    input,
    { title: rendered.title, body: rendered.body, labels: rendered.labels },
    assignees
  );
  await styleNewLabels(gh, repo, labels, rendered.labels, input.log);
  if (rendered.shortened.length)
    input.log?.(`Incident #${created.number} was shortened to fit: ${rendered.shortened.join(', ')}`);

  if (!checkDuplicates) return { action: 'opened', incident: created };
  // Concurrent runs may each have opened one: the lowest number wins, the rest step aside.
  const open = await findOpenIncidents(gh, repo, key);
  const winner = open[0];
  if (!winner || winner.number >= created.number) return { action: 'opened', incident: created };
  await gh.rest.issues.createComment({
    ...repo,
    issue_number: winner.number,
    body: duplicateComment(created.number, created.body, { ...run, kind: 'duplicate' })
  });
  await gh.rest.issues.update({
    ...repo,
    issue_number: created.number,
    state: 'closed',
    state_reason: 'duplicate',
    // Without the incident marker, later runs and triage no longer take it for an incident.
    body: `Duplicate of #${winner.number}: a concurrent run opened that incident first; this report was moved there.\n\n<!-- postflight:duplicate-of=${winner.number} -->`
  });
  input.log?.(
    `Incident #${created.number} duplicated #${winner.number}; closed it and moved its report there.`
  );
  return { action: 'merged', incident: winner, duplicate: created.number };
}

async function createIssue(
  input: UpsertIncidentInput,
  content: { title: string; body: string; labels: string[] },
  assignees: string[]
): Promise<{ issue: IncidentIssue; labels: IssueLabels }> {
  const { gh, repo, key } = input;
  try {
    const { data } = await gh.rest.issues.create({ ...repo, ...content, assignees });
    return { issue: toIncidentIssue(data, key), labels: data.labels };
  } catch (error) {
    // GitHub rejects the whole issue when one assignee cannot be assigned: open it without them,
    // then assign each one alone so the others still get it.
    if (statusOf(error) !== 422 || assignees.length === 0) throw error;
    const { data } = await gh.rest.issues.create({ ...repo, ...content });
    const issue = toIncidentIssue(data, key);
    for (const login of assignees) {
      try {
        await gh.rest.issues.addAssignees({ ...repo, issue_number: issue.number, assignees: [login] });
        issue.assignees.push(login);
      } catch {
        input.log?.(
          `Could not assign ${login} to incident #${issue.number}; they may lack access to the repository.`
        );
      }
    }
    return { issue, labels: data.labels };
  }
}

function chooseAssignees(input: UpsertIncidentInput): string[] {
  const configured = input.settings.assignees.filter((a) => !isBot(a));
  if (configured.length) return [...new Set(configured)].slice(0, 10);
  const actor = input.facts.actor;
  return input.settings.assignActor && actor && !isBot(actor) ? [actor] : [];
}

export function isBot(login: string): boolean {
  return /\[bot\]$/i.test(login);
}

async function update(input: UpsertIncidentInput, incident: IncidentIssue): Promise<UpsertResult> {
  const { verdict, run } = input;
  if (alreadyWritten(incident.state, run.runId, verdict.verdict)) return { action: 'unchanged', incident };
  const kind = verdict.verdict === 'fail' ? 'failure' : 'inconclusive';
  const at = input.now.toISOString();
  const updated = await appendTimeline(input.gh, input.repo, incident, {
    entry: { at, kind, text: `${verdict.verdict}: ${verdict.reason}` },
    comment: failureComment(verdict, input.facts, input.assessment, { ...run, kind }),
    run: { runId: run.runId, kind },
    mutate: (state) => withVerdict(state, input),
    labels: escalatedLabels(incident.labels, verdict)
  });
  return { action: 'updated', incident: updated };
}

const SEVERITY_RANK: Record<string, number> = {
  'severity:medium': 1,
  'severity:high': 2,
  'severity:critical': 3
};

/** A worse failure raises the severity label; a milder one never lowers it. Undefined: unchanged. */
export function escalatedLabels(labels: string[], verdict: Verdict): string[] | undefined {
  const next = severityOf(verdict);
  const current = Math.max(0, ...labels.map((l) => SEVERITY_RANK[l] ?? 0));
  if ((SEVERITY_RANK[next] ?? 0) <= current) return undefined;
  return [...labels.filter((l) => !(l in SEVERITY_RANK)), next];
}

async function recover(input: UpsertIncidentInput, incident: IncidentIssue): Promise<UpsertResult> {
  const { verdict, run } = input;
  if (alreadyWritten(incident.state, run.runId, 'pass')) return { action: 'unchanged', incident };
  const closing = input.settings.closeOnRecovery;
  const updated = await appendTimeline(input.gh, input.repo, incident, {
    entry: { at: input.now.toISOString(), kind: 'recovered', text: `pass: ${verdict.reason}` },
    comment: recoveredComment(verdict, input.facts, closing, { ...run, kind: 'recovered' }),
    run: { runId: run.runId, kind: 'recovered' },
    mutate: (state) => withVerdict(state, input),
    ...(closing ? { close: 'completed' as const } : {})
  });
  return { action: 'recovered', incident: updated };
}
