/**
 * The one source of truth for `.github/postflight.yml`: keys are kebab-case as users write them;
 * `toConfig` turns the parsed output into the camelCase `Config` every job receives. The JSON
 * Schema for editors is emitted from this file (scripts/emit-schema.mjs), so every key carries a
 * description.
 *
 * Messages of our own checks start with "expected ..." so the error formatter can append what
 * was found and where.
 */
import * as z from 'zod';
import type { Config } from './types.js';
import {
  ASSESS_DEFAULTS,
  DEFAULTS,
  HTTP_DEFAULTS,
  INCIDENT_DEFAULTS,
  REVERT_DEFAULTS,
  SOURCE_DEFAULTS
} from './defaults.js';
import { DURATION_HINT, DURATION_TEXT, formatDuration, MAX_TIMER_MS, parseDuration } from './duration.js';

// Each schema is parsed once or twice per run: zod's compiled fast path (generated with
// `new Function` on the first parse of every object schema) costs more than it could ever win
// back, about 5 ms of the start-up before the first poll.
z.config({ jitless: true });

export const SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9-_.]*$/;

/** Object checks that run even when a field inside has an issue, so every problem is reported at once. */
function alwaysCheck<T>(check: (value: T, ctx: z.core.$RefinementCtx<T>) => void) {
  return z.superRefine<T>(check, { when: () => true });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function duration(description: string, { positive = true, timer = false } = {}) {
  return z
    .union(
      [
        z.string().regex(DURATION_TEXT, { error: `expected ${DURATION_HINT}` }),
        z.number().min(0, { error: `expected ${DURATION_HINT}` })
      ],
      { error: `expected ${DURATION_HINT}` }
    )
    .transform((value, ctx) => {
      const ms = parseDuration(value);
      if (ms === undefined || (positive && ms <= 0)) {
        ctx.addIssue({
          code: 'custom',
          message: `expected ${positive ? 'a positive ' : ''}${DURATION_HINT.replace(/^a /, '')}`,
          input: value
        });
        return z.NEVER;
      }
      if (timer && ms > MAX_TIMER_MS) {
        ctx.addIssue({
          code: 'custom',
          message: `expected at most ${formatDuration(MAX_TIMER_MS)} (the longest wait Node's timers allow); got ${String(value)}`,
          input: value
        });
        return z.NEVER;
      }
      return ms;
    })
    .describe(description);
}

/**
 * Not `z.url()`: that would emit `format: uri` and editors would flag the `${PROMETHEUS_URL}`
 * references users are encouraged to write. References are substituted before parsing.
 */
function httpUrl(description: string) {
  return z
    .string()
    .refine(
      (text) => {
        try {
          const url = new URL(text);
          return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
        } catch {
          return false;
        }
      },
      { error: 'expected an http:// or https:// URL' }
    )
    .describe(description);
}

const nonEmpty = (description: string) =>
  z.string().min(1, { error: 'expected a non-empty string' }).describe(description);

const headers = z
  .record(z.string(), z.string())
  .default({})
  .describe(
    'Extra request headers. Values may reference environment variables as `${NAME}`; they are masked in logs.'
  );

/** Epoch seconds or an ISO 8601 timestamp, to epoch ms. */
export function parseDeployTime(value: string | number): number | undefined {
  if (typeof value === 'number')
    return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) : undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Date.parse accepts many loose forms; insist on a date-first ISO shape.
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text))
    return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

const deployTime = z
  .union([z.string(), z.number()], { error: 'expected an ISO 8601 timestamp or epoch seconds' })
  .transform((value, ctx) => {
    const ms = parseDeployTime(value);
    if (ms === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'expected an ISO 8601 timestamp (2026-01-31T12:00:00Z) or epoch seconds',
        input: value
      });
      return z.NEVER;
    }
    return ms;
  })
  .describe('The deploy moment: an ISO 8601 timestamp or epoch seconds. Unset: the moment the job starts.');

const commonSourceShape = {
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
};

const bodyExpectation = z
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
  .describe('An expectation on the JSON body.');

export const httpSourceSchema = z
  .strictObject({
    type: z.literal('http').describe('A health endpoint.'),
    ...commonSourceShape,
    url: httpUrl('The health endpoint.'),
    method: z
      .enum(['GET', 'HEAD', 'POST'])
      .default(HTTP_DEFAULTS.method)
      .describe('HTTP method of the check.'),
    headers,
    'expect-status': z
      .array(z.int().min(100).max(599))
      .default([])
      .describe('Status codes that count as healthy; empty means any 2xx.'),
    format: z
      .enum(['auto', 'health+json', 'actuator', 'plain'])
      .default(HTTP_DEFAULTS.format)
      .describe('How to read the body: detect from the content type, or force a format.'),
    'body-contains': z.string().optional().describe('The body must contain this text.'),
    expect: z.array(bodyExpectation).default([]).describe('Expectations on the JSON body.'),
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
  .describe('Health endpoint: status code, IETF health+json, Spring actuator, body expectations, latency.');

const prometheusAuth = z
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
  .describe('Authentication. Secrets should reference environment variables as `${NAME}`.');

const level = z
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
  .describe('A level signal (latency, saturation) with guardrail bounds.');

export const prometheusSourceSchema = z
  .strictObject({
    type: z
      .literal('prometheus')
      .describe('Any Prometheus HTTP API: Prometheus, Thanos, Mimir, VictoriaMetrics, Grafana Cloud.'),
    ...commonSourceShape,
    url: httpUrl('Base URL of the Prometheus HTTP API.'),
    auth: prometheusAuth.optional(),
    headers,
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
    levels: z.array(level).default([]).describe('Level signals, each `<id>:<name>`.')
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
      if (!has('errors') && !has('total') && !has('ratio') && !has('traffic') && !hasLevels) {
        ctx.addIssue({
          code: 'custom',
          message:
            'expected a signal: `errors` + `total`, or `ratio` + `traffic`, or at least one entry in `levels`',
          input: undefined
        });
      }
      if (Array.isArray(levels)) reportDuplicates(levels, 'name', ['levels'], 'levels', ctx);
    })
  )
  .describe('Prometheus-API metrics: an error-rate signal and level signals.');

export const sourceSchema = z.discriminatedUnion('type', [httpSourceSchema, prometheusSourceSchema]);

/**
 * Duplicate `key` values in a list: the issue sits on the repeated key and names the first place
 * the value was used. `at` is the issue path from the checked schema to the list; `shownAs` is
 * how the message names the list.
 */
function reportDuplicates(
  items: unknown[],
  key: string,
  at: (string | number)[],
  shownAs: string,
  ctx: z.core.$RefinementCtx<unknown>
): void {
  const first = new Map<unknown, number>();
  items.forEach((item, index) => {
    if (!isRecord(item) || typeof item[key] !== 'string') return;
    const seen = first.get(item[key]);
    if (seen === undefined) first.set(item[key], index);
    else {
      ctx.addIssue({
        code: 'custom',
        message: `expected a unique ${key}; \`${String(item[key])}\` is already used by ${shownAs}[${seen}]`,
        path: [...at, index, key],
        input: item[key]
      });
    }
  });
}

const stringList = (description: string) => z.array(z.string()).default([]).describe(description);

export const assessSchema = z
  .strictObject({
    target: z
      .string()
      .min(1)
      .optional()
      .describe('Ref or SHA to assess rolling back to; unset means the last healthy deployment.'),
    'fail-on': z
      .enum(['never', 'unsafe', 'caution'])
      .default(ASSESS_DEFAULTS.failOn)
      .describe('Fail the step when rollback safety is this bad (`never`: only report).'),
    'critical-paths': stringList(
      'Globs of paths whose change a rollback would undo and someone should look at.'
    ),
    migrations: stringList('Extra globs for migration files, beyond the frameworks detected by layout.'),
    contracts: stringList('Extra globs for API contracts (OpenAPI, GraphQL, protobuf).')
  })
  .describe('Rollback-readiness assessment.');

export const incidentSchema = z
  .strictObject({
    enabled: z
      .boolean()
      .default(INCIDENT_DEFAULTS.enabled)
      .describe('Open an incident issue on a failed deploy.'),
    'on-inconclusive': z
      .boolean()
      .default(INCIDENT_DEFAULTS.onInconclusive)
      .describe('Also open one on an inconclusive verdict.'),
    'close-on-recovery': z
      .boolean()
      .default(INCIDENT_DEFAULTS.closeOnRecovery)
      .describe('Close the open incident when a later deploy passes (otherwise only comment).'),
    labels: stringList('Labels for the incident issue.'),
    assignees: stringList('Users to assign to the incident issue.'),
    service: z
      .string()
      .min(1)
      .optional()
      .describe('Service name for the issue title; unset means the repository name.')
  })
  .describe('The incident issue opened on a failed deploy.');

export const revertSchema = z
  .strictObject({
    mode: z
      .enum(['off', 'dispatch', 'pull-request'])
      .default(REVERT_DEFAULTS.mode)
      .describe('Automatic revert after a failed deploy, only when the assessment says `safe`.'),
    workflow: z
      .string()
      .min(1)
      .optional()
      .describe('`dispatch`: workflow file to start with workflow_dispatch, e.g. `deploy.yml`.'),
    'event-type': z
      .string()
      .min(1)
      .optional()
      .describe('`dispatch`: repository_dispatch event type (when no workflow is named).'),
    'max-per-day': z
      .int()
      .min(0)
      .default(REVERT_DEFAULTS.maxPerDay)
      .describe('At most this many automatic reverts per environment per day.')
  })
  .check(
    alwaysCheck((value, ctx) => {
      if (
        isRecord(value) &&
        value.mode === 'dispatch' &&
        value.workflow === undefined &&
        value['event-type'] === undefined
      ) {
        ctx.addIssue({
          code: 'custom',
          message: 'expected `workflow` or `event-type` when mode is `dispatch`',
          path: ['mode'],
          input: value.mode
        });
      }
    })
  )
  .describe('Automatic revert.');

export const fileSchema = z
  .strictObject({
    environment: nonEmpty('The deployment environment being verified.').default(DEFAULTS.environment),
    window: duration('Maximum observation time after the deploy.', { timer: true }).prefault(DEFAULTS.window),
    interval: duration('Poll period.', { timer: true }).prefault(DEFAULTS.interval),
    baseline: duration(
      'Pre-deploy window used as baseline when a source has no concurrent one; `0` for none.',
      { positive: false }
    ).prefault(DEFAULTS.baseline),
    alpha: z
      .number()
      .gt(0)
      .lt(0.5)
      .default(DEFAULTS.alpha)
      .describe('Bound on the false-alarm probability over the whole window, split across signals.'),
    tolerance: z
      .number()
      .min(1)
      .default(DEFAULTS.tolerance)
      .describe('Error-rate ratio over the baseline that is still acceptable (>= 1).'),
    'min-errors': z
      .int()
      .min(0)
      .default(DEFAULTS.minErrors)
      .describe('Errors needed before a count signal can fail (guards against bursts).'),
    'on-inconclusive': z
      .enum(['pass', 'fail', 'neutral'])
      .default(DEFAULTS.onInconclusive)
      .describe('How an inconclusive verdict concludes the step and check run.'),
    'fail-on-fail': z.boolean().default(DEFAULTS.failOnFail).describe('Fail the step on a `fail` verdict.'),
    'dry-run': z
      .boolean()
      .default(DEFAULTS.dryRun)
      .describe('Decide and report in the log only: no issues, statuses or reverts.'),
    'deploy-time': deployTime.optional(),
    sha: z
      .string()
      .regex(/^[0-9a-f]{7,64}$/i, { error: 'expected a commit SHA (7 to 64 hex digits)' })
      .optional()
      .describe('The deployed commit.'),
    sources: z
      .array(sourceSchema)
      .default([])
      .check(
        alwaysCheck((items, ctx) => Array.isArray(items) && reportDuplicates(items, 'id', [], 'sources', ctx))
      )
      .describe('Where the signals come from.'),
    assess: assessSchema.prefault({}),
    incident: incidentSchema.prefault({}),
    revert: revertSchema.prefault({})
  })
  .check(
    alwaysCheck((value, ctx) => {
      if (!isRecord(value)) return;
      const { window, interval } = value;
      if (typeof window === 'number' && typeof interval === 'number' && interval > window) {
        ctx.addIssue({
          code: 'custom',
          message: 'expected an interval no longer than `window`',
          path: ['interval'],
          input: interval
        });
      }
    })
  )
  .describe('Postflight: verify a deploy, assess rollback safety, report on GitHub.');

export type FileConfigInput = z.input<typeof fileSchema>;
export type FileConfig = z.output<typeof fileSchema>;

type KebabToCamel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<KebabToCamel<Tail>>}`
  : S;

/** Keys whose values are user data (header names), not schema keys: never renamed. */
const VERBATIM_KEYS = new Set(['headers']);

/** Duration keys become `<key>Ms` in `Config`, so the unit is in the name where code reads it. */
const DURATION_KEYS = new Set(['window', 'interval', 'baseline', 'timeout', 'max-latency']);
type DurationKey = 'window' | 'interval' | 'baseline' | 'timeout' | 'max-latency';

type CamelKey<K, V> = K extends string
  ? K extends DurationKey
    ? [V] extends [number | undefined]
      ? `${KebabToCamel<K>}Ms`
      : KebabToCamel<K>
    : KebabToCamel<K>
  : K;

export type Camelize<T> = T extends readonly (infer Item)[]
  ? Camelize<Item>[]
  : T extends object
    ? { [K in keyof T as CamelKey<K, T[K]>]: K extends 'headers' ? T[K] : Camelize<T[K]> }
    : T;

function camelKey(key: string, value: unknown): string {
  const camel = key.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return DURATION_KEYS.has(key) && typeof value === 'number' ? `${camel}Ms` : camel;
}

function camelize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelize);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      camelKey(key, inner),
      VERBATIM_KEYS.has(key) ? inner : camelize(inner)
    ])
  );
}

/** The parsed YAML in the shape the jobs use. */
export function toConfig(parsed: FileConfig): Config {
  return camelize(parsed) as Camelize<FileConfig>;
}

// Compile-time check: the schema's output, camelized, is a `Config`. A schema change that the
// contract does not allow (or the reverse) fails the type-check here.
type Assignable<From extends To, To> = From;
export type SchemaMatchesContract = Assignable<Camelize<FileConfig>, Config>;
