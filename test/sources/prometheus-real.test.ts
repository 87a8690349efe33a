/**
 * The prometheus source against a real Prometheus scraping a local exporter every second.
 * Needs /usr/bin/prometheus (CI installs it with apt-get); without it this file fails in CI and
 * is skipped with a message elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PrometheusSourceConfig } from '../../src/config/types.js';
import { createPrometheusSource } from '../../src/sources/prometheus/source.js';
import { SourceError, type PollWindow, type Reading } from '../../src/sources/types.js';
import { startExporter, type Exporter } from '../support/prometheus-exporter.js';
import { startFakePrometheus, type FakeAnswer } from '../support/prometheus-fake.js';
import {
  prometheusBinary,
  startRealPrometheus,
  waitForQuery,
  type RealPrometheus
} from '../support/prometheus-real.js';

const binary = prometheusBinary();
if (!binary) {
  if (process.env.CI)
    throw new Error(
      'prometheus binary not found (install it with apt-get install prometheus, or set PROMETHEUS_BIN)'
    );
  console.warn(
    'Skipping the real-Prometheus tests: no prometheus binary (apt-get install prometheus, or set PROMETHEUS_BIN).'
  );
}
const describeReal = binary ? describe : describe.skip;

describeReal('prometheus source against a real Prometheus', () => {
  let exporter: Exporter;
  let prometheus: RealPrometheus | undefined;
  const deps = { env: {}, sleep: async () => {} };

  beforeAll(async () => {
    exporter = await startExporter({ app_requests_total: 'counter', app_latency_seconds: 'gauge' });
    exporter.set('app_requests_total', { version: 'v1', code: '200' }, 900);
    exporter.set('app_requests_total', { version: 'v1', code: '500' }, 9);
    exporter.set('app_requests_total', { version: 'v2', code: '200' }, 180);
    exporter.set('app_requests_total', { version: 'v2', code: '500' }, 20);
    exporter.set('app_latency_seconds', { version: 'v1' }, 0.25);
    exporter.set('app_latency_seconds', { version: 'v2' }, 0.75);
    prometheus = await startRealPrometheus(binary!, [exporter.target]);
    await waitForQuery(prometheus.url, 'count(app_requests_total)', (r) => r[0]?.value[1] === '4');
  });

  afterAll(async () => {
    await prometheus?.stop();
    await exporter?.close();
  });

  function config(overrides: Partial<PrometheusSourceConfig>): PrometheusSourceConfig {
    return {
      id: 'api',
      type: 'prometheus',
      critical: true,
      timeoutMs: 5000,
      retries: 1,
      maxResponseBytes: 1_000_000,
      maxConsecutiveErrors: 3,
      onError: 'inconclusive',
      url: prometheus!.url,
      headers: {},
      levels: [],
      ...overrides
    };
  }
  const now = (): PollWindow => {
    const to = Date.now();
    return { from: to - 30_000, to, phase: 'observe', signal: new AbortController().signal };
  };
  // max_over_time of a constant counter is exact, unlike increase(), which extrapolates.
  const errors = 'sum by (version) (max_over_time(app_requests_total{code="500"}[$window]))';
  const total = 'sum by (version) (max_over_time(app_requests_total[$window]))';

  it('reads counts over the window', async () => {
    const source = createPrometheusSource(config({ errors: `sum(${errors})`, total: `sum(${total})` }), deps);
    expect(await source.poll(now())).toEqual([
      { signal: 'api', kind: 'count', group: 'canary', errors: 29, total: 1109 }
    ]);
  });

  it('compares the canary with the other versions by label, and levels too', async () => {
    const source = createPrometheusSource(
      config({
        errors,
        total,
        compare: { label: 'version', canary: 'v2' },
        levels: [{ name: 'latency', query: 'max by (version) (app_latency_seconds)', maxRatio: 2, unit: 's' }]
      }),
      deps
    );
    const readings = await source.poll(now());
    expect(readings).toEqual(
      expect.arrayContaining([
        { signal: 'api', kind: 'count', group: 'canary', errors: 20, total: 200 },
        { signal: 'api', kind: 'count', group: 'baseline', errors: 9, total: 909 },
        { signal: 'api:latency', kind: 'level', group: 'canary', value: 0.75, unit: 's' },
        { signal: 'api:latency', kind: 'level', group: 'baseline', value: 0.25, unit: 's' }
      ])
    );
    expect(readings).toHaveLength(4);
  });

  it('sees errors the exporter adds on a later scrape', async () => {
    exporter.add('app_requests_total', { version: 'v2', code: '500' }, 5);
    exporter.add('app_requests_total', { version: 'v2', code: '200' }, 5);
    const source = createPrometheusSource(
      config({ errors, total, compare: { label: 'version', canary: 'v2' } }),
      deps
    );
    let canary: Reading | undefined;
    // Bounded wait for the next scrapes (1 s apart).
    for (let i = 0; i < 40 && !(canary?.kind === 'count' && canary.errors === 25); i++) {
      if (i > 0) await new Promise((resolve) => setTimeout(resolve, 250));
      canary = (await source.poll(now())).find((r) => r.group === 'canary');
    }
    expect(canary).toEqual({ signal: 'api', kind: 'count', group: 'canary', errors: 25, total: 210 });
  });

  it('yields no reading for a query that matches nothing', async () => {
    const source = createPrometheusSource(
      config({
        errors: 'sum(app_requests_total{version="v9",code="500"})',
        total: 'sum(app_requests_total{version="v9"})'
      }),
      deps
    );
    expect(await source.poll(now())).toEqual([]);
  });

  it("reports a bad query as Prometheus's 400, naming the query", async () => {
    const bad = 'sum(rate(app_requests_total[$window])';
    const source = createPrometheusSource(config({ errors: bad, total: `sum(${total})` }), deps);
    const error = (await source.poll(now()).catch((e: unknown) => e)) as SourceError;
    expect(error).toBeInstanceOf(SourceError);
    expect(error.status).toBe(400);
    expect(error.message).toContain('bad_data');
    expect(error.message).toContain('sum(rate(app_requests_total[30s])');
  });

  it('agrees with the fake Prometheus on status codes and JSON shapes', async () => {
    const fake = await startFakePrometheus();
    try {
      const cases: Array<[string, FakeAnswer]> = [
        ['sum(', { error: 'bad_data', message: 'parse error' }],
        ['app_requests_total{version="nope"}', { vector: [] }],
        ['vector(0) / 0', { vector: [{ metric: {}, value: 'NaN' }] }],
        ['scalar(vector(1))', { scalar: 1 }],
        ['app_latency_seconds{version="v1"}', { vector: [{ metric: { version: 'v1' }, value: 0.25 }] }]
      ];
      for (const [query, answer] of cases) {
        fake.answer = () => answer;
        const [real, faked] = await Promise.all(
          [prometheus!.url, fake.url].map((base) => postQuery(base, query))
        );
        expect({ query, status: faked!.status, shape: shape(faked!.body) }).toEqual({
          query,
          status: real!.status,
          shape: shape(real!.body)
        });
      }
    } finally {
      await fake.close();
    }
  });
});

async function postQuery(base: string, query: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${base}/api/v1/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ query, time: String(Date.now() / 1000) }).toString()
  });
  return { status: response.status, body: await response.json() };
}

/** The JSON's structure: keys, array lengths and value types; label sets and messages reduced to their kind. */
function shape(value: unknown, key = ''): unknown {
  if (key === 'metric') return 'labels';
  if (key === 'error') return typeof value;
  if (Array.isArray(value)) return value.map((v) => shape(v));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, shape(v, k)])
    );
  }
  // Sample values are strings holding numbers (or NaN/±Inf); the type names them apart from other strings.
  if (key === 'resultType' || key === 'status' || key === 'errorType') return value;
  return typeof value;
}
