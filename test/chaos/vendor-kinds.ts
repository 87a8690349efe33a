/**
 * The vendor providers in the chaos matrix: Loki, Datadog, New Relic, Sentry and CloudWatch, each
 * answering as its real API does (the shapes their fakes in test/support check against the
 * vendors' descriptions), with the canary in every credential position and the faults only a
 * well-formed answer can carry (nulls, negative counts, errors above total, errors inside a 200).
 *
 * A healthy answer is clearly healthy, as for Prometheus: the new version has no errors where the
 * old one has a few, on real traffic. Stores that answer in buckets answer in one-second buckets
 * here, so that a five-second window holds complete ones.
 */
import type { Answer, Exchange } from './servers.js';
import { BASIC_USER, CANARY_ENV } from './canary.js';
import type { Fault, SourceKind } from './source-kinds.js';

const COMMON = `    timeout: 400ms\n    max-response-bytes: 65536\n    max-consecutive-errors: 2\n    retries: 1\n`;
const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body)
});
const serveAnswer = (answer: (x: Exchange) => Answer) => (x: Exchange) => {
  const a = answer(x);
  x.res.writeHead(a.status, a.headers ?? {}).end(a.body);
};
const pathOf = (x: Exchange) => new URL(x.req.url ?? '/', 'http://x').pathname;
const notFound: Answer = { status: 404, headers: { 'content-type': 'text/plain' }, body: 'not found' };

/** Per version and role: what one poll (or one bucket) of a healthy service counts. */
type Counts = { errors: Record<string, number | null>; total: Record<string, number | null> };
const HEALTHY: Counts = { errors: { v2: 0, v1: 10 }, total: { v2: 5000, v1: 5000 } };

/**
 * What a provider may rightly make of two of the faults: a store that estimates counts
 * (`increase()`, LogQL over ranges, Datadog's interpolated `.as_count()`) has fractions, and a
 * store that drops empty groups (PromQL, LogQL, Sentry's table) means zero errors by an absent
 * errors series once the group has traffic. Both are then healthy data, and a pass is right.
 */
interface Semantics {
  estimatesCounts: boolean;
  absentErrorsAreZero: boolean;
}

function valueFaults(
  answer: (x: Exchange, counts: Counts) => Answer,
  semantics: Semantics,
  extra: Fault[] = []
): Fault[] {
  const fault = (name: string, counts: Counts, passAllowed = false): Fault => ({
    name,
    serve: serveAnswer((x) => answer(x, counts)),
    ...(passAllowed ? { passAllowed: () => true } : {})
  });
  return [
    fault('negative errors', { errors: { v2: -40, v1: 1 }, total: HEALTHY.total }),
    fault('errors > total, baseline equally broken', {
      errors: { v2: 3000, v1: 3000 },
      total: { v2: 1000, v1: 1000 }
    }),
    fault(
      'fractional counts',
      { errors: { v2: 0.4, v1: 1 }, total: { v2: 2000.5, v1: 2000 } },
      semantics.estimatesCounts
    ),
    fault(
      'null or absent errors',
      { errors: { v2: null, v1: 1 }, total: HEALTHY.total },
      semantics.absentErrorsAreZero
    ),
    fault('no series at all', { errors: {}, total: {} }),
    ...extra
  ];
}

// ---------------------------------------------------------------- Loki (Prometheus envelope)
function lokiAnswer(x: Exchange, counts: Counts): Answer {
  if (!pathOf(x).endsWith('/loki/api/v1/query')) return notFound;
  const role = (new URLSearchParams(x.body).get('query') ?? '').includes('level=error') ? 'errors' : 'total';
  const t = Date.now() / 1000;
  const result = Object.entries(counts[role])
    .filter(([, v]) => v !== null)
    .map(([version, v]) => ({ metric: { version }, value: [t, String(v)] }));
  return json({ status: 'success', data: { resultType: 'vector', result } });
}

export const lokiKind: SourceKind = {
  type: 'loki',
  yaml: (url) =>
    `  - id: logs\n    type: loki\n    url: "${url}"\n    tenant: "\${CHAOS_TENANT}"\n` +
    `    auth: {type: basic, username: ${BASIC_USER}, password: "\${CHAOS_PASSWORD}"}\n` +
    `    errors: sum by (version) (count_over_time({app="chaos"} |= "level=error" [$window]))\n` +
    `    total: sum by (version) (count_over_time({app="chaos"} [$window]))\n` +
    `    compare: {label: version, canary: v2}\n${COMMON}`,
  healthy: (x) => lokiAnswer(x, HEALTHY),
  // Two attempts of 400 ms and a backoff or rate-limit wait of up to 1 s.
  longestPollMs: 3000,
  warmUp: 0,
  readsAStore: true,
  valueFaults: valueFaults(lokiAnswer, { estimatesCounts: true, absentErrorsAreZero: true }, [
    {
      name: 'plain-text parse error 400',
      serve: (x) =>
        x.res
          .writeHead(400, { 'content-type': 'text/plain' })
          .end('parse error at line 1, col 5: syntax error')
    }
  ])
};

// ---------------------------------------------------------------- Datadog (v2 timeseries)
function datadogAnswer(x: Exchange, counts: Counts): Answer {
  if (!pathOf(x).endsWith('/api/v2/query/timeseries')) return notFound;
  const { from, to } = (JSON.parse(x.body) as { data: { attributes: { from: number; to: number } } }).data
    .attributes;
  const times: number[] = [];
  for (let t = Math.floor(from / 1000) * 1000; t < to; t += 1000) times.push(t);
  const series: unknown[] = [];
  const values: unknown[] = [];
  (['errors', 'total'] as const).forEach((role, index) => {
    for (const [version, v] of Object.entries(counts[role])) {
      series.push({ group_tags: [`version:${version}`], query_index: index, unit: [null] });
      // One-second buckets: one poll's worth each.
      values.push(times.map(() => v));
    }
  });
  return json({ data: { type: 'timeseries_response', attributes: { series, times, values } } });
}

export const datadogKind: SourceKind = {
  type: 'datadog',
  yaml: (url) =>
    `  - id: dd\n    type: datadog\n    url: "${url}"\n    api-key: "\${CHAOS_API_KEY}"\n    app-key: "\${CHAOS_TOKEN}"\n` +
    `    errors: sum:trace.http.request.errors{service:chaos} by {version}.as_count()\n` +
    `    total: sum:trace.http.request.hits{service:chaos} by {version}.as_count()\n` +
    `    compare: {tag: version, canary: v2}\n${COMMON}`,
  healthy: (x) => datadogAnswer(x, HEALTHY),
  // Two attempts of 400 ms and a backoff or rate-limit wait of up to 1 s.
  longestPollMs: 3000,
  warmUp: 0,
  readsAStore: true,
  valueFaults: valueFaults(datadogAnswer, { estimatesCounts: true, absentErrorsAreZero: false }, [
    { name: 'error string in a 200', serve: serveAnswer(() => json({ errors: 'Error parsing query' })) },
    {
      name: '429 with X-RateLimit-Reset 1 on every other request',
      serve: (x) =>
        x.n % 2 === 0
          ? x.res
              .writeHead(429, { 'x-ratelimit-reset': '1', 'x-ratelimit-remaining': '0' })
              .end('{"errors":["rate"]}')
          : serveAnswer((y) => datadogAnswer(y, HEALTHY))(x),
      passAllowed: () => true
    }
  ])
};

// ---------------------------------------------------------------- New Relic (NerdGraph NRQL)
function newRelicAnswer(x: Exchange, counts: Counts): Answer {
  if (!pathOf(x).endsWith('/graphql')) return notFound;
  const results = ['v2', 'v1']
    .filter((v) => v in counts.total)
    .map((version) => ({
      facet: version,
      'tags.version': version,
      errors: counts.errors[version] ?? null,
      total: counts.total[version]
    }));
  return json({ data: { actor: { account: { nrql: { results } } } } });
}

export const newRelicKind: SourceKind = {
  type: 'newrelic',
  yaml: (url) =>
    `  - id: nr\n    type: newrelic\n    url: "${url}/graphql"\n    api-key: "\${CHAOS_API_KEY}"\n    account-id: 1\n` +
    `    query: "SELECT filter(count(*), WHERE error IS true) AS errors, count(*) AS total FROM Transaction"\n` +
    `    compare: {attribute: tags.version, canary: v2}\n${COMMON}`,
  healthy: (x) => newRelicAnswer(x, HEALTHY),
  // Two attempts of 400 ms and a backoff or rate-limit wait of up to 1 s.
  longestPollMs: 3000,
  warmUp: 0,
  readsAStore: true,
  valueFaults: valueFaults(newRelicAnswer, { estimatesCounts: false, absentErrorsAreZero: false }, [
    {
      name: 'GraphQL errors in a 200',
      serve: serveAnswer(() =>
        json({ data: { actor: { account: { nrql: null } } }, errors: [{ message: 'NRQL Syntax Error' }] })
      )
    },
    {
      name: 'results keyed by the function, not the alias',
      serve: serveAnswer(() =>
        json({ data: { actor: { account: { nrql: { results: [{ facet: 'v2', 'count.*': 5000 }] } } } } })
      )
    }
  ])
};

// ---------------------------------------------------------------- Sentry (events table)
function sentryAnswer(x: Exchange, counts: Counts): Answer {
  if (!pathOf(x).endsWith('/events/')) return notFound;
  const params = new URL(x.req.url ?? '/', 'http://x').searchParams;
  const role = params.get('dataset') === 'errors' ? 'errors' : 'total';
  const data = Object.entries(counts[role])
    .filter(([, v]) => v !== null && v !== 0)
    .map(([release, v]) => ({ release, 'count()': v }));
  return json({ data, meta: { fields: { release: 'string', 'count()': 'integer' } } }, 200, {
    link: '<http://x/?cursor=0:100:0>; rel="next"; results="false"; cursor="0:100:0"'
  });
}

export const sentryKind: SourceKind = {
  type: 'sentry',
  yaml: (url) =>
    `  - id: sentry\n    type: sentry\n    url: "${url}"\n    token: "\${CHAOS_TOKEN}"\n    organization: chaos\n` +
    `    projects: [shop]\n    release: v2\n    compare-release: v1\n${COMMON}`,
  healthy: (x) => sentryAnswer(x, HEALTHY),
  // Two attempts of 400 ms and a backoff or rate-limit wait of up to 1 s.
  longestPollMs: 3000,
  warmUp: 0,
  readsAStore: true,
  valueFaults: valueFaults(sentryAnswer, { estimatesCounts: false, absentErrorsAreZero: true }, [
    {
      name: '429 with X-Sentry-Rate-Limit-Reset on every other request',
      serve: (x) =>
        x.n % 2 === 0
          ? x.res
              .writeHead(429, { 'x-sentry-rate-limit-reset': String(Math.ceil(Date.now() / 1000)) })
              .end('{"detail":"too many"}')
          : serveAnswer((y) => sentryAnswer(y, HEALTHY))(x),
      passAllowed: () => true
    }
  ])
};

// ---------------------------------------------------------------- CloudWatch (GetMetricData)
function cloudWatchAnswer(x: Exchange, counts: Counts): Answer {
  const input = JSON.parse(x.body || '{}') as {
    MetricDataQueries?: {
      Id: string;
      MetricStat: { Metric: { MetricName: string; Dimensions: { Name: string; Value: string }[] } };
    }[];
    StartTime?: number;
    EndTime?: number;
  };
  if (!input.MetricDataQueries) return notFound;
  const timestamps: number[] = [];
  for (let t = Math.floor(input.StartTime ?? 0); t < (input.EndTime ?? 0); t++) timestamps.push(t);
  const MetricDataResults = input.MetricDataQueries.map((q) => {
    const version = q.MetricStat.Metric.Dimensions.find((d) => d.Name === 'TargetGroup')?.Value ?? '';
    const role = q.MetricStat.Metric.MetricName === 'chaos_errors' ? 'errors' : 'total';
    const v = counts[role][version];
    return {
      Id: q.Id,
      Label: q.MetricStat.Metric.MetricName,
      Timestamps: v === null || v === undefined ? [] : timestamps,
      Values: v === null || v === undefined ? [] : timestamps.map(() => v),
      StatusCode: 'Complete'
    };
  });
  return {
    status: 200,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
    body: JSON.stringify({ MetricDataResults, Messages: [] })
  };
}

export const cloudWatchKind: SourceKind = {
  type: 'cloudwatch',
  yaml: (url) =>
    `  - id: cw\n    type: cloudwatch\n    url: "${url}/"\n    region: eu-west-1\n    period: 1s\n` +
    `    errors: {namespace: Chaos, metric: chaos_errors, dimensions: {Service: shop}}\n` +
    `    total: {namespace: Chaos, metric: chaos_total, dimensions: {Service: shop}}\n` +
    `    compare: {dimension: TargetGroup, canary: v2, baseline: v1}\n${COMMON}`,
  // The credentials configure-aws-credentials would export, as canaries.
  env: {
    AWS_ACCESS_KEY_ID: 'AKIACHAOS',
    AWS_SECRET_ACCESS_KEY: CANARY_ENV.CHAOS_TOKEN,
    AWS_SESSION_TOKEN: CANARY_ENV.CHAOS_API_KEY
  },
  healthy: (x) => cloudWatchAnswer(x, HEALTHY),
  // Two attempts of 400 ms and a backoff or rate-limit wait of up to 1 s.
  longestPollMs: 3000,
  warmUp: 0,
  readsAStore: true,
  valueFaults: valueFaults(cloudWatchAnswer, { estimatesCounts: false, absentErrorsAreZero: false }, [
    {
      name: 'HTTP 400 Throttling on every other request',
      serve: (x) =>
        x.n % 2 === 0
          ? x.res
              .writeHead(400, {
                'content-type': 'application/x-amz-json-1.0',
                'x-amzn-query-error': 'Throttling;Sender'
              })
              .end('{"__type":"com.amazonaws.cloudwatch#Throttling","message":"Rate exceeded"}')
          : serveAnswer((y) => cloudWatchAnswer(y, HEALTHY))(x),
      passAllowed: () => true
    },
    {
      name: 'expired credentials',
      serve: (x) =>
        x.res
          .writeHead(403, {
            'content-type': 'application/x-amz-json-1.0',
            'x-amzn-query-error': 'ExpiredToken;Sender'
          })
          .end(
            '{"__type":"com.amazonaws.cloudwatch#ExpiredToken","message":"The security token included in the request is expired"}'
          )
    },
    {
      name: 'PartialData forever',
      serve: serveAnswer((x) => {
        const a = cloudWatchAnswer(x, HEALTHY);
        const body = JSON.parse(a.body) as { MetricDataResults: { StatusCode: string }[] };
        for (const r of body.MetricDataResults) r.StatusCode = 'PartialData';
        return { ...a, body: JSON.stringify({ ...body, NextToken: `t${x.n}` }) };
      })
    }
  ])
};

export const VENDOR_KINDS: SourceKind[] = [lokiKind, datadogKind, newRelicKind, sentryKind, cloudWatchKind];
