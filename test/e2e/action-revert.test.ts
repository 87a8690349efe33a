/**
 * The opt-in revert through the bundled action: a failed release whose range changes no
 * migration and no contract is reverted by dispatching the deploy workflow for the target, and
 * the deployment's latest status says so. Against the OpenAPI-validated fake GitHub.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor, OWNER, REPO } from '../incident/github-setup.js';
import { runAction } from './run-action.js';

let fake: FakeGitHub;
let service: Server;
let workspace: string;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  service = createServer((_req, res) => res.writeHead(500).end('boom'));
  await new Promise<void>((r) => service.listen(0, '127.0.0.1', r));
  workspace = await mkdtemp(path.join(tmpdir(), 'postflight-revert-e2e-'));
});
afterAll(async () => {
  await fake.close();
  service.closeAllConnections();
  await new Promise((r) => service.close(r));
  await rm(workspace, { recursive: true, force: true });
});

it('dispatches the deploy workflow for the target when nothing in the range blocks a revert', async () => {
  fake.seedRepo({ owner: OWNER, repo: REPO });
  fake.addCollaborator({ owner: OWNER, repo: REPO, login: 'octocat', permission: 'write' });
  const good = fake.addCommit({ owner: OWNER, repo: REPO, message: 'v1', files: { 'app.rb': 'v1\n' } });
  const bad = fake.addCommit({
    owner: OWNER,
    repo: REPO,
    message: 'fix: typo in greeting',
    files: { 'app.rb': 'v2\n' }
  });
  const previous = fake.addDeployment({ owner: OWNER, repo: REPO, sha: good, environment: 'production' });
  fake.addDeploymentStatus({ owner: OWNER, repo: REPO, deploymentId: previous.id, state: 'success' });
  const current = fake.addDeployment({
    owner: OWNER,
    repo: REPO,
    sha: bad,
    ref: 'main',
    environment: 'production'
  });
  await mkdir(path.join(workspace, '.github'), { recursive: true });
  await writeFile(
    path.join(workspace, '.github/postflight.yml'),
    'revert:\n  mode: dispatch\n  workflow: deploy.yml\nincident:\n  assignees: []\n'
  );
  const url = `http://127.0.0.1:${(service.address() as AddressInfo).port}/health`;
  const run = await runAction({
    inputs: { mode: 'verify', token: FakeGitHub.TOKEN, 'health-url': url, window: '20s', interval: '1s' },
    event: {
      name: 'deployment_status',
      payload: {
        deployment: { id: current.id, sha: bad, ref: 'main', environment: 'production' },
        deployment_status: { id: 1, state: 'success', description: 'deployed', environment_url: null },
        repository: { default_branch: 'main' }
      }
    },
    apiUrl: fake.url,
    repository: `${OWNER}/${REPO}`,
    sha: bad,
    workspace
  });
  expect(run.outputs.verdict).toBe('fail');
  expect(run.outputs['rollback-safety']).toBe('safe');
  expect(fake.callCount('actions/create-workflow-dispatch')).toBe(1);
  const gh = clientFor(fake);
  const statuses = await gh.rest.repos.listDeploymentStatuses({
    owner: OWNER,
    repo: REPO,
    deployment_id: current.id
  });
  expect(statuses.data[0]!.state).toBe('failure');
  expect(statuses.data[0]!.description).toMatch(/^Postflight: revert started \(dispatch\)/);
  const issues = await gh.rest.issues.listForRepo({ owner: OWNER, repo: REPO, labels: 'postflight' });
  expect(issues.data[0]!.body).toMatch(/revert/i);
  fake.assertNoViolations();
}, 90_000);
