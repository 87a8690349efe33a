import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect, type Socket } from 'node:net';
import { request as httpRequest } from 'node:http';
import { RequestError, backoff, parseRetryAfter, request } from '../../src/sources/transport/request.js';
import { redactUrl, scrubSecrets, secretsInUrl } from '../../src/sources/transport/redact.js';
import { proxySettings } from '../../src/sources/transport/proxy.js';
import { SourceError } from '../../src/sources/types.js';
import { closedPort, startServer, type LocalServer } from './local-server.js';

const hits = new Map<string, number>();
let server: LocalServer;

function hit(path: string): number {
  const n = (hits.get(path) ?? 0) + 1;
  hits.set(path, n);
  return n;
}

beforeAll(async () => {
  server = await startServer((req, res) => {
    const path = req.url ?? '/';
    const n = hit(path);
    if (path === '/flaky') {
      if (n === 1) res.writeHead(503, { 'retry-after': '0' }).end('busy');
      else res.writeHead(200).end('ok');
    } else if (path === '/throttled') {
      if (n === 1) res.writeHead(429, { 'retry-after': '7' }).end();
      else res.writeHead(200).end('ok');
    } else if (path === '/throttled-long') {
      res.writeHead(429, { 'retry-after': '3600' }).end();
    } else if (path === '/always-500') {
      res.writeHead(500).end('broken');
    } else if (path === '/big-chunked') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 20; i++) res.write('x'.repeat(100));
      res.end();
    } else if (path === '/big-declared') {
      res.writeHead(200, { 'content-length': '5000' }).end('y'.repeat(5000));
    } else if (path === '/loop') {
      res.writeHead(302, { location: '/loop' }).end();
    } else if (path === '/hang') {
      // Never answers: the client's timeout must end the attempt.
    } else {
      res.writeHead(200).end(`hello from ${path}`);
    }
  });
});

afterAll(() => server.close());

const base = { sourceId: 'web', timeoutMs: 2000, retries: 2, maxResponseBytes: 1000, backoffMs: 100 };

function recordingSleep() {
  const delays: number[] = [];
  return { delays, sleep: async (ms: number) => void delays.push(ms) };
}

describe('request retries', () => {
  it('retries a 503 with Retry-After: 0 and returns the later 200', async () => {
    const { delays, sleep } = recordingSleep();
    const response = await request({ ...base, url: `${server.url}/flaky` }, { sleep, env: {} });
    expect(response.status).toBe(200);
    expect(response.body).toBe('ok');
    expect(response.attempts).toBe(2);
    expect(hits.get('/flaky')).toBe(2);
    expect(delays).toEqual([0]);
  });

  it('waits as long as a 429 Retry-After asks', async () => {
    const { delays, sleep } = recordingSleep();
    const response = await request({ ...base, url: `${server.url}/throttled` }, { sleep, env: {} });
    expect(response.status).toBe(200);
    expect(delays).toEqual([7000]);
  });

  it('stops retrying when Retry-After exceeds the ceiling and returns the 429', async () => {
    const { delays, sleep } = recordingSleep();
    const response = await request(
      { ...base, url: `${server.url}/throttled-long`, maxDelayMs: 60_000 },
      { sleep, env: {} }
    );
    expect(response.status).toBe(429);
    expect(hits.get('/throttled-long')).toBe(1);
    expect(delays).toEqual([]);
  });

  it('backs off exponentially with jitter and returns the last 5xx after the retries', async () => {
    const { delays, sleep } = recordingSleep();
    const response = await request(
      { ...base, url: `${server.url}/always-500` },
      { sleep, env: {}, random: () => 0.5 }
    );
    expect(response.status).toBe(500);
    expect(response.attempts).toBe(3);
    expect(hits.get('/always-500')).toBe(3);
    // base 100: ceilings 100 and 200, half fixed plus half of random 0.5.
    expect(delays).toEqual([75, 150]);
  });

  it('keeps jittered backoff within half and all of the ceiling', () => {
    expect(backoff(1, 500, 30_000, () => 0)).toBe(250);
    expect(backoff(1, 500, 30_000, () => 0.999999)).toBe(500);
    expect(backoff(10, 500, 30_000, () => 0)).toBe(15_000);
  });
});

describe('Retry-After parsing', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it('reads delta seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('request failures', () => {
  it('reports a redirect loop at once: no retry can end it', async () => {
    const { delays, sleep } = recordingSleep();
    const error = await request({ ...base, url: `${server.url}/loop` }, { sleep, env: {} }).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).message).toContain('GET http://127.0.0.1');
    expect((error as RequestError).reason).toBe('more than 20 redirects');
    expect(delays).toEqual([]);
    expect(hits.get('/loop')).toBe(21);
  });

  it('refuses a body over the cap while streaming, without a content-length', async () => {
    const error = await request({ ...base, url: `${server.url}/big-chunked` }, { env: {} }).catch(
      (e: unknown) => e
    );
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).failure).toBe('too-large');
    expect((error as Error).message).toContain('larger than 1000 bytes');
  });

  it('refuses a declared content-length over the cap', async () => {
    const error = await request({ ...base, url: `${server.url}/big-declared` }, { env: {} }).catch(
      (e: unknown) => e
    );
    expect((error as RequestError).failure).toBe('too-large');
  });

  it('times out each attempt and retries', async () => {
    const { delays, sleep } = recordingSleep();
    const error = await request(
      { ...base, url: `${server.url}/hang`, timeoutMs: 150, retries: 1 },
      { sleep, env: {} }
    ).catch((e: unknown) => e);
    expect((error as RequestError).failure).toBe('timeout');
    expect((error as Error).message).toContain('no response within 150 ms');
    expect(hits.get('/hang')).toBe(2);
    expect(delays).toHaveLength(1);
  });

  it('reports a refused connection with its code and does not retry a cancelled request', async () => {
    const port = await closedPort();
    const refused = await request(
      { ...base, url: `http://127.0.0.1:${port}/`, retries: 0 },
      { env: {} }
    ).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SourceError);
    expect((refused as RequestError).failure).toBe('network');
    expect((refused as RequestError).code).toBe('ECONNREFUSED');

    const controller = new AbortController();
    controller.abort();
    const before = hits.get('/cancelled') ?? 0;
    const cancelled = await request(
      { ...base, url: `${server.url}/cancelled`, signal: controller.signal },
      { env: {} }
    ).catch((e: unknown) => e);
    expect((cancelled as RequestError).failure).toBe('aborted');
    expect(hits.get('/cancelled') ?? 0).toBe(before);
  });

  it('keeps credentials and query secrets out of error messages', async () => {
    const port = await closedPort();
    const url = `http://admin:hunter2secret@127.0.0.1:${port}/health?token=tok-abc123&region=eu`;
    const error = (await request(
      { ...base, url, retries: 0, secrets: ['Bearer s3cr3t-value'] },
      { env: {} }
    ).catch((e: unknown) => e)) as Error;
    expect(error.message).toContain('source "web"');
    expect(error.message).toContain(`127.0.0.1:${port}/health`);
    expect(error.message).toContain('region=eu');
    expect(error.message).not.toContain('hunter2secret');
    expect(error.message).not.toContain('admin');
    expect(error.message).not.toContain('tok-abc123');
  });
});

describe('redaction helpers', () => {
  it('redacts userinfo and secret-looking query values only', () => {
    expect(redactUrl('https://user:pw@example.com/a?api_key=k1&x=1')).toBe(
      'https://***@example.com/a?api_key=***&x=1'
    );
    expect(redactUrl('https://example.com/p')).toBe('https://example.com/p');
    expect(redactUrl('not a url://u:p@h?secret=1')).not.toContain('secret=1');
    expect(secretsInUrl('https://u:p%40ss@h/?access_token=abc&x=2')).toEqual(
      expect.arrayContaining(['p@ss', 'abc'])
    );
    expect(scrubSecrets('auth failed for Bearer abcdef and abcdef', ['abcdef'])).toBe(
      'auth failed for Bearer *** and ***'
    );
  });
});

describe('proxy', () => {
  let proxy: LocalServer;
  let proxied = 0;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    // A tiny forward proxy: CONNECT tunnels (what undici's proxy agent uses) and absolute-form requests.
    proxy = await startServer((req, res) => {
      proxied++;
      const target = new URL(req.url ?? '');
      const upstream = httpRequest(target, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      req.pipe(upstream);
    });
    proxy.server.on('connect', (req, client: Socket, head: Buffer) => {
      proxied++;
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream).add(client);
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await proxy.close();
  });

  it('reads proxy variables in either case, with HTTPS falling back to HTTP_PROXY', () => {
    expect(proxySettings({})).toBeUndefined();
    expect(proxySettings({ http_proxy: 'http://p:1' })).toEqual({
      httpProxy: 'http://p:1',
      httpsProxy: 'http://p:1',
      noProxy: ''
    });
    expect(proxySettings({ HTTPS_PROXY: 'http://s:2', NO_PROXY: 'internal' })).toEqual({
      httpProxy: '',
      httpsProxy: 'http://s:2',
      noProxy: 'internal'
    });
  });

  it('routes through HTTP_PROXY and bypasses it for NO_PROXY hosts', async () => {
    const via = await request(
      { ...base, url: `${server.url}/via-proxy` },
      { env: { HTTP_PROXY: proxy.url } }
    );
    expect(via.body).toBe('hello from /via-proxy');
    expect(proxied).toBe(1);

    const direct = await request(
      { ...base, url: `${server.url}/direct` },
      { env: { http_proxy: proxy.url, no_proxy: '127.0.0.1' } }
    );
    expect(direct.body).toBe('hello from /direct');
    expect(proxied).toBe(1);
  });

  it('refuses a proxy on a Node without agent proxy support at once, instead of bypassing it or retrying', async () => {
    const real = Object.getOwnPropertyDescriptor(process.versions, 'node')!;
    Object.defineProperty(process.versions, 'node', { ...real, value: '24.4.1' });
    try {
      const { delays, sleep } = recordingSleep();
      const error = await request(
        { ...base, url: `${server.url}/never-sent` },
        // A setting no earlier test used, so that its agent is made (and checked) now.
        { sleep, env: { HTTP_PROXY: proxy.url, NO_PROXY: 'old-node.example' } }
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestError);
      expect((error as RequestError).reason).toMatch(/HTTP\(S\)_PROXY is set, but Node 24\.4\.1/);
      expect(delays).toEqual([]);
      expect(hits.get('/never-sent')).toBeUndefined();
      expect(proxied).toBe(1);
    } finally {
      Object.defineProperty(process.versions, 'node', real);
    }
  });
});
