/**
 * The one source of truth for `.github/postflight.yml`: keys are kebab-case as users write them;
 * `toConfig` turns the parsed output into the camelCase `Config` every job receives. The
 * `sources:` entries are in source-schemas.ts, built per config (`fileSchemaFor`). The JSON Schema
 * for editors is emitted from `completeFileSchema()` (scripts/emit-schema.mjs), so every key
 * carries a description.
 *
 * Messages of our own checks start with "expected ..." so the error formatter can append what
 * was found and where.
 */
import * as z from 'zod';
import type { Config } from './types.js';
import { ASSESS_DEFAULTS, DEFAULTS, INCIDENT_DEFAULTS, REVERT_DEFAULTS } from './defaults.js';
import { alwaysCheck, displayName, duration, isRecord, reportDuplicates } from './schema-kit.js';
import { SOURCE_TYPES, sourceSchemaFor, type SourceSchema } from './source-schemas.js';

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
    contracts: stringList('Extra globs for API contracts (OpenAPI, GraphQL, protobuf).'),
    'lockstep-clients': z
      .boolean()
      .optional()
      .describe(
        'Clients ship in lockstep with the service: what N added to an API contract is in use at once, so its removal on rollback blocks (default false: a warning).'
      )
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
    service: displayName('Service name for the issue title; unset means the repository name.').optional()
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

/** The whole file, with `sources:` entries checked by `sourceSchema` (see `fileSchemaFor`). */
function buildFileSchema(sourceSchema: SourceSchema) {
  return z
    .strictObject({
      environment: displayName('The deployment environment being verified.').default(DEFAULTS.environment),
      window: duration('Maximum observation time after the deploy.', { timer: true }).prefault(
        DEFAULTS.window
      ),
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
      bake: duration(
        'No signal may pass before this time after the deploy (default: half the window; `0`: pass as soon as the evidence allows).',
        { positive: false }
      ).optional(),
      'min-rate': z
        .number()
        .min(0)
        .lt(1)
        .optional()
        .describe(
          'An error rate up to this (0..1) is always acceptable, however small the baseline rate, so an error-free service can pass (default 0.001; `0`: none).'
        ),
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
          alwaysCheck(
            (items, ctx) => Array.isArray(items) && reportDuplicates(items, 'id', [], 'sources', ctx)
          )
        )
        .describe('Where the signals come from.'),
      assess: assessSchema.prefault({}),
      incident: incidentSchema.prefault({}),
      revert: revertSchema.prefault({}),
      watch: z
        .strictObject({
          for: duration('How long after a deploy `mode: watch` keeps re-evaluating it.').prefault('2h'),
          'alpha-share': z
            .number()
            .gt(0)
            .lt(1)
            .default(0.5)
            .describe('Share of `alpha` the watch spends; the verify step then spends the rest.')
        })
        .optional()
        .describe('Watch after the deploy: set it here so the verify step and the watch share one alpha.')
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
        const { bake } = value;
        if (typeof window === 'number' && typeof bake === 'number' && bake > window) {
          ctx.addIssue({
            code: 'custom',
            message: 'expected a bake no longer than `window`',
            path: ['bake'],
            input: bake
          });
        }
      })
    )
    .describe('Postflight: verify a deploy, assess rollback safety, report on GitHub.');
}
type FileSchema = ReturnType<typeof buildFileSchema>;

const fileSchemas = new Map<string, FileSchema>();

/**
 * The schema that checks `data`: the whole file, with the sources `data` names built in full
 * (source-schemas.ts). Problems are the same as with every provider built; only the build is
 * smaller. Kept per set of types, so a run builds its schema once.
 */
export function fileSchemaFor(data: unknown): FileSchema {
  const named = new Set<string>();
  if (isRecord(data) && Array.isArray(data.sources)) {
    for (const entry of data.sources)
      if (isRecord(entry) && typeof entry.type === 'string') named.add(entry.type);
  }
  const types = new Set(SOURCE_TYPES.filter((type) => named.has(type)));
  const key = [...types].join(',');
  let schema = fileSchemas.get(key);
  if (schema === undefined) fileSchemas.set(key, (schema = buildFileSchema(sourceSchemaFor(types))));
  return schema;
}

/** Every provider built: what the JSON Schema for editors shows, and what tests walk. */
export function completeFileSchema(): FileSchema {
  return fileSchemaFor({ sources: SOURCE_TYPES.map((type) => ({ type })) });
}

export type FileConfigInput = z.input<FileSchema>;
export type FileConfig = z.output<FileSchema>;

type KebabToCamel<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<KebabToCamel<Tail>>}`
  : S;

/** Keys whose values are user data (header names), not schema keys: never renamed. */
const VERBATIM_KEYS = new Set(['headers']);

/** Duration keys become `<key>Ms` in `Config`, so the unit is in the name where code reads it. */
const DURATION_KEYS = new Set(['window', 'interval', 'baseline', 'timeout', 'max-latency', 'period', 'bake']);
type DurationKey = 'window' | 'interval' | 'baseline' | 'timeout' | 'max-latency' | 'period' | 'bake';

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
