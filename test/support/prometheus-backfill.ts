/**
 * A real Prometheus holding a past we wrote: a service's request counters and latency histogram
 * generated as OpenMetrics text, turned into TSDB blocks with `promtool tsdb create-blocks-from
 * openmetrics`, and served by a Prometheus started on that data (127.0.0.1, no scraping).
 *
 * Counts are deterministic (expected values accumulated, floored), so a test can know exactly
 * what a window holds: no random traces, no timing.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { RealPrometheus } from './prometheus-real.js';

/** The histogram's finite bucket boundaries, in seconds. */
export const LATENCY_BUCKETS = ['0.1', '0.25', '0.5', '1'] as const;

export interface Traffic {
  /** Requests per second. */
  rps: number;
  /** Share of requests answered with a 5xx. */
  errorRate: number;
  /** Share of requests slower than 0.5 s (half of them also slower than 1 s). */
  slowShare: number;
}

export interface ServiceSeries {
  /** Labels on every series of this population, e.g. `{ version: 'v2' }`. */
  labels: Record<string, string>;
  /** Unix seconds at which this population exists. */
  from: number;
  to: number;
  traffic(atSec: number): Traffic;
}

/** OpenMetrics for `app_requests_total{code}` and `app_request_duration_seconds` at `stepSec` spacing. */
export function serviceOpenMetrics(populations: ServiceSeries[], stepSec = 5): string {
  const counters: string[] = [];
  const histogram: string[] = [];
  for (const population of populations) {
    const extra = Object.entries(population.labels).map(([k, v]) => `${k}="${v}"`);
    const labels = (more: string[]) => `{${[...extra, ...more].join(',')}}`;
    let ok = 0;
    let errors = 0;
    let slow = 0;
    let verySlow = 0;
    let quick = 0;
    for (let t = population.from; t <= population.to; t += stepSec) {
      if (t > population.from) {
        const traffic = population.traffic(t);
        const requests = traffic.rps * stepSec;
        errors += requests * traffic.errorRate;
        ok += requests * (1 - traffic.errorRate);
        slow += requests * traffic.slowShare;
        verySlow += (requests * traffic.slowShare) / 2;
        quick += requests * (1 - traffic.slowShare) * 0.6;
      }
      const total = Math.floor(ok + 1e-9) + Math.floor(errors + 1e-9);
      counters.push(`app_requests_total${labels(['code="200"'])} ${Math.floor(ok + 1e-9)} ${t}`);
      counters.push(`app_requests_total${labels(['code="500"'])} ${Math.floor(errors + 1e-9)} ${t}`);
      const within = {
        '0.1': Math.floor(quick + 1e-9),
        '0.25': Math.floor(quick + 1e-9),
        '0.5': total - Math.ceil(slow - 1e-9),
        '1': total - Math.ceil(verySlow - 1e-9)
      };
      for (const le of LATENCY_BUCKETS)
        histogram.push(`app_request_duration_seconds_bucket${labels([`le="${le}"`])} ${within[le]} ${t}`);
      histogram.push(`app_request_duration_seconds_bucket${labels(['le="+Inf"'])} ${total} ${t}`);
      histogram.push(`app_request_duration_seconds_count${labels([])} ${total} ${t}`);
      histogram.push(`app_request_duration_seconds_sum${labels([])} ${(total * 0.2).toFixed(3)} ${t}`);
    }
  }
  return [
    '# HELP app_requests Requests served.',
    '# TYPE app_requests counter',
    ...counters,
    '# HELP app_request_duration_seconds Request latency.',
    '# TYPE app_request_duration_seconds histogram',
    ...histogram,
    '# EOF',
    ''
  ].join('\n');
}

export function promtoolBinary(): string | undefined {
  const candidates = [
    process.env.PROMTOOL_BIN,
    '/usr/bin/promtool',
    ...(process.env.PATH ?? '').split(delimiter).map((d) => join(d, 'promtool'))
  ];
  return candidates.find((c): c is string => !!c && existsSync(c));
}

/** Writes the OpenMetrics into blocks and serves them; `stop()` kills Prometheus and removes the data. */
export async function startBackfilledPrometheus(
  prometheus: string,
  promtool: string,
  openMetrics: string,
  readyTimeoutMs = 15_000
): Promise<RealPrometheus> {
  const dir = await mkdtemp(join(tmpdir(), 'postflight-backfill-'));
  const input = join(dir, 'input.om');
  const data = join(dir, 'data');
  await writeFile(input, openMetrics);
  await promisify(execFile)(promtool, ['tsdb', 'create-blocks-from', 'openmetrics', input, data], {
    timeout: 60_000
  });
  await writeFile(join(dir, 'prometheus.yml'), 'global:\n  scrape_interval: 15s\n');
  const port = await freePort();
  const child = spawn(
    prometheus,
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${data}`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--storage.tsdb.retention.time=30d',
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

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
