/**
 * The `http` source: probes a health endpoint `probes` times per poll.
 *
 * Readings per poll: a `health` reading `<id>` (unhealthy when any probe was; the detail names the
 * first failing probe) and a `count` reading `<id>:errors` (unhealthy probes of all probes).
 *
 * Service unhealthy (a reading) vs probe could not run (SourceError): any HTTP answer is judged,
 * whatever its status; no answer within the timeout, a refused or reset connection and a TLS
 * certificate failure are what users of the service would see too, so they are unhealthy. A DNS
 * failure, an unreachable network or proxy, a response over `maxResponseBytes` and cancellation
 * say nothing reliable about the service: they throw SourceError and never count as healthy.
 *
 * The pre-deploy baseline phase yields no readings: both signals are judged against absolute limits.
 */
import type { HttpSourceConfig } from '../../config/types.js';
import type { PollWindow, Reading, SignalSpec, Source } from '../types.js';
import { registerSecrets, type SourceDeps } from '../deps.js';
import { RequestError, request, type HttpResponse } from '../transport/request.js';
import { isSecretHeader, scrubSecrets, secretsInUrl } from '../transport/redact.js';
import { evaluateJsonPath, parseJsonPath, type PathStep } from './json-path.js';
import {
  detectFormat,
  readActuator,
  readHealthJson,
  type BodyVerdict,
  type HealthFormat
} from './health-formats.js';
import { checkVersion } from './version-check.js';

/** Network failures that mean the service itself is not answering properly. */
const SERVICE_DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID'
]);

interface ProbeResult {
  healthy: boolean;
  detail: string;
  latencyMs?: number;
  /** The format the answer was read in (absent when no answer came). */
  format?: HealthFormat;
}

interface CompiledExpectation {
  path: string;
  steps: PathStep[];
  equals?: string | number | boolean;
  contains?: string;
}

export function createHttpSource(config: HttpSourceConfig, deps: SourceDeps = {}): Source {
  const expectations = validate(config);
  const secrets = registerSecrets(deps, [
    ...Object.entries(config.headers)
      .filter(([name]) => isSecretHeader(name))
      .map(([, value]) => value),
    ...secretsInUrl(config.url)
  ]);

  const signals: SignalSpec[] = [
    {
      id: config.id,
      kind: 'health',
      baseline: 'absolute',
      critical: config.critical,
      failAfter: config.failAfter
    },
    {
      id: `${config.id}:errors`,
      kind: 'count',
      baseline: 'absolute',
      critical: config.critical,
      maxErrorRate: config.maxErrorRate
    }
  ];

  /**
   * With `format: auto`, the health format the service first answered in: a later answer in
   * another one (an HTML login page, an empty or unparsable body) is not the service's health.
   */
  let established: HealthFormat | undefined;

  async function probe(signal: AbortSignal): Promise<ProbeResult> {
    let response: HttpResponse;
    try {
      response = await request(
        {
          sourceId: config.id,
          url: config.url,
          method: config.method,
          headers: config.headers,
          timeoutMs: config.timeoutMs,
          retries: config.retries,
          retryOnStatus: false,
          // Every attempt that timed out or was reset is an unhealthy observation; a retry may
          // cure only what is not the service's answer (a DNS hiccup, a proxy failing).
          isTargetFailure: (failure, code) => failure === 'timeout' || SERVICE_DOWN_CODES.has(code ?? ''),
          reuseConnection: false,
          maxResponseBytes: config.maxResponseBytes,
          signal,
          secrets
        },
        deps
      );
    } catch (error) {
      if (
        error instanceof RequestError &&
        (error.failure === 'timeout' ||
          (error.failure === 'network' && SERVICE_DOWN_CODES.has(error.code ?? '')))
      ) {
        return { healthy: false, detail: error.reason };
      }
      throw error;
    }
    const result = judgeResponse(config, expectations, response, established);
    if (result.format !== 'plain') established ??= result.format;
    return result;
  }

  return {
    id: config.id,
    type: 'http',
    critical: config.critical,
    signals,
    async poll(window: PollWindow): Promise<Reading[]> {
      if (window.phase === 'baseline') return [];
      const results: ProbeResult[] = [];
      // One after another: a health gate should not load the service it is judging.
      for (let i = 0; i < config.probes; i++) results.push(await probe(window.signal));
      const failures = results.filter((r) => !r.healthy);
      const shown = failures[0] ?? results[results.length - 1]!;
      const tally =
        config.probes > 1 && failures.length > 0
          ? ` [${failures.length} of ${config.probes} probes unhealthy]`
          : '';
      const health: Reading = {
        signal: config.id,
        kind: 'health',
        group: 'canary',
        healthy: failures.length === 0,
        // A server echoing the request (its headers, the URL) must not carry a credential into the report.
        detail: scrubSecrets(shown.detail + tally, secrets),
        ...(shown.latencyMs !== undefined ? { latencyMs: shown.latencyMs } : {})
      };
      const count: Reading = {
        signal: `${config.id}:errors`,
        kind: 'count',
        group: 'canary',
        errors: failures.length,
        total: results.length
      };
      return [health, count];
    }
  };
}

function validate(config: HttpSourceConfig): CompiledExpectation[] {
  const where = `http source "${config.id}"`;
  let url: URL;
  try {
    url = new URL(config.url);
  } catch {
    throw new Error(`${where}: url must be an absolute http(s) URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${where}: url must use http or https, not ${url.protocol}`);
  if (!Number.isInteger(config.probes) || config.probes < 1)
    throw new Error(`${where}: probes must be a whole number of at least 1, got ${config.probes}`);
  for (const status of config.expectStatus) {
    if (!Number.isInteger(status) || status < 100 || status > 599)
      throw new Error(`${where}: expect-status entries must be HTTP status codes (100-599), got ${status}`);
  }
  return config.expect.map((entry, i) => {
    if (entry.equals === undefined && entry.contains === undefined) {
      throw new Error(`${where}: expect[${i}] (${entry.path}) needs "equals" or "contains"`);
    }
    try {
      return { ...entry, steps: parseJsonPath(entry.path) };
    } catch (error) {
      throw new Error(`${where}: expect[${i}]: ${(error as Error).message}`, { cause: error });
    }
  });
}

/** Applies every configured expectation to one answer. */
function judgeResponse(
  config: HttpSourceConfig,
  expectations: CompiledExpectation[],
  response: HttpResponse,
  established: HealthFormat | undefined
): ProbeResult {
  const problems: string[] = [];
  const notes: string[] = [];
  const json = parseJson(response.body);
  const contentType = response.headers.get('content-type');
  const format = detectFormat(config.format, contentType, json);
  let summary: string | undefined;
  if (established !== undefined && format !== established) {
    problems.push(
      `format changed: answered ${describeAnswer(format, contentType, response.body, json)} where it answered ${established} before`
    );
  }

  if (format !== 'plain') {
    const verdict: BodyVerdict =
      json === undefined
        ? { healthy: false, summary: `body is not JSON (expected ${format})` }
        : format === 'actuator'
          ? readActuator(json)
          : readHealthJson(json);
    summary = verdict.summary;
    if (!verdict.healthy) problems.push(verdict.summary);
    if (verdict.note) notes.push(verdict.note);
  }
  if (config.bodyContains !== undefined && !response.body.includes(config.bodyContains)) {
    problems.push(`body does not contain ${JSON.stringify(config.bodyContains)}`);
  }
  for (const expectation of expectations) {
    const problem = checkExpectation(expectation, json);
    if (problem) problems.push(problem);
  }
  if (config.maxLatencyMs !== undefined && response.latencyMs > config.maxLatencyMs) {
    problems.push(`slower than ${config.maxLatencyMs} ms`);
  }
  if (config.expectVersion) {
    const version = checkVersion(config.expectVersion, response, json);
    if (!version.live) problems.push(version.detail);
    else notes.push(version.detail);
  }
  const statusOk =
    config.expectStatus.length === 0
      ? response.status >= 200 && response.status < 300
      : config.expectStatus.includes(response.status);
  // A body that explains the failure says more than the status code; otherwise name what was expected.
  if (!statusOk && problems.length === 0) {
    problems.push(
      config.expectStatus.length === 0
        ? 'expected a 2xx status'
        : `expected status ${config.expectStatus.join(' or ')}`
    );
  }

  const head = `HTTP ${response.status} in ${response.latencyMs} ms`;
  const words =
    problems.length > 0
      ? problems
      : [summary, ...notes.filter((n) => !summary?.includes(n))].filter((s): s is string => !!s);
  const uniqueWords = [...new Set(words)];
  return {
    healthy: statusOk && problems.length === 0,
    detail: uniqueWords.length > 0 ? `${head}: ${uniqueWords.join('; ')}` : head,
    latencyMs: response.latencyMs,
    format
  };
}

/** An answer's format in words, for "format changed" (never the body itself). */
function describeAnswer(
  format: HealthFormat,
  contentType: string | null,
  body: string,
  json: unknown
): string {
  if (format !== 'plain') return format;
  if (body.trim() === '') return 'an empty body';
  if (/^\s*<(!doctype|html|head|body)\b/i.test(body) || (contentType ?? '').toLowerCase().includes('html'))
    return 'HTML';
  if (json === undefined) return 'a body that is not JSON';
  return 'JSON without a health status';
}

function parseJson(body: string): unknown {
  const trimmed = body.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

function checkExpectation(expectation: CompiledExpectation, json: unknown): string | undefined {
  if (json === undefined) return `${expectation.path}: body is not JSON`;
  const actual = evaluateJsonPath(json, expectation.steps);
  if (actual === undefined) return `${expectation.path} is missing`;
  if (expectation.equals !== undefined) {
    const same =
      actual === expectation.equals ||
      (typeof actual !== 'object' && actual !== null && String(actual) === String(expectation.equals));
    if (!same)
      return `${expectation.path} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expectation.equals)}`;
  }
  if (expectation.contains !== undefined) {
    const needle = expectation.contains;
    const found = Array.isArray(actual)
      ? actual.some((item) => item === needle || (typeof item !== 'object' && String(item) === needle))
      : typeof actual === 'string'
        ? actual.includes(needle)
        : JSON.stringify(actual).includes(needle);
    if (!found)
      return `${expectation.path} does not contain ${JSON.stringify(needle)} (is ${truncate(JSON.stringify(actual))})`;
  }
  return undefined;
}

function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
