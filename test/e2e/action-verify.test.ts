/**
 * The bundled action end to end: a bad release behind a real local HTTP service, GitHub played by
 * the OpenAPI-validated fake. Needs an up-to-date dist/ (CI checks that it is).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGitHub } from '../support/fake-github/index.js';
import { createGitHubClient } from '../../src/github/client.js';
import { runAction } from './run-action.js';

const OWNER = 'acme';
const REPO = 'shop';
let fake: FakeGitHub;
let service: Server;
let serviceUrl: string;
let healthy = false;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  service = createServer((_req, res) => {
    res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        status: healthy ? 'UP' : 'DOWN',
        components: { db: { status: healthy ? 'UP' : 'DOWN' } }
      })
    );
  });
  await new Promise<void>((r) => service.listen(0, '127.0.0.1', r));
  serviceUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}/actuator/health`;
});

afterAll(async () => {
  await fake.close();
  service.closeAllConnections();
  await new Promise((r) => service.close(r));
});

function seedRelease() {
  fake.seedRepo({ owner: OWNER, repo: REPO });
  const good = fake.addCommit({
    owner: OWNER,
    repo: REPO,
    message: 'feat: orders',
    files: { 'app.rb': 'v1\n' }
  });
  const bad = fake.addCommit({
    owner: OWNER,
    repo: REPO,
    message: 'chore: drop legacy email column (#42)',
    files: {
      'app.rb': 'v2\n',
      'db/migrate/20261120000000_drop_email.rb':
        'class DropEmail < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :email, :string\n  end\nend\n'
    }
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
  return { good, bad, current };
}

function deploymentEvent(deployment: { id: number; sha: string }) {
  return {
    name: 'deployment_status',
    payload: {
      action: 'created',
      deployment: {
        id: deployment.id,
        sha: deployment.sha,
        ref: 'main',
        environment: 'production',
        task: 'deploy'
      },
      deployment_status: {
        id: 1,
        state: 'success',
        description: 'deployed',
        environment_url: 'https://shop.example.com',
        created_at: new Date(Date.now() - 1500).toISOString()
      },
      repository: { name: REPO, owner: { login: OWNER }, default_branch: 'main' }
    }
  };
}

describe('the action on a failed deploy', () => {
  it('fails the step, marks the deployment failed, publishes a check run and assesses the rollback', async () => {
    healthy = false;
    const { good, bad, current } = seedRelease();
    const run = await runAction({
      inputs: {
        mode: 'verify',
        token: FakeGitHub.TOKEN,
        'health-url': serviceUrl,
        window: '20s',
        interval: '1s',
        // The deploy finished when the deployment status was posted.
        'deploy-time': 'deployment-status'
      },
      event: deploymentEvent({ id: current.id, sha: bad }),
      apiUrl: fake.url,
      repository: `${OWNER}/${REPO}`,
      sha: bad
    });
    expect(run.stdout).toMatch(/::error::Postflight: fail/);
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(run.outputs['rollback-target']).toBe(good);
    expect(run.outputs['rollback-safety']).toBe('unsafe');
    expect(run.summary).toContain('db/migrate/20261120000000_drop_email.rb');

    const gh = createGitHubClient({ token: FakeGitHub.TOKEN, baseUrl: fake.url });
    const statuses = await gh.rest.repos.listDeploymentStatuses({
      owner: OWNER,
      repo: REPO,
      deployment_id: current.id
    });
    expect(statuses.data.map((s) => s.state).reverse()).toEqual(['in_progress', 'failure']);
    expect(statuses.data[0]!.log_url).toBe(
      `https://github.com/${OWNER}/${REPO}/actions/runs/4242/attempts/1`
    );
    const checks = await gh.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: bad });
    const check = checks.data.check_runs.find((c) => c.name === 'Postflight: deploy verification');
    expect(check?.conclusion).toBe('failure');
    const issues = await gh.rest.issues.listForRepo({
      owner: OWNER,
      repo: REPO,
      labels: 'postflight',
      state: 'open'
    });
    expect(issues.data).toHaveLength(1);
    const incident = issues.data[0]!;
    expect(run.outputs.incident).toBe(String(incident.number));
    expect(incident.title).toMatch(/^\[postflight\] production: /);
    expect(incident.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(
      expect.arrayContaining(['incident', 'postflight', 'env:production'])
    );
    expect(incident.body).toContain('db/migrate/20261120000000_drop_email.rb');
    // The deployed commit's pull request, from its squash subject, on the Deploy line.
    expect(run.summary).toMatch(/\*\*Deploy:\*\* `[0-9a-f]{7}` \(#42\)/);
    expect(incident.body).toMatch(/\*\*Deploy:\*\* `[0-9a-f]{7}` \(#42\)/);
    expect(incident.body).toContain(`https://github.com/${OWNER}/${REPO}/pull/42`);

    // A re-run of the same workflow run: the same incident, no second issue.
    const rerun = await runAction({
      inputs: {
        mode: 'verify',
        token: FakeGitHub.TOKEN,
        'health-url': serviceUrl,
        window: '20s',
        interval: '1s',
        'deploy-time': new Date(Date.now() - 1500).toISOString()
      },
      event: deploymentEvent({ id: current.id, sha: bad }),
      apiUrl: fake.url,
      repository: `${OWNER}/${REPO}`,
      sha: bad,
      runAttempt: 2
    });
    expect(rerun.outputs.verdict).toBe('fail');
    expect(rerun.outputs.incident).toBe(String(incident.number));
    const after = await gh.rest.issues.listForRepo({
      owner: OWNER,
      repo: REPO,
      labels: 'postflight',
      state: 'all'
    });
    expect(after.data).toHaveLength(1);
    fake.assertNoViolations();
  }, 90_000);
});
