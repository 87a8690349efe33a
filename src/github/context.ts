// What the jobs need from the Actions run, typed once. Built from the runner's variables in the action,
// from a plain object in tests and the CLI.

/** What Postflight reads of a run (the same fields as @actions/github's `Context`, which satisfies it). */
export interface ActionsContextLike {
  eventName: string;
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  actor: string;
  runId: number;
  runAttempt?: number;
  serverUrl?: string;
  apiUrl?: string;
  repo: { owner: string; repo: string };
}

export interface DeploymentPayload {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  task?: string;
}

export interface DeploymentStatusPayload {
  id: number;
  state: string;
  description: string | null;
  environmentUrl: string | null;
  /** When the status was posted: for a `success` status, the moment the deploy finished. */
  createdAt: string | null;
}

export interface PullRequestPayload {
  number: number;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
}

export interface IssuePayload {
  number: number;
  title: string;
  labels: string[];
  isPullRequest: boolean;
}

export interface CommentPayload {
  id: number;
  body: string;
  author: string;
}

export interface PostflightContext {
  eventName: string;
  /** The webhook's `action` (`created`, `edited`, ...), when the event has one. */
  action?: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  actor: string;
  runId: number;
  runAttempt: number;
  /** `${serverUrl}/${owner}/${repo}/actions/runs/${runId}/attempts/${runAttempt}`. */
  runUrl: string;
  serverUrl: string;
  apiUrl: string;
  /** From the event's `repository` (every repository event carries it); unset otherwise. */
  defaultBranch?: string;
  deployment?: DeploymentPayload;
  deploymentStatus?: DeploymentStatusPayload;
  pullRequest?: PullRequestPayload;
  issue?: IssuePayload;
  comment?: CommentPayload;
}

type Obj = Record<string, unknown>;

function obj(value: unknown): Obj | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Obj) : undefined;
}

function str(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`The ${where} in the event payload is missing or not text.`);
  return value;
}

function num(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new Error(`The ${where} in the event payload is missing or not a number.`);
  return value;
}

export function buildContext(source: ActionsContextLike): PostflightContext {
  const { owner, repo } = source.repo;
  if (!owner || !repo)
    throw new Error('The repository is unknown: GITHUB_REPOSITORY must be set as "owner/repo".');
  const serverUrl = (source.serverUrl || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (source.apiUrl || 'https://api.github.com').replace(/\/+$/, '');
  const runAttempt = source.runAttempt && source.runAttempt > 0 ? source.runAttempt : 1;
  const payload = source.payload ?? {};
  const context: PostflightContext = {
    eventName: source.eventName,
    owner,
    repo,
    sha: source.sha,
    ref: source.ref,
    actor: source.actor,
    runId: source.runId,
    runAttempt,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${source.runId}/attempts/${runAttempt}`,
    serverUrl,
    apiUrl
  };

  if (typeof payload.action === 'string') context.action = payload.action;
  const repository = obj(payload.repository);
  if (typeof repository?.default_branch === 'string') context.defaultBranch = repository.default_branch;

  const deployment = obj(payload.deployment);
  if (deployment) {
    context.deployment = {
      id: num(deployment.id, 'deployment.id'),
      sha: str(deployment.sha, 'deployment.sha'),
      ref: str(deployment.ref, 'deployment.ref'),
      environment: str(deployment.environment, 'deployment.environment'),
      ...(typeof deployment.task === 'string' ? { task: deployment.task } : {})
    };
  }
  const status = obj(payload.deployment_status);
  if (status) {
    context.deploymentStatus = {
      id: num(status.id, 'deployment_status.id'),
      state: str(status.state, 'deployment_status.state'),
      description: typeof status.description === 'string' ? status.description : null,
      environmentUrl:
        typeof status.environment_url === 'string' && status.environment_url ? status.environment_url : null,
      createdAt: typeof status.created_at === 'string' ? status.created_at : null
    };
  }
  const pull = obj(payload.pull_request);
  if (pull) {
    const head = obj(pull.head) ?? {};
    const base = obj(pull.base) ?? {};
    context.pullRequest = {
      number: num(pull.number, 'pull_request.number'),
      headSha: str(head.sha, 'pull_request.head.sha'),
      headRef: str(head.ref, 'pull_request.head.ref'),
      baseRef: str(base.ref, 'pull_request.base.ref'),
      baseSha: str(base.sha, 'pull_request.base.sha')
    };
  }
  const issue = obj(payload.issue);
  if (issue) {
    const labels = Array.isArray(issue.labels) ? issue.labels : [];
    context.issue = {
      number: num(issue.number, 'issue.number'),
      title: typeof issue.title === 'string' ? issue.title : '',
      labels: labels.map((l) => (typeof l === 'string' ? l : String(obj(l)?.name ?? ''))).filter(Boolean),
      isPullRequest: obj(issue.pull_request) !== undefined
    };
  }
  const comment = obj(payload.comment);
  if (comment) {
    context.comment = {
      id: num(comment.id, 'comment.id'),
      body: typeof comment.body === 'string' ? comment.body : '',
      author: str(obj(comment.user)?.login, 'comment.user.login')
    };
  }
  return context;
}

/**
 * The live run, read from the variables the runner sets and the event file it writes. This is
 * what @actions/github's `context` does; reading them here keeps its ~1 MB bundle off the
 * start-up path, where every millisecond delays the first poll.
 */
export async function contextFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<PostflightContext> {
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    const { readFile } = await import('node:fs/promises');
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new Error(
        `GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}) could not be read as the event's JSON: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error }
      );
    }
  }
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  return buildContext({
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    runId: Number(env.GITHUB_RUN_ID ?? 0),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
    serverUrl: env.GITHUB_SERVER_URL,
    apiUrl: env.GITHUB_API_URL,
    repo: { owner, repo }
  });
}
