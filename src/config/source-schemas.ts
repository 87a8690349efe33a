/**
 * The `sources:` entries of the config file: one schema per provider, each built on its first
 * use. A run builds the schemas of the types its config names (`sourceSchemaFor`), so a health
 * probe does not pay, before its first poll, for building what Datadog or CloudWatch accept.
 */
import * as z from 'zod';
import { HTTP_DEFAULTS, SOURCE_DEFAULTS } from './defaults.js';
import {
  SOURCE_ID_PATTERN,
  alwaysCheck,
  duration,
  httpUrl,
  isRecord,
  nonEmpty,
  once,
  reportDuplicates
} from './schema-kit.js';

const headers = once(() =>
  z
    .record(z.string(), z.string())
    .default({})
    .describe(
      'Extra request headers. Values may reference environment variables as `${NAME}`; values of secret-looking headers (auth, token, key, ...) are masked in logs.'
    )
);

const commonSourceShape = once(() => ({
  id: z
    .string()
    .regex(SOURCE_ID_PATTERN, {
      error: 'expected an id of lowercase letters, digits, `-`, `_` and `.`, starting with a letter or digit'
    })
    .describe('Unique id of the source; its signals are named `<id>` or `<id>:<name>`.'),
  critical: z
    .boolean()
    .default(SOURCE_DEFAULTS.critical)
    .describe('A critical signal that fails ends the verification at once with `fail`.'),
  timeout: duration('Timeout per request.', { timer: true }).prefault(SOURCE_DEFAULTS.timeout),
  retries: z
    .int()
    .min(0)
    .max(10)
    .default(SOURCE_DEFAULTS.retries)
    .describe('Retries after the first attempt on network errors, 429 and 5xx (Retry-After is honoured).'),
  'max-response-bytes': z
    .int()
    .min(1)
    .default(SOURCE_DEFAULTS.maxResponseBytes)
    .describe('Larger responses are reported as an error, never parsed partially.'),
  'max-consecutive-errors': z
    .int()
    .min(1)
    .default(SOURCE_DEFAULTS.maxConsecutiveErrors)
    .describe('Consecutive failed polls after which the signal ends as `on-error`.'),
  'on-error': z
    .enum(['inconclusive', 'fail'])
    .default(SOURCE_DEFAULTS.onError)
    .describe('What a source that keeps failing means for its signals. A provider error is never a pass.')
}));

const bodyExpectation = once(() =>
  z
    .strictObject({
      path: z
        .string()
        .regex(/^\$/, { error: 'expected a JSON path starting with `$`, like `$.status`' })
        .describe('JSON path into the body, like `$.status`.'),
      equals: z
        .union([z.string(), z.number(), z.boolean()])
        .optional()
        .describe('The value at the path must equal this.'),
      contains: z.string().optional().describe('The value at the path, as text, must contain this.')
    })
    .check(
      alwaysCheck((value, ctx) => {
        if (isRecord(value) && value.equals === undefined && value.contains === undefined) {
          ctx.addIssue({
            code: 'custom',
            message: 'expected `equals` or `contains` beside `path`',
            input: value
          });
        }
      })
    )
    .describe('An expectation on the JSON body.')
);

const httpSourceSchema = once(() =>
  z
    .strictObject({
      type: z.literal('http').describe('A health endpoint.'),
      ...commonSourceShape(),
      url: httpUrl('The health endpoint.'),
      method: z
        .enum(['GET', 'HEAD', 'POST'])
        .default(HTTP_DEFAULTS.method)
        .describe('HTTP method of the check.'),
      headers: headers(),
      'expect-status': z
        .array(z.int().min(100).max(599))
        .default([])
        .describe('Status codes that count as healthy; empty means any 2xx.'),
      format: z
        .enum(['auto', 'health+json', 'actuator', 'plain'])
        .default(HTTP_DEFAULTS.format)
        .describe('How to read the body: detect from the content type, or force a format.'),
      'body-contains': z.string().optional().describe('The body must contain this text.'),
      expect: z.array(bodyExpectation()).default([]).describe('Expectations on the JSON body.'),
      'max-latency': duration('A check slower than this is unhealthy.').optional(),
      'expect-version': z
        .strictObject({
          value: nonEmpty('The deployed version, e.g. `${GITHUB_SHA}`.'),
          header: z.string().optional().describe('Look in this response header instead of the body.')
        })
        .optional()
        .describe('The deployed version must appear in the body (or the named header).'),
      probes: z
        .int()
        .min(1)
        .max(100)
        .default(HTTP_DEFAULTS.probes)
        .describe('Probes per poll; their failures also form an error-rate signal `<id>:errors`.'),
      'fail-after': z
        .int()
        .min(1)
        .default(HTTP_DEFAULTS.failAfter)
        .describe('Consecutive unhealthy checks that fail the health signal.'),
      'max-error-rate': z
        .number()
        .min(0)
        .max(1)
        .default(HTTP_DEFAULTS.maxErrorRate)
        .describe('For the probe error-rate signal: the acceptable error rate (0..1).')
    })
    .describe('Health endpoint: status code, IETF health+json, Spring actuator, body expectations, latency.')
);

const prometheusAuth = once(() =>
  z
    .discriminatedUnion('type', [
      z.strictObject({
        type: z.literal('basic').describe('HTTP basic authentication.'),
        username: nonEmpty('User name (Grafana Cloud: the instance id).'),
        password: nonEmpty('Password or API key; write `${ENV_NAME}` to read it from the environment.')
      }),
      z.strictObject({
        type: z.literal('bearer').describe('A bearer token.'),
        token: nonEmpty('The token; write `${ENV_NAME}` to read it from the environment.')
      })
    ])
    .describe('Authentication. Secrets should reference environment variables as `${NAME}`.')
);

const level = once(() =>
  z
    .strictObject({
      name: z
        .string()
        .regex(SOURCE_ID_PATTERN, { error: 'expected a name of lowercase letters, digits, `-`, `_` and `.`' })
        .describe('Signal name; the signal is `<id>:<name>`.'),
      query: nonEmpty('PromQL returning one value; may use `$window` and `$version`.'),
      max: z.number().optional().describe('Fail above this value.'),
      min: z.number().optional().describe('Fail below this value.'),
      'max-ratio': z.number().gt(0).optional().describe('Fail above this multiple of the baseline level.'),
      unit: z.string().optional().describe('Unit for people reading the report, e.g. `s` or `%`.')
    })
    .check(
      alwaysCheck((value, ctx) => {
        if (
          isRecord(value) &&
          value.max === undefined &&
          value.min === undefined &&
          value['max-ratio'] === undefined
        ) {
          ctx.addIssue({
            code: 'custom',
            message: 'expected at least one bound: `max`, `min` or `max-ratio`',
            input: value
          });
        }
      })
    )
    .describe('A level signal (latency, saturation) with guardrail bounds.')
);

const latencyHistogram = once(() =>
  z
    .strictObject({
      name: z
        .string()
        .regex(SOURCE_ID_PATTERN, { error: 'expected a name of lowercase letters, digits, `-`, `_` and `.`' })
        .default('slow')
        .describe('Signal name; the signal is `<id>:<name>`.'),
      histogram: z
        .string()
        .regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, {
          error: 'expected a metric name without `_bucket`, e.g. `http_request_duration_seconds`'
        })
        .describe(
          'The histogram metric, without `_bucket` / `_count`, e.g. `http_request_duration_seconds`.'
        ),
      'slower-than': duration(
        'A request slower than this counts as an error; the bucket used is the smallest `le` at or above it.'
      ),
      matchers: z
        .string()
        .optional()
        .describe('Label matchers for the histogram series, e.g. `job="api", route!="/health"`.'),
      unit: z
        .enum(['seconds', 'milliseconds'])
        .default('seconds')
        .describe("The unit of the histogram's `le` values (Prometheus convention: seconds).")
    })
    .describe(
      'Latency as a count signal: requests slower than a threshold out of all requests, from a histogram.'
    )
);

const prometheusSourceSchema = once(() =>
  z
    .strictObject({
      type: z
        .literal('prometheus')
        .describe('Any Prometheus HTTP API: Prometheus, Thanos, Mimir, VictoriaMetrics, Grafana Cloud.'),
      ...commonSourceShape(),
      url: httpUrl('Base URL of the Prometheus HTTP API.'),
      auth: prometheusAuth().optional(),
      headers: headers(),
      errors: nonEmpty(
        'PromQL: errors in the window, e.g. `sum(increase(http_requests_total{code=~"5.."}[$window]))`.'
      ).optional(),
      total: nonEmpty('PromQL: all requests in the window.').optional(),
      ratio: nonEmpty('PromQL: the error ratio (0..1), used with `traffic`.').optional(),
      traffic: nonEmpty('PromQL: requests in the window, used with `ratio`.').optional(),
      compare: z
        .strictObject({
          label: nonEmpty('The label that tells versions apart, e.g. `version`.'),
          canary: nonEmpty('Its value for the deployed version, e.g. `${GITHUB_SHA}`.'),
          baseline: z
            .string()
            .optional()
            .describe('Its value for the old version; unset means every other value.')
        })
        .optional()
        .describe('Compare against the old version concurrently instead of a pre-deploy window.'),
      levels: z.array(level()).default([]).describe('Level signals, each `<id>:<name>`.'),
      latency: latencyHistogram().optional()
    })
    .check(
      alwaysCheck((value, ctx) => {
        if (!isRecord(value)) return;
        const fields = value as Record<string, unknown>;
        const has = (key: string) => fields[key] !== undefined;
        const pairs: [string, string][] = [
          ['errors', 'total'],
          ['ratio', 'traffic']
        ];
        for (const [a, b] of pairs) {
          if (has(a) !== has(b)) {
            const missing = has(a) ? b : a;
            ctx.addIssue({
              code: 'custom',
              message: `expected \`${missing}\` beside \`${has(a) ? a : b}\``,
              path: [missing],
              input: undefined
            });
          }
        }
        if (has('errors') && has('ratio')) {
          ctx.addIssue({
            code: 'custom',
            message: 'expected either `errors` + `total` or `ratio` + `traffic`, not both',
            path: ['ratio'],
            input: fields.ratio
          });
        }
        const levels = value.levels;
        const hasLevels = Array.isArray(levels) && levels.length > 0;
        if (
          !has('errors') &&
          !has('total') &&
          !has('ratio') &&
          !has('traffic') &&
          !has('latency') &&
          !hasLevels
        ) {
          ctx.addIssue({
            code: 'custom',
            message:
              'expected a signal: `errors` + `total`, or `ratio` + `traffic`, or `latency`, or at least one entry in `levels`',
            input: undefined
          });
        }
        if (Array.isArray(levels)) reportDuplicates(levels, 'name', ['levels'], 'levels', ctx);
      })
    )
    .describe('Prometheus-API metrics: an error-rate signal and level signals.')
);

/** `errors` and `total` come as a pair; a source needs them or at least one level. */
function countPairOrLevels(what: string) {
  return alwaysCheck<Record<string, unknown>>((value, ctx) => {
    if (!isRecord(value)) return;
    const has = (key: string) => value[key] !== undefined;
    if (has('errors') !== has('total')) {
      const missing = has('errors') ? 'total' : 'errors';
      ctx.addIssue({
        code: 'custom',
        message: `expected \`${missing}\` beside \`${has('errors') ? 'errors' : 'total'}\``,
        path: [missing],
        input: undefined
      });
    }
    const levels = value.levels;
    if (!has('errors') && !has('total') && !(Array.isArray(levels) && levels.length > 0)) {
      ctx.addIssue({
        code: 'custom',
        message: `expected a signal: \`errors\` + \`total\` (${what}), or at least one entry in \`levels\``,
        input: undefined
      });
    }
    if (Array.isArray(levels)) reportDuplicates(levels, 'name', ['levels'], 'levels', ctx);
  });
}

/** Concurrent comparison: `key` names what tells versions apart (a label, a tag, an attribute). */
function versionSplit<K extends string>(key: K, what: string) {
  return z
    .strictObject({
      ...({ [key]: nonEmpty(what) } as Record<K, ReturnType<typeof nonEmpty>>),
      canary: nonEmpty('Its value for the deployed version, e.g. `${GITHUB_SHA}`.'),
      baseline: z
        .string()
        .optional()
        .describe('Its value for the old version; unset means every other value.')
    })
    .optional()
    .describe('Compare against the old version concurrently instead of a pre-deploy window.');
}

const lokiSourceSchema = once(() =>
  z
    .strictObject({
      type: z
        .literal('loki')
        .describe('Grafana Loki: LogQL metric queries (`count_over_time`, `sum by (version)`).'),
      ...commonSourceShape(),
      url: httpUrl('Base URL of Loki (or of a Grafana Cloud Logs instance).'),
      auth: prometheusAuth().optional(),
      headers: headers(),
      tenant: z
        .string()
        .min(1, { error: 'expected a non-empty tenant id' })
        .optional()
        .describe('Multi-tenant Loki: the tenant, sent as `X-Scope-OrgID`.'),
      errors: nonEmpty(
        'LogQL: error lines in the window, e.g. `sum(count_over_time({app="shop"} |= "level=error" [$window]))`.'
      ).optional(),
      total: nonEmpty('LogQL: all request lines in the window.').optional(),
      compare: versionSplit('label', 'The stream label that tells versions apart, e.g. `version`.'),
      levels: z
        .array(level())
        .default([])
        .describe('Level signals (LogQL returning one value), each `<id>:<name>`.')
    })
    .check(countPairOrLevels('LogQL counting lines'))
    .describe('Grafana Loki: error and request counts from logs.')
);

/** Site names as Datadog's docs write them, mapped to the site parameter (the API host is `api.<site>`). */
export const DATADOG_SITES = {
  US1: 'datadoghq.com',
  US3: 'us3.datadoghq.com',
  US5: 'us5.datadoghq.com',
  EU: 'datadoghq.eu',
  EU1: 'datadoghq.eu',
  AP1: 'ap1.datadoghq.com',
  AP2: 'ap2.datadoghq.com',
  UK1: 'uk1.datadoghq.com',
  'US1-FED': 'ddog-gov.com'
} as const;
const DATADOG_DOMAINS = [...new Set(Object.values(DATADOG_SITES))];

const datadogSite = once(() =>
  z
    .string()
    .transform((value, ctx) => {
      const text = value.trim();
      const byName = DATADOG_SITES[text.toUpperCase() as keyof typeof DATADOG_SITES];
      const domain = byName ?? DATADOG_DOMAINS.find((d) => d === text.toLowerCase());
      if (domain === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `expected a Datadog site: one of ${Object.keys(DATADOG_SITES).join(', ')} or its domain (${DATADOG_DOMAINS.join(', ')})`,
          input: value
        });
        return z.NEVER;
      }
      return domain;
    })
    .default('datadoghq.com')
    .describe('Your Datadog site, e.g. `US1`, `EU` or `datadoghq.eu`.')
);

const datadogLevel = once(() =>
  level().describe('A level signal (a metric query returning one series) with guardrail bounds.')
);

const datadogSourceSchema = once(() =>
  z
    .strictObject({
      type: z.literal('datadog').describe('Datadog metrics through the v2 timeseries API.'),
      ...commonSourceShape(),
      site: datadogSite(),
      url: httpUrl('Overrides `https://api.<site>` (a proxy or a test double).').optional(),
      'api-key': nonEmpty('API key (`DD-API-KEY`); write `${DD_API_KEY}`.'),
      'app-key': nonEmpty(
        'Application key with the `timeseries_query` scope (`DD-APPLICATION-KEY`); write `${DD_APP_KEY}`.'
      ),
      errors: nonEmpty(
        'Metric query counting errors, e.g. `sum:trace.http.request.errors{service:shop,env:prod}.as_count()`.'
      ).optional(),
      total: nonEmpty(
        'Metric query counting all requests, e.g. `sum:trace.http.request.hits{service:shop}.as_count()`.'
      ).optional(),
      compare: versionSplit(
        'tag',
        'The tag that tells versions apart, e.g. `version` (unified service tagging).'
      ),
      levels: z.array(datadogLevel()).default([]).describe('Level signals, each `<id>:<name>`.')
    })
    .check(countPairOrLevels('metric queries with `.as_count()`'))
    .describe('Datadog: error and request counts from metrics, split by version when tagged.')
);

const levelByAlias = once(() =>
  z
    .strictObject({
      name: z
        .string()
        .regex(SOURCE_ID_PATTERN, { error: 'expected a name of lowercase letters, digits, `-`, `_` and `.`' })
        .describe('The alias in the NRQL (`... AS p99`); the signal is `<id>:<name>`.'),
      max: z.number().optional().describe('Fail above this value.'),
      min: z.number().optional().describe('Fail below this value.'),
      'max-ratio': z.number().gt(0).optional().describe('Fail above this multiple of the baseline level.'),
      unit: z.string().optional().describe('Unit for people reading the report, e.g. `ms`.')
    })
    .describe('A level read from the query by its alias, with guardrail bounds.')
);

const newRelicSourceSchema = once(() =>
  z
    .strictObject({
      type: z.literal('newrelic').describe('New Relic NRQL through NerdGraph.'),
      ...commonSourceShape(),
      region: z
        .string()
        .transform((value, ctx) => {
          const upper = value.trim().toUpperCase();
          if (upper === 'US' || upper === 'EU' || upper === 'JP') return upper;
          ctx.addIssue({
            code: 'custom',
            message: 'expected a New Relic region: US, EU or JP',
            input: value
          });
          return z.NEVER;
        })
        .default('US')
        .describe('The data center region of the account: `US`, `EU` or `JP`.'),
      url: httpUrl("Overrides the region's NerdGraph URL (a proxy or a test double).").optional(),
      'api-key': nonEmpty('A user API key (`NRAK-...`), sent as `API-Key`; write `${NEW_RELIC_API_KEY}`.'),
      'account-id': z.int().min(1).describe('The account the NRQL runs in.'),
      query: nonEmpty(
        "NRQL selecting `... AS errors` and `... AS total`, e.g. `SELECT filter(count(*), WHERE error IS true) AS errors, count(*) AS total FROM Transaction WHERE appName = 'shop'`; no SINCE, UNTIL, FACET or TIMESERIES."
      ),
      compare: versionSplit('attribute', 'The attribute that tells versions apart, e.g. `tags.version`.'),
      levels: z
        .array(levelByAlias())
        .default([])
        .describe('Levels read from the query by alias, each `<id>:<name>`.')
    })
    .check(
      alwaysCheck((value, ctx) => {
        if (!isRecord(value) || typeof value.query !== 'string') return;
        const clause = /\b(SINCE|UNTIL|FACET|TIMESERIES|COMPARE\s+WITH)\b/i.exec(value.query);
        if (clause) {
          ctx.addIssue({
            code: 'custom',
            message: `expected NRQL without \`${clause[1]!.toUpperCase()}\`: Postflight adds the window (SINCE/UNTIL), the version split (FACET) and the buckets (TIMESERIES)`,
            path: ['query'],
            input: value.query
          });
        }
        if (Array.isArray(value.levels)) reportDuplicates(value.levels, 'name', ['levels'], 'levels', ctx);
      })
    )
    .describe('New Relic: error and request counts from one NRQL query, faceted by version when asked.')
);

const oneOrMore = (description: string) =>
  z
    .union([nonEmpty(description), z.array(nonEmpty(description)).min(1)])
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .describe(description);

const sentrySourceSchema = once(() =>
  z
    .strictObject({
      type: z.literal('sentry').describe('Sentry: error events per release and crash-free sessions.'),
      ...commonSourceShape(),
      url: httpUrl(
        '`https://sentry.io` (default), `https://de.sentry.io` for EU data, or your self-hosted Sentry.'
      ).default('https://sentry.io'),
      token: nonEmpty(
        'An auth token with `org:read` and `project:read` (an internal integration or a user token); write `${SENTRY_AUTH_TOKEN}`.'
      ),
      organization: nonEmpty('The organization slug.'),
      projects: oneOrMore('Project slug(s) or id(s).'),
      environment: z
        .string()
        .min(1)
        .optional()
        .describe('The environment events are reported under, e.g. `production`.'),
      release: nonEmpty('The deployed release as the SDK reports it, e.g. `shop@${GITHUB_SHA}`.'),
      'compare-release': nonEmpty(
        'The previous release, for a concurrent comparison; unset: the pre-deploy window.'
      ).optional(),
      'crash-free': z
        .strictObject({
          min: z.number().gt(0).max(1).describe('Fail below this crash-free session rate (0..1).')
        })
        .optional()
        .describe('Crash-free sessions of the release as a level; Sentry gives them in hourly intervals.')
    })
    .describe(
      'Sentry: errors of transactions per release, against the previous release or the pre-deploy window.'
    )
);

const cloudWatchMetric = once(() =>
  z
    .strictObject({
      namespace: nonEmpty('The metric namespace, e.g. `AWS/ApplicationELB`.'),
      metric: nonEmpty('The metric name, e.g. `HTTPCode_Target_5XX_Count`.'),
      dimensions: z.record(z.string(), z.string()).default({}).describe('Dimension names and values.'),
      stat: nonEmpty('The statistic: `Sum` for counts; `p99`, `Average`... for levels.').default('Sum')
    })
    .describe('One CloudWatch metric.')
);

const cloudWatchSourceSchema = once(() =>
  z
    .strictObject({
      type: z.literal('cloudwatch').describe('AWS CloudWatch metrics through GetMetricData.'),
      ...commonSourceShape(),
      region: nonEmpty('AWS region; unset: `AWS_REGION`, then `AWS_DEFAULT_REGION`.').optional(),
      url: httpUrl(
        'Overrides `https://monitoring.<region>.amazonaws.com` (a VPC endpoint, a test double).'
      ).optional(),
      period: duration('Bucket length; a multiple of 60 s for standard-resolution metrics.').prefault('60s'),
      errors: cloudWatchMetric().optional(),
      total: cloudWatchMetric().optional(),
      compare: z
        .strictObject({
          dimension: nonEmpty('The dimension that tells versions apart, e.g. `TargetGroup`.'),
          canary: nonEmpty("Its value for the deployed version's resources."),
          baseline: nonEmpty("Its value for the old version's resources.")
        })
        .optional()
        .describe('Compare against the old version concurrently instead of a pre-deploy window.'),
      levels: z
        .array(
          cloudWatchMetric().extend({
            name: z
              .string()
              .regex(SOURCE_ID_PATTERN, {
                error: 'expected a name of lowercase letters, digits, `-`, `_` and `.`'
              })
              .describe('Signal name; the signal is `<id>:<name>`.'),
            max: z.number().optional().describe('Fail above this value.'),
            min: z.number().optional().describe('Fail below this value.'),
            'max-ratio': z
              .number()
              .gt(0)
              .optional()
              .describe('Fail above this multiple of the baseline level.'),
            unit: z.string().optional().describe('Unit for people reading the report.')
          })
        )
        .default([])
        .describe('Level signals, each `<id>:<name>`.')
    })
    .check(countPairOrLevels('CloudWatch metrics with the `Sum` statistic'))
    .describe('AWS CloudWatch: error and request counts, signed with the credentials in the environment.')
);

const bySourceType = {
  http: httpSourceSchema,
  prometheus: prometheusSourceSchema,
  loki: lokiSourceSchema,
  datadog: datadogSourceSchema,
  newrelic: newRelicSourceSchema,
  sentry: sentrySourceSchema,
  cloudwatch: cloudWatchSourceSchema
};

export type SourceType = keyof typeof bySourceType;
export const SOURCE_TYPES = Object.keys(bySourceType) as SourceType[];

/** The type every `sourceSchemaFor` union has: all providers, as the JSON Schema shows them. */
function everySourceSchema() {
  return z.discriminatedUnion('type', [
    httpSourceSchema(),
    prometheusSourceSchema(),
    lokiSourceSchema(),
    datadogSourceSchema(),
    newRelicSourceSchema(),
    sentrySourceSchema(),
    cloudWatchSourceSchema()
  ]);
}
export type SourceSchema = ReturnType<typeof everySourceSchema>;

/**
 * A `sources:` entry, for a config whose entries have the given types. Every provider stays in
 * the union, so the error for an unknown `type` lists them all; a provider no entry names is its
 * `type` alone, which no entry is ever parsed against (the union picks by `type`).
 */
export function sourceSchemaFor(types: ReadonlySet<string>): SourceSchema {
  if (SOURCE_TYPES.every((type) => types.has(type))) return everySourceSchema();
  const options = SOURCE_TYPES.map((type) =>
    types.has(type) ? bySourceType[type]() : z.strictObject({ type: z.literal(type) })
  );
  return z.discriminatedUnion(
    'type',
    options as unknown as [z.ZodObject, ...z.ZodObject[]]
  ) as unknown as SourceSchema;
}
