/**
 * The secrets canary: distinct values in every credential position of the chaos configs, and
 * every form in which one could leak (the value, URL-encoded, JSON-escaped, the base64 that Basic
 * auth builds from `user:password`).
 */
export const CANARY_ENV = {
  CHAOS_PASSWORD: 'pw-cnry-7f3e@9b"x',
  CHAOS_TOKEN: 'tok-cnry-51d2',
  CHAOS_API_KEY: 'key-cnry-0a9c',
  // Not a secret (a tenant id may be logged) but a configured header: it must not cross origins.
  CHAOS_TENANT: 'tenant-xo-3b7e'
} as const;

export const BASIC_USER = 'chaos';

/** Every form of every secret that must never be printed. */
export function leakForms(): string[] {
  const secrets = [CANARY_ENV.CHAOS_PASSWORD, CANARY_ENV.CHAOS_TOKEN, CANARY_ENV.CHAOS_API_KEY];
  const forms = secrets.flatMap((s) => [
    s,
    encodeURIComponent(s),
    JSON.stringify(s).slice(1, -1),
    Buffer.from(s).toString('base64')
  ]);
  const pair = `${BASIC_USER}:${CANARY_ENV.CHAOS_PASSWORD}`;
  forms.push(Buffer.from(pair).toString('base64'), encodeURIComponent(pair));
  // The marker itself catches any other encoding that keeps the text readable.
  forms.push('cnry');
  return [...new Set(forms)];
}

/** The first leaked form in `text`, if any. */
export function findLeak(text: string, forms: readonly string[]): string | undefined {
  return forms.find((form) => text.includes(form));
}

/** Header names the chaos configs set (lower case), none of which may reach another origin. */
export const CONFIGURED_HEADERS = ['authorization', 'x-api-key', 'x-auth', 'x-scope-orgid'];

/** Whether a request that arrived at another origin carried anything configured or secret. */
export function carriesConfiguredHeader(
  headers: Record<string, string | string[] | undefined>,
  forms: readonly string[]
): boolean {
  if (CONFIGURED_HEADERS.some((name) => headers[name] !== undefined)) return true;
  const text = JSON.stringify(headers);
  return findLeak(text, forms) !== undefined || text.includes(CANARY_ENV.CHAOS_TENANT);
}
