/**
 * Datadog, New Relic, Loki, Sentry and CloudWatch end to end: the configuration as users write it, the registry's
 * lazy providers, the verify job and its polling loop on a virtual clock, and each vendor's fake
 * answering over real HTTP on 127.0.0.1. A release that triples the error rate fails; a source
 * that keeps failing never passes; the keys never reach the report. The same sources answer
 * `replay --from-sources` from their history, one request per query for a whole past window.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { configFromObject } from '../../src/config/index.js';
import { verifyJob } from '../../src/jobs/verify.js';
import { replayFromSources } from '../../src/replay/from-sources.js';
import { terminalIO } from '../../src/jobs/terminal-io.js';
import { createSources } from '../../src/sources/registry.js';
import { virtualClock } from '../../src/verify/clock.js';
import { startFakeDatadog, type FakeDatadog } from '../support/fake-datadog.js';
import { startFakeNewRelic, type FakeNewRelic } from '../support/fake-newrelic.js';
import { startFakePrometheus, type FakePrometheus } from '../support/prometheus-fake.js';
import { startFakeSentry, type FakeSentry } from '../support/fake-sentry.js';
import { startFakeCloudWatch, type FakeCloudWatch } from '../support/fake-cloudwatch.js';

// Recent, so that CloudWatch's retention tiers (relative to now) keep minute periods.
const DEPLOY = Math.floor(Date.now() / 60_000) * 60_000 - 30 * 60_000 + 5_000;
const RPS = 40;

let datadog: FakeDatadog;
let newrelic: FakeNewRelic;
let loki: FakePrometheus;
let sentry: FakeSentry;
let cloudwatch: FakeCloudWatch;
/** The service as every vendor sees it: errors per second for each version. */
let rates: Record<string, number>;

beforeAll(async () => {
  [datadog, newrelic, loki, sentry, cloudwatch] = await Promise.all([
    startFakeDatadog(),
    startFakeNewRelic(),
    startFakePrometheus('/loki'),
    startFakeSentry(),
    startFakeCloudWatch()
  ]);
  sentry.releases = ['v1', 'v2'];
  sentry.events = (dataset, release, from, to) => {
    const total = Math.round((RPS * (to - from)) / 1000);
    return dataset === 'spans' ? total : Math.round(total * (rates[release] ?? 0));
  };
  cloudwatch.datapoint = (metric, dimensions, _start, period) => {
    const total = (RPS * period) / 1000;
    const rate = rates[dimensions.TargetGroup ?? ''] ?? 0;
    return metric === 'RequestCount' ? total : Math.round(total * rate);
  };
  datadog.metrics = (query, _start, interval) => {
    const perBucket = (RPS * interval) / 1000;
    const errors = query.includes('errors');
    return Object.fromEntries(
      Object.entries(rates).map(([v, rate]) => [
        `version:${v}`,
        errors ? Math.round(perBucket * rate) : perBucket
      ])
    );
  };
  newrelic.facets = ['v1', 'v2'];
  newrelic.rows = (facet, from, to) => {
    const total = Math.round((RPS * (to - from)) / 1000);
    return { errors: Math.round(total * (rates[facet] ?? 0)), total };
  };
  loki.answer = (query) => {
    const seconds = Number(/\[(\d+)s\]/.exec(query)?.[1] ?? 0);
    const total = RPS * seconds;
    const errors = query.includes('level=error');
    return {
      vector: Object.entries(rates).map(([v, rate]) => ({
        metric: { version: v },
        value: errors ? Math.round(total * rate) : total
      }))
    };
  };
});
afterAll(() =>
  Promise.all([datadog.close(), newrelic.close(), loki.close(), sentry.close(), cloudwatch.close()])
);

const SOURCES: Record<string, () => Record<string, unknown>> = {
  datadog: () => ({
    id: 'api',
    type: 'datadog',
    site: 'EU',
    url: datadog.url,
    'api-key': datadog.apiKey,
    'app-key': datadog.appKey,
    errors: 'sum:trace.http.request.errors{service:shop} by {version}.as_count()',
    total: 'sum:trace.http.request.hits{service:shop} by {version}.as_count()',
    compare: { tag: 'version', canary: 'v2' }
  }),
  newrelic: () => ({
    id: 'api',
    type: 'newrelic',
    region: 'EU',
    url: newrelic.url,
    'api-key': newrelic.apiKey,
    'account-id': newrelic.accountId,
    query:
      "SELECT filter(count(*), WHERE error IS true) AS errors, count(*) AS total FROM Transaction WHERE appName = 'shop'",
    compare: { attribute: 'tags.version', canary: 'v2' }
  }),
  sentry: () => ({
    id: 'api',
    type: 'sentry',
    url: sentry.url,
    token: sentry.token,
    organization: sentry.organization,
    projects: ['shop'],
    release: 'v2',
    'compare-release': 'v1'
  }),
  cloudwatch: () => ({
    id: 'api',
    type: 'cloudwatch',
    url: cloudwatch.url,
    region: cloudwatch.region,
    errors: {
      namespace: 'AWS/ApplicationELB',
      metric: 'HTTPCode_Target_5XX_Count',
      dimensions: { LoadBalancer: 'app/shop/1' }
    },
    total: {
      namespace: 'AWS/ApplicationELB',
      metric: 'RequestCount',
      dimensions: { LoadBalancer: 'app/shop/1' }
    },
    compare: { dimension: 'TargetGroup', canary: 'v2', baseline: 'v1' }
  }),
  loki: () => ({
    id: 'api',
    type: 'loki',
    url: loki.url.replace(/\/loki$/, ''),
    tenant: 'shop',
    errors: 'sum by (version) (count_over_time({app="shop"} |= "level=error" [$window]))',
    total: 'sum by (version) (count_over_time({app="shop"} [$window]))',
    compare: { label: 'version', canary: 'v2' }
  })
};

async function verify(type: string, source: Record<string, unknown> = {}) {
  const config = configFromObject({
    window: '10m',
    interval: '30s',
    'dry-run': true,
    sources: [{ ...SOURCES[type]!(), ...source }]
  });
  const io = terminalIO({ quiet: true });
  const files = new Map<string, string>();
  const outcome = await verifyJob({
    config,
    sources: await createSources(config.sources, {
      env: {
        AWS_ACCESS_KEY_ID: cloudwatch.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: cloudwatch.credentials.secretAccessKey,
        AWS_SESSION_TOKEN: cloudwatch.credentials.sessionToken
      }
    }),
    clock: virtualClock(DEPLOY),
    io,
    facts: { sha: 'c'.repeat(40) },
    reportPath: '/report.json',
    writeFile: async (p, content) => void files.set(p, content)
  });
  return { outcome, report: files.get('/report.json') ?? '' };
}

describe.each(['datadog', 'newrelic', 'loki', 'sentry', 'cloudwatch'])(
  '%s through the verify job',
  (type) => {
    it('fails a release whose error rate tripled, against the old version at the same time', async () => {
      rates = { v1: 0.01, v2: 0.03 };
      const { outcome } = await verify(type);
      expect(outcome.verdict.verdict).toBe('fail');
      expect(outcome.verdict.signals.find((s) => s.id === 'api')?.verdict).toBe('fail');
    });

    it('does not fail a release that behaves like the old version', async () => {
      rates = { v1: 0.01, v2: 0.01 };
      const { outcome } = await verify(type);
      expect(outcome.verdict.verdict).not.toBe('fail');
      expect(outcome.verdict.signals.find((s) => s.id === 'api')?.verdict).not.toBe('fail');
    });

    it('a source that keeps failing ends inconclusive, never pass, and its keys stay out of the report', async () => {
      rates = { v1: 0.01, v2: 0.01 };
      const broken = { url: 'http://127.0.0.1:9/unreachable', retries: 0, timeout: '1s' };
      const { outcome, report } = await verify(type, broken);
      expect(outcome.verdict.verdict).toBe('inconclusive');
      expect(report).not.toContain(datadog.apiKey);
      expect(report).not.toContain(datadog.appKey);
      expect(report).not.toContain(newrelic.apiKey);
      expect(report).not.toContain(sentry.token);
      expect(report).not.toContain(cloudwatch.credentials.secretAccessKey);
    });
  }
);

// Loki's history is Prometheus' query_range, run against a real Prometheus in test/replay/from-sources.test.ts.
describe.each(['datadog', 'newrelic', 'sentry', 'cloudwatch'])('%s through replay --from-sources', (type) => {
  it('backtests a past deploy from the store’s history: a tripled error rate fails, on this source', async () => {
    rates = { v1: 0.01, v2: 0.03 };
    const config = configFromObject({ window: '10m', interval: '30s', sources: [SOURCES[type]!()] });
    const sources = await createSources(config.sources, {
      env: {
        AWS_ACCESS_KEY_ID: cloudwatch.credentials.accessKeyId,
        AWS_SECRET_ACCESS_KEY: cloudwatch.credentials.secretAccessKey,
        AWS_SESSION_TOKEN: cloudwatch.credentials.sessionToken
      }
    });
    expect(sources[0]!.history).toBeDefined();
    const result = await replayFromSources({
      config,
      sources,
      deployTime: DEPLOY,
      now: DEPLOY + 15 * 60_000
    });
    expect(result.verdict.verdict).toBe('fail');
    expect(result.verdict.signals.find((s) => s.id === 'api')?.verdict).toBe('fail');
  });
});
