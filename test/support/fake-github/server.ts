// The HTTP face of the fake: auth, rate limits, permissions, OpenAPI validation, then the route.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiDescription, type Operation } from './openapi.js';
import { HttpError, type RouteRequest, type RouteResponse, type RouteTable, type World } from './routing.js';
import { isoSeconds, type PermissionLevel, type RepoState, type TokenPermissions } from './state.js';

export interface TokenGrant {
  permissions: TokenPermissions;
  login: string;
}

export type RateLimitRule =
  | { kind: 'primary'; times: number; resetInSeconds?: number; operationId?: string }
  | {
      kind: 'secondary';
      times: number;
      retryAfterSeconds?: number;
      status?: 403 | 429;
      operationId?: string;
    };

export interface Violation {
  kind: 'request' | 'response' | 'unimplemented';
  operationId: string;
  method: string;
  path: string;
  errors: string[];
}

export interface RequestLogEntry {
  method: string;
  path: string;
  operationId: string | undefined;
  status: number;
}

export class ResponseViolationError extends Error {}

const DOCS = 'https://docs.github.com/rest';
const ANONYMOUS: TokenGrant = {
  login: 'anonymous',
  permissions: {
    actions: 'read',
    checks: 'read',
    contents: 'read',
    deployments: 'read',
    issues: 'read',
    metadata: 'read',
    'pull-requests': 'read',
    statuses: 'read'
  }
};
const LIMIT = 5000;

function levelAllows(granted: PermissionLevel | undefined, needed: 'read' | 'write'): boolean {
  if (granted === 'write') return true;
  return needed === 'read' && granted === 'read';
}

/** Throws when the fake itself produced a body the OpenAPI description forbids: a bug in the fake. */
export function assertValidResponse(operation: Operation, status: number, body: unknown): void {
  const errors = OpenApiDescription.load().validateResponse(operation, status, body);
  if (errors.length) {
    throw new ResponseViolationError(
      `${operation.operationId} ${status} response violates GitHub's OpenAPI description:\n${errors.join('\n')}`
    );
  }
}

export class FakeGitHubServer {
  readonly violations: Violation[] = [];
  readonly requests: RequestLogEntry[] = [];
  readonly tokens = new Map<string, TokenGrant>();
  readonly rateLimitRules: RateLimitRule[] = [];
  private readonly calls = new Map<string, number>();
  private server: Server | undefined;
  private baseUrl = '';
  private remaining = LIMIT;
  private resetAt = Math.floor(Date.now() / 1000) + 3600;

  constructor(
    readonly world: World,
    readonly routes: RouteTable
  ) {}

  get url(): string {
    return this.baseUrl;
  }

  async listen(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res);
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  callCount(operationId?: string): number {
    if (operationId) return this.calls.get(operationId) ?? 0;
    return [...this.calls.values()].reduce((a, b) => a + b, 0);
  }

  callCounts(): Record<string, number> {
    return Object.fromEntries(this.calls);
  }

  resetCounters(): void {
    this.calls.clear();
    this.requests.length = 0;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const raw = await readBody(req);
    let operationId: string | undefined;
    const send = (response: RouteResponse) => {
      this.requests.push({ method, path: url.pathname, operationId, status: response.status });
      const headers: Record<string, string> = {
        'x-github-api-version-selected': '2022-11-28',
        'x-github-request-id': `FAKE:${this.requests.length.toString(16).toUpperCase()}`,
        'x-ratelimit-limit': String(LIMIT),
        'x-ratelimit-remaining': String(this.remaining),
        'x-ratelimit-used': String(LIMIT - this.remaining),
        'x-ratelimit-reset': String(this.resetAt),
        'x-ratelimit-resource': 'core',
        ...response.headers
      };
      if (response.body === undefined) {
        res.writeHead(response.status, headers).end();
      } else {
        res
          .writeHead(response.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
          .end(JSON.stringify(response.body));
      }
    };
    try {
      const match = OpenApiDescription.load().match(method, url.pathname);
      operationId = match?.operation.operationId;
      if (operationId) this.calls.set(operationId, (this.calls.get(operationId) ?? 0) + 1);
      const docs = match?.operation.documentationUrl ?? DOCS;

      const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const grant = token ? this.tokens.get(token) : ANONYMOUS;
      if (!grant) return send(error(401, 'Bad credentials', DOCS));

      const limited = this.rateLimited(operationId) ?? this.budgetExhausted();
      if (limited) return send(limited);
      this.remaining = Math.max(0, this.remaining - 1);

      if (!match) return send(error(404, 'Not Found', DOCS));
      const { operation, pathParams } = match;
      const route = this.routes[operation.operationId];
      if (!route) {
        this.violations.push({
          kind: 'unimplemented',
          operationId: operation.operationId,
          method,
          path: url.pathname,
          errors: ['the fake has no route for this operation']
        });
        return send(error(404, `Not Found (fake-github does not implement ${operation.operationId})`, docs));
      }
      const repo =
        pathParams.owner && pathParams.repo
          ? this.world.repos.get(`${pathParams.owner}/${pathParams.repo}`)
          : undefined;
      // Anonymous callers see public repositories read-only; a private one does not exist for them.
      if ((pathParams.owner && pathParams.repo && !repo) || (grant === ANONYMOUS && repo?.private)) {
        return send(error(404, 'Not Found', docs));
      }
      if (grant === ANONYMOUS && route.permission?.level === 'write')
        return send(error(401, 'Requires authentication', docs));
      if (
        route.permission &&
        !levelAllows(grant.permissions[route.permission.scope], route.permission.level)
      ) {
        return send(error(403, 'Resource not accessible by integration', docs));
      }

      let body: unknown;
      const hasBody = raw.length > 0;
      if (hasBody) {
        try {
          body = JSON.parse(raw);
        } catch {
          return send(error(400, 'Problems parsing JSON', docs));
        }
      }
      const query = Object.fromEntries(url.searchParams);
      const requestErrors = OpenApiDescription.load().validateRequest(operation, {
        pathParams,
        query,
        body,
        hasBody
      });
      if (requestErrors.length) {
        this.violations.push({
          kind: 'request',
          operationId: operation.operationId,
          method,
          path: url.pathname,
          errors: requestErrors
        });
        return send(error(422, `Invalid request.\n\n${requestErrors.join('\n')}`, docs));
      }

      const headers: Record<string, string> = {};
      const routeRequest = this.routeRequest(url, pathParams, query, body, grant.login, headers);
      let response: RouteResponse;
      try {
        response = route.handle(routeRequest);
      } catch (caught) {
        if (!(caught instanceof HttpError)) throw caught;
        response = {
          status: caught.status,
          body: { ...caught.body, documentation_url: docs, status: String(caught.status) }
        };
      }
      response = { ...response, headers: { ...headers, ...response.headers } };
      try {
        assertValidResponse(operation, response.status, response.body);
      } catch (caught) {
        if (!(caught instanceof ResponseViolationError)) throw caught;
        this.violations.push({
          kind: 'response',
          operationId: operation.operationId,
          method,
          path: url.pathname,
          errors: [caught.message]
        });
        return send(error(500, `fake-github bug: ${caught.message}`, docs));
      }
      return send(response);
    } catch (caught) {
      const message = caught instanceof Error ? (caught.stack ?? caught.message) : String(caught);
      this.violations.push({
        kind: 'response',
        operationId: operationId ?? '(unmatched)',
        method,
        path: url.pathname,
        errors: [message]
      });
      return send(error(500, `fake-github crashed: ${message}`, DOCS));
    }
  }

  /** Sets the primary budget, like a token that has already spent most of its hour. */
  setRateLimit(remaining: number, resetInSeconds: number): void {
    this.remaining = remaining;
    this.resetAt = Math.floor(Date.now() / 1000) + resetInSeconds;
  }

  private budgetExhausted(): RouteResponse | undefined {
    const now = Math.floor(Date.now() / 1000);
    if (now >= this.resetAt) {
      this.remaining = LIMIT;
      this.resetAt = now + 3600;
    }
    if (this.remaining > 0) return undefined;
    return primaryLimitResponse(this.resetAt);
  }

  private rateLimited(operationId: string | undefined): RouteResponse | undefined {
    const index = this.rateLimitRules.findIndex(
      (r) => r.times > 0 && (!r.operationId || r.operationId === operationId)
    );
    const rule = this.rateLimitRules[index];
    if (!rule) return undefined;
    rule.times -= 1;
    if (rule.times <= 0) this.rateLimitRules.splice(index, 1);
    const now = Math.floor(Date.now() / 1000);
    if (rule.kind === 'primary') {
      const reset = now + (rule.resetInSeconds ?? 3600);
      return {
        status: 403,
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
          status: '403'
        },
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': String(LIMIT),
          'x-ratelimit-reset': String(reset)
        }
      };
    }
    return {
      status: rule.status ?? 403,
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(rule.status ?? 403)
      },
      headers: { 'retry-after': String(rule.retryAfterSeconds ?? 60) }
    };
  }

  private routeRequest(
    url: URL,
    params: Record<string, string>,
    query: Record<string, string>,
    body: unknown,
    actor: string,
    headers: Record<string, string>
  ): RouteRequest {
    const world = this.world;
    return {
      params,
      query,
      body: (body ?? {}) as Record<string, unknown>,
      world,
      urls: { api: this.baseUrl },
      actor,
      repo(): RepoState {
        const found = world.repos.get(`${params.owner}/${params.repo}`);
        if (!found) throw new HttpError(404, 'Not Found');
        return found;
      },
      paginate<T>(items: T[], options?: { defaultPerPage?: number }): T[] {
        // GitHub caps per_page at 100 silently and treats page < 1 as the first page.
        const perPage = Math.min(
          Math.max(Number(query.per_page ?? options?.defaultPerPage ?? 30) || 30, 1),
          100
        );
        const page = Math.max(Number(query.page ?? 1) || 1, 1);
        const last = Math.max(Math.ceil(items.length / perPage), 1);
        const link = (p: number, rel: string) => {
          const target = new URL(url.pathname + url.search, url.origin);
          target.searchParams.set('per_page', String(perPage));
          target.searchParams.set('page', String(p));
          return `<${target.toString()}>; rel="${rel}"`;
        };
        const links: string[] = [];
        if (page > 1) links.push(link(page - 1, 'prev'));
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1) links.push(link(1, 'first'));
        if (links.length) headers.link = links.join(', ');
        return items.slice((page - 1) * perPage, page * perPage);
      },
      timestamp: () => isoSeconds(world.now())
    };
  }
}

function primaryLimitResponse(resetAt: number): RouteResponse {
  return {
    status: 403,
    body: {
      message: 'API rate limit exceeded for installation ID 1.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403'
    },
    headers: {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': String(LIMIT),
      'x-ratelimit-reset': String(resetAt)
    }
  };
}

function error(status: number, message: string, documentationUrl: string): RouteResponse {
  return { status, body: { message, documentation_url: documentationUrl, status: String(status) } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
