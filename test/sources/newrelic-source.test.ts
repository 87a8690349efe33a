import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { NewRelicSourceConfig } from '../../src/config/types.js';
import { configFromObject } from '../../src/config/load.js';
import { createNewRelicSource } from '../../src/sources/newrelic/source.js';
import { NERDGRAPH_MAX_CONCURRENT } from '../../src/sources/newrelic/api.js';
import { SourceError, type PollWindow } from '../../src/sources/types.js';
import type { Transport } from '../../src/sources/transport/transport.js';
import { startFakeNewRelic, type FakeNewRelic } from '../support/fake-newrelic.js';

const T0 = 1_779_999_980_000;
const QUERY =
  "SELECT filter(count(*), WHERE error IS true) AS errors, count(*) AS total FROM Transaction WHERE appName = 'shop'";

let fake: FakeNewRelic;
beforeAll(async () => {
  fake = await startFakeNewRelic();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.violations.length = 0;
  fake.fault = () => undefined;
  fake.facets = ['v1', 'v2'];
  fake.delayMs = 0;
  fake.maxInFlight = 0;
  // 1 request per second; v1 fails 1%, v2 fails 3%.
  fake.rows = (facet, from, to) => {
    const total = Math.round((to - from) / 1000);
    const rate = facet === 'v2' ? 0.03 : 0.01;
    return { errors: Math.round(total * rate), total };
  };
});

function config(overrides: Partial<NewRelicSourceConfig> = {}): NewRelicSourceConfig {
  return {
    id: 'nr',
    type: 'newrelic',
    region: 'US',
    url: fake.url,
    apiKey: fake.apiKey,
    accountId: fake.accountId,
    query: QUERY,
    compare: { attribute: 'tags.version', canary: 'v2' },
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

describe('newrelic source: requests and results', () => {
  it('runs the NRQL over exactly the window, faceted by version, through a query NerdGraph’s schema accepts', async () => {
    const readings = await createNewRelicSource(config(), noWait).poll(window(T0, T0 + 100_000));
    expect(fake.violations).toEqual([]);
    const request = fake.requests[0]!;
    expect(request.headers['api-key']).toBe(fake.apiKey);
    expect(request.variables.accountId).toBe(fake.accountId);
    expect(request.nrql).toBe(`${QUERY} SINCE ${T0} UNTIL ${T0 + 100_000} FACET tags.version LIMIT MAX`);
    expect(readings).toEqual([
      { signal: 'nr', kind: 'count', group: 'baseline', errors: 1, total: 100 },
      { signal: 'nr', kind: 'count', group: 'canary', errors: 3, total: 100 }
    ]);
  });

  it('a version with no events has no reading: no data, never a pass', async () => {
    fake.facets = ['v1'];
    const readings = await createNewRelicSource(config(), noWait).poll(window(T0, T0 + 60_000));
    expect(readings.map((r) => r.group)).toEqual(['baseline']);
  });

  it('a null is no data', async () => {
    fake.rows = (facet) => (facet === 'v2' ? { errors: null, total: 50 } : { errors: 1, total: 50 });
    const readings = await createNewRelicSource(config(), noWait).poll(window(T0, T0 + 60_000));
    expect(readings.map((r) => r.group)).toEqual(['baseline']);
  });

  it('without compare, the pre-deploy window is the baseline', async () => {
    fake.facets = [''];
    const source = createNewRelicSource(config({ compare: undefined }), noWait);
    expect(await source.poll(window(T0 - 600_000, T0, 'baseline'))).toEqual([
      { signal: 'nr', kind: 'count', group: 'baseline', errors: 6, total: 600 }
    ]);
    expect(fake.requests[0]!.nrql).not.toMatch(/FACET/);
  });

  it('reads levels by their alias', async () => {
    fake.rows = (facet) => ({ errors: 0, total: 10, p99: facet === 'v2' ? 420 : 180 });
    const source = createNewRelicSource(
      config({
        query: `${QUERY.replace(' FROM', ', percentile(duration, 99) AS p99 FROM')}`,
        levels: [{ name: 'p99', max: 500, unit: 'ms' }]
      }),
      noWait
    );
    const readings = await source.poll(window(T0, T0 + 60_000));
    expect(readings.filter((r) => r.kind === 'level')).toEqual([
      { signal: 'nr:p99', kind: 'level', group: 'baseline', value: 180, unit: 'ms' },
      { signal: 'nr:p99', kind: 'level', group: 'canary', value: 420, unit: 'ms' }
    ]);
  });

  it('a result without the alias names it', async () => {
    fake.rows = () => ({ 'count.*': 10 });
    const error = await createNewRelicSource(config(), noWait)
      .poll(window(T0, T0 + 60_000))
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(
      /the NRQL result has no `errors` \(it has .*count\.\*.*\); name it with `AS errors`/
    );
  });

  it('answers history from TIMESERIES buckets, leaving out the one still filling', async () => {
    const source = createNewRelicSource(config(), noWait);
    const steps = await source.history!({
      from: T0,
      to: T0 + 150_000,
      stepMs: 60_000,
      phase: 'observe',
      signal: new AbortController().signal
    });
    expect(fake.requests[0]!.nrql).toMatch(/TIMESERIES 60 seconds$/);
    expect(steps.map((s) => s.at)).toEqual([T0 + 60_000, T0 + 120_000]);
    expect(steps[0]!.readings.find((r) => r.group === 'canary')).toEqual({
      signal: 'nr',
      kind: 'count',
      group: 'canary',
      errors: 2,
      total: 60
    });
  });
});

describe('newrelic source: faults', () => {
  it('GraphQL errors in an HTTP 200 are a source error, never an empty result', async () => {
    fake.fault = () => ({ kind: 'graphql-error', message: 'NRQL Syntax Error: Error at line 1 position 8' });
    const error = await createNewRelicSource(config(), noWait)
      .poll(window(T0, T0 + 60_000))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/NerdGraph answered with errors: NRQL Syntax Error/);
  });

  it('a bad key is a source error without the key in it', async () => {
    const error = (await createNewRelicSource(config({ apiKey: 'NRAK-WRONGWRONGWRONG' }), noWait)
      .poll(window(T0, T0 + 60_000))
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/Invalid API key/);
    expect(error.message).not.toContain('NRAK-WRONGWRONGWRONG');
  });

  it('a wrong account id is named', async () => {
    const error = (await createNewRelicSource(config({ accountId: 42 }), noWait)
      .poll(window(T0, T0 + 60_000))
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/no data\.actor\.account\.nrql\.results \(is the account id right/);
  });

  it('a 503 is retried; a lasting one is a retryable source error', async () => {
    fake.fault = (nth) => (nth === 1 ? { kind: 'status', status: 503 } : undefined);
    expect(await createNewRelicSource(config(), noWait).poll(window(T0, T0 + 60_000))).toHaveLength(2);
    fake.fault = () => ({ kind: 'status', status: 503 });
    const error = (await createNewRelicSource(config(), noWait)
      .poll(window(T0, T0 + 60_000))
      .catch((e: unknown) => e)) as SourceError;
    expect([error.retryable, /HTTP 503 after 2 attempts/.test(error.message)]).toEqual([true, true]);
  });

  it('a 429 waits as Retry-After asks', async () => {
    fake.fault = (nth) =>
      nth === 1 ? { kind: 'status', status: 429, headers: { 'retry-after': '3' } } : undefined;
    const waits: number[] = [];
    await createNewRelicSource(config(), { sleep: async (ms) => void waits.push(ms) }).poll(
      window(T0, T0 + 60_000)
    );
    expect(waits).toEqual([3000]);
  });

  it('counts that cannot be counts (fractions of events, errors above total) are a source error', async () => {
    fake.rows = (facet) => (facet === 'v2' ? { errors: 0.5, total: 100.2 } : { errors: 1, total: 100 });
    const fractional = await createNewRelicSource(config(), noWait)
      .poll(window(T0, T0 + 60_000))
      .catch((e: unknown) => e);
    expect((fractional as Error).message).toMatch(/expected a whole number of requests/);
    fake.rows = () => ({ errors: 300, total: 100 });
    const above = await createNewRelicSource(config(), noWait)
      .poll(window(T0, T0 + 60_000))
      .catch((e: unknown) => e);
    expect((above as Error).message).toMatch(/errors \(300\) exceed total \(100\)/);
  });

  it('a malformed body is a source error', async () => {
    fake.fault = () => ({
      kind: 'malformed',
      body: '{"data": {"actor": {"account": {"nrql": {"results": [1, 2]}}}}}'
    });
    const error = await createNewRelicSource(config(), noWait)
      .poll(window(T0, T0 + 60_000))
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/nrql\.results is not a list of rows/);
  });

  it(`never holds more than ${NERDGRAPH_MAX_CONCURRENT} requests at once`, async () => {
    fake.delayMs = 30;
    const source = createNewRelicSource(config(), noWait);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => source.poll(window(T0 + i * 1000, T0 + i * 1000 + 60_000)))
    );
    expect(fake.requests).toHaveLength(40);
    expect(fake.maxInFlight).toBeLessThanOrEqual(NERDGRAPH_MAX_CONCURRENT);
    expect(fake.maxInFlight).toBeGreaterThan(1);
  });
});

describe('newrelic source: configuration', () => {
  it('sends each region to its own NerdGraph endpoint', async () => {
    const asked: string[] = [];
    const transport: Transport = async (req) => {
      asked.push(req.url);
      return {
        status: 200,
        headers: { get: () => null },
        body: '{"data":{"actor":{"account":{"nrql":{"results":[]}}}}}'
      };
    };
    for (const region of ['US', 'EU', 'JP'] as const) {
      const { url: _url, ...rest } = config({ region });
      await createNewRelicSource(rest, { transport }).poll(window(T0, T0 + 60_000));
    }
    expect(asked).toEqual([
      'https://api.newrelic.com/graphql',
      'https://api.eu.newrelic.com/graphql',
      'https://api.jp.newrelic.com/graphql'
    ]);
  });

  it('refuses NRQL that already has a window or a facet, naming the key', () => {
    expect(() =>
      configFromObject({
        sources: [
          {
            id: 'nr',
            type: 'newrelic',
            'api-key': 'k',
            'account-id': 1,
            query: `${QUERY} SINCE 30 minutes ago`
          }
        ]
      })
    ).toThrow(/sources\[0\]\.query: expected NRQL without `SINCE`/);
  });

  it('refuses a query that selects errors without total', () => {
    expect(() =>
      createNewRelicSource(config({ query: 'SELECT count(*) AS errors FROM Transaction' }))
    ).toThrow(
      'newrelic source "nr": the query names `errors` but not `total`; select both (`... AS errors, ... AS total`)'
    );
  });
});
