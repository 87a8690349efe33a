/**
 * Keeping secrets out of messages. URLs lose their userinfo and the values of query parameters
 * whose names suggest a credential; registered secrets are replaced wherever they appear.
 */

const SECRET_PARAM = /(token|key|secret|password|passwd|pwd|auth|signature|sig|credential|session|code)/i;
const SECRET_HEADER = /(authorization|token|key|secret|password|cookie|credential|session|signature)/i;
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

/** The secrets a URL carries in its userinfo and query (to register with the log masker). */
export function secretsInUrl(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  const found: string[] = [];
  if (parsed.password) found.push(decodeURIComponent(parsed.password), parsed.password);
  for (const [name, value] of parsed.searchParams) if (SECRET_PARAM.test(name) && value) found.push(value);
  return [...new Set(found)];
}
