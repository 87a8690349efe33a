import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/github/errors.ts
var PERMISSIONS = {};
function need(scope, level, ...routes) {
  for (let route of routes) PERMISSIONS[route] = { scope, level };
}
need(
  "checks",
  "write",
  "POST /repos/{owner}/{repo}/check-runs",
  "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"
);
need(
  "checks",
  "read",
  "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
  "GET /repos/{owner}/{repo}/check-runs/{check_run_id}"
);
need(
  "deployments",
  "write",
  "POST /repos/{owner}/{repo}/deployments",
  "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
);
need(
  "deployments",
  "read",
  "GET /repos/{owner}/{repo}/deployments",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}",
  "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
);
need("statuses", "write", "POST /repos/{owner}/{repo}/statuses/{sha}");
need(
  "statuses",
  "read",
  "GET /repos/{owner}/{repo}/commits/{ref}/statuses",
  "GET /repos/{owner}/{repo}/commits/{ref}/status"
);
need(
  "issues",
  "write",
  "POST /repos/{owner}/{repo}/issues",
  "PATCH /repos/{owner}/{repo}/issues/{issue_number}",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
  "PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
  "POST /repos/{owner}/{repo}/labels",
  "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions",
  "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
);
need(
  "issues",
  "read",
  "GET /repos/{owner}/{repo}/issues",
  "GET /repos/{owner}/{repo}/issues/{issue_number}",
  "GET /repos/{owner}/{repo}/issues/{issue_number}/comments"
);
need(
  "contents",
  "write",
  "POST /repos/{owner}/{repo}/git/refs",
  "PATCH /repos/{owner}/{repo}/git/refs/{ref}",
  "POST /repos/{owner}/{repo}/git/trees",
  "POST /repos/{owner}/{repo}/git/commits",
  "POST /repos/{owner}/{repo}/dispatches"
);
need(
  "contents",
  "read",
  "GET /repos/{owner}/{repo}/compare/{basehead}",
  "GET /repos/{owner}/{repo}/compare/{base}...{head}",
  "GET /repos/{owner}/{repo}/commits",
  "GET /repos/{owner}/{repo}/commits/{ref}",
  "GET /repos/{owner}/{repo}/contents/{path}",
  "GET /repos/{owner}/{repo}/git/ref/{ref}",
  "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
  "GET /repos/{owner}/{repo}/git/trees/{tree_sha}"
);
need("pull-requests", "write", "POST /repos/{owner}/{repo}/pulls");
need(
  "pull-requests",
  "read",
  "GET /repos/{owner}/{repo}/pulls",
  "GET /repos/{owner}/{repo}/pulls/{pull_number}",
  "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
);
need("actions", "write", "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches");
function requiredPermission(method, urlTemplate) {
  return PERMISSIONS[`${method.toUpperCase()} ${urlTemplate}`];
}
function formatPermission(p) {
  return `${p.scope}: ${p.level}`;
}
var MissingPermissionError = class extends Error {
  constructor(permission, operation) {
    super(
      `GitHub refused ${operation}: the token lacks \`${formatPermission(permission)}\`. Add \`${formatPermission(permission)}\` to the workflow's \`permissions:\` block (or the job's).`
    );
    this.permission = permission;
    this.operation = operation;
  }
  permission;
  operation;
  name = "MissingPermissionError";
  status = 403;
}, GitHubNotFoundError = class extends Error {
  constructor(operation, possiblePermission) {
    super(
      `GitHub answered 404 Not Found for ${operation}. The resource does not exist` + (possiblePermission ? `, or the token cannot see it: on a private repository GitHub hides missing \`${formatPermission(possiblePermission)}\` as 404.` : ".")
    );
    this.operation = operation;
    this.possiblePermission = possiblePermission;
  }
  operation;
  possiblePermission;
  name = "GitHubNotFoundError";
  status = 404;
}, RateLimitError = class extends Error {
  constructor(kind, operation, status, resetAt, retryAfterSeconds) {
    super(
      kind === "primary" ? `GitHub's API rate limit is exhausted (${operation}); it resets at ${resetAt?.toISOString() ?? "an unknown time"}. Postflight stopped retrying rather than wait that long.` : `GitHub's secondary rate limit stopped ${operation}` + (retryAfterSeconds !== void 0 ? ` (retry after ${retryAfterSeconds}s)` : "") + "; Postflight gave up after its bounded retries. Fewer concurrent jobs writing to GitHub will help."
    );
    this.kind = kind;
    this.operation = operation;
    this.status = status;
    this.resetAt = resetAt;
    this.retryAfterSeconds = retryAfterSeconds;
  }
  kind;
  operation;
  status;
  resetAt;
  retryAfterSeconds;
  name = "RateLimitError";
};
function isRequestError(error) {
  return error instanceof Error && typeof error.status == "number";
}
function header(error, name) {
  let value = error.response?.headers?.[name];
  return value === void 0 ? void 0 : String(value);
}
function explainGitHubError(error, method, urlTemplate) {
  if (!isRequestError(error)) return error;
  let operation = `${method.toUpperCase()} ${urlTemplate}`, message = error.response?.data?.message ?? error.message;
  if ((error.status === 403 || error.status === 429) && /secondary rate limit/i.test(message)) {
    let retryAfter = Number(header(error, "retry-after"));
    return new RateLimitError(
      "secondary",
      operation,
      error.status,
      void 0,
      Number.isFinite(retryAfter) ? retryAfter : void 0
    );
  }
  if ((error.status === 403 || error.status === 429) && header(error, "x-ratelimit-remaining") === "0") {
    let reset = Number(header(error, "x-ratelimit-reset"));
    return new RateLimitError(
      "primary",
      operation,
      error.status,
      Number.isFinite(reset) ? new Date(reset * 1e3) : void 0,
      void 0
    );
  }
  let permission = requiredPermission(method, urlTemplate);
  return error.status === 403 && /Resource not accessible by integration/i.test(message) && permission ? new MissingPermissionError(permission, operation) : error.status === 404 ? new GitHubNotFoundError(operation, permission) : error;
}

export {
  MissingPermissionError,
  explainGitHubError
};
