import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  ASSESS_DEFAULTS,
  DEFAULTS,
  DEFAULT_CONFIG_FILE,
  INCIDENT_DEFAULTS,
  REVERT_DEFAULTS,
  fileSchema,
  toConfig
} from "./chunk-OBVMUST6.js";
import {
  require_dist
} from "./chunk-2OAZCE73.js";
import {
  __toESM
} from "./chunk-CNPVSFHC.js";

// src/config/load.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

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
function formatPath(path2) {
  return path2.map((part, index) => typeof part == "number" ? `[${part}]` : index === 0 ? part : `.${part}`).join("");
}
function formatProblem(problem) {
  let { origin, path: path2, message } = problem, key = path2.length > 0 ? `${formatPath(path2)}: ` : "";
  switch (origin.kind) {
    case "input": {
      let shown = formatPath(path2);
      return `input '${origin.input}'${path2.length > 0 && shown !== origin.input ? ` (${shown})` : ""}: ${message}`;
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
function isSecretPath(path2) {
  return path2.some((part) => part === "auth" || part === "headers");
}

// src/config/issues.ts
var TYPE_NAMES = {
  number: "a number",
  int: "an integer",
  string: "a string",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  record: "a mapping"
};
function issuesToProblems(issues, context) {
  return issues.flatMap((issue) => issueToProblems(issue, context));
}
function issueToProblems(issue, context) {
  let path2 = issue.path.filter((part) => typeof part != "symbol");
  if (issue.code === "unrecognized_keys") {
    let allowed = allowedKeysAt(context.schema, context.data, path2);
    return issue.keys.map((key) => {
      let suggestion = didYouMean(key, allowed), hint = suggestion ? `; did you mean \`${suggestion}\`?` : allowed.length > 0 ? `; allowed keys: ${allowed.map((k) => `\`${k}\``).join(", ")}` : "";
      return {
        path: [...path2, key],
        origin: context.locate([...path2, key], { key: !0 }),
        message: `unknown key \`${key}\`${hint}`
      };
    });
  }
  let value = valueAt(context.data, path2), reference = context.substituted.get(pathKey(path2)), found = reference !== void 0 ? `the value of \`${reference}\`` : isSecretPath(path2) ? describeHidden(value) : describeValue(value), expected = expectation(issue), showFound = issue.code === "invalid_type" || value === null || typeof value != "object", message = value === void 0 ? `required: ${expected}` : showFound ? `${expected}, found ${found}` : expected;
  return [{ path: path2, origin: context.locate(path2), message }];
}
function expectation(issue) {
  if (issue.message.startsWith("expected ")) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return `expected ${oneOf(issue.values)}`;
    case "invalid_union":
      return "options" in issue && Array.isArray(issue.options) ? `expected ${oneOf(issue.options)}` : "expected a valid value";
    case "too_small":
      return `expected ${bound(issue.origin, issue.inclusive ? ">=" : ">", issue.minimum)}`;
    case "too_big":
      return `expected ${bound(issue.origin, issue.inclusive ? "<=" : "<", issue.maximum)}`;
    case "not_multiple_of":
      return `expected a multiple of ${String(issue.divisor)}`;
    default:
      return `expected a valid value (${issue.message})`;
  }
}
function oneOf(values) {
  let listed = values.map((v) => `\`${String(v)}\``);
  return listed.length === 1 ? listed[0] : `one of ${listed.join(", ")}`;
}
function bound(origin, relation, limit) {
  let n = String(limit), words = {
    ">=": "at least",
    ">": "more than",
    "<=": "at most",
    "<": "fewer than"
  };
  switch (origin) {
    case "array":
      return `a list with ${words[relation]} ${n} item${n === "1" ? "" : "s"}`;
    case "string":
      return relation === ">=" && n === "1" ? "a non-empty string" : `a string of ${words[relation]} ${n} characters`;
    case "int":
      return `an integer ${relation} ${n}`;
    default:
      return `a number ${relation} ${n}`;
  }
}
function pathKey(path2) {
  return JSON.stringify(path2);
}
function valueAt(data, path2) {
  let current = data;
  for (let part of path2) {
    if (current === null || typeof current != "object") return;
    current = current[part];
  }
  return current;
}
var defOf = (schema) => schema._zod.def;
function allowedKeysAt(schema, data, path2) {
  let current = schema, value = data, index = 0;
  for (let guard = 0; guard < 100; guard++) {
    let def = defOf(current);
    switch (def.type) {
      case "default":
      case "prefault":
      case "optional":
      case "nullable":
        current = def.innerType;
        continue;
      case "pipe":
        current = def.in;
        continue;
      case "union": {
        let options = def.options, discriminator = def.discriminator, tag = value !== null && typeof value == "object" && discriminator ? value[discriminator] : void 0, match = options.find((option) => {
          let shape = defOf(option).shape, literal = shape && discriminator ? defOf(shape[discriminator]) : void 0;
          return literal !== void 0 && literal.values?.includes(tag);
        });
        if (match === void 0) return [];
        current = match;
        continue;
      }
    }
    if (index === path2.length) return def.type === "object" ? Object.keys(def.shape) : [];
    let segment = path2[index++];
    if (value = value !== null && typeof value == "object" ? value[segment] : void 0, def.type === "object") current = def.shape[String(segment)];
    else if (def.type === "array") current = def.element;
    else if (def.type === "record") current = def.valueType;
    else return [];
    if (current === void 0) return [];
  }
  return [];
}

// src/config/env.ts
var REFERENCE = /\$(\$)?\{([^}]*)\}/g, NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function substituteEnv(data, env, locate) {
  let secrets = /* @__PURE__ */ new Set(), substituted = /* @__PURE__ */ new Map(), problems = [], visit = (value, path2) => {
    if (Array.isArray(value)) return value.map((item, i) => visit(item, [...path2, i]));
    if (value !== null && typeof value == "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, [...path2, k])]));
    if (typeof value != "string" || !value.includes("${")) return value;
    let usedEnv = !1, result = value.replace(REFERENCE, (whole, escaped, name) => {
      if (escaped) return whole.slice(1);
      if (!NAME.test(name))
        return problems.push({
          path: path2,
          origin: locate(path2),
          message: `expected an environment variable name in \`${whole}\`, like \`\${PROMETHEUS_TOKEN}\``
        }), whole;
      let resolved = env[name];
      return resolved === void 0 || resolved === "" ? (problems.push({
        path: path2,
        origin: locate(path2),
        message: `environment variable \`${name}\` is not set or empty (referenced as \`\${${name}}\`)`
      }), whole) : (usedEnv = !0, secrets.add(resolved), resolved);
    });
    return usedEnv && substituted.set(pathKey(path2), value), result;
  };
  return { data: visit(data, []), secrets: [...secrets], substituted, problems };
}

// src/config/inputs.ts
var orDefault = (value) => `Default: \`${String(value)}\`.`, loader = (name, kind, path2, description) => ({
  name,
  description,
  readBy: "loader",
  kind,
  ...path2 ? { path: path2 } : {}
}), ACTION_INPUTS = [
  {
    name: "mode",
    description: "Which job to run: `verify` (after a deploy), `assess` (rollback readiness of a change) or `triage` (slash commands in an incident issue).",
    default: "verify",
    readBy: "job"
  },
  {
    name: "token",
    description: "GitHub token for issues, statuses and check runs.",
    default: "${{ github.token }}",
    readBy: "job"
  },
  {
    name: "app-token",
    description: "A GitHub App token for revert pull requests, so that they trigger CI (pull requests opened with GITHUB_TOKEN do not).",
    readBy: "job"
  },
  {
    name: "deployment-id",
    description: "The GitHub deployment to attach statuses to; unset: the deployment of a `deployment` or `deployment_status` event, else none.",
    readBy: "job"
  },
  loader(
    "config",
    "string",
    void 0,
    `Path of the configuration file. Default: \`${DEFAULT_CONFIG_FILE}\`, which may be absent when inputs define a source.`
  ),
  loader(
    "environment",
    "string",
    ["environment"],
    `Deployment environment being verified. ${orDefault(DEFAULTS.environment)}`
  ),
  loader(
    "window",
    "duration",
    ["window"],
    `Maximum observation time after the deploy, like \`10m\`. ${orDefault(DEFAULTS.window)}`
  ),
  loader("interval", "duration", ["interval"], `Poll period, like \`30s\`. ${orDefault(DEFAULTS.interval)}`),
  loader(
    "baseline",
    "duration",
    ["baseline"],
    `Pre-deploy baseline window, like \`30m\`. ${orDefault(DEFAULTS.baseline)}`
  ),
  loader(
    "alpha",
    "number",
    ["alpha"],
    `Bound on the false-alarm probability over the whole window, in (0, 0.5). ${orDefault(DEFAULTS.alpha)}`
  ),
  loader(
    "tolerance",
    "number",
    ["tolerance"],
    `Error-rate ratio over the baseline that is still acceptable (>= 1). ${orDefault(DEFAULTS.tolerance)}`
  ),
  loader(
    "min-errors",
    "number",
    ["min-errors"],
    `Errors needed before a count signal can fail. ${orDefault(DEFAULTS.minErrors)}`
  ),
  loader(
    "on-inconclusive",
    "string",
    ["on-inconclusive"],
    `How an inconclusive verdict concludes: \`pass\`, \`fail\` or \`neutral\`. ${orDefault(DEFAULTS.onInconclusive)}`
  ),
  loader(
    "fail-on-fail",
    "boolean",
    ["fail-on-fail"],
    `Fail the step on a \`fail\` verdict. ${orDefault(DEFAULTS.failOnFail)}`
  ),
  loader(
    "dry-run",
    "boolean",
    ["dry-run"],
    `Decide and report in the log only: no issues, statuses or reverts. ${orDefault(DEFAULTS.dryRun)}`
  ),
  loader(
    "deploy-time",
    "deploy-time",
    ["deploy-time"],
    "The deploy moment: ISO 8601 timestamp, epoch seconds, or `deployment-status` (when the triggering deployment status was posted). Default: when the job starts."
  ),
  loader("sha", "string", ["sha"], "The deployed commit. Default: the workflow SHA."),
  loader("health-url", "shortcut", void 0, "Shortcut: adds an http source `health` checking this URL."),
  loader(
    "prometheus-url",
    "shortcut",
    void 0,
    "Shortcut: with `errors-query` and `total-query`, adds a prometheus source `errors`."
  ),
  loader(
    "errors-query",
    "shortcut",
    void 0,
    "PromQL counting errors in `$window`, for the `prometheus-url` shortcut."
  ),
  loader(
    "total-query",
    "shortcut",
    void 0,
    "PromQL counting all requests in `$window`, for the `prometheus-url` shortcut."
  ),
  loader(
    "target",
    "string",
    ["assess", "target"],
    "Ref or SHA to assess rolling back to. Default: the last healthy deployment."
  ),
  loader(
    "fail-on",
    "string",
    ["assess", "fail-on"],
    `Fail the step when rollback safety is \`unsafe\` or \`caution\`; \`never\` only reports. ${orDefault(ASSESS_DEFAULTS.failOn)}`
  ),
  loader(
    "revert",
    "string",
    ["revert", "mode"],
    `Automatic revert after a failed deploy when rollback is safe: \`off\`, \`dispatch\` or \`pull-request\`. ${orDefault(REVERT_DEFAULTS.mode)}`
  ),
  loader(
    "close-on-recovery",
    "boolean",
    ["incident", "close-on-recovery"],
    `Close the open incident when a later deploy passes. ${orDefault(INCIDENT_DEFAULTS.closeOnRecovery)}`
  ),
  loader(
    "incident-on-inconclusive",
    "boolean",
    ["incident", "on-inconclusive"],
    `Also open an incident issue on an inconclusive verdict. ${orDefault(INCIDENT_DEFAULTS.onInconclusive)}`
  ),
  loader(
    "max-reverts",
    "number",
    ["revert", "max-per-day"],
    `At most this many automatic reverts per environment per day. ${orDefault(REVERT_DEFAULTS.maxPerDay)}`
  )
];
var LOADER_INPUTS = ACTION_INPUTS.filter((input) => input.readBy === "loader"), TRUE = /* @__PURE__ */ new Set(["true", "yes", "1"]), FALSE = /* @__PURE__ */ new Set(["false", "no", "0"]);
function parseBooleanInput(text) {
  let word = text.trim().toLowerCase();
  return TRUE.has(word) ? !0 : FALSE.has(word) ? !1 : void 0;
}

// src/config/overlay.ts
var isMapping = (value) => typeof value == "object" && value !== null && !Array.isArray(value);
function applyInputs(file, inputs, warnings, fileName) {
  let data = structuredClone(file), problems = [], origins = /* @__PURE__ */ new Map(), setAt = (at, value, input) => {
    let parent = data;
    for (let key of at.slice(0, -1)) {
      let next = parent[String(key)];
      isMapping(next) || (parent[String(key)] = {}), parent = parent[String(key)];
    }
    parent[String(at[at.length - 1])] = value, origins.set(pathKey(at), input);
  };
  for (let input of LOADER_INPUTS) {
    let text = inputs.get(input.name);
    if (!(text === void 0 || input.path === void 0))
      switch (input.kind) {
        case "boolean": {
          let value = parseBooleanInput(text);
          value === void 0 ? problems.push({
            path: [],
            origin: { kind: "input", input: input.name },
            message: `expected true, false, yes, no, 1 or 0, found ${JSON.stringify(text)}`
          }) : setAt(input.path, value, input.name);
          break;
        }
        case "number": {
          let value = /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(text) ? Number(text) : text;
          setAt(input.path, value, input.name);
          break;
        }
        default:
          setAt(input.path, text, input.name);
      }
  }
  return addShortcutSources(data, inputs, problems, origins, warnings, fileName), {
    data,
    problems,
    originOf(at) {
      for (let length = at.length; length >= 0; length--) {
        let input = origins.get(pathKey(at.slice(0, length)));
        if (input !== void 0) return { kind: "input", input };
      }
    }
  };
}
function addShortcutSources(data, inputs, problems, origins, warnings, fileName) {
  let healthUrl = inputs.get("health-url"), prometheus = {
    url: inputs.get("prometheus-url"),
    errors: inputs.get("errors-query"),
    total: inputs.get("total-query")
  }, wantsPrometheus = Object.values(prometheus).some((v) => v !== void 0);
  if (healthUrl === void 0 && !wantsPrometheus) return;
  data.sources === void 0 && (data.sources = []);
  let sources = data.sources;
  if (!Array.isArray(sources)) return;
  let indexOf = (id) => sources.findIndex((s) => isMapping(s) && s.id === id);
  if (healthUrl !== void 0) {
    let existing = indexOf("health");
    existing >= 0 ? (sources[existing].url = healthUrl, origins.set(pathKey(["sources", existing, "url"]), "health-url"), warnings.push(`input 'health-url' overrides the url of source \`health\` in ${fileName}`)) : (origins.set(pathKey(["sources", sources.length]), "health-url"), sources.push({ id: "health", type: "http", url: healthUrl }));
  }
  if (wantsPrometheus) {
    let fields = [
      ["url", "prometheus-url", prometheus.url],
      ["errors", "errors-query", prometheus.errors],
      ["total", "total-query", prometheus.total]
    ], existing = indexOf("errors");
    if (existing >= 0) {
      for (let [key, input, value] of fields)
        value !== void 0 && (sources[existing][key] = value, origins.set(pathKey(["sources", existing, key]), input), warnings.push(`input '${input}' overrides \`${key}\` of source \`errors\` in ${fileName}`));
      return;
    }
    let missing = fields.filter(([, , value]) => value === void 0);
    if (missing.length > 0) {
      for (let [, input] of missing)
        problems.push({
          path: [],
          origin: { kind: "input", input },
          message: "required: the prometheus shortcut needs all of 'prometheus-url', 'errors-query' and 'total-query'"
        });
      return;
    }
    origins.set(pathKey(["sources", sources.length]), "prometheus-url"), sources.push({
      id: "errors",
      type: "prometheus",
      url: prometheus.url,
      errors: prometheus.errors,
      total: prometheus.total
    });
  }
}

// src/config/secrets.ts
var SENSITIVE_HEADER = /authorization|cookie|token|secret|password|api[-_]?key|auth/i;
function collectLiteralSecrets(config, substituted, originOf, fileName, secrets, warnings) {
  let literal = (at, value, warn) => {
    secrets.add(value), warn && !substituted.has(pathKey(at)) && originOf(at) === void 0 && warnings.push(
      `${formatPath(at)} in ${fileName} is a secret written in plain text; reference a GitHub secret as \`\${NAME}\` instead`
    );
  };
  config.sources.forEach((source, index) => {
    let base = ["sources", index];
    for (let [name, value] of Object.entries(source.headers))
      SENSITIVE_HEADER.test(name) && value !== "" && literal([...base, "headers", name], value, !0);
    try {
      let password = new URL(source.url).password;
      password !== "" && literal([...base, "url"], decodeURIComponent(password), !0);
    } catch {
    }
    source.type === "prometheus" && source.auth && (source.auth.type === "basic" ? literal([...base, "auth", "password"], source.auth.password, !0) : literal([...base, "auth", "token"], source.auth.token, !0));
  });
}

// src/config/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYaml(text, file) {
  let lineCounter = new import_yaml.LineCounter(), doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: !1, uniqueKeys: !0 });
  if (doc.errors.length > 0)
    throw new ConfigError(
      doc.errors.map((error) => {
        let pos = lineCounter.linePos(error.pos[0]), reason = error.message.split(`
`)[0].replace(/ at line \d+, column \d+:?$/, "");
        return {
          path: [],
          origin: { kind: "file", file, line: pos.line, column: pos.col },
          message: `YAML syntax error: ${reason}`
        };
      })
    );
  let at = (offset) => {
    let pos = lineCounter.linePos(offset);
    return { kind: "file", file, line: pos.line, column: pos.col };
  };
  return {
    data: doc.toJS({ maxAliasCount: 100 }),
    locate(path2, options = {}) {
      let offset = findOffset(doc, path2, options.key === !0);
      return offset === void 0 ? { kind: "file", file } : at(offset);
    }
  };
}
function findOffset(doc, path2, wantKey) {
  let node = doc.contents, offset = rangeStart(node);
  for (let i = 0; i < path2.length; i++) {
    let segment = path2[i], last = i === path2.length - 1;
    if ((0, import_yaml.isMap)(node)) {
      let pair = node.items.find(
        (item) => (0, import_yaml.isPair)(item) && (0, import_yaml.isScalar)(item.key) && String(item.key.value) === String(segment)
      );
      if (pair === void 0) return offset;
      if (last && wantKey) return rangeStart(pair.key) ?? offset;
      node = pair.value, offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if ((0, import_yaml.isSeq)(node) && typeof segment == "number") {
      let item = node.items[segment];
      if (item === void 0) return offset;
      node = item, offset = rangeStart(node) ?? offset;
    } else
      return offset;
  }
  return offset;
}
function rangeStart(node) {
  let range = node?.range;
  return range ? range[0] : void 0;
}

// src/config/load.ts
function loadConfig(options) {
  let inputs = setInputs(options.inputs), warnings = [], problems = [], { yaml, fileName } = readYaml(options, inputs), fileData = yaml.data ?? {};
  if (!isMapping(fileData))
    throw new ConfigError([
      { path: [], origin: yaml.locate([]), message: "expected a mapping of keys at the top of the file" }
    ]);
  let substitution = substituteEnv(fileData, options.env, (p) => yaml.locate(p));
  problems.push(...substitution.problems);
  let overlay = applyInputs(substitution.data, inputs, warnings, fileName);
  problems.push(...overlay.problems);
  let merged = overlay.data, locate = (p, opts) => overlay.originOf(p) ?? yaml.locate(p, opts), sources = merged.sources;
  (sources === void 0 || Array.isArray(sources) && sources.length === 0) && options.requireSources !== !1 && problems.push({
    path: [],
    origin: { kind: "general" },
    message: `no sources to watch: add a \`sources:\` list to ${fileName}, or set the \`health-url\` input (or \`prometheus-url\` with \`errors-query\` and \`total-query\`)`
  });
  let result = fileSchema.safeParse(merged);
  if (!result.success) {
    let schemaProblems = issuesToProblems(result.error.issues, {
      data: merged,
      schema: fileSchema,
      locate,
      substituted: substitution.substituted
    }), unresolved = new Set(substitution.problems.map((p) => pathKey(p.path)));
    problems.push(...schemaProblems.filter((p) => !unresolved.has(pathKey(p.path))));
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(sortProblems(problems));
  let config = toConfig(result.data), secrets = new Set(substitution.secrets);
  return collectLiteralSecrets(config, substitution.substituted, overlay.originOf, fileName, secrets, warnings), { config, secrets: [...secrets], warnings };
}
function setInputs(raw) {
  let set = /* @__PURE__ */ new Map();
  for (let [name, value] of Object.entries(raw)) {
    let trimmed = (value ?? "").trim();
    trimmed !== "" && set.set(name, trimmed);
  }
  return set;
}
function readYaml(options, inputs) {
  let explicit = options.file ?? inputs.get("config"), fileName = explicit ?? DEFAULT_CONFIG_FILE;
  if (options.text !== void 0) return { yaml: parseYaml(options.text, fileName), fileName };
  let absolute = path.resolve(options.cwd, fileName);
  if (existsSync(absolute)) return { yaml: parseYaml(readFileSync(absolute, "utf8"), fileName), fileName };
  if (explicit !== void 0) {
    let origin = options.file !== void 0 ? { kind: "general" } : { kind: "input", input: "config" };
    throw new ConfigError([
      { path: [], origin, message: `config file \`${fileName}\` not found (looked at ${absolute})` }
    ]);
  }
  return { yaml: parseYaml("", fileName), fileName };
}

export {
  ConfigError,
  ACTION_INPUTS,
  loadConfig
};
