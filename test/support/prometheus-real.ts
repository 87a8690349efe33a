/**
 * Runs a real Prometheus server for tests: 127.0.0.1 on a free port, a temp config and TSDB,
 * scraping the given targets every second. `stop()` kills it and removes the temp dir.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export interface RealPrometheus {
  url: string;
  /** What Prometheus printed, for diagnosing a failed start. */
  output(): string;
  stop(): Promise<void>;
}

/** The prometheus binary: $PROMETHEUS_BIN, /usr/bin/prometheus, or the first on PATH. */
export function prometheusBinary(): string | undefined {
  const candidates = [
    process.env.PROMETHEUS_BIN,
    '/usr/bin/prometheus',
    ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'prometheus'))
  ];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startRealPrometheus(
  binary: string,
  targets: string[],
  readyTimeoutMs = 10_000
): Promise<RealPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'postflight-prom-'));
  const port = await freePort();
  const config = [
    'global:',
    '  scrape_interval: 1s',
    '  evaluation_interval: 1s',
    'scrape_configs:',
    '  - job_name: app',
    '    static_configs:',
    `      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]`
  ].join('\n');
  await writeFile(join(dir, 'prometheus.yml'), config + '\n');
  const child: ChildProcess = spawn(
    binary,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn'
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(killer);
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`prometheus exited with ${child.exitCode}: ${output}`);
    }
    const ready = await fetch(`${url}/-/ready`).then(
      (r) => r.ok,
      () => false
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`prometheus not ready within ${readyTimeoutMs} ms: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, output: () => output, stop };
}

/** Polls an instant query until `accept` says yes, bounded; returns the last vector. */
export async function waitForQuery(
  url: string,
  query: string,
  accept: (result: { metric: Record<string, string>; value: [number, string] }[]) => boolean,
  timeoutMs = 10_000
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const body = (await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`).then((r) =>
      r.json()
    )) as {
      data?: { result?: { metric: Record<string, string>; value: [number, string] }[] };
    };
    last = body;
    if (body.data?.result && accept(body.data.result)) return;
    if (Date.now() > deadline)
      throw new Error(
        `query ${query} did not reach the expected state in ${timeoutMs} ms; last: ${JSON.stringify(last)}`
      );
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
