// GitHub's official OpenAPI description, loaded once per process and compiled per operation on first use,
// so a test file pays only for the handful of operations it touches.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

type Json = unknown;
type JsonObject = Record<string, unknown>;

const DESCRIPTION_ID = 'https://api.github.com/openapi';
const componentId = (ref: string) => DESCRIPTION_ID + ref.slice(1);

export interface OperationParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: JsonObject;
}

export interface Operation {
  operationId: string;
  method: string;
  pathTemplate: string;
  documentationUrl: string;
  parameters: OperationParameter[];
  requestBody?: { required: boolean; schema?: JsonObject };
  responses: Record<string, { schema?: JsonObject } | undefined>;
}

export interface PathMatch {
  operation: Operation;
  pathParams: Record<string, string>;
}

interface PathEntry {
  template: string;
  regex: RegExp;
  paramNames: string[];
  literalLength: number;
}

/**
 * OpenAPI 3.0 `nullable` rewritten into JSON Schema that Ajv understands; each local `$ref` is handed to
 * `onRef`, which returns the URI to reference instead (so components can be registered one by one).
 */
export function toJsonSchema(node: Json, onRef: (ref: string) => string = componentId): Json {
  const walk = (value: Json): Json => toJsonSchema(value, onRef);
  if (Array.isArray(node)) return node.map(walk);
  if (node === null || typeof node !== 'object') return node;
  const source = node as JsonObject;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === 'nullable' || key === 'example' || key === 'examples') continue;
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) {
      out.$ref = onRef(value);
    } else if (key === 'properties' && value && typeof value === 'object') {
      // Property names are data, not keywords: never strip or rewrite them.
      out.properties = Object.fromEntries(Object.entries(value as JsonObject).map(([k, v]) => [k, walk(v)]));
    } else {
      out[key] = walk(value);
    }
  }
  if (source.nullable !== true) return out;
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    return out;
  }
  return { anyOf: [{ type: 'null' }, out] };
}

function createAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, coerceTypes, messages: true });
  // ajv-formats is CommonJS: depending on the loader its plugin is the default export or sits under `.default`.
  const loaded = addFormatsModule as unknown as { default?: (a: Ajv) => Ajv } & ((a: Ajv) => Ajv);
  const addFormats = loaded.default ?? loaded;
  addFormats(ajv);
  // GitHub-specific formats: int64 is an integer that may exceed 2^31; uri-template is RFC 6570 text.
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
  ajv.addFormat('uri-template', { type: 'string', validate: () => true });
  // GitHub's own format for `owner/name` (a repository's "name with owner").
  ajv.addFormat('repo.nwo', /^[^/\s]+\/[^/\s]+$/);
  // GitHub answers "" for unset URL fields (a deployment status's target_url, environment_url) although the
  // description says `format: uri`; accept exactly that, keep every other string to the RFC 3986 check.
  const rfcUri = ajv.formats.uri as unknown as
    ((s: string) => boolean) | { validate: (s: string) => boolean };
  const isUri = typeof rfcUri === 'function' ? rfcUri : rfcUri.validate;
  ajv.addFormat('uri', { type: 'string', validate: (s: string) => s === '' || isUri(s) });
  return ajv;
}

export class OpenApiDescription {
  private static instance: OpenApiDescription | undefined;
  private readonly paths: PathEntry[];
  private readonly operations = new Map<string, Operation>();
  private readonly validators = new Map<string, ValidateFunction>();
  private ajvStrict: Ajv | undefined;
  private ajvCoercing: Ajv | undefined;
  /** Component ids registered with each Ajv instance. */
  private readonly registered = new WeakMap<Ajv, Set<string>>();

  private readonly document: JsonObject;

  private constructor(document: JsonObject) {
    this.document = document;
    this.paths = Object.entries(document.paths as Record<string, JsonObject>).map(([template, item]) =>
      compilePathTemplate(template, this.multiSegmentParams(item))
    );
    // Most literal characters first: `/git/matching-refs/{ref}` must win over a looser template.
    this.paths.sort((a, b) => b.literalLength - a.literalLength);
  }

  static load(): OpenApiDescription {
    if (!OpenApiDescription.instance) {
      const require = createRequire(import.meta.url);
      const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
      OpenApiDescription.instance = new OpenApiDescription(
        JSON.parse(readFileSync(file, 'utf8')) as JsonObject
      );
    }
    return OpenApiDescription.instance;
  }

  match(method: string, pathname: string): PathMatch | undefined {
    const lower = method.toLowerCase();
    for (const entry of this.paths) {
      const found = entry.regex.exec(pathname);
      if (!found) continue;
      const item = (this.document.paths as Record<string, JsonObject>)[entry.template];
      if (!item || !item[lower]) continue;
      const pathParams: Record<string, string> = {};
      entry.paramNames.forEach((name, i) => {
        pathParams[name] = decodeURIComponent(found[i + 1] ?? '');
      });
      return { operation: this.operation(entry.template, lower), pathParams };
    }
    return undefined;
  }

  /** Whether some path template matches, for telling 404 from 405-like misses. */
  operationById(operationId: string): Operation | undefined {
    for (const op of this.operations.values()) if (op.operationId === operationId) return op;
    for (const [template, item] of Object.entries(this.document.paths as Record<string, JsonObject>)) {
      for (const [method, op] of Object.entries(item)) {
        if ((op as JsonObject)?.operationId === operationId) return this.operation(template, method);
      }
    }
    return undefined;
  }

  validateRequest(
    operation: Operation,
    request: {
      pathParams: Record<string, string>;
      query: Record<string, string>;
      body: unknown;
      hasBody: boolean;
    }
  ): string[] {
    const errors: string[] = [];
    const params = this.compile(`${operation.operationId} params`, () => paramsSchema(operation), true);
    const values = { path: { ...request.pathParams }, query: { ...request.query } };
    if (!params(values)) errors.push(...describe(params.errors));
    if (operation.requestBody) {
      if (!request.hasBody) {
        if (operation.requestBody.required) errors.push('Request body is required.');
      } else if (operation.requestBody.schema) {
        const schema = operation.requestBody.schema;
        const body = this.compile(`${operation.operationId} body`, () => schema, false);
        if (!body(request.body)) errors.push(...describe(body.errors));
      }
    }
    return errors;
  }

  validateResponse(operation: Operation, status: number, body: unknown): string[] {
    const response = operation.responses[String(status)] ?? operation.responses.default;
    if (!response) return [`status ${status} is not documented for ${operation.operationId}`];
    if (!response.schema)
      return body === undefined || body === '' ? [] : [`status ${status} documents no body`];
    const schema = response.schema;
    const validate = this.compile(`${operation.operationId} ${status}`, () => schema, false);
    return validate(body) ? [] : describe(validate.errors);
  }

  private operation(template: string, method: string): Operation {
    const key = `${method} ${template}`;
    const cached = this.operations.get(key);
    if (cached) return cached;
    const item = (this.document.paths as Record<string, JsonObject>)[template] as JsonObject;
    const op = item[method] as JsonObject;
    const parameters = [...((item.parameters as Json[]) ?? []), ...((op.parameters as Json[]) ?? [])]
      .map((p) => this.resolve(p) as JsonObject)
      .map((p) => ({
        name: p.name as string,
        in: p.in as OperationParameter['in'],
        required: p.required === true,
        schema: (p.schema as JsonObject) ?? {}
      }));
    const body = op.requestBody ? (this.resolve(op.requestBody) as JsonObject) : undefined;
    const responses: Operation['responses'] = {};
    for (const [status, value] of Object.entries((op.responses as JsonObject) ?? {})) {
      const response = this.resolve(value) as JsonObject;
      responses[status] = { schema: jsonSchemaOf(response.content) };
    }
    const docs = op.externalDocs as { url?: string } | undefined;
    const operation: Operation = {
      operationId: op.operationId as string,
      method: method.toUpperCase(),
      pathTemplate: template,
      documentationUrl: docs?.url ?? 'https://docs.github.com/rest',
      parameters,
      ...(body
        ? { requestBody: { required: body.required === true, schema: jsonSchemaOf(body.content) } }
        : {}),
      responses
    };
    this.operations.set(key, operation);
    return operation;
  }

  /** Parameters marked `x-multi-segment` (a file path, a ref like heads/main) may span slashes. */
  private multiSegmentParams(item: JsonObject): Set<string> {
    const names = new Set<string>();
    for (const op of Object.values(item)) {
      const params = (op as JsonObject)?.parameters;
      if (!Array.isArray(params)) continue;
      for (const p of params.map((x) => this.resolve(x) as JsonObject)) {
        if (p?.['x-multi-segment'] === true) names.add(p.name as string);
      }
    }
    return names;
  }

  private resolve(node: Json): Json {
    let current = node;
    while (current && typeof current === 'object' && typeof (current as JsonObject).$ref === 'string') {
      const pointer = ((current as JsonObject).$ref as string).replace(/^#\//, '').split('/');
      current = pointer.reduce<Json>(
        (acc, part) => (acc as JsonObject)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')],
        this.document
      );
    }
    return current;
  }

  private compile(key: string, schema: () => JsonObject, coerce: boolean): ValidateFunction {
    const cached = this.validators.get(key);
    if (cached) return cached;
    const ajv = this.ajv(coerce);
    const validate = ajv.compile(this.transform(schema(), ajv) as JsonObject);
    this.validators.set(key, validate);
    return validate;
  }

  /** Registers only the components a schema reaches, so a test file pays for its operations alone. */
  private transform(schema: Json, ajv: Ajv): Json {
    let registered = this.registered.get(ajv);
    if (!registered) this.registered.set(ajv, (registered = new Set()));
    const known = registered;
    return toJsonSchema(schema, (ref) => {
      const id = componentId(ref);
      if (!known.has(id)) {
        // Marked before the walk so recursive schemas (a commit's parents, nested users) terminate.
        known.add(id);
        ajv.addSchema(this.transform(this.resolve({ $ref: ref }), ajv) as JsonObject, id);
      }
      return id;
    });
  }

  private ajv(coerce: boolean): Ajv {
    if (coerce) return (this.ajvCoercing ??= createAjv(true));
    return (this.ajvStrict ??= createAjv(false));
  }
}

function jsonSchemaOf(content: Json): JsonObject | undefined {
  if (!content || typeof content !== 'object') return undefined;
  const media = content as Record<string, { schema?: JsonObject }>;
  const json =
    media['application/json'] ?? Object.entries(media).find(([type]) => type.includes('json'))?.[1];
  return json?.schema;
}

function paramsSchema(operation: Operation): JsonObject {
  const group = (where: 'path' | 'query') => {
    const list = operation.parameters.filter((p) => p.in === where);
    return {
      type: 'object',
      properties: Object.fromEntries(list.map((p) => [p.name, p.schema])),
      required: list.filter((p) => p.required).map((p) => p.name)
    };
  };
  return { type: 'object', properties: { path: group('path'), query: group('query') } };
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath || '(root)';
    const extra =
      e.keyword === 'enum'
        ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
        : '';
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
}

function compilePathTemplate(template: string, multiSegment: Set<string>): PathEntry {
  const paramNames: string[] = [];
  let literalLength = 0;
  const pattern = template
    .split(/(\{[^}]+\})/)
    .map((piece) => {
      const param = /^\{([^}]+)\}$/.exec(piece);
      if (!param) {
        literalLength += piece.length;
        return piece.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      }
      const name = param[1] as string;
      paramNames.push(name);
      return multiSegment.has(name) ? '(.+?)' : '([^/]+)';
    })
    .join('');
  return { template, regex: new RegExp(`^${pattern}$`), paramNames, literalLength };
}
