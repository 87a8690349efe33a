import { DEFAULTS, SOURCE_DEFAULTS } from '../../src/config/defaults.js';
import type { Config } from '../../src/config/types.js';
import { FULL_CONFIG as FULL, HTTP_SOURCE, load, loadError } from './helpers.js';

describe('schema', () => {
  test('a full configuration becomes the camelCase Config, with durations in ms', async () => {
    const { config } = await load(FULL, { env: { PROM_TOKEN: 't0ken' } });
    const expected: Config = {
      environment: 'staging',
      windowMs: 900_000,
      intervalMs: 20_000,
      baselineMs: 3_600_000,
      alpha: 0.01,
      tolerance: 1.5,
      minErrors: 10,
      onInconclusive: 'fail',
      failOnFail: false,
      dryRun: true,
      deployTime: Date.UTC(2026, 0, 31, 12),
      sha: '0123456789abcdef0123456789abcdef01234567',
      sources: [
        {
          id: 'web',
          type: 'http',
          critical: true,
          timeoutMs: 5000,
          retries: 1,
          maxResponseBytes: 2048,
          maxConsecutiveErrors: 4,
          onError: 'fail',
          url: 'https://example.com/health',
          method: 'HEAD',
          headers: { Accept: 'application/health+json' },
          expectStatus: [200, 204],
          format: 'health+json',
          bodyContains: 'ok',
          expect: [
            { path: '$.status', equals: 'pass' },
            { path: '$.version', contains: '1.' }
          ],
          maxLatencyMs: 800,
          expectVersion: { value: 'abc1234', header: 'X-Version' },
          probes: 5,
          failAfter: 2,
          maxErrorRate: 0.05
        },
        {
          id: 'prom',
          type: 'prometheus',
          critical: false,
          timeoutMs: 10_000,
          retries: 2,
          maxResponseBytes: 1024 * 1024,
          maxConsecutiveErrors: 3,
          onError: 'inconclusive',
          url: 'http://prometheus:9090',
          auth: { type: 'bearer', token: 't0ken' },
          // Header names are user data: kept as written, not camelCased.
          headers: { 'X-Scope-OrgID': 'tenant-1' },
          errors: 'sum(increase(http_requests_total{code=~"5.."}[$window]))',
          total: 'sum(increase(http_requests_total[$window]))',
          compare: { label: 'version', canary: 'abc1234' },
          levels: [
            {
              name: 'p99',
              query: 'histogram_quantile(0.99, sum by (le) (rate(latency_bucket[$window])))',
              maxRatio: 1.5,
              unit: 's'
            }
          ]
        }
      ],
      assess: {
        target: 'v1.2.3',
        failOn: 'unsafe',
        criticalPaths: ['src/billing/**'],
        migrations: ['db/changes/*.sql'],
        contracts: ['api/*.yaml']
      },
      incident: {
        enabled: false,
        onInconclusive: true,
        closeOnRecovery: true,
        labels: ['incident', 'deploy'],
        assignees: ['octocat'],
        service: 'checkout'
      },
      revert: { mode: 'dispatch', workflow: 'deploy.yml', maxPerDay: 2 }
    };
    expect(config).toEqual(expected);
  });

  test('omitted keys get the documented defaults', async () => {
    const { config } = await load(HTTP_SOURCE);
    expect(config).toMatchObject({
      environment: 'production',
      windowMs: 600_000,
      intervalMs: 30_000,
      baselineMs: 1_800_000,
      alpha: DEFAULTS.alpha,
      tolerance: DEFAULTS.tolerance,
      minErrors: 5,
      onInconclusive: 'neutral',
      failOnFail: true,
      dryRun: false,
      assess: { failOn: 'never', criticalPaths: [], migrations: [], contracts: [] },
      incident: { enabled: true, onInconclusive: false, closeOnRecovery: false, labels: [], assignees: [] },
      revert: { mode: 'off', maxPerDay: 1 }
    });
    expect(config.deployTime).toBeUndefined();
    expect(config.sources[0]).toEqual({
      id: 'web',
      type: 'http',
      url: 'https://example.com/health',
      critical: SOURCE_DEFAULTS.critical,
      timeoutMs: 10_000,
      retries: 2,
      maxResponseBytes: 1_048_576,
      maxConsecutiveErrors: 3,
      onError: 'inconclusive',
      method: 'GET',
      headers: {},
      expectStatus: [],
      format: 'auto',
      expect: [],
      probes: 1,
      failAfter: 3,
      maxErrorRate: 0.01
    });
  });

  test('deploy-time accepts epoch seconds and refuses loose dates', async () => {
    expect((await load(`deploy-time: 1769860800\n${HTTP_SOURCE}`)).config.deployTime).toBe(1_769_860_800_000);
    const error = await loadError(`deploy-time: next tuesday\n${HTTP_SOURCE}`);
    expect(error.problems[0]).toMatchObject({ path: ['deploy-time'], origin: { line: 1, column: 14 } });
  });

  test.each([
    ['alpha: 0', 'alpha', 'a number > 0'],
    ['alpha: 0.5', 'alpha', 'a number < 0.5'],
    ['tolerance: 0.9', 'tolerance', 'a number >= 1'],
    ['min-errors: 2.5', 'min-errors', 'an integer'],
    ['on-inconclusive: maybe', 'on-inconclusive', 'one of `pass`, `fail`, `neutral`'],
    ['fail-on-fail: sometimes', 'fail-on-fail', 'true or false'],
    ['revert:\n  mode: yolo', 'revert.mode', 'one of `off`, `dispatch`, `pull-request`'],
    ['assess:\n  fail-on: always', 'assess.fail-on', 'one of `never`, `unsafe`, `caution`']
  ])('%p is refused at %p', async (line, key, expected) => {
    const error = await loadError(`${line}\n${HTTP_SOURCE}`);
    expect(error.problems).toHaveLength(1);
    expect(error.message).toContain(`${key}: expected ${expected}`);
  });

  test('a prometheus source without any signal says what it needs', async () => {
    const error = await loadError('sources:\n  - id: p\n    type: prometheus\n    url: http://prom:9090\n');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.path).toEqual(['sources', 0]);
    expect(error.problems[0]!.message).toBe(
      'expected a signal: `errors` + `total`, or `ratio` + `traffic`, or `latency`, or at least one entry in `levels`'
    );
  });

  test('half a pair of queries names the missing half', async () => {
    const error = await loadError(
      'sources:\n  - id: p\n    type: prometheus\n    url: http://prom:9090\n    ratio: x\n'
    );
    expect(error.problems.map((p) => p.path)).toEqual([['sources', 0, 'traffic']]);
    expect(error.problems[0]!.message).toContain('`traffic` beside `ratio`');
  });

  test('ratio + traffic and levels alone are each enough', async () => {
    const base = 'sources:\n  - id: p\n    type: prometheus\n    url: http://prom:9090\n';
    expect((await load(`${base}    ratio: a\n    traffic: b\n`)).config.sources).toHaveLength(1);
    expect(
      (await load(`${base}    levels:\n      - {name: cpu, query: c, max: 0.9}\n`)).config.sources
    ).toHaveLength(1);
  });

  test('a level needs a bound and a unique name', async () => {
    const error = await loadError(
      'sources:\n  - id: p\n    type: prometheus\n    url: http://prom:9090\n    levels:\n      - {name: cpu, query: c}\n      - {name: cpu, query: d, max: 1}\n'
    );
    expect(error.problems.map((p) => p.path)).toEqual([
      ['sources', 0, 'levels', 0],
      ['sources', 0, 'levels', 1, 'name']
    ]);
  });

  test('duplicate source ids name both places', async () => {
    const error = await loadError(
      `${HTTP_SOURCE}  - id: web\n    type: http\n    url: https://example.com/other\n`
    );
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ path: ['sources', 1, 'id'], origin: { line: 5, column: 9 } });
    expect(error.problems[0]!.message).toContain('`web` is already used by sources[0]');
  });

  test('source ids follow the pattern', async () => {
    const error = await loadError(
      'sources:\n  - id: Web App\n    type: http\n    url: https://example.com\n'
    );
    expect(error.problems[0]!.path).toEqual(['sources', 0, 'id']);
    expect(error.problems[0]!.message).toContain('found "Web App"');
  });

  test('URLs must be http or https', async () => {
    for (const url of ['ftp://example.com', 'example.com/health', 'javascript:alert(1)']) {
      const error = await loadError(`sources:\n  - id: w\n    type: http\n    url: "${url}"\n`);
      expect(error.problems[0]!.path).toEqual(['sources', 0, 'url']);
      expect(error.problems[0]!.message).toContain('expected an http:// or https:// URL');
    }
  });

  test('an unknown source type lists the known ones', async () => {
    const error = await loadError('sources:\n  - id: d\n    type: datadgo\n');
    expect(error.problems[0]).toMatchObject({
      path: ['sources', 0, 'type'],
      origin: { line: 3, column: 11 }
    });
    expect(error.problems[0]!.message).toBe(
      'expected one of `http`, `prometheus`, `loki`, `datadog`, `newrelic`, `sentry`, `cloudwatch`, found "datadgo"'
    );
  });

  test('dispatch revert needs a workflow or an event type', async () => {
    const error = await loadError(`revert:\n  mode: dispatch\n${HTTP_SOURCE}`);
    expect(error.problems[0]).toMatchObject({ path: ['revert', 'mode'], origin: { line: 2 } });
    expect(
      (await load(`revert:\n  mode: dispatch\n  event-type: rollback\n${HTTP_SOURCE}`)).config.revert
    ).toEqual({
      mode: 'dispatch',
      eventType: 'rollback',
      maxPerDay: 1
    });
  });
});
