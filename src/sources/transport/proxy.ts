/**
 * Proxy settings from the environment (either case), in the shape Node's own HTTP agent takes as
 * `proxyEnv`. Passing them explicitly, rather than letting Node read `process.env`, keeps tests
 * and callers in charge of which variables count.
 */

export type Env = Record<string, string | undefined>;

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
  // HTTPS falls back to HTTP_PROXY, as undici does; empty means "no proxy for this scheme".
  return {
    httpProxy: httpProxy ?? '',
    httpsProxy: httpsProxy ?? httpProxy ?? '',
    noProxy: pick(env, 'NO_PROXY') ?? ''
  };
}

/** `proxyEnv` for `new http.Agent(...)`, or undefined when no proxy is configured. */
export function proxyEnvFor(env: Env): Record<string, string> | undefined {
  const settings = proxySettings(env);
  if (!settings) return undefined;
  const proxyEnv: Record<string, string> = {};
  if (settings.httpProxy) proxyEnv.HTTP_PROXY = settings.httpProxy;
  if (settings.httpsProxy) proxyEnv.HTTPS_PROXY = settings.httpsProxy;
  if (settings.noProxy) proxyEnv.NO_PROXY = settings.noProxy;
  return proxyEnv;
}
