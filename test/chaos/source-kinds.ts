/**
 * One entry per source type the chaos matrix runs against: how a source of that type is written
 * (with the canary in every credential position), what a healthy service answers, and the faults
 * only that type has (wrong values in a well-formed answer). A new provider plugs in here.
 */
import { echoHeaders, type Answer, type Exchange } from './servers.js';
import { BASIC_USER } from './canary.js';
import { VENDOR_KINDS } from './vendor-kinds.js';

export interface Fault {
  name: string;
  /** Answers once the fault is on (after the source type's warm-up). */
  serve(exchange: Exchange, kind: SourceKind, elsewhere: string): void;
  /**
   * The service data behind the fault is genuinely healthy, so a pass is right: a metrics store's
   * hiccup that a retry cures, or a redirect to a healthy answer.
   */
  passAllowed?: (kind: SourceKind) => boolean;
}

export interface SourceKind {
  type: string;
  /** The config of one source of this type reading from `url`. */
  yaml(url: string): string;
  /** A healthy service's answer to this request. */
  healthy(exchange: Exchange): Answer;
  /** The longest one poll can take with the config above (attempts x timeout, plus backoff). */
  longestPollMs: number;
  /** An answer that leaves the verdict pending for a while (for cancelling a run mid-way). */
  undecided?(exchange: Exchange): Answer;
  /** Requests answered healthily before the fault starts (the service was fine before the deploy). */
  warmUp: number;
  /**
   * The source reads a store about the service (its retries may cure the store's hiccups), rather
   * than the service itself (where every failed attempt is the service's answer).
   */
  readsAStore: boolean;
  valueFaults: Fault[];
  /** Environment the source reads besides the canary variables (e.g. AWS credentials). */
  env?: Record<string, string>;
}

// A generous timeout: on a busy 2-core machine a fresh connection to a healthy server can take
// a few hundred ms, and a healthy probe that timed out would be (rightly) unhealthy.
const COMMON = `    timeout: 1000ms\n    max-response-bytes: 65536\n    max-consecutive-errors: 2\n`;

const HEALTH_JSON: Answer = {
  status: 200,
  headers: { 'content-type': 'application/health+json' },
  body: '{"status":"pass","version":"2"}'
};

export const httpKind: SourceKind = {
  type: 'http',
  yaml: (url) => {
    const withUser = url.replace('http://', `http://${BASIC_USER}:\${CHAOS_PASSWORD}@`);
    return (
      `  - id: web\n    type: http\n    url: "${withUser}/health"\n` +
      `    headers: {X-Api-Key: "\${CHAOS_API_KEY}", X-Auth: "\${CHAOS_TOKEN}", X-Scope-OrgID: "\${CHAOS_TENANT}"}\n` +
      `    probes: 3\n    retries: 2\n    fail-after: 2\n${COMMON}`
    );
  },
  healthy: () => HEALTH_JSON,
  // Three probes one after another, each ending at its 1 s timeout.
  longestPollMs: 3000,
  warmUp: 3,
  readsAStore: false,
  valueFaults: [
    {
      name: 'health+json fail',
      serve: (x) =>
        x.res
          .writeHead(503, { 'content-type': 'application/health+json' })
          .end('{"status":"fail","checks":{"db":[{"status":"fail","output":"pool exhausted"}]}}')
    },
    {
      // A debug health check that quotes the request: its Authorization header (the Basic value
      // built from the URL's userinfo) and the configured secret headers come back in the detail.
      name: 'health+json fail quoting the request headers',
      serve: (x) =>
        x.res
          .writeHead(503, { 'content-type': 'application/health+json' })
          .end(
            JSON.stringify({ status: 'fail', checks: { echo: [{ status: 'fail', output: echoHeaders(x) }] } })
          )
    },
    {
      name: 'health+json unknown status',
      serve: (x) =>
        x.res.writeHead(200, { 'content-type': 'application/health+json' }).end('{"status":"meh"}')
    },
    {
      name: 'actuator DOWN with 200',
      serve: (x) => x.res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"DOWN"}')
    }
  ]
};

/** Prometheus instant vector as the real API writes it (values as strings). */
function vector(values: Record<string, string>): Answer {
  const t = Date.now() / 1000;
  const result = Object.entries(values).map(([version, value]) => ({
    metric: { version },
    value: [t, value]
  }));
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status: 'success', data: { resultType: 'vector', result } })
  };
}

function isErrorsQuery(x: Exchange): boolean {
  return (new URLSearchParams(x.body).get('query') ?? '').includes('chaos_errors');
}

function onApiPath(x: Exchange): boolean {
  return new URL(x.req.url ?? '/', 'http://x').pathname.endsWith('/api/v1/query');
}

/** Errors and totals per version for one poll. */
function counts(x: Exchange, errors: Record<string, string>, totals: Record<string, string>): Answer {
  if (!onApiPath(x))
    return { status: 404, headers: { 'content-type': 'text/plain' }, body: '404 page not found' };
  return vector(isErrorsQuery(x) ? errors : totals);
}

const valueFault = (name: string, errors: Record<string, string>, totals: Record<string, string>): Fault => ({
  name,
  serve: (x) => {
    const a = counts(x, errors, totals);
    x.res.writeHead(a.status, a.headers).end(a.body);
  }
});

export const prometheusKind: SourceKind = {
  type: 'prometheus',
  yaml: (url) =>
    `  - id: metrics\n    type: prometheus\n    url: "${url}/prom?tenant=chaos"\n` +
    `    auth: {type: basic, username: ${BASIC_USER}, password: "\${CHAOS_PASSWORD}"}\n` +
    `    headers: {X-Auth: "\${CHAOS_TOKEN}", X-Api-Key: "\${CHAOS_API_KEY}", X-Scope-OrgID: "\${CHAOS_TENANT}"}\n` +
    `    errors: sum by (version) (increase(chaos_errors[$window]))\n` +
    `    total: sum by (version) (increase(chaos_total[$window]))\n` +
    `    compare: {label: version, canary: v2}\n    retries: 1\n${COMMON}`,
  // Clearly healthy: the new version has no errors where the old one has a few, on real traffic.
  healthy: (x) => counts(x, { v2: '0', v1: '10' }, { v2: '5000', v1: '5000' }),
  // The same error rate on both sides: neither a regression nor a confident pass for a while.
  undecided: (x) => counts(x, { v2: '5', v1: '5' }, { v2: '5000', v1: '5000' }),
  // Two attempts of 1 s and a backoff or Retry-After of up to 1 s (the queries run at once).
  longestPollMs: 3000,
  warmUp: 0,
  readsAStore: true,
  valueFaults: [
    valueFault('negative errors', { v2: '-40', v1: '1' }, { v2: '2000', v1: '2000' }),
    valueFault(
      'errors > total, baseline equally broken',
      { v2: '3000', v1: '3000' },
      { v2: '1000', v1: '1000' }
    ),
    valueFault('NaN errors', { v2: 'NaN', v1: '1' }, { v2: '2000', v1: '2000' }),
    valueFault('+Inf total', { v2: '1', v1: '1' }, { v2: '+Inf', v1: '2000' }),
    valueFault('-Inf errors', { v2: '-Inf', v1: '1' }, { v2: '2000', v1: '2000' }),
    valueFault('1e308 errors', { v2: '1e308', v1: '1' }, { v2: '2000', v1: '2000' }),
    valueFault('negative total', { v2: '0', v1: '0' }, { v2: '-2000', v1: '-2000' }),
    valueFault('empty result', {}, {}),
    {
      name: 'non-numeric sample',
      serve: (x) =>
        x.res.writeHead(200, { 'content-type': 'application/json' }).end(vector({ v2: 'abc' }).body)
    },
    {
      name: 'matrix result type',
      serve: (x) =>
        x.res
          .writeHead(200, { 'content-type': 'application/json' })
          .end('{"status":"success","data":{"resultType":"matrix","result":[]}}')
    },
    {
      name: 'error envelope 422',
      serve: (x) =>
        x.res
          .writeHead(422, { 'content-type': 'application/json' })
          .end(
            '{"status":"error","errorType":"execution","error":"query processing would load too many samples"}'
          )
    }
  ]
};

export const SOURCE_KINDS: SourceKind[] = [httpKind, prometheusKind, ...VENDOR_KINDS];
