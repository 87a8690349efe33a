import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpSourceConfig } from '../../src/config/types.js';
import { createHttpSource } from '../../src/sources/http/source.js';
import { SourceError, type PollWindow, type Reading } from '../../src/sources/types.js';
import { closedPort, startServer, type LocalServer } from './local-server.js';

const SHA = 'abcdef1234567890abcdef1234567890abcdef12';
const hits = new Map<string, number>();
let server: LocalServer;

const json = (status: number, type: string, body: unknown) => ({ status, type, body: JSON.stringify(body) });
const routes: Record<
  string,
  () => { status: number; type?: string; body: string; headers?: Record<string, string> }
> = {
  '/ietf/pass': () => json(200, 'application/health+json', { status: 'pass', version: '1' }),
  '/ietf/warn': () =>
    json(200, 'application/health+json', {
      status: 'warn',
      checks: { 'disk:utilization': [{ status: 'warn', output: '91% used' }] }
    }),
  '/ietf/fail': () =>
    json(503, 'application/health+json', {
      status: 'fail',
      checks: {
        'db:connections': [{ status: 'fail', output: 'pool exhausted' }],
        'cache:responseTime': [{ status: 'pass' }]
      }
    }),
  '/actuator/down': () =>
    json(503, 'application/vnd.spring-boot.actuator.v3+json', {
      status: 'DOWN',
      components: {
        db: { status: 'DOWN', details: { error: 'timeout' } },
        diskSpace: { status: 'UP' },
        ping: { status: 'UP' }
      }
    }),
  '/actuator/nested': () =>
    json(503, 'application/json', {
      status: 'OUT_OF_SERVICE',
      components: {
        brokers: {
          status: 'OUT_OF_SERVICE',
          components: { kafka: { status: 'OUT_OF_SERVICE' }, rabbit: { status: 'UP' } }
        }
      }
    }),
  '/actuator/up': () => json(200, 'application/json', { status: 'UP', components: { db: { status: 'UP' } } }),
  '/plain/ok': () => ({ status: 200, type: 'text/plain', body: 'OK all good' }),
  '/plain/missing': () => ({ status: 404, type: 'text/plain', body: 'not found' }),
  '/plain/created': () => ({ status: 201, type: 'text/plain', body: '' }),
  '/info': () =>
    json(200, 'application/json', {
      state: 'ok',
      build: { version: '1.2.3' },
      checks: [{ name: 'db' }],
      regions: ['eu', 'us'],
      count: 3
    }),
  '/version/header': () => ({ status: 200, body: 'ok', headers: { 'x-version': SHA.slice(0, 7) } }),
  '/version/old-header': () => ({ status: 200, body: 'ok', headers: { 'x-version': '1234567' } }),
  '/version/body': () => json(200, 'application/json', { version: SHA.slice(0, 12), uptime: 5 }),
  '/version/old-body': () => json(200, 'application/json', { version: '0ff1ce0ff1ce', uptime: 5 }),
  '/huge': () => ({ status: 200, body: 'z'.repeat(10_000) })
};

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const n = (hits.get(path) ?? 0) + 1;
    hits.set(path, n);
    if (path === '/slow') {
      setTimeout(() => res.writeHead(200).end('ok'), 250);
      return;
    }
    if (path === '/flaky') {
      if (n === 1) res.writeHead(503, { 'retry-after': '0' }).end();
      else res.writeHead(200).end('ok');
      return;
    }
    if (path === '/every-third-fails') {
      res.writeHead(n % 3 === 2 ? 500 : 200).end();
      return;
    }
    if (path === '/every-third-hangs') {
      // Answers two requests, then leaves the third without an answer (the probe's timeout ends it).
      if (n % 3 !== 0) res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (path === '/every-third-resets') {
      if (n % 3 === 0) req.socket.destroy();
      else res.writeHead(200, { 'content-type': 'text/plain', connection: 'keep-alive' }).end('ok');
      return;
    }
    if (path === '/login-after-two') {
      // JSON health first; then a proxy's login page where the health document used to be.
      if (n <= 2) res.writeHead(200, { 'content-type': 'application/health+json' }).end('{"status":"pass"}');
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title>');
      return;
    }
    if (path === '/empty-after-one') {
      if (n <= 1) res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"UP"}');
      else res.writeHead(200, { 'content-type': 'application/json' }).end('');
      return;
    }
    if (path === '/echo') {
      // A debug endpoint that reflects the request: its failing answer quotes the Authorization header.
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          status: 'fail',
          checks: { echo: [{ status: 'fail', output: String(req.headers.authorization) }] }
        })
      );
      return;
    }
    if (path === '/auth') {
      const ok = req.headers.authorization === `Basic ${Buffer.from('probe:pa55word').toString('base64')}`;
      res.writeHead(ok ? 200 : 401).end();
      return;
    }
    const route = routes[path];
    if (!route) return void res.writeHead(404).end();
    const answer = route();
    res
      .writeHead(answer.status, {
        ...(answer.type ? { 'content-type': answer.type } : {}),
        ...answer.headers
      })
      .end(answer.body);
  });
});

afterAll(() => server.close());

function config(path: string, overrides: Partial<HttpSourceConfig> = {}): HttpSourceConfig {
  return {
    id: 'web',
    type: 'http',
    critical: true,
    timeoutMs: 2000,
    retries: 0,
    maxResponseBytes: 4096,
    maxConsecutiveErrors: 3,
    onError: 'inconclusive',
    url: `${server.url}${path}`,
    method: 'GET',
    headers: {},
    expectStatus: [],
    format: 'auto',
    expect: [],
    probes: 1,
    failAfter: 2,
    maxErrorRate: 0.1,
    ...overrides
  };
}

const window = (phase: PollWindow['phase'] = 'observe'): PollWindow => ({
  from: 0,
  to: 30_000,
  phase,
  signal: new AbortController().signal
});
const deps = { env: {}, sleep: async () => {} };

async function check(path: string, overrides: Partial<HttpSourceConfig> = {}) {
  const readings = await createHttpSource(config(path, overrides), deps).poll(window());
  const health = readings.find((r) => r.kind === 'health');
  const count = readings.find((r) => r.kind === 'count');
  if (health?.kind !== 'health' || count?.kind !== 'count')
    throw new Error(`expected a health and a count reading, got ${JSON.stringify(readings)}`);
  return { health, count };
}

describe('http source: body formats', () => {
  it('IETF health+json pass is healthy', async () => {
    const { health, count } = await check('/ietf/pass');
    expect(health.healthy).toBe(true);
    expect(health.detail).toMatch(/^HTTP 200 in \d+ ms: health\+json status pass$/);
    expect(count).toMatchObject({ signal: 'web:errors', errors: 0, total: 1 });
  });

  it('IETF warn is healthy with a note naming the check', async () => {
    const { health } = await check('/ietf/warn');
    expect(health.healthy).toBe(true);
    expect(health.detail).toContain('disk:utilization: warn, 91% used');
  });

  it('IETF fail names the failing checks only', async () => {
    const { health } = await check('/ietf/fail');
    expect(health.healthy).toBe(false);
    expect(health.detail).toContain('health+json status fail (db:connections: fail, pool exhausted)');
    expect(health.detail).not.toContain('cache');
  });

  it('actuator DOWN names the components that are down', async () => {
    const { health } = await check('/actuator/down');
    expect(health.healthy).toBe(false);
    expect(health.detail).toMatch(/^HTTP 503 in \d+ ms: actuator status DOWN \(db: DOWN\)$/);
  });

  it('actuator is detected from a plain JSON content type, nested components named by path', async () => {
    const { health } = await check('/actuator/nested');
    expect(health.detail).toContain('actuator status OUT_OF_SERVICE (brokers.kafka: OUT_OF_SERVICE)');
    expect((await check('/actuator/up')).health.healthy).toBe(true);
  });

  it('a forced format that the body does not match is unhealthy, not a pass', async () => {
    const { health } = await check('/plain/ok', { format: 'health+json' });
    expect(health.healthy).toBe(false);
    expect(health.detail).toContain('body is not JSON (expected health+json)');
  });
});

describe('http source: status, body and latency expectations', () => {
  it('plain: any 2xx by default, the listed statuses when given', async () => {
    expect((await check('/plain/ok')).health.healthy).toBe(true);
    const missing = await check('/plain/missing');
    expect(missing.health.healthy).toBe(false);
    expect(missing.health.detail).toContain('HTTP 404');
    expect(missing.health.detail).toContain('expected a 2xx status');
    const listed = await check('/plain/ok', { expectStatus: [201, 204] });
    expect(listed.health.detail).toContain('expected status 201 or 204');
    expect((await check('/plain/created', { expectStatus: [201] })).health.healthy).toBe(true);
    expect((await check('/plain/missing', { expectStatus: [404] })).health.healthy).toBe(true);
  });

  it('bodyContains', async () => {
    expect((await check('/plain/ok', { bodyContains: 'all good' })).health.healthy).toBe(true);
    const bad = await check('/plain/ok', { bodyContains: 'ready' });
    expect(bad.health.detail).toContain('body does not contain "ready"');
  });

  it('JSON path equals and contains', async () => {
    const good = await check('/info', {
      expect: [
        { path: '$.state', equals: 'ok' },
        { path: '$.build.version', contains: '1.2' },
        { path: '$.checks[0].name', equals: 'db' },
        { path: '$.regions', contains: 'us' },
        { path: '$.count', equals: 3 },
        { path: '$[\'build\']["version"]', equals: '1.2.3' }
      ]
    });
    expect(good.health.healthy).toBe(true);
    const bad = await check('/info', {
      expect: [
        { path: '$.state', equals: 'degraded' },
        { path: '$.regions', contains: 'ap' },
        { path: '$.checks[3].name', equals: 'db' }
      ]
    });
    expect(bad.health.healthy).toBe(false);
    expect(bad.health.detail).toContain('$.state is "ok", expected "degraded"');
    expect(bad.health.detail).toContain('$.regions does not contain "ap"');
    expect(bad.health.detail).toContain('$.checks[3].name is missing');
  });

  it('a response slower than maxLatencyMs is unhealthy', async () => {
    const slow = await check('/slow', { maxLatencyMs: 50 });
    expect(slow.health.healthy).toBe(false);
    expect(slow.health.detail).toContain('slower than 50 ms');
    expect(slow.health.latencyMs).toBeGreaterThan(50);
    expect((await check('/slow', { maxLatencyMs: 10_000 })).health.healthy).toBe(true);
  });
});

describe('http source: deployed version', () => {
  it('accepts the version from a header, abbreviated', async () => {
    const { health } = await check('/version/header', { expectVersion: { value: SHA, header: 'X-Version' } });
    expect(health.healthy).toBe(true);
    expect(health.detail).toContain('version abcdef123456 live');
  });

  it('says which version it saw when the new one is not live', async () => {
    const { health } = await check('/version/old-header', {
      expectVersion: { value: SHA, header: 'X-Version' }
    });
    expect(health.healthy).toBe(false);
    expect(health.detail).toContain('version abcdef123456 not live yet, saw 1234567');
    const missing = await check('/plain/ok', { expectVersion: { value: SHA, header: 'X-Version' } });
    expect(missing.health.detail).toContain('saw no X-Version header');
  });

  it('finds the version in the body', async () => {
    expect((await check('/version/body', { expectVersion: { value: SHA } })).health.healthy).toBe(true);
    const old = await check('/version/old-body', { expectVersion: { value: SHA } });
    expect(old.health.healthy).toBe(false);
    expect(old.health.detail).toContain('not live yet, saw 0ff1ce0ff1ce');
  });
});

describe('http source: failures', () => {
  it('a refused connection is an unhealthy service, counted in the error rate', async () => {
    const port = await closedPort();
    const source = createHttpSource(
      { ...config('/'), url: `http://127.0.0.1:${port}/health`, probes: 2 },
      deps
    );
    const readings = await source.poll(window());
    expect(readings).toEqual([
      expect.objectContaining({
        kind: 'health',
        healthy: false,
        detail: expect.stringContaining('connection refused (ECONNREFUSED)')
      }),
      { signal: 'web:errors', kind: 'count', group: 'canary', errors: 2, total: 2 }
    ]);
  });

  it('no answer within the timeout is unhealthy', async () => {
    const { health } = await check('/slow', { timeoutMs: 50 });
    expect(health.healthy).toBe(false);
    expect(health.detail).toBe('no response within 50 ms');
  });

  it('a response over the size cap is a source error, never a reading', async () => {
    const source = createHttpSource(config('/huge'), deps);
    await expect(source.poll(window())).rejects.toThrow(SourceError);
    await expect(source.poll(window())).rejects.toThrow(/larger than 4096 bytes/);
  });

  it('counts unhealthy probes of all probes in a poll', async () => {
    const { health, count } = await check('/every-third-fails', { probes: 3 });
    expect(count).toMatchObject({ errors: 1, total: 3 });
    expect(health.healthy).toBe(false);
    expect(health.detail).toContain('[1 of 3 probes unhealthy]');
  });
});

describe('http source: secrets, signals and config', () => {
  it('sends URL credentials as basic auth, registers them as secrets, never shows them', async () => {
    const masked: string[] = [];
    const url = server.url.replace('http://', 'http://probe:pa55word@') + '/auth';
    const source = createHttpSource(config('/auth', { url, headers: { 'X-Api-Key': 'key-0123456789' } }), {
      ...deps,
      maskSecret: (s) => masked.push(s)
    });
    expect(masked).toEqual(expect.arrayContaining(['key-0123456789', 'pa55word']));
    const [health] = (await source.poll(window())) as [Extract<Reading, { kind: 'health' }>];
    expect(health.healthy).toBe(true);
    expect(JSON.stringify(health)).not.toContain('pa55word');
  });

  it('lists its signals and yields nothing for the pre-deploy window', async () => {
    const source = createHttpSource(
      config('/plain/ok', { critical: false, failAfter: 4, maxErrorRate: 0.05 }),
      deps
    );
    expect(source.signals).toEqual([
      { id: 'web', kind: 'health', baseline: 'absolute', critical: false, failAfter: 4 },
      { id: 'web:errors', kind: 'count', baseline: 'absolute', critical: false, maxErrorRate: 0.05 }
    ]);
    const before = hits.get('/plain/ok') ?? 0;
    expect(await source.poll(window('baseline'))).toEqual([]);
    expect(hits.get('/plain/ok') ?? 0).toBe(before);
  });

  it('rejects bad config with the key and what was expected', () => {
    expect(() => createHttpSource(config('/', { expect: [{ path: 'status', equals: 'ok' }] }), deps)).toThrow(
      'http source "web": expect[0]: JSON path "status" must start with "$"'
    );
    expect(() => createHttpSource(config('/', { expect: [{ path: '$.a' }] }), deps)).toThrow(
      'needs "equals" or "contains"'
    );
    expect(() => createHttpSource(config('/', { url: 'ftp://x/' }), deps)).toThrow(
      'url must use http or https'
    );
    expect(() => createHttpSource(config('/', { probes: 0 }), deps)).toThrow('probes must be a whole number');
  });
});

describe('a probe reports what the service answered', () => {
  it('does not retry a 5xx into a success, even with retries configured', async () => {
    hits.delete('/flaky');
    const { health, count } = await check('/flaky', { retries: 2 });
    expect(health.healthy).toBe(false);
    expect([count.errors, count.total]).toEqual([1, 1]);
    expect(hits.get('/flaky')).toBe(1);
  });
});

describe('a failed attempt is an observation, never retried away', () => {
  it('every third request hanging is counted unhealthy, even with retries configured', async () => {
    hits.delete('/every-third-hangs');
    const { health, count } = await check('/every-third-hangs', { probes: 6, retries: 2, timeoutMs: 100 });
    expect([count.errors, count.total]).toEqual([2, 6]);
    expect(health.healthy).toBe(false);
    expect(health.detail).toContain('no response within 100 ms');
    // No retry hid a hang: six probes, six requests.
    expect(hits.get('/every-third-hangs')).toBe(6);
  });

  it('every third connection reset is counted unhealthy, not cured on a fresh socket', async () => {
    hits.delete('/every-third-resets');
    const { health, count } = await check('/every-third-resets', { probes: 6, retries: 2 });
    expect([count.errors, count.total]).toEqual([2, 6]);
    expect(health.detail).toContain('connection reset (ECONNRESET)');
    expect(hits.get('/every-third-resets')).toBe(6);
  });
});

describe('format: auto remembers the format the service answered in', () => {
  it('an HTML page where health+json answered before is unhealthy, and says the format changed', async () => {
    hits.delete('/login-after-two');
    const source = createHttpSource(config('/login-after-two', { probes: 2 }), deps);
    const first = await source.poll(window());
    expect(first[0]).toMatchObject({ healthy: true });
    const second = await source.poll(window());
    expect(second[0]).toMatchObject({
      healthy: false,
      detail: expect.stringContaining('format changed: answered HTML where it answered health+json before')
    });
    expect(second[1]).toMatchObject({ errors: 2, total: 2 });
  });

  it('an empty body where actuator answered before is unhealthy', async () => {
    hits.delete('/empty-after-one');
    const source = createHttpSource(config('/empty-after-one', { probes: 2 }), deps);
    const [health] = (await source.poll(window())) as [Extract<Reading, { kind: 'health' }>];
    expect(health.healthy).toBe(false);
    expect(health.detail).toContain(
      'format changed: answered an empty body where it answered actuator before'
    );
  });

  it('a plain-text service stays healthy on plain answers (nothing recognised to remember)', async () => {
    const source = createHttpSource(config('/plain/ok', { probes: 2 }), deps);
    await source.poll(window());
    expect((await source.poll(window()))[0]).toMatchObject({ healthy: true });
  });
});

describe('secrets in every form the tool builds', () => {
  it("the base64 Basic value a server echoes never reaches a reading or the masker's miss list", async () => {
    const masked: string[] = [];
    const url = server.url.replace('http://', 'http://probe:c%40nary-s3cret@') + '/echo';
    const source = createHttpSource(config('/echo', { url }), { ...deps, maskSecret: (v) => masked.push(v) });
    const basic = Buffer.from('probe:c@nary-s3cret').toString('base64');
    expect(masked).toEqual(expect.arrayContaining(['c@nary-s3cret', 'c%40nary-s3cret', basic]));
    const text = JSON.stringify(await source.poll(window()));
    expect(text).toContain('echo: fail, Basic ***');
    expect(text).not.toContain(basic);
    expect(text).not.toContain('c@nary');
  });
});
