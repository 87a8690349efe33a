/**
 * Proxy support: when HTTP(S)_PROXY is set, requests go through undici's EnvHttpProxyAgent, which
 * also honours NO_PROXY. undici is imported lazily so runs without a proxy never load it.
 */

export type Env = Record<string, string | undefined>;

/** What `fetch` accepts as `dispatcher` (undici's Dispatcher); opaque to callers. */
export type Dispatcher = object;

const cache = new Map<string, Promise<Dispatcher>>();

function pick(env: Env, name: string): string | undefined {
  const value = env[name] ?? env[name.toLowerCase()];
  return value && value.trim() !== '' ? value.trim() : undefined;
}

/** The proxy settings found in `env`, or undefined when no proxy variable is set. */
export function proxySettings(
  env: Env
): { httpProxy: string; httpsProxy: string; noProxy: string } | undefined {
  const httpProxy = pick(env, 'HTTP_PROXY');
  const httpsProxy = pick(env, 'HTTPS_PROXY');
  if (!httpProxy && !httpsProxy) return undefined;
  // Every value is passed explicitly (empty = none) so undici never falls back to process.env
  // behind the caller's back. HTTPS falls back to HTTP_PROXY, as undici itself does.
  return {
    httpProxy: httpProxy ?? '',
    httpsProxy: httpsProxy ?? httpProxy ?? '',
    noProxy: pick(env, 'NO_PROXY') ?? ''
  };
}

/** A dispatcher for `fetch` when a proxy is configured, else undefined (the default agent). */
export async function proxyDispatcher(env: Env): Promise<Dispatcher | undefined> {
  const settings = proxySettings(env);
  if (!settings) return undefined;
  const key = JSON.stringify(settings);
  let agent = cache.get(key);
  if (!agent) {
    agent = import('undici').then(({ EnvHttpProxyAgent }) => new EnvHttpProxyAgent(settings));
    cache.set(key, agent);
  }
  return agent;
}
