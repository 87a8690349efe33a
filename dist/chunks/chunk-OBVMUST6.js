import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  NEVER,
  _enum,
  array,
  boolean,
  discriminatedUnion,
  int,
  literal,
  number,
  record,
  strictObject,
  string,
  superRefine,
  union
} from "./chunk-IVKVIPVY.js";

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

// src/config/schema.ts
var SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9-_.]*$/;
function alwaysCheck(check) {
  return superRefine(check, { when: () => !0 });
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function duration(description, { positive = !0 } = {}) {
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
var nonEmpty = (description) => string().min(1, { error: "expected a non-empty string" }).describe(description), headers = record(string(), string()).default({}).describe(
  "Extra request headers. Values may reference environment variables as `${NAME}`; they are masked in logs."
);
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
}).describe("The deploy moment: an ISO 8601 timestamp or epoch seconds. Unset: the moment the job starts."), commonSourceShape = {
  id: string().regex(SOURCE_ID_PATTERN, {
    error: "expected an id of lowercase letters, digits, `-`, `_` and `.`, starting with a letter or digit"
  }).describe("Unique id of the source; its signals are named `<id>` or `<id>:<name>`."),
  critical: boolean().default(SOURCE_DEFAULTS.critical).describe("A critical signal that fails ends the verification at once with `fail`."),
  timeout: duration("Timeout per request.").prefault(SOURCE_DEFAULTS.timeout),
  retries: int().min(0).max(10).default(SOURCE_DEFAULTS.retries).describe("Retries after the first attempt on network errors, 429 and 5xx (Retry-After is honoured)."),
  "max-response-bytes": int().min(1).default(SOURCE_DEFAULTS.maxResponseBytes).describe("Larger responses are reported as an error, never parsed partially."),
  "max-consecutive-errors": int().min(1).default(SOURCE_DEFAULTS.maxConsecutiveErrors).describe("Consecutive failed polls after which the signal ends as `on-error`."),
  "on-error": _enum(["inconclusive", "fail"]).default(SOURCE_DEFAULTS.onError).describe("What a source that keeps failing means for its signals. A provider error is never a pass.")
}, bodyExpectation = strictObject({
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
).describe("An expectation on the JSON body."), httpSourceSchema = strictObject({
  type: literal("http").describe("A health endpoint."),
  ...commonSourceShape,
  url: httpUrl("The health endpoint."),
  method: _enum(["GET", "HEAD", "POST"]).default(HTTP_DEFAULTS.method).describe("HTTP method of the check."),
  headers,
  "expect-status": array(int().min(100).max(599)).default([]).describe("Status codes that count as healthy; empty means any 2xx."),
  format: _enum(["auto", "health+json", "actuator", "plain"]).default(HTTP_DEFAULTS.format).describe("How to read the body: detect from the content type, or force a format."),
  "body-contains": string().optional().describe("The body must contain this text."),
  expect: array(bodyExpectation).default([]).describe("Expectations on the JSON body."),
  "max-latency": duration("A check slower than this is unhealthy.").optional(),
  "expect-version": strictObject({
    value: nonEmpty("The deployed version, e.g. `${GITHUB_SHA}`."),
    header: string().optional().describe("Look in this response header instead of the body.")
  }).optional().describe("The deployed version must appear in the body (or the named header)."),
  probes: int().min(1).max(100).default(HTTP_DEFAULTS.probes).describe("Probes per poll; their failures also form an error-rate signal `<id>:errors`."),
  "fail-after": int().min(1).default(HTTP_DEFAULTS.failAfter).describe("Consecutive unhealthy checks that fail the health signal."),
  "max-error-rate": number().min(0).max(1).default(HTTP_DEFAULTS.maxErrorRate).describe("For the probe error-rate signal: the acceptable error rate (0..1).")
}).describe("Health endpoint: status code, IETF health+json, Spring actuator, body expectations, latency."), prometheusAuth = discriminatedUnion("type", [
  strictObject({
    type: literal("basic").describe("HTTP basic authentication."),
    username: nonEmpty("User name (Grafana Cloud: the instance id)."),
    password: nonEmpty("Password or API key; write `${ENV_NAME}` to read it from the environment.")
  }),
  strictObject({
    type: literal("bearer").describe("A bearer token."),
    token: nonEmpty("The token; write `${ENV_NAME}` to read it from the environment.")
  })
]).describe("Authentication. Secrets should reference environment variables as `${NAME}`."), level = strictObject({
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
).describe("A level signal (latency, saturation) with guardrail bounds."), prometheusSourceSchema = strictObject({
  type: literal("prometheus").describe("Any Prometheus HTTP API: Prometheus, Thanos, Mimir, VictoriaMetrics, Grafana Cloud."),
  ...commonSourceShape,
  url: httpUrl("Base URL of the Prometheus HTTP API."),
  auth: prometheusAuth.optional(),
  headers,
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
  levels: array(level).default([]).describe("Level signals, each `<id>:<name>`.")
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
    !has("errors") && !has("total") && !has("ratio") && !has("traffic") && !hasLevels && ctx.addIssue({
      code: "custom",
      message: "expected a signal: `errors` + `total`, or `ratio` + `traffic`, or at least one entry in `levels`",
      input: void 0
    }), Array.isArray(levels) && reportDuplicates(levels, "name", ["levels"], "levels", ctx);
  })
).describe("Prometheus-API metrics: an error-rate signal and level signals."), sourceSchema = discriminatedUnion("type", [httpSourceSchema, prometheusSourceSchema]);
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
var stringList = (description) => array(string()).default([]).describe(description), assessSchema = strictObject({
  target: string().min(1).optional().describe("Ref or SHA to assess rolling back to; unset means the last healthy deployment."),
  "fail-on": _enum(["never", "unsafe", "caution"]).default(ASSESS_DEFAULTS.failOn).describe("Fail the step when rollback safety is this bad (`never`: only report)."),
  "critical-paths": stringList(
    "Globs of paths whose change a rollback would undo and someone should look at."
  ),
  migrations: stringList("Extra globs for migration files, beyond the frameworks detected by layout."),
  contracts: stringList("Extra globs for API contracts (OpenAPI, GraphQL, protobuf).")
}).describe("Rollback-readiness assessment."), incidentSchema = strictObject({
  enabled: boolean().default(INCIDENT_DEFAULTS.enabled).describe("Open an incident issue on a failed deploy."),
  "on-inconclusive": boolean().default(INCIDENT_DEFAULTS.onInconclusive).describe("Also open one on an inconclusive verdict."),
  "close-on-recovery": boolean().default(INCIDENT_DEFAULTS.closeOnRecovery).describe("Close the open incident when a later deploy passes (otherwise only comment)."),
  labels: stringList("Labels for the incident issue."),
  assignees: stringList("Users to assign to the incident issue."),
  service: string().min(1).optional().describe("Service name for the issue title; unset means the repository name.")
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
).describe("Automatic revert."), fileSchema = strictObject({
  environment: nonEmpty("The deployment environment being verified.").default(DEFAULTS.environment),
  window: duration("Maximum observation time after the deploy.").prefault(DEFAULTS.window),
  interval: duration("Poll period.").prefault(DEFAULTS.interval),
  baseline: duration(
    "Pre-deploy window used as baseline when a source has no concurrent one; `0` for none.",
    { positive: !1 }
  ).prefault(DEFAULTS.baseline),
  alpha: number().gt(0).lt(0.5).default(DEFAULTS.alpha).describe("Bound on the false-alarm probability over the whole window, split across signals."),
  tolerance: number().min(1).default(DEFAULTS.tolerance).describe("Error-rate ratio over the baseline that is still acceptable (>= 1)."),
  "min-errors": int().min(0).default(DEFAULTS.minErrors).describe("Errors needed before a count signal can fail (guards against bursts)."),
  "on-inconclusive": _enum(["pass", "fail", "neutral"]).default(DEFAULTS.onInconclusive).describe("How an inconclusive verdict concludes the step and check run."),
  "fail-on-fail": boolean().default(DEFAULTS.failOnFail).describe("Fail the step on a `fail` verdict."),
  "dry-run": boolean().default(DEFAULTS.dryRun).describe("Decide and report in the log only: no issues, statuses or reverts."),
  "deploy-time": deployTime.optional(),
  sha: string().regex(/^[0-9a-f]{7,64}$/i, { error: "expected a commit SHA (7 to 64 hex digits)" }).optional().describe("The deployed commit."),
  sources: array(sourceSchema).default([]).check(
    alwaysCheck((items, ctx) => Array.isArray(items) && reportDuplicates(items, "id", [], "sources", ctx))
  ).describe("Where the signals come from."),
  assess: assessSchema.prefault({}),
  incident: incidentSchema.prefault({}),
  revert: revertSchema.prefault({})
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
  })
).describe("Postflight: verify a deploy, assess rollback safety, report on GitHub."), VERBATIM_KEYS = /* @__PURE__ */ new Set(["headers"]), DURATION_KEYS = /* @__PURE__ */ new Set(["window", "interval", "baseline", "timeout", "max-latency"]);
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

export {
  DEFAULT_CONFIG_FILE,
  DEFAULTS,
  ASSESS_DEFAULTS,
  INCIDENT_DEFAULTS,
  REVERT_DEFAULTS,
  assessSchema,
  fileSchema,
  toConfig
};
