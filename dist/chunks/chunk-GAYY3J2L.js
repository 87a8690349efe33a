import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/report/escape.ts
var BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, LINE_BREAK = /\r\n?|\n/g;
function visibleControls(text) {
  return text.replace(BIDI_CONTROLS, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function escapeInline(text) {
  return visibleControls(redactSecretsInText(text)).replace(LINE_BREAK, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]|~]/g, (c) => `\\${c}`).replace(/^(\s*)([#+]|\d+\.)/, "$1\\$2").replace(/@(?=[A-Za-z0-9])/g, "@\u200D").replace(/^(\s*)([-=]{3,})/, "$1\\$2");
}
function codeSpan(text) {
  let clean = visibleControls(redactSecretsInText(text)).replace(LINE_BREAK, " ");
  if (!clean.trim()) return "` `";
  let longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length)), fence = "`".repeat(longest + 1), pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
function codeSpanInTable(text) {
  return codeSpan(text).replace(/\|/g, "\\|");
}
function tableCell(text, max = 120) {
  let flat = text.replace(/\s+/g, " ").trim();
  return escapeInline(flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat);
}
function linkText(text) {
  return escapeInline(text);
}
function linkUrl(raw) {
  if (!(!raw || !/^https?:\/\//i.test(raw)))
    return redactUrl(raw).replace("://***@", "://").replace(/[\s<>()[\]`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function mermaidString(text, max = 80) {
  let clean = visibleControls(redactSecretsInText(text)).replace(/[\r\n\t]+/g, " ").replace(/"/g, "\u201D").replace(/`/g, "\u2019").replace(/#/g, "\u2116").replace(/;/g, ",").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/[\\{}]/g, " ").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}
function plainText(text, max = 200) {
  let clean = redactSecretsInText(text).replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}
function codeBlock(text, lang = "") {
  let clean = visibleControls(redactSecretsInText(text)), longest = Math.max(2, ...(clean.match(/`+/g) ?? []).map((m) => m.length)), fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${clean}
${fence}`;
}
function redactUrl(raw) {
  try {
    let url = new URL(raw);
    (url.username || url.password) && (url.username = "***", url.password = "");
    for (let key of [...url.searchParams.keys()])
      SECRET_PARAM.test(key) && url.searchParams.set(key, "***");
    return url.toString();
  } catch {
    return raw;
  }
}
var SECRET_PARAM = /token|key|secret|password|passwd|pwd|auth|signature|sig|credential/i, URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+/g, TOKEN_SHAPES = /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b/g;
function redactSecretsInText(text) {
  return text.replace(URL_IN_TEXT, (u) => redactUrl(u)).replace(TOKEN_SHAPES, "***");
}

export {
  escapeInline,
  codeSpan,
  codeSpanInTable,
  tableCell,
  linkText,
  linkUrl,
  mermaidString,
  plainText,
  codeBlock,
  redactSecretsInText
};
