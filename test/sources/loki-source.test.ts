/**
 * Loki's query API answers LogQL metric queries in the Prometheus API's envelope, so the fake is
 * the Prometheus fake mounted under `/loki`; what is Loki's own is checked here: the path, the
 * tenant header, and its plain-text errors.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { LokiSourceConfig } from '../../src/config/types.js';
import { configFromObject } from '../../src/config/load.js';
import { createLokiSource } from '../../src/sources/loki/source.js';
import { SourceError, type PollWindow } from '../../src/sources/types.js';
import { startFakePrometheus, type FakePrometheus } from '../support/prometheus-fake.js';

const T0 = 1_779_999_980_000;
let loki: FakePrometheus;
beforeAll(async () => {
  loki = await startFakePrometheus('/loki');
});
afterAll(() => loki.close());
beforeEach(() => loki.reset());

const ERRORS = 'sum by (version) (count_over_time({app="shop"} |= "level=error" [$window]))';
const TOTAL = 'sum by (version) (count_over_time({app="shop"} |= "request" [$window]))';

function config(overrides: Partial<LokiSourceConfig> = {}): LokiSourceConfig {
  return {
    id: 'logs',
    type: 'loki',
    url: loki.url.replace(/\/loki$/, ''),
    headers: {},
    tenant: 'team-shop',
    auth: { type: 'basic', username: '123456', password: 'glc_secret_token' },
    errors: ERRORS,
    total: TOTAL,
    compare: { label: 'version', canary: 'v2' },
    levels: [],
    critical: false,
    timeoutMs: 2000,
    retries: 0,
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

describe('loki source', () => {
  it('queries /loki/api/v1/query with the tenant and basic auth, and splits by the version label', async () => {
    loki.answer = (query) => ({
      vector: query.includes('level=error')
        ? [
            { metric: { version: 'v1' }, value: 2 },
            { metric: { version: 'v2' }, value: 9 }
          ]
        : [
            { metric: { version: 'v1' }, value: 300 },
            { metric: { version: 'v2' }, value: 310 }
          ]
    });
    const source = createLokiSource(config());
    const readings = await source.poll(window(T0, T0 + 30_000));
    expect(source.type).toBe('loki');
    const request = loki.requests[0]!;
    expect(request.path).toBe('/loki/api/v1/query');
    expect(request.headers['x-scope-orgid']).toBe('team-shop');
    expect(request.authorization).toBe(`Basic ${Buffer.from('123456:glc_secret_token').toString('base64')}`);
    expect(loki.requests.map((r) => r.query)).toContain(ERRORS.replace('$window', '30s'));
    expect(readings).toEqual(
      expect.arrayContaining([
        { signal: 'logs', kind: 'count', group: 'canary', errors: 9, total: 310 },
        { signal: 'logs', kind: 'count', group: 'baseline', errors: 2, total: 300 }
      ])
    );
  });

  it('an empty result is no data, never zero errors', async () => {
    loki.answer = () => ({ vector: [] });
    expect(await createLokiSource(config()).poll(window(T0, T0 + 30_000))).toEqual([]);
  });

  it("Loki's plain-text parse errors become a source error that quotes them, without the password", async () => {
    loki.answer = () => ({
      raw: 400,
      body: 'parse error at line 1, col 22: syntax error: unexpected IDENTIFIER'
    });
    const error = (await createLokiSource(config())
      .poll(window(T0, T0 + 30_000))
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(SourceError);
    expect(error.message).toMatch(/HTTP 400, the query was rejected .*parse error at line 1, col 22/);
    expect(error.message).not.toContain('glc_secret_token');
  });

  it('sends no tenant header when none is configured', async () => {
    loki.answer = () => ({ vector: [] });
    await createLokiSource(config({ tenant: undefined })).poll(window(T0, T0 + 30_000));
    expect(loki.requests[0]!.headers['x-scope-orgid']).toBeUndefined();
  });

  it('is configured with the keys users write, and refuses half a pair', () => {
    const parsed = configFromObject({
      sources: [
        {
          id: 'logs',
          type: 'loki',
          url: 'https://logs.example.com',
          tenant: 'a',
          errors: ERRORS,
          total: TOTAL
        }
      ]
    });
    expect(parsed.sources[0]).toMatchObject({ type: 'loki', tenant: 'a', errors: ERRORS });
    expect(() =>
      configFromObject({
        sources: [{ id: 'logs', type: 'loki', url: 'https://logs.example.com', errors: ERRORS }]
      })
    ).toThrow(/sources\[0\]\.total: required: expected `total` beside `errors`/);
  });
});
