/**
 * Validates JSON against Datadog's own v2 API models, as the `@datadog/datadog-api-client`
 * package generates them from Datadog's OpenAPI description (each model class carries an
 * `attributeTypeMap` with every field's JSON name, type, format and whether it is required).
 * The v2 description itself is too large to ship here; the package is its machine-readable form.
 *
 * Stricter than Datadog on one point, on purpose: an unknown property is a violation, so a typo
 * in our request cannot pass as an "additional property". Looser on one: `null` is accepted for
 * optional fields and array items, because the API sends nulls (points with no data, units of
 * unitless series) that the generated types do not mark as nullable.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const MODELS = '@datadog/datadog-api-client/dist/packages/datadog-api-client-v2/models/';

interface Attribute {
  baseName: string;
  type: string;
  required?: boolean;
  format?: string;
}
type ModelClass = { attributeTypeMap?: Record<string, Attribute> };

const loaded = new Map<string, unknown>();
function moduleOf(name: string): Record<string, unknown> | undefined {
  if (!loaded.has(name)) {
    try {
      loaded.set(name, require(`${MODELS}${name}.js`));
    } catch {
      loaded.set(name, undefined);
    }
  }
  return loaded.get(name) as Record<string, unknown> | undefined;
}

/** `oneOf` unions exist only as TypeScript types; their members are listed in the serializer's table. */
let oneOfTable: Map<string, string[]> | undefined;
function oneOfMembers(name: string): string[] | undefined {
  if (!oneOfTable) {
    oneOfTable = new Map();
    const source = readFileSync(require.resolve(`${MODELS}ObjectSerializer.js`), 'utf8');
    const block = source.slice(source.indexOf('const oneOfMap = {'));
    for (const match of block.matchAll(/^ {4}(\w+): \[([^\]]*)\]/gm)) {
      oneOfTable.set(
        match[1]!,
        [...match[2]!.matchAll(/"(\w+)"/g)].map((m) => m[1]!)
      );
    }
  }
  return oneOfTable.get(name);
}

export interface Violation {
  path: string;
  message: string;
}

/** Every way `value` departs from the model `type` (empty when it conforms). */
export function validateDatadog(value: unknown, type: string, path = '$'): Violation[] {
  if (type === 'any' || type.startsWith('{ [key: string]: any')) return [];
  if (type === 'number') {
    return typeof value === 'number' && Number.isFinite(value)
      ? []
      : [{ path, message: `expected a number, got ${show(value)}` }];
  }
  if (type === 'string')
    return typeof value === 'string' ? [] : [{ path, message: `expected a string, got ${show(value)}` }];
  if (type === 'boolean')
    return typeof value === 'boolean' ? [] : [{ path, message: `expected a boolean, got ${show(value)}` }];
  if (type === 'Date')
    return typeof value === 'string' && !Number.isNaN(Date.parse(value))
      ? []
      : [{ path, message: 'expected a date' }];
  if (type.startsWith('Array<')) {
    if (!Array.isArray(value)) return [{ path, message: `expected an array (${type}), got ${show(value)}` }];
    const item = type.slice('Array<'.length, -1);
    return value.flatMap((v, i) => (v === null ? [] : validateDatadog(v, item, `${path}[${i}]`)));
  }
  const members = oneOfMembers(type);
  if (members) {
    const fits = members.filter((m) => validateDatadog(value, m, path).length === 0);
    return fits.length === 1
      ? []
      : [{ path, message: `expected exactly one of ${members.join(', ')}; ${fits.length} fit` }];
  }
  const mod = moduleOf(type);
  if (!mod) return [{ path, message: `unknown model type ${type}` }];
  const cls = mod[type] as ModelClass | undefined;
  if (cls?.attributeTypeMap) return validateObject(value, type, cls.attributeTypeMap, path);
  // An enum module exports its values as constants.
  const values = Object.values(mod).filter((v): v is string => typeof v === 'string');
  if (values.length > 0) {
    return values.includes(value as string)
      ? []
      : [{ path, message: `expected one of ${values.join(', ')} (${type}), got ${show(value)}` }];
  }
  return [{ path, message: `cannot validate type ${type}` }];
}

function validateObject(
  value: unknown,
  type: string,
  attributes: Record<string, Attribute>,
  path: string
): Violation[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path, message: `expected an object (${type}), got ${show(value)}` }];
  }
  const record = value as Record<string, unknown>;
  const out: Violation[] = [];
  const known = new Set<string>();
  for (const [name, attribute] of Object.entries(attributes)) {
    if (name === 'additionalProperties') continue;
    known.add(attribute.baseName);
    const field = record[attribute.baseName];
    const at = `${path}.${attribute.baseName}`;
    if (field === undefined || field === null) {
      if (attribute.required) out.push({ path: at, message: `required by ${type}` });
      continue;
    }
    out.push(...validateDatadog(field, attribute.type, at));
    if (
      (attribute.format === 'int64' || attribute.format === 'int32') &&
      typeof field === 'number' &&
      !Number.isInteger(field)
    ) {
      out.push({ path: at, message: `expected an integer (${attribute.format})` });
    }
  }
  for (const key of Object.keys(record)) {
    if (!known.has(key)) out.push({ path: `${path}.${key}`, message: `not a property of ${type}` });
  }
  return out;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
