/**
 * Rollback safety for a deployed release: find the target in the environment's deployment
 * history, build the change set (local git when the checkout has it, the compare API otherwise)
 * and assess it. Loaded with import() only when a deploy failed, a PR is assessed, or someone
 * asks `/reassess`, so the healthy verify path never pays for the parsers.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Assessment, ChangeSet, RollbackTarget } from '../assess/types.js';
import type { AssessConfig } from '../config/types.js';
import type { GitHubClient } from '../github/client.js';
import { listDeployments } from '../github/deployments.js';
import { findRollbackTarget, isTargetCandidate } from '../assess/history.js';
import { assess } from '../assess/assess.js';
import { localChangeSet } from '../git/local.js';
import { apiChangeSet } from '../git/compare-api.js';

export interface RollbackAssessmentInput {
  gh: GitHubClient;
  owner: string;
  repo: string;
  environment: string;
  /** The release being assessed (N). */
  headSha: string;
  /** Where the checkout is (GITHUB_WORKSPACE); its git history is used when present. */
  workspace: string;
  settings: AssessConfig;
  /** A target named by the user (`target` input, `/rollback <ref>`): skips the history. */
  target?: { ref: string; sha: string };
  /** How `target` was chosen, in words (default: given as input). */
  targetHow?: string;
  /** Deployments read from the history: each costs an API call for its statuses. */
  historyLimit?: number;
  log?: (line: string) => void;
}

export async function assessDeployedRelease(input: RollbackAssessmentInput): Promise<Assessment> {
  const log = input.log ?? (() => {});
  let target: RollbackTarget;
  if (input.target) {
    target = findRollbackTarget([], {
      headSha: input.headSha,
      environment: input.environment,
      override: input.target
    });
    if (input.targetHow) target = { ...target, how: input.targetHow };
  } else {
    const history = await listDeployments(input.gh, {
      owner: input.owner,
      repo: input.repo,
      environment: input.environment,
      limit: input.historyLimit ?? 10,
      // The first earlier release that succeeded and was not failed since is the target.
      until: (d) => isTargetCandidate(d, input.headSha),
      skipStatuses: (d) => d.sha === input.headSha
    });
    target = findRollbackTarget(history, { headSha: input.headSha, environment: input.environment });
  }
  return assessRange({ ...input, base: target.sha, target, log });
}

/** Assesses head against a base (null: no target known, the assessment then says `caution`). */
export async function assessRange(
  input: Omit<RollbackAssessmentInput, 'target'> & { base: string | null; target: RollbackTarget }
): Promise<Assessment> {
  const options = {
    criticalPaths: input.settings.criticalPaths,
    migrationGlobs: input.settings.migrations,
    contractGlobs: input.settings.contracts,
    lockstepClients: input.settings.lockstepClients ?? false
  };
  if (!input.base) return assess(emptyChangeSet(input.headSha), input.target, options);
  const changes = await changeSetFor(input, input.base);
  try {
    return await assess(changes, input.target, options);
  } catch (error) {
    // The local commit walk runs beside the diff, so a history whose trees are readable but whose
    // commits are not fails here rather than in localChangeSet: fall back the same way.
    const walkFailed = changes.commitsReady
      ? await changes.commitsReady.then(
          () => false,
          () => true
        )
      : false;
    if (!walkFailed) throw error;
    return await assess(await viaCompareApi(input, input.base, error), input.target, options);
  } finally {
    (changes as Partial<{ close(): void }>).close?.();
  }
}

async function changeSetFor(
  input: Pick<RollbackAssessmentInput, 'gh' | 'owner' | 'repo' | 'headSha' | 'workspace' | 'log'>,
  base: string
): Promise<ChangeSet> {
  if (existsSync(path.join(input.workspace, '.git'))) {
    try {
      return await localChangeSet({ repo: input.workspace, base, head: input.headSha });
    } catch (error) {
      return viaCompareApi(input, base, error);
    }
  }
  return apiChangeSet(input.gh, { owner: input.owner, repo: input.repo, base, head: input.headSha });
}

/** The change set from the compare API, after saying why the local history could not serve. */
function viaCompareApi(
  input: Pick<RollbackAssessmentInput, 'gh' | 'owner' | 'repo' | 'headSha' | 'log'>,
  base: string,
  localError: unknown
): Promise<ChangeSet> {
  input.log?.(
    `local git history unusable (${localError instanceof Error ? localError.message : String(localError)}); using the compare API`
  );
  return apiChangeSet(input.gh, { owner: input.owner, repo: input.repo, base, head: input.headSha });
}

function emptyChangeSet(head: string): ChangeSet {
  return {
    base: '',
    head,
    files: [],
    commits: [],
    complete: false,
    incompleteReason: 'no rollback target, so there is no range to read',
    read: async () => null
  };
}
