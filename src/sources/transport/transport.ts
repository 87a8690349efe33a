/**
 * One HTTP exchange over node:http / node:https: redirects followed, the body read up to a cap,
 * gzip/deflate/br decoded, proxies taken from the environment by Node's own agent.
 *
 * Why not the platform `fetch`: its first use makes Node compile its bundled undici, about 55 ms
 * of a 200 ms start-up budget (BENCHMARKS.md), and the ESM facade of `node:http` loads undici as
 * well (its lazy `WebSocket` export). The modules are taken with `process.getBuiltinModule`,
 * which returns them without that facade.
 */
import type * as Http from 'node:http';
import type * as Https from 'node:https';
import type * as Zlib from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Env } from './proxy.js';
import { proxyEnvFor } from './proxy.js';

export interface TransportRequest {
  url: string;
  method: 'GET' | 'HEAD' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Aborts the whole exchange, redirects included. */
  signal: AbortSignal;
  maxResponseBytes: number;
  /** Where proxy variables are read from. */
  env: Env;
  /**
   * False: a new connection for this request, none kept (health probes). A kept-alive socket
   * that fails is retried on a fresh one, which would hide a reset that is the service's answer.
   */
  reuseConnection?: boolean;
}

/** Response headers, read the way `fetch` reads them: case-insensitive, repeats joined by ", ". */
export interface ResponseHeaders {
  get(name: string): string | null;
}

export interface TransportResponse {
  status: number;
  headers: ResponseHeaders;
  body: string;
}

export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** Thrown when the body passes `maxResponseBytes` (declared or streamed). */
export class ResponseTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`response larger than ${limit} bytes`);
    this.name = 'ResponseTooLargeError';
  }
}

const DEFAULT_HEADERS: Record<string, string> = {
  'accept-encoding': 'gzip, deflate, br',
  'user-agent': 'postflight'
};

/**
 * The server answered, or the request cannot be made, in a way no retry changes (a redirect loop,
 * an encoding we cannot read, a scheme other than http/https): reported at once, not retried.
 */
export class UnusableAnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnusableAnswerError';
  }
}

/** As many as browsers and `fetch` allow. */
const MAX_REDIRECTS = 20;
/**
 * What may follow a redirect to another origin: only the headers that describe the request itself.
 * Every other header came from the source's configuration (`headers:`, auth) and may carry a
 * credential or a tenant id under any name (`X-Auth`, `X-Scope-OrgID`), so none of them goes to
 * a host the user did not name; the Fetch standard drops only Authorization, which is not enough.
 */
const CROSS_ORIGIN_KEPT = new Set(['accept', 'content-type', 'content-length', 'accept-encoding']);

function crossOriginStripped(lowerCaseName: string): boolean {
  return !CROSS_ORIGIN_KEPT.has(lowerCaseName);
}

export const nodeTransport: Transport = async (request) => {
  let url = new URL(request.url);
  let method = request.method;
  let body = request.body;
  let headers = { ...request.headers };
  for (let redirects = 0; ; redirects++) {
    const answer = await exchange({ url, method, headers, body }, request);
    const location = answer.headers.get('location');
    if (!isRedirect(answer.status) || location === null) return answer;
    if (redirects >= MAX_REDIRECTS) throw new UnusableAnswerError(`more than ${MAX_REDIRECTS} redirects`);
    const next = new URL(location, url);
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      throw new UnusableAnswerError(`redirect to an unsupported scheme (${next.protocol})`);
    }
    // 303 always, and 301/302 after a POST, become a GET without a body (as in fetch).
    if (answer.status === 303 || ((answer.status === 301 || answer.status === 302) && method === 'POST')) {
      if (method !== 'HEAD') method = 'GET';
      body = undefined;
      headers = withoutHeaders(headers, (name) => name === 'content-type' || name === 'content-length');
    }
    if (next.origin !== url.origin) headers = withoutHeaders(headers, crossOriginStripped);
    url = next;
  }
};

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function withoutHeaders(
  headers: Record<string, string>,
  dropped: (lowerCaseName: string) => boolean
): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !dropped(name.toLowerCase())));
}

/** One request of the chain a redirect may make. */
interface Hop {
  url: URL;
  method: TransportRequest['method'];
  headers: Record<string, string>;
  body: string | undefined;
}

async function exchange(hop: Hop, request: TransportRequest): Promise<TransportResponse> {
  if (request.reuseConnection === false) return exchangeOnce(hop, request, false);
  try {
    return await exchangeOnce(hop, request, true);
  } catch (error) {
    if (!(error instanceof StaleSocketError) || request.signal.aborted) throw error;
    // A kept-alive socket the server closed while idle fails before any answer; Node's documented
    // remedy is to retry on a fresh connection. Not from the pool: a poll's concurrent queries
    // leave several idle sockets there, and a server that dropped one has usually dropped all.
    return exchangeOnce(hop, request, false);
  }
}

class StaleSocketError extends Error {
  constructor(override readonly cause: unknown) {
    super('kept-alive socket closed by the server');
  }
}

function exchangeOnce(
  { url, method, headers, body }: Hop,
  request: TransportRequest,
  pooled: boolean
): Promise<TransportResponse> {
  const secure = url.protocol === 'https:';
  if (!secure && url.protocol !== 'http:') {
    return Promise.reject(
      new UnusableAnswerError(`unsupported URL scheme ${url.protocol} (expected http: or https:)`)
    );
  }
  const client = secure ? builtin<typeof Https>('node:https') : builtin<typeof Http>('node:http');
  // The caller's headers win over the defaults whatever their case: Node would send both.
  const given = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const defaults = Object.entries(DEFAULT_HEADERS).filter(([name]) => !given.has(name));
  const sendHeaders: Record<string, string> = { ...Object.fromEntries(defaults), ...headers };
  if (body !== undefined && !given.has('content-length')) {
    sendHeaders['content-length'] = String(Buffer.byteLength(body));
  }
  return new Promise((resolve, reject) => {
    const req = client.request(url, {
      method,
      headers: sendHeaders,
      agent: pooled ? agentFor(secure, request.env) : newAgent(secure, request.env, false),
      signal: request.signal
    });
    let answered = false;
    req.on('error', (error) =>
      reject(pooled && !answered && req.reusedSocket && isReset(error) ? new StaleSocketError(error) : error)
    );
    req.on('response', (response) => {
      answered = true;
      readResponse(response, method, request.maxResponseBytes).then(resolve, (error: unknown) => {
        response.destroy();
        reject(error);
      });
    });
    req.end(body);
  });
}

function isReset(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ECONNRESET' || code === 'EPIPE';
}

async function readResponse(
  response: Http.IncomingMessage,
  method: string,
  maxBytes: number
): Promise<TransportResponse> {
  const headers = responseHeaders(response.headers);
  const status = response.statusCode ?? 0;
  // No body follows, whatever content-length says (for HEAD it is the size of the GET's body).
  if (method === 'HEAD' || status === 204 || status === 304) {
    response.resume();
    return { status, headers, body: '' };
  }
  const declared = Number(headers.get('content-length'));
  const encoding = (headers.get('content-encoding') ?? '').trim().toLowerCase();
  // The declared length counts encoded bytes; only an identity body can be refused up front.
  if ((encoding === '' || encoding === 'identity') && Number.isFinite(declared) && declared > maxBytes) {
    throw new ResponseTooLargeError(maxBytes);
  }
  const bytes = await readCapped(decoded(response, encoding), maxBytes);
  return { status, headers, body: new TextDecoder().decode(bytes) };
}

function decoded(response: Http.IncomingMessage, encoding: string): Readable {
  if (encoding === '' || encoding === 'identity') return response;
  const zlib = builtin<typeof Zlib>('node:zlib');
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  if (!decoder) throw new UnusableAnswerError(`unsupported content-encoding "${encoding}"`);
  response.on('error', (error) => decoder.destroy(error));
  return response.pipe(decoder);
}

/** The decoded body, stopping as soon as it passes `maxBytes` so a huge answer is never held. */
async function readCapped(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      stream.destroy();
      throw new ResponseTooLargeError(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function responseHeaders(raw: Http.IncomingHttpHeaders): ResponseHeaders {
  return {
    get(name) {
      const value = raw[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    }
  };
}

function builtin<T>(id: string): T {
  return process.getBuiltinModule(id) as T;
}

const agents = new Map<string, Http.Agent>();

/**
 * Kept-alive agents, one per scheme and proxy setting. Node's agent takes HTTP(S)_PROXY and
 * NO_PROXY from `proxyEnv` (Node >= 24.5): CONNECT tunnels for https, absolute-form for http.
 */
function agentFor(secure: boolean, env: Env): Http.Agent {
  const key = `${secure ? 'https' : 'http'} ${JSON.stringify(proxyEnvFor(env) ?? null)}`;
  let agent = agents.get(key);
  if (!agent) {
    agent = newAgent(secure, env, true);
    agents.set(key, agent);
  }
  return agent;
}

function newAgent(secure: boolean, env: Env, keepAlive: boolean): Http.Agent {
  const proxyEnv = proxyEnvFor(env);
  if (proxyEnv && !supportsProxyEnv(process.versions.node)) {
    // Older agents ignore the option: requests would bypass the proxy without a word. No retry
    // changes that, so it is reported at once (package.json asks for Node 24.5 or later).
    throw new UnusableAnswerError(
      `HTTP(S)_PROXY is set, but Node ${process.versions.node} has no built-in proxy support (Node 24.5 or later has it)`
    );
  }
  const options = { keepAlive, ...(proxyEnv ? { proxyEnv } : {}) };
  return secure
    ? new (builtin<typeof Https>('node:https').Agent)(options)
    : new (builtin<typeof Http>('node:http').Agent)(options);
}

/** `proxyEnv` on http.Agent arrived in Node 24.5. */
export function supportsProxyEnv(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > 24 || (major === 24 && minor >= 5);
}
