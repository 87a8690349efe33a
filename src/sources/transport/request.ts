/**
 * The one HTTP request helper every provider uses (over `transport.ts`): a timeout per attempt
 * (combined with the caller's abort signal), a cap on the response size, retries with exponential
 * backoff and jitter on network errors, timeouts, 429 and 5xx (honouring Retry-After up to a
 * ceiling), a proxy from the environment, and error messages free of secrets.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { SourceError } from '../types.js';
import type { Env } from './proxy.js';
import { redactUrl, scrubSecrets, secretsInUrl } from './redact.js';
import {
  nodeTransport,
  ResponseTooLargeError,
  UnusableAnswerError,
  type ResponseHeaders,
  type Transport
} from './transport.js';

/** The I/O a request needs, injectable so tests neither wait nor touch the real environment. */
export interface RequestDeps {
  /** One HTTP exchange (default: node:http / node:https). */
  transport?: Transport;
  /** Resolves after `ms`, or early when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** In [0, 1); for backoff jitter. */
  random?: () => number;
  /** Where proxy variables are read from (default `process.env`). */
  env?: Env;
  /** A monotonic clock in ms, for latency (default `performance.now`). */
  now?: () => number;
  /** Progress notes for the job log (retries, warnings); never given secrets. */
  log?: (line: string) => void;
}

export interface RequestOptions {
  sourceId: string;
  url: string;
  method?: 'GET' | 'HEAD' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  /** Retries after the first attempt. */
  retries: number;
  /**
   * Retry 429 and 5xx answers (default true). Health probes turn it off: their answer is the
   * observation, and retrying a 503 until a 200 comes would measure the retry, not the service.
   */
  retryOnStatus?: boolean;
  maxResponseBytes: number;
  signal?: AbortSignal;
  /** Values to scrub from any message, on top of URL redaction (tokens, passwords). */
  secrets?: readonly string[];
  /** First backoff step, ms (doubles per retry). */
  backoffMs?: number;
  /** Longest wait between attempts, ms; a Retry-After beyond it ends the retries. */
  maxDelayMs?: number;
  /**
   * A vendor's own rate-limit header, as the wait in ms before the next attempt (Datadog's
   * `X-RateLimit-Reset`, Sentry's `X-Sentry-Rate-Limit-Reset`); undefined falls back to Retry-After.
   */
  rateLimitWaitMs?: (headers: ResponseHeaders, nowMs: number) => number | undefined;
  /**
   * Answers the vendor means as "try again" beyond 429 and 5xx (AWS's HTTP 400 `Throttling`);
   * retried like a 429 instead of being reported as bad configuration.
   */
  isTransient?: (status: number, headers: ResponseHeaders, body: string) => boolean;
  /**
   * Which failures without an answer the target itself caused, so that a retry would hide them:
   * those are reported at once, never retried (health probes: a timeout or a reset is the
   * service's answer). Default: none, every network failure and timeout is retried.
   */
  isTargetFailure?: (failure: 'network' | 'timeout', code: string | undefined) => boolean;
  /** False: a new connection per attempt (see `TransportRequest.reuseConnection`). */
  reuseConnection?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: ResponseHeaders;
  body: string;
  /** From sending the last attempt to the end of its body, ms. */
  latencyMs: number;
  attempts: number;
}

/**
 * Why a request failed. `network` and `timeout` mean no HTTP answer arrived (the caller decides
 * whether that is the target being down); `too-large` and `aborted` mean the answer could not be used.
 */
export type RequestFailure = 'network' | 'timeout' | 'too-large' | 'aborted';

export class RequestError extends SourceError {
  constructor(
    message: string,
    sourceId: string,
    readonly failure: RequestFailure,
    /** The system error code behind a network failure (ECONNREFUSED, ENOTFOUND, ...). */
    readonly code?: string,
    /** The failure alone in words ("connection refused (ECONNREFUSED)"), without source or URL. */
    readonly reason: string = message
  ) {
    super(message, sourceId, undefined, failure === 'network' || failure === 'timeout');
    this.name = 'RequestError';
  }
}

const DEFAULT_BACKOFF_MS = 500;
const DEFAULT_MAX_DELAY_MS = 30_000;

/**
 * Sends the request, retrying transient failures. Returns the final response whatever its status
 * (callers decide what a 4xx or a lasting 5xx means); throws `RequestError` when no usable response came.
 */
export async function request(options: RequestOptions, deps: RequestDeps = {}): Promise<HttpResponse> {
  const transport = deps.transport ?? nodeTransport;
  const sleep = deps.sleep ?? defaultSleep;
  const random = deps.random ?? Math.random;
  const now = deps.now ?? (() => performance.now());
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS;
  const method = options.method ?? 'GET';
  const where = `${method} ${redactUrl(options.url)}`;
  const { url, headers, urlSecrets } = moveCredentialsToHeader(options.url, options.headers ?? {});
  const secrets = [...(options.secrets ?? []), ...urlSecrets];
  const clean = (text: string) => scrubSecrets(text, secrets);
  const fail = (message: string, failure: RequestFailure, code?: string) =>
    new RequestError(
      clean(`source "${options.sourceId}": ${where}: ${message}`),
      options.sourceId,
      failure,
      code,
      clean(message)
    );
  const env = deps.env ?? process.env;

  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw fail('cancelled', 'aborted');
    const timeout = AbortSignal.timeout(options.timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    const started = now();
    const canRetry = attempt <= options.retries;
    let waitMs: number;
    try {
      const response = await transport({
        url,
        method,
        headers,
        signal,
        maxResponseBytes: options.maxResponseBytes,
        env,
        ...(options.reuseConnection === false ? { reuseConnection: false } : {}),
        ...(options.body !== undefined ? { body: options.body } : {})
      });
      const body = response.body;
      const latencyMs = Math.max(0, Math.round(now() - started));
      const transient =
        options.retryOnStatus !== false &&
        (response.status === 429 ||
          response.status >= 500 ||
          options.isTransient?.(response.status, response.headers, body) === true);
      if (!transient || !canRetry)
        return { status: response.status, headers: response.headers, body, latencyMs, attempts: attempt };
      const asked =
        options.rateLimitWaitMs?.(response.headers, Date.now()) ??
        parseRetryAfter(response.headers.get('retry-after'), Date.now());
      if (asked !== undefined && asked > maxDelayMs) {
        deps.log?.(
          `${options.sourceId}: HTTP ${response.status}, Retry-After ${Math.round(asked / 1000)} s is beyond the ${Math.round(maxDelayMs / 1000)} s ceiling; not retrying`
        );
        return { status: response.status, headers: response.headers, body, latencyMs, attempts: attempt };
      }
      waitMs = asked ?? backoff(attempt, backoffMs, maxDelayMs, random);
      deps.log?.(
        `${options.sourceId}: HTTP ${response.status} from ${where}; retry ${attempt} of ${options.retries} in ${waitMs} ms`
      );
    } catch (error) {
      if (error instanceof RequestError) throw error;
      if (options.signal?.aborted) throw fail('cancelled', 'aborted');
      if (error instanceof ResponseTooLargeError) {
        throw fail(`response larger than ${options.maxResponseBytes} bytes (maxResponseBytes)`, 'too-large');
      }
      if (error instanceof UnusableAnswerError) throw fail(error.message, 'network');
      const timedOut = timeout.aborted;
      const code = timedOut ? undefined : systemCode(error);
      const reason = timedOut ? `no response within ${options.timeoutMs} ms` : describeNetworkError(error);
      const failure = timedOut ? 'timeout' : 'network';
      if (!canRetry || options.isTargetFailure?.(failure, code) === true) {
        const tries = attempt > 1 ? ` (after ${attempt} attempts)` : '';
        throw fail(reason + tries, failure, code);
      }
      waitMs = backoff(attempt, backoffMs, maxDelayMs, random);
      deps.log?.(
        clean(
          `${options.sourceId}: ${reason} from ${where}; retry ${attempt} of ${options.retries} in ${waitMs} ms`
        )
      );
    }
    await sleep(waitMs, options.signal);
  }
}

/**
 * Credentials in the URL: like curl, send them as Basic auth instead (unless the caller set an
 * Authorization header), so that they leave every message that quotes the URL and are dropped by
 * a redirect to another origin; and remember every form of them so messages can be scrubbed.
 */
function moveCredentialsToHeader(
  raw: string,
  given: Record<string, string>
): { url: string; headers: Record<string, string>; urlSecrets: string[] } {
  const urlSecrets = secretsInUrl(raw);
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    return { url: raw, headers: given, urlSecrets };
  }
  if (!parsed.username && !parsed.password) return { url: raw, headers: given, urlSecrets };
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  const encoded = Buffer.from(`${user}:${password}`).toString('base64');
  urlSecrets.push(`${parsed.username}:${parsed.password}`, encoded);
  parsed.username = '';
  parsed.password = '';
  const hasAuth = Object.keys(given).some((name) => name.toLowerCase() === 'authorization');
  return {
    url: parsed.toString(),
    headers: hasAuth ? given : { ...given, authorization: `Basic ${encoded}` },
    urlSecrets
  };
}

/** Exponential backoff with "equal jitter": half fixed, half random, so clients spread out. */
export function backoff(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Retry-After in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - nowMs);
}

function systemCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  if (cause && typeof cause.code === 'string') return cause.code;
  const own = (error as { code?: unknown } | undefined)?.code;
  return typeof own === 'string' ? own : undefined;
}

const NETWORK_WORDS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'DNS lookup failed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNABORTED: 'connection aborted'
};

function describeNetworkError(error: unknown): string {
  const code = systemCode(error);
  if (code) return `${NETWORK_WORDS[code] ?? 'network error'} (${code})`;
  const cause = (error as { cause?: { message?: unknown } } | undefined)?.cause;
  const message =
    typeof cause?.message === 'string'
      ? cause.message
      : error instanceof Error
        ? error.message
        : String(error);
  return `network error: ${message}`;
}

async function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  await delay(ms, undefined, signal ? { signal } : {}).catch(() => {});
}
