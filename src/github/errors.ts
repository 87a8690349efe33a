// GitHub's raw errors ("Resource not accessible by integration", "Not Found", rate limits) turned into errors
// that tell a workflow author exactly what to change.

export type PermissionScope =
  'actions' | 'checks' | 'contents' | 'deployments' | 'issues' | 'metadata' | 'pull-requests' | 'statuses';

export interface RequiredPermission {
  scope: PermissionScope;
  level: 'read' | 'write';
}

/** Keyed by `METHOD /url/template`, as Octokit's request options carry them before expansion. */
const PERMISSIONS: Record<string, RequiredPermission> = {};
function need(scope: PermissionScope, level: 'read' | 'write', ...routes: string[]): void {
  for (const route of routes) PERMISSIONS[route] = { scope, level };
}
need(
  'checks',
  'write',
  'POST /repos/{owner}/{repo}/check-runs',
  'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}'
);
need(
  'checks',
  'read',
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
  'GET /repos/{owner}/{repo}/check-runs/{check_run_id}'
);
need(
  'deployments',
  'write',
  'POST /repos/{owner}/{repo}/deployments',
  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'
);
need(
  'deployments',
  'read',
  'GET /repos/{owner}/{repo}/deployments',
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}',
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses'
);
need('statuses', 'write', 'POST /repos/{owner}/{repo}/statuses/{sha}');
need(
  'statuses',
  'read',
  'GET /repos/{owner}/{repo}/commits/{ref}/statuses',
  'GET /repos/{owner}/{repo}/commits/{ref}/status'
);
need(
  'issues',
  'write',
  'POST /repos/{owner}/{repo}/issues',
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
  'POST /repos/{owner}/{repo}/labels',
  'POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
  'POST /repos/{owner}/{repo}/issues/{issue_number}/reactions'
);
need(
  'issues',
  'read',
  'GET /repos/{owner}/{repo}/issues',
  'GET /repos/{owner}/{repo}/issues/{issue_number}',
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments'
);
need(
  'contents',
  'write',
  'POST /repos/{owner}/{repo}/git/refs',
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  'POST /repos/{owner}/{repo}/git/trees',
  'POST /repos/{owner}/{repo}/git/commits',
  'POST /repos/{owner}/{repo}/dispatches'
);
need(
  'contents',
  'read',
  'GET /repos/{owner}/{repo}/compare/{basehead}',
  'GET /repos/{owner}/{repo}/compare/{base}...{head}',
  'GET /repos/{owner}/{repo}/commits',
  'GET /repos/{owner}/{repo}/commits/{ref}',
  'GET /repos/{owner}/{repo}/contents/{path}',
  'GET /repos/{owner}/{repo}/git/ref/{ref}',
  'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
  'GET /repos/{owner}/{repo}/git/trees/{tree_sha}'
);
need('pull-requests', 'write', 'POST /repos/{owner}/{repo}/pulls');
need(
  'pull-requests',
  'read',
  'GET /repos/{owner}/{repo}/pulls',
  'GET /repos/{owner}/{repo}/pulls/{pull_number}',
  'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls'
);
need('actions', 'write', 'POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches');

export function requiredPermission(method: string, urlTemplate: string): RequiredPermission | undefined {
  return PERMISSIONS[`${method.toUpperCase()} ${urlTemplate}`];
}

export function formatPermission(p: RequiredPermission): string {
  return `${p.scope}: ${p.level}`;
}

/** The token lacks a permission; the message names the line to add to the workflow's `permissions:` block. */
export class MissingPermissionError extends Error {
  override readonly name = 'MissingPermissionError';
  readonly status = 403;
  constructor(
    readonly permission: RequiredPermission,
    readonly operation: string
  ) {
    super(
      `GitHub refused ${operation}: the token lacks \`${formatPermission(permission)}\`. ` +
        `Add \`${formatPermission(permission)}\` to the workflow's \`permissions:\` block (or the job's).`
    );
  }
}

/** A 404 that may hide missing access: GitHub answers 404, not 403, when the token cannot see a private resource. */
export class GitHubNotFoundError extends Error {
  override readonly name = 'GitHubNotFoundError';
  readonly status = 404;
  constructor(
    readonly operation: string,
    readonly possiblePermission: RequiredPermission | undefined
  ) {
    super(
      `GitHub answered 404 Not Found for ${operation}. The resource does not exist` +
        (possiblePermission
          ? `, or the token cannot see it: on a private repository GitHub hides missing \`${formatPermission(possiblePermission)}\` as 404.`
          : '.')
    );
  }
}

export class RateLimitError extends Error {
  override readonly name = 'RateLimitError';
  constructor(
    readonly kind: 'primary' | 'secondary',
    readonly operation: string,
    readonly status: number,
    readonly resetAt: Date | undefined,
    readonly retryAfterSeconds: number | undefined
  ) {
    super(
      kind === 'primary'
        ? `GitHub's API rate limit is exhausted (${operation}); it resets at ${resetAt?.toISOString() ?? 'an unknown time'}. ` +
            'Postflight stopped retrying rather than wait that long.'
        : `GitHub's secondary rate limit stopped ${operation}` +
            (retryAfterSeconds !== undefined ? ` (retry after ${retryAfterSeconds}s)` : '') +
            '; Postflight gave up after its bounded retries. Fewer concurrent jobs writing to GitHub will help.'
    );
  }
}

interface RequestErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

function isRequestError(error: unknown): error is RequestErrorLike {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

function header(error: RequestErrorLike, name: string): string | undefined {
  const value = error.response?.headers?.[name];
  return value === undefined ? undefined : String(value);
}

/**
 * Maps an Octokit RequestError for `method urlTemplate` to a clearer error, or returns it unchanged.
 * Messages never include request headers, so the token cannot leak through them.
 */
export function explainGitHubError(error: unknown, method: string, urlTemplate: string): unknown {
  if (!isRequestError(error)) return error;
  const operation = `${method.toUpperCase()} ${urlTemplate}`;
  const message = (error.response?.data as { message?: string } | undefined)?.message ?? error.message;
  if ((error.status === 403 || error.status === 429) && /secondary rate limit/i.test(message)) {
    const retryAfter = Number(header(error, 'retry-after'));
    return new RateLimitError(
      'secondary',
      operation,
      error.status,
      undefined,
      Number.isFinite(retryAfter) ? retryAfter : undefined
    );
  }
  if ((error.status === 403 || error.status === 429) && header(error, 'x-ratelimit-remaining') === '0') {
    const reset = Number(header(error, 'x-ratelimit-reset'));
    return new RateLimitError(
      'primary',
      operation,
      error.status,
      Number.isFinite(reset) ? new Date(reset * 1000) : undefined,
      undefined
    );
  }
  const permission = requiredPermission(method, urlTemplate);
  if (error.status === 403 && /Resource not accessible by integration/i.test(message) && permission) {
    return new MissingPermissionError(permission, operation);
  }
  if (error.status === 404) {
    return new GitHubNotFoundError(operation, permission);
  }
  return error;
}
