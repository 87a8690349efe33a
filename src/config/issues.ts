/**
 * Turns zod issues into `ConfigProblem`s in our words: "expected ..., found ...", unknown keys
 * with a did-you-mean, enumerations listing their allowed values.
 */
import type * as z from 'zod';
import {
  describeHidden,
  describeValue,
  isSecretPath,
  didYouMean,
  type ConfigPath,
  type ConfigProblem,
  type ProblemOrigin
} from './errors.js';

export interface IssueContext {
  /** The data that was validated, to show what was found. */
  data: unknown;
  /** The schema, to list the keys allowed where an unknown key was found. */
  schema: z.ZodType;
  /** Where a path is: in the file, or an action input. */
  locate(path: ConfigPath, options?: { key?: boolean }): ProblemOrigin;
  /** Paths whose string came from `${NAME}` substitution: shown as the reference, never the value. */
  substituted: ReadonlyMap<string, string>;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  int: 'an integer',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping'
};

export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  context: IssueContext
): ConfigProblem[] {
  return issues.flatMap((issue) => issueToProblems(issue, context));
}

function issueToProblems(issue: z.core.$ZodIssue, context: IssueContext): ConfigProblem[] {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeysAt(context.schema, context.data, path);
    return issue.keys.map((key) => {
      const suggestion = didYouMean(key, allowed);
      const hint = suggestion
        ? `; did you mean \`${suggestion}\`?`
        : allowed.length > 0
          ? `; allowed keys: ${allowed.map((k) => `\`${k}\``).join(', ')}`
          : '';
      return {
        path: [...path, key],
        origin: context.locate([...path, key], { key: true }),
        message: `unknown key \`${key}\`${hint}`
      };
    });
  }
  const value = valueAt(context.data, path);
  const reference = context.substituted.get(pathKey(path));
  const found =
    reference !== undefined
      ? `the value of \`${reference}\``
      : isSecretPath(path)
        ? describeHidden(value)
        : describeValue(value);
  const expected = expectation(issue);
  // A missing key is "required", which says more than "found nothing".
  // "found a mapping" only helps when a mapping was the wrong type, not when its contents are.
  const showFound = issue.code === 'invalid_type' || value === null || typeof value !== 'object';
  const message =
    value === undefined ? `required: ${expected}` : showFound ? `${expected}, found ${found}` : expected;
  return [{ path, origin: context.locate(path), message }];
}

function expectation(issue: z.core.$ZodIssue): string {
  // Our own checks already say what they expected.
  if (issue.message.startsWith('expected ')) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `expected ${oneOf(issue.values)}`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return `expected ${oneOf(issue.options)}`;
      return 'expected a valid value';
    case 'too_small':
      return `expected ${bound(issue.origin, issue.inclusive ? '>=' : '>', issue.minimum)}`;
    case 'too_big':
      return `expected ${bound(issue.origin, issue.inclusive ? '<=' : '<', issue.maximum)}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    default:
      return `expected a valid value (${issue.message})`;
  }
}

function oneOf(values: readonly unknown[]): string {
  const listed = values.map((v) => `\`${String(v)}\``);
  return listed.length === 1 ? listed[0]! : `one of ${listed.join(', ')}`;
}

function bound(origin: string, relation: string, limit: unknown): string {
  const n = String(limit);
  const words: Record<string, string> = {
    '>=': 'at least',
    '>': 'more than',
    '<=': 'at most',
    '<': 'fewer than'
  };
  switch (origin) {
    case 'array':
      return `a list with ${words[relation]} ${n} item${n === '1' ? '' : 's'}`;
    case 'string':
      return relation === '>=' && n === '1'
        ? 'a non-empty string'
        : `a string of ${words[relation]} ${n} characters`;
    case 'int':
      return `an integer ${relation} ${n}`;
    default:
      return `a number ${relation} ${n}`;
  }
}

export function pathKey(path: ConfigPath): string {
  return JSON.stringify(path);
}

export function valueAt(data: unknown, path: ConfigPath): unknown {
  let current = data;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The keys the schema allows at `path` (for "did you mean"); empty when it is not an object. */
export function allowedKeysAt(schema: z.ZodType, data: unknown, path: ConfigPath): string[] {
  let current: unknown = schema;
  let value: unknown = data;
  let index = 0;
  for (let guard = 0; guard < 100; guard++) {
    const def = defOf(current);
    switch (def.type) {
      case 'default':
      case 'prefault':
      case 'optional':
      case 'nullable':
        current = def.innerType;
        continue;
      case 'pipe':
        current = def.in;
        continue;
      case 'union': {
        // A discriminated union: pick the option whose discriminator matches the data.
        const options = def.options as unknown[];
        const discriminator = def.discriminator as string | undefined;
        const tag =
          value !== null && typeof value === 'object' && discriminator
            ? (value as Record<string, unknown>)[discriminator]
            : undefined;
        const match = options.find((option) => {
          const shape = defOf(option).shape as Record<string, unknown> | undefined;
          const literal = shape && discriminator ? defOf(shape[discriminator]) : undefined;
          return literal !== undefined && (literal.values as unknown[] | undefined)?.includes(tag);
        });
        if (match === undefined) return [];
        current = match;
        continue;
      }
    }
    if (index === path.length) return def.type === 'object' ? Object.keys(def.shape as object) : [];
    const segment = path[index++]!;
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string | number, unknown>)[segment]
        : undefined;
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[String(segment)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return [];
    if (current === undefined) return [];
  }
  return [];
}
