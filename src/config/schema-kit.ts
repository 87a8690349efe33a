/**
 * What the configuration schemas are built from: the field kinds every part of the file uses
 * (durations, URLs, names), the checks that report every problem at once, and `once`, which
 * builds a schema on its first use. The file schema (schema.ts) and the source schemas
 * (source-schemas.ts) both import it, so zod is configured before either builds anything.
 */
import * as z from 'zod';
import { DURATION_HINT, DURATION_TEXT, formatDuration, MAX_TIMER_MS, parseDuration } from './duration.js';

// Each schema is parsed once or twice per run: zod's compiled fast path (generated with
// `new Function` on the first parse of every object schema) costs more than it could ever win
// back, about 5 ms of the start-up before the first poll.
z.config({ jitless: true });

export const SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9-_.]*$/;

/** Object checks that run even when a field inside has an issue, so every problem is reported at once. */
export function alwaysCheck<T>(check: (value: T, ctx: z.core.$RefinementCtx<T>) => void) {
  return z.superRefine<T>(check, { when: () => true });
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function duration(description: string, { positive = true, timer = false } = {}) {
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
export function httpUrl(description: string) {
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

export const nonEmpty = (description: string) =>
  z.string().min(1, { error: 'expected a non-empty string' }).describe(description);

/**
 * A name that reaches issue titles and headings: at most 255 characters (GitHub's limit for an
 * environment name), without control or bidirectional formatting characters (which make a title
 * read differently than it is).
 */
export const displayName = (description: string) =>
  z
    .string()
    .min(1, { error: 'expected a non-empty string' })
    .max(255, { error: 'expected at most 255 characters' })
    // eslint-disable-next-line no-control-regex -- control characters are what it refuses
    .regex(/^[^\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/, {
      error: 'expected no control or bidirectional formatting characters'
    })
    .describe(description);

/**
 * Duplicate `key` values in a list: the issue sits on the repeated key and names the first place
 * the value was used. `at` is the issue path from the checked schema to the list; `shownAs` is
 * how the message names the list.
 */
export function reportDuplicates(
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

/**
 * A schema built on its first use and kept. Building zod schemas is what importing the config
 * costs before the first poll; a run builds only the sources its config names.
 */
export function once<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
