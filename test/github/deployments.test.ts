import { listDeployments, setDeploymentStatus } from '../../src/github/deployments.js';
import { MissingPermissionError } from '../../src/github/errors.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor, OWNER, REPO, seedHistory } from './setup.js';

let fake: FakeGitHub;
let shas: string[];

beforeAll(async () => {
  fake = await FakeGitHub.start();
  shas = seedHistory(fake, 3);
});
afterAll(() => fake.close());
afterEach(() => fake.assertNoViolations());

test('a deployment status round trip: the description is cut to 140 characters with an ellipsis', async () => {
  const deployment = fake.addDeployment({
    owner: OWNER,
    repo: REPO,
    sha: shas[2] as string,
    environment: 'staging'
  });
  const gh = clientFor(fake);
  const long = 'x'.repeat(200);
  await setDeploymentStatus(gh, {
    owner: OWNER,
    repo: REPO,
    deploymentId: deployment.id,
    state: 'failure',
    description: long,
    logUrl: 'https://github.com/acme/shop/actions/runs/1',
    environmentUrl: 'https://staging.example.com'
  });
  const { data } = await gh.rest.repos.listDeploymentStatuses({
    owner: OWNER,
    repo: REPO,
    deployment_id: deployment.id
  });
  expect(data).toHaveLength(1);
  expect(data[0]?.state).toBe('failure');
  expect(data[0]?.description).toHaveLength(140);
  expect(data[0]?.description.endsWith('…')).toBe(true);
  expect(data[0]?.log_url).toBe('https://github.com/acme/shop/actions/runs/1');
  expect(data[0]?.environment_url).toBe('https://staging.example.com');
});

test('an invalid deployment state is rejected by the client before it reaches GitHub', async () => {
  const deployment = fake.addDeployment({ owner: OWNER, repo: REPO, sha: shas[0] as string });
  const gh = clientFor(fake);
  const before = fake.callCount('repos/create-deployment-status');
  await expect(
    setDeploymentStatus(gh, {
      owner: OWNER,
      repo: REPO,
      deploymentId: deployment.id,
      state: 'broken' as never,
      description: 'x'
    })
  ).rejects.toThrow(/state must be one of/);
  expect(fake.callCount('repos/create-deployment-status')).toBe(before);
});

test('listDeployments reads across pages, newest first, with statuses newest first and bounded by limit', async () => {
  const local = await FakeGitHub.start();
  try {
    local.seedRepo({ owner: OWNER, repo: REPO });
    const sha = local.addCommit({ owner: OWNER, repo: REPO, files: { a: '1' } });
    const ids: number[] = [];
    for (let i = 0; i < 30; i++) {
      const d = local.addDeployment({ owner: OWNER, repo: REPO, sha, environment: 'production' });
      local.addDeploymentStatus({ owner: OWNER, repo: REPO, deploymentId: d.id, state: 'in_progress' });
      local.addDeploymentStatus({
        owner: OWNER,
        repo: REPO,
        deploymentId: d.id,
        state: i % 2 ? 'success' : 'failure',
        description: `run ${i}`
      });
      ids.push(d.id);
    }
    local.addDeployment({ owner: OWNER, repo: REPO, sha, environment: 'staging' });
    const gh = clientFor(local);
    const records = await listDeployments(gh, {
      owner: OWNER,
      repo: REPO,
      environment: 'production',
      limit: 12,
      pageSize: 5
    });
    expect(records).toHaveLength(12);
    expect(records.map((r) => r.id)).toEqual(ids.slice(-12).reverse());
    expect(records[0]?.statuses.map((s) => s.state)).toEqual(['success', 'in_progress']);
    expect(records[0]?.statuses[0]?.description).toBe('run 29');
    expect(records.every((r) => r.environment === 'production' && r.sha === sha)).toBe(true);
    // Five per page: three listing pages (bounded: no fourth), then one status read per deployment.
    expect(local.callCount('repos/list-deployments')).toBe(3);
    expect(local.callCount('repos/list-deployment-statuses')).toBe(12);
    local.assertNoViolations();
  } finally {
    await local.close();
  }
});

test('without deployments: write the error names the permission to add', async () => {
  const deployment = fake.addDeployment({ owner: OWNER, repo: REPO, sha: shas[1] as string });
  fake.addToken('ghs_no_deployments', { contents: 'read', checks: 'write' });
  const gh = clientFor(fake, 'ghs_no_deployments');
  const failure = setDeploymentStatus(gh, {
    owner: OWNER,
    repo: REPO,
    deploymentId: deployment.id,
    state: 'success',
    description: 'ok'
  });
  await expect(failure).rejects.toBeInstanceOf(MissingPermissionError);
  await expect(failure).rejects.toThrow('`deployments: write`');
  expect(fake.repo(OWNER, REPO).deployments.find((d) => d.id === deployment.id)?.statuses).toHaveLength(0);
});

test('a success status marks earlier non-production deployments of the environment inactive, as GitHub does', async () => {
  const gh = clientFor(fake);
  const older = fake.addDeployment({
    owner: OWNER,
    repo: REPO,
    sha: shas[0] as string,
    environment: 'preview'
  });
  fake.addDeploymentStatus({ owner: OWNER, repo: REPO, deploymentId: older.id, state: 'success' });
  const newer = fake.addDeployment({
    owner: OWNER,
    repo: REPO,
    sha: shas[1] as string,
    environment: 'preview'
  });
  await setDeploymentStatus(gh, {
    owner: OWNER,
    repo: REPO,
    deploymentId: newer.id,
    state: 'success',
    description: 'healthy'
  });
  const [latest] = await listDeployments(gh, {
    owner: OWNER,
    repo: REPO,
    environment: 'preview',
    limit: 5
  }).then((r) => r.filter((d) => d.id === older.id));
  expect(latest?.statuses[0]?.state).toBe('inactive');
});
