/**
 * Escaping for text that comes from users (commit messages, branch names, PR titles, reasons
 * from remote services) before it goes into GitHub markdown: no @mention pings, no raw HTML,
 * no broken tables or code fences, no credentials in URLs.
 */

const ZERO_WIDTH_JOINER = '\u200d';
/** Bidirectional embeddings, overrides and isolates: they make text read differently than it is. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Every line ending CommonMark knows, a lone carriage return included. */
const LINE_BREAK = /\r\n?|\n/g;

/** Bidi controls shown as their code points instead of reordering what follows them. */
function visibleControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Inline text: safe inside a paragraph or a table cell. */
export function escapeInline(text: string): string {
  return visibleControls(redactSecretsInText(text))
    .replace(LINE_BREAK, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+]|\d+\.)/, '$1\\$2')
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/^(\s*)([-=]{3,})/, '$1\\$2');
}

/**
 * A code span that cannot be closed early by backticks in the text. Nothing else is escaped: in a
 * code span `\_` and `&amp;` would show literally, and mentions, emphasis and HTML are inert.
 */
export function codeSpan(text: string): string {
  const clean = visibleControls(redactSecretsInText(text)).replace(LINE_BREAK, ' ');
  if (!clean.trim()) return '` `';
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/**
 * A code span inside a table cell. GFM splits the row on `|` before it parses code spans, so a
 * pipe must be `\|` even there (GitHub drops the backslash when it shows the span).
 */
export function codeSpanInTable(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|');
}

/** Text in a table cell: inline escaping, and a cell never runs past `max` characters. */
export function tableCell(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return escapeInline(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
}

/** The text of a `[text](url)` link: inline escaping covers the brackets that would end it early. */
export function linkText(text: string): string {
  return escapeInline(text);
}

/**
 * A URL for `[text](url)` or `<url>`: only http(s), credentials removed, and the characters that
 * would end the link (spaces, parentheses, angle brackets, backticks) percent-encoded. Anything
 * else is refused (undefined), so a `javascript:` URL never becomes a link.
 */
export function linkUrl(raw: string | undefined): string | undefined {
  if (!raw || !/^https?:\/\//i.test(raw)) return undefined;
  return redactUrl(raw)
    .replace('://***@', '://')
    .replace(/[\s<>()[\]`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * Text inside a Mermaid `"..."` string (titles, axis labels). Mermaid has no escape for a quote
 * in these strings, reads `#...;` as an entity and lets some HTML through: quotes become
 * typographic ones, and `#`, `;`, `<`, `>`, backticks and line breaks are replaced.
 */
export function mermaidString(text: string, max = 80): string {
  // Bidirectional controls shown as code points, as everywhere else: they reorder what follows.
  const clean = visibleControls(redactSecretsInText(text))
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/"/g, '”')
    .replace(/`/g, '’')
    .replace(/#/g, '№')
    .replace(/;/g, ',')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .replace(/[\\{}]/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** Plain text (check-run titles, status descriptions): no markdown escapes, one line, no secrets. */
export function plainText(text: string, max = 200): string {
  const clean = redactSecretsInText(text).replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** A fenced block whose fence is longer than any backtick run inside. */
export function codeBlock(text: string, lang = ''): string {
  const clean = visibleControls(redactSecretsInText(text));
  const longest = Math.max(2, ...(clean.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${clean}\n${fence}`;
}

/** Removes userinfo from URLs and values of query parameters that look like credentials. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.username || url.password) {
      url.username = '***';
      url.password = '';
    }
    for (const key of [...url.searchParams.keys()]) {
      if (SECRET_PARAM.test(key)) url.searchParams.set(key, '***');
    }
    return url.toString();
  } catch {
    return raw;
  }
}

const SECRET_PARAM = /token|key|secret|password|passwd|pwd|auth|signature|sig|credential/i;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+/g;
const TOKEN_SHAPES =
  /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b/g;

/** Redacts URLs with credentials and well-known token shapes anywhere in free text. */
export function redactSecretsInText(text: string): string {
  return text.replace(URL_IN_TEXT, (u) => redactUrl(u)).replace(TOKEN_SHAPES, '***');
}
