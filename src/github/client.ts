// The one Octokit Postflight uses: retries for transient failures, throttling that waits as GitHub asks
// (but never unboundedly), the proxy from HTTP(S)_PROXY, and errors that say what to fix.
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { explainGitHubError } from './errors.js';

export const GitHubOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof GitHubOctokit>;

export interface GitHubLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface GitHubClientOptions {
  token: string;
  /** e.g. `process.env.GITHUB_API_URL` on GitHub Enterprise Server. */
  baseUrl?: string;
  userAgent?: string;
  log?: GitHubLog;
  retry?: {
    /** Retries for 5xx and network failures (default 3). */
    retries?: number;
  };
  throttle?: {
    /** Retries after a rate-limit answer before giving up (default 2). */
    maxRetries?: number;
    /** Longest wait GitHub may ask for; beyond it Postflight fails at once (default 60s; jobs have deadlines). */
    maxWaitSeconds?: number;
    /** Spacing between writes; GitHub advises about one second to avoid secondary limits (default 1000). */
    writeIntervalMs?: number;
    /** Spacing between writes that notify people (issues, comments, pull requests) (default 3000). */
    notificationIntervalMs?: number;
  };
  /** How many milliseconds one second of `retry-after` lasts; only tests shrink it. */
  secondMs?: number;
  /** Where proxy variables are read; defaults to `process.env`. */
  env?: Record<string, string | undefined>;
}

const SILENT: GitHubLog = { debug() {}, info() {}, warn() {}, error() {} };

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token || !options.token.trim()) {
    throw new Error(
      'A GitHub token is required: set the `token` input (its default is `${{ github.token }}`).'
    );
  }
  const log = options.log ?? SILENT;
  const maxRetries = options.throttle?.maxRetries ?? 2;
  const maxWaitSeconds = options.throttle?.maxWaitSeconds ?? 60;
  const secondMs = options.secondMs ?? 1000;
  const proxyFetch = proxyAwareFetch(options.env ?? process.env);

  const shouldRetry =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const give = retryCount < maxRetries && retryAfter <= maxWaitSeconds;
      log.warn(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}: ` +
          (give ? `retrying in ${retryAfter}s (attempt ${retryCount + 1} of ${maxRetries})` : 'giving up')
      );
      return give;
    };

  const octokit = new GitHubOctokit({
    auth: options.token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl.replace(/\/+$/, '') } : {}),
    userAgent: options.userAgent ?? 'postflight',
    log: {
      debug: (m: string) => log.debug(m),
      info: (m: string) => log.info(m),
      warn: (m: string) => log.warn(m),
      error: (m: string) => log.error(m)
    },
    request: proxyFetch ? { fetch: proxyFetch } : {},
    retry: {
      retries: options.retry?.retries ?? 3,
      retryAfterBaseValue: secondMs,
      // Rate limits belong to the throttling plugin alone, so the two plugins never both retry one answer.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451]
    },
    throttle: {
      id: 'postflight',
      retryAfterBaseValue: secondMs,
      fallbackSecondaryRateRetryAfter: 60,
      // Per client rather than the plugin's process-wide groups, so the spacing is this client's setting.
      write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.throttle?.writeIntervalMs ?? 1000 }),
      notifications: new Bottleneck.Group({
        maxConcurrent: 1,
        minTime: options.throttle?.notificationIntervalMs ?? 3000
      }),
      onRateLimit: shouldRetry('primary'),
      onSecondaryRateLimit: shouldRetry('secondary')
    }
  });

  // Registered after the plugins, so it sees the final error once they have given up.
  octokit.hook.error('request', (error, request) => {
    throw explainGitHubError(error, request.method, request.url);
  });
  return octokit;
}

type Fetch = typeof globalThis.fetch;

function proxyAwareFetch(env: Record<string, string | undefined>): Fetch | undefined {
  const hasProxy = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((name) => !!env[name]);
  if (!hasProxy) return undefined;
  // undici is loaded only when a proxy is configured; its agent honours NO_PROXY too.
  let agent: Promise<{ fetch: Fetch; dispatcher: unknown }> | undefined;
  return (async (input: Parameters<Fetch>[0], init?: Parameters<Fetch>[1]) => {
    agent ??= import('undici').then((undici) => ({
      fetch: undici.fetch as unknown as Fetch,
      dispatcher: new undici.EnvHttpProxyAgent({
        httpProxy: env.HTTP_PROXY ?? env.http_proxy,
        httpsProxy: env.HTTPS_PROXY ?? env.https_proxy,
        noProxy: env.NO_PROXY ?? env.no_proxy
      })
    }));
    const { fetch, dispatcher } = await agent;
    return fetch(input, { ...init, dispatcher } as Parameters<Fetch>[1]);
  }) as Fetch;
}
