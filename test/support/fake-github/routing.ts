// What a route handler sees and returns. Routes are plain functions keyed by operationId.
import type { Urls } from './representations.js';
import type { IdSequence, PermissionScope, RepoState } from './state.js';

export interface World {
  repos: Map<string, RepoState>;
  ids: IdSequence;
  /** Wall-clock source for timestamps; replaceable so tests can pin it. */
  now: () => Date;
}

export interface RouteRequest {
  params: Record<string, string>;
  query: Record<string, string>;
  // Bodies have passed OpenAPI validation before a handler sees them.
  body: Record<string, unknown>;
  world: World;
  urls: Urls;
  /** Login that the token acts as, e.g. `github-actions[bot]`. */
  actor: string;
  /** The repository named by `{owner}/{repo}`; a 404 like GitHub's when it does not exist. */
  repo(): RepoState;
  /** One page of `items` per `page`/`per_page`, with the `Link` header set on the response. */
  paginate<T>(items: T[], options?: { defaultPerPage?: number }): T[];
  timestamp(): string;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  /** The GITHUB_TOKEN permission the endpoint needs, as written in a workflow's `permissions:` block. */
  permission?: { scope: PermissionScope; level: 'read' | 'write' };
  handle(request: RouteRequest): RouteResponse;
}

export type RouteTable = Record<string, Route>;

export class HttpError extends Error {
  readonly status: number;
  readonly body: Record<string, unknown>;
  constructor(status: number, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.body = { message, ...extra };
  }
}

export const notFound = () => new HttpError(404, 'Not Found');

export function unprocessable(message: string, errors?: unknown[]): HttpError {
  return new HttpError(422, message, errors ? { errors } : {});
}

export const read = (scope: PermissionScope) => ({ scope, level: 'read' as const });
export const write = (scope: PermissionScope) => ({ scope, level: 'write' as const });
