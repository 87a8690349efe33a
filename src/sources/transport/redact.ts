/**
 * Keeping secrets out of messages. URLs lose their userinfo and the values of query parameters
 * whose names suggest a credential; registered secrets are replaced wherever they appear.
 */

const SECRET_PARAM = /(token|key|secret|password|passwd|pwd|auth|signature|sig|credential|session|code)/i;
const SECRET_HEADER = /(auth|token|key|secret|password|passwd|cookie|credential|session|signature)/i;
const MASK = '***';

/** The URL with credentials and secret-looking query values replaced by `***`. */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    // Not a URL we can parse: drop anything that could be userinfo or a query rather than guess.
    return url.replace(/\/\/[^/@?#]*@/, `//${MASK}@`).replace(/\?.*$/, `?${MASK}`);
  }
  if (parsed.username || parsed.password) {
    parsed.username = MASK;
    parsed.password = '';
  }
  for (const name of [...new Set(parsed.searchParams.keys())]) {
    if (SECRET_PARAM.test(name)) parsed.searchParams.set(name, MASK);
  }
  // URLSearchParams percent-encodes the mask; keep it readable.
  return parsed.toString().replaceAll('%2A%2A%2A', MASK);
}

/** True for header names that carry credentials (their values must be masked). */
export function isSecretHeader(name: string): boolean {
  return SECRET_HEADER.test(name);
}

/** `text` with every registered secret replaced by `***` (defence in depth for error messages). */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  // Longest first so a secret that contains another is replaced whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= 4) out = out.split(secret).join(MASK);
  }
  return out;
}

/**
 * Every form of a secret that the tool or a server echoing a request may print: the value, its
 * URL encodings (path and form) and its JSON-escaped form. Masking the raw value alone would let
 * `p%40ss` or `p\\"ss` through.
 */
export function secretForms(secret: string): string[] {
  const forms = [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1)
  ];
  return [...new Set(forms)];
}

/**
 * What Basic auth builds from a user and password: `user:password` and its base64, which is what
 * travels in `Authorization: Basic ...` and what a server echoing the request prints.
 */
export function basicAuthForms(user: string, password: string): string[] {
  const pair = `${user}:${password}`;
  return [pair, Buffer.from(pair).toString('base64')];
}

/** The secrets a URL carries in its userinfo and query (to register with the log masker). */
export function secretsInUrl(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const found: string[] = [];
  if (parsed.password) {
    const user = decodeURIComponent(parsed.username);
    const password = decodeURIComponent(parsed.password);
    found.push(password, parsed.password, ...basicAuthForms(user, password));
  } else if (parsed.username) {
    // A lone userinfo is a token (`https://TOKEN@host`), sent as Basic auth with an empty password.
    const user = decodeURIComponent(parsed.username);
    found.push(user, parsed.username, ...basicAuthForms(user, ''));
  }
  for (const [name, value] of parsed.searchParams) if (SECRET_PARAM.test(name) && value) found.push(value);
  return [...new Set(found)];
}
