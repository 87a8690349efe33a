// The fake itself: faithful shapes, pagination, errors, and validation against GitHub's OpenAPI description.
import { Octokit } from '@octokit/rest';
import {
  assertValidResponse,
  COMPARE_FILE_LIMIT,
  FakeGitHub,
  OpenApiDescription,
  ResponseViolationError
} from '../support/fake-github/index.js';
import { OWNER, REPO, seedHistory } from './setup.js';

let fake: FakeGitHub;
let shas: string[];
// A bare Octokit (no retry, no error mapping) to see exactly what the fake answers.
let raw: Octokit;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  shas = seedHistory(fake, 3);
  // Silent: the expected 4xx answers below would otherwise be logged by Octokit.
  raw = new Octokit({
    auth: FakeGitHub.TOKEN,
    baseUrl: fake.url,
    log: { debug() {}, info() {}, warn() {}, error() {} }
  });
});
afterAll(() => fake.close());

/** Either a list page or an error object. */
type GitHubBody = unknown[] & { message?: string; documentation_url?: string };

async function get(
  path: string,
  token: string | null = FakeGitHub.TOKEN
): Promise<{ status: number; headers: Headers; body: GitHubBody }> {
  const response = await fetch(`${fake.url}${path}`, {
    headers: token ? { authorization: `token ${token}` } : {}
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GitHubBody };
}

test('the validator rejects a known-bad response: a deployment status with a state GitHub never sends and no creator', () => {
  const operation = OpenApiDescription.load().operationById('repos/create-deployment-status');
  expect(operation).toBeDefined();
  const bad = {
    id: 1,
    node_id: 'x',
    state: 'exploded',
    description: '',
    deployment_url: 'https://x',
    target_url: '',
    repository_url: 'https://x',
    url: 'https://x',
    created_at: '2026-01-01T00:00:00Z',
    updated_at: 'yesterday'
  };
  expect(() => assertValidResponse(operation!, 201, bad)).toThrow(ResponseViolationError);
  const errors = OpenApiDescription.load().validateResponse(operation!, 201, bad);
  expect(errors.join('\n')).toMatch(/\/state must be equal to one of the allowed values/);
  expect(errors.join('\n')).toMatch(/must have required property 'creator'/);
  expect(errors.join('\n')).toMatch(/\/updated_at must match format "date-time"/);
  // nullable is honoured: creator may be null, but not a number.
  const nullCreator = { ...bad, state: 'success', updated_at: bad.created_at, creator: null };
  expect(OpenApiDescription.load().validateResponse(operation!, 201, nullCreator)).toEqual([]);
  expect(
    OpenApiDescription.load().validateResponse(operation!, 201, { ...nullCreator, creator: 5 })
  ).not.toEqual([]);
  expect(OpenApiDescription.load().validateResponse(operation!, 500, {})).toEqual([
    'status 500 is not documented for repos/create-deployment-status'
  ]);
});

test("a request that violates the description (an invalid deployment state) gets GitHub's 422 and is recorded", async () => {
  const deployment = fake.addDeployment({ owner: OWNER, repo: REPO, sha: shas[0] as string });
  const error = await raw
    .request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      owner: OWNER,
      repo: REPO,
      deployment_id: deployment.id,
      state: 'exploded' as never
    })
    .catch((e: { status: number; response: { data: { message: string; documentation_url: string } } }) => e);
  expect(error).toMatchObject({ status: 422 });
  const data = (error as { response: { data: { message: string; documentation_url: string } } }).response
    .data;
  expect(data.message).toMatch(/^Invalid request\.\n\n\/state must be equal to one of the allowed values/);
  expect(data.documentation_url).toMatch(/^https:\/\/docs\.github\.com\/rest\/deployments\/statuses/);
  expect(fake.violations).toEqual([
    expect.objectContaining({ kind: 'request', operationId: 'repos/create-deployment-status' })
  ]);
  expect(() => fake.assertNoViolations()).toThrow(/1 violation/);
  expect(fake.repo(OWNER, REPO).deployments.find((d) => d.id === deployment.id)?.statuses).toHaveLength(0);
  fake.resetCounters();
});

test('pagination: per_page defaults to 30, caps at 100, and Link headers carry next/last/prev/first', async () => {
  const sha = shas[2] as string;
  for (let i = 0; i < 250; i++) fake.addDeployment({ owner: OWNER, repo: REPO, sha, environment: 'pages' });
  const first = await get(`/repos/${OWNER}/${REPO}/deployments?environment=pages`);
  expect(first.body).toHaveLength(30);
  expect(first.headers.get('link')).toBe(
    `<${fake.url}/repos/${OWNER}/${REPO}/deployments?environment=pages&per_page=30&page=2>; rel="next", ` +
      `<${fake.url}/repos/${OWNER}/${REPO}/deployments?environment=pages&per_page=30&page=9>; rel="last"`
  );
  const capped = await get(`/repos/${OWNER}/${REPO}/deployments?environment=pages&per_page=500&page=3`);
  expect(capped.body).toHaveLength(50);
  expect(capped.headers.get('link')).toMatch(/page=2>; rel="prev".*page=1>; rel="first"/);
  expect(capped.headers.get('link')).not.toMatch(/rel="next"/);
  // Octokit's paginate follows the links to the end.
  const all = await raw.paginate(raw.rest.repos.listDeployments, {
    owner: OWNER,
    repo: REPO,
    environment: 'pages',
    per_page: 100
  });
  expect(all).toHaveLength(250);
  expect(new Set(all.map((d) => d.id)).size).toBe(250);
  fake.assertNoViolations();
});

test("404, 401 and rate-limit headers look like GitHub's", async () => {
  const missing = await get(`/repos/${OWNER}/nope/deployments`);
  expect(missing.status).toBe(404);
  expect(missing.body).toMatchObject({
    message: 'Not Found',
    documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\//)
  });
  // Anonymous: public reads work, writes need a token, private repositories do not exist.
  expect((await get(`/repos/${OWNER}/${REPO}/deployments?per_page=1`, null)).status).toBe(200);
  const anonymousWrite = await fetch(`${fake.url}/repos/${OWNER}/${REPO}/statuses/${shas[0]}`, {
    method: 'POST',
    body: JSON.stringify({ state: 'success' })
  });
  expect([anonymousWrite.status, ((await anonymousWrite.json()) as { message: string }).message]).toEqual([
    401,
    'Requires authentication'
  ]);
  fake.seedRepo({ owner: OWNER, repo: 'secret', private: true });
  expect((await get(`/repos/${OWNER}/secret/deployments`, null)).status).toBe(404);
  expect((await get(`/repos/${OWNER}/secret/deployments`)).status).toBe(200);
  const bad = await get(`/repos/${OWNER}/${REPO}/deployments`, 'wrong');
  expect([bad.status, bad.body.message]).toEqual([401, 'Bad credentials']);
  const ok = await get(`/repos/${OWNER}/${REPO}/deployments?per_page=1`);
  expect(Number(ok.headers.get('x-ratelimit-remaining'))).toBeLessThan(5000);
  expect(ok.headers.get('x-ratelimit-resource')).toBe('core');
  fake.injectRateLimit({ kind: 'primary', times: 1, resetInSeconds: 120 });
  const limited = await get(`/repos/${OWNER}/${REPO}/deployments`);
  expect(limited.status).toBe(403);
  expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
  expect(Number(limited.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
  fake.injectRateLimit({ kind: 'secondary', status: 429, times: 1, retryAfterSeconds: 7 });
  const secondary = await get(`/repos/${OWNER}/${REPO}/deployments`);
  expect([secondary.status, secondary.headers.get('retry-after')]).toEqual([429, '7']);
  expect(secondary.body.message).toMatch(/^You have exceeded a secondary rate limit/);
  fake.assertNoViolations();
});

test('compare caps files at 300 like GitHub, paginates commits, and reports ahead_by', async () => {
  const local = await FakeGitHub.start();
  try {
    local.seedRepo({ owner: OWNER, repo: REPO });
    const base = local.addCommit({ owner: OWNER, repo: REPO, files: { 'README.md': 'hi\n' } });
    const files: Record<string, string> = {};
    for (let i = 0; i < 320; i++) files[`src/generated/f${i}.ts`] = `export const n = ${i};\n`;
    local.addCommit({ owner: OWNER, repo: REPO, message: 'generate', files });
    const migration = 'ALTER TABLE users DROP COLUMN email;\n';
    const head = local.addCommit({
      owner: OWNER,
      repo: REPO,
      message: 'drop email',
      files: { 'db/migrate/001_drop.sql': migration }
    });
    const octokit = new Octokit({ auth: FakeGitHub.TOKEN, baseUrl: local.url });
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: OWNER,
      repo: REPO,
      basehead: `${base}...${head}`
    });
    expect(data.status).toBe('ahead');
    expect([data.ahead_by, data.behind_by, data.total_commits]).toEqual([2, 0, 2]);
    expect(data.files).toHaveLength(COMPARE_FILE_LIMIT);
    expect(data.commits.map((c) => c.commit.message)).toEqual(['generate', 'drop email']);
    expect(data.merge_base_commit.sha).toBe(base);
    const paged = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: OWNER,
      repo: REPO,
      basehead: `${base}...main`,
      per_page: 1,
      page: 2
    });
    expect(paged.data.commits.map((c) => c.sha)).toEqual([head]);
    const { data: commit } = await octokit.rest.repos.getCommit({ owner: OWNER, repo: REPO, ref: head });
    expect(commit.files?.[0]).toMatchObject({
      filename: 'db/migrate/001_drop.sql',
      status: 'added',
      additions: 1,
      patch: '@@ -0,0 +1,1 @@\n+ALTER TABLE users DROP COLUMN email;'
    });
    const { data: content } = await octokit.rest.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'db/migrate/001_drop.sql',
      ref: head
    });
    expect(Buffer.from((content as { content: string }).content, 'base64').toString('utf8')).toBe(migration);
    const { data: dir } = await octokit.rest.repos.getContent({
      owner: OWNER,
      repo: REPO,
      path: 'db',
      ref: head
    });
    expect((dir as Array<{ path: string; type: string }>).map((e) => [e.path, e.type])).toEqual([
      ['db/migrate', 'dir']
    ]);
    local.assertNoViolations();
  } finally {
    await local.close();
  }
});

test('collaborator permission returns permission and role_name; refs with slashes resolve', async () => {
  fake.addCollaborator({ owner: OWNER, repo: REPO, login: 'maya', permission: 'maintain' });
  const { data } = await raw.rest.repos.getCollaboratorPermissionLevel({
    owner: OWNER,
    repo: REPO,
    username: 'maya'
  });
  expect([data.permission, data.role_name]).toEqual(['write', 'maintain']);
  const outsider = await raw.rest.repos.getCollaboratorPermissionLevel({
    owner: OWNER,
    repo: REPO,
    username: 'stranger'
  });
  expect(outsider.data.permission).toBe('read');
  const { data: ref } = await raw.rest.git.getRef({ owner: OWNER, repo: REPO, ref: 'heads/main' });
  expect(ref.object.sha).toBe(shas[2]);
  fake.assertNoViolations();
});

test('issues, comments, labels, reactions, git data and dispatches answer valid shapes', async () => {
  const { data: issue } = await raw.rest.issues.create({
    owner: OWNER,
    repo: REPO,
    title: 'Deploy failed',
    labels: ['postflight']
  });
  const { data: comment } = await raw.rest.issues.createComment({
    owner: OWNER,
    repo: REPO,
    issue_number: issue.number,
    body: '/ack'
  });
  await raw.rest.reactions.createForIssueComment({
    owner: OWNER,
    repo: REPO,
    comment_id: comment.id,
    content: 'eyes'
  });
  const { data: listed } = await raw.rest.issues.listForRepo({
    owner: OWNER,
    repo: REPO,
    labels: 'postflight'
  });
  expect(listed.map((i) => i.number)).toEqual([issue.number]);
  fake.addCollaborator({ owner: OWNER, repo: REPO, login: 'oncall', permission: 'write' });
  const { data: assigned } = await raw.rest.issues.addAssignees({
    owner: OWNER,
    repo: REPO,
    issue_number: issue.number,
    assignees: ['oncall', 'stranger']
  });
  expect(assigned.assignees?.map((a) => a.login)).toEqual(['oncall']);
  const { data: renamed } = await raw.rest.issues.updateLabel({
    owner: OWNER,
    repo: REPO,
    name: 'postflight',
    color: 'd73a4a'
  });
  expect(renamed.color).toBe('d73a4a');
  await raw.rest.issues.update({ owner: OWNER, repo: REPO, issue_number: issue.number, state: 'closed' });
  const { data: tree } = await raw.rest.git.createTree({
    owner: OWNER,
    repo: REPO,
    base_tree: fake.repo(OWNER, REPO).commits.get(shas[2] as string)?.treeSha,
    tree: [{ path: 'src/file2.ts', mode: '100644', type: 'blob', sha: null }]
  });
  const { data: revert } = await raw.rest.git.createCommit({
    owner: OWNER,
    repo: REPO,
    message: 'Revert',
    tree: tree.sha,
    parents: [shas[2] as string]
  });
  await raw.rest.git.createRef({ owner: OWNER, repo: REPO, ref: 'refs/heads/revert-1', sha: revert.sha });
  await raw.rest.repos.createDispatchEvent({
    owner: OWNER,
    repo: REPO,
    event_type: 'postflight-rollback',
    client_payload: { sha: shas[1] }
  });
  await raw.rest.actions.createWorkflowDispatch({
    owner: OWNER,
    repo: REPO,
    workflow_id: 'deploy.yml',
    ref: 'main',
    inputs: { sha: shas[1] as string }
  });
  const repo = fake.repo(OWNER, REPO);
  expect(repo.refs.get('heads/revert-1')).toBe(revert.sha);
  expect(repo.commits.get(revert.sha)?.tree.has('src/file2.ts')).toBe(false);
  expect(repo.dispatches.map((d) => d.kind)).toEqual(['repository', 'workflow']);
  expect(fake.callCount('issues/create')).toBe(1);
  fake.assertNoViolations();
});

test('a response the fake produces that breaks the description is a recorded 500 (a bug in the fake), never passed on', async () => {
  const deployment = fake.addDeployment({ owner: OWNER, repo: REPO, sha: shas[0] as string });
  const original = fake.routes['repos/get-deployment'];
  fake.routes['repos/get-deployment'] = { handle: () => ({ status: 200, body: { id: 'not-a-number' } }) };
  try {
    const error = await raw.rest.repos
      .getDeployment({ owner: OWNER, repo: REPO, deployment_id: deployment.id })
      .catch((e: { status: number }) => e);
    expect(error).toMatchObject({ status: 500 });
    expect(fake.violations.at(-1)).toMatchObject({ kind: 'response', operationId: 'repos/get-deployment' });
    expect(fake.violations.at(-1)?.errors.join('\n')).toMatch(/\/id must be integer/);
  } finally {
    fake.routes['repos/get-deployment'] = original!;
    fake.resetCounters();
  }
});

test('an operation the fake does not implement is a recorded 404, not silence', async () => {
  const error = await raw.rest.repos
    .listReleases({ owner: OWNER, repo: REPO })
    .catch((e: { status: number }) => e);
  expect(error).toMatchObject({ status: 404 });
  expect(fake.violations.at(-1)).toMatchObject({ kind: 'unimplemented', operationId: 'repos/list-releases' });
  fake.resetCounters();
});

test('issue lists honour since, sort and direction as GitHub documents them', async () => {
  const repo = 'listing';
  fake.seedRepo({ owner: OWNER, repo });
  const make = (title: string, updatedAt: string) => {
    const record = fake.addIssue({ owner: OWNER, repo, title, labels: ['postflight'] });
    record.updatedAt = updatedAt;
    return record.number;
  };
  const old = make('old', '2026-11-20T08:00:00Z');
  const today = make('today', '2026-11-23T09:00:00Z');
  const touched = make('touched', '2026-11-23T07:00:00Z');
  const list = async (query: { since?: string; sort?: 'created' | 'updated'; direction?: 'asc' | 'desc' }) =>
    (await raw.rest.issues.listForRepo({ owner: OWNER, repo, state: 'all', ...query })).data.map(
      (i) => i.number
    );

  expect(await list({})).toEqual([touched, today, old]);
  expect(await list({ since: '2026-11-23T00:00:00Z' })).toEqual([touched, today]);
  expect(await list({ sort: 'updated' })).toEqual([today, touched, old]);
  expect(await list({ sort: 'updated', direction: 'asc', since: '2026-11-21T00:00:00Z' })).toEqual([
    touched,
    today
  ]);
  // A comment moves updated_at, as on GitHub.
  await raw.rest.issues.createComment({ owner: OWNER, repo, issue_number: old, body: 'still here' });
  expect(await list({ since: '2026-11-23T00:00:00Z' })).toEqual([touched, today, old]);
  // A malformed date is refused by the check against GitHub's description, and recorded.
  await expect(list({ since: 'yesterday' })).rejects.toMatchObject({ status: 422 });
  expect(fake.violations.at(-1)).toMatchObject({ kind: 'request' });
  fake.resetCounters();
});
