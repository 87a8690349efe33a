import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/report/escape.ts
function escapeInline(text) {
  return redactSecretsInText(text).replace(/\r?\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]|~]/g, (c) => `\\${c}`).replace(/^(\s*)([#+]|\d+\.)/, "$1\\$2").replace(/@(?=[A-Za-z0-9])/g, "@\u200D").replace(/^(\s*)([-=]{3,})/, "$1\\$2");
}
function codeSpan(text) {
  let clean = redactSecretsInText(text).replace(/\r?\n/g, " "), longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length)), fence = "`".repeat(longest + 1), pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
function codeBlock(text, lang = "") {
  let clean = redactSecretsInText(text), longest = Math.max(2, ...(clean.match(/`+/g) ?? []).map((m) => m.length)), fence = "`".repeat(longest + 1);
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

// src/report/assessment-markdown.ts
var SEVERITY_ICON = { blocker: "\u26D4", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" }, VERDICT_ICON = { safe: "\u{1F7E2}", caution: "\u{1F7E1}", unsafe: "\u{1F534}" };
function renderAssessmentMarkdown(a, links = {}, maxFactors = 50) {
  let target = a.target.sha ? `\`${a.target.sha.slice(0, 12)}\`${a.target.ref ? ` (${escapeInline(a.target.ref)})` : ""}: ${escapeInline(a.target.how)}` : `none: ${escapeInline(a.target.how)}`, lines = [
    `### Rollback safety: ${VERDICT_ICON[a.verdict]} ${a.verdict}`,
    "",
    `**Recommendation:** ${escapeInline(a.recommendation)}`,
    "",
    `- target: ${target}`,
    `- migrations changed in the range: ${a.migrationsChanged ? "**yes**" : "no"}`,
    `- API contracts changed in the range: ${a.contractsChanged ? "**yes**" : "no"}`
  ];
  if (a.target.skipped.length) {
    lines.push(`- releases that a rollback would also undo or that were skipped: ${a.target.skipped.length}`);
    for (let s of a.target.skipped.slice(0, 10))
      lines.push(
        `  - \`${s.sha.slice(0, 12)}\`${s.ref ? ` (${escapeInline(s.ref)})` : ""}: ${escapeInline(s.reason)}`
      );
  }
  if (lines.push(""), a.factors.length === 0)
    return lines.push("Nothing in the range makes a rollback risky."), lines.join(`
`);
  lines.push("| severity | kind | where | finding | recommendation |", "|---|---|---|---|---|");
  for (let f of a.factors.slice(0, maxFactors))
    lines.push(
      `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${f.kind} | ${where(f, links)} | ${escapeInline(f.detail)} | ${escapeInline(f.recommendation)} |`
    );
  return a.factors.length > maxFactors && lines.push("", `_${a.factors.length - maxFactors} more finding(s) are in the JSON report._`), lines.join(`
`);
}
function where(f, links) {
  let parts = [];
  if (f.path) {
    let label = `${f.path}${f.line ? `:${f.line}` : ""}`, ref = f.commit ?? links.headSha;
    parts.push(
      links.repoUrl && ref ? `[${escapeInline(label)}](${links.repoUrl}/blob/${ref}/${encodePath(f.path)}${f.line ? `#L${f.line}` : ""})` : escapeInline(label)
    );
  }
  if (f.commit) {
    let short = f.commit.slice(0, 7);
    parts.push(links.repoUrl ? `[${short}](${links.repoUrl}/commit/${f.commit})` : short);
  }
  return parts.join(" ") || "\u2014";
}
function encodePath(p) {
  return p.split("/").map(encodeURIComponent).join("/");
}

export {
  escapeInline,
  codeSpan,
  codeBlock,
  redactUrl,
  redactSecretsInText,
  renderAssessmentMarkdown
};
