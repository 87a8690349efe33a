/**
 * The bundled action in `mode: watch`, as a scheduled run would start it: a release the verify step
 * passed twenty minutes ago, whose error rate in a real Prometheus (history written with promtool)
 * is five times its baseline; GitHub played by the OpenAPI-validated fake. Needs an up-to-date dist/.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGitHubClient } from '../../src/github/client.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { prometheusBinary, type RealPrometheus } from '../support/prometheus-real.js';
import {
  promtoolBinary,
  serviceOpenMetrics,
  startBackfilledPrometheus
} from '../support/prometheus-backfill.js';
import { runAction } from './run-action.js';

const OWNER = 'acme';
const REPO = 'shop';
const prometheusBin = prometheusBinary();
const promtoolBin = promtoolBinary();
if (!prometheusBin || !promtoolBin) {
  if (process.env.CI) throw new Error('prometheus and promtool are needed (apt-get install prometheus)');
  console.warn('Skipping: no prometheus/promtool binary (apt-get install prometheus).');
}
const itReal = prometheusBin && promtoolBin ? it : it.skip;

// Now, on a 5 s sample boundary; the deploy twenty minutes before it.
const NOW_SEC = Math.floor(Date.now() / 5000) * 5;
const DEPLOY_SEC = NOW_SEC - 20 * 60;
let prometheus: RealPrometheus | undefined;
let fake: FakeGitHub;
let workspace: string;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  workspace = await mkdtemp(path.join(tmpdir(), 'postflight-e2e-watch-'));
  if (!prometheusBin || !promtoolBin) return;
  prometheus = await startBackfilledPrometheus(
    prometheusBin,
    promtoolBin,
    serviceOpenMetrics([
      {
        labels: { service: 'shop' },
        from: DEPLOY_SEC - 2400,
        to: NOW_SEC - 5,
        traffic: (t) => ({ rps: 20, errorRate: t <= DEPLOY_SEC ? 0.01 : 0.05, slowShare: 0.01 })
      }
    ])
  );
}, 90_000);

afterAll(async () => {
  await prometheus?.stop();
  await fake.close();
  await rm(workspace, { recursive: true, force: true });
});

itReal(
  'fails a regressed release once, from the history, and leaves it alone on the next run',
  async () => {
    fake.seedRepo({ owner: OWNER, repo: REPO });
    fake.addCommit({ owner: OWNER, repo: REPO, message: 'base', files: { 'app.rb': 'v1\n' } });
    const bad = fake.addCommit({
      owner: OWNER,
      repo: REPO,
      message: 'feat: cache',
      files: { 'app.rb': 'v2\n' }
    });
    const deployment = fake.addDeployment({ owner: OWNER, repo: REPO, sha: bad, environment: 'production' });
    fake.addDeploymentStatus({
      owner: OWNER,
      repo: REPO,
      deploymentId: deployment.id,
      state: 'in_progress',
      description: 'Postflight: verifying the deploy',
      createdAt: new Date(DEPLOY_SEC * 1000)
    });
    fake.addDeploymentStatus({
      owner: OWNER,
      repo: REPO,
      deploymentId: deployment.id,
      state: 'success',
      description: 'Postflight: pass',
      createdAt: new Date((DEPLOY_SEC + 600) * 1000)
    });
    await mkdir(path.join(workspace, '.github'), { recursive: true });
    await writeFile(
      path.join(workspace, '.github', 'postflight.yml'),
      [
        'environment: production',
        'interval: 30s',
        'baseline: 30m',
        'watch: { for: 2h, alpha-share: 0.5 }',
        'assess: { fail-on: never }',
        'sources:',
        '  - id: api',
        '    type: prometheus',
        `    url: ${prometheus!.url}`,
        '    errors: sum(increase(app_requests_total{service="shop",code="500"}[$window]))',
        '    total: sum(increase(app_requests_total{service="shop"}[$window]))',
        ''
      ].join('\n')
    );
    const schedule = {
      name: 'schedule',
      payload: {
        schedule: '*/10 * * * *',
        repository: { name: REPO, owner: { login: OWNER }, default_branch: 'main' }
      }
    };
    const options = {
      inputs: { mode: 'watch', token: FakeGitHub.TOKEN },
      event: schedule,
      apiUrl: fake.url,
      repository: `${OWNER}/${REPO}`,
      sha: 'f'.repeat(40),
      workspace
    };

    const first = await runAction(options);
    expect(first.stdout).toMatch(/::error::Postflight: fail: api error rate 5%/);
    expect(first.code).toBe(1);
    expect(first.outputs.verdict).toBe('fail');
    expect(first.summary).toContain('### Postflight watch');

    const gh = createGitHubClient({ token: FakeGitHub.TOKEN, baseUrl: fake.url });
    const statuses = await gh.rest.repos.listDeploymentStatuses({
      owner: OWNER,
      repo: REPO,
      deployment_id: deployment.id
    });
    expect(statuses.data.map((s) => s.state)).toEqual(['failure', 'success', 'in_progress']);
    expect(statuses.data[0]!.description).toMatch(/^Postflight watch: fail: /);
    const checks = await gh.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: bad });
    expect(checks.data.check_runs.map((c) => c.conclusion)).toEqual(['failure']);
    const issues = await gh.rest.issues.listForRepo({
      owner: OWNER,
      repo: REPO,
      state: 'open',
      labels: 'postflight'
    });
    expect(issues.data).toHaveLength(1);
    expect(first.outputs.incident).toBe(String(issues.data[0]!.number));

    const second = await runAction({ ...options, runId: 4243 });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/is already failed/);
    const after = await gh.rest.repos.listDeploymentStatuses({
      owner: OWNER,
      repo: REPO,
      deployment_id: deployment.id
    });
    expect(after.data).toHaveLength(3);
    fake.assertNoViolations();
  },
  120_000
);
