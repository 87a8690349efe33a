/**
 * Compares one JSON Schema (as OpenAPI uses it) at head N with the same schema at N-1, in the
 * rollback direction. Requests and responses break in opposite ways: a client *sends* requests
 * (N-1 must still accept what N accepted) and *reads* responses (N-1 must still return what N
 * returned).
 */
import {
  changeAdvice,
  dangerAdvice,
  removalAdvice,
  requirementAdvice,
  type ContractChange,
  type ContractFinding
} from './finding.js';
import { isObject, type JsonObject } from './openapi-document.js';

export type SchemaMode = 'request' | 'response';

export interface SchemaSite {
  /** Human location of the schema, e.g. "GET /users/{id} response 200". */
  label: string;
  mode: SchemaMode;
  /** Raw keys of the schema in the head file, for its line. */
  rawPath: string[];
  lineOf(segments: readonly string[]): number | null;
}

// Deeply nested or self-referencing schemas: stop rather than recurse forever.
const MAX_DEPTH = 40;

interface Walk {
  site: SchemaSite;
  out: ContractFinding[];
  /** Pairs of (head, base) schema objects already compared: dereferenced cycles end here. */
  seen: WeakMap<object, WeakSet<object>>;
}

function firstVisit(walk: Walk, head: object, base: object): boolean {
  let bases = walk.seen.get(head);
  if (!bases) {
    bases = new WeakSet();
    walk.seen.set(head, bases);
  }
  if (bases.has(base)) return false;
  bases.add(base);
  return true;
}

/** `allOf` composes one object out of parts: compare the composed view. */
function flatten(schema: JsonObject, depth = 0): JsonObject {
  const allOf = schema.allOf;
  if (!Array.isArray(allOf) || depth > 8) return schema;
  const properties: JsonObject = {};
  const required = new Set<string>();
  const merged: JsonObject = { ...schema };
  delete merged.allOf;
  for (const part of [schema, ...allOf.filter(isObject).map((member) => flatten(member, depth + 1))]) {
    if (isObject(part.properties)) Object.assign(properties, part.properties);
    if (Array.isArray(part.required)) for (const name of part.required) required.add(String(name));
    for (const key of ['type', 'enum', 'format', 'items', 'nullable'] as const) {
      if (merged[key] === undefined && part[key] !== undefined) merged[key] = part[key];
    }
  }
  if (Object.keys(properties).length > 0) merged.properties = properties;
  if (required.size > 0) merged.required = [...required];
  return merged;
}

function typesOf(schema: JsonObject): { types: Set<string>; nullable: boolean } | null {
  const declared = schema.type;
  let types: string[];
  if (typeof declared === 'string') types = [declared];
  else if (Array.isArray(declared)) types = declared.map(String);
  else if (isObject(schema.properties)) types = ['object'];
  else if (schema.items !== undefined) types = ['array'];
  else return null;
  const nullable = types.includes('null') || schema.nullable === true;
  return { types: new Set(types.filter((type) => type !== 'null')), nullable };
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

function describeTypes(types: Set<string>): string {
  return [...types].sort().join(' | ') || 'any';
}

function requiredOf(schema: JsonObject): Set<string> {
  return new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
}

function where(walk: Walk, pointer: string): string {
  return pointer ? `${walk.site.label} ${pointer}` : walk.site.label;
}

function report(
  walk: Walk,
  severity: ContractFinding['severity'],
  rawPath: string[],
  detail: string,
  recommendation: string,
  change?: ContractChange,
  subject?: string
): void {
  const finding: ContractFinding = { severity, line: walk.site.lineOf(rawPath), detail, recommendation };
  if (change) finding.change = change;
  if (subject) finding.subject = subject;
  walk.out.push(finding);
}

function compareTypes(
  walk: Walk,
  head: JsonObject,
  base: JsonObject,
  pointer: string,
  rawPath: string[]
): boolean {
  const headTypes = typesOf(head);
  const baseTypes = typesOf(base);
  if (!headTypes || !baseTypes) return true;
  const at = where(walk, pointer);
  if (!sameSet(headTypes.types, baseTypes.types)) {
    report(
      walk,
      'blocker',
      rawPath,
      `${at}: type changes from ${describeTypes(headTypes.types)} in N to ${describeTypes(baseTypes.types)} in N-1.`,
      changeAdvice(`the type of ${at}`),
      'changed'
    );
    return false;
  }
  if (headTypes.nullable !== baseTypes.nullable) {
    const detail =
      walk.site.mode === 'response'
        ? baseTypes.nullable
          ? `${at}: may be null in N-1 but never null in N.`
          : `${at}: N may return null, N-1 never does.`
        : baseTypes.nullable
          ? `${at}: N-1 accepts null where N did not.`
          : `${at}: N accepts null, N-1 rejects it.`;
    const harmless = walk.site.mode === 'response' ? !baseTypes.nullable : baseTypes.nullable;
    // A request that N relaxed to accept null is an addition; a response that may now be null a change.
    const change: ContractChange = harmless ? 'removed' : walk.site.mode === 'request' ? 'added' : 'changed';
    report(walk, harmless ? 'info' : 'warning', rawPath, detail, dangerAdvice(at), change);
  }
  if (typeof head.format === 'string' && typeof base.format === 'string' && head.format !== base.format) {
    report(
      walk,
      'warning',
      [...rawPath, 'format'],
      `${at}: format changes from ${head.format} in N to ${base.format} in N-1.`,
      dangerAdvice(at),
      'changed'
    );
  }
  return true;
}

function compareEnums(
  walk: Walk,
  head: JsonObject,
  base: JsonObject,
  pointer: string,
  rawPath: string[]
): void {
  if (!Array.isArray(head.enum) || !Array.isArray(base.enum)) return;
  const baseValues = new Set(base.enum.map((value) => JSON.stringify(value)));
  const missing = head.enum.filter((value) => !baseValues.has(JSON.stringify(value)));
  if (missing.length === 0) return;
  const at = where(walk, pointer);
  const values = missing.map((value) => JSON.stringify(value)).join(', ');
  const headValues = new Set(head.enum.map((value) => JSON.stringify(value)));
  const onlyInBase = base.enum.filter((value) => !headValues.has(JSON.stringify(value)));
  if (onlyInBase.length > 0) {
    // N replaced values: its clients send and expect the new ones, which N-1 does not know.
    const old = onlyInBase.map((value) => JSON.stringify(value)).join(', ');
    report(
      walk,
      'blocker',
      [...rawPath, 'enum'],
      `${at}: enum value(s) ${values} in N replace ${old} of N-1; a rollback brings the old values back under clients that use the new ones.`,
      changeAdvice(`the values of ${at}`),
      'changed',
      `${pointer} enum`
    );
    return;
  }
  const detail =
    walk.site.mode === 'request'
      ? `${at}: enum value(s) ${values} accepted by N are rejected by N-1.`
      : `${at}: enum value(s) ${values} returned by N are never returned by N-1.`;
  report(
    walk,
    'warning',
    [...rawPath, 'enum'],
    detail,
    removalAdvice(`enum value(s) ${values} of ${at}`),
    'added',
    `${pointer} enum ${values}`
  );
}

function compareDefaults(
  walk: Walk,
  head: JsonObject,
  base: JsonObject,
  pointer: string,
  rawPath: string[]
): void {
  if (walk.site.mode !== 'request') return;
  if (JSON.stringify(head.default) === JSON.stringify(base.default)) return;
  const at = where(walk, pointer);
  report(
    walk,
    'warning',
    [...rawPath, 'default'],
    `${at}: default changes from ${JSON.stringify(head.default) ?? 'none'} in N to ${JSON.stringify(base.default) ?? 'none'} in N-1.`,
    dangerAdvice(`the default of ${at}`)
  );
}

/** Limits a request must respect: `[keyword, 'max' | 'min']`. */
const LIMITS = [
  ['maxLength', 'max'],
  ['maximum', 'max'],
  ['maxItems', 'max'],
  ['minLength', 'min'],
  ['minimum', 'min'],
  ['minItems', 'min']
] as const;

/** A request limit N relaxed (a longer maxLength): N-1 rejects what clients of N may now send. */
function compareLimits(
  walk: Walk,
  head: JsonObject,
  base: JsonObject,
  pointer: string,
  rawPath: string[]
): void {
  if (walk.site.mode !== 'request') return;
  for (const [keyword, bound] of LIMITS) {
    const baseLimit = base[keyword];
    if (typeof baseLimit !== 'number') continue;
    const headLimit = head[keyword];
    const relaxed =
      typeof headLimit !== 'number' || (bound === 'max' ? headLimit > baseLimit : headLimit < baseLimit);
    if (!relaxed) continue;
    const at = where(walk, pointer);
    const shown = typeof headLimit === 'number' ? String(headLimit) : 'none';
    report(
      walk,
      'warning',
      [...rawPath, keyword],
      `${at}: ${keyword} is ${shown} in N, ${baseLimit} in N-1: N-1 rejects values N accepts.`,
      removalAdvice(`the relaxed ${keyword} of ${at}`),
      'added',
      `${pointer} ${keyword}`
    );
  }
}

function compareProperties(
  walk: Walk,
  head: JsonObject,
  base: JsonObject,
  pointer: string,
  rawPath: string[],
  depth: number
): void {
  const headProps = isObject(head.properties) ? head.properties : {};
  const baseProps = isObject(base.properties) ? base.properties : {};
  const headRequired = requiredOf(head);
  const baseRequired = requiredOf(base);

  for (const [name, headProp] of Object.entries(headProps)) {
    const childPointer = `${pointer}.${name}`;
    const childPath = [...rawPath, 'properties', name];
    const at = where(walk, childPointer);
    if (!(name in baseProps)) {
      const detail =
        walk.site.mode === 'response'
          ? `${at}: returned by N, missing from N-1's response.`
          : `${at}: accepted by N, unknown to N-1 (dropped or rejected).`;
      report(walk, 'warning', childPath, detail, removalAdvice(at), 'added', childPointer);
      continue;
    }
    if (walk.site.mode === 'response' && headRequired.has(name) && !baseRequired.has(name)) {
      report(
        walk,
        'warning',
        childPath,
        `${at}: always present in N, optional in N-1.`,
        dangerAdvice(at),
        'changed'
      );
    }
    compareSchemaAt(walk, headProp, baseProps[name], childPointer, childPath, depth + 1);
  }

  if (walk.site.mode === 'request') {
    for (const name of baseRequired) {
      if (name in headProps || !(name in baseProps)) continue;
      // N-1 requires a field that N dropped: clients written for N never send it.
      const at = where(walk, `${pointer}.${name}`);
      // At the schema's own line (through its $ref), so one shared schema is one finding.
      report(
        walk,
        'blocker',
        [...rawPath, 'properties'],
        `${at}: not in N, required by N-1: clients of N do not send it.`,
        requirementAdvice(at),
        'removed',
        `${pointer}.${name} required`
      );
    }
    for (const name of baseRequired) {
      if (headRequired.has(name) || !(name in baseProps) || !(name in headProps)) continue;
      const at = where(walk, `${pointer}.${name}`);
      report(
        walk,
        'warning',
        [...rawPath, 'properties', name],
        `${at}: optional in N, required by N-1.`,
        dangerAdvice(at),
        'added',
        `${pointer}.${name} optional`
      );
    }
  }
}

function compareVariants(
  walk: Walk,
  head: JsonObject,
  base: JsonObject,
  pointer: string,
  rawPath: string[],
  depth: number
): void {
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const headVariants = Array.isArray(head[keyword]) ? (head[keyword] as unknown[]) : [];
    const baseVariants = Array.isArray(base[keyword]) ? (base[keyword] as unknown[]) : [];
    headVariants.forEach((variant, index) => {
      const variantPointer = `${pointer}<${keyword}[${index}]>`;
      const variantPath = [...rawPath, keyword, String(index)];
      if (index < baseVariants.length) {
        compareSchemaAt(walk, variant, baseVariants[index], variantPointer, variantPath, depth + 1);
      } else if (baseVariants.length > 0) {
        const at = where(walk, variantPointer);
        report(
          walk,
          'warning',
          variantPath,
          `${at}: variant present in N, missing from N-1.`,
          removalAdvice(at),
          'added'
        );
      }
    });
  }
}

function compareSchemaAt(
  walk: Walk,
  headRaw: unknown,
  baseRaw: unknown,
  pointer: string,
  rawPath: string[],
  depth: number
): void {
  if (!isObject(headRaw) || !isObject(baseRaw) || depth > MAX_DEPTH) return;
  if (!firstVisit(walk, headRaw, baseRaw)) return;
  // External refs stay unresolved on purpose (no disk, no network): only their targets can be compared.
  if (typeof headRaw.$ref === 'string' || typeof baseRaw.$ref === 'string') {
    if (headRaw.$ref !== baseRaw.$ref) {
      const at = where(walk, pointer);
      report(
        walk,
        'warning',
        rawPath,
        `${at}: external reference changes (${String(headRaw.$ref)} in N, ${String(baseRaw.$ref)} in N-1); not followed.`,
        dangerAdvice(at)
      );
    }
    return;
  }
  const head = flatten(headRaw);
  const base = flatten(baseRaw);
  if (!compareTypes(walk, head, base, pointer, rawPath)) return;
  compareEnums(walk, head, base, pointer, rawPath);
  compareDefaults(walk, head, base, pointer, rawPath);
  compareLimits(walk, head, base, pointer, rawPath);
  compareProperties(walk, head, base, pointer, rawPath, depth);
  compareSchemaAt(walk, head.items, base.items, `${pointer}[]`, [...rawPath, 'items'], depth + 1);
  compareSchemaAt(
    walk,
    head.additionalProperties,
    base.additionalProperties,
    `${pointer}{*}`,
    [...rawPath, 'additionalProperties'],
    depth + 1
  );
  compareVariants(walk, head, base, pointer, rawPath, depth);
}

/** Findings for one schema site (a parameter, a request body, a response body). */
export function compareSchemas(head: unknown, base: unknown, site: SchemaSite): ContractFinding[] {
  const walk: Walk = { site, out: [], seen: new WeakMap() };
  compareSchemaAt(walk, head, base, '', site.rawPath, 0);
  return walk.out;
}
