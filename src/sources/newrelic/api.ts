/**
 * A client for New Relic's NerdGraph (`POST /graphql`, `API-Key` header) that runs one NRQL query
 * and returns its result rows. GraphQL reports failures in an `errors` list, often with HTTP 200:
 * any entry there is a source error, never an empty answer.
 */
import { SourceError } from '../types.js';
import { request, type RequestDeps } from '../transport/request.js';
import { redactUrl, scrubSecrets } from '../transport/redact.js';
import type { NewRelicRegion } from '../../config/types.js';

export const NERDGRAPH_URLS: Record<NewRelicRegion, string> = {
  US: 'https://api.newrelic.com/graphql',
  EU: 'https://api.eu.newrelic.com/graphql',
  JP: 'https://api.jp.newrelic.com/graphql'
};

/** NerdGraph's NRQL field times out after 5 s unless asked for more (up to 120 s). */
export const NRQL_DEFAULT_TIMEOUT_S = 5;
const NRQL_MAX_TIMEOUT_S = 120;

/** NerdGraph allows 25 concurrent requests per user; a run never holds more than this. */
export const NERDGRAPH_MAX_CONCURRENT = 25;

export const NRQL_DOCUMENT = `query PostflightNrql($accountId: Int!, $nrql: Nrql!, $timeout: Seconds) {
  actor {
    account(id: $accountId) {
      nrql(query: $nrql, timeout: $timeout) {
        results
      }
    }
  }
}`;

export interface NewRelicClientOptions {
  sourceId: string;
  url: string;
  apiKey: string;
  accountId: number;
  timeoutMs: number;
  retries: number;
  maxResponseBytes: number;
  secrets: readonly string[];
}

export type NrqlRow = Record<string, unknown>;

export async function runNrql(
  options: NewRelicClientOptions,
  nrql: string,
  signal: AbortSignal,
  deps: RequestDeps
): Promise<NrqlRow[]> {
  // The server gives up a second before we do, so its own message explains a slow query.
  const serverTimeout = Math.min(
    NRQL_MAX_TIMEOUT_S,
    Math.max(NRQL_DEFAULT_TIMEOUT_S, Math.floor(options.timeoutMs / 1000) - 1)
  );
  const body = JSON.stringify({
    query: NRQL_DOCUMENT,
    variables: { accountId: options.accountId, nrql, timeout: serverTimeout }
  });
  const response = await withSlot(() =>
    request(
      {
        sourceId: options.sourceId,
        url: options.url,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          'API-Key': options.apiKey
        },
        body,
        timeoutMs: options.timeoutMs,
        retries: options.retries,
        maxResponseBytes: options.maxResponseBytes,
        signal,
        secrets: options.secrets
      },
      deps
    )
  );
  const fail = (message: string, retryable = false) =>
    new SourceError(
      scrubSecrets(
        `source "${options.sourceId}": POST ${redactUrl(options.url)}: ${message}; NRQL: ${shorten(nrql)}`,
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
  const graphqlErrors = errorsOf(parsed);
  if (response.status !== 200) {
    const what =
      graphqlErrors ?? (parsed === undefined ? `not JSON: ${shorten(response.body, 120)}` : 'no message');
    const attempts = response.attempts > 1 ? ` after ${response.attempts} attempts` : '';
    if (response.status === 401 || response.status === 403)
      throw fail(`HTTP ${response.status}, check the user API key and the region (${what})`);
    if (response.status === 429 || response.status >= 500)
      throw fail(`HTTP ${response.status}${attempts} (${what})`, true);
    throw fail(`HTTP ${response.status} (${what})`);
  }
  if (parsed === undefined) throw fail(`response is not JSON (${shorten(response.body, 120)})`);
  if (graphqlErrors !== undefined) throw fail(`NerdGraph answered with errors: ${graphqlErrors}`);
  const results = dig(parsed, ['data', 'actor', 'account', 'nrql', 'results']);
  if (results === null || results === undefined)
    throw fail('response has no data.actor.account.nrql.results (is the account id right for this key?)');
  if (
    !Array.isArray(results) ||
    !results.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r))
  )
    throw fail('nrql.results is not a list of rows');
  return results as NrqlRow[];
}

function errorsOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const errors = (body as { errors?: unknown }).errors;
  if (!Array.isArray(errors) || errors.length === 0) return undefined;
  const messages = errors.map((e) =>
    typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string'
      ? (e as { message: string }).message
      : JSON.stringify(e)
  );
  return shorten(messages.join('; '), 300);
}

function dig(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

let inFlight = 0;
const waiting: (() => void)[] = [];

/** At most NERDGRAPH_MAX_CONCURRENT requests at once in this process; the rest wait their turn. */
async function withSlot<T>(run: () => Promise<T>): Promise<T> {
  if (inFlight >= NERDGRAPH_MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  inFlight++;
  try {
    return await run();
  } finally {
    inFlight--;
    waiting.shift()?.();
  }
}

function shorten(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
