import { createGitHubClient } from '../../src/github/client.js';
import { GitHubNotFoundError, MissingPermissionError, RateLimitError } from '../../src/github/errors.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor, OWNER, REPO, seedHistory } from './setup.js';

let fake: FakeGitHub;
let shas: string[];

beforeAll(async () => {
  fake = await FakeGitHub.start();
  shas = seedHistory(fake, 2);
});
afterAll(() => fake.close());
afterEach(() => fake.assertNoViolations());

test('a secondary rate limit (403 with retry-after) is waited out and the call succeeds on retry', async () => {
  const deployment = fake.addDeployment({ owner: OWNER, repo: REPO, sha: shas[0] as string });
  fake.injectRateLimit({
    kind: 'secondary',
    times: 1,
    retryAfterSeconds: 1,
    operationId: 'repos/create-deployment-status'
  });
  const warnings: string[] = [];
  const gh = createGitHubClient({
    token: FakeGitHub.TOKEN,
    baseUrl: fake.url,
    env: {},
    throttle: { writeIntervalMs: 0 },
    secondMs: 10,
    log: { debug() {}, info() {}, warn: (m) => warnings.push(m), error() {} }
  });
  const { data } = await gh.rest.repos.createDeploymentStatus({
    owner: OWNER,
    repo: REPO,
    deployment_id: deployment.id,
    state: 'success'
  });
  expect(data.state).toBe('success');
  expect(fake.callCount('repos/create-deployment-status')).toBe(2);
  expect(warnings.join('\n')).toMatch(/secondary rate limit .*retrying in 1s/);
});

test('a secondary rate limit answered as 429 is retried too', async () => {
  fake.injectRateLimit({
    kind: 'secondary',
    status: 429,
    times: 1,
    retryAfterSeconds: 1,
    operationId: 'repos/list-deployments'
  });
  const before = fake.callCount('repos/list-deployments');
  const { data } = await clientFor(fake).rest.repos.listDeployments({ owner: OWNER, repo: REPO });
  expect(Array.isArray(data)).toBe(true);
  expect(fake.callCount('repos/list-deployments') - before).toBe(2);
});

test('retries are bounded: a secondary limit that persists ends in a clear RateLimitError', async () => {
  fake.injectRateLimit({
    kind: 'secondary',
    times: 10,
    retryAfterSeconds: 1,
    operationId: 'repos/get-commit'
  });
  const before = fake.callCount('repos/get-commit');
  const failure = clientFor(fake, FakeGitHub.TOKEN, { maxRetries: 2 }).rest.repos.getCommit({
    owner: OWNER,
    repo: REPO,
    ref: shas[0] as string
  });
  await expect(failure).rejects.toBeInstanceOf(RateLimitError);
  await expect(failure).rejects.toThrow(/secondary rate limit/);
  // One try and two retries, no more.
  expect(fake.callCount('repos/get-commit') - before).toBe(3);
  fake.injectRateLimit({ kind: 'secondary', times: 0 });
});

test('primary rate limit exhaustion with a distant reset fails at once, naming the reset time', async () => {
  fake.injectRateLimit({
    kind: 'primary',
    times: 1,
    resetInSeconds: 3600,
    operationId: 'repos/list-commits'
  });
  const before = fake.callCount('repos/list-commits');
  const failure = clientFor(fake).rest.repos.listCommits({ owner: OWNER, repo: REPO });
  await expect(failure).rejects.toBeInstanceOf(RateLimitError);
  await expect(failure).rejects.toThrow(/rate limit is exhausted .* resets at \d{4}-\d\d-\d\dT/);
  expect(fake.callCount('repos/list-commits') - before).toBe(1);
});

test('spending the primary budget: calls succeed until remaining reaches 0, then fail with the reset time', async () => {
  const local = await FakeGitHub.start();
  try {
    local.seedRepo({ owner: OWNER, repo: REPO });
    local.setRateLimit({ remaining: 2, resetInSeconds: 3600 });
    const gh = clientFor(local);
    const first = await gh.rest.repos.listDeployments({ owner: OWNER, repo: REPO });
    expect(first.headers['x-ratelimit-remaining']).toBe('1');
    await gh.rest.repos.listDeployments({ owner: OWNER, repo: REPO });
    await expect(gh.rest.repos.listDeployments({ owner: OWNER, repo: REPO })).rejects.toBeInstanceOf(
      RateLimitError
    );
    expect(local.callCount('repos/list-deployments')).toBe(3);
  } finally {
    await local.close();
  }
});

test('primary rate limit with a near reset is waited out', async () => {
  fake.injectRateLimit({ kind: 'primary', times: 1, resetInSeconds: 0, operationId: 'repos/list-commits' });
  const before = fake.callCount('repos/list-commits');
  const { data } = await clientFor(fake).rest.repos.listCommits({ owner: OWNER, repo: REPO });
  expect(data.map((c) => c.sha)).toEqual([...shas].reverse());
  expect(fake.callCount('repos/list-commits') - before).toBe(2);
});

test('403 "Resource not accessible by integration" becomes an error naming the permission, per operation', async () => {
  fake.addToken('ghs_nothing', {});
  const gh = clientFor(fake, 'ghs_nothing');
  const cases: Array<[() => Promise<unknown>, string]> = [
    [
      () => gh.rest.checks.create({ owner: OWNER, repo: REPO, name: 'x', head_sha: shas[0] as string }),
      'checks: write'
    ],
    [() => gh.rest.issues.create({ owner: OWNER, repo: REPO, title: 'x' }), 'issues: write'],
    [
      () =>
        gh.rest.repos.createCommitStatus({
          owner: OWNER,
          repo: REPO,
          sha: shas[0] as string,
          state: 'success'
        }),
      'statuses: write'
    ],
    [
      () => gh.rest.git.createRef({ owner: OWNER, repo: REPO, ref: 'refs/heads/x', sha: shas[0] as string }),
      'contents: write'
    ],
    [
      () => gh.rest.pulls.create({ owner: OWNER, repo: REPO, head: 'x', base: 'main', title: 't' }),
      'pull-requests: write'
    ],
    [
      () =>
        gh.rest.actions.createWorkflowDispatch({
          owner: OWNER,
          repo: REPO,
          workflow_id: 'deploy.yml',
          ref: 'main'
        }),
      'actions: write'
    ]
  ];
  for (const [call, permission] of cases) {
    const error = await call().then(
      () => undefined,
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(MissingPermissionError);
    expect((error as Error).message).toContain(`\`${permission}\``);
    expect((error as Error).message).not.toContain('ghs_nothing');
  }
});

test('a 404 on a read names the permission GitHub may be hiding', async () => {
  const error = await clientFor(fake)
    .rest.repos.getContent({ owner: OWNER, repo: REPO, path: 'missing.txt' })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(GitHubNotFoundError);
  expect((error as GitHubNotFoundError).status).toBe(404);
  expect((error as Error).message).toContain('`contents: read`');
});

test('bad credentials answer 401 as GitHub does, and a missing token is refused before any call', async () => {
  const error = (await clientFor(fake, 'ghs_unknown')
    .rest.repos.listDeployments({ owner: OWNER, repo: REPO })
    .catch((e: unknown) => e)) as {
    status: number;
    message: string;
  };
  expect(error.status).toBe(401);
  expect(error.message).toMatch(/Bad credentials/);
  expect(error.message).not.toContain('ghs_unknown');
  // Names the input as action.yml spells it.
  expect(() => createGitHubClient({ token: ' ' })).toThrow(/token is required: set the `token` input/);
});

test('HTTP(S)_PROXY routes requests through the proxy as a CONNECT tunnel (undici loaded only then)', async () => {
  const { createServer } = await import('node:http');
  const { connect } = await import('node:net');
  const tunnels: string[] = [];
  const sockets = new Set<import('node:net').Socket>();
  // A forward proxy as corporate networks run them: CONNECT host:port, then bytes both ways.
  const proxy = createServer((_req, res) => res.writeHead(405).end());
  proxy.on('connect', (req, client: import('node:net').Socket, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => s.destroy());
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = proxy.address() as { port: number };
    const gh = createGitHubClient({
      token: FakeGitHub.TOKEN,
      baseUrl: fake.url,
      env: { HTTP_PROXY: `http://127.0.0.1:${port}` }
    });
    const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({
      owner: OWNER,
      repo: REPO,
      username: OWNER
    });
    expect(data.permission).toBe('admin');
    expect(tunnels).toEqual([new URL(fake.url).host]);
  } finally {
    for (const s of sockets) s.destroy();
    proxy.closeAllConnections();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
  }
});
