/**
 * `mode: watch` through its real wiring (watch-main.ts): deployments read from the OpenAPI-validated
 * fake GitHub, history from a real Prometheus serving a past written with promtool, the verify
 * step's own conclusion on a fail. The clock is virtual: "now" is 20 minutes after the deploy.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configFromObject } from '../../src/config/load.js';
import type { Config } from '../../src/config/types.js';
import type { PostflightContext } from '../../src/github/context.js';
import { terminalIO } from '../../src/jobs/terminal-io.js';
import { deployMoment, watchJob } from '../../src/jobs/watch.js';
import { runWatch } from '../../src/watch-main.js';
import { virtualClock } from '../../src/verify/clock.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor, OWNER, REPO } from '../github/setup.js';
import { prometheusBinary, type RealPrometheus } from '../support/prometheus-real.js';
import {
  promtoolBinary,
  serviceOpenMetrics,
  startBackfilledPrometheus,
  type Traffic
} from '../support/prometheus-backfill.js';

const prometheusBin = prometheusBinary();
const promtoolBin = promtoolBinary();
if (!prometheusBin || !promtoolBin) {
  if (process.env.CI) throw new Error('prometheus and promtool are needed (apt-get install prometheus)');
  console.warn('Skipping: no prometheus/promtool binary (apt-get install prometheus).');
}
const describeReal = prometheusBin && promtoolBin ? describe : describe.skip;

const DEPLOY_SEC = Math.floor(Date.now() / 60_000) * 60 - 40 * 60;
const DEPLOY = DEPLOY_SEC * 1000;
const NOW = DEPLOY + 20 * 60_000;
const healthy: Traffic = { rps: 20, errorRate: 0.01, slowShare: 0.01 };

describeReal('watch after the deploy (real Prometheus, fake GitHub)', () => {
  let prometheus: RealPrometheus;
  let fake: FakeGitHub;
  let workspace: string;

  beforeAll(async () => {
    const service = (name: string, after: Traffic) => ({
      labels: { service: name },
      from: DEPLOY_SEC - 2400,
      to: DEPLOY_SEC + 1500,
      traffic: (t: number) => (t <= DEPLOY_SEC ? healthy : after)
    });
    prometheus = await startBackfilledPrometheus(
      prometheusBin!,
      promtoolBin!,
      serviceOpenMetrics([service('shop', { ...healthy, errorRate: 0.05 }), service('steady', healthy)])
    );
    fake = await FakeGitHub.start();
    workspace = await mkdtemp(path.join(tmpdir(), 'postflight-watch-'));
  }, 90_000);

  afterAll(async () => {
    await prometheus?.stop();
    await fake?.close();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });
  afterEach(() => fake.assertNoViolations());

  function config(service: string, environment: string, extra: Record<string, unknown> = {}): Config {
    return configFromObject({
      environment,
      window: '10m',
      interval: '30s',
      baseline: '30m',
      alpha: 0.05,
      watch: { for: '2h', 'alpha-share': 0.5 },
      assess: { 'fail-on': 'never' },
      sources: [
        {
          id: 'api',
          type: 'prometheus',
          url: prometheus.url,
          errors: `sum(increase(app_requests_total{service="${service}",code="500"}[$window]))`,
          total: `sum(increase(app_requests_total{service="${service}"}[$window]))`
        }
      ],
      ...extra
    });
  }

  /** A release the verify step passed: in progress at the deploy, success ten minutes later. */
  function deployedAndPassed(environment: string) {
    const sha = fake.addCommit({
      owner: OWNER,
      repo: REPO,
      message: `release for ${environment}`,
      files: { [`${environment}.txt`]: 'v2\n' }
    });
    const deployment = fake.addDeployment({
      owner: OWNER,
      repo: REPO,
      sha,
      environment,
      createdAt: new Date(DEPLOY - 60_000)
    });
    fake.addDeploymentStatus({
      owner: OWNER,
      repo: REPO,
      deploymentId: deployment.id,
      state: 'in_progress',
      description: 'Postflight: verifying the deploy',
      createdAt: new Date(DEPLOY)
    });
    fake.addDeploymentStatus({
      owner: OWNER,
      repo: REPO,
      deploymentId: deployment.id,
      state: 'success',
      description: 'Postflight: pass: every signal is within tolerance',
      createdAt: new Date(DEPLOY + 600_000)
    });
    return { sha, deployment };
  }

  const ctx = (): PostflightContext => ({
    eventName: 'schedule',
    owner: OWNER,
    repo: REPO,
    sha: 'f'.repeat(40),
    ref: 'refs/heads/main',
    actor: 'github-actions[bot]',
    runId: 77,
    runAttempt: 1,
    runUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/77/attempts/1`,
    serverUrl: 'https://github.com',
    apiUrl: fake.url,
    defaultBranch: 'main'
  });

  async function watch(cfg: Config) {
    const lines: string[] = [];
    const io = terminalIO({
      summaryPath: path.join(workspace, 'summary.md'),
      stream: { write: (chunk: string) => (lines.push(chunk), true) } as unknown as NodeJS.WritableStream
    });
    const gh = clientFor(fake);
    const results = await runWatch({
      io,
      ctx: ctx(),
      config: cfg,
      inputs: {},
      workspace,
      gh: async () => gh,
      clock: virtualClock(NOW)
    });
    return { results, log: lines.join('') };
  }

  it('fails a release that regressed after the step passed it, once, as a failed verify does', async () => {
    fake.seedRepo({ owner: OWNER, repo: REPO });
    fake.addCommit({ owner: OWNER, repo: REPO, message: 'base', files: { 'app.txt': 'v1\n' } });
    const { sha, deployment } = deployedAndPassed('production');

    const first = await watch(config('shop', 'production'));
    expect(first.results).toHaveLength(1);
    const result = first.results[0]!;
    expect(result.action).toBe('watched');
    if (result.action !== 'watched') return;
    expect(result.deployTime).toBe(DEPLOY);
    expect(result.verdict.verdict).toBe('fail');
    // The watch spends its share of alpha: 0.05 * 0.5 on its one count signal.
    expect(result.verdict.signals.find((s) => s.id === 'api')!.alpha).toBeCloseTo(0.025, 10);

    const gh = clientFor(fake);
    const statuses = await gh.rest.repos.listDeploymentStatuses({
      owner: OWNER,
      repo: REPO,
      deployment_id: deployment.id
    });
    expect(statuses.data[0]!.state).toBe('failure');
    expect(statuses.data[0]!.description).toMatch(/^Postflight watch: fail: /);
    const checks = await gh.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: sha });
    expect(checks.data.check_runs.map((c) => [c.name, c.conclusion])).toEqual([
      ['Postflight: deploy verification', 'failure']
    ]);
    const issues = await gh.rest.issues.listForRepo({
      owner: OWNER,
      repo: REPO,
      state: 'open',
      labels: 'postflight'
    });
    expect(issues.data).toHaveLength(1);
    expect(issues.data[0]!.body).toMatch(
      /found by mode: watch 20m after the deploy, from the sources' history/
    );

    // The next scheduled run finds the deployment failed already and leaves it alone.
    fake.resetCounters();
    const second = await watch(config('shop', 'production'));
    expect(second.results[0]).toMatchObject({ action: 'skipped' });
    expect(second.results[0]!.action === 'skipped' && second.results[0]!.why).toMatch(/already failed/);
    const writes = Object.keys(fake.callCounts()).filter((op) => !/\/(list|get)/.test(op));
    expect(writes).toEqual([]);
  });

  it('leaves a healthy release alone and names the probe it could only poll once', async () => {
    const { deployment } = deployedAndPassed('staging');
    const cfg = config('steady', 'staging');
    const probe = configFromObject({
      sources: [{ id: 'probe', type: 'http', url: `${prometheus.url}/-/healthy` }]
    }).sources[0]!;
    const { results, log } = await watch({ ...cfg, sources: [...cfg.sources, probe] });
    const result = results[0]!;
    expect(result.action).toBe('watched');
    if (result.action !== 'watched') return;
    expect(result.verdict.verdict).not.toBe('fail');
    expect(result.notes.join('\n')).toMatch(
      /source "probe" \(http\) keeps no history: it was polled once, at the watch's moment/
    );
    expect(log).toContain('keeps no history');
    const statuses = await clientFor(fake).rest.repos.listDeploymentStatuses({
      owner: OWNER,
      repo: REPO,
      deployment_id: deployment.id
    });
    expect(statuses.data.map((s) => s.state)).toEqual(['success', 'in_progress']);
  });

  it('skips deployments older than watch-for and ones the step has not finished', async () => {
    const io = terminalIO({ quiet: true, summaryPath: path.join(workspace, 'skip.md') });
    const statuses = (state: string) => [
      { state, description: '', createdAt: new Date(DEPLOY).toISOString() }
    ];
    const deployment = (state: string) => ({
      id: 1,
      sha: 'a'.repeat(40),
      ref: 'main',
      environment: 'production',
      createdAt: new Date(DEPLOY).toISOString(),
      statuses: statuses(state)
    });
    const run = (state: string, now: number) =>
      watchJob({
        config: config('shop', 'production'),
        sources: () => {
          throw new Error('no source may be built for a skipped deployment');
        },
        clock: virtualClock(now),
        io,
        deployments: { newest: async () => deployment(state) },
        conclusion: () => {
          throw new Error('nothing to conclude');
        }
      });
    expect(await run('success', DEPLOY + 3 * 3600_000)).toMatchObject([
      { action: 'skipped', why: expect.stringMatching(/longer than watch-for 2h/) }
    ]);
    expect(await run('in_progress', NOW)).toMatchObject([
      { action: 'skipped', why: expect.stringMatching(/not marked successful/) }
    ]);
    expect(await run('error', NOW)).toMatchObject([
      { action: 'skipped', why: expect.stringMatching(/already failed/) }
    ]);
  });

  it('counts the deploy from the step that verified it, else from the first success', () => {
    const base = { id: 1, sha: 'a', ref: 'main', environment: 'p', createdAt: '2026-01-01T00:00:00Z' };
    expect(
      deployMoment({
        ...base,
        statuses: [
          { state: 'success', description: 'ok', createdAt: '2026-01-01T00:10:00Z' },
          {
            state: 'in_progress',
            description: 'Postflight: verifying the deploy',
            createdAt: '2026-01-01T00:02:00Z'
          }
        ]
      })
    ).toBe(Date.parse('2026-01-01T00:02:00Z'));
    expect(
      deployMoment({
        ...base,
        statuses: [{ state: 'success', description: 'deployed', createdAt: '2026-01-01T00:05:00Z' }]
      })
    ).toBe(Date.parse('2026-01-01T00:05:00Z'));
    expect(deployMoment({ ...base, statuses: [] })).toBe(Date.parse(base.createdAt));
  });

  it('needs watch settings', async () => {
    const cfg = config('shop', 'production');
    delete cfg.watch;
    await expect(
      watchJob({
        config: cfg,
        sources: () => [],
        clock: virtualClock(NOW),
        io: terminalIO({ quiet: true }),
        deployments: { newest: async () => null },
        conclusion: () => ({}) as never
      })
    ).rejects.toThrow(/needs `watch.for`/);
  });
});
