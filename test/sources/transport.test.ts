import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import type { Socket } from 'node:net';
import {
  nodeTransport,
  ResponseTooLargeError,
  supportsProxyEnv,
  type TransportRequest
} from '../../src/sources/transport/transport.js';
import { readBody, startServer, type LocalServer } from './local-server.js';

interface Seen {
  method: string;
  path: string;
  authorization: string | undefined;
  apiKey?: string | undefined;
  body: string;
  headers?: Record<string, string | string[] | undefined>;
}

let a: LocalServer;
let b: LocalServer;
const seen: Seen[] = [];
const served = new WeakMap<Socket, number>();
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
const slowBodyStarted = deferred();
const slowBodyClosed = deferred();

beforeAll(async () => {
  b = await startServer((req, res) => {
    seen.push({
      method: req.method ?? '',
      path: `b${req.url}`,
      authorization: req.headers.authorization,
      apiKey: req.headers['x-api-key'] as string | undefined,
      body: '',
      headers: req.headers
    });
    res.writeHead(200).end('other origin');
  });
  a = await startServer((req, res) => {
    void readBody(req).then((body) => {
      const path = req.url ?? '/';
      seen.push({ method: req.method ?? '', path, authorization: req.headers.authorization, body });
      const count = (served.get(req.socket) ?? 0) + 1;
      served.set(req.socket, count);
      if (path === '/moved') res.writeHead(302, { location: '/health' }).end();
      else if (path === '/see-other') res.writeHead(303, { location: '/health' }).end();
      else if (path === '/temporary') res.writeHead(307, { location: '/echo' }).end();
      else if (path === '/elsewhere') res.writeHead(301, { location: `${b.url}/landing` }).end();
      else if (path === '/to-headers') res.writeHead(307, { location: '/headers' }).end();
      else if (path === '/loop') res.writeHead(302, { location: '/loop' }).end();
      else if (path === '/gzip') {
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('{"status":"UP"}'));
      } else if (path === '/gzip-bomb') {
        // 1 MB of zeros compresses to about 1 KB: the cap must apply to what it decodes to.
        res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(1_000_000)));
      } else if (path === '/once-per-socket') {
        // The server has "closed" the idle connection: a second request on it is cut off unanswered.
        if (count > 1) req.socket.destroy();
        else res.writeHead(200, { connection: 'keep-alive' }).end(`fresh socket`);
      } else if (path === '/large') {
        res.writeHead(200, { 'content-length': '50000' });
        res.end(req.method === 'HEAD' ? undefined : 'z'.repeat(50_000));
      } else if (path === '/headers') {
        const names = req.rawHeaders.filter((_, i) => i % 2 === 0);
        res.writeHead(200).end(JSON.stringify({ names, headers: req.headers }));
      } else if (path === '/never-ends') {
        // Half a body, then silence: only the caller's signal can end the read.
        req.socket.once('close', () => slowBodyClosed.resolve());
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('partial', () => slowBodyStarted.resolve());
      } else if (path === '/echo') res.writeHead(200).end(`${req.method} ${body}`);
      else res.writeHead(200, { 'x-version': 'abc', 'set-cookie': ['a=1', 'b=2'] }).end('ok');
    });
  });
});

afterAll(async () => {
  await a.close();
  await b.close();
});

function send(over: Partial<TransportRequest> & { url: string }) {
  return nodeTransport({
    method: 'GET',
    headers: {},
    signal: AbortSignal.timeout(5000),
    maxResponseBytes: 10_000,
    env: {},
    ...over
  });
}

describe('node transport', () => {
  it('follows a same-origin redirect and reads headers case-insensitively', async () => {
    const response = await send({ url: `${a.url}/moved` });
    expect(response.status).toBe(200);
    expect(response.body).toBe('ok');
    expect(response.headers.get('X-Version')).toBe('abc');
    expect(response.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(response.headers.get('missing')).toBeNull();
  });

  it('turns a POST into a GET on 303 and keeps it (with its body) on 307', async () => {
    seen.length = 0;
    await send({ url: `${a.url}/see-other`, method: 'POST', body: 'q=1' });
    expect(seen.map((s) => `${s.method} ${s.path} ${s.body}`)).toEqual([
      'POST /see-other q=1',
      'GET /health '
    ]);
    const kept = await send({ url: `${a.url}/temporary`, method: 'POST', body: 'q=2' });
    expect(kept.body).toBe('POST q=2');
  });

  it('drops credentials when a redirect leaves the origin, keeps them within it', async () => {
    seen.length = 0;
    await send({ url: `${a.url}/moved`, headers: { Authorization: 'Bearer s3cret' } });
    expect(seen.map((s) => s.authorization)).toEqual(['Bearer s3cret', 'Bearer s3cret']);
    seen.length = 0;
    const response = await send({
      url: `${a.url}/elsewhere`,
      headers: { Authorization: 'Bearer s3cret', 'X-API-Key': 'k3y', Accept: 'application/json' }
    });
    expect(response.body).toBe('other origin');
    // The sources' own secret headers (X-API-Key, PRIVATE-TOKEN, ...) stay home too.
    expect(seen.map((s) => [s.path, s.authorization, s.apiKey])).toEqual([
      ['/elsewhere', 'Bearer s3cret', undefined],
      ['b/landing', undefined, undefined]
    ]);
  });

  it('sends none of the configured headers to another origin, whatever their names', async () => {
    seen.length = 0;
    const configured = { 'X-Auth': 'c4nary', 'X-Scope-OrgID': 'tenant-c4nary', 'X-Custom': 'c4nary' };
    await send({ url: `${a.url}/moved`, headers: configured });
    // Same origin: every configured header is kept (the redirect's second hop is seen by a too).
    seen.length = 0;
    await send({ url: `${a.url}/elsewhere`, headers: { ...configured, Accept: 'application/json' } });
    const landed = seen.find((s) => s.path === 'b/landing')!;
    expect(Object.keys(landed.headers ?? {}).filter((name) => name.startsWith('x-'))).toEqual([]);
    expect(JSON.stringify(landed.headers)).not.toContain('c4nary');
    // What describes the request itself still goes.
    expect(landed.headers?.accept).toBe('application/json');
  });

  it('keeps configured headers on a same-origin redirect', async () => {
    const response = await send({ url: `${a.url}/to-headers`, headers: { 'X-Scope-OrgID': 'tenant-1' } });
    expect((JSON.parse(response.body) as { headers: Record<string, string> }).headers['x-scope-orgid']).toBe(
      'tenant-1'
    );
  });

  it('gives up on a redirect loop with a clear error', async () => {
    await expect(send({ url: `${a.url}/loop` })).rejects.toThrow('more than 20 redirects');
  });

  it('decodes gzip and applies the size cap to the decoded body', async () => {
    expect((await send({ url: `${a.url}/gzip` })).body).toBe('{"status":"UP"}');
    await expect(send({ url: `${a.url}/gzip-bomb` })).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it('retries once on a fresh connection when a kept-alive socket was closed by the server', async () => {
    const first = await send({ url: `${a.url}/once-per-socket` });
    const second = await send({ url: `${a.url}/once-per-socket` });
    expect([first.body, second.body]).toEqual(['fresh socket', 'fresh socket']);
  });

  it('retries outside the pool when the server dropped every idle socket of it', async () => {
    // Concurrent requests (as a poll's queries are) leave several idle sockets in the pool; the
    // server cuts off each of them when reused. A retry from the pool would meet another.
    const burst = await Promise.all([1, 2, 3].map(() => send({ url: `${a.url}/once-per-socket` })));
    expect(burst.map((r) => r.body)).toEqual(['fresh socket', 'fresh socket', 'fresh socket']);
    const after = await send({ url: `${a.url}/once-per-socket` });
    expect(after.body).toBe('fresh socket');
  });

  it('a HEAD answer is not refused for the size of the body it describes; the GET is', async () => {
    const head = await send({ url: `${a.url}/large`, method: 'HEAD' });
    expect(head).toMatchObject({ status: 200, body: '' });
    expect(head.headers.get('content-length')).toBe('50000');
    await expect(send({ url: `${a.url}/large` })).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it("sends the caller's headers instead of the defaults, whatever their case", async () => {
    type Echo = { names: string[]; headers: Record<string, string> };
    const echo = async (headers: Record<string, string>) =>
      JSON.parse((await send({ url: `${a.url}/headers`, headers })).body) as Echo;
    const plain = await echo({});
    expect(plain.headers).toMatchObject({
      'accept-encoding': 'gzip, deflate, br',
      'user-agent': 'postflight'
    });
    const own = await echo({ 'Accept-Encoding': 'identity', 'User-Agent': 'me' });
    expect(own.headers).toMatchObject({ 'accept-encoding': 'identity', 'user-agent': 'me' });
    // Sent once each: not the default beside the caller's.
    const lower = own.names.map((n) => n.toLowerCase());
    expect(lower.filter((n) => n === 'accept-encoding')).toHaveLength(1);
    expect(lower.filter((n) => n === 'user-agent')).toHaveLength(1);
  });

  it('refuses schemes other than http and https', async () => {
    await expect(send({ url: 'ftp://127.0.0.1/x' })).rejects.toThrow('unsupported URL scheme ftp:');
  });

  it('stops reading when the signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(send({ url: `${a.url}/health`, signal: controller.signal })).rejects.toThrow();
  });

  it('ends a body that is still streaming when the signal fires, and closes its connection', async () => {
    const controller = new AbortController();
    const reading = send({ url: `${a.url}/never-ends`, signal: controller.signal });
    // Aborted only once the body has started: the read itself must stop.
    await slowBodyStarted.promise;
    controller.abort(new Error('poll timed out'));
    await expect(reading).rejects.toThrow();
    await slowBodyClosed.promise;
  });
});

it('knows which Node versions take proxy settings on the agent', () => {
  expect(['24.4.1', '24.5.0', '24.21.0', '25.0.0', '22.12.0'].map(supportsProxyEnv)).toEqual([
    false,
    true,
    true,
    true,
    false
  ]);
});
