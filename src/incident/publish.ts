/**
 * What the verify job's `publish` seam runs for incidents: open, update or recover the incident,
 * then, on `fail` with `revert.mode` set, try the automatic revert the policy allows. The check
 * run and deployment statuses are the lead's wiring; this is only the incident side.
 *
 *   publish: async (outcome) => { await publishIncident(outcome, deps); await publishCheck(...); }
 */
import type { Config } from '../config/types.js';
import type { GitHubClient } from '../github/client.js';
import type { VerifyOutcome } from '../jobs/verify.js';
import type { DeployFacts } from '../report/verify-markdown.js';
import { attemptRevert, type RevertAttemptResult, type RevertSettings } from '../revert/attempt.js';
import { decideRevert } from '../revert/policy.js';
import type { IncidentIssue, RepoRef } from './github.js';
import type { RollbackAdvice } from './render.js';
import type { IncidentState } from './state.js';
import { upsertIncident, type UpsertResult } from './upsert.js';

export interface IncidentPublishDeps {
  gh: GitHubClient;
  /** Open incidents for this environment as just listed by the caller, if it did. */
  openIncidents?: IncidentIssue[];
  /** An app token's client for revert pull requests (GITHUB_TOKEN's pull requests start no CI). */
  pullRequestClient?: GitHubClient;
  repo: RepoRef;
  run: { runId: number; attempt: number };
  config: Pick<Config, 'environment' | 'incident' | 'revert'>;
  /** Usually `config.incident.service` or the repository name. */
  service: string;
  facts: Omit<DeployFacts, 'deployTime' | 'dryRun' | 'environment'>;
  defaultBranch: string;
  /** Assign the deploy's actor when `incident.assignees` is empty. */
  assignActor?: boolean;
  prByCommit?: Readonly<Record<string, number>>;
  now: () => Date;
  log?: (line: string) => void;
}

export interface IncidentPublishResult {
  upsert: UpsertResult;
  revert: RevertAttemptResult | null;
}

export async function publishIncident(
  outcome: VerifyOutcome,
  deps: IncidentPublishDeps
): Promise<IncidentPublishResult> {
  const { config } = deps;
  if (!config.incident.enabled) return { upsert: { action: 'none' }, revert: null };
  const key = { environment: config.environment, service: deps.service };
  const revert = revertSettings(deps);
  const upsert = await upsertIncident({
    gh: deps.gh,
    openIncidents: deps.openIncidents,
    repo: deps.repo,
    key,
    verdict: outcome.verdict,
    assessment: outcome.assessment,
    facts: { ...deps.facts, environment: config.environment, deployTime: outcome.deployTime, dryRun: false },
    run: deps.run,
    settings: {
      closeOnRecovery: config.incident.closeOnRecovery,
      onInconclusive: config.incident.onInconclusive,
      labels: config.incident.labels,
      assignees: config.incident.assignees,
      assignActor: deps.assignActor ?? true,
      serviceInTitle: config.incident.service !== undefined
    },
    now: deps.now(),
    rollback: (state) => rollbackAdvice(state, outcome, revert),
    prByCommit: deps.prByCommit,
    log: deps.log
  });
  deps.log?.(`Incident: ${upsert.action}${upsert.action === 'none' ? '' : ` #${upsert.incident.number}`}`);

  const automatic = outcome.verdict.verdict === 'fail' && config.revert.mode !== 'off';
  // A run that merged into a concurrent run's incident leaves the revert to that run: several
  // runs reading the same not-yet-updated state could otherwise each revert once.
  if (!automatic || upsert.action === 'none' || upsert.action === 'unchanged' || upsert.action === 'merged')
    return { upsert, revert: null };
  const result = await attemptRevert({
    gh: deps.gh,
    pullRequestClient: deps.pullRequestClient,
    repo: deps.repo,
    key,
    incident: upsert.incident,
    verdict: outcome.verdict.verdict,
    assessment: outcome.assessment,
    settings: revert,
    trigger: 'automatic',
    by: null,
    now: deps.now(),
    run: deps.run
  });
  deps.log?.(
    result.outcome
      ? `Automatic revert ${result.outcome.ok ? 'started' : 'failed'}: ${result.outcome.detail}`
      : `No automatic revert: ${result.decision.reasons.join('; ')}`
  );
  return { upsert, revert: result };
}

function revertSettings(deps: IncidentPublishDeps): RevertSettings {
  const r = deps.config.revert;
  return {
    mode: r.mode,
    workflow: r.workflow,
    eventType: r.eventType,
    maxPerDay: r.maxPerDay,
    defaultBranch: deps.defaultBranch
  };
}

/** What a person's `/rollback` would do, for the issue's "What to do" section. */
function rollbackAdvice(
  state: IncidentState,
  outcome: VerifyOutcome,
  revert: RevertSettings
): RollbackAdvice | null {
  if (!outcome.assessment) return null;
  // As in triage: with the automatic revert off, `/rollback` still opens a pull request.
  const mode = revert.mode === 'off' ? 'pull-request' : revert.mode;
  const input = {
    verdict: outcome.verdict.verdict,
    assessment: outcome.assessment,
    mode,
    incidentState: state,
    revertsToday: 0,
    maxPerDay: revert.maxPerDay,
    trigger: 'command' as const
  };
  return {
    decision: decideRevert(input),
    overridable: decideRevert({ ...input, override: { by: 'admin', reason: 'check' } }).allowed,
    mode
  };
}
