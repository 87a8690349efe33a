/**
 * Validates JSON against CloudWatch's own operation shapes, as `@aws-sdk/client-cloudwatch`
 * carries them: the Smithy model compiled into schema tuples (`GetMetricDataInput$` and its
 * members). A structure is `[3, namespace, name, traits, memberNames, memberSchemas, required?]`
 * (the first `required` members are required), a list `[1, ns, name, traits, member]`, a map
 * `[2, ns, name, traits, key, value]`; simple types are numbers (0 string, 1 number, 2 boolean,
 * 4–7 timestamps, 15 document, 21 blob) with 64 (list of) and 128 (map of) as modifiers.
 *
 * Over the AWS JSON 1.0 protocol members keep their names and timestamps are epoch seconds.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const sdk = require('@aws-sdk/client-cloudwatch') as Record<string, unknown>;

type Schema = number | unknown[] | (() => unknown);

export interface Violation {
  path: string;
  message: string;
}

export function cloudWatchShape(name: 'GetMetricDataInput' | 'GetMetricDataOutput'): Schema {
  const schema = sdk[`${name}$`];
  if (!Array.isArray(schema)) throw new Error(`@aws-sdk/client-cloudwatch has no ${name}$ schema`);
  return schema;
}

export function validateCloudWatch(value: unknown, schema: Schema, path = '$'): Violation[] {
  const resolved = typeof schema === 'function' ? (schema() as Schema) : schema;
  if (typeof resolved === 'number') return simple(value, resolved, path);
  if (!Array.isArray(resolved)) return [{ path, message: 'unknown schema' }];
  const [kind] = resolved as [number];
  if (kind === 3) return structure(value, resolved, path);
  if (kind === 1) {
    if (!Array.isArray(value)) return [{ path, message: `expected a list (${String(resolved[2])})` }];
    return value.flatMap((item, i) => validateCloudWatch(item, resolved[4] as Schema, `${path}[${i}]`));
  }
  if (kind === 2) {
    if (typeof value !== 'object' || value === null)
      return [{ path, message: `expected a map (${String(resolved[2])})` }];
    return Object.entries(value).flatMap(([k, v]) =>
      validateCloudWatch(v, resolved[5] as Schema, `${path}.${k}`)
    );
  }
  return [{ path, message: `unsupported schema kind ${kind}` }];
}

function structure(value: unknown, schema: unknown[], path: string): Violation[] {
  const name = String(schema[2]);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ path, message: `expected a ${name} object` }];
  const names = schema[4] as string[];
  const members = schema[5] as Schema[];
  const required = typeof schema[6] === 'number' ? schema[6] : 0;
  const record = value as Record<string, unknown>;
  const out: Violation[] = [];
  names.forEach((member, i) => {
    const field = record[member];
    if (field === undefined || field === null) {
      if (i < required) out.push({ path: `${path}.${member}`, message: `required by ${name}` });
      return;
    }
    out.push(...validateCloudWatch(field, members[i]!, `${path}.${member}`));
  });
  for (const key of Object.keys(record))
    if (!names.includes(key)) out.push({ path: `${path}.${key}`, message: `not a member of ${name}` });
  return out;
}

function simple(value: unknown, code: number, path: string): Violation[] {
  if (code & 64) {
    if (!Array.isArray(value)) return [{ path, message: 'expected a list' }];
    return value.flatMap((v, i) => simple(v, code & ~64, `${path}[${i}]`));
  }
  if (code & 128) {
    if (typeof value !== 'object' || value === null) return [{ path, message: 'expected a map' }];
    return Object.entries(value).flatMap(([k, v]) => simple(v, code & ~128, `${path}.${k}`));
  }
  const ok =
    code === 0 || code === 21
      ? typeof value === 'string'
      : code === 1
        ? typeof value === 'number' && Number.isFinite(value)
        : code === 2
          ? typeof value === 'boolean'
          : code >= 4 && code <= 7
            ? typeof value === 'number' && Number.isFinite(value)
            : code === 15;
  const names: Record<number, string> = { 0: 'a string', 1: 'a number', 2: 'a boolean', 21: 'base64 text' };
  return ok
    ? []
    : [
        {
          path,
          message: `expected ${names[code] ?? (code >= 4 && code <= 7 ? 'epoch seconds' : `type ${code}`)}, got ${JSON.stringify(value)}`
        }
      ];
}
