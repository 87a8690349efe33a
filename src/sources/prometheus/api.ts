/**
 * A client for one endpoint of the Prometheus HTTP API: instant queries (`/api/v1/query`), sent as
 * a form-encoded POST the way Grafana does, so long queries do not hit URL length limits. Works
 * with every backend that speaks the API (Thanos, Mimir, VictoriaMetrics, Grafana Cloud), including
 * base URLs with a path prefix.
 */
import { SourceError } from '../types.js';
import { request, type RequestDeps } from '../transport/request.js';
import { redactUrl, scrubSecrets } from '../transport/redact.js';
import { endpointUrl } from '../transport/url.js';

/** One series of an instant vector (or the single value of a scalar, with no labels). */
export interface PromSample {
  labels: Record<string, string>;
  /** NaN and ±Inf are kept here; callers treat them as "no data", never as a number. */
  value: number;
}

export interface PromClientOptions {
  sourceId: string;
  baseUrl: string;
  headers: Record<string, string>;
  timeoutMs: number;
  retries: number;
  maxResponseBytes: number;
  secrets: readonly string[];
  /** Where the query API lives below the base URL: `/api/v1` (Prometheus), `/loki/api/v1` (Loki). */
  apiPath?: string;
}

interface ApiEnvelope {
  status?: unknown;
  data?: { resultType?: unknown; result?: unknown };
  errorType?: unknown;
  error?: unknown;
  warnings?: unknown;
  infos?: unknown;
}

export function queryEndpoint(baseUrl: string, apiPath = '/api/v1'): string {
  return endpointUrl(baseUrl, `${apiPath}/query`);
}

/** One series of a range query: its labels and its points, `at` in epoch ms, values as in PromSample. */
export interface PromSeries {
  labels: Record<string, string>;
  points: { at: number; value: number }[];
}

/** Runs an instant query at `timeSec` (Unix seconds). Throws SourceError for anything but data. */
export async function instantQuery(
  options: PromClientOptions,
  query: string,
  timeSec: number,
  signal: AbortSignal,
  deps: RequestDeps
): Promise<PromSample[]> {
  const form = new URLSearchParams({ query, time: timeSec.toFixed(3) });
  const data = await post(
    options,
    queryEndpoint(options.baseUrl, options.apiPath),
    query,
    form,
    signal,
    deps
  );
  return parseResult(data.envelope, data.fail);
}

/**
 * Runs a range query (`/api/v1/query_range`) evaluated at start, start + step, ... <= end (Unix
 * seconds). One request answers a whole history; Prometheus caps it at 11,000 points per series,
 * which callers keep well below by choosing the step.
 */
export async function rangeQuery(
  options: PromClientOptions,
  query: string,
  range: { startSec: number; endSec: number; stepSec: number },
  signal: AbortSignal,
  deps: RequestDeps
): Promise<PromSeries[]> {
  const form = new URLSearchParams({
    query,
    start: range.startSec.toFixed(3),
    end: range.endSec.toFixed(3),
    step: String(range.stepSec)
  });
  const url = endpointUrl(options.baseUrl, `${options.apiPath ?? '/api/v1'}/query_range`);
  const { envelope, fail } = await post(options, url, query, form, signal, deps);
  if (!envelope || typeof envelope !== 'object') throw fail('response has no "data"');
  const { resultType, result } = envelope;
  if (resultType !== 'matrix') throw fail(`result type is ${JSON.stringify(resultType)}; expected a matrix`);
  if (!Array.isArray(result)) throw fail('matrix result is not a list');
  return result.map((series: unknown) => {
    const s = series as { metric?: unknown; values?: unknown };
    const labels = s.metric && typeof s.metric === 'object' ? (s.metric as Record<string, string>) : {};
    if (!Array.isArray(s.values)) throw fail('matrix series has no "values" list');
    return {
      labels,
      points: s.values.map((sample: unknown) => ({
        at: Math.round(Number((sample as unknown[])[0]) * 1000),
        value: parseSampleValue(sample, fail)
      }))
    };
  });
}

/** Sends one form-encoded query and returns the envelope's data, or throws a SourceError naming the query. */
async function post(
  options: PromClientOptions,
  url: string,
  query: string,
  form: URLSearchParams,
  signal: AbortSignal,
  deps: RequestDeps
): Promise<{ envelope: ApiEnvelope['data']; fail: (message: string) => SourceError }> {
  const response = await request(
    {
      sourceId: options.sourceId,
      url,
      method: 'POST',
      headers: {
        ...options.headers,
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json'
      },
      body: form.toString(),
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      maxResponseBytes: options.maxResponseBytes,
      signal,
      secrets: options.secrets
    },
    deps
  );
  const fail = (message: string, retryable = false) =>
    new SourceError(
      scrubSecrets(
        `source "${options.sourceId}": POST ${redactUrl(url)}: ${message}; query: ${shorten(query)}`,
        options.secrets
      ),
      options.sourceId,
      response.status,
      retryable
    );

  let envelope: ApiEnvelope | undefined;
  try {
    envelope = JSON.parse(response.body) as ApiEnvelope;
  } catch {
    envelope = undefined;
  }
  const apiError =
    envelope && envelope.status === 'error'
      ? `${typeof envelope.errorType === 'string' ? envelope.errorType : 'error'}: ${typeof envelope.error === 'string' ? envelope.error : 'no message'}`
      : undefined;

  if (response.status !== 200 || !envelope || envelope.status !== 'success') {
    const what =
      apiError ??
      (envelope ? 'unexpected response' : `response is not JSON (${shorten(response.body, 120)})`);
    const attempts = response.attempts > 1 ? ` after ${response.attempts} attempts` : '';
    if (response.status === 400) throw fail(`HTTP 400, the query was rejected (${what})`);
    if (response.status === 422) throw fail(`HTTP 422, the query could not be executed (${what})`);
    if (response.status === 401 || response.status === 403)
      throw fail(`HTTP ${response.status}, check the credentials (${what})`);
    if (response.status === 429 || response.status >= 500)
      throw fail(`HTTP ${response.status}${attempts} (${what})`, true);
    throw fail(`HTTP ${response.status} (${what})`);
  }
  for (const note of [envelope.warnings, envelope.infos]) {
    if (Array.isArray(note))
      for (const w of note)
        deps.log?.(
          scrubSecrets(
            `${options.sourceId}: Prometheus warning: ${String(w)}; query: ${shorten(query)}`,
            options.secrets
          )
        );
  }
  return { envelope: envelope.data, fail };
}

function parseResult(data: ApiEnvelope['data'], fail: (message: string) => SourceError): PromSample[] {
  if (!data || typeof data !== 'object') throw fail('response has no "data"');
  const { resultType, result } = data;
  if (resultType === 'scalar') return [{ labels: {}, value: parseSampleValue(result, fail) }];
  if (resultType !== 'vector') {
    throw fail(
      `result type is ${JSON.stringify(resultType)}; expected an instant vector or a scalar (is a range selector missing a function such as increase()?)`
    );
  }
  if (!Array.isArray(result)) throw fail('vector result is not a list');
  return result.map((series: unknown) => {
    const s = series as { metric?: unknown; value?: unknown };
    const labels = s.metric && typeof s.metric === 'object' ? (s.metric as Record<string, string>) : {};
    return { labels, value: parseSampleValue(s.value, fail) };
  });
}

/** A sample is `[unixSeconds, "value"]`; values are strings so that NaN and ±Inf survive JSON. */
function parseSampleValue(sample: unknown, fail: (message: string) => SourceError): number {
  if (!Array.isArray(sample) || sample.length !== 2 || typeof sample[1] !== 'string')
    throw fail('sample is not [time, "value"]');
  const text = sample[1];
  if (text === 'NaN') return Number.NaN;
  if (text === '+Inf' || text === 'Inf') return Number.POSITIVE_INFINITY;
  if (text === '-Inf') return Number.NEGATIVE_INFINITY;
  const value = Number(text);
  if (text.trim() === '' || Number.isNaN(value))
    throw fail(`sample value ${JSON.stringify(text)} is not a number`);
  return value;
}

function shorten(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
