// Deployment statuses out, deployment history in: the rollback-target finder works on these plain values.
import type { DeploymentRecord as HistoryRecord } from '../assess/history.js';
import type { GitHubClient } from './client.js';
import { truncate } from './text.js';

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';

/** GitHub rejects deployment status descriptions longer than this. */
export const DEPLOYMENT_DESCRIPTION_LIMIT = 140;

export interface SetDeploymentStatusInput {
  owner: string;
  repo: string;
  deploymentId: number;
  state: DeploymentState;
  description: string;
  logUrl?: string;
  environmentUrl?: string;
  /** false keeps GitHub from marking earlier deployments of the environment inactive on success. */
  autoInactive?: boolean;
}

export interface DeploymentStatusValue {
  state: DeploymentState;
  description: string;
  createdAt: string;
}

/** The rollback-target finder's record (assess/history.ts), with what the API adds. */
export interface DeploymentRecord extends HistoryRecord {
  environment: string;
  creator: string | null;
  /** Newest first. */
  statuses: DeploymentStatusValue[];
}

const STATES: readonly DeploymentState[] = [
  'error',
  'failure',
  'inactive',
  'in_progress',
  'queued',
  'pending',
  'success'
];

export async function setDeploymentStatus(
  gh: GitHubClient,
  input: SetDeploymentStatusInput
): Promise<{ id: number }> {
  if (!Number.isInteger(input.deploymentId) || input.deploymentId <= 0) {
    throw new Error(
      `setDeploymentStatus: deploymentId must be a positive integer, got ${String(input.deploymentId)}`
    );
  }
  if (!STATES.includes(input.state)) {
    throw new Error(
      `setDeploymentStatus: state must be one of ${STATES.join(', ')}, got ${String(input.state)}`
    );
  }
  const { data } = await gh.rest.repos.createDeploymentStatus({
    owner: input.owner,
    repo: input.repo,
    deployment_id: input.deploymentId,
    state: input.state,
    description: truncate(input.description, DEPLOYMENT_DESCRIPTION_LIMIT),
    ...(input.logUrl ? { log_url: input.logUrl } : {}),
    ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
    ...(input.autoInactive === undefined ? {} : { auto_inactive: input.autoInactive })
  });
  return { id: data.id };
}

export interface ListDeploymentsInput {
  owner: string;
  repo: string;
  environment: string;
  /** Most deployments to read, newest first (default 30, at most 300): bounds the API calls per run. */
  limit?: number;
  /** Statuses read per deployment (default 10): the latest few decide health. */
  statusesPerDeployment?: number;
  /** Deployments per listing request (default and maximum 100). */
  pageSize?: number;
  /**
   * Stop reading once this holds for a record (e.g. the rollback target is found): each further
   * deployment costs an API call for its statuses.
   */
  until?: (record: DeploymentRecord) => boolean;
  /** Deployments whose statuses are not needed (the release being assessed): listed, not read. */
  skipStatuses?: (deployment: { sha: string }) => boolean;
}

const MAX_DEPLOYMENTS = 300;

export async function listDeployments(
  gh: GitHubClient,
  input: ListDeploymentsInput
): Promise<DeploymentRecord[]> {
  const limit = Math.min(input.limit ?? 30, MAX_DEPLOYMENTS);
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`listDeployments: limit must be a positive integer, got ${String(input.limit)}`);
  const statusesPerDeployment = Math.min(Math.max(input.statusesPerDeployment ?? 10, 1), 100);
  const perPage = Math.min(limit, input.pageSize ?? 100, 100);

  const deployments: Array<{
    id: number;
    sha: string;
    ref: string;
    environment: string;
    created_at: string;
    creator: { login: string } | null;
  }> = [];
  for await (const page of gh.paginate.iterator(gh.rest.repos.listDeployments, {
    owner: input.owner,
    repo: input.repo,
    environment: input.environment,
    per_page: perPage
  })) {
    deployments.push(...page.data);
    if (deployments.length >= limit) break;
  }

  const records: DeploymentRecord[] = [];
  // Sequential on purpose: a burst of parallel reads is what trips GitHub's secondary limits.
  for (const d of deployments.slice(0, limit)) {
    const { data: statuses } = input.skipStatuses?.(d)
      ? { data: [] }
      : await gh.rest.repos.listDeploymentStatuses({
          owner: input.owner,
          repo: input.repo,
          deployment_id: d.id,
          per_page: statusesPerDeployment
        });
    records.push({
      id: d.id,
      sha: d.sha,
      ref: d.ref,
      environment: d.environment,
      createdAt: d.created_at,
      creator: d.creator?.login ?? null,
      statuses: statuses
        .map((s) => ({ state: s.state, description: s.description, createdAt: s.created_at }))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    });
    if (input.until?.(records.at(-1)!)) break;
  }
  // GitHub lists newest first already; sorting again makes that a guarantee rather than an assumption.
  return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}
