import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/config/errors.ts
var ConfigError = class extends Error {
  constructor(problems) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
};
function sortProblems(problems) {
  let rank = (p) => p.origin.kind === "general" ? 0 : p.origin.kind === "input" ? 1 : 2, line = (p) => p.origin.kind === "file" ? [p.origin.line ?? 0, p.origin.column ?? 0] : [0, 0];
  return [...problems].sort((a, b) => {
    let [la, ca] = line(a), [lb, cb] = line(b);
    return rank(a) - rank(b) || la - lb || ca - cb;
  });
}
function formatPath(path) {
  return path.map((part, index) => typeof part == "number" ? `[${part}]` : index === 0 ? part : `.${part}`).join("");
}
function formatProblem(problem) {
  let { origin, path, message } = problem, key = path.length > 0 ? `${formatPath(path)}: ` : "";
  switch (origin.kind) {
    case "input": {
      let shown = formatPath(path);
      return `input '${origin.input}'${path.length > 0 && shown !== origin.input ? ` (${shown})` : ""}: ${message}`;
    }
    case "file":
      return `${origin.line === void 0 ? origin.file : `${origin.file}:${origin.line}:${origin.column ?? 1}`}: ${key}${message}`;
    case "general":
      return `${key}${message}`;
  }
}
function formatProblems(problems) {
  return `Invalid Postflight configuration (${problems.length === 1 ? "1 problem" : `${problems.length} problems`}):
${problems.map((p) => `  - ${formatProblem(p)}`).join(`
`)}`;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let current = [i];
    for (let j = 1; j <= b.length; j++) {
      let substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}
function didYouMean(unknown, allowed) {
  let normalized = unknown.toLowerCase().replace(/_/g, "-"), best;
  for (let key of allowed) {
    let distance = key.replace(/-/g, "") === normalized.replace(/-/g, "") ? 0 : editDistance(normalized, key);
    (best === void 0 || distance < best.distance) && (best = { key, distance });
  }
  if (best === void 0) return;
  let limit = Math.max(1, Math.floor(Math.max(unknown.length, best.key.length) / 3));
  return best.distance <= limit ? best.key : void 0;
}
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value == "object") return "a mapping";
  if (typeof value == "string") {
    let safe = value.replace(/\/\/[^/@\s]*:[^/@\s]*@/g, "//***@"), shown = safe.length > 60 ? `${safe.slice(0, 57)}...` : safe;
    return JSON.stringify(shown);
  }
  return String(value);
}
function describeHidden(value) {
  return `${typeof value == "string" ? "a string" : typeof value == "number" ? "a number" : describeValue(value)} (not shown: it may be a secret)`;
}
function isSecretPath(path) {
  return path.some((part) => part === "auth" || part === "headers");
}

export {
  ConfigError,
  sortProblems,
  formatPath,
  didYouMean,
  describeValue,
  describeHidden,
  isSecretPath
};
