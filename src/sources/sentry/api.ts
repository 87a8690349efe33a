/**
 * A client for Sentry's organization endpoints (`Authorization: Bearer`): the events table
 * (`/api/0/organizations/{org}/events/`) counted per release, and release-health sessions
 * (`/sessions/`). It follows `Link` cursors while Sentry says more results exist, and on 429 waits
 * until `X-Sentry-Rate-Limit-Reset` (an epoch second).
 */
import { SourceError } from '../types.js';
import { request, type RequestDeps } from '../transport/request.js';
import { redactUrl, scrubSecrets } from '../transport/redact.js';
import type { ResponseHeaders } from '../transport/transport.js';

export interface SentryClientOptions {
  sourceId: string;
  url: string;
  token: string;
  organization: string;
  projects: string[];
  environment?: string;
  timeoutMs: number;
  retries: number;
  maxResponseBytes: number;
  secrets: readonly string[];
}

/** Pages followed at the most; a release table longer than this is not what we ask for. */
const MAX_PAGES = 10;

export function sentryRateLimitWait(headers: ResponseHeaders, nowMs: number): number | undefined {
  const reset = headers.get('x-sentry-rate-limit-reset');
  if (reset === null || !/^\d+(\.\d+)?$/.test(reset.trim())) return undefined;
  return Math.max(0, Math.ceil(Number(reset) * 1000 - nowMs));
}

/** The next page's URL from a `Link` header, when Sentry says it has results. */
export function nextPage(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const url = /<([^>]+)>/.exec(part)?.[1];
    if (url && /rel="next"/.test(part) && /results="true"/.test(part)) return url;
  }
  return undefined;
}

/** Rows of the events table: `count()` per value of `group` in [from, to). */
export async function countEvents(
  options: SentryClientOptions,
  ask: { dataset: 'errors' | 'spans'; query: string; group: string; from: number; to: number },
  signal: AbortSignal,
  deps: RequestDeps
): Promise<Map<string, number>> {
  const params = common(options, ask.from, ask.to);
  params.append('dataset', ask.dataset);
  params.append('field', ask.group);
  params.append('field', 'count()');
  params.append('query', ask.query);
  params.append('per_page', '100');
  let url: string | undefined = `${base(options)}/events/?${params.toString()}`;
  const counts = new Map<string, number>();
  for (let page = 1; url; page++) {
    if (page > MAX_PAGES)
      throw new SourceError(
        `source "${options.sourceId}": more than ${MAX_PAGES} pages of results`,
        options.sourceId
      );
    const { body, headers } = await get(options, url, signal, deps);
    const data = (body as { data?: unknown }).data;
    if (!Array.isArray(data)) throw failure(options, url, 200, 'the answer has no `data` list');
    for (const row of data) {
      const key = (row as Record<string, unknown>)[ask.group];
      const count = (row as Record<string, unknown>)['count()'];
      if (typeof count !== 'number' || !Number.isFinite(count) || count < 0)
        throw failure(options, url, 200, `a row's count() is ${JSON.stringify(count)}, not a count`);
      counts.set(String(key ?? ''), (counts.get(String(key ?? '')) ?? 0) + count);
    }
    url = nextPage(headers.get('link'));
  }
  return counts;
}

/** Crash-free session rate per release over whole hours around [from, to). */
export async function crashFreeRates(
  options: SentryClientOptions,
  ask: { releases: string[]; from: number; to: number },
  signal: AbortSignal,
  deps: RequestDeps
): Promise<{ rates: Map<string, number>; from: number; to: number }> {
  const hour = 3_600_000;
  const from = Math.floor(ask.from / hour) * hour;
  const to = Math.ceil(ask.to / hour) * hour;
  const params = common(options, from, to);
  params.append('field', 'crash_free_rate(session)');
  params.append('groupBy', 'release');
  params.append('interval', '1h');
  params.append('query', `release:[${ask.releases.map(quote).join(',')}]`);
  const url = `${base(options)}/sessions/?${params.toString()}`;
  const { body } = await get(options, url, signal, deps);
  const groups = (body as { groups?: unknown }).groups;
  if (!Array.isArray(groups)) throw failure(options, url, 200, 'the answer has no `groups` list');
  const rates = new Map<string, number>();
  for (const group of groups as { by?: { release?: unknown }; totals?: Record<string, unknown> }[]) {
    const release = group.by?.release;
    const rate = group.totals?.['crash_free_rate(session)'];
    if (typeof release === 'string' && typeof rate === 'number' && Number.isFinite(rate))
      rates.set(release, rate);
  }
  return { rates, from, to };
}

export function quote(value: string): string {
  return /^[\w.@+\-/]+$/.test(value) ? value : JSON.stringify(value);
}

function base(options: SentryClientOptions): string {
  return `${options.url.replace(/\/+$/, '')}/api/0/organizations/${encodeURIComponent(options.organization)}`;
}

function common(options: SentryClientOptions, from: number, to: number): URLSearchParams {
  const params = new URLSearchParams();
  for (const project of options.projects) params.append('project', project);
  if (options.environment) params.append('environment', options.environment);
  params.append('start', new Date(from).toISOString());
  params.append('end', new Date(to).toISOString());
  return params;
}

async function get(
  options: SentryClientOptions,
  url: string,
  signal: AbortSignal,
  deps: RequestDeps
): Promise<{ body: unknown; headers: ResponseHeaders }> {
  const response = await request(
    {
      sourceId: options.sourceId,
      url,
      headers: { authorization: `Bearer ${options.token}`, accept: 'application/json' },
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      maxResponseBytes: options.maxResponseBytes,
      signal,
      secrets: options.secrets,
      rateLimitWaitMs: sentryRateLimitWait
    },
    deps
  );
  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = undefined;
  }
  const detail = body && typeof body === 'object' ? (body as { detail?: unknown }).detail : undefined;
  const what =
    typeof detail === 'string'
      ? detail
      : body === undefined
        ? `not JSON: ${response.body.slice(0, 120)}`
        : 'no detail';
  if (response.status === 401 || response.status === 403)
    throw failure(
      options,
      url,
      response.status,
      `HTTP ${response.status}, check the token and its scopes (org:read, project:read) (${what})`
    );
  if (response.status === 429 || response.status >= 500)
    throw failure(
      options,
      url,
      response.status,
      `HTTP ${response.status} after ${response.attempts} attempts (${what})`,
      true
    );
  if (response.status !== 200)
    throw failure(
      options,
      url,
      response.status,
      `HTTP ${response.status}, Sentry rejected the query (${what})`
    );
  if (body === undefined || typeof body !== 'object' || body === null)
    throw failure(options, url, 200, `response is not JSON (${response.body.slice(0, 120)})`);
  return { body, headers: response.headers };
}

function failure(
  options: SentryClientOptions,
  url: string,
  status: number,
  message: string,
  retryable = false
): SourceError {
  const where = redactUrl(url.split('?')[0]!);
  return new SourceError(
    scrubSecrets(`source "${options.sourceId}": GET ${where}: ${message}`, options.secrets),
    options.sourceId,
    status,
    retryable
  );
}
