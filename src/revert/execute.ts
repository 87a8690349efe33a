/**
 * Carries out a revert the policy allowed. Two ways, because events caused by GITHUB_TOKEN start
 * no other workflows except workflow_dispatch and repository_dispatch:
 *   - `dispatch`: start the team's own deploy workflow with the target (workflow_dispatch with
 *     inputs `ref`, `reason`, `incident`, or repository_dispatch with an event type and payload);
 *   - `pull-request`: one commit on top of head whose tree is the target's tree (the whole range
 *     undone at once, merges included), on `postflight/revert-<env>-<incident>`, and a pull request.
 *     Pull requests opened with GITHUB_TOKEN do not trigger CI, so pass an app token's client.
 * Never throws: the outcome, good or bad, goes into the incident's timeline.
 */
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../incident/github.js';
import { statusOf } from '../incident/github.js';
import { redactSecretsInText } from '../report/escape.js';
import type { RevertHow } from './policy.js';

export interface RevertRequest {
  how: RevertHow;
  repo: RepoRef;
  environment: string;
  incident: number;
  target: { sha: string; ref: string | null };
  /** The deployed SHA that is being reverted. */
  headSha: string;
  reason: string;
  /** `dispatch`: a workflow file (or id), else a repository_dispatch event type. */
  workflow?: string;
  eventType?: string;
  /** The branch that holds the workflow file, and the pull request's base. */
  defaultBranch: string;
}

export type RevertOutcome =
  | { ok: true; how: RevertHow; detail: string; url: string | null; branch?: string; commit?: string }
  | { ok: false; how: RevertHow; detail: string };

export async function executeRevert(gh: GitHubClient, request: RevertRequest): Promise<RevertOutcome> {
  try {
    return request.how === 'dispatch' ? await dispatch(gh, request) : await pullRequest(gh, request);
  } catch (error) {
    return {
      ok: false,
      how: request.how,
      detail: redactSecretsInText(error instanceof Error ? error.message : String(error)).slice(0, 500)
    };
  }
}

async function dispatch(gh: GitHubClient, r: RevertRequest): Promise<RevertOutcome> {
  const reason = redactSecretsInText(r.reason).slice(0, 500);
  if (r.workflow) {
    await gh.rest.actions.createWorkflowDispatch({
      ...r.repo,
      workflow_id: r.workflow,
      ref: r.defaultBranch,
      inputs: { ref: r.target.sha, reason, incident: String(r.incident) }
    });
    return {
      ok: true,
      how: 'dispatch',
      detail: `started workflow ${r.workflow} on ${r.defaultBranch} with ref ${r.target.sha}`,
      url: null
    };
  }
  if (r.eventType) {
    await gh.rest.repos.createDispatchEvent({
      ...r.repo,
      event_type: r.eventType,
      client_payload: {
        ref: r.target.sha,
        target_ref: r.target.ref,
        environment: r.environment,
        reason,
        incident: r.incident,
        reverted_sha: r.headSha
      }
    });
    return {
      ok: true,
      how: 'dispatch',
      detail: `sent repository_dispatch ${r.eventType} with ref ${r.target.sha}`,
      url: null
    };
  }
  return {
    ok: false,
    how: 'dispatch',
    detail: 'revert.mode is dispatch but neither revert.workflow nor revert.event-type is set'
  };
}

export function revertBranch(environment: string, incident: number): string {
  const env = environment.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'env';
  return `postflight/revert-${env}-${incident}`;
}

async function pullRequest(gh: GitHubClient, r: RevertRequest): Promise<RevertOutcome> {
  const { data: target } = await gh.rest.git.getCommit({ ...r.repo, commit_sha: r.target.sha });
  const message = `Revert to ${r.target.sha}: Postflight incident #${r.incident}\n\n${redactSecretsInText(r.reason).slice(0, 2000)}`;
  const { data: commit } = await gh.rest.git.createCommit({
    ...r.repo,
    message,
    tree: target.tree.sha,
    parents: [r.headSha]
  });
  const branch = revertBranch(r.environment, r.incident);
  try {
    await gh.rest.git.createRef({ ...r.repo, ref: `refs/heads/${branch}`, sha: commit.sha });
  } catch (error) {
    // An earlier attempt for this incident left the branch: point it at the new commit.
    if (statusOf(error) !== 422) throw error;
    await gh.rest.git.updateRef({ ...r.repo, ref: `heads/${branch}`, sha: commit.sha, force: true });
  }
  const title = `Revert to ${r.target.sha.slice(0, 12)}: Postflight incident #${r.incident}`;
  const body = [
    `Reverts \`${r.environment.replace(/[`\r\n]/g, '')}\` from \`${r.headSha.slice(0, 12)}\` to \`${r.target.sha.slice(0, 12)}\`: one commit whose tree is the target's tree.`,
    '',
    `Postflight incident: #${r.incident}`
  ].join('\n');
  try {
    const { data: pr } = await gh.rest.pulls.create({
      ...r.repo,
      title,
      head: branch,
      base: r.defaultBranch,
      body
    });
    return {
      ok: true,
      how: 'pull-request',
      detail: `opened pull request #${pr.number}`,
      url: pr.html_url,
      branch,
      commit: commit.sha
    };
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
    const { data: existing } = await gh.rest.pulls.list({
      ...r.repo,
      head: `${r.repo.owner}:${branch}`,
      state: 'open'
    });
    const pr = existing[0];
    if (!pr) throw error;
    return {
      ok: true,
      how: 'pull-request',
      detail: `updated pull request #${pr.number}`,
      url: pr.html_url,
      branch,
      commit: commit.sha
    };
  }
}
