/**
 * A client for CloudWatch's `GetMetricData` over the AWS JSON 1.0 protocol (the one the AWS SDK
 * speaks to CloudWatch today: `X-Amz-Target: GraniteServiceVersion20100801.GetMetricData`),
 * signed with SigV4 by `aws4` (48 KB, no dependencies) rather than the 19 MB SDK: Postflight needs
 * one operation, and the signer loads only when a config names CloudWatch.
 *
 * It follows `NextToken` until the answer is whole, and reports throttling (HTTP 400
 * `Throttling`) as a transient answer the transport retries, not as a configuration problem.
 */
import aws4 from 'aws4';
import { SourceError } from '../types.js';
import { request, type RequestDeps } from '../transport/request.js';
import { redactUrl, scrubSecrets } from '../transport/redact.js';
import type { ResponseHeaders } from '../transport/transport.js';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export interface CloudWatchClientOptions {
  sourceId: string;
  /** `https://monitoring.<region>.amazonaws.com` or an override. */
  url: string;
  region: string;
  credentials: AwsCredentials;
  timeoutMs: number;
  retries: number;
  maxResponseBytes: number;
  secrets: readonly string[];
}

/** One entry of `MetricDataQueries`, in the API's own member names. */
export interface MetricDataQuery {
  Id: string;
  MetricStat?: {
    Metric: { Namespace: string; MetricName: string; Dimensions?: { Name: string; Value: string }[] };
    Period: number;
    Stat: string;
  };
  Expression?: string;
  ReturnData?: boolean;
}

export interface MetricDataResult {
  id: string;
  /** Epoch ms, as the API listed them (newest first by default). */
  timestamps: number[];
  values: number[];
  status: string;
  messages: string[];
}

/** Pages asked for at the most before the answer is called incomplete. */
const MAX_PAGES = 20;
const TARGET = 'GraniteServiceVersion20100801.GetMetricData';

/** Which AWS error an answer carries (the awsQuery-compatible header, else the JSON `__type`). */
export function awsErrorCode(headers: ResponseHeaders, body: string): string | undefined {
  const header = headers.get('x-amzn-query-error');
  if (header) return header.split(';')[0];
  try {
    const type = (JSON.parse(body) as { __type?: unknown }).__type;
    if (typeof type === 'string') return type.split('#').pop();
  } catch {
    // Not JSON: no code.
  }
  return undefined;
}

const THROTTLING = new Set([
  'Throttling',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException'
]);

export async function getMetricData(
  options: CloudWatchClientOptions,
  query: { queries: MetricDataQuery[]; from: number; to: number },
  signal: AbortSignal,
  deps: RequestDeps
): Promise<MetricDataResult[]> {
  const byId = new Map<string, MetricDataResult>();
  let nextToken: string | undefined;
  for (let page = 1; ; page++) {
    const answer = await onePage(options, { ...query, nextToken }, signal, deps);
    for (const result of answer.results) {
      const seen = byId.get(result.id);
      if (!seen) byId.set(result.id, result);
      else {
        seen.timestamps.push(...result.timestamps);
        seen.values.push(...result.values);
        seen.status = result.status;
        seen.messages.push(...result.messages);
      }
    }
    nextToken = answer.nextToken;
    if (!nextToken) break;
    if (page >= MAX_PAGES)
      throw new SourceError(
        `source "${options.sourceId}": GetMetricData still had more pages after ${MAX_PAGES}; use a longer period`,
        options.sourceId
      );
  }
  return [...byId.values()];
}

async function onePage(
  options: CloudWatchClientOptions,
  query: { queries: MetricDataQuery[]; from: number; to: number; nextToken: string | undefined },
  signal: AbortSignal,
  deps: RequestDeps
): Promise<{ results: MetricDataResult[]; nextToken?: string }> {
  const url = new URL(options.url);
  const body = JSON.stringify({
    MetricDataQueries: query.queries,
    // The JSON protocol's timestamps are epoch seconds.
    StartTime: Math.floor(query.from / 1000),
    EndTime: Math.floor(query.to / 1000),
    ScanBy: 'TimestampAscending',
    ...(query.nextToken ? { NextToken: query.nextToken } : {})
  });
  const signed = aws4.sign(
    {
      host: url.host,
      path: url.pathname + url.search,
      method: 'POST',
      service: 'monitoring',
      region: options.region,
      headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': TARGET },
      body
    },
    options.credentials
  );
  const headers = Object.fromEntries(
    Object.entries(signed.headers ?? {})
      // The transport sets Host from the URL, as signed; Content-Length is signed and sent as is.
      .filter(([name]) => !/^host$/i.test(name))
      .map(([name, value]) => [name, String(value)])
  );
  const response = await request(
    {
      sourceId: options.sourceId,
      url: url.toString(),
      method: 'POST',
      headers,
      body,
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      maxResponseBytes: options.maxResponseBytes,
      signal,
      secrets: options.secrets,
      isTransient: (status, h, text) => status === 400 && THROTTLING.has(awsErrorCode(h, text) ?? '')
    },
    deps
  );
  const fail = (message: string, retryable = false) =>
    new SourceError(
      scrubSecrets(
        `source "${options.sourceId}": GetMetricData at ${redactUrl(options.url)}: ${message}`,
        options.secrets
      ),
      options.sourceId,
      response.status,
      retryable
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    parsed = undefined;
  }
  if (response.status !== 200) {
    const code = awsErrorCode(response.headers, response.body);
    const message =
      parsed && typeof parsed === 'object'
        ? String(
            (parsed as { message?: unknown; Message?: unknown }).message ??
              (parsed as { Message?: unknown }).Message ??
              ''
          )
        : response.body.slice(0, 200);
    const what = `${code ?? 'error'}${message ? `: ${message}` : ''}`;
    if (code !== undefined && THROTTLING.has(code))
      throw fail(`HTTP ${response.status}, throttled after ${response.attempts} attempts (${what})`, true);
    if (code === 'ExpiredToken' || code === 'ExpiredTokenException')
      throw fail(
        `the AWS credentials have expired (${what}); give aws-actions/configure-aws-credentials a role-duration-seconds that covers the verification window`
      );
    if (
      code === 'InvalidClientTokenId' ||
      code === 'UnrecognizedClientException' ||
      code === 'SignatureDoesNotMatch'
    )
      throw fail(`HTTP ${response.status}, AWS did not accept the credentials or their signature (${what})`);
    if (response.status === 403 || code === 'AccessDenied' || code === 'AccessDeniedException')
      throw fail(
        `HTTP ${response.status}, the role may not read metrics: allow cloudwatch:GetMetricData (${what})`
      );
    if (response.status >= 500)
      throw fail(`HTTP ${response.status} after ${response.attempts} attempts (${what})`, true);
    throw fail(`HTTP ${response.status}, the request was rejected (${what})`);
  }
  if (!isRecord(parsed)) throw fail(`response is not JSON (${response.body.slice(0, 120)})`);
  const results = parsed.MetricDataResults ?? [];
  if (!Array.isArray(results)) throw fail('MetricDataResults is not a list');
  const nextToken =
    typeof parsed.NextToken === 'string' && parsed.NextToken !== '' ? parsed.NextToken : undefined;
  return {
    nextToken,
    results: results.map((raw, i) => {
      if (!isRecord(raw) || typeof raw.Id !== 'string') throw fail(`MetricDataResults[${i}] has no Id`);
      const timestamps = raw.Timestamps ?? [];
      const values = raw.Values ?? [];
      if (!Array.isArray(timestamps) || !Array.isArray(values) || timestamps.length !== values.length)
        throw fail(`MetricDataResults[${i}] (${raw.Id}): Timestamps and Values do not pair up`);
      if (
        !timestamps.every((t) => typeof t === 'number') ||
        !values.every((v) => typeof v === 'number' && Number.isFinite(v))
      )
        throw fail(`MetricDataResults[${i}] (${raw.Id}): a timestamp or value is not a number`);
      const messages = Array.isArray(raw.Messages)
        ? raw.Messages.map((m) =>
            isRecord(m) ? `${String(m.Code ?? '')}: ${String(m.Value ?? '')}` : String(m)
          )
        : [];
      return {
        id: raw.Id,
        timestamps: (timestamps as number[]).map((t) => t * 1000),
        values: values as number[],
        status: typeof raw.StatusCode === 'string' ? raw.StatusCode : 'Complete',
        messages
      };
    })
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
