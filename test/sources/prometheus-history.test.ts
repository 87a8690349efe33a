/**
 * The prometheus source's history (query_range) and its histogram latency signal, against a real
 * Prometheus serving a past written with promtool: 20 requests/s, 1% errors and 1% slower than
 * 0.5 s before the deploy; 4% errors and 2% slow after it. Counts are deterministic, so each 30 s
 * step holds exactly 600 requests.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { PrometheusSourceConfig } from '../../src/config/types.js';
import { createPrometheusSource } from '../../src/sources/prometheus/source.js';
import { SourceError, type HistoryRange, type Reading } from '../../src/sources/types.js';
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

/** Two hours ago, on a minute: old enough to be history, recent enough for default retention. */
const DEPLOY_SEC = Math.floor(Date.now() / 60_000) * 60 - 2 * 3600;
const DEPLOY = DEPLOY_SEC * 1000;
const before: Traffic = { rps: 20, errorRate: 0.01, slowShare: 0.01 };
const after: Traffic = { rps: 20, errorRate: 0.04, slowShare: 0.02 };

describeReal('prometheus history and histogram latency against a real Prometheus', () => {
  let prometheus: RealPrometheus;

  beforeAll(async () => {
    const text = serviceOpenMetrics([
      {
        labels: { service: 'solo' },
        from: DEPLOY_SEC - 1800,
        to: DEPLOY_SEC + 1200,
        traffic: (t) => (t <= DEPLOY_SEC ? before : after)
      },
      {
        labels: { service: 'split', version: 'v1' },
        from: DEPLOY_SEC - 600,
        to: DEPLOY_SEC + 1200,
        traffic: () => before
      },
      {
        labels: { service: 'split', version: 'v2' },
        from: DEPLOY_SEC,
        to: DEPLOY_SEC + 1200,
        traffic: () => after
      }
    ]);
    prometheus = await startBackfilledPrometheus(prometheusBin!, promtoolBin!, text);
  }, 90_000);

  afterAll(async () => {
    await prometheus?.stop();
  });

  function config(overrides: Partial<PrometheusSourceConfig>): PrometheusSourceConfig {
    return {
      id: 'api',
      type: 'prometheus',
      critical: true,
      timeoutMs: 5000,
      retries: 0,
      maxResponseBytes: 5_000_000,
      maxConsecutiveErrors: 3,
      onError: 'inconclusive',
      url: prometheus.url,
      headers: {},
      levels: [],
      errors: 'sum(increase(app_requests_total{service="solo",code="500"}[$window]))',
      total: 'sum(increase(app_requests_total{service="solo"}[$window]))',
      ...overrides
    };
  }
  const deps = { env: {}, sleep: async () => {} };
  const range = (from: number, to: number, phase: HistoryRange['phase'] = 'observe'): HistoryRange => ({
    from,
    to,
    stepMs: 30_000,
    phase,
    signal: new AbortController().signal
  });
  const counts = (readings: Reading[], signal: string, group = 'canary') =>
    readings
      .filter((r) => r.signal === signal && r.group === group && r.kind === 'count')
      .map((r) => (r.kind === 'count' ? [r.errors, r.total] : []));

  it('answers one step per interval after the deploy, each what a poll over that step reads', async () => {
    const source = createPrometheusSource(config({}), deps);
    const steps = await source.history!(range(DEPLOY, DEPLOY + 300_000));
    expect(steps.map((s) => s.at)).toEqual(Array.from({ length: 10 }, (_, k) => DEPLOY + (k + 1) * 30_000));
    for (const step of steps) expect(counts(step.readings, 'api')).toEqual([[24, 600]]);
    const polled = await source.poll({
      from: DEPLOY + 60_000,
      to: DEPLOY + 90_000,
      phase: 'observe',
      signal: new AbortController().signal
    });
    expect(counts(polled, 'api')).toEqual(counts(steps[2]!.readings, 'api'));
  });

  it('reads the pre-deploy history as baseline readings', async () => {
    const source = createPrometheusSource(config({}), deps);
    const steps = await source.history!(range(DEPLOY - 300_000, DEPLOY, 'baseline'));
    expect(steps).toHaveLength(10);
    for (const step of steps) expect(counts(step.readings, 'api', 'baseline')).toEqual([[6, 600]]);
  });

  it('leaves a step without data without a reading, never a zero', async () => {
    const source = createPrometheusSource(config({}), deps);
    const end = (DEPLOY_SEC + 1200) * 1000;
    const steps = await source.history!(range(end - 60_000, end + 600_000));
    expect(counts(steps[0]!.readings, 'api')).toEqual([[24, 600]]);
    expect(steps.at(-1)!.readings).toEqual([]);
  });

  it('splits the history by the compare label into canary and baseline', async () => {
    const source = createPrometheusSource(
      config({
        errors: 'sum by (version) (increase(app_requests_total{service="split",code="500"}[$window]))',
        total: 'sum by (version) (increase(app_requests_total{service="split"}[$window]))',
        compare: { label: 'version', canary: 'v2' }
      }),
      deps
    );
    const steps = await source.history!(range(DEPLOY + 60_000, DEPLOY + 180_000));
    for (const step of steps) {
      expect(counts(step.readings, 'api', 'canary')).toEqual([[24, 600]]);
      expect(counts(step.readings, 'api', 'baseline')).toEqual([[6, 600]]);
    }
    const baseline = await source.history!(range(DEPLOY - 120_000, DEPLOY, 'baseline'));
    expect(baseline.every((s) => s.readings.length === 0)).toBe(true);
  });

  it('counts requests slower than the smallest bucket at or above the threshold, and names it', async () => {
    const latency = {
      name: 'slow',
      histogram: 'app_request_duration_seconds',
      matchers: 'service="solo"',
      unit: 'seconds' as const
    };
    const at400 = createPrometheusSource(
      config({ errors: undefined, total: undefined, latency: { ...latency, slowerThan: 400 } }),
      deps
    );
    expect(at400.signals.map((s) => [s.id, s.kind, s.baseline])).toEqual([
      ['api:slow', 'count', 'pre-deploy']
    ]);
    const steps = await at400.history!(range(DEPLOY, DEPLOY + 120_000));
    // 2% of 600 requests are slower than 0.5 s after the deploy.
    for (const step of steps) expect(counts(step.readings, 'api:slow')).toEqual([[12, 600]]);
    expect(at400.signals[0]!.description).toBe(
      'requests slower than 400ms (bucket le=0.5) of all requests in app_request_duration_seconds'
    );
    const baseline = await at400.history!(range(DEPLOY - 120_000, DEPLOY, 'baseline'));
    for (const step of baseline) expect(counts(step.readings, 'api:slow', 'baseline')).toEqual([[6, 600]]);

    // Just above 0.5 s the next bucket, 1 s, holds half as many slow requests.
    const at600 = createPrometheusSource(
      config({ errors: undefined, total: undefined, latency: { ...latency, slowerThan: 600 } }),
      deps
    );
    const polled = await at600.poll({
      from: DEPLOY,
      to: DEPLOY + 30_000,
      phase: 'observe',
      signal: new AbortController().signal
    });
    expect(counts(polled, 'api:slow')).toEqual([[6, 600]]);
    expect(at600.signals[0]!.description).toContain('(bucket le=1)');
  });

  it('judges latency per version with a concurrent comparison', async () => {
    const source = createPrometheusSource(
      config({
        errors: undefined,
        total: undefined,
        compare: { label: 'version', canary: 'v2' },
        latency: {
          name: 'slow',
          histogram: 'app_request_duration_seconds',
          matchers: 'service="split"',
          slowerThan: 500,
          unit: 'seconds'
        }
      }),
      deps
    );
    const [step] = await source.history!(range(DEPLOY + 30_000, DEPLOY + 60_000));
    expect(counts(step!.readings, 'api:slow', 'canary')).toEqual([[12, 600]]);
    expect(counts(step!.readings, 'api:slow', 'baseline')).toEqual([[6, 600]]);
  });

  it('refuses a threshold above every finite bucket with an error naming the key', async () => {
    const source = createPrometheusSource(
      config({
        errors: undefined,
        total: undefined,
        latency: {
          name: 'slow',
          histogram: 'app_request_duration_seconds',
          slowerThan: 5000,
          unit: 'seconds'
        }
      }),
      deps
    );
    const failure = source.history!(range(DEPLOY, DEPLOY + 60_000));
    await expect(failure).rejects.toBeInstanceOf(SourceError);
    await expect(failure).rejects.toThrow(
      /latency\.slower-than 5s is above every finite bucket .*largest le=1 seconds/
    );
  });

  it('keeps the signals whose queries worked when one query fails, and lists the failure on each step', async () => {
    const source = createPrometheusSource(
      config({
        errors: 'sum(increase(app_requests_total{service="solo",code="500"}[$window])) by (', // a syntax error
        latency: {
          name: 'slow',
          histogram: 'app_request_duration_seconds',
          matchers: 'service="solo"',
          slowerThan: 500,
          unit: 'seconds'
        }
      }),
      deps
    );
    const steps = await source.history!(range(DEPLOY, DEPLOY + 60_000));
    expect(steps).toHaveLength(2);
    for (const step of steps) {
      expect(counts(step.readings, 'api:slow')).toEqual([[12, 600]]);
      expect(step.failures?.map((f) => f.signal)).toEqual(['api']);
      expect(step.failures?.[0]?.message).toMatch(/HTTP 400/);
    }
  });
});
