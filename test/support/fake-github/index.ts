/**
 * Fake GitHub: an in-memory REST API on 127.0.0.1 that real Octokit clients talk to via `baseUrl`.
 * Every request and response is checked against GitHub's OpenAPI description (@octokit/openapi).
 *
 *   const fake = await FakeGitHub.start();                       // afterAll: await fake.close()
 *   fake.seedRepo({ owner: 'acme', repo: 'shop' });
 *   const sha = fake.addCommit({ owner: 'acme', repo: 'shop', message: 'feat', files: { 'a.txt': 'hi\n' } });
 *   const dep = fake.addDeployment({ owner: 'acme', repo: 'shop', sha, environment: 'production' });
 *   fake.addDeploymentStatus({ owner: 'acme', repo: 'shop', deploymentId: dep.id, state: 'success' });
 *   const octokit = createGitHubClient({ token: FakeGitHub.TOKEN, baseUrl: fake.url });
 *   fake.addToken('ghs_ro', { checks: 'read' });                   // a GITHUB_TOKEN `permissions:` block
 *   fake.injectRateLimit({ kind: 'secondary', times: 1, retryAfterSeconds: 1 });   // or fake.setRateLimit({ remaining: 3 })
 *   fake.callCount('repos/list-deployments'); fake.assertNoViolations();
 *
 * Add an endpoint with one line in `routes/*.ts` keyed by its operationId (or `fake.routes[id] = route`).
 */
import { checkRoutes } from './routes/checks.js';
import { deploymentRoutes } from './routes/deployments.js';
import { gitRoutes } from './routes/git.js';
import { issueRoutes } from './routes/issues.js';
import { repoRoutes } from './routes/repos.js';
import type { RouteTable, World } from './routing.js';
import { FakeGitHubServer, type RateLimitRule, type RequestLogEntry, type Violation } from './server.js';
import {
  gitSha,
  IdSequence,
  isoSeconds,
  treeShaOf,
  type CollaboratorPermission,
  type CommitRecord,
  type DeploymentRecordState,
  type DeploymentStatusRecord,
  type IssueRecord,
  type PullRecord,
  type RepoState,
  type TokenPermissions
} from './state.js';

export { assertValidResponse, ResponseViolationError, type RateLimitRule, type Violation } from './server.js';
export { OpenApiDescription } from './openapi.js';
export { COMPARE_FILE_LIMIT } from './routes/repos.js';
export type { Route, RouteRequest, RouteResponse, RouteTable } from './routing.js';
export { HttpError } from './routing.js';
export type * from './state.js';

const ALL_WRITE: TokenPermissions = {
  actions: 'write',
  checks: 'write',
  contents: 'write',
  deployments: 'write',
  issues: 'write',
  metadata: 'read',
  'pull-requests': 'write',
  statuses: 'write'
};

interface RepoRef {
  owner: string;
  repo: string;
}

export class FakeGitHub {
  /** A token with every permission Postflight could ask for. */
  static readonly TOKEN = 'ghs_fake_all_permissions';
  readonly world: World = { repos: new Map(), ids: new IdSequence(), now: () => new Date() };
  readonly routes: RouteTable = {
    ...deploymentRoutes,
    ...checkRoutes,
    ...repoRoutes,
    ...issueRoutes,
    ...gitRoutes
  };
  private readonly server = new FakeGitHubServer(this.world, this.routes);
  private clock = Date.UTC(2026, 0, 1, 12, 0, 0);

  private constructor() {
    this.server.tokens.set(FakeGitHub.TOKEN, { permissions: ALL_WRITE, login: 'github-actions[bot]' });
  }

  static async start(): Promise<FakeGitHub> {
    const fake = new FakeGitHub();
    await fake.server.listen();
    return fake;
  }

  get url(): string {
    return this.server.url;
  }

  close(): Promise<void> {
    return this.server.close();
  }

  // --- observation ---------------------------------------------------------------------------

  get violations(): readonly Violation[] {
    return this.server.violations;
  }

  get requests(): readonly RequestLogEntry[] {
    return this.server.requests;
  }

  assertNoViolations(): void {
    if (!this.server.violations.length) return;
    const lines = this.server.violations.map(
      (v) => `${v.kind} ${v.method} ${v.path} (${v.operationId}):\n  ${v.errors.join('\n  ')}`
    );
    throw new Error(`fake-github recorded ${lines.length} violation(s):\n${lines.join('\n')}`);
  }

  /** HTTP calls answered for one operation (including rate-limited ones), or for all of them. */
  callCount(operationId?: string): number {
    return this.server.callCount(operationId);
  }

  callCounts(): Record<string, number> {
    return this.server.callCounts();
  }

  /** Forget counters, request log and violations, e.g. between a seeding phase and the measured run. */
  resetCounters(): void {
    this.server.resetCounters();
    this.server.violations.length = 0;
  }

  // --- behaviour -----------------------------------------------------------------------------

  /** Unspecified scopes are `none`, except `metadata: read`, as for a GITHUB_TOKEN with a `permissions:` block. */
  addToken(token: string, permissions: TokenPermissions, login = 'github-actions[bot]'): void {
    this.server.tokens.set(token, { permissions: { metadata: 'read', ...permissions }, login });
  }

  /** The next `times` matching calls answer with a rate-limit error instead of reaching the route. */
  injectRateLimit(rule: RateLimitRule): void {
    this.server.rateLimitRules.push({ ...rule });
  }

  /** The primary budget: `remaining` calls until the hour resets; at 0 every call answers 403 until then. */
  setRateLimit(options: { remaining: number; resetInSeconds?: number }): void {
    this.server.setRateLimit(options.remaining, options.resetInSeconds ?? 3600);
  }

  // --- seeding -------------------------------------------------------------------------------

  seedRepo(options: RepoRef & { defaultBranch?: string; private?: boolean }): RepoState {
    const key = `${options.owner}/${options.repo}`;
    const repo: RepoState = {
      id: this.world.ids.take(),
      owner: options.owner,
      name: options.repo,
      private: options.private ?? false,
      defaultBranch: options.defaultBranch ?? 'main',
      commits: new Map(),
      refs: new Map(),
      deployments: [],
      checkRuns: [],
      commitStatuses: [],
      pulls: [],
      collaborators: new Map(),
      issues: [],
      comments: [],
      labels: [],
      reactions: [],
      dispatches: [],
      trees: new Map()
    };
    this.world.repos.set(key, repo);
    return repo;
  }

  repo(owner: string, repo: string): RepoState {
    const found = this.world.repos.get(`${owner}/${repo}`);
    if (!found) throw new Error(`fake-github: repository ${owner}/${repo} was not seeded`);
    return found;
  }

  /**
   * Adds a commit on `branch` (default: the default branch) whose parent is the branch tip unless `parents` is given.
   * `files` maps a path to its new content, or to null to delete it. Returns the SHA.
   */
  addCommit(
    options: RepoRef & {
      message?: string;
      files?: Record<string, string | null>;
      branch?: string;
      parents?: string[];
      author?: { name: string; email: string; login?: string };
      date?: Date;
      /** Register a commit under a known SHA, e.g. one from a local repository the test built. */
      sha?: string;
    }
  ): string {
    const repo = this.repo(options.owner, options.repo);
    const branch = options.branch ?? repo.defaultBranch;
    const parents = options.parents ?? [repo.refs.get(`heads/${branch}`)].filter((p): p is string => !!p);
    const tree = new Map(parents[0] ? repo.commits.get(parents[0])?.tree : undefined);
    for (const [path, content] of Object.entries(options.files ?? {})) {
      if (content === null) tree.delete(path);
      else tree.set(path, content);
    }
    const message = options.message ?? `commit ${repo.commits.size + 1}`;
    const date = isoSeconds(options.date ?? this.tick());
    const treeSha = treeShaOf(tree);
    const record: CommitRecord = {
      sha: options.sha ?? gitSha('commit', treeSha, ...parents, message, date, String(repo.commits.size)),
      treeSha,
      tree,
      parents,
      message,
      author: {
        name: options.author?.name ?? 'Octo Cat',
        email: options.author?.email ?? 'octocat@example.com',
        date
      },
      login: options.author?.login ?? 'octocat'
    };
    repo.commits.set(record.sha, record);
    repo.refs.set(`heads/${branch}`, record.sha);
    return record.sha;
  }

  setRef(options: RepoRef & { ref: string; sha: string }): void {
    this.repo(options.owner, options.repo).refs.set(options.ref.replace(/^refs\//, ''), options.sha);
  }

  addDeployment(
    options: RepoRef & {
      sha: string;
      ref?: string;
      environment?: string;
      task?: string;
      description?: string;
      creator?: string;
      createdAt?: Date;
      payload?: unknown;
      productionEnvironment?: boolean;
      transientEnvironment?: boolean;
    }
  ): DeploymentRecordState {
    const repo = this.repo(options.owner, options.repo);
    const environment = options.environment ?? 'production';
    const record: DeploymentRecordState = {
      id: this.world.ids.take(),
      sha: options.sha,
      ref: options.ref ?? options.sha,
      task: options.task ?? 'deploy',
      environment,
      description: options.description ?? null,
      payload: options.payload ?? {},
      creator: options.creator ?? 'octocat',
      createdAt: isoSeconds(options.createdAt ?? this.tick()),
      productionEnvironment: options.productionEnvironment ?? environment === 'production',
      transientEnvironment: options.transientEnvironment ?? false,
      statuses: []
    };
    repo.deployments.push(record);
    return record;
  }

  addDeploymentStatus(
    options: RepoRef & {
      deploymentId: number;
      state: string;
      description?: string;
      createdAt?: Date;
      logUrl?: string;
      environmentUrl?: string;
    }
  ): DeploymentStatusRecord {
    const repo = this.repo(options.owner, options.repo);
    const deployment = repo.deployments.find((d) => d.id === options.deploymentId);
    if (!deployment) throw new Error(`fake-github: no deployment ${options.deploymentId}`);
    const record: DeploymentStatusRecord = {
      id: this.world.ids.take(),
      state: options.state,
      description: options.description ?? '',
      environment: deployment.environment,
      targetUrl: options.logUrl ?? '',
      logUrl: options.logUrl ?? '',
      environmentUrl: options.environmentUrl ?? '',
      creator: 'github-actions[bot]',
      createdAt: isoSeconds(options.createdAt ?? this.tick())
    };
    deployment.statuses.push(record);
    return record;
  }

  addCollaborator(options: RepoRef & { login: string; permission: CollaboratorPermission }): void {
    this.repo(options.owner, options.repo).collaborators.set(options.login, options.permission);
  }

  addPull(options: RepoRef & Partial<PullRecord> & { head: string; headSha: string }): PullRecord {
    const repo = this.repo(options.owner, options.repo);
    const record: PullRecord = {
      number: Math.max(0, ...repo.issues.map((i) => i.number), ...repo.pulls.map((p) => p.number)) + 1,
      id: this.world.ids.take(),
      title: options.title ?? options.head,
      body: options.body ?? null,
      state: options.state ?? 'open',
      base: options.base ?? repo.defaultBranch,
      user: options.user ?? 'octocat',
      mergeCommitSha: options.mergeCommitSha ?? null,
      mergedAt: options.mergedAt ?? null,
      labels: options.labels ?? [],
      createdAt: options.createdAt ?? isoSeconds(this.tick()),
      head: options.head,
      headSha: options.headSha
    };
    repo.pulls.push(record);
    return record;
  }

  addIssue(
    options: RepoRef & {
      title: string;
      body?: string;
      labels?: string[];
      user?: string;
      state?: 'open' | 'closed';
    }
  ): IssueRecord {
    const repo = this.repo(options.owner, options.repo);
    const now = isoSeconds(this.tick());
    for (const name of options.labels ?? []) {
      if (!repo.labels.some((l) => l.name === name))
        repo.labels.push({ id: this.world.ids.take(), name, color: 'ededed', description: null });
    }
    const record: IssueRecord = {
      number: Math.max(0, ...repo.issues.map((i) => i.number), ...repo.pulls.map((p) => p.number)) + 1,
      id: this.world.ids.take(),
      title: options.title,
      body: options.body ?? null,
      state: options.state ?? 'open',
      stateReason: null,
      labels: options.labels ?? [],
      assignees: [],
      user: options.user ?? 'github-actions[bot]',
      createdAt: now,
      updatedAt: now,
      closedAt: options.state === 'closed' ? now : null
    };
    repo.issues.push(record);
    return record;
  }

  addComment(options: RepoRef & { issueNumber: number; body: string; user?: string }): number {
    const repo = this.repo(options.owner, options.repo);
    const now = isoSeconds(this.tick());
    const id = this.world.ids.take();
    repo.comments.push({
      id,
      issueNumber: options.issueNumber,
      body: options.body,
      user: options.user ?? 'octocat',
      createdAt: now,
      updatedAt: now
    });
    const issue = repo.issues.find((i) => i.number === options.issueNumber);
    if (issue) issue.updatedAt = now;
    return id;
  }

  /** Seeded records get distinct, increasing timestamps so "newest first" is well defined. */
  private tick(): Date {
    this.clock += 60_000;
    return new Date(this.clock);
  }
}
