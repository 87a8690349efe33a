/**
 * Sentry's own OpenAPI description (the excerpt with the events, events-timeseries and sessions
 * endpoints), read from `../shared/vendor-apis/sentry/` beside the repository: it is not ours to
 * copy in. Requests are checked against each operation's parameters (known names, required ones
 * present, enum values, integer types) and answers against the 200 schema, with Ajv.
 *
 * When the folder is absent, `loadSentryDescription()` returns undefined and the tests that need
 * it say they were skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { toJsonSchema } from '../fake-github/openapi.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the shared vendor descriptions are: beside the repository, or where the variable says. */
export function vendorApisDir(): string | undefined {
  const candidates = [process.env.POSTFLIGHT_VENDOR_APIS, path.resolve(root, '../shared/vendor-apis')].filter(
    (p): p is string => typeof p === 'string'
  );
  return candidates.find((p) => existsSync(p));
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: {
    type?: string;
    enum?: unknown[];
    items?: { type?: string; enum?: unknown[]; anyOf?: unknown[] };
  };
}
interface Operation {
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

export interface SentryDescription {
  /** Problems with a request to `pathname` (`/api/0/organizations/acme/events/`) and its query. */
  checkRequest(pathname: string, query: URLSearchParams): string[];
  /** Problems with a 200 answer's body for `pathname`. */
  checkResponse(pathname: string, body: unknown): string[];
}

export function loadSentryDescription(): SentryDescription | undefined {
  const dir = vendorApisDir();
  const file = dir && path.join(dir, 'sentry/openapi-excerpt.json');
  if (!file || !existsSync(file)) return undefined;
  const document = JSON.parse(readFileSync(file, 'utf8')) as { paths: Record<string, { get?: Operation }> };
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  const loaded = addFormatsModule as unknown as { default?: (a: Ajv) => Ajv } & ((a: Ajv) => Ajv);
  (loaded.default ?? loaded)(ajv);
  ajv.addFormat('double', { type: 'number', validate: () => true });
  const validators = new Map<string, ValidateFunction>();

  const operationFor = (pathname: string): [string, Operation] | undefined => {
    for (const [template, item] of Object.entries(document.paths)) {
      const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
      if (pattern.test(pathname) && item.get) return [template, item.get];
    }
    return undefined;
  };

  return {
    checkRequest(pathname, query) {
      const found = operationFor(pathname);
      if (!found) return [`no operation in Sentry's description for GET ${pathname}`];
      const [, operation] = found;
      const problems: string[] = [];
      const params = operation.parameters.filter((p) => p.in === 'query');
      for (const name of new Set(query.keys())) {
        if (!params.some((p) => p.name === name)) problems.push(`unknown query parameter ${name}`);
      }
      for (const param of params) {
        const values = query.getAll(param.name);
        if (param.required && values.length === 0) problems.push(`missing required parameter ${param.name}`);
        const schema = param.schema?.type === 'array' ? param.schema.items : param.schema;
        if (param.schema?.type !== 'array' && values.length > 1) problems.push(`${param.name} is not a list`);
        for (const value of values) {
          if (schema?.enum && !schema.enum.includes(value))
            problems.push(`${param.name}=${value} is not one of ${schema.enum.join(', ')}`);
          if (schema?.type === 'integer' && !/^-?\d+$/.test(value))
            problems.push(`${param.name}=${value} is not an integer`);
          if (
            (param.schema as { format?: string } | undefined)?.format === 'date-time' &&
            Number.isNaN(Date.parse(value))
          )
            problems.push(`${param.name}=${value} is not a date-time`);
        }
      }
      return problems;
    },
    checkResponse(pathname, body) {
      const found = operationFor(pathname);
      if (!found) return [`no operation for ${pathname}`];
      const [template, operation] = found;
      let validate = validators.get(template);
      if (!validate) {
        const schema = operation.responses['200']?.content?.['application/json']?.schema;
        validate = ajv.compile(toJsonSchema(schema ?? {}) as object);
        validators.set(template, validate);
      }
      return validate(body)
        ? []
        : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
    }
  };
}
