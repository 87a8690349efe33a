import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { SentrySourceConfig } from '../../src/config/types.js';
import { configFromObject } from '../../src/config/load.js';
import { createSentrySource } from '../../src/sources/sentry/source.js';
import { nextPage } from '../../src/sources/sentry/api.js';
import { SourceError, type PollWindow } from '../../src/sources/types.js';
import { startFakeSentry, type FakeSentry } from '../support/fake-sentry.js';
import { loadSentryDescription } from '../support/vendor-models/sentry.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);
let sentry: FakeSentry;
beforeAll(async () => {
  sentry = await startFakeSentry();
});
afterAll(() => sentry.close());
beforeEach(() => {
  sentry.requests.length = 0;
  sentry.violations.length = 0;
  sentry.fault = () => undefined;
  sentry.pageSize = 100;
  sentry.releases = ['shop@1.0.0', 'shop@1.1.0'];
  // 20 transactions a second per release; the new release errs 3%, the old 1%.
  sentry.events = (dataset, release, from, to) => {
    const transactions = Math.round(((to - from) / 1000) * 20);
    if (dataset === 'spans') return transactions;
    return Math.round(transactions * (release === 'shop@1.1.0' ? 0.03 : 0.01));
  };
  sentry.crashFree = (release) => (release === 'shop@1.1.0' ? 0.982 : 0.999);
});

function config(overrides: Partial<SentrySourceConfig> = {}): SentrySourceConfig {
  return {
    id: 'sentry',
    type: 'sentry',
    url: sentry.url,
    token: sentry.token,
    organization: sentry.organization,
    projects: ['shop'],
    environment: 'production',
    release: 'shop@1.1.0',
    compareRelease: 'shop@1.0.0',
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
// Sentry's description lives beside the repository (../shared/vendor-apis), not in it.
const hasDescription = loadSentryDescription() !== undefined;
const described = () => (hasDescription ? it : it.skip);
const absent = hasDescription ? '' : ' (skipped: ../shared/vendor-apis/sentry is absent)';

describe('sentry source', () => {
  it('counts error events of transactions per release over exactly the window, new against previous', async () => {
    const readings = await createSentrySource(config(), noWait).poll(window(T0, T0 + MIN));
    expect(readings).toEqual([
      { signal: 'sentry', kind: 'count', group: 'canary', errors: 36, total: 1200 },
      { signal: 'sentry', kind: 'count', group: 'baseline', errors: 12, total: 1200 }
    ]);
    const errors = sentry.requests.find((r) => r.query.get('dataset') === 'errors')!;
    expect(errors.path).toBe('/api/0/organizations/acme/events/');
    expect(errors.query.get('query')).toBe('release:[shop@1.1.0,shop@1.0.0]');
    expect(errors.query.getAll('field')).toEqual(['release', 'count()']);
    expect([errors.query.get('start'), errors.query.get('end')]).toEqual([
      new Date(T0).toISOString(),
      new Date(T0 + MIN).toISOString()
    ]);
    expect(errors.headers.authorization).toBe(`Bearer ${sentry.token}`);
  });

  described()(
    `sends only what Sentry’s own OpenAPI description allows, and gets answers that fit it${absent}`,
    async () => {
      await createSentrySource(config({ crashFree: { min: 0.99 } }), noWait).poll(window(T0, T0 + MIN));
      expect(sentry.requests.map((r) => r.path)).toEqual(
        expect.arrayContaining(['/api/0/organizations/acme/sessions/'])
      );
      expect(sentry.violations).toEqual([]);
      expect(
        sentry.description!.checkRequest(
          '/api/0/organizations/acme/events/',
          new URLSearchParams('dataset=transactions&field=count()')
        )
      ).toEqual([
        'dataset=transactions is not one of errors, logs, profile_functions, spans, tracemetrics, uptime_results'
      ]);
    }
  );

  it('a release with no transactions yet is no data, never a pass', async () => {
    sentry.events = (dataset, release, from, to) =>
      release === 'shop@1.1.0' ? 0 : dataset === 'spans' ? ((to - from) / 1000) * 20 : 5;
    const readings = await createSentrySource(config(), noWait).poll(window(T0, T0 + MIN));
    expect(readings.map((r) => r.group)).toEqual(['baseline']);
  });

  it('a release with traffic and no error events had zero errors', async () => {
    sentry.events = (dataset, _release, from, to) => (dataset === 'spans' ? ((to - from) / 1000) * 20 : 0);
    const readings = await createSentrySource(config(), noWait).poll(window(T0, T0 + MIN));
    expect(readings).toContainEqual({
      signal: 'sentry',
      kind: 'count',
      group: 'canary',
      errors: 0,
      total: 1200
    });
  });

  it('without a previous release, the pre-deploy window (all releases) is the baseline', async () => {
    const steady = sentry.events;
    // Before the deploy only the old release serves.
    sentry.events = (dataset, release, from, to) =>
      release === 'shop@1.1.0' && to <= T0 ? 0 : steady(dataset, release, from, to);
    const source = createSentrySource(config({ compareRelease: undefined }), noWait);
    const before = await source.poll(window(T0 - 10 * MIN, T0, 'baseline'));
    expect(before).toEqual([
      { signal: 'sentry', kind: 'count', group: 'baseline', errors: 120, total: 12000 }
    ]);
    expect(sentry.requests[0]!.query.get('query')).toBe('');
  });

  it('reads crash-free sessions over whole hours and says so in the unit', async () => {
    const source = createSentrySource(config({ crashFree: { min: 0.99 } }), noWait);
    expect(source.signals.find((s) => s.id === 'sentry:crash-free')).toMatchObject({
      min: 0.99,
      unit: 'crash-free rate, whole hours'
    });
    const readings = await source.poll(window(T0 + 5 * MIN, T0 + 6 * MIN));
    expect(readings).toContainEqual({
      signal: 'sentry:crash-free',
      kind: 'level',
      group: 'canary',
      value: 0.982,
      unit: 'crash-free rate, whole hours'
    });
    const sessions = sentry.requests.find((r) => r.path.endsWith('/sessions/'))!;
    expect([sessions.query.get('start'), sessions.query.get('end'), sessions.query.get('interval')]).toEqual([
      new Date(T0).toISOString(),
      new Date(T0 + 60 * MIN).toISOString(),
      '1h'
    ]);
  });

  it('follows Link cursors while Sentry says there are more results', async () => {
    sentry.pageSize = 1;
    const readings = await createSentrySource(config(), noWait).poll(window(T0, T0 + MIN));
    expect(readings).toHaveLength(2);
    expect(sentry.requests.filter((r) => r.query.get('dataset') === 'errors')).toHaveLength(2);
    expect(
      nextPage('<https://x/?cursor=0:100:0>; rel="next"; results="false"; cursor="0:100:0"')
    ).toBeUndefined();
  });

  it('waits until X-Sentry-Rate-Limit-Reset on a 429', async () => {
    sentry.fault = (nth) => (nth === 1 ? { kind: 'rate-limited', resetInSeconds: 4 } : undefined);
    const waits: number[] = [];
    await createSentrySource(config(), { sleep: async (ms) => void waits.push(ms) }).poll(
      window(T0, T0 + MIN)
    );
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(2000);
    expect(waits[0]).toBeLessThanOrEqual(5000);
  });

  it('a bad token is named without the token, and a lasting 5xx is retryable', async () => {
    const bad = (await createSentrySource(config({ token: 'sntrys_wrong_wrong_wrong' }), noWait)
      .poll(window(T0, T0 + MIN))
      .catch((e: unknown) => e)) as Error;
    expect(bad.message).toMatch(/HTTP 401, check the token and its scopes/);
    expect(bad.message).not.toContain('sntrys_wrong');
    sentry.fault = () => ({ kind: 'status', status: 502 });
    const down = (await createSentrySource(config(), noWait)
      .poll(window(T0, T0 + MIN))
      .catch((e: unknown) => e)) as SourceError;
    expect(down.retryable).toBe(true);
  });

  it('answers history one bounded step at a time', async () => {
    const steps = await createSentrySource(config(), noWait).history!({
      from: T0,
      to: T0 + 3 * MIN,
      stepMs: MIN,
      phase: 'observe',
      signal: new AbortController().signal
    });
    expect(steps.map((s) => s.at)).toEqual([T0 + MIN, T0 + 2 * MIN, T0 + 3 * MIN]);
    expect(steps[2]!.readings).toContainEqual({
      signal: 'sentry',
      kind: 'count',
      group: 'canary',
      errors: 36,
      total: 1200
    });
  });

  it('is configured with the keys users write', () => {
    const parsed = configFromObject({
      sources: [
        {
          id: 's',
          type: 'sentry',
          token: 't',
          organization: 'acme',
          projects: 'shop',
          release: 'shop@2',
          'compare-release': 'shop@1'
        }
      ]
    });
    expect(parsed.sources[0]).toMatchObject({
      url: 'https://sentry.io',
      projects: ['shop'],
      compareRelease: 'shop@1'
    });
  });
});
