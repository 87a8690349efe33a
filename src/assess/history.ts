/**
 * Finds the rollback target: the newest earlier deployment to the environment that was healthy.
 * Pure: the GitHub adapter supplies the deployments, newest first.
 */
import type { RollbackTarget } from './types.js';

export interface DeploymentStatusRecord {
  /** GitHub deployment status state: success, failure, error, inactive, in_progress, queued, pending. */
  state: string;
  description: string;
  createdAt: string;
}

export interface DeploymentRecord {
  id: number;
  sha: string;
  ref: string;
  createdAt: string;
  creator?: string | null;
  /** Newest first. */
  statuses: DeploymentStatusRecord[];
}

export interface FindTargetOptions {
  /** The deployed release N that is being assessed. */
  headSha: string;
  environment: string;
  /** A target named by the user wins over the history. */
  override?: { ref: string; sha: string };
}

const FAILED_STATES = new Set(['failure', 'error']);

function skipReason(deployment: DeploymentRecord): string | null {
  const latest = deployment.statuses[0];
  if (latest && FAILED_STATES.has(latest.state)) {
    const byPostflight = latest.description.startsWith('Postflight:');
    return `${byPostflight ? 'also failed verification' : `marked ${latest.state}`} at ${latest.createdAt}`;
  }
  if (!deployment.statuses.some((status) => status.state === 'success')) return 'never succeeded';
  return null;
}

function validate(deployments: DeploymentRecord[], options: FindTargetOptions): void {
  if (!Array.isArray(deployments))
    throw new Error('deployments must be an array of deployment records, newest first');
  if (!options.headSha)
    throw new Error('headSha must be the SHA of the deployed release, got an empty value');
  if (!options.environment)
    throw new Error('environment must name the deployment environment, got an empty value');
  for (const d of deployments) {
    if (typeof d.sha !== 'string' || !Array.isArray(d.statuses)) {
      throw new Error(`deployment ${String(d.id)} must have a sha string and a statuses array`);
    }
  }
}

export function findRollbackTarget(
  deployments: DeploymentRecord[],
  options: FindTargetOptions
): RollbackTarget {
  validate(deployments, options);
  if (options.override) {
    return { ref: options.override.ref, sha: options.override.sha, how: 'given as input', skipped: [] };
  }
  // Deployments of N itself (retries, re-runs) are not candidates; everything older than the
  // newest deployment of N is. When N was never recorded, every deployment is older.
  const newestOfHead = deployments.findIndex((d) => d.sha === options.headSha);
  const older = deployments.slice(newestOfHead + 1).filter((d) => d.sha !== options.headSha);

  const skipped: RollbackTarget['skipped'] = [];
  for (const deployment of older) {
    const reason = skipReason(deployment);
    if (reason === null) {
      const age = deployment.createdAt ? `, deployed ${deployment.createdAt}` : '';
      const passed = skipped.length
        ? `; passed over ${skipped.length} later release${skipped.length === 1 ? '' : 's'}`
        : '';
      return {
        ref: deployment.ref,
        sha: deployment.sha,
        how: `last successful deployment to ${options.environment} (#${deployment.id}${age})${passed}`,
        skipped
      };
    }
    // The same SHA deployed twice is one release to undo.
    if (!skipped.some((s) => s.sha === deployment.sha)) {
      skipped.push({ sha: deployment.sha, ref: deployment.ref, reason });
    }
  }
  return {
    ref: null,
    sha: null,
    how: `no earlier successful deployment to ${options.environment}`,
    skipped
  };
}

/**
 * Whether a deployment could be the rollback target for `headSha`; lets a caller stop reading the
 * history (one API call per deployment) as soon as it has found one.
 */
export function isTargetCandidate(deployment: DeploymentRecord, headSha: string): boolean {
  return deployment.sha !== headSha && skipReason(deployment) === null;
}
