/**
 * Faults every source type meets on the wire: status codes, hangs, resets, slow and broken
 * bodies, answers in the wrong shape, redirects. Each serves once the source type's warm-up is over.
 */
import { echoHeaders, type Exchange } from './servers.js';
import type { Fault, SourceKind } from './source-kinds.js';

const healthy = (x: Exchange, kind: SourceKind) => {
  const a = kind.healthy(x);
  x.res.writeHead(a.status, a.headers ?? {}).end(a.body);
};
/** Never answers; the client's timeout (or the end of the run) closes the connection. */
const hang = (x: Exchange) => void x;
const reset = (x: Exchange) => x.req.socket.destroy();
const storeHiccup = (kind: SourceKind) => kind.readsAStore;

export const WIRE_FAULTS: Fault[] = [
  {
    name: '500 echoing the request',
    serve: (x) =>
      x.res.writeHead(500, { 'content-type': 'text/plain' }).end(`upstream failed; request ${echoHeaders(x)}`)
  },
  {
    name: '503 Retry-After 1',
    serve: (x) =>
      x.res.writeHead(503, { 'retry-after': '1', 'content-type': 'text/plain' }).end('unavailable')
  },
  {
    name: '429 Retry-After 1 on every other request',
    serve: (x, kind) =>
      x.n % 2 === 0 ? x.res.writeHead(429, { 'retry-after': '1' }).end('slow down') : healthy(x, kind),
    passAllowed: storeHiccup
  },
  { name: 'hang', serve: hang },
  { name: 'connection reset', serve: reset },
  {
    name: 'every third request hangs',
    serve: (x, kind) => (x.n % 3 === 0 ? hang(x) : healthy(x, kind)),
    passAllowed: storeHiccup
  },
  {
    name: 'every third request reset',
    serve: (x, kind) => (x.n % 3 === 0 ? reset(x) : healthy(x, kind)),
    passAllowed: storeHiccup
  },
  {
    name: 'drip (one byte per 300 ms)',
    serve: (x, kind) => {
      const body = kind.healthy(x).body.padEnd(200, ' ');
      x.res.writeHead(200, { 'content-type': 'application/json' });
      let i = 0;
      const timer = setInterval(() => {
        if (i >= body.length || x.res.destroyed) return void clearInterval(timer);
        x.res.write(body[i++]!);
      }, 300);
      x.res.on('close', () => clearInterval(timer));
    }
  },
  {
    name: 'truncated body',
    serve: (x, kind) => {
      const body = kind.healthy(x).body;
      x.res.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(body.length + 500)
      });
      x.res.write(body.slice(0, Math.max(1, body.length - 5)), () => x.req.socket.destroy());
    }
  },
  {
    name: 'garbage JSON',
    serve: (x) =>
      x.res.writeHead(200, { 'content-type': 'application/json' }).end(`{"status": pa ${echoHeaders(x)}`)
  },
  {
    name: 'wrong envelope',
    serve: (x) =>
      x.res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(`{"result":"ok","request":${echoHeaders(x)}}`)
  },
  { name: 'empty 200', serve: (x) => x.res.writeHead(200, { 'content-type': 'application/json' }).end('') },
  {
    name: 'HTML login page',
    serve: (x) =>
      x.res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html><body><form action="/login"><!-- ${echoHeaders(x)} --><input name=user></form></body></html>`
        )
  },
  {
    name: 'huge body (1 MB)',
    serve: (x) =>
      x.res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(`{"status":"pass","pad":"${'x'.repeat(1_000_000)}"}`)
  },
  {
    name: 'redirect loop',
    serve: (x) => x.res.writeHead(302, { location: x.req.url ?? '/' }).end()
  },
  {
    name: 'cross-origin redirect to a healthy answer',
    serve: (x, _kind, elsewhere) => {
      const path = new URL(x.req.url ?? '/', 'http://x');
      x.res
        .writeHead(307, { location: `${elsewhere}${path.pathname.replace(/^\/[^/]+/, '')}${path.search}` })
        .end();
    },
    // Following a redirect is allowed; what crosses the origin is counted on its own.
    passAllowed: () => true
  }
];
