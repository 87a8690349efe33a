import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { PrometheusSourceConfig } from '../../src/config/types.js';
import { createPrometheusSource } from '../../src/sources/prometheus/source.js';
import { promDuration } from '../../src/sources/prometheus/promql-duration.js';
import { PartialPollError, SourceError, type PollWindow } from '../../src/sources/types.js';
import { startFakePrometheus, type FakeAnswer, type FakePrometheus } from '../support/prometheus-fake.js';

let prom: FakePrometheus;
const logs: string[] = [];
const sleeps: number[] = [];
const deps = {
  env: {},
  sleep: async (ms: number) => void sleeps.push(ms),
  log: (line: string) => void logs.push(line)
};

beforeAll(async () => {
  // A path prefix, as Grafana Cloud and Mimir have.
  prom = await startFakePrometheus('/prometheus');
});
afterAll(() => prom.close());
beforeEach(() => {
  prom.reset();
  logs.length = 0;
  sleeps.length = 0;
});

function config(overrides: Partial<PrometheusSourceConfig> = {}): PrometheusSourceConfig {
  return {
    id: 'api',
    type: 'prometheus',
    critical: true,
    timeoutMs: 2000,
    retries: 2,
    maxResponseBytes: 100_000,
    maxConsecutiveErrors: 3,
    onError: 'inconclusive',
    url: prom.url,
    headers: {},
    errors: 'sum(increase(http_requests_total{code=~"5.."}[$window]))',
    total: 'sum(increase(http_requests_total[$window]))',
    levels: [],
    ...overrides
  };
}

const T0 = Date.parse('2026-03-01T12:00:00Z');
const observe: PollWindow = {
  from: T0,
  to: T0 + 90_000,
  phase: 'observe',
  signal: new AbortController().signal
};
const baseline: PollWindow = {
  from: T0 - 600_000,
  to: T0,
  phase: 'baseline',
  signal: new AbortController().signal
};

/** Answers by which configured query was asked (the `$window` already substituted). */
function answerBy(table: Array<[RegExp, FakeAnswer | ((nth: number) => FakeAnswer)]>) {
  prom.answer = (query, nth) => {
    for (const [pattern, answer] of table)
      if (pattern.test(query)) return typeof answer === 'function' ? answer(nth) : answer;
    throw new Error(`fake has no answer for ${query}`);
  };
}
const one = (value: number | 'NaN' | '+Inf', metric: Record<string, string> = {}): FakeAnswer => ({
  vector: [{ metric, value }]
});

describe('prometheus source: counts', () => {
  it('POSTs form-encoded queries to the prefixed API with the window and time substituted', async () => {
    answerBy([
      [/5\.\./, one(3)],
      [/increase/, one(100)]
    ]);
    const readings = await createPrometheusSource(config(), deps).poll(observe);
    expect(readings).toEqual([{ signal: 'api', kind: 'count', group: 'canary', errors: 3, total: 100 }]);
    expect(prom.requests).toHaveLength(2);
    for (const r of prom.requests) {
      expect(r.method).toBe('POST');
      expect(r.path).toBe('/prometheus/api/v1/query');
      expect(r.contentType).toBe('application/x-www-form-urlencoded');
      expect(r.time).toBe(String((T0 + 90_000) / 1000) + '.000');
    }
    expect(prom.requests.map((r) => r.query).sort()).toEqual([
      'sum(increase(http_requests_total[1m30s]))',
      'sum(increase(http_requests_total{code=~"5.."}[1m30s]))'
    ]);
  });

  it('runs the same queries over the pre-deploy window as baseline readings', async () => {
    answerBy([
      [/5\.\./, one(12.4)],
      [/increase/, one(2000.2)]
    ]);
    const readings = await createPrometheusSource(config(), deps).poll(baseline);
    expect(readings).toEqual([{ signal: 'api', kind: 'count', group: 'baseline', errors: 12, total: 2000 }]);
    expect(prom.requests[0]!.query).toContain('[10m]');
    expect(prom.requests[0]!.time).toBe(`${T0 / 1000}.000`);
  });

  it('treats an empty errors vector as no data, never as zero errors', async () => {
    answerBy([
      [/5\.\./, { vector: [] }],
      [/increase/, one(100)]
    ]);
    expect(await createPrometheusSource(config(), deps).poll(observe)).toEqual([]);
    expect(logs.join('\n')).toContain('the errors query returned no samples');
    expect(logs.join('\n')).toContain('or vector(0)');
  });

  it('treats NaN and +Inf samples as no data', async () => {
    answerBy([
      [/5\.\./, one(0)],
      [/increase/, one('NaN')]
    ]);
    expect(await createPrometheusSource(config(), deps).poll(observe)).toEqual([]);
    answerBy([
      [/5\.\./, one('+Inf')],
      [/increase/, one(10)]
    ]);
    expect(await createPrometheusSource(config(), deps).poll(observe)).toEqual([]);
  });

  it('accepts scalar results', async () => {
    answerBy([
      [/5\.\./, { scalar: 2 }],
      [/increase/, { scalar: 40 }]
    ]);
    expect(await createPrometheusSource(config(), deps).poll(observe)).toEqual([
      { signal: 'api', kind: 'count', group: 'canary', errors: 2, total: 40 }
    ]);
  });

  it('derives errors from ratio * traffic', async () => {
    answerBy([
      [/^ratio/, one(0.05)],
      [/^traffic/, one(400)]
    ]);
    const source = createPrometheusSource(
      config({ errors: undefined, total: undefined, ratio: 'ratio[$window]', traffic: 'traffic[$window]' }),
      deps
    );
    expect(await source.poll(observe)).toEqual([
      { signal: 'api', kind: 'count', group: 'canary', errors: 20, total: 400 }
    ]);
  });
});

describe('prometheus source: concurrent comparison', () => {
  const byVersion = (values: Record<string, number>): FakeAnswer => ({
    vector: Object.entries(values).map(([version, value]) => ({ metric: { version }, value }))
  });

  it('splits by the compare label: canary vs all other series summed', async () => {
    answerBy([
      [/5\.\./, byVersion({ v2: 5, v1: 2 })],
      [/increase/, byVersion({ v2: 50, v1: 200, v0: 100 })]
    ]);
    const source = createPrometheusSource(config({ compare: { label: 'version', canary: 'v2' } }), deps);
    expect(source.signals).toEqual([{ id: 'api', kind: 'count', baseline: 'concurrent', critical: true }]);
    const readings = await source.poll(observe);
    expect(readings).toEqual([
      { signal: 'api', kind: 'count', group: 'canary', errors: 5, total: 50 },
      // v0 has no error series while others do: zero errors for it, not missing data.
      { signal: 'api', kind: 'count', group: 'baseline', errors: 2, total: 300 }
    ]);
  });

  it('uses only compare.baseline when it is given, and $version is the canary', async () => {
    answerBy([
      [/code="500"/, byVersion({ v2: 5, v1: 2, v0: 9 })],
      [/increase/, byVersion({ v2: 50, v1: 200, v0: 100 })]
    ]);
    const source = createPrometheusSource(
      config({
        compare: { label: 'version', canary: 'v2', baseline: 'v1' },
        errors: 'sum by (version) (x{code="500",v!="$version"})'
      }),
      deps
    );
    const readings = await source.poll(observe);
    expect(readings).toContainEqual({
      signal: 'api',
      kind: 'count',
      group: 'baseline',
      errors: 2,
      total: 200
    });
    expect(prom.requests.some((r) => r.query.includes('v!="v2"'))).toBe(true);
  });

  it('reports no canary reading when the canary has no traffic series yet', async () => {
    answerBy([
      [/5\.\./, byVersion({ v1: 2 })],
      [/increase/, byVersion({ v1: 200 })]
    ]);
    const readings = await createPrometheusSource(
      config({ compare: { label: 'version', canary: 'v2' } }),
      deps
    ).poll(observe);
    expect(readings).toEqual([{ signal: 'api', kind: 'count', group: 'baseline', errors: 2, total: 200 }]);
  });

  it('asks nothing for the pre-deploy window when comparing concurrently', async () => {
    const source = createPrometheusSource(config({ compare: { label: 'version', canary: 'v2' } }), deps);
    expect(await source.poll(baseline)).toEqual([]);
    expect(prom.requests).toHaveLength(0);
  });
});

describe('prometheus source: levels', () => {
  const levels = [{ name: 'p99', query: 'histogram_quantile(0.99, x[$window])', max: 0.5, unit: 's' }];

  it('reads one level per signal, and canary and baseline levels when comparing', async () => {
    answerBy([[/histogram/, one(0.42)]]);
    const plain = createPrometheusSource(config({ errors: undefined, total: undefined, levels }), deps);
    expect(plain.signals).toEqual([
      { id: 'api:p99', kind: 'level', baseline: 'absolute', critical: true, max: 0.5, unit: 's' }
    ]);
    expect(await plain.poll(observe)).toEqual([
      { signal: 'api:p99', kind: 'level', group: 'canary', value: 0.42, unit: 's' }
    ]);

    answerBy([
      [
        /histogram/,
        {
          vector: [
            { metric: { version: 'v2' }, value: 0.9 },
            { metric: { version: 'v1' }, value: 0.3 },
            { metric: { version: 'v0' }, value: 0.5 }
          ]
        }
      ]
    ]);
    const compared = createPrometheusSource(
      config({ errors: undefined, total: undefined, levels, compare: { label: 'version', canary: 'v2' } }),
      deps
    );
    expect(await compared.poll(observe)).toEqual([
      { signal: 'api:p99', kind: 'level', group: 'canary', value: 0.9, unit: 's' },
      { signal: 'api:p99', kind: 'level', group: 'baseline', value: 0.4, unit: 's' }
    ]);
  });

  it('refuses a level query that returns several series without a comparison', async () => {
    answerBy([
      [
        /histogram/,
        {
          vector: [
            { metric: { pod: 'a' }, value: 1 },
            { metric: { pod: 'b' }, value: 2 }
          ]
        }
      ]
    ]);
    const source = createPrometheusSource(config({ errors: undefined, total: undefined, levels }), deps);
    await expect(source.poll(observe)).rejects.toThrow('returned 2 series; aggregate it to one');
  });
});

describe('prometheus source: API errors', () => {
  it('a failing level query costs only its own signal: the counts still arrive', async () => {
    answerBy([
      [
        /histogram/,
        { error: 'execution', message: 'query processing would load too many samples into memory' }
      ],
      [/5\.\./, one(3)],
      [/http_requests_total/, one(1000)]
    ]);
    const levels = [{ name: 'p99', query: 'histogram_quantile(0.99, x[$window])', max: 0.5 }];
    const error = (await createPrometheusSource(config({ levels }), deps)
      .poll(observe)
      .catch((e: unknown) => e)) as PartialPollError;
    expect(error).toBeInstanceOf(PartialPollError);
    expect(error.readings).toEqual([
      { signal: 'api', kind: 'count', group: 'canary', errors: 3, total: 1000 }
    ]);
    expect(error.failures).toEqual([
      { signal: 'api:p99', message: expect.stringContaining('too many samples') as unknown as string }
    ]);
  });

  it('when every query fails, the source fails as a whole with the first error', async () => {
    answerBy([[/./, { error: 'bad_data', message: 'parse error' }]]);
    const levels = [{ name: 'p99', query: 'histogram_quantile(0.99, x[$window])', max: 0.5 }];
    const error = await createPrometheusSource(config({ levels }), deps)
      .poll(observe)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).not.toBeInstanceOf(PartialPollError);
    expect((error as SourceError).message).toContain('query: sum(increase(http_requests_total');
  });

  it('a 400 bad_data is not retried and names the query', async () => {
    answerBy([[/./, { error: 'bad_data', message: '1:5: parse error: unexpected "}"' }]]);
    const error = (await createPrometheusSource(config(), deps)
      .poll(observe)
      .catch((e: unknown) => e)) as SourceError;
    expect(error).toBeInstanceOf(SourceError);
    expect(error.status).toBe(400);
    expect(error.message).toContain('bad_data: 1:5: parse error');
    expect(error.message).toContain('query: sum(increase(http_requests_total');
    expect(prom.requests).toHaveLength(2);
    expect(sleeps).toEqual([]);
  });

  it('a 422 execution error says the query could not run', async () => {
    answerBy([
      [/./, { error: 'execution', message: 'query processing would load too many samples into memory' }]
    ]);
    const error = (await createPrometheusSource(config(), deps)
      .poll(observe)
      .catch((e: unknown) => e)) as SourceError;
    expect(error.status).toBe(422);
    expect(error.message).toContain(
      'could not be executed (execution: query processing would load too many samples'
    );
  });

  it('a 503 is retried and the data that follows is used', async () => {
    answerBy([
      [/5\.\./, (nth) => (nth === 1 ? { error: 'unavailable', message: 'TSDB not ready' } : one(1))],
      [/increase/, one(10)]
    ]);
    expect(await createPrometheusSource(config(), deps).poll(observe)).toEqual([
      { signal: 'api', kind: 'count', group: 'canary', errors: 1, total: 10 }
    ]);
    expect(sleeps).toHaveLength(1);
  });

  it('a lasting 503 becomes a retryable source error after the retries', async () => {
    answerBy([[/./, { error: 'timeout', message: 'query timed out in expression evaluation' }]]);
    const error = (await createPrometheusSource(config({ retries: 1 }), deps)
      .poll(observe)
      .catch((e: unknown) => e)) as SourceError;
    expect(error.status).toBe(503);
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('after 2 attempts');
  });

  it('logs warnings and rejects a range (matrix) result', async () => {
    answerBy([
      [
        /5\.\./,
        { vector: [{ metric: {}, value: 0 }], warnings: ['PromQL info: metric might not be a counter'] }
      ],
      [/increase/, { matrix: true }]
    ]);
    const error = (await createPrometheusSource(config(), deps)
      .poll(observe)
      .catch((e: unknown) => e)) as SourceError;
    expect(error.message).toContain('result type is "matrix"');
    expect(logs.join('\n')).toContain('Prometheus warning: PromQL info: metric might not be a counter');
  });

  it('a proxy in front answering text is an error, not data', async () => {
    answerBy([[/./, { raw: 502, body: '<html>Bad Gateway</html>' }]]);
    const error = (await createPrometheusSource(config({ retries: 0 }), deps)
      .poll(observe)
      .catch((e: unknown) => e)) as SourceError;
    expect(error.status).toBe(502);
    expect(error.message).toContain('response is not JSON');
  });
});

describe('prometheus source: auth and config', () => {
  it('sends bearer and basic auth and extra headers, registering the secrets', async () => {
    answerBy([[/./, one(1)]]);
    const masked: string[] = [];
    const withMask = { ...deps, maskSecret: (s: string) => void masked.push(s) };
    await createPrometheusSource(
      config({
        auth: { type: 'bearer', token: 'glc_token_123456' },
        headers: { 'X-Scope-OrgID': 'tenant-1' }
      }),
      withMask
    ).poll(observe);
    expect(prom.requests[0]!.authorization).toBe('Bearer glc_token_123456');
    expect(prom.requests[0]!.headers['x-scope-orgid']).toBe('tenant-1');
    expect(masked).toContain('glc_token_123456');

    prom.requests.length = 0;
    await createPrometheusSource(
      config({ auth: { type: 'basic', username: '12345', password: 'p@ss-word-99' } }),
      withMask
    ).poll(observe);
    expect(prom.requests[0]!.authorization).toBe(
      `Basic ${Buffer.from('12345:p@ss-word-99').toString('base64')}`
    );
    expect(masked).toContain('p@ss-word-99');
  });

  it('keeps secrets out of error messages', async () => {
    answerBy([[/./, { error: 'bad_data', message: 'bad' }]]);
    const url = prom.url.replace('http://', 'http://user:url-secret-pw@');
    const error = (await createPrometheusSource(
      config({ url, auth: { type: 'bearer', token: 'tok-very-secret' } }),
      deps
    )
      .poll(observe)
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('/prometheus/api/v1/query');
    expect(error.message).not.toContain('url-secret-pw');
    expect(error.message).not.toContain('tok-very-secret');
  });

  it('rejects incomplete config with the key and what was expected', () => {
    expect(() => createPrometheusSource(config({ total: undefined }), deps)).toThrow(
      'prometheus source "api": "errors" and "total" go together'
    );
    expect(() => createPrometheusSource(config({ errors: undefined, total: undefined }), deps)).toThrow(
      'nothing to measure'
    );
    expect(() => createPrometheusSource(config({ errors: 'x{v="$version"}' }), deps)).toThrow(
      'uses $version but no version is known'
    );
    expect(() => createPrometheusSource(config({ url: 'prometheus:9090' }), deps)).toThrow(/url must/);
  });
});

describe('PromQL durations', () => {
  it('writes whole seconds in the largest units', () => {
    expect(promDuration(30_000)).toBe('30s');
    expect(promDuration(90_000)).toBe('1m30s');
    expect(promDuration(3_600_000 + 1_000)).toBe('1h1s');
    expect(promDuration(1)).toBe('1s');
    expect(promDuration(86_400_000 * 2)).toBe('2d');
  });
});

describe('prometheus source: counts that cannot be counts are a source error', () => {
  it('a negative errors count is an error naming the value, never clamped to zero errors', async () => {
    answerBy([
      [/5\.\./, one(-40)],
      [/increase/, one(1000)]
    ]);
    const poll = createPrometheusSource(config(), deps).poll(observe);
    await expect(poll).rejects.toThrow(SourceError);
    await expect(createPrometheusSource(config(), deps).poll(observe)).rejects.toThrow(
      'source "api": api: the errors query returned -40 for a series; a count cannot be negative'
    );
  });

  it('errors greater than total is an error, even when the baseline is equally broken', async () => {
    const byVersion = (v2: number, v1: number): FakeAnswer => ({
      vector: [
        { metric: { version: 'v2' }, value: v2 },
        { metric: { version: 'v1' }, value: v1 }
      ]
    });
    answerBy([
      [/5\.\./, byVersion(300, 3000)],
      [/increase/, byVersion(100, 1000)]
    ]);
    const source = createPrometheusSource(config({ compare: { label: 'version', canary: 'v2' } }), deps);
    await expect(source.poll(observe)).rejects.toThrow('errors (300) exceed total (100)');
  });

  it('a negative series cannot hide inside a group sum', async () => {
    answerBy([
      [
        /5\.\./,
        {
          vector: [
            { metric: { version: 'v2', pod: 'a' }, value: -30 },
            { metric: { version: 'v2', pod: 'b' }, value: 40 }
          ]
        }
      ],
      [/increase/, { vector: [{ metric: { version: 'v2', pod: 'a' }, value: 500 }] }]
    ]);
    const source = createPrometheusSource(
      config({ compare: { label: 'version', canary: 'v2', baseline: 'v1' } }),
      deps
    );
    await expect(source.poll(observe)).rejects.toThrow('a count cannot be negative');
  });

  it('a ratio above 1 makes errors exceed traffic: an error, not 100% errors', async () => {
    answerBy([
      [/^ratio/, one(1.5)],
      [/^traffic/, one(400)]
    ]);
    const source = createPrometheusSource(
      config({ errors: undefined, total: undefined, ratio: 'ratio[$window]', traffic: 'traffic[$window]' }),
      deps
    );
    await expect(source.poll(observe)).rejects.toThrow('errors (600) exceed total (400)');
  });

  it('rounding noise of extrapolated increase() is rounded, not refused', async () => {
    answerBy([
      [/5\.\./, one(100.4)],
      [/increase/, one(100.2)]
    ]);
    expect(await createPrometheusSource(config(), deps).poll(observe)).toEqual([
      { signal: 'api', kind: 'count', group: 'canary', errors: 100, total: 100 }
    ]);
  });

  it('an impossible count costs only its signal: the levels of the same poll still arrive', async () => {
    answerBy([
      [/5\.\./, one(-1)],
      [/increase/, one(100)],
      [/latency/, one(0.25)]
    ]);
    const source = createPrometheusSource(
      config({ levels: [{ name: 'p99', query: 'latency', max: 1 }] }),
      deps
    );
    const error = (await source.poll(observe).catch((e: unknown) => e)) as PartialPollError;
    expect(error).toBeInstanceOf(PartialPollError);
    expect(error.readings).toEqual([{ signal: 'api:p99', kind: 'level', group: 'canary', value: 0.25 }]);
    expect(error.failures).toEqual([
      { signal: 'api', message: expect.stringContaining('the errors query returned -1 for a series') }
    ]);
  });
});

describe('prometheus source: unreadable counts are never zero errors', () => {
  const byVersion = (values: Record<string, number | 'NaN' | '-Inf'>): FakeAnswer => ({
    vector: Object.entries(values).map(([version, value]) => ({ metric: { version }, value }))
  });

  it('a NaN errors series for the canary is no data, even when the baseline has errors', async () => {
    answerBy([
      [/5\.\./, byVersion({ v2: 'NaN', v1: 3 })],
      [/increase/, byVersion({ v2: 1000, v1: 1000 })]
    ]);
    const source = createPrometheusSource(config({ compare: { label: 'version', canary: 'v2' } }), deps);
    expect(await source.poll(observe)).toEqual([
      { signal: 'api', kind: 'count', group: 'baseline', errors: 3, total: 1000 }
    ]);
  });

  it('a -Inf errors series is a source error, not zero errors', async () => {
    answerBy([
      [/5\.\./, byVersion({ v2: '-Inf', v1: 3 })],
      [/increase/, byVersion({ v2: 1000, v1: 1000 })]
    ]);
    const source = createPrometheusSource(config({ compare: { label: 'version', canary: 'v2' } }), deps);
    await expect(source.poll(observe)).rejects.toThrow('the errors query returned -Infinity for a series');
  });
});
