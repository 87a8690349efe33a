import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { DatadogSourceConfig } from '../../src/config/types.js';
import { configFromObject } from '../../src/config/load.js';
import { createDatadogSource } from '../../src/sources/datadog/source.js';
import { SourceError, type PollWindow, type Reading } from '../../src/sources/types.js';
import { startFakeDatadog, type FakeDatadog, type GroupValues } from '../support/fake-datadog.js';
import { validateDatadog } from '../support/vendor-models/datadog.js';

const MIN = 60_000;
const T0 = 1_779_999_980_000; // 20 s into a minute, on a 10 s and 20 s boundary

let fake: FakeDatadog;
beforeAll(async () => {
  fake = await startFakeDatadog();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.violations.length = 0;
  fake.fault = () => undefined;
});

function config(overrides: Partial<DatadogSourceConfig> = {}): DatadogSourceConfig {
  return {
    id: 'api',
    type: 'datadog',
    site: 'datadoghq.com',
    url: fake.url,
    apiKey: fake.apiKey,
    appKey: fake.appKey,
    errors: 'sum:trace.http.request.errors{service:shop} by {version}.as_count()',
    total: 'sum:trace.http.request.hits{service:shop} by {version}.as_count()',
    compare: { tag: 'version', canary: 'v2' },
    levels: [],
    critical: false,
    timeoutMs: 2000,
    retries: 1,
    maxResponseBytes: 1 << 20,
    maxConsecutiveErrors: 3,
    onError: 'inconclusive',
    ...overrides
  };
}

const window = (from: number, to: number, phase: PollWindow['phase'] = 'observe'): PollWindow => ({
  from,
  to,
  phase,
  signal: new AbortController().signal
});
const noWait = { sleep: async () => {} };

/** 10 requests and 1 error per 10 s bucket for v1; 10 and 3 for v2. */
function steadyTraffic(query: string): Record<string, number | null> {
  const errors = query.includes('errors');
  return { 'version:v1': errors ? 1 : 10, 'version:v2': errors ? 3 : 10 };
}

describe('datadog source: requests', () => {
  it('sends queries and formulas that Datadog’s own request model accepts, with both keys', async () => {
    fake.metrics = steadyTraffic;
    const source = createDatadogSource(config(), noWait);
    await source.poll(window(T0, T0 + 30_000));
    expect(fake.violations).toEqual([]);
    const request = fake.requests[0]!;
    expect(request.headers['dd-api-key']).toBe(fake.apiKey);
    expect(request.headers['dd-application-key']).toBe(fake.appKey);
    const attributes = (request.body as { data: { attributes: Record<string, unknown> } }).data.attributes;
    expect(attributes).toMatchObject({ from: T0, to: T0 + 30_000, interval: 10_000 });
    expect(attributes.formulas).toEqual([{ formula: 'q0' }, { formula: 'q1' }]);
  });

  it('the model check catches a body Datadog would reject', () => {
    const bad = { data: { type: 'timeseries_request', attributes: { from: 1, queries: [], interval: 1.5 } } };
    expect(validateDatadog(bad, 'TimeseriesFormulaQueryRequest').map((v) => v.path)).toEqual(
      expect.arrayContaining(['$.data.attributes.to', '$.data.attributes.interval'])
    );
    const wrongSource = { data_source: 'metricz', query: 'x' };
    expect(validateDatadog(wrongSource, 'TimeseriesQuery')).not.toEqual([]);
  });

  it('maps every Datadog site to its API host', () => {
    const hosts: Record<string, string> = {
      US1: 'https://api.datadoghq.com',
      US3: 'https://api.us3.datadoghq.com',
      US5: 'https://api.us5.datadoghq.com',
      EU: 'https://api.datadoghq.eu',
      AP1: 'https://api.ap1.datadoghq.com',
      AP2: 'https://api.ap2.datadoghq.com',
      UK1: 'https://api.uk1.datadoghq.com',
      'US1-FED': 'https://api.ddog-gov.com',
      'datadoghq.eu': 'https://api.datadoghq.eu'
    };
    for (const [site, host] of Object.entries(hosts)) {
      const parsed = configFromObject({
        sources: [
          {
            id: 'dd',
            type: 'datadog',
            site,
            'api-key': 'k',
            'app-key': 'a',
            errors: 'e.as_count()',
            total: 't.as_count()'
          }
        ]
      });
      const source = parsed.sources[0] as DatadogSourceConfig;
      expect(`https://api.${source.site}`).toBe(host);
    }
    expect(() =>
      configFromObject({
        sources: [
          { id: 'dd', type: 'datadog', site: 'EU2', 'api-key': 'k', 'app-key': 'a', errors: 'e', total: 't' }
        ]
      })
    ).toThrow(/sources\[0\]\.site.*expected a Datadog site: one of US1, US3/s);
  });
});

describe('datadog source: counting', () => {
  it('splits grouped series by the version tag and counts only complete buckets inside the window', async () => {
    fake.metrics = steadyTraffic;
    const source = createDatadogSource(config(), noWait);
    // A deploy 5 s into a 10 s bucket: that bucket mixes versions, the one at T0+30s is still
    // filling at the end of the poll; the two between count.
    const deploy = T0 + 5_000;
    const first = await source.poll(window(deploy, deploy + 30_000));
    expect(first).toEqual([
      { signal: 'api', kind: 'count', group: 'baseline', errors: 2, total: 20 },
      { signal: 'api', kind: 'count', group: 'canary', errors: 6, total: 20 }
    ]);
    // The next poll starts where the last counted bucket ended, so the bucket that was still
    // filling is counted now, once.
    const second = await source.poll(window(deploy + 30_000, deploy + 60_000));
    const asked = fake.requests[1]!.body as { data: { attributes: { from: number } } };
    expect(asked.data.attributes.from).toBe(T0 + 30_000);
    expect(second.find((r) => r.group === 'canary')).toMatchObject({ errors: 9, total: 30 });
  });

  it('a null point is no data, never zero errors', async () => {
    fake.metrics = (query) =>
      query.includes('errors')
        ? { 'version:v1': 1, 'version:v2': null }
        : { 'version:v1': 10, 'version:v2': 10 };
    const logs: string[] = [];
    const source = createDatadogSource(config(), { ...noWait, log: (l) => logs.push(l) });
    const readings = await source.poll(window(T0, T0 + 30_000));
    expect(readings.filter((r) => r.group === 'canary')).toEqual([]);
    expect(readings.filter((r) => r.group === 'baseline')).toHaveLength(1);
    expect(logs.join('\n')).toMatch(/no data for api \(canary\).*fill\(zero\)/);
  });

  it('without compare, the pre-deploy window is the baseline and the polls after it the canary', async () => {
    fake.metrics = (query) => (query.includes('errors') ? { '': 2 } : { '': 100 });
    const source = createDatadogSource(
      config({
        compare: undefined,
        errors: 'sum:errors{service:shop}.as_count()',
        total: 'sum:hits{service:shop}.as_count()'
      }),
      noWait
    );
    const before = await source.poll(window(T0 - 30 * MIN, T0, 'baseline'));
    expect(before).toEqual([{ signal: 'api', kind: 'count', group: 'baseline', errors: 58, total: 2900 }]);
    const after = await source.poll(window(T0, T0 + 40_000));
    expect(after).toEqual([{ signal: 'api', kind: 'count', group: 'canary', errors: 8, total: 400 }]);
  });

  it('reads levels as the mean of complete buckets, per group', async () => {
    fake.metrics = (query): GroupValues =>
      query.startsWith('p99') ? { 'version:v1': 0.2, 'version:v2': 0.4 } : {};
    const source = createDatadogSource(
      config({
        errors: undefined,
        total: undefined,
        levels: [
          { name: 'p99', query: 'p99:trace.http.request{service:shop} by {version}', max: 0.5, unit: 's' }
        ]
      }),
      noWait
    );
    const readings = await source.poll(window(T0 + 10_000, T0 + 70_000));
    expect(readings.sort((a, b) => a.group.localeCompare(b.group))).toEqual([
      { signal: 'api:p99', kind: 'level', group: 'baseline', value: 0.2, unit: 's' },
      { signal: 'api:p99', kind: 'level', group: 'canary', value: 0.4, unit: 's' }
    ]);
  });

  it('answers history as one step per complete bucket', async () => {
    fake.metrics = steadyTraffic;
    const source = createDatadogSource(config(), noWait);
    const steps = await source.history!({
      from: T0 - 20_000,
      to: T0 + 100_000,
      stepMs: MIN,
      phase: 'observe',
      signal: new AbortController().signal
    });
    expect(steps.map((s) => s.at)).toEqual([T0 + 40_000, T0 + 100_000]);
    expect(steps[0]!.readings.find((r: Reading) => r.group === 'canary')).toEqual({
      signal: 'api',
      kind: 'count',
      group: 'canary',
      errors: 3,
      total: 10
    });
  });
});

describe('datadog source: faults', () => {
  it('waits as long as X-RateLimit-Reset says on a 429, then uses the answer', async () => {
    fake.metrics = steadyTraffic;
    fake.fault = (nth) => (nth === 1 ? { kind: 'rate-limited', resetSeconds: 7 } : undefined);
    const waits: number[] = [];
    const source = createDatadogSource(config(), { sleep: async (ms) => void waits.push(ms) });
    const readings = await source.poll(window(T0 + 10_000, T0 + 40_000));
    expect(waits).toEqual([7000]);
    expect(readings).toHaveLength(2);
  });

  it('a lasting 5xx is a retryable source error, never readings', async () => {
    fake.fault = () => ({ kind: 'status', status: 503 });
    const source = createDatadogSource(config(), noWait);
    const error = await source.poll(window(T0, T0 + 30_000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toMatch(/HTTP 503 after 2 attempts/);
    expect((error as SourceError).retryable).toBe(true);
  });

  it('a negative point is a source error, not something a sum can hide', async () => {
    fake.metrics = (query) =>
      query.includes('errors')
        ? { 'version:v1': 1, 'version:v2': -4 }
        : { 'version:v1': 10, 'version:v2': 10 };
    const error = await createDatadogSource(config(), noWait)
      .poll(window(T0, T0 + 30_000))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(
      /the errors query returned -4 for a series; a count cannot be negative/
    );
  });

  it('an error string in a 200 answer is a source error', async () => {
    fake.fault = () => ({ kind: 'error-in-200', message: 'Error parsing query: unknown function' });
    const error = await createDatadogSource(config(), noWait)
      .poll(window(T0, T0 + 30_000))
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/Datadog answered with an error: Error parsing query/);
  });

  it.each([
    ['not JSON', '<html>gateway</html>', /not JSON/],
    [
      'values that do not pair with series',
      JSON.stringify({ data: { attributes: { times: [1], series: [{ query_index: 0 }], values: [] } } }),
      /do not pair up/
    ],
    [
      'a point that is a string',
      JSON.stringify({
        data: { attributes: { times: [1], series: [{ query_index: 0, group_tags: [] }], values: [['1']] } }
      }),
      /not a number/
    ],
    [
      'a query_index out of range',
      JSON.stringify({ data: { attributes: { times: [1], series: [{ query_index: 5 }], values: [[1]] } } }),
      /query_index 5/
    ]
  ])('a malformed answer (%s) is a source error', async (_what, body, message) => {
    fake.fault = () => ({ kind: 'malformed', body });
    const error = await createDatadogSource(config(), noWait)
      .poll(window(T0, T0 + 30_000))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(message);
  });

  it('a wrong key is named as a key or scope problem, and no key reaches the message', async () => {
    const masked: string[] = [];
    const source = createDatadogSource(config({ appKey: 'wrong-app-key-9999' }), {
      ...noWait,
      maskSecret: (s) => masked.push(s)
    });
    const error = (await source.poll(window(T0, T0 + 30_000)).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(
      /HTTP 403, check the API key, the application key and its `timeseries_query` scope/
    );
    expect(error.message).not.toContain('wrong-app-key-9999');
    expect(error.message).not.toContain(fake.apiKey);
    expect(masked).toEqual(expect.arrayContaining([fake.apiKey, 'wrong-app-key-9999']));
  });

  it('a hanging API times out as a source error', async () => {
    fake.fault = () => ({ kind: 'hang' });
    const source = createDatadogSource(config({ timeoutMs: 200, retries: 0 }), noWait);
    const error = await source.poll(window(T0, T0 + 30_000)).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/no response within 200 ms/);
  });
});

describe('datadog source: configuration', () => {
  it('refuses a comparison whose queries do not group by the tag', () => {
    expect(() =>
      createDatadogSource(config({ total: 'sum:trace.http.request.hits{service:shop}.as_count()' }))
    ).toThrow(
      'datadog source "api": compare.tag is "version", so the total query must group by it: add `by {version}`'
    );
  });

  it('refuses count queries without .as_count()', () => {
    expect(() =>
      createDatadogSource(config({ errors: 'sum:trace.http.request.errors{service:shop} by {version}' }))
    ).toThrow(/errors query must count requests in each bucket: end it with `\.as_count\(\)`/);
  });
});
