import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/sources/transport/redact.ts
var SECRET_PARAM = /(token|key|secret|password|passwd|pwd|auth|signature|sig|credential|session|code)/i, SECRET_HEADER = /(auth|token|key|secret|password|passwd|cookie|credential|session|signature)/i;
function redactUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\/\/[^/@?#]*@/, "//***@").replace(/\?.*$/, "?***");
  }
  (parsed.username || parsed.password) && (parsed.username = "***", parsed.password = "");
  for (let name of [...new Set(parsed.searchParams.keys())])
    SECRET_PARAM.test(name) && parsed.searchParams.set(name, "***");
  return parsed.toString().replaceAll("%2A%2A%2A", "***");
}
function isSecretHeader(name) {
  return SECRET_HEADER.test(name);
}
function scrubSecrets(text, secrets) {
  let out = text;
  for (let secret of [...secrets].sort((a, b) => b.length - a.length))
    secret.length >= 4 && (out = out.split(secret).join("***"));
  return out;
}
function secretForms(secret) {
  let forms = [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    JSON.stringify(secret).slice(1, -1)
  ];
  return [...new Set(forms)];
}
function basicAuthForms(user, password) {
  let pair = `${user}:${password}`;
  return [pair, Buffer.from(pair).toString("base64")];
}
function secretsInUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  let found = [];
  if (parsed.password) {
    let user = decodeURIComponent(parsed.username), password = decodeURIComponent(parsed.password);
    found.push(password, parsed.password, ...basicAuthForms(user, password));
  } else if (parsed.username) {
    let user = decodeURIComponent(parsed.username);
    found.push(user, parsed.username, ...basicAuthForms(user, ""));
  }
  for (let [name, value] of parsed.searchParams) SECRET_PARAM.test(name) && value && found.push(value);
  return [...new Set(found)];
}

export {
  redactUrl,
  isSecretHeader,
  scrubSecrets,
  secretForms,
  basicAuthForms,
  secretsInUrl
};
