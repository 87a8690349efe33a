/**
 * A client for Datadog's v2 timeseries API (`POST /api/v2/query/timeseries`): metric queries
 * with one formula each (the v2 API answers formulas, not raw queries), keys in the
 * `DD-API-KEY` and `DD-APPLICATION-KEY` headers, rate limits from `X-RateLimit-Reset`.
 *
 * It returns what Datadog said, shaped but not judged: `null` points stay `null` (no data is not
 * zero), and grouped series keep their `group_tags`. The source decides what the numbers mean.
 */
import { SourceError } from '../types.js';
import { request, type RequestDeps } from '../transport/request.js';
import { redactUrl, scrubSecrets } from '../transport/redact.js';
import type { ResponseHeaders } from '../transport/transport.js';

export interface DatadogClientOptions {
  sourceId: string;
  /** `https://api.<site>`, or an override. */
  baseUrl: string;
  apiKey: string;
  appKey: string;
  timeoutMs: number;
  retries: number;
  maxResponseBytes: number;
  secrets: readonly string[];
}

export interface TimeseriesRequest {
  /** Epoch ms. */
  from: number;
  to: number;
  /** Bucket width in ms that Datadog is asked to roll up to (it may choose a coarser one). */
  intervalMs: number;
  queries: string[];
}

export interface DatadogSeries {
  /** Which of the request's queries (one formula per query, in order) this series answers. */
  queryIndex: number;
  /** `tag:value` pairs of a grouped query (`by {version}`); empty for an ungrouped one. */
  groupTags: string[];
  /** One point per entry of `times`; null where Datadog has no data. */
  points: (number | null)[];
}

export interface DatadogTimeseries {
  /** Bucket start times, epoch ms, ascending. */
  times: number[];
  series: DatadogSeries[];
}

export function timeseriesEndpoint(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/api/v2/query/timeseries`;
}

/** The request body, as the v2 API's `TimeseriesFormulaQueryRequest` model describes it. */
export function timeseriesBody(req: TimeseriesRequest): unknown {
  return {
    data: {
      type: 'timeseries_request',
      attributes: {
        from: Math.floor(req.from),
        to: Math.floor(req.to),
        interval: Math.max(1000, Math.round(req.intervalMs)),
        queries: req.queries.map((query, i) => ({ data_source: 'metrics', name: `q${i}`, query })),
        formulas: req.queries.map((_, i) => ({ formula: `q${i}` }))
      }
    }
  };
}

/** Datadog's rate-limit reset header is the seconds until the window resets. */
export function datadogRateLimitWait(headers: ResponseHeaders): number | undefined {
  const reset = headers.get('x-ratelimit-reset');
  if (reset === null || !/^\d+(\.\d+)?$/.test(reset.trim())) return undefined;
  return Math.ceil(Number(reset) * 1000);
}

export async function queryTimeseries(
  options: DatadogClientOptions,
  req: TimeseriesRequest,
  signal: AbortSignal,
  deps: RequestDeps
): Promise<DatadogTimeseries> {
  const url = timeseriesEndpoint(options.baseUrl);
  const response = await request(
    {
      sourceId: options.sourceId,
      url,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'DD-API-KEY': options.apiKey,
        'DD-APPLICATION-KEY': options.appKey
      },
      body: JSON.stringify(timeseriesBody(req)),
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      maxResponseBytes: options.maxResponseBytes,
      signal,
      secrets: options.secrets,
      rateLimitWaitMs: datadogRateLimitWait
    },
    deps
  );
  const fail = (message: string, retryable = false) =>
    new SourceError(
      scrubSecrets(
        `source "${options.sourceId}": POST ${redactUrl(url)}: ${message}; queries: ${req.queries.map((q) => shorten(q)).join(' | ')}`,
        options.secrets
      ),
      options.sourceId,
      response.status,
      retryable
    );

  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = undefined;
  }
  const apiErrors = errorsOf(body);
  if (response.status !== 200) {
    const what =
      apiErrors ?? (body === undefined ? `not JSON: ${shorten(response.body, 120)}` : 'no message');
    const attempts = response.attempts > 1 ? ` after ${response.attempts} attempts` : '';
    if (response.status === 400) throw fail(`HTTP 400, Datadog rejected the query (${what})`);
    if (response.status === 401 || response.status === 403)
      throw fail(
        `HTTP ${response.status}, check the API key, the application key and its \`timeseries_query\` scope, and the site (${what})`
      );
    if (response.status === 429) {
      const reset = response.headers.get('x-ratelimit-reset');
      throw fail(
        `HTTP 429, rate limited${attempts}${reset ? ` (the limit resets in ${reset} s)` : ''} (${what})`,
        true
      );
    }
    if (response.status >= 500) throw fail(`HTTP ${response.status}${attempts} (${what})`, true);
    throw fail(`HTTP ${response.status} (${what})`);
  }
  if (body === undefined) throw fail(`response is not JSON (${shorten(response.body, 120)})`);
  // A 200 can still carry an error string instead of data (a query that failed to evaluate).
  if (apiErrors !== undefined) throw fail(`Datadog answered with an error: ${apiErrors}`);
  return parseTimeseries(body, req.queries.length, fail);
}

function errorsOf(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined;
  const errors = body.errors;
  if (typeof errors === 'string' && errors.trim() !== '') return shorten(errors, 300);
  if (Array.isArray(errors) && errors.length > 0) return shorten(errors.map(String).join('; '), 300);
  return undefined;
}

function parseTimeseries(
  body: unknown,
  queryCount: number,
  fail: (message: string) => SourceError
): DatadogTimeseries {
  const data = isRecord(body) ? body.data : undefined;
  const attributes = isRecord(data) ? data.attributes : undefined;
  if (!isRecord(attributes)) throw fail('response has no data.attributes');
  const times = attributes.times ?? [];
  const series = attributes.series ?? [];
  const values = attributes.values ?? [];
  if (!Array.isArray(times) || !times.every((t) => typeof t === 'number' && Number.isFinite(t)))
    throw fail('data.attributes.times is not a list of timestamps');
  if (!Array.isArray(series) || !Array.isArray(values) || series.length !== values.length)
    throw fail('data.attributes.series and .values do not pair up');
  return {
    times: times as number[],
    series: series.map((s: unknown, i): DatadogSeries => {
      const meta = isRecord(s) ? s : {};
      const queryIndex = meta.query_index;
      if (
        typeof queryIndex !== 'number' ||
        !Number.isInteger(queryIndex) ||
        queryIndex < 0 ||
        queryIndex >= queryCount
      )
        throw fail(
          `series ${i} has query_index ${JSON.stringify(queryIndex)}; expected 0..${queryCount - 1}`
        );
      const tags = meta.group_tags ?? [];
      if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))
        throw fail(`series ${i} has group_tags that are not strings`);
      const points = values[i];
      if (!Array.isArray(points) || points.length !== times.length)
        throw fail(
          `series ${i} has ${Array.isArray(points) ? points.length : 'no'} points for ${times.length} times`
        );
      return {
        queryIndex,
        groupTags: tags as string[],
        points: points.map((p: unknown, j) => {
          if (p === null) return null;
          if (typeof p !== 'number' || !Number.isFinite(p))
            throw fail(`series ${i} point ${j} is ${JSON.stringify(p)}, not a number`);
          return p;
        })
      };
    })
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shorten(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
