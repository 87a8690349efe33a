import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/github/text.ts
function truncate(text, max) {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}\u2026`;
}
function truncateWithNote(text, max, note) {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - note.length))}${note}`.slice(0, max);
}

// src/github/deployments.ts
var DEPLOYMENT_DESCRIPTION_LIMIT = 140, STATES = [
  "error",
  "failure",
  "inactive",
  "in_progress",
  "queued",
  "pending",
  "success"
];
async function setDeploymentStatus(gh, input) {
  if (!Number.isInteger(input.deploymentId) || input.deploymentId <= 0)
    throw new Error(
      `setDeploymentStatus: deploymentId must be a positive integer, got ${String(input.deploymentId)}`
    );
  if (!STATES.includes(input.state))
    throw new Error(
      `setDeploymentStatus: state must be one of ${STATES.join(", ")}, got ${String(input.state)}`
    );
  let { data } = await gh.rest.repos.createDeploymentStatus({
    owner: input.owner,
    repo: input.repo,
    deployment_id: input.deploymentId,
    state: input.state,
    description: truncate(input.description, DEPLOYMENT_DESCRIPTION_LIMIT),
    ...input.logUrl ? { log_url: input.logUrl } : {},
    ...input.environmentUrl ? { environment_url: input.environmentUrl } : {},
    ...input.autoInactive === void 0 ? {} : { auto_inactive: input.autoInactive }
  });
  return { id: data.id };
}
var MAX_DEPLOYMENTS = 300;
async function listDeployments(gh, input) {
  let limit = Math.min(input.limit ?? 30, MAX_DEPLOYMENTS);
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`listDeployments: limit must be a positive integer, got ${String(input.limit)}`);
  let statusesPerDeployment = Math.min(Math.max(input.statusesPerDeployment ?? 10, 1), 100), perPage = Math.min(limit, input.pageSize ?? 100, 100), deployments = [];
  for await (let page of gh.paginate.iterator(gh.rest.repos.listDeployments, {
    owner: input.owner,
    repo: input.repo,
    environment: input.environment,
    per_page: perPage
  }))
    if (deployments.push(...page.data), deployments.length >= limit) break;
  let records = [];
  for (let d of deployments.slice(0, limit)) {
    let { data: statuses } = input.skipStatuses?.(d) ? { data: [] } : await gh.rest.repos.listDeploymentStatuses({
      owner: input.owner,
      repo: input.repo,
      deployment_id: d.id,
      per_page: statusesPerDeployment
    });
    if (records.push({
      id: d.id,
      sha: d.sha,
      ref: d.ref,
      environment: d.environment,
      createdAt: d.created_at,
      creator: d.creator?.login ?? null,
      statuses: statuses.map((s) => ({ state: s.state, description: s.description, createdAt: s.created_at })).sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    }), input.until?.(records.at(-1))) break;
  }
  return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

export {
  truncate,
  truncateWithNote,
  DEPLOYMENT_DESCRIPTION_LIMIT,
  setDeploymentStatus,
  listDeployments
};
