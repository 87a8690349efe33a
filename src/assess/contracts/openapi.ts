/**
 * OpenAPI 2 and 3 in the rollback direction: paths, operations, parameters, request bodies,
 * responses and security that N offers and N-1 does not. No maintained JavaScript library diffs
 * OpenAPI with severities, so these rules are ours; schemas are compared in openapi-schema.ts.
 */
import {
  changeAdvice,
  dangerAdvice,
  INFO_ADVICE,
  removalAdvice,
  requirementAdvice,
  type ContractChange,
  type ContractFinding,
  type ContractInventory
} from './finding.js';
import { keepChangedOpenApi } from './openapi-chunks.js';
import { isObject, loadOpenApi, type JsonObject, type OpenApiDocument } from './openapi-document.js';
import { compareSchemas } from './openapi-schema.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Located<T> {
  value: T;
  rawPath: string[];
}

type Route = Located<JsonObject> & { path: string };

interface Side {
  doc: OpenApiDocument;
  value: JsonObject;
}

/** `/users/{id}` and `/users/{userId}` are the same route to a client. */
function routeKey(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}');
}

/** `application/json; charset=utf-8` and `Application/JSON` are the same body to a client. */
function mediaKey(media: string): string {
  return media.split(';')[0]!.trim().toLowerCase();
}

function objectAt(value: unknown, key: string): JsonObject {
  return isObject(value) && isObject(value[key]) ? value[key] : {};
}

function routes(value: JsonObject): Map<string, Route> {
  const byRoute = new Map<string, Route>();
  for (const [path, item] of Object.entries(objectAt(value, 'paths'))) {
    if (isObject(item)) byRoute.set(routeKey(path), { path, value: item, rawPath: ['paths', path] });
  }
  return byRoute;
}

function operationsOf(item: JsonObject): [string, JsonObject][] {
  return METHODS.filter((method) => isObject(item[method])).map((method) => [
    method,
    item[method] as JsonObject
  ]);
}

/**
 * Parameters by `in:name`; operation-level ones override path-level ones, as the spec says. Path
 * parameters are keyed by their position in the template: a client never sends their names.
 */
function parametersOf(item: Route, method: string): Map<string, Located<JsonObject>> {
  const templateNames = [...item.path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1]);
  const params = new Map<string, Located<JsonObject>>();
  const sources: [unknown, string[]][] = [
    [item.value.parameters, [...item.rawPath, 'parameters']],
    [objectAt(item.value, method).parameters, [...item.rawPath, method, 'parameters']]
  ];
  for (const [list, rawPath] of sources) {
    if (!Array.isArray(list)) continue;
    list.forEach((param, index) => {
      if (!isObject(param) || typeof param.name !== 'string' || typeof param.in !== 'string') return;
      if (param.in === 'body') return;
      const position = param.in === 'path' ? templateNames.indexOf(param.name) : -1;
      const name =
        param.in === 'header' ? param.name.toLowerCase() : position >= 0 ? `{${position}}` : param.name;
      params.set(`${param.in}:${name}`, { value: param, rawPath: [...rawPath, String(index)] });
    });
  }
  return params;
}

interface Body {
  required: boolean;
  /** Schema per media type (OpenAPI 2 has one body schema, keyed by its `consumes`). */
  content: Map<string, Located<unknown>>;
  rawPath: string[];
}

function bodyOf(side: Side, item: Route, method: string): Body | null {
  const op = objectAt(item.value, method);
  const opPath = [...item.rawPath, method];
  if (side.doc.version === 3) {
    if (!isObject(op.requestBody)) return null;
    const content = new Map<string, Located<unknown>>();
    for (const [media, entry] of Object.entries(objectAt(op.requestBody, 'content'))) {
      content.set(mediaKey(media), {
        value: isObject(entry) ? entry.schema : undefined,
        rawPath: [...opPath, 'requestBody', 'content', media, 'schema']
      });
    }
    return { required: op.requestBody.required === true, content, rawPath: [...opPath, 'requestBody'] };
  }
  const all = [
    ...(Array.isArray(item.value.parameters)
      ? item.value.parameters.map((p, i) => [p, [...item.rawPath, 'parameters', String(i)]] as const)
      : []),
    ...(Array.isArray(op.parameters)
      ? op.parameters.map((p, i) => [p, [...opPath, 'parameters', String(i)]] as const)
      : [])
  ];
  const body = all.filter(([param]) => isObject(param) && param.in === 'body').pop();
  if (!body || !isObject(body[0])) return null;
  const consumes = Array.isArray(op.consumes)
    ? op.consumes
    : Array.isArray(side.value.consumes)
      ? side.value.consumes
      : ['application/json'];
  const content = new Map<string, Located<unknown>>();
  for (const media of consumes)
    content.set(mediaKey(String(media)), { value: body[0].schema, rawPath: [...body[1], 'schema'] });
  return { required: body[0].required === true, content, rawPath: [...body[1]] };
}

/** Response schema per media type for one status code. */
function responseContent(side: Side, response: unknown, rawPath: string[]): Map<string, Located<unknown>> {
  const content = new Map<string, Located<unknown>>();
  if (!isObject(response)) return content;
  if (side.doc.version === 2) {
    if (response.schema !== undefined)
      content.set('*', { value: response.schema, rawPath: [...rawPath, 'schema'] });
    return content;
  }
  for (const [media, entry] of Object.entries(objectAt(response, 'content'))) {
    content.set(mediaKey(media), {
      value: isObject(entry) ? entry.schema : undefined,
      rawPath: [...rawPath, 'content', media, 'schema']
    });
  }
  return content;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    isObject(entry) ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b))) : entry
  );
}

function securitySchemes(side: Side): JsonObject {
  return side.doc.version === 3
    ? objectAt(objectAt(side.value, 'components'), 'securitySchemes')
    : objectAt(side.value, 'securityDefinitions');
}

class OpenApiComparison {
  readonly findings: ContractFinding[] = [];

  constructor(
    private readonly head: Side,
    private readonly base: Side
  ) {}

  private add(
    severity: ContractFinding['severity'],
    rawPath: string[] | null,
    detail: string,
    recommendation: string,
    change?: ContractChange,
    subject?: string
  ): void {
    const finding: ContractFinding = {
      severity,
      line: rawPath ? this.head.doc.lineOf(rawPath) : null,
      detail,
      recommendation
    };
    if (change) finding.change = change;
    if (subject) finding.subject = subject;
    this.findings.push(finding);
  }

  run(): ContractFinding[] {
    const headRoutes = routes(this.head.value);
    const baseRoutes = routes(this.base.value);
    for (const [key, headItem] of headRoutes) {
      const baseItem = baseRoutes.get(key);
      for (const [method] of operationsOf(headItem.value)) {
        const label = `${method.toUpperCase()} ${headItem.path}`;
        if (!baseItem || !isObject(baseItem.value[method])) {
          this.add(
            'warning',
            [...headItem.rawPath, method],
            `${label}: offered by N, missing from N-1.`,
            removalAdvice(label),
            'added',
            label
          );
          continue;
        }
        this.compareOperation(label, headItem, baseItem, method);
      }
    }
    for (const [key, baseItem] of baseRoutes) {
      for (const [method] of operationsOf(baseItem.value)) {
        if (isObject(headRoutes.get(key)?.value[method])) continue;
        this.add(
          'info',
          null,
          `${method.toUpperCase()} ${baseItem.path}: removed by N, restored by a rollback.`,
          INFO_ADVICE,
          'removed'
        );
      }
    }
    this.compareSecuritySchemes();
    this.compareServers();
    return this.findings;
  }

  private compareOperation(label: string, headItem: Route, baseItem: Route, method: string): void {
    this.compareParameters(label, headItem, baseItem, method);
    this.compareBodies(label, headItem, baseItem, method);
    this.compareResponses(label, headItem, baseItem, method);
    this.compareSecurity(label, headItem, baseItem, method);
  }

  private compareParameters(label: string, headItem: Route, baseItem: Route, method: string): void {
    const headParams = parametersOf(headItem, method);
    const baseParams = parametersOf(baseItem, method);
    for (const [key, headParam] of headParams) {
      const at = `${label} parameter ${String(headParam.value.in)}:${String(headParam.value.name)}`;
      const baseParam = baseParams.get(key);
      if (!baseParam) {
        const moved = [...baseParams.values()].find((param) => param.value.name === headParam.value.name);
        if (moved) {
          this.add(
            'blocker',
            [...headParam.rawPath, 'in'],
            `${at}: moves to ${String(moved.value.in)} in N-1.`,
            changeAdvice(`where ${at} is sent`),
            'changed'
          );
        } else {
          this.add(
            'warning',
            headParam.rawPath,
            `${at}: accepted by N, unknown to N-1.`,
            removalAdvice(at),
            'added',
            at
          );
        }
        continue;
      }
      if (baseParam.value.required === true && headParam.value.required !== true) {
        this.add(
          'warning',
          headParam.rawPath,
          `${at}: optional in N, required by N-1.`,
          removalAdvice(`that ${at} is optional`),
          'added'
        );
      }
      // OpenAPI 3 puts the type under `schema`; Swagger 2 puts it on the parameter itself.
      const useSchema = this.head.doc.version === 3 && isObject(headParam.value.schema);
      this.findings.push(
        ...compareSchemas(
          useSchema ? headParam.value.schema : headParam.value,
          this.base.doc.version === 3 ? baseParam.value.schema : baseParam.value,
          {
            label: at,
            mode: 'request',
            rawPath: useSchema ? [...headParam.rawPath, 'schema'] : headParam.rawPath,
            lineOf: this.head.doc.lineOf
          }
        )
      );
    }
    for (const [key, baseParam] of baseParams) {
      if (headParams.has(key) || baseParam.value.required !== true) continue;
      if ([...headParams.values()].some((param) => param.value.name === baseParam.value.name)) continue;
      const at = `${label} parameter ${String(baseParam.value.in)}:${String(baseParam.value.name)}`;
      this.add(
        'blocker',
        [...headItem.rawPath, method],
        `${at}: not in N, required by N-1.`,
        requirementAdvice(at),
        'removed'
      );
    }
  }

  private compareBodies(label: string, headItem: Route, baseItem: Route, method: string): void {
    const headBody = bodyOf(this.head, headItem, method);
    const baseBody = bodyOf(this.base, baseItem, method);
    const at = `${label} request`;
    if (!headBody) {
      if (baseBody?.required)
        this.add(
          'blocker',
          [...headItem.rawPath, method],
          `${at}: N takes no body, N-1 requires one.`,
          requirementAdvice(`a request body on ${label}`),
          'removed'
        );
      return;
    }
    if (!baseBody) {
      this.add(
        'warning',
        headBody.rawPath,
        `${at}: N accepts a request body, N-1 does not.`,
        removalAdvice(`a request body on ${label}`),
        'added'
      );
      return;
    }
    if (baseBody.required && !headBody.required) {
      this.add(
        'warning',
        headBody.rawPath,
        `${at}: body optional in N, required by N-1.`,
        removalAdvice(`an optional body on ${label}`),
        'added'
      );
    }
    for (const [media, headSchema] of headBody.content) {
      const baseSchema = baseBody.content.get(media);
      if (!baseSchema) {
        this.add(
          'warning',
          headSchema.rawPath.slice(0, -1),
          `${at} ${media}: accepted by N, not by N-1.`,
          removalAdvice(`${media} bodies on ${label}`),
          'added'
        );
        continue;
      }
      const site = headBody.content.size > 1 ? `${at} ${media}` : at;
      this.findings.push(
        ...compareSchemas(headSchema.value, baseSchema.value, {
          label: site,
          mode: 'request',
          rawPath: headSchema.rawPath,
          lineOf: this.head.doc.lineOf
        })
      );
    }
  }

  private compareResponses(label: string, headItem: Route, baseItem: Route, method: string): void {
    const headResponses = objectAt(objectAt(headItem.value, method), 'responses');
    const baseResponses = objectAt(objectAt(baseItem.value, method), 'responses');
    for (const [status, headResponse] of Object.entries(headResponses)) {
      const rawPath = [...headItem.rawPath, method, 'responses', status];
      const at = `${label} response ${status}`;
      if (!(status in baseResponses)) {
        this.add('warning', rawPath, `${at}: returned by N, never by N-1.`, removalAdvice(at), 'added');
        continue;
      }
      this.compareResponseHeaders(at, headResponse, baseResponses[status], rawPath);
      const headContent = responseContent(this.head, headResponse, rawPath);
      const baseContent = responseContent(this.base, baseResponses[status], [
        ...baseItem.rawPath,
        method,
        'responses',
        status
      ]);
      for (const [media, headSchema] of headContent) {
        const baseSchema = baseContent.get(media);
        if (!baseSchema) {
          this.add(
            'warning',
            headSchema.rawPath.slice(0, -1),
            `${at} ${media}: returned by N, not by N-1.`,
            removalAdvice(`${media} responses on ${label}`),
            'added'
          );
          continue;
        }
        const site = headContent.size > 1 ? `${at} ${media}` : at;
        this.findings.push(
          ...compareSchemas(headSchema.value, baseSchema.value, {
            label: site,
            mode: 'response',
            rawPath: headSchema.rawPath,
            lineOf: this.head.doc.lineOf
          })
        );
      }
    }
  }

  private compareSecurity(label: string, headItem: Route, baseItem: Route, method: string): void {
    const headOp = objectAt(headItem.value, method);
    const baseOp = objectAt(baseItem.value, method);
    const headSecurity = headOp.security ?? this.head.value.security ?? [];
    const baseSecurity = baseOp.security ?? this.base.value.security ?? [];
    if (canonical(headSecurity) === canonical(baseSecurity)) return;
    const rawPath = headOp.security !== undefined ? [...headItem.rawPath, method, 'security'] : ['security'];
    this.add(
      'warning',
      rawPath,
      `${label}: security requirements change from ${canonical(headSecurity)} in N to ${canonical(baseSecurity)} in N-1.`,
      dangerAdvice(`the credentials clients send to ${label}`)
    );
  }

  /** Where every operation lives: Swagger's `basePath`, OpenAPI 3's `servers`. */
  private compareServers(): void {
    if (this.head.doc.version === 2 && this.base.doc.version === 2) {
      const headBase = typeof this.head.value.basePath === 'string' ? this.head.value.basePath : '/';
      const baseBase = typeof this.base.value.basePath === 'string' ? this.base.value.basePath : '/';
      if (headBase !== baseBase) {
        this.add(
          'blocker',
          ['basePath'],
          `basePath changes from ${headBase} in N to ${baseBase} in N-1: every operation moves.`,
          changeAdvice(`basePath ${headBase}`),
          'changed'
        );
      }
      return;
    }
    const headServers = this.head.value.servers ?? [];
    const baseServers = this.base.value.servers ?? [];
    if (canonical(headServers) !== canonical(baseServers)) {
      this.add(
        'warning',
        ['servers'],
        `servers change from ${canonical(headServers)} in N to ${canonical(baseServers)} in N-1.`,
        dangerAdvice('the server URLs clients call')
      );
    }
  }

  private compareResponseHeaders(
    at: string,
    headResponse: unknown,
    baseResponse: unknown,
    rawPath: string[]
  ): void {
    const baseHeaders = new Set(
      Object.keys(objectAt(baseResponse, 'headers')).map((name) => name.toLowerCase())
    );
    for (const name of Object.keys(objectAt(headResponse, 'headers'))) {
      if (baseHeaders.has(name.toLowerCase())) continue;
      this.add(
        'warning',
        [...rawPath, 'headers', name],
        `${at} header ${name}: returned by N, not by N-1.`,
        removalAdvice(`the ${name} header of ${at}`),
        'added'
      );
    }
  }

  private compareSecuritySchemes(): void {
    const headSchemes = securitySchemes(this.head);
    const baseSchemes = securitySchemes(this.base);
    const schemesPath =
      this.head.doc.version === 3 ? ['components', 'securitySchemes'] : ['securityDefinitions'];
    for (const [name, scheme] of Object.entries(headSchemes)) {
      if (canonical(scheme) === canonical(baseSchemes[name])) continue;
      const added = !(name in baseSchemes);
      this.add(
        'warning',
        [...schemesPath, name],
        `Security scheme ${name} ${added ? 'is missing from N-1' : 'is defined differently in N-1'}.`,
        added ? removalAdvice(`security scheme ${name}`) : dangerAdvice(`security scheme ${name}`),
        added ? 'added' : 'changed'
      );
    }
  }
}

export async function diffOpenApi(head: string, base: string): Promise<ContractFinding[]> {
  const reduced = keepChangedOpenApi(head, base);
  const headDoc = await loadOpenApi(reduced?.head ?? head, 'head');
  const baseDoc = await loadOpenApi(reduced?.base ?? base, 'base');
  return new OpenApiComparison(
    { doc: headDoc, value: headDoc.value },
    { doc: baseDoc, value: baseDoc.value }
  ).run();
}

export async function inventoryOpenApi(text: string): Promise<ContractInventory> {
  const doc = await loadOpenApi(text, 'head');
  let operations = 0;
  for (const item of routes(doc.value).values()) operations += operationsOf(item.value).length;
  return { summary: `${operations} operation${operations === 1 ? '' : 's'}`, empty: operations === 0 };
}
