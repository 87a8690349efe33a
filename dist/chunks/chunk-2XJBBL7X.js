import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  NEVER,
  _enum,
  array,
  boolean,
  config,
  discriminatedUnion,
  int,
  literal,
  number,
  record,
  strictObject,
  string,
  superRefine,
  union
} from "./chunk-HI6YRM7G.js";
import {
  ConfigError,
  describeHidden,
  describeValue,
  didYouMean,
  formatPath,
  isSecretPath,
  sortProblems
} from "./chunk-HFEFXF2P.js";
import {
  basicAuthForms,
  isSecretHeader,
  secretForms,
  secretsInUrl
} from "./chunk-IGMUNFP5.js";

// src/config/load.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// src/config/defaults.ts
var DEFAULT_CONFIG_FILE = ".github/postflight.yml", DEFAULTS = {
  environment: "production",
  window: "10m",
  interval: "30s",
  baseline: "30m",
  alpha: 0.05,
  /** Error-rate ratio r0 the deploy may have over the baseline before it counts as worse. */
  tolerance: 1.1,
  minErrors: 5,
  onInconclusive: "neutral",
  failOnFail: !0,
  dryRun: !1
}, SOURCE_DEFAULTS = {
  critical: !1,
  timeout: "10s",
  retries: 2,
  maxResponseBytes: 1024 * 1024,
  maxConsecutiveErrors: 3,
  onError: "inconclusive"
}, HTTP_DEFAULTS = {
  method: "GET",
  format: "auto",
  probes: 1,
  failAfter: 3,
  maxErrorRate: 0.01
}, ASSESS_DEFAULTS = { failOn: "never" }, INCIDENT_DEFAULTS = { enabled: !0, onInconclusive: !1, closeOnRecovery: !1 }, REVERT_DEFAULTS = { mode: "off", maxPerDay: 1 };

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
          let shape = defOf(option).shape, literal2 = shape && discriminator ? defOf(shape[discriminator]) : void 0;
          return literal2 !== void 0 && literal2.values?.includes(tag);
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

// src/config/secrets.ts
var SECRET_NAME = /TOKEN|KEY|SECRET|PASSWORD|PASSWD|PWD|CREDENTIAL|AUTH|PRIVATE|SIGNATURE|SESSION|COOKIE|DSN|CERT/i;
function isSecretName(name) {
  return SECRET_NAME.test(name);
}
function collectLiteralSecrets(config2, substituted, originOf, fileName, secrets, warnings) {
  let add = (values) => {
    for (let value of values) for (let form of secretForms(value)) form !== "" && secrets.add(form);
  }, literal2 = (at, values) => {
    add(values), !substituted.has(pathKey(at)) && originOf(at) === void 0 && warnings.push(
      `${formatPath(at)} in ${fileName} is a secret written in plain text; reference a GitHub secret as \`\${NAME}\` instead`
    );
  };
  config2.sources.forEach((source, index) => {
    let base = ["sources", index];
    for (let [name, value] of Object.entries("headers" in source ? source.headers : {}))
      isSecretHeader(name) && value !== "" && literal2([...base, "headers", name], [value]);
    let url;
    try {
      url = source.url === void 0 ? void 0 : new URL(source.url);
    } catch {
    }
    url && (url.password !== "" || url.username !== "") ? literal2([...base, "url"], secretsInUrl(source.url)) : url && add(secretsInUrl(source.url)), source.type === "datadog" && (literal2([...base, "api-key"], [source.apiKey]), literal2([...base, "app-key"], [source.appKey])), source.type === "newrelic" && literal2([...base, "api-key"], [source.apiKey]), source.type === "sentry" && literal2([...base, "token"], [source.token]), (source.type === "prometheus" || source.type === "loki") && source.auth && (source.auth.type === "basic" ? literal2(
      [...base, "auth", "password"],
      [source.auth.password, ...basicAuthForms(source.auth.username, source.auth.password)]
    ) : literal2([...base, "auth", "token"], [source.auth.token]));
  });
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
      }), whole) : (usedEnv = !0, isSecretName(name) && secrets.add(resolved), resolved);
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
    description: "Which job to run: `verify` (after a deploy), `watch` (on `schedule`: re-evaluate recent deployments from the sources' history), `assess` (rollback readiness of a change) or `triage` (slash commands in an incident issue).",
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
    "watch-for",
    "duration",
    ["watch", "for"],
    "`mode: watch`: how long after a deploy it keeps being re-evaluated, like `2h`. Default: `2h` once `watch` is configured."
  ),
  loader(
    "watch-alpha-share",
    "number",
    ["watch", "alpha-share"],
    "Share of `alpha` spent by `mode: watch` (the verify step spends the rest when `watch` is configured). Default: `0.5`."
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

// src/config/duration.ts
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5, d: 864e5 }, DURATION_TEXT = /^(?:(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+|\d+(?:\.\d+)?)$/, DURATION_HINT = "a duration like `500ms`, `30s`, `10m`, `1h30m`, or a number of seconds";
function parseDuration(value) {
  if (typeof value == "number")
    return Number.isFinite(value) && value >= 0 ? Math.round(value * 1e3) : void 0;
  let text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1e3);
  if (!DURATION_TEXT.test(text)) return;
  let order = ["d", "h", "m", "s", "ms"], total = 0, lastRank = -1;
  for (let [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    let rank = order.indexOf(unit);
    if (rank <= lastRank) return;
    lastRank = rank, total += Number(amount) * UNIT_MS[unit];
  }
  return Math.round(total);
}
var MAX_TIMER_MS = 2 ** 31 - 1;
function formatDuration(ms) {
  let rest = Math.round(ms), parts = [];
  for (let unit of ["d", "h", "m", "s", "ms"]) {
    let size = UNIT_MS[unit], amount = Math.floor(rest / size);
    amount > 0 && parts.push(`${amount}${unit}`), rest -= amount * size;
  }
  return parts.join("") || "0ms";
}

// src/config/schema-kit.ts
config({ jitless: !0 });
var SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9-_.]*$/;
function alwaysCheck(check) {
  return superRefine(check, { when: () => !0 });
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function duration(description, { positive = !0, timer = !1 } = {}) {
  return union(
    [
      string().regex(DURATION_TEXT, { error: `expected ${DURATION_HINT}` }),
      number().min(0, { error: `expected ${DURATION_HINT}` })
    ],
    { error: `expected ${DURATION_HINT}` }
  ).transform((value, ctx) => {
    let ms = parseDuration(value);
    return ms === void 0 || positive && ms <= 0 ? (ctx.addIssue({
      code: "custom",
      message: `expected ${positive ? "a positive " : ""}${DURATION_HINT.replace(/^a /, "")}`,
      input: value
    }), NEVER) : timer && ms > MAX_TIMER_MS ? (ctx.addIssue({
      code: "custom",
      message: `expected at most ${formatDuration(MAX_TIMER_MS)} (the longest wait Node's timers allow); got ${String(value)}`,
      input: value
    }), NEVER) : ms;
  }).describe(description);
}
function httpUrl(description) {
  return string().refine(
    (text) => {
      try {
        let url = new URL(text);
        return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
      } catch {
        return !1;
      }
    },
    { error: "expected an http:// or https:// URL" }
  ).describe(description);
}
var nonEmpty = (description) => string().min(1, { error: "expected a non-empty string" }).describe(description), displayName = (description) => string().min(1, { error: "expected a non-empty string" }).max(255, { error: "expected at most 255 characters" }).regex(/^[^\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/, {
  error: "expected no control or bidirectional formatting characters"
}).describe(description);
function reportDuplicates(items, key, at, shownAs, ctx) {
  let first = /* @__PURE__ */ new Map();
  items.forEach((item, index) => {
    if (!isRecord(item) || typeof item[key] != "string") return;
    let seen = first.get(item[key]);
    seen === void 0 ? first.set(item[key], index) : ctx.addIssue({
      code: "custom",
      message: `expected a unique ${key}; \`${String(item[key])}\` is already used by ${shownAs}[${seen}]`,
      path: [...at, index, key],
      input: item[key]
    });
  });
}
function once(build) {
  let built;
  return () => (built ??= { value: build() }).value;
}

// src/config/source-schemas.ts
var headers = once(
  () => record(string(), string()).default({}).describe(
    "Extra request headers. Values may reference environment variables as `${NAME}`; values of secret-looking headers (auth, token, key, ...) are masked in logs."
  )
), commonSourceShape = once(() => ({
  id: string().regex(SOURCE_ID_PATTERN, {
    error: "expected an id of lowercase letters, digits, `-`, `_` and `.`, starting with a letter or digit"
  }).describe("Unique id of the source; its signals are named `<id>` or `<id>:<name>`."),
  critical: boolean().default(SOURCE_DEFAULTS.critical).describe("A critical signal that fails ends the verification at once with `fail`."),
  timeout: duration("Timeout per request.", { timer: !0 }).prefault(SOURCE_DEFAULTS.timeout),
  retries: int().min(0).max(10).default(SOURCE_DEFAULTS.retries).describe("Retries after the first attempt on network errors, 429 and 5xx (Retry-After is honoured)."),
  "max-response-bytes": int().min(1).default(SOURCE_DEFAULTS.maxResponseBytes).describe("Larger responses are reported as an error, never parsed partially."),
  "max-consecutive-errors": int().min(1).default(SOURCE_DEFAULTS.maxConsecutiveErrors).describe("Consecutive failed polls after which the signal ends as `on-error`."),
  "on-error": _enum(["inconclusive", "fail"]).default(SOURCE_DEFAULTS.onError).describe("What a source that keeps failing means for its signals. A provider error is never a pass.")
})), bodyExpectation = once(
  () => strictObject({
    path: string().regex(/^\$/, { error: "expected a JSON path starting with `$`, like `$.status`" }).describe("JSON path into the body, like `$.status`."),
    equals: union([string(), number(), boolean()]).optional().describe("The value at the path must equal this."),
    contains: string().optional().describe("The value at the path, as text, must contain this.")
  }).check(
    alwaysCheck((value, ctx) => {
      isRecord(value) && value.equals === void 0 && value.contains === void 0 && ctx.addIssue({
        code: "custom",
        message: "expected `equals` or `contains` beside `path`",
        input: value
      });
    })
  ).describe("An expectation on the JSON body.")
), httpSourceSchema = once(
  () => strictObject({
    type: literal("http").describe("A health endpoint."),
    ...commonSourceShape(),
    url: httpUrl("The health endpoint."),
    method: _enum(["GET", "HEAD", "POST"]).default(HTTP_DEFAULTS.method).describe("HTTP method of the check."),
    headers: headers(),
    "expect-status": array(int().min(100).max(599)).default([]).describe("Status codes that count as healthy; empty means any 2xx."),
    format: _enum(["auto", "health+json", "actuator", "plain"]).default(HTTP_DEFAULTS.format).describe("How to read the body: detect from the content type, or force a format."),
    "body-contains": string().optional().describe("The body must contain this text."),
    expect: array(bodyExpectation()).default([]).describe("Expectations on the JSON body."),
    "max-latency": duration("A check slower than this is unhealthy.").optional(),
    "expect-version": strictObject({
      value: nonEmpty("The deployed version, e.g. `${GITHUB_SHA}`."),
      header: string().optional().describe("Look in this response header instead of the body.")
    }).optional().describe("The deployed version must appear in the body (or the named header)."),
    probes: int().min(1).max(100).default(HTTP_DEFAULTS.probes).describe("Probes per poll; their failures also form an error-rate signal `<id>:errors`."),
    "fail-after": int().min(1).default(HTTP_DEFAULTS.failAfter).describe("Consecutive unhealthy checks that fail the health signal."),
    "max-error-rate": number().min(0).max(1).default(HTTP_DEFAULTS.maxErrorRate).describe("For the probe error-rate signal: the acceptable error rate (0..1).")
  }).describe("Health endpoint: status code, IETF health+json, Spring actuator, body expectations, latency.")
), prometheusAuth = once(
  () => discriminatedUnion("type", [
    strictObject({
      type: literal("basic").describe("HTTP basic authentication."),
      username: nonEmpty("User name (Grafana Cloud: the instance id)."),
      password: nonEmpty("Password or API key; write `${ENV_NAME}` to read it from the environment.")
    }),
    strictObject({
      type: literal("bearer").describe("A bearer token."),
      token: nonEmpty("The token; write `${ENV_NAME}` to read it from the environment.")
    })
  ]).describe("Authentication. Secrets should reference environment variables as `${NAME}`.")
), level = once(
  () => strictObject({
    name: string().regex(SOURCE_ID_PATTERN, { error: "expected a name of lowercase letters, digits, `-`, `_` and `.`" }).describe("Signal name; the signal is `<id>:<name>`."),
    query: nonEmpty("PromQL returning one value; may use `$window` and `$version`."),
    max: number().optional().describe("Fail above this value."),
    min: number().optional().describe("Fail below this value."),
    "max-ratio": number().gt(0).optional().describe("Fail above this multiple of the baseline level."),
    unit: string().optional().describe("Unit for people reading the report, e.g. `s` or `%`.")
  }).check(
    alwaysCheck((value, ctx) => {
      isRecord(value) && value.max === void 0 && value.min === void 0 && value["max-ratio"] === void 0 && ctx.addIssue({
        code: "custom",
        message: "expected at least one bound: `max`, `min` or `max-ratio`",
        input: value
      });
    })
  ).describe("A level signal (latency, saturation) with guardrail bounds.")
), latencyHistogram = once(
  () => strictObject({
    name: string().regex(SOURCE_ID_PATTERN, { error: "expected a name of lowercase letters, digits, `-`, `_` and `.`" }).default("slow").describe("Signal name; the signal is `<id>:<name>`."),
    histogram: string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, {
      error: "expected a metric name without `_bucket`, e.g. `http_request_duration_seconds`"
    }).describe(
      "The histogram metric, without `_bucket` / `_count`, e.g. `http_request_duration_seconds`."
    ),
    "slower-than": duration(
      "A request slower than this counts as an error; the bucket used is the smallest `le` at or above it."
    ),
    matchers: string().optional().describe('Label matchers for the histogram series, e.g. `job="api", route!="/health"`.'),
    unit: _enum(["seconds", "milliseconds"]).default("seconds").describe("The unit of the histogram's `le` values (Prometheus convention: seconds).")
  }).describe(
    "Latency as a count signal: requests slower than a threshold out of all requests, from a histogram."
  )
), prometheusSourceSchema = once(
  () => strictObject({
    type: literal("prometheus").describe("Any Prometheus HTTP API: Prometheus, Thanos, Mimir, VictoriaMetrics, Grafana Cloud."),
    ...commonSourceShape(),
    url: httpUrl("Base URL of the Prometheus HTTP API."),
    auth: prometheusAuth().optional(),
    headers: headers(),
    errors: nonEmpty(
      'PromQL: errors in the window, e.g. `sum(increase(http_requests_total{code=~"5.."}[$window]))`.'
    ).optional(),
    total: nonEmpty("PromQL: all requests in the window.").optional(),
    ratio: nonEmpty("PromQL: the error ratio (0..1), used with `traffic`.").optional(),
    traffic: nonEmpty("PromQL: requests in the window, used with `ratio`.").optional(),
    compare: strictObject({
      label: nonEmpty("The label that tells versions apart, e.g. `version`."),
      canary: nonEmpty("Its value for the deployed version, e.g. `${GITHUB_SHA}`."),
      baseline: string().optional().describe("Its value for the old version; unset means every other value.")
    }).optional().describe("Compare against the old version concurrently instead of a pre-deploy window."),
    levels: array(level()).default([]).describe("Level signals, each `<id>:<name>`."),
    latency: latencyHistogram().optional()
  }).check(
    alwaysCheck((value, ctx) => {
      if (!isRecord(value)) return;
      let fields = value, has = (key) => fields[key] !== void 0, pairs = [
        ["errors", "total"],
        ["ratio", "traffic"]
      ];
      for (let [a, b] of pairs)
        if (has(a) !== has(b)) {
          let missing = has(a) ? b : a;
          ctx.addIssue({
            code: "custom",
            message: `expected \`${missing}\` beside \`${has(a) ? a : b}\``,
            path: [missing],
            input: void 0
          });
        }
      has("errors") && has("ratio") && ctx.addIssue({
        code: "custom",
        message: "expected either `errors` + `total` or `ratio` + `traffic`, not both",
        path: ["ratio"],
        input: fields.ratio
      });
      let levels = value.levels, hasLevels = Array.isArray(levels) && levels.length > 0;
      !has("errors") && !has("total") && !has("ratio") && !has("traffic") && !has("latency") && !hasLevels && ctx.addIssue({
        code: "custom",
        message: "expected a signal: `errors` + `total`, or `ratio` + `traffic`, or `latency`, or at least one entry in `levels`",
        input: void 0
      }), Array.isArray(levels) && reportDuplicates(levels, "name", ["levels"], "levels", ctx);
    })
  ).describe("Prometheus-API metrics: an error-rate signal and level signals.")
);
function countPairOrLevels(what) {
  return alwaysCheck((value, ctx) => {
    if (!isRecord(value)) return;
    let has = (key) => value[key] !== void 0;
    if (has("errors") !== has("total")) {
      let missing = has("errors") ? "total" : "errors";
      ctx.addIssue({
        code: "custom",
        message: `expected \`${missing}\` beside \`${has("errors") ? "errors" : "total"}\``,
        path: [missing],
        input: void 0
      });
    }
    let levels = value.levels;
    !has("errors") && !has("total") && !(Array.isArray(levels) && levels.length > 0) && ctx.addIssue({
      code: "custom",
      message: `expected a signal: \`errors\` + \`total\` (${what}), or at least one entry in \`levels\``,
      input: void 0
    }), Array.isArray(levels) && reportDuplicates(levels, "name", ["levels"], "levels", ctx);
  });
}
function versionSplit(key, what) {
  return strictObject({
    [key]: nonEmpty(what),
    canary: nonEmpty("Its value for the deployed version, e.g. `${GITHUB_SHA}`."),
    baseline: string().optional().describe("Its value for the old version; unset means every other value.")
  }).optional().describe("Compare against the old version concurrently instead of a pre-deploy window.");
}
var lokiSourceSchema = once(
  () => strictObject({
    type: literal("loki").describe("Grafana Loki: LogQL metric queries (`count_over_time`, `sum by (version)`)."),
    ...commonSourceShape(),
    url: httpUrl("Base URL of Loki (or of a Grafana Cloud Logs instance)."),
    auth: prometheusAuth().optional(),
    headers: headers(),
    tenant: string().min(1, { error: "expected a non-empty tenant id" }).optional().describe("Multi-tenant Loki: the tenant, sent as `X-Scope-OrgID`."),
    errors: nonEmpty(
      'LogQL: error lines in the window, e.g. `sum(count_over_time({app="shop"} |= "level=error" [$window]))`.'
    ).optional(),
    total: nonEmpty("LogQL: all request lines in the window.").optional(),
    compare: versionSplit("label", "The stream label that tells versions apart, e.g. `version`."),
    levels: array(level()).default([]).describe("Level signals (LogQL returning one value), each `<id>:<name>`.")
  }).check(countPairOrLevels("LogQL counting lines")).describe("Grafana Loki: error and request counts from logs.")
), DATADOG_SITES = {
  US1: "datadoghq.com",
  US3: "us3.datadoghq.com",
  US5: "us5.datadoghq.com",
  EU: "datadoghq.eu",
  EU1: "datadoghq.eu",
  AP1: "ap1.datadoghq.com",
  AP2: "ap2.datadoghq.com",
  UK1: "uk1.datadoghq.com",
  "US1-FED": "ddog-gov.com"
}, DATADOG_DOMAINS = [...new Set(Object.values(DATADOG_SITES))], datadogSite = once(
  () => string().transform((value, ctx) => {
    let text = value.trim(), domain = DATADOG_SITES[text.toUpperCase()] ?? DATADOG_DOMAINS.find((d) => d === text.toLowerCase());
    return domain === void 0 ? (ctx.addIssue({
      code: "custom",
      message: `expected a Datadog site: one of ${Object.keys(DATADOG_SITES).join(", ")} or its domain (${DATADOG_DOMAINS.join(", ")})`,
      input: value
    }), NEVER) : domain;
  }).default("datadoghq.com").describe("Your Datadog site, e.g. `US1`, `EU` or `datadoghq.eu`.")
), datadogLevel = once(
  () => level().describe("A level signal (a metric query returning one series) with guardrail bounds.")
), datadogSourceSchema = once(
  () => strictObject({
    type: literal("datadog").describe("Datadog metrics through the v2 timeseries API."),
    ...commonSourceShape(),
    site: datadogSite(),
    url: httpUrl("Overrides `https://api.<site>` (a proxy or a test double).").optional(),
    "api-key": nonEmpty("API key (`DD-API-KEY`); write `${DD_API_KEY}`."),
    "app-key": nonEmpty(
      "Application key with the `timeseries_query` scope (`DD-APPLICATION-KEY`); write `${DD_APP_KEY}`."
    ),
    errors: nonEmpty(
      "Metric query counting errors, e.g. `sum:trace.http.request.errors{service:shop,env:prod}.as_count()`."
    ).optional(),
    total: nonEmpty(
      "Metric query counting all requests, e.g. `sum:trace.http.request.hits{service:shop}.as_count()`."
    ).optional(),
    compare: versionSplit(
      "tag",
      "The tag that tells versions apart, e.g. `version` (unified service tagging)."
    ),
    levels: array(datadogLevel()).default([]).describe("Level signals, each `<id>:<name>`.")
  }).check(countPairOrLevels("metric queries with `.as_count()`")).describe("Datadog: error and request counts from metrics, split by version when tagged.")
), levelByAlias = once(
  () => strictObject({
    name: string().regex(SOURCE_ID_PATTERN, { error: "expected a name of lowercase letters, digits, `-`, `_` and `.`" }).describe("The alias in the NRQL (`... AS p99`); the signal is `<id>:<name>`."),
    max: number().optional().describe("Fail above this value."),
    min: number().optional().describe("Fail below this value."),
    "max-ratio": number().gt(0).optional().describe("Fail above this multiple of the baseline level."),
    unit: string().optional().describe("Unit for people reading the report, e.g. `ms`.")
  }).describe("A level read from the query by its alias, with guardrail bounds.")
), newRelicSourceSchema = once(
  () => strictObject({
    type: literal("newrelic").describe("New Relic NRQL through NerdGraph."),
    ...commonSourceShape(),
    region: string().transform((value, ctx) => {
      let upper = value.trim().toUpperCase();
      return upper === "US" || upper === "EU" || upper === "JP" ? upper : (ctx.addIssue({
        code: "custom",
        message: "expected a New Relic region: US, EU or JP",
        input: value
      }), NEVER);
    }).default("US").describe("The data center region of the account: `US`, `EU` or `JP`."),
    url: httpUrl("Overrides the region's NerdGraph URL (a proxy or a test double).").optional(),
    "api-key": nonEmpty("A user API key (`NRAK-...`), sent as `API-Key`; write `${NEW_RELIC_API_KEY}`."),
    "account-id": int().min(1).describe("The account the NRQL runs in."),
    query: nonEmpty(
      "NRQL selecting `... AS errors` and `... AS total`, e.g. `SELECT filter(count(*), WHERE error IS true) AS errors, count(*) AS total FROM Transaction WHERE appName = 'shop'`; no SINCE, UNTIL, FACET or TIMESERIES."
    ),
    compare: versionSplit("attribute", "The attribute that tells versions apart, e.g. `tags.version`."),
    levels: array(levelByAlias()).default([]).describe("Levels read from the query by alias, each `<id>:<name>`.")
  }).check(
    alwaysCheck((value, ctx) => {
      if (!isRecord(value) || typeof value.query != "string") return;
      let clause = /\b(SINCE|UNTIL|FACET|TIMESERIES|COMPARE\s+WITH)\b/i.exec(value.query);
      clause && ctx.addIssue({
        code: "custom",
        message: `expected NRQL without \`${clause[1].toUpperCase()}\`: Postflight adds the window (SINCE/UNTIL), the version split (FACET) and the buckets (TIMESERIES)`,
        path: ["query"],
        input: value.query
      }), Array.isArray(value.levels) && reportDuplicates(value.levels, "name", ["levels"], "levels", ctx);
    })
  ).describe("New Relic: error and request counts from one NRQL query, faceted by version when asked.")
), oneOrMore = (description) => union([nonEmpty(description), array(nonEmpty(description)).min(1)]).transform((value) => Array.isArray(value) ? value : [value]).describe(description), sentrySourceSchema = once(
  () => strictObject({
    type: literal("sentry").describe("Sentry: error events per release and crash-free sessions."),
    ...commonSourceShape(),
    url: httpUrl(
      "`https://sentry.io` (default), `https://de.sentry.io` for EU data, or your self-hosted Sentry."
    ).default("https://sentry.io"),
    token: nonEmpty(
      "An auth token with `org:read` and `project:read` (an internal integration or a user token); write `${SENTRY_AUTH_TOKEN}`."
    ),
    organization: nonEmpty("The organization slug."),
    projects: oneOrMore("Project slug(s) or id(s)."),
    environment: string().min(1).optional().describe("The environment events are reported under, e.g. `production`."),
    release: nonEmpty("The deployed release as the SDK reports it, e.g. `shop@${GITHUB_SHA}`."),
    "compare-release": nonEmpty(
      "The previous release, for a concurrent comparison; unset: the pre-deploy window."
    ).optional(),
    "crash-free": strictObject({
      min: number().gt(0).max(1).describe("Fail below this crash-free session rate (0..1).")
    }).optional().describe("Crash-free sessions of the release as a level; Sentry gives them in hourly intervals.")
  }).describe(
    "Sentry: errors of transactions per release, against the previous release or the pre-deploy window."
  )
), cloudWatchMetric = once(
  () => strictObject({
    namespace: nonEmpty("The metric namespace, e.g. `AWS/ApplicationELB`."),
    metric: nonEmpty("The metric name, e.g. `HTTPCode_Target_5XX_Count`."),
    dimensions: record(string(), string()).default({}).describe("Dimension names and values."),
    stat: nonEmpty("The statistic: `Sum` for counts; `p99`, `Average`... for levels.").default("Sum")
  }).describe("One CloudWatch metric.")
), cloudWatchSourceSchema = once(
  () => strictObject({
    type: literal("cloudwatch").describe("AWS CloudWatch metrics through GetMetricData."),
    ...commonSourceShape(),
    region: nonEmpty("AWS region; unset: `AWS_REGION`, then `AWS_DEFAULT_REGION`.").optional(),
    url: httpUrl(
      "Overrides `https://monitoring.<region>.amazonaws.com` (a VPC endpoint, a test double)."
    ).optional(),
    period: duration("Bucket length; a multiple of 60 s for standard-resolution metrics.").prefault("60s"),
    errors: cloudWatchMetric().optional(),
    total: cloudWatchMetric().optional(),
    compare: strictObject({
      dimension: nonEmpty("The dimension that tells versions apart, e.g. `TargetGroup`."),
      canary: nonEmpty("Its value for the deployed version's resources."),
      baseline: nonEmpty("Its value for the old version's resources.")
    }).optional().describe("Compare against the old version concurrently instead of a pre-deploy window."),
    levels: array(
      cloudWatchMetric().extend({
        name: string().regex(SOURCE_ID_PATTERN, {
          error: "expected a name of lowercase letters, digits, `-`, `_` and `.`"
        }).describe("Signal name; the signal is `<id>:<name>`."),
        max: number().optional().describe("Fail above this value."),
        min: number().optional().describe("Fail below this value."),
        "max-ratio": number().gt(0).optional().describe("Fail above this multiple of the baseline level."),
        unit: string().optional().describe("Unit for people reading the report.")
      })
    ).default([]).describe("Level signals, each `<id>:<name>`.")
  }).check(countPairOrLevels("CloudWatch metrics with the `Sum` statistic")).describe("AWS CloudWatch: error and request counts, signed with the credentials in the environment.")
), bySourceType = {
  http: httpSourceSchema,
  prometheus: prometheusSourceSchema,
  loki: lokiSourceSchema,
  datadog: datadogSourceSchema,
  newrelic: newRelicSourceSchema,
  sentry: sentrySourceSchema,
  cloudwatch: cloudWatchSourceSchema
}, SOURCE_TYPES = Object.keys(bySourceType);
function everySourceSchema() {
  return discriminatedUnion("type", [
    httpSourceSchema(),
    prometheusSourceSchema(),
    lokiSourceSchema(),
    datadogSourceSchema(),
    newRelicSourceSchema(),
    sentrySourceSchema(),
    cloudWatchSourceSchema()
  ]);
}
function sourceSchemaFor(types) {
  if (SOURCE_TYPES.every((type) => types.has(type))) return everySourceSchema();
  let options = SOURCE_TYPES.map(
    (type) => types.has(type) ? bySourceType[type]() : strictObject({ type: literal(type) })
  );
  return discriminatedUnion(
    "type",
    options
  );
}

// src/config/schema.ts
function parseDeployTime(value) {
  if (typeof value == "number")
    return Number.isFinite(value) && value > 0 ? Math.round(value * 1e3) : void 0;
  let text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1e3);
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text))
    return;
  let ms = Date.parse(text);
  return Number.isNaN(ms) ? void 0 : ms;
}
var deployTime = union([string(), number()], { error: "expected an ISO 8601 timestamp or epoch seconds" }).transform((value, ctx) => {
  let ms = parseDeployTime(value);
  return ms === void 0 ? (ctx.addIssue({
    code: "custom",
    message: "expected an ISO 8601 timestamp (2026-01-31T12:00:00Z) or epoch seconds",
    input: value
  }), NEVER) : ms;
}).describe("The deploy moment: an ISO 8601 timestamp or epoch seconds. Unset: the moment the job starts."), stringList = (description) => array(string()).default([]).describe(description), assessSchema = strictObject({
  target: string().min(1).optional().describe("Ref or SHA to assess rolling back to; unset means the last healthy deployment."),
  "fail-on": _enum(["never", "unsafe", "caution"]).default(ASSESS_DEFAULTS.failOn).describe("Fail the step when rollback safety is this bad (`never`: only report)."),
  "critical-paths": stringList(
    "Globs of paths whose change a rollback would undo and someone should look at."
  ),
  migrations: stringList("Extra globs for migration files, beyond the frameworks detected by layout."),
  contracts: stringList("Extra globs for API contracts (OpenAPI, GraphQL, protobuf)."),
  "lockstep-clients": boolean().optional().describe(
    "Clients ship in lockstep with the service: what N added to an API contract is in use at once, so its removal on rollback blocks (default false: a warning)."
  )
}).describe("Rollback-readiness assessment."), incidentSchema = strictObject({
  enabled: boolean().default(INCIDENT_DEFAULTS.enabled).describe("Open an incident issue on a failed deploy."),
  "on-inconclusive": boolean().default(INCIDENT_DEFAULTS.onInconclusive).describe("Also open one on an inconclusive verdict."),
  "close-on-recovery": boolean().default(INCIDENT_DEFAULTS.closeOnRecovery).describe("Close the open incident when a later deploy passes (otherwise only comment)."),
  labels: stringList("Labels for the incident issue."),
  assignees: stringList("Users to assign to the incident issue."),
  service: displayName("Service name for the issue title; unset means the repository name.").optional()
}).describe("The incident issue opened on a failed deploy."), revertSchema = strictObject({
  mode: _enum(["off", "dispatch", "pull-request"]).default(REVERT_DEFAULTS.mode).describe("Automatic revert after a failed deploy, only when the assessment says `safe`."),
  workflow: string().min(1).optional().describe("`dispatch`: workflow file to start with workflow_dispatch, e.g. `deploy.yml`."),
  "event-type": string().min(1).optional().describe("`dispatch`: repository_dispatch event type (when no workflow is named)."),
  "max-per-day": int().min(0).default(REVERT_DEFAULTS.maxPerDay).describe("At most this many automatic reverts per environment per day.")
}).check(
  alwaysCheck((value, ctx) => {
    isRecord(value) && value.mode === "dispatch" && value.workflow === void 0 && value["event-type"] === void 0 && ctx.addIssue({
      code: "custom",
      message: "expected `workflow` or `event-type` when mode is `dispatch`",
      path: ["mode"],
      input: value.mode
    });
  })
).describe("Automatic revert.");
function buildFileSchema(sourceSchema) {
  return strictObject({
    environment: displayName("The deployment environment being verified.").default(DEFAULTS.environment),
    window: duration("Maximum observation time after the deploy.", { timer: !0 }).prefault(
      DEFAULTS.window
    ),
    interval: duration("Poll period.", { timer: !0 }).prefault(DEFAULTS.interval),
    baseline: duration(
      "Pre-deploy window used as baseline when a source has no concurrent one; `0` for none.",
      { positive: !1 }
    ).prefault(DEFAULTS.baseline),
    alpha: number().gt(0).lt(0.5).default(DEFAULTS.alpha).describe("Bound on the false-alarm probability over the whole window, split across signals."),
    tolerance: number().min(1).default(DEFAULTS.tolerance).describe("Error-rate ratio over the baseline that is still acceptable (>= 1)."),
    "min-errors": int().min(0).default(DEFAULTS.minErrors).describe("Errors needed before a count signal can fail (guards against bursts)."),
    bake: duration(
      "No signal may pass before this time after the deploy (default: half the window; `0`: pass as soon as the evidence allows).",
      { positive: !1 }
    ).optional(),
    "min-rate": number().min(0).lt(1).optional().describe(
      "An error rate up to this (0..1) is always acceptable, however small the baseline rate, so an error-free service can pass (default 0.001; `0`: none)."
    ),
    "on-inconclusive": _enum(["pass", "fail", "neutral"]).default(DEFAULTS.onInconclusive).describe("How an inconclusive verdict concludes the step and check run."),
    "fail-on-fail": boolean().default(DEFAULTS.failOnFail).describe("Fail the step on a `fail` verdict."),
    "dry-run": boolean().default(DEFAULTS.dryRun).describe("Decide and report in the log only: no issues, statuses or reverts."),
    "deploy-time": deployTime.optional(),
    sha: string().regex(/^[0-9a-f]{7,64}$/i, { error: "expected a commit SHA (7 to 64 hex digits)" }).optional().describe("The deployed commit."),
    sources: array(sourceSchema).default([]).check(
      alwaysCheck(
        (items, ctx) => Array.isArray(items) && reportDuplicates(items, "id", [], "sources", ctx)
      )
    ).describe("Where the signals come from."),
    assess: assessSchema.prefault({}),
    incident: incidentSchema.prefault({}),
    revert: revertSchema.prefault({}),
    watch: strictObject({
      for: duration("How long after a deploy `mode: watch` keeps re-evaluating it.").prefault("2h"),
      "alpha-share": number().gt(0).lt(1).default(0.5).describe("Share of `alpha` the watch spends; the verify step then spends the rest.")
    }).optional().describe("Watch after the deploy: set it here so the verify step and the watch share one alpha.")
  }).check(
    alwaysCheck((value, ctx) => {
      if (!isRecord(value)) return;
      let { window, interval } = value;
      typeof window == "number" && typeof interval == "number" && interval > window && ctx.addIssue({
        code: "custom",
        message: "expected an interval no longer than `window`",
        path: ["interval"],
        input: interval
      });
      let { bake } = value;
      typeof window == "number" && typeof bake == "number" && bake > window && ctx.addIssue({
        code: "custom",
        message: "expected a bake no longer than `window`",
        path: ["bake"],
        input: bake
      });
    })
  ).describe("Postflight: verify a deploy, assess rollback safety, report on GitHub.");
}
var fileSchemas = /* @__PURE__ */ new Map();
function fileSchemaFor(data) {
  let named = /* @__PURE__ */ new Set();
  if (isRecord(data) && Array.isArray(data.sources))
    for (let entry of data.sources)
      isRecord(entry) && typeof entry.type == "string" && named.add(entry.type);
  let types = new Set(SOURCE_TYPES.filter((type) => named.has(type))), key = [...types].join(","), schema = fileSchemas.get(key);
  return schema === void 0 && fileSchemas.set(key, schema = buildFileSchema(sourceSchemaFor(types))), schema;
}
var VERBATIM_KEYS = /* @__PURE__ */ new Set(["headers"]), DURATION_KEYS = /* @__PURE__ */ new Set(["window", "interval", "baseline", "timeout", "max-latency", "period", "bake"]);
function camelKey(key, value) {
  let camel = key.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
  return DURATION_KEYS.has(key) && typeof value == "number" ? `${camel}Ms` : camel;
}
function camelize(value) {
  return Array.isArray(value) ? value.map(camelize) : isRecord(value) ? Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      camelKey(key, inner),
      VERBATIM_KEYS.has(key) ? inner : camelize(inner)
    ])
  ) : value;
}
function toConfig(parsed) {
  return camelize(parsed);
}

// src/config/load.ts
async function loadConfig(options) {
  let inputs = setInputs(options.inputs), warnings = [], problems = [], { yaml, fileName } = await readYaml(options, inputs), fileData = yaml.data ?? {};
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
  let schema = fileSchemaFor(merged), result = schema.safeParse(merged);
  if (!result.success) {
    let schemaProblems = issuesToProblems(result.error.issues, {
      data: merged,
      schema,
      locate,
      substituted: substitution.substituted
    }), unresolved = new Set(substitution.problems.map((p) => pathKey(p.path)));
    problems.push(...schemaProblems.filter((p) => !unresolved.has(pathKey(p.path))));
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(sortProblems(problems));
  let config2 = toConfig(result.data), secrets = new Set(substitution.secrets);
  return collectLiteralSecrets(config2, substitution.substituted, overlay.originOf, fileName, secrets, warnings), { config: config2, secrets: [...secrets], warnings };
}
function setInputs(raw) {
  let set = /* @__PURE__ */ new Map();
  for (let [name, value] of Object.entries(raw)) {
    let trimmed = (value ?? "").trim();
    trimmed !== "" && set.set(name, trimmed);
  }
  return set;
}
async function readYaml(options, inputs) {
  let explicit = options.file ?? inputs.get("config"), fileName = explicit ?? DEFAULT_CONFIG_FILE, parse = async (text) => (await import("./yaml-source-HKSTQOKB.js")).parseYaml(text, fileName);
  if (options.text !== void 0) return { yaml: await parse(options.text), fileName };
  let absolute = path.resolve(options.cwd, fileName);
  if (existsSync(absolute)) return { yaml: await parse(readFileSync(absolute, "utf8")), fileName };
  if (explicit !== void 0) {
    let origin = options.file !== void 0 ? { kind: "general" } : { kind: "input", input: "config" };
    throw new ConfigError([
      { path: [], origin, message: `config file \`${fileName}\` not found (looked at ${absolute})` }
    ]);
  }
  return { yaml: { data: void 0, locate: () => ({ kind: "file", file: fileName }) }, fileName };
}

export {
  ACTION_INPUTS,
  loadConfig
};
