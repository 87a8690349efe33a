/**
 * GitHub API calls per run of the real action (dist/index.js, spawned as the runner does),
 * counted by the fake GitHub, which validates every request and response against GitHub's
 * OpenAPI description. The failed run assesses the rollback from a local git checkout, as a
 * workflow with `fetch-depth: 0` does. Not counted: the health endpoint's own HTTP traffic.
 */
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../test/support/fake-github/index.js';
import { runAction, type ActionRun } from '../test/e2e/run-action.js';

const OWNER = 'acme';
const REPO = 'shop';

export async function benchGitHubBudget(): Promise<string> {
  const fake = await FakeGitHub.start();
  let healthy = true;
  const service = createServer((_req, res) => {
    res
      .writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' })
      .end(JSON.stringify({ status: healthy ? 'UP' : 'DOWN' }));
  });
  await new Promise<void>((r) => service.listen(0, '127.0.0.1', r));
  const healthUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}/health`;
  const work = await mkdtemp(path.join(tmpdir(), 'postflight-budget-'));
  try {
    const { good, bad } = await buildCheckout(work, fake);
    fake.seedRepo({ owner: OWNER, repo: REPO });
    // The deploy's actor can be assigned, as on a real team.
    fake.addCollaborator({ owner: OWNER, repo: REPO, login: 'octocat', permission: 'write' });
    for (const c of [good, bad])
      fake.addCommit({ owner: OWNER, repo: REPO, sha: c.sha, message: c.message, files: c.files });
    const previous = fake.addDeployment({
      owner: OWNER,
      repo: REPO,
      sha: good.sha,
      environment: 'production'
    });
    fake.addDeploymentStatus({ owner: OWNER, repo: REPO, deploymentId: previous.id, state: 'success' });

    const rows: string[] = [];
    const measure = async (
      name: string,
      target: number | null,
      run: () => Promise<ActionRun>,
      expectVerdict: string
    ) => {
      fake.resetCounters();
      const result = await run();
      if (result.outputs.verdict !== expectVerdict) {
        throw new Error(
          `${name}: expected ${expectVerdict}, got ${result.outputs.verdict ?? 'nothing'}\n${result.stdout}`
        );
      }
      fake.assertNoViolations();
      const counts = Object.entries(fake.callCounts()).filter(([, n]) => n > 0);
      const total = counts.reduce((a, [, n]) => a + n, 0);
      const detail = counts.map(([op, n]) => `${op} ×${n}`).join(', ');
      rows.push(
        `| ${name} | ${total} | ${target === null ? '—' : `≤ ${target} ${total <= target ? '✓' : '✗'}`} | ${detail} |`
      );
    };

    const inputs = (extra: Record<string, string>) => ({
      mode: 'verify',
      token: FakeGitHub.TOKEN,
      'health-url': healthUrl,
      interval: '1s',
      ...extra
    });
    const event = (deploymentId: number, sha: string) => ({
      name: 'deployment_status',
      payload: {
        deployment: { id: deploymentId, sha, ref: 'main', environment: 'production' },
        deployment_status: { id: 1, state: 'success', description: 'deployed', environment_url: null },
        repository: { default_branch: 'main' }
      }
    });
    const common = { apiUrl: fake.url, repository: `${OWNER}/${REPO}`, workspace: work };

    const healthyDeploy = fake.addDeployment({
      owner: OWNER,
      repo: REPO,
      sha: good.sha,
      environment: 'production'
    });
    healthy = true;
    await measure(
      'healthy verify (pass)',
      4,
      () =>
        runAction({
          ...common,
          inputs: inputs({ window: '4s' }),
          event: event(healthyDeploy.id, good.sha),
          sha: good.sha,
          runId: 1
        }),
      'pass'
    );

    const badDeploy = fake.addDeployment({
      owner: OWNER,
      repo: REPO,
      sha: bad.sha,
      environment: 'production'
    });
    healthy = false;
    const failed = () =>
      runAction({
        ...common,
        inputs: inputs({ window: '30s' }),
        event: event(badDeploy.id, bad.sha),
        sha: bad.sha,
        runId: 2,
        runAttempt: rerun ? 2 : 1
      });
    let rerun = false;
    // 16: the per-environment incident lock (issue 14) costs four calls (tree, commit, ref, release)
    // and a second list under the lock; it buys one issue instead of N opened and N-1 closed.
    await measure('failed verify: incident opened, assessment from local git', 16, failed, 'fail');
    rerun = true;
    await measure('re-run of that workflow run on the open incident', 6, failed, 'fail');
    return ['| run | GitHub API calls | target | calls by operation |', '|---|---|---|---|', ...rows].join(
      '\n'
    );
  } finally {
    service.closeAllConnections();
    service.close();
    await fake.close();
    await rm(work, { recursive: true, force: true });
  }
}

interface LocalCommit {
  sha: string;
  message: string;
  files: Record<string, string>;
}

/** A checkout with two releases: v1 (good) and v2, which drops a column. */
async function buildCheckout(
  dir: string,
  _fake: FakeGitHub
): Promise<{ good: LocalCommit; bad: LocalCommit }> {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Octo',
        GIT_AUTHOR_EMAIL: 'o@example.com',
        GIT_COMMITTER_NAME: 'Octo',
        GIT_COMMITTER_EMAIL: 'o@example.com'
      },
      encoding: 'utf8'
    }).trim();
  git('init', '-q', '-b', 'main');
  const commit = async (message: string, files: Record<string, string>): Promise<LocalCommit> => {
    for (const [p, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, p)), { recursive: true });
      await writeFile(path.join(dir, p), content);
    }
    git('add', '-A');
    git('commit', '-q', '-m', message);
    return { sha: git('rev-parse', 'HEAD'), message, files };
  };
  const good = await commit('feat: orders', { 'app.rb': 'v1\n' });
  const bad = await commit('chore: drop legacy email column', {
    'app.rb': 'v2\n',
    'db/migrate/20261120000000_drop_email.rb':
      'class DropEmail < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :email, :string\n  end\nend\n'
  });
  return { good, bad };
}
