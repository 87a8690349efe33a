/**
 * A cancelled job: the runner sends SIGINT (then SIGTERM, then kills). The action, run as the
 * runner runs it (a bundle of the current sources, since dist/ is rebuilt only at merge), must
 * stop polling, abort the request in flight, and leave the partial report, the summary and an
 * `error` deployment status before it exits.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { FakeGitHub } from '../support/fake-github/index.js';
import { runAction } from './run-action.js';

const OWNER = 'acme';
const REPO = 'shop';
let fake: FakeGitHub;
let service: Server;
let serviceUrl: string;
let bundleDir: string;
const requests: IncomingMessage[] = [];
const aborted: IncomingMessage[] = [];
let onHangingRequest: () => void = () => {};

beforeAll(async () => {
  const cache = path.resolve('node_modules/.cache');
  await mkdir(cache, { recursive: true });
  bundleDir = await mkdtemp(path.join(cache, 'postflight-cancel-'));
  // In a process of its own: esbuild's service would otherwise outlive the test worker.
  const options = {
    entryPoints: { index: 'src/index.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    outdir: bundleDir,
    packages: 'external',
    logLevel: 'warning'
  };
  const built = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `await (await import('esbuild')).build(${JSON.stringify(options)});`],
    { encoding: 'utf8' }
  );
  if (built.status !== 0) throw new Error(`bundling the action failed: ${built.stderr}`);
  fake = await FakeGitHub.start();
  // Healthy on the first check; every later one hangs, as a service that stopped answering.
  service = createServer((req, res) => {
    requests.push(req);
    if (requests.length === 1) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"UP"}');
      return;
    }
    req.socket.on('close', () => aborted.push(req));
    onHangingRequest();
  });
  await new Promise<void>((r) => service.listen(0, '127.0.0.1', r));
  serviceUrl = `http://127.0.0.1:${(service.address() as AddressInfo).port}/health`;
});

afterAll(async () => {
  await fake.close();
  service.closeAllConnections();
  await new Promise((r) => service.close(r));
  await rm(bundleDir, { recursive: true, force: true });
});

test.each([[['SIGINT']], [['SIGTERM']], [['SIGINT', 'SIGTERM']]] as const)(
  '%p mid-poll: partial report, summary and deployment status `error`, "cancelled after 1 poll"',
  async (signals) => {
    const first = signals[0];
    requests.length = 0;
    aborted.length = 0;
    fake.seedRepo({ owner: OWNER, repo: REPO });
    const sha = fake.addCommit({ owner: OWNER, repo: REPO, message: 'feat', files: { 'a.txt': 'v2\n' } });
    const deployment = fake.addDeployment({ owner: OWNER, repo: REPO, sha, environment: 'production' });
    let reportDir = '';
    const run = await runAction({
      entry: path.join(bundleDir, 'index.js'),
      inputs: {
        mode: 'verify',
        token: FakeGitHub.TOKEN,
        'health-url': serviceUrl,
        'deployment-id': String(deployment.id),
        environment: 'production',
        window: '10m',
        interval: '1s'
      },
      event: { name: 'workflow_dispatch', payload: {} },
      apiUrl: fake.url,
      repository: `${OWNER}/${REPO}`,
      runId: 77,
      sha,
      onStart(child, dir) {
        reportDir = dir;
        let seen = '';
        let second = signals[1];
        child.stdout?.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          // The runner's second signal comes after the first was handled (7.5 s later on
          // GitHub's runners); sent at once, the two can reach the process in either order.
          if (second && seen.includes(`Received ${first}`)) {
            child.kill(second);
            second = undefined;
          }
        });
        // The runner's first signal, while the second check hangs.
        onHangingRequest = () => child.kill(first);
      }
    });

    expect(run.stdout).toContain(`Received ${first}: stopping the verification`);
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('inconclusive');
    expect(run.outputs.reason).toBe(`cancelled after 1 poll (${first})`);
    expect(run.summary).toContain(`cancelled after 1 poll (${first})`);

    const report = JSON.parse(await readFile(path.join(reportDir, 'postflight-report-77-1.json'), 'utf8'));
    expect(report.verdict).toBe('inconclusive');
    expect(report.cancelled).toEqual({ reason: first, polls: 1 });
    expect(report.observations).toHaveLength(1);

    // The hanging request was aborted, not left to its timeout.
    expect(requests).toHaveLength(2);
    expect(aborted).toEqual([requests[1]]);

    const statuses = fake.repo(OWNER, REPO).deployments.find((d) => d.id === deployment.id)!.statuses;
    expect(statuses.map((s) => s.state)).toEqual(['in_progress', 'error']);
    expect(statuses.at(-1)!.description).toContain('cancelled after 1 poll');
    fake.assertNoViolations();
  }
);
