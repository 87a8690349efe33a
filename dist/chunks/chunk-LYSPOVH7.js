import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  PartialPollError,
  RequestError,
  registerSecrets,
  request,
  withCountCheck
} from "./chunk-HZXPO654.js";
import {
  isSecretHeader,
  scrubSecrets,
  secretsInUrl
} from "./chunk-IGMUNFP5.js";

// src/sources/http/json-path.ts
var STEP = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[(?:"([^"]*)"|'([^']*)')\])/;
function parseJsonPath(path) {
  if (!path.startsWith("$"))
    throw new Error(`JSON path "${path}" must start with "$" (e.g. "$.status" or "$.checks[0].name")`);
  let steps = [], rest = path.slice(1);
  for (; rest.length > 0; ) {
    let match = STEP.exec(rest);
    if (!match)
      throw new Error(
        `JSON path "${path}" is not understood at "${rest}"; use .name, [index] or ["name"] steps`
      );
    match[1] !== void 0 ? steps.push(match[1]) : match[2] !== void 0 ? steps.push(Number(match[2])) : steps.push(match[3] ?? match[4] ?? ""), rest = rest.slice(match[0].length);
  }
  return steps;
}
function evaluateJsonPath(document, steps) {
  let current = document;
  for (let step of steps)
    if (typeof step == "number") {
      if (!Array.isArray(current)) return;
      current = current[step];
    } else {
      if (current === null || typeof current != "object" || Array.isArray(current) || !Object.hasOwn(current, step)) return;
      current = current[step];
    }
  return current;
}

// src/sources/http/health-formats.ts
var IETF_HEALTHY = /* @__PURE__ */ new Set(["pass", "ok", "up"]), IETF_WARN = /* @__PURE__ */ new Set(["warn"]), IETF_UNHEALTHY = /* @__PURE__ */ new Set(["fail", "error", "down"]), ACTUATOR_STATUSES = /* @__PURE__ */ new Set(["UP", "DOWN", "OUT_OF_SERVICE", "UNKNOWN"]);
function detectFormat(configured, contentType, json) {
  if (configured !== "auto") return configured;
  let type = (contentType ?? "").toLowerCase();
  if (type.includes("application/health+json")) return "health+json";
  if (type.includes("spring-boot.actuator")) return "actuator";
  let status = statusOf(json);
  if (status === void 0) return "plain";
  if (ACTUATOR_STATUSES.has(status)) return "actuator";
  let lower = status.toLowerCase();
  return IETF_HEALTHY.has(lower) || IETF_WARN.has(lower) || IETF_UNHEALTHY.has(lower) ? "health+json" : "plain";
}
function statusOf(json) {
  if (json === null || typeof json != "object" || Array.isArray(json)) return;
  let status = json.status;
  return typeof status == "string" ? status : void 0;
}
function readHealthJson(json) {
  let status = statusOf(json);
  if (status === void 0) return { healthy: !1, summary: 'health+json body has no "status" string' };
  let lower = status.toLowerCase(), failing = checksWithStatus(json, IETF_UNHEALTHY), warning = checksWithStatus(json, IETF_WARN), named = (list) => list.length > 0 ? ` (${list.join(", ")})` : "";
  return IETF_UNHEALTHY.has(lower) ? { healthy: !1, summary: `health+json status ${status}${named(failing)}` } : IETF_WARN.has(lower) ? {
    healthy: !0,
    summary: `health+json status ${status}${named(warning)}`,
    note: `warn${named(warning)}`
  } : IETF_HEALTHY.has(lower) ? { healthy: !0, summary: `health+json status ${status}` } : { healthy: !1, summary: `health+json status "${status}" is not one of pass, warn, fail` };
}
function checksWithStatus(json, statuses) {
  let checks = json.checks;
  if (checks === null || typeof checks != "object" || Array.isArray(checks)) return [];
  let names = [];
  for (let [name, results] of Object.entries(checks)) {
    let list = Array.isArray(results) ? results : [results];
    for (let result of list) {
      let s = statusOf(result);
      if (s === void 0 || !statuses.has(s.toLowerCase())) continue;
      let output = result.output, id = result.componentId, label = typeof id == "string" && !name.includes(id) ? `${name} ${id}` : name;
      names.push(
        typeof output == "string" && output !== "" ? `${label}: ${s}, ${output}` : `${label}: ${s}`
      );
    }
  }
  return names;
}
function readActuator(json) {
  let status = statusOf(json);
  if (status === void 0) return { healthy: !1, summary: 'actuator body has no "status" string' };
  let notUp = [];
  collectComponents(json, "", notUp);
  let named = notUp.length > 0 ? ` (${notUp.join(", ")})` : "";
  switch (status) {
    case "UP":
      return { healthy: !0, summary: "actuator status UP" };
    // Spring maps UNKNOWN to HTTP 200: the application does not consider itself down.
    case "UNKNOWN":
      return { healthy: !0, summary: `actuator status UNKNOWN${named}`, note: "actuator status UNKNOWN" };
    case "DOWN":
    case "OUT_OF_SERVICE":
      return { healthy: !1, summary: `actuator status ${status}${named}` };
    default:
      return {
        healthy: !1,
        summary: `actuator status "${status}" is not one of UP, DOWN, OUT_OF_SERVICE, UNKNOWN`
      };
  }
}
function collectComponents(node, prefix, out) {
  let components = node.components;
  if (!(components === null || typeof components != "object" || Array.isArray(components)))
    for (let [name, component] of Object.entries(components)) {
      let path = prefix ? `${prefix}.${name}` : name, nested = component.components;
      if (nested && typeof nested == "object") {
        let before = out.length;
        if (collectComponents(component, path, out), out.length > before) continue;
      }
      let s = statusOf(component);
      s !== void 0 && s !== "UP" && out.push(`${path}: ${s}`);
    }
}

// src/sources/http/version-check.ts
var HEX_SHA = /^[0-9a-f]{7,64}$/i, SHA_TOKEN = /\b[0-9a-f]{7,64}\b/gi, VERSION_FIELDS = [
  ["version"],
  ["sha"],
  ["commit"],
  ["revision"],
  ["build", "version"],
  ["git", "commit", "id"],
  ["app", "version"]
];
function sameVersion(seen, wanted) {
  let a = seen.trim().toLowerCase(), b = wanted.trim().toLowerCase();
  return a === b ? !0 : !HEX_SHA.test(a) || !HEX_SHA.test(b) ? !1 : a.startsWith(b) || b.startsWith(a);
}
function checkVersion(expected, response, json) {
  let wanted = expected.value, live = { live: !0, detail: `version ${short(wanted)} live` };
  if (expected.header) {
    let seen = response.headers.get(expected.header);
    return seen === null ? {
      live: !1,
      detail: `version ${short(wanted)} not live yet, saw no ${expected.header} header`
    } : sameVersion(seen, wanted) ? live : { live: !1, detail: `version ${short(wanted)} not live yet, saw ${short(seen.trim())}` };
  }
  if (response.body.includes(wanted)) return live;
  if (HEX_SHA.test(wanted)) {
    for (let token of response.body.match(SHA_TOKEN) ?? []) if (sameVersion(token, wanted)) return live;
  }
  return {
    live: !1,
    detail: `version ${short(wanted)} not live yet, saw ${describeSeen(response.body, json)}`
  };
}
function describeSeen(body, json) {
  for (let path of VERSION_FIELDS) {
    let node = json;
    for (let key of path)
      node = node !== null && typeof node == "object" ? node[key] : void 0;
    if (typeof node == "string" || typeof node == "number") return short(String(node));
  }
  let token = body.match(SHA_TOKEN)?.[0];
  return token ? short(token) : "no version in the body";
}
function short(version) {
  return HEX_SHA.test(version) && version.length > 12 ? version.slice(0, 12) : version.slice(0, 64);
}

// src/sources/http/source.ts
var SERVICE_DOWN_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID"
]);
function createHttpSource(config, deps = {}) {
  let expectations = validate(config), secrets = registerSecrets(deps, [
    ...Object.entries(config.headers).filter(([name]) => isSecretHeader(name)).map(([, value]) => value),
    ...secretsInUrl(config.url)
  ]), signals = [
    {
      id: config.id,
      kind: "health",
      baseline: "absolute",
      critical: config.critical,
      failAfter: config.failAfter
    },
    {
      id: `${config.id}:errors`,
      kind: "count",
      baseline: "absolute",
      critical: config.critical,
      maxErrorRate: config.maxErrorRate
    }
  ], established;
  async function probe(signal) {
    let response;
    try {
      response = await request(
        {
          sourceId: config.id,
          url: config.url,
          method: config.method,
          headers: config.headers,
          timeoutMs: config.timeoutMs,
          retries: config.retries,
          retryOnStatus: !1,
          // Every attempt that timed out or was reset is an unhealthy observation; a retry may
          // cure only what is not the service's answer (a DNS hiccup, a proxy failing).
          isTargetFailure: (failure, code) => failure === "timeout" || SERVICE_DOWN_CODES.has(code ?? ""),
          reuseConnection: !1,
          maxResponseBytes: config.maxResponseBytes,
          signal,
          secrets
        },
        deps
      );
    } catch (error) {
      if (error instanceof RequestError && (error.failure === "timeout" || error.failure === "network" && SERVICE_DOWN_CODES.has(error.code ?? "")))
        return { healthy: !1, detail: error.reason };
      throw error;
    }
    let result = judgeResponse(config, expectations, response, established);
    return result.format !== "plain" && (established ??= result.format), result;
  }
  return {
    id: config.id,
    type: "http",
    critical: config.critical,
    signals,
    async poll(window) {
      if (window.phase === "baseline") return [];
      let results = [];
      for (let i = 0; i < config.probes; i++) results.push(await probe(window.signal));
      let failures = results.filter((r) => !r.healthy), shown = failures[0] ?? results[results.length - 1], tally = config.probes > 1 && failures.length > 0 ? ` [${failures.length} of ${config.probes} probes unhealthy]` : "", health = {
        signal: config.id,
        kind: "health",
        group: "canary",
        healthy: failures.length === 0,
        // A server echoing the request (its headers, the URL) must not carry a credential into the report.
        detail: scrubSecrets(shown.detail + tally, secrets),
        ...shown.latencyMs !== void 0 ? { latencyMs: shown.latencyMs } : {}
      }, count = {
        signal: `${config.id}:errors`,
        kind: "count",
        group: "canary",
        errors: failures.length,
        total: results.length
      };
      return [health, count];
    }
  };
}
function validate(config) {
  let where = `http source "${config.id}"`, url;
  try {
    url = new URL(config.url);
  } catch {
    throw new Error(`${where}: url must be an absolute http(s) URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`${where}: url must use http or https, not ${url.protocol}`);
  if (!Number.isInteger(config.probes) || config.probes < 1)
    throw new Error(`${where}: probes must be a whole number of at least 1, got ${config.probes}`);
  for (let status of config.expectStatus)
    if (!Number.isInteger(status) || status < 100 || status > 599)
      throw new Error(`${where}: expect-status entries must be HTTP status codes (100-599), got ${status}`);
  return config.expect.map((entry, i) => {
    if (entry.equals === void 0 && entry.contains === void 0)
      throw new Error(`${where}: expect[${i}] (${entry.path}) needs "equals" or "contains"`);
    try {
      return { ...entry, steps: parseJsonPath(entry.path) };
    } catch (error) {
      throw new Error(`${where}: expect[${i}]: ${error.message}`, { cause: error });
    }
  });
}
function judgeResponse(config, expectations, response, established) {
  let problems = [], notes = [], json = parseJson(response.body), contentType = response.headers.get("content-type"), format = detectFormat(config.format, contentType, json), summary;
  if (established !== void 0 && format !== established && problems.push(
    `format changed: answered ${describeAnswer(format, contentType, response.body, json)} where it answered ${established} before`
  ), format !== "plain") {
    let verdict = json === void 0 ? { healthy: !1, summary: `body is not JSON (expected ${format})` } : format === "actuator" ? readActuator(json) : readHealthJson(json);
    summary = verdict.summary, verdict.healthy || problems.push(verdict.summary), verdict.note && notes.push(verdict.note);
  }
  config.bodyContains !== void 0 && !response.body.includes(config.bodyContains) && problems.push(`body does not contain ${JSON.stringify(config.bodyContains)}`);
  for (let expectation of expectations) {
    let problem = checkExpectation(expectation, json);
    problem && problems.push(problem);
  }
  if (config.maxLatencyMs !== void 0 && response.latencyMs > config.maxLatencyMs && problems.push(`slower than ${config.maxLatencyMs} ms`), config.expectVersion) {
    let version = checkVersion(config.expectVersion, response, json);
    version.live ? notes.push(version.detail) : problems.push(version.detail);
  }
  let statusOk = config.expectStatus.length === 0 ? response.status >= 200 && response.status < 300 : config.expectStatus.includes(response.status);
  !statusOk && problems.length === 0 && problems.push(
    config.expectStatus.length === 0 ? "expected a 2xx status" : `expected status ${config.expectStatus.join(" or ")}`
  );
  let head = `HTTP ${response.status} in ${response.latencyMs} ms`, words = problems.length > 0 ? problems : [summary, ...notes.filter((n) => !summary?.includes(n))].filter((s) => !!s), uniqueWords = [...new Set(words)];
  return {
    healthy: statusOk && problems.length === 0,
    detail: uniqueWords.length > 0 ? `${head}: ${uniqueWords.join("; ")}` : head,
    latencyMs: response.latencyMs,
    format
  };
}
function describeAnswer(format, contentType, body, json) {
  return format !== "plain" ? format : body.trim() === "" ? "an empty body" : /^\s*<(!doctype|html|head|body)\b/i.test(body) || (contentType ?? "").toLowerCase().includes("html") ? "HTML" : json === void 0 ? "a body that is not JSON" : "JSON without a health status";
}
function parseJson(body) {
  let trimmed = body.trim();
  if (!(!trimmed.startsWith("{") && !trimmed.startsWith("[")))
    try {
      return JSON.parse(trimmed);
    } catch {
      return;
    }
}
function checkExpectation(expectation, json) {
  if (json === void 0) return `${expectation.path}: body is not JSON`;
  let actual = evaluateJsonPath(json, expectation.steps);
  if (actual === void 0) return `${expectation.path} is missing`;
  if (expectation.equals !== void 0 && !(actual === expectation.equals || typeof actual != "object" && actual !== null && String(actual) === String(expectation.equals)))
    return `${expectation.path} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expectation.equals)}`;
  if (expectation.contains !== void 0) {
    let needle = expectation.contains;
    if (!(Array.isArray(actual) ? actual.some((item) => item === needle || typeof item != "object" && String(item) === needle) : typeof actual == "string" ? actual.includes(needle) : JSON.stringify(actual).includes(needle)))
      return `${expectation.path} does not contain ${JSON.stringify(needle)} (is ${truncate(JSON.stringify(actual))})`;
  }
}
function truncate(text, max = 80) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

// src/sources/registry.ts
var factories = {
  http: (config, deps) => createHttpSource(config, deps),
  prometheus: async (config, deps) => (await import("./source-WB6DGNFK.js")).createPrometheusSource(config, deps),
  loki: async (config, deps) => (await import("./source-EL65URLA.js")).createLokiSource(config, deps),
  datadog: async (config, deps) => (await import("./source-Q7OPJL2E.js")).createDatadogSource(config, deps),
  newrelic: async (config, deps) => (await import("./source-2VUMXWBR.js")).createNewRelicSource(config, deps),
  sentry: async (config, deps) => (await import("./source-VR2KC3EV.js")).createSentrySource(config, deps),
  cloudwatch: async (config, deps) => (await import("./source-ZHAT3QE4.js")).createCloudWatchSource(config, deps)
}, knownSourceTypes = Object.keys(factories);
async function createSource(config, deps = {}) {
  let type = config.type, factory = typeof type == "string" && Object.hasOwn(factories, type) ? factories[type] : void 0;
  if (!factory) {
    let id = config.id;
    throw new Error(
      `source ${typeof id == "string" ? `"${id}" ` : ""}has unknown type ${JSON.stringify(type)}; known types: ${knownSourceTypes.join(", ")}`
    );
  }
  return withErrorPolicy(withCountCheck(await factory(config, deps)), config);
}
function createSources(configs, deps = {}) {
  return Promise.all(configs.map((config) => createSource(config, deps)));
}
function withErrorPolicy(source, config) {
  let signals = source.signals.map(
    (spec) => Object.assign(spec, {
      onError: spec.onError ?? config.onError,
      maxConsecutiveErrors: spec.maxConsecutiveErrors ?? config.maxConsecutiveErrors
    })
  );
  return { ...source, signals };
}

// src/verify/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    let timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: !0 });
    function done() {
      clearTimeout(timer), signal?.removeEventListener("abort", done), resolve();
    }
  }),
  alarm: (at, signal) => new Promise((resolve) => {
    if (signal.aborted) return resolve(!1);
    let timer, onAbort = () => {
      clearTimeout(timer), resolve(!1);
    }, arm = () => {
      let left = at - Date.now();
      if (left <= 0)
        return signal.removeEventListener("abort", onAbort), resolve(!0);
      timer = setTimeout(arm, Math.min(left, 2147483647));
    };
    signal.addEventListener("abort", onAbort, { once: !0 }), arm();
  })
};

// src/verify/alpha-share.ts
function stepAlpha(config) {
  return config.watch ? config.alpha * (1 - config.watch.alphaShare) : config.alpha;
}
function watchAlpha(config) {
  if (!config.watch)
    throw new Error("watch: no `watch` settings; set `watch.for` (or the `watch-for` input)");
  return config.alpha * config.watch.alphaShare;
}

// src/verify/judge-settings.ts
function stepJudgeSettings(config) {
  return {
    alpha: stepAlpha(config),
    tolerance: config.tolerance,
    windowMs: config.windowMs,
    minErrors: config.minErrors,
    ...config.bakeMs !== void 0 ? { bakeMs: config.bakeMs } : {},
    ...config.minRate !== void 0 ? { minRate: config.minRate } : {},
    maxConsecutiveErrors: Math.max(1, ...config.sources.map((s) => s.maxConsecutiveErrors))
  };
}

// src/verdict/math.ts
function logMixture(logValues, weights) {
  let max = -1 / 0;
  for (let v of logValues) v > max && (max = v);
  if (max === -1 / 0) return -1 / 0;
  if (max === 1 / 0) return 1 / 0;
  let sum = 0;
  return logValues.forEach((v, k) => {
    sum += (weights[k] ?? 0) * Math.exp(v - max);
  }), max + Math.log(sum);
}
function xlogy(x, y) {
  return x === 0 ? 0 : x * Math.log(y);
}
function binomialLogLik(errors, total, p) {
  return xlogy(errors, p) + xlogy(total - errors, 1 - p);
}
function pearsonDispersion(intervals) {
  let used = intervals.filter((c) => c.total > 0), errors = used.reduce((s, c) => s + c.errors, 0), total = used.reduce((s, c) => s + c.total, 0);
  if (used.length < 2 || total <= 0) return { chi2: 0, df: 0 };
  let p = errors / total;
  if (p <= 0 || p >= 1) return { chi2: 0, df: used.length - 1 };
  let chi2 = 0;
  for (let c of used) {
    let expected = c.total * p;
    chi2 += (c.errors - expected) ** 2 / (expected * (1 - p));
  }
  return { chi2, df: used.length - 1 };
}

// src/verdict/change.ts
var DEFAULT_CHANGE_DETECTION = {
  count: 30,
  wholeWindowWeight: 0.9
};
function changeMixture(whole, recent, weights, detection) {
  let logWhole = logMixture(whole, weights);
  if (!detection || detection.count <= 1 || recent.length === 0)
    return { e: detection && detection.count > 1 ? Math.exp(Math.log(detection.wholeWindowWeight) + logWhole) + (1 - detection.wholeWindowWeight) : Math.exp(logWhole), whole: Math.exp(logWhole), since: null };
  let { horizon, count, wholeWindowWeight } = detection, laterWeight = (1 - wholeWindowWeight) / (count - 1), last = recent[recent.length - 1].prefix, logE = Math.log(wholeWindowWeight) + logWhole, best = { log: logE, since: null }, since = new Array(last.length), i = 0;
  for (let j = 1; j < count; j++) {
    let start = j * horizon / count;
    for (; i < recent.length && recent[i].start < start; ) i++;
    let log = Math.log(laterWeight);
    if (i < recent.length) {
      let before = i > 0 ? recent[i - 1].prefix : null;
      for (let k = 0; k < last.length; k++) since[k] = last[k] - (before ? before[k] : 0);
      log += logMixture(since, weights), log > best.log && (best = { log, since: start });
    }
    logE = logAdd(logE, log);
  }
  return { e: Math.exp(logE), whole: Math.exp(logWhole), since: best.since };
}
function logAdd(a, b) {
  if (a === -1 / 0) return b;
  if (b === -1 / 0) return a;
  let max = Math.max(a, b);
  return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
}

// src/verdict/sequential.ts
var FAIL_GRID = [
  { factor: 1.25, weight: 0.06 },
  { factor: 1.5, weight: 0.16 },
  { factor: 1.75, weight: 0.2 },
  { factor: 2, weight: 0.2 },
  { factor: 2.5, weight: 0.16 },
  { factor: 3.5, weight: 0.1 },
  { factor: 5, weight: 0.07 },
  { factor: 10, weight: 0.05 }
], PASS_GRID = [
  { factor: 0.8, weight: 0.15 },
  { factor: 0.65, weight: 0.2 },
  { factor: 0.5, weight: 0.25 },
  { factor: 0.35, weight: 0.2 },
  { factor: 0.2, weight: 0.12 },
  { factor: 0.05, weight: 0.08 }
], DISPERSION_PRIOR_DF = 2, DISPERSION_PER_ERROR = 0.015, DISPERSION_MARGIN = 1, FLOOR_LEADS = 0.9, MAX_RATE = 1 - 1e-9;
function createCountTest(options) {
  validate2(options);
  let { mode, alpha, minErrors } = options, r0 = mode === "absolute" ? 1 : options.tolerance, passRatio = mode === "absolute" ? 1 : options.passRatio, failRatios = FAIL_GRID.map((g) => r0 * g.factor), passRatios = PASS_GRID.map((g) => passRatio * g.factor), failWeights = normalised(FAIL_GRID.map((g) => g.weight)), passWeights = normalised(PASS_GRID.map((g) => g.weight)), baselineCells = [], canaryCells = [], concurrentCells = [], steps = [], dispersion = { chi2: 0, df: 0 }, start = 0, record = (expected, fail, pass) => pushStep(steps, { phi: dispersionOf(dispersion, expected), expected, start, fail, pass }), floorRate = mode !== "absolute" && options.minRate ? options.minRate : null, floorPassRate = floorRate !== null ? Math.min(MAX_RATE, floorRate * passRatio / r0) : null, floorSteps = [], floorCells = [], floorDispersion = { chi2: 0, df: 0 }, relativePassWeight = floorRate === null ? 1 : 0.5, rawFail = failRatios.map(() => 0), rawPass = passRatios.map(() => 0), reference = mode === "absolute" ? options.maxErrorRate ?? null : null, frozen = mode !== "pre-deploy", blocked = null, failed = !1, baselineDispersion = { chi2: 0, df: 0 }, cached = null, intervals = 0, canaryTotal = { errors: 0, total: 0 }, baselineTotal = { errors: 0, total: 0 };
  function freezeBaseline() {
    if (frozen = !0, baselineTotal.total <= 0) {
      blocked = "no pre-deploy baseline traffic to compare with";
      return;
    }
    baselineDispersion = pearsonDispersion(baselineCells), dispersion = baselineDispersion, floorRate !== null && r0 * baselineTotal.errors / baselineTotal.total < floorRate ? relativePassWeight = 1 - FLOOR_LEADS : floorRate !== null && (relativePassWeight = FLOOR_LEADS);
  }
  function addBaseline(cell) {
    if (frozen) throw new Error("count test: baseline counts must come before the first canary interval");
    checkCell(cell, "baseline"), baselineCells.push(cell), cached = null, baselineTotal.errors += cell.errors, baselineTotal.total += cell.total;
  }
  function addInterval(interval) {
    frozen || freezeBaseline(), checkCell(interval.canary, "canary"), interval.baseline && checkCell(interval.baseline, "baseline");
    let { canary } = interval;
    if (start = interval.start ?? intervals, intervals += 1, !Number.isFinite(start)) throw new Error(`count test: interval start must be finite, got ${start}`);
    if (floorRate !== null && floorPassRate !== null && canary.total > 0 && blocked === null) {
      floorCells.push(canary);
      let atFloor = binomialLogLik(canary.errors, canary.total, floorRate), atPassFloor = binomialLogLik(canary.errors, canary.total, floorPassRate), at = (rate2) => binomialLogLik(canary.errors, canary.total, Math.min(MAX_RATE, rate2));
      pushStep(floorSteps, {
        phi: dispersionOf(floorDispersion, canary.total * floorRate),
        expected: canary.total * floorRate,
        start,
        fail: FAIL_GRID.map((g) => at(g.factor * floorRate) - atFloor),
        pass: PASS_GRID.map((g) => at(g.factor * floorPassRate) - atPassFloor)
      }), floorDispersion = pearsonDispersion(floorCells);
    }
    if (canaryTotal.errors += canary.errors, canaryTotal.total += canary.total, mode === "concurrent") {
      let base = interval.baseline ?? { errors: 0, total: 0 };
      baselineTotal.errors += base.errors, baselineTotal.total += base.total;
      let cell = { c: canary.errors, b: base.errors, nc: canary.total, nb: base.total };
      if (cell.nc > 0 && cell.nb > 0 && cell.c + cell.b > 0) {
        concurrentCells.push(cell);
        let atR0 = splitLogLik(cell, r0), atPass = splitLogLik(cell, passRatio);
        record(
          cell.c + cell.b,
          failRatios.map((rho) => splitLogLik(cell, rho) - atR0),
          passRatios.map((rho) => splitLogLik(cell, rho) - atPass)
        ), dispersion = splitDispersion(concurrentCells);
      }
    } else if (mode === "pre-deploy" && blocked === null) {
      canaryCells.push(canary);
      let B = baselineTotal, C = canaryTotal, atR0 = predictiveLogLik(B, C, r0), nextFail = failRatios.map((rho) => predictiveLogLik(B, C, rho) - atR0), atPass = predictiveLogLik(B, C, passRatio), nextPass = passRatios.map((rho) => predictiveLogLik(B, C, rho) - atPass);
      record(
        canary.total * B.errors / B.total,
        nextFail.map((v, k) => v - rawFail[k]),
        nextPass.map((v, k) => v - rawPass[k])
      ), [rawFail, rawPass] = [nextFail, nextPass];
      let can = pearsonDispersion(canaryCells);
      dispersion = { chi2: baselineDispersion.chi2 + can.chi2, df: baselineDispersion.df + can.df };
    } else if (mode === "absolute" && reference !== null) {
      canaryCells.push(canary);
      let p0 = Math.min(MAX_RATE, reference), atP0 = binomialLogLik(canary.errors, canary.total, p0), logRatio = (rho) => binomialLogLik(canary.errors, canary.total, Math.min(MAX_RATE, rho * reference)) - atP0;
      record(canary.total * reference, failRatios.map(logRatio), passRatios.map(logRatio)), dispersion = pearsonDispersion(canaryCells);
    }
    return cached = null, status();
  }
  function status() {
    return cached ??= computeStatus(), cached;
  }
  function computeStatus() {
    let relative = evaluate(steps, dispersion, failWeights, passWeights, options.changeDetection), floor = floorRate !== null && floorPassRate !== null ? evaluate(floorSteps, floorDispersion, failWeights, passWeights, options.changeDetection) : null, eFail = floor ? Math.min(relative.eFail, floor.eFail) : relative.eFail, ePass = floor ? relativePassWeight * relative.ePass + (1 - relativePassWeight) * floor.ePass : relative.ePass, failThreshold = 1 / alpha, passThreshold = 1 / alpha;
    blocked === null && !failed && eFail >= failThreshold && canaryTotal.errors >= minErrors && (failed = !0);
    let refRate = mode === "absolute" ? reference : rateOf(baselineTotal), passed = blocked === null && !failed && refRate !== null && ePass >= passThreshold, now = failed ? "fail" : passed ? "pass" : null, canaryRate = rateOf(canaryTotal);
    return {
      decision: now,
      blocked,
      eFail,
      failThreshold,
      ePass,
      passThreshold,
      failAlpha: alpha,
      phi: dispersionOf(dispersion, steps.at(-1)?.expected ?? 0),
      tolerance: r0,
      canary: { ...canaryTotal },
      baseline: { ...baselineTotal },
      referenceRate: refRate,
      passReferenceRate: refRate,
      ratio: refRate !== null && refRate > 0 && canaryRate !== null ? canaryRate / refRate : null,
      eFailWhole: relative.eFailWhole,
      changeSince: relative.changeSince,
      floor: floor && floorRate !== null && floorPassRate !== null ? {
        rate: floorRate,
        passRate: floorPassRate,
        eFail: floor.eFail,
        ePass: floor.ePass,
        binding: refRate === null || r0 * refRate < floorRate
      } : null
    };
  }
  return { addBaseline, addInterval, status };
}
function pushStep(steps, step) {
  let before = steps.at(-1)?.prefix;
  steps.push({ ...step, prefix: step.fail.map((v, k) => v / step.phi + (before?.[k] ?? 0)) });
}
function evaluate(steps, dispersion, failWeights, passWeights, detection) {
  let llFail = failWeights.map(() => 0), llPass = passWeights.map(() => 0);
  for (let step of steps) {
    let temper = Math.max(step.phi, dispersionOf(dispersion, step.expected));
    for (let k = 0; k < llFail.length; k++) llFail[k] += step.fail[k] / temper;
    for (let k = 0; k < llPass.length; k++) llPass[k] += step.pass[k] / temper;
  }
  let fail = changeMixture(llFail, steps, failWeights, detection ?? null);
  return {
    eFail: fail.e,
    eFailWhole: fail.whole,
    changeSince: fail.since,
    ePass: Math.exp(logMixture(llPass, passWeights))
  };
}
function predictiveLogLik(baseline, canary, rho) {
  return canary.total <= 0 ? 0 : splitLogLik({ c: canary.errors, b: baseline.errors, nc: canary.total, nb: baseline.total }, rho);
}
function splitLogLik(cell, rho) {
  return xlogy(cell.c, rho * cell.nc) - (cell.c + cell.b) * Math.log(rho * cell.nc + cell.nb) + xlogy(cell.b, cell.nb);
}
function splitDispersion(cells) {
  let C = cells.reduce((s, x) => s + x.c, 0), B = cells.reduce((s, x) => s + x.b, 0), NC = cells.reduce((s, x) => s + x.nc, 0), NB = cells.reduce((s, x) => s + x.nb, 0);
  if (cells.length < 2 || C === 0 || B === 0) return { chi2: 0, df: Math.max(0, cells.length - 1) };
  let rho = C / NC / (B / NB), chi2 = 0;
  for (let x of cells) {
    let m = x.c + x.b, p = rho * x.nc / (rho * x.nc + x.nb);
    chi2 += (x.c - m * p) ** 2 / (m * p * (1 - p));
  }
  return { chi2, df: cells.length - 1 };
}
function dispersionOf({ chi2, df }, expectedErrors) {
  let prior = 1 + DISPERSION_PER_ERROR * expectedErrors, estimate = (chi2 + DISPERSION_PRIOR_DF * prior) / (df + DISPERSION_PRIOR_DF);
  return 1 + Math.max(0, estimate - 1) * (1 + DISPERSION_MARGIN / Math.sqrt(df + DISPERSION_PRIOR_DF));
}
function normalised(weights) {
  let sum = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / sum);
}
function rateOf(cell) {
  return cell.total > 0 ? cell.errors / cell.total : null;
}
function checkCell(cell, what) {
  let { errors, total } = cell;
  if (!Number.isFinite(errors) || !Number.isFinite(total) || errors < 0 || total < 0 || errors > total)
    throw new Error(
      `count test: ${what} counts must be finite with 0 <= errors <= total, got errors=${errors} total=${total}`
    );
}
function validate2(o) {
  if (!(o.alpha > 0 && o.alpha < 1)) throw new Error(`count test: alpha must be in (0, 1), got ${o.alpha}`);
  if (!(o.tolerance >= 1)) throw new Error(`count test: tolerance must be >= 1, got ${o.tolerance}`);
  if (!(o.passRatio > 0)) throw new Error(`count test: passRatio must be > 0, got ${o.passRatio}`);
  if (o.mode === "absolute" && !(o.maxErrorRate !== void 0 && o.maxErrorRate > 0 && o.maxErrorRate < 1))
    throw new Error(`count test: absolute mode needs maxErrorRate in (0, 1), got ${o.maxErrorRate}`);
  if (o.minRate !== void 0 && !(o.minRate >= 0 && o.minRate < 1))
    throw new Error(`count test: minRate must be in [0, 1), got ${o.minRate}`);
  let cd = o.changeDetection;
  if (cd && !(cd.horizon > 0 && Number.isInteger(cd.count) && cd.count >= 1 && cd.wholeWindowWeight > 0 && cd.wholeWindowWeight <= 1))
    throw new Error(
      `count test: changeDetection needs horizon > 0, an integer count >= 1 and wholeWindowWeight in (0, 1], got ${JSON.stringify(cd)}`
    );
  if (o.baselineSpend !== void 0 && !(o.baselineSpend > 0 && o.baselineSpend < 1))
    throw new Error(`count test: baselineSpend must be in (0, 1), got ${o.baselineSpend}`);
}

// src/verdict/guardrails.ts
function createLevelGuard(rule) {
  if (!(rule.breachPolls >= 1))
    throw new Error(`level guardrail: breachPolls must be >= 1, got ${rule.breachPolls}`);
  let consecutive = 0, polls = 0, clean = 0, last = null, breach = null, decision = null;
  function observe(value, baseline) {
    if (!Number.isFinite(value))
      throw new Error(`level guardrail: value must be a finite number, got ${value}`);
    return polls += 1, last = value, breach = breachOf(rule, value, baseline), breach ? consecutive += 1 : (consecutive = 0, clean += 1), decision === null && consecutive >= rule.breachPolls && (decision = "fail"), status();
  }
  function status() {
    return {
      decision,
      readyToPass: decision === null && consecutive === 0 && clean >= rule.passPolls,
      consecutiveBreaches: consecutive,
      polls,
      cleanPolls: clean,
      last,
      breach
    };
  }
  return { observe, status };
}
function breachOf(rule, value, baseline) {
  return rule.max !== void 0 && value > rule.max ? `above max ${fmt(rule.max)}` : rule.min !== void 0 && value < rule.min ? `below min ${fmt(rule.min)}` : rule.maxRatio !== void 0 && baseline !== null && baseline > 0 && value > rule.maxRatio * baseline ? `above x${fmt(rule.maxRatio)} the baseline ${fmt(baseline)}` : null;
}
function createHealthGuard(rule) {
  if (!(rule.failAfter >= 1))
    throw new Error(`health guardrail: failAfter must be >= 1, got ${rule.failAfter}`);
  let consecutive = 0, checks = 0, failures = 0, healthyChecks = 0, lastDetail = "", decision = null;
  function observe(healthy, detail) {
    return checks += 1, lastDetail = detail, healthy ? (consecutive = 0, healthyChecks += 1) : (consecutive += 1, failures += 1), decision === null && consecutive >= rule.failAfter && (decision = "fail"), status();
  }
  function status() {
    return {
      decision,
      readyToPass: decision === null && consecutive === 0 && healthyChecks >= rule.passChecks,
      consecutiveFailures: consecutive,
      checks,
      failures,
      healthyChecks,
      lastDetail
    };
  }
  return { observe, status };
}
function fmt(n) {
  return Number.isInteger(n) ? String(n) : n.toPrecision(3).replace(/\.?0+$/, "");
}

// src/verdict/words.ts
function percent(rate2) {
  return rate2 === null || !Number.isFinite(rate2) ? "n/a" : rate2 === 0 ? "0%" : `${significant(rate2 * 100)}%`;
}
function significant(n) {
  if (!Number.isFinite(n)) return n > 0 ? "inf" : String(n);
  if (n === 0) return "0";
  let abs = Math.abs(n);
  if (abs >= 1e6 || abs < 1e-4) return n.toExponential(2);
  if (abs >= 1e3) return String(Math.round(n));
  let scale = Math.pow(10, 2 - Math.floor(Math.log10(abs)));
  return String(Math.round(n * scale) / scale);
}
function duration(ms) {
  let totalSeconds = Math.max(0, Math.round(ms / 1e3)), m = Math.floor(totalSeconds / 60), s = totalSeconds % 60;
  return m === 0 ? `${s} s` : s === 0 ? `${m} m` : `${m} m ${s} s`;
}
function compared(value, bound) {
  let op = value >= bound ? ">=" : "<";
  for (let digits = 3; digits <= 17; digits++) {
    let [a, b] = [significantTo(value, digits), significantTo(bound, digits)];
    if (op === ">=" ? parseNumber(a) >= parseNumber(b) : parseNumber(a) < parseNumber(b))
      return `${a} ${op} ${b}`;
  }
  return `${String(value)} ${op} ${String(bound)}`;
}
function parseNumber(text) {
  return text === "inf" ? 1 / 0 : text === "-Infinity" ? -1 / 0 : Number(text);
}
function significantTo(n, digits) {
  if (digits <= 3 || !Number.isFinite(n) || n === 0) return significant(n);
  let abs = Math.abs(n);
  return abs >= 1e6 || abs < 1e-4 ? n.toExponential(digits - 1) : String(Number(n.toPrecision(digits)));
}

// src/verdict/judge.ts
var DEFAULT_PASS_RATIO = 2, DEFAULT_BREACH_POLLS = 2, DEFAULT_PASS_CHECKS = 3, DEFAULT_FAIL_AFTER = 3, DEFAULT_BAKE_SHARE = 0.5, DEFAULT_MIN_RATE = 1e-3;
function createJudge(settings, specs) {
  validateSettings(settings);
  let ids = /* @__PURE__ */ new Set();
  for (let spec of specs) {
    if (ids.has(spec.id)) throw new Error(`judge: signal id '${spec.id}' appears twice; ids must be unique`);
    ids.add(spec.id);
  }
  let countSignals = specs.filter((s) => s.kind === "count").length, alphaShare = countSignals > 0 ? settings.alpha / countSignals : settings.alpha, states = specs.map((spec) => initialState(spec, settings, alphaShare)), bakeMs = settings.bakeMs ?? settings.windowMs * DEFAULT_BAKE_SHARE, final = null;
  function observe(obs) {
    if (final) return final;
    if (!Number.isFinite(obs.t))
      throw new Error(`judge: observation time must be a finite number of ms, got ${obs.t}`);
    for (let state of states) {
      let readings = obs.readings.filter((r) => r.signal === state.spec.id), error = obs.errors.find((e) => e.signal === state.spec.id);
      obs.t <= 0 ? feedBaseline(state, readings, error?.message ?? null, obs.t) : state.ended || feedPoll(state, readings, error?.message ?? null, obs.t);
    }
    let verdict = overall(states, obs.t, !1, bakeMs);
    if (verdict.verdict !== "pending") final = verdict;
    else if (obs.t >= settings.windowMs) return finish(obs.t);
    return verdict;
  }
  function finish(t) {
    if (final) return final;
    for (let state of states)
      state.ended || (state.ended = beforeBake(closeAtWindowEnd(state, t), bakeMs));
    return final = overall(states, t, !0, bakeMs), final;
  }
  return { observe, finish };
}
function initialState(spec, settings, alphaShare) {
  let base = {
    spec,
    alpha: void 0,
    passRatio: Math.max(settings.passRatio ?? DEFAULT_PASS_RATIO, settings.tolerance),
    maxErrors: spec.maxConsecutiveErrors ?? settings.maxConsecutiveErrors,
    passChecks: Math.max(1, settings.passChecks ?? DEFAULT_PASS_CHECKS),
    minErrors: settings.minErrors,
    consecutiveErrors: 0,
    lastPollAt: 0,
    sourceErrors: 0,
    lastError: null,
    ended: null,
    series: []
  };
  if (spec.kind === "count") {
    let mode = countMode(spec), test = createCountTest({
      mode,
      alpha: alphaShare,
      tolerance: settings.tolerance,
      passRatio: base.passRatio,
      minErrors: settings.minErrors,
      minRate: settings.minRate ?? DEFAULT_MIN_RATE,
      ...settings.changeDetection !== !1 ? {
        changeDetection: {
          horizon: settings.windowMs,
          ...settings.changeDetection ?? DEFAULT_CHANGE_DETECTION
        }
      } : {},
      ...spec.maxErrorRate !== void 0 ? { maxErrorRate: spec.maxErrorRate } : {}
    });
    return { ...base, alpha: alphaShare, count: { test, mode, baselineError: null } };
  }
  if (spec.kind === "level") {
    if (spec.max === void 0 && spec.min === void 0 && spec.maxRatio === void 0)
      throw new Error(`judge: level signal '${spec.id}' needs at least one of max, min or maxRatio`);
    let guard = createLevelGuard({
      ...spec.max !== void 0 ? { max: spec.max } : {},
      ...spec.min !== void 0 ? { min: spec.min } : {},
      ...spec.maxRatio !== void 0 ? { maxRatio: spec.maxRatio } : {},
      breachPolls: settings.breachPolls ?? DEFAULT_BREACH_POLLS,
      passPolls: base.passChecks
    });
    return { ...base, level: { guard, baselineValues: [], lastBaseline: null } };
  }
  let failAfter = spec.failAfter ?? DEFAULT_FAIL_AFTER, health = createHealthGuard({ failAfter, passChecks: base.passChecks });
  return { ...base, health };
}
function countMode(spec) {
  if (spec.baseline === "concurrent") return "concurrent";
  if (spec.baseline === "absolute") {
    if (spec.maxErrorRate === void 0)
      throw new Error(`judge: count signal '${spec.id}' has an absolute baseline but no maxErrorRate`);
    return "absolute";
  }
  if (spec.baseline === "pre-deploy") return "pre-deploy";
  if (spec.maxErrorRate !== void 0) return "absolute";
  throw new Error(
    `judge: count signal '${spec.id}' has baseline 'none' and no maxErrorRate; nothing to compare with`
  );
}
function feedBaseline(state, readings, error, t) {
  error && state.count?.mode === "pre-deploy" && (state.count.baselineError = error);
  for (let r of readings)
    r.kind === "count" && state.count?.mode === "pre-deploy" ? (state.count.test.addBaseline({ errors: r.errors, total: r.total }), r.total > 0 && state.series.push({ t, value: r.errors / r.total, group: "baseline" })) : r.kind === "level" && state.level && state.level.baselineValues.push(r.value);
}
function feedPoll(state, readings, error, t) {
  let { spec } = state, since = state.lastPollAt;
  if (state.lastPollAt = t, error !== null) {
    if (state.sourceErrors += 1, state.consecutiveErrors += 1, state.lastError = error, state.consecutiveErrors >= state.maxErrors) {
      let onError = spec.onError ?? "inconclusive";
      state.ended = {
        verdict: onError,
        reason: `${spec.id}: source failed ${state.consecutiveErrors} polls in a row (last: ${error}); ended as ${onError}`,
        decidedAt: t
      };
    }
    return;
  }
  readings.length !== 0 && (state.consecutiveErrors = 0, state.count ? feedCount(state, readings, t, since) : state.level ? feedLevel(state, readings, t) : state.health && feedHealth(state, readings, t));
}
function sumCounts(readings, group) {
  let mine = readings.filter(
    (r) => r.kind === "count" && r.group === group
  );
  if (mine.length !== 0)
    return { errors: mine.reduce((s, r) => s + r.errors, 0), total: mine.reduce((s, r) => s + r.total, 0) };
}
function feedCount(state, readings, t, since) {
  let count = state.count, canary = sumCounts(readings, "canary");
  if (!canary) return;
  let baseline = count.mode === "concurrent" ? sumCounts(readings, "baseline") : void 0, status = count.test.addInterval({ canary, start: since, ...baseline ? { baseline } : {} });
  if (canary.total > 0 && state.series.push({ t, value: canary.errors / canary.total, group: "canary" }), baseline && baseline.total > 0 && state.series.push({ t, value: baseline.errors / baseline.total, group: "baseline" }), status.blocked) {
    let why = count.baselineError ? `${status.blocked} (baseline query failed: ${count.baselineError})` : status.blocked;
    state.ended = { verdict: "inconclusive", reason: `${state.spec.id}: ${why}`, decidedAt: t };
  } else status.decision === "fail" && (state.ended = { verdict: "fail", reason: countReason(state, status, t), decidedAt: t });
}
function feedLevel(state, readings, t) {
  let level = state.level, canary = readings.find((r) => r.kind === "level" && r.group === "canary");
  if (!canary || canary.kind !== "level") return;
  let concurrent = readings.find((r) => r.kind === "level" && r.group === "baseline"), baselineLevel = concurrent && concurrent.kind === "level" ? concurrent.value : level.baselineValues.length ? mean(level.baselineValues) : null;
  level.lastBaseline = baselineLevel;
  let status = level.guard.observe(canary.value, baselineLevel);
  state.series.push({ t, value: canary.value, group: "canary" }), concurrent && concurrent.kind === "level" && state.series.push({ t, value: concurrent.value, group: "baseline" }), status.decision === "fail" && (state.ended = {
    verdict: "fail",
    reason: `${state.spec.id} ${significant(canary.value)}${unit(state.spec)} ${status.breach} for ${status.consecutiveBreaches} polls in a row after ${duration(t)}`,
    decidedAt: t
  });
}
function feedHealth(state, readings, t) {
  for (let r of readings) {
    if (r.kind !== "health") continue;
    let status = state.health.observe(r.healthy, r.detail);
    state.series.push({ t, value: r.healthy ? 1 : 0, group: "canary" }), status.decision === "fail" && !state.ended && (state.ended = {
      verdict: "fail",
      reason: `${state.spec.id} unhealthy ${status.consecutiveFailures} checks in a row (${r.detail}) after ${duration(t)}`,
      decidedAt: t
    });
  }
}
function readyToPass(state) {
  return state.ended ? state.ended.verdict === "pass" : state.count ? state.count.test.status().decision === "pass" : state.level ? state.level.guard.status().readyToPass : state.health.status().readyToPass;
}
function closeAtWindowEnd(state, t) {
  let { spec } = state;
  if (state.count) {
    let status2 = state.count.test.status();
    if (status2.canary.total === 0) {
      let why2 = state.sourceErrors > 0 ? `no traffic observed (${state.sourceErrors} source errors)` : "no traffic observed";
      return { verdict: "inconclusive", reason: `${spec.id}: ${why2} in ${duration(t)}`, decidedAt: t };
    }
    return status2.decision === "pass" ? { verdict: "pass", reason: countReason(state, status2, t), decidedAt: t } : state.count.mode === "concurrent" && status2.baseline.total === 0 ? {
      verdict: "inconclusive",
      reason: `${spec.id}: no baseline-group traffic to compare with in ${duration(t)}`,
      decidedAt: t
    } : state.count.mode === "absolute" && status2.canary.total >= state.passChecks && rate(status2.canary) <= (status2.referenceRate ?? 0) ? {
      verdict: "pass",
      reason: `${spec.id} error rate ${percent(rate(status2.canary))} (${status2.canary.errors}/${status2.canary.total}) within the acceptable ${percent(status2.referenceRate)} over ${duration(t)}`,
      decidedAt: t
    } : { verdict: "inconclusive", reason: countReason(state, status2, t), decidedAt: t };
  }
  if (state.level) {
    let status2 = state.level.guard.status();
    if (status2.readyToPass)
      return {
        verdict: "pass",
        reason: `${spec.id} within bounds on ${status2.cleanPolls} of ${status2.polls} polls (last ${significant(status2.last)}${unit(spec)})`,
        decidedAt: t
      };
    let why2 = status2.polls === 0 ? "no data" : status2.breach ? `last value ${significant(status2.last)}${unit(spec)} ${status2.breach}` : `only ${status2.cleanPolls} clean polls, ${state.passChecks} needed`;
    return { verdict: "inconclusive", reason: `${spec.id}: ${why2} in ${duration(t)}`, decidedAt: t };
  }
  let status = state.health.status();
  if (status.readyToPass)
    return {
      verdict: "pass",
      reason: `${spec.id} healthy on ${status.healthyChecks} of ${status.checks} checks`,
      decidedAt: t
    };
  let why = status.checks === 0 ? "no health checks completed" : `${status.healthyChecks} healthy of ${status.checks} checks, last: ${status.lastDetail}`;
  return { verdict: "inconclusive", reason: `${spec.id}: ${why} in ${duration(t)}`, decidedAt: t };
}
function beforeBake(ended, bakeMs) {
  return ended.verdict !== "pass" || ended.decidedAt >= bakeMs ? ended : {
    verdict: "inconclusive",
    reason: `${ended.reason}; but observation ended at ${duration(ended.decidedAt)}, before the bake time of ${duration(bakeMs)}, and no signal passes before it`,
    decidedAt: ended.decidedAt
  };
}
function overall(states, t, atEnd, bakeMs) {
  let failed = states.filter((s) => s.ended?.verdict === "fail").sort((a, b) => a.ended.decidedAt - b.ended.decidedAt), criticalFail = failed.find((s) => s.spec.critical), open = states.filter((s) => !s.ended), allReady = states.length > 0 && states.every(readyToPass), verdict = "pending", decisive;
  criticalFail ? [verdict, decisive] = ["fail", criticalFail] : failed.length > 0 && (atEnd || open.every(readyToPass)) ? [verdict, decisive] = ["fail", failed[0]] : allReady && t >= bakeMs ? verdict = "pass" : (atEnd || open.length === 0 && !allReady) && (verdict = states.length === 0 ? "inconclusive" : states.every((s) => s.ended?.verdict === "pass") ? "pass" : "inconclusive", decisive = states.find((s) => s.ended?.verdict !== "pass"));
  let baking = verdict === "pending" && allReady ? bakeMs - t : null, signals = states.map((s) => evidence(s, verdict === "pass", t, t < bakeMs ? bakeMs - t : null));
  return {
    verdict,
    reason: baking !== null ? `all ${signals.length} signals ready to pass; bake ends in ${duration(baking)}` : overallReason(verdict, decisive, signals),
    ...baking !== null ? { bakeLeftMs: baking } : {},
    decidedAt: verdict === "pending" ? null : t,
    signals
  };
}
function overallReason(verdict, decisive, signals) {
  return signals.length === 0 ? "no signals configured: nothing to judge" : verdict === "pending" ? `watching ${signals.filter((s) => s.verdict === "pending").length} of ${signals.length} signals` : verdict === "pass" ? `all ${signals.length} signals passed: ${signals.map((s) => s.reason).join("; ")}` : (decisive ? signals.find((s) => s.id === decisive.spec.id)?.reason : void 0) ?? `${verdict}`;
}
function evidence(state, overallPass, t, bakeLeft) {
  let { spec } = state, verdict = state.ended?.verdict ?? "pending", reason = state.ended?.reason ?? "", decidedAt = state.ended?.decidedAt ?? null;
  !state.ended && overallPass && ([verdict, reason, decidedAt] = ["pass", closeAtWindowEnd(state, t).reason, t]);
  let out = {
    id: spec.id,
    kind: spec.kind,
    critical: spec.critical,
    verdict,
    reason,
    decidedAt,
    sourceErrors: state.sourceErrors,
    series: state.series
  };
  if (state.count) {
    let s = state.count.test.status();
    reason || (out.reason = t <= 0 ? `${spec.id}: collecting the baseline` : countReason(state, s, t)), out.canary = { ...s.canary, rate: rate(s.canary) }, out.baseline = { ...s.baseline, rate: s.referenceRate ?? rate(s.baseline), source: spec.baseline };
    let showPass = verdict === "pass";
    out.statistic = showPass ? s.ePass : s.eFail, out.threshold = showPass ? s.passThreshold : s.failThreshold, state.alpha !== void 0 && (out.alpha = state.alpha);
  } else if (state.level) {
    let s = state.level.guard.status();
    out.level = {
      value: s.last ?? NaN,
      ...state.level.lastBaseline !== null ? { baseline: state.level.lastBaseline } : {},
      ...spec.max !== void 0 ? { max: spec.max } : {},
      ...spec.min !== void 0 ? { min: spec.min } : {},
      ...spec.unit !== void 0 ? { unit: spec.unit } : {}
    }, reason || (out.reason = s.polls === 0 ? `${spec.id}: no data yet` : `${spec.id} ${significant(s.last)}${unit(spec)}${s.breach ? ` ${s.breach}` : " within bounds"}`);
  } else if (state.health) {
    let s = state.health.status();
    out.health = {
      consecutiveFailures: s.consecutiveFailures,
      checks: s.checks,
      failures: s.failures,
      lastDetail: s.lastDetail
    }, reason || (out.reason = `${spec.id}: ${s.healthyChecks} healthy of ${s.checks} checks`);
  }
  return state.lastError && !reason && (out.reason = `${spec.id}: last poll failed (${state.lastError})`), verdict === "pending" && bakeLeft !== null && readyToPass(state) && (out.reason += `; bake ends in ${duration(bakeLeft)}`), out;
}
function countReason(state, s, t) {
  let { spec } = state, mode = state.count.mode, canaryRate = rate(s.canary), floor = s.floor?.binding ? s.floor : null, baselineWords = mode === "pre-deploy" ? `pre-deploy baseline ${percent(s.referenceRate)} (${s.baseline.errors}/${s.baseline.total})` : `baseline ${percent(s.referenceRate)}`, ref = mode === "absolute" ? `acceptable ${percent(s.referenceRate)}` : floor ? `acceptable ${percent(floor.rate)} (min-rate, above x${significant(s.tolerance)} the ${baselineWords})` : baselineWords, ratio = s.ratio !== null ? `x${significant(s.ratio)}, ` : "", tolerance = mode === "absolute" || floor ? "" : `tolerance x${significant(s.tolerance)}`, head = `${spec.id} ${rateLabel(spec)} ${percent(canaryRate)} (${s.canary.errors}/${s.canary.total}) vs ${ref}${floor ? "" : ` (${ratio}${tolerance || "limit"})`}`, dispersion = s.phi > 1.05 ? `, dispersion x${significant(s.phi)}` : "", alpha = `alpha ${significant(state.alpha)}`, since = s.changeSince !== null && s.eFail >= s.failThreshold ? `, regression since ${duration(s.changeSince)}` : "";
  if (s.decision === "fail")
    return `${head}; e-value ${compared(s.eFail, s.failThreshold)} (${alpha}${dispersion}${since}) after ${duration(t)}`;
  if (s.decision === "pass") {
    let below = mode === "absolute" ? "the acceptable rate" : s.floor && s.floor.binding ? `${percent(s.floor.passRate)}` : `x${significant(state.passRatio)} the baseline`;
    return `${head}; pass e-value ${compared(s.ePass, s.passThreshold)}: confidently below ${below} (${alpha}${dispersion}) after ${duration(t)}`;
  }
  let minNote = s.eFail >= s.failThreshold ? `, but only ${s.canary.errors} errors (fewer than min-errors ${state.minErrors})` : "";
  return `${head}; e-value ${compared(s.eFail, s.failThreshold)}${minNote}, pass e-value ${compared(s.ePass, s.passThreshold)} (${alpha}${dispersion}): not enough evidence either way after ${duration(t)}`;
}
function rateLabel(spec) {
  return "rateLabel" in spec && typeof spec.rateLabel == "string" && spec.rateLabel ? spec.rateLabel : "error rate";
}
function rate(cell) {
  return cell.total > 0 ? cell.errors / cell.total : 0;
}
function mean(values) {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
function unit(spec) {
  return spec.unit ? ` ${spec.unit}` : "";
}
function validateSettings(s) {
  let bad = (key, expected, got) => new Error(`judge settings: ${key} must be ${expected}, got ${String(got)}`);
  if (!(s.alpha > 0 && s.alpha < 1)) throw bad("alpha", "in (0, 1)", s.alpha);
  if (!(s.tolerance >= 1)) throw bad("tolerance", ">= 1", s.tolerance);
  if (!(s.windowMs > 0)) throw bad("windowMs", "> 0", s.windowMs);
  if (!(s.minErrors >= 0)) throw bad("minErrors", ">= 0", s.minErrors);
  if (!(s.maxConsecutiveErrors >= 1)) throw bad("maxConsecutiveErrors", ">= 1", s.maxConsecutiveErrors);
  if (s.passRatio !== void 0 && !(s.passRatio > 1)) throw bad("passRatio", "> 1", s.passRatio);
  if (s.bakeMs !== void 0 && !(s.bakeMs >= 0 && s.bakeMs <= s.windowMs))
    throw bad("bakeMs", `between 0 and windowMs (${s.windowMs})`, s.bakeMs);
  if (s.minRate !== void 0 && !(s.minRate >= 0 && s.minRate < 1))
    throw bad("minRate", "in [0, 1)", s.minRate);
  let cd = s.changeDetection;
  if (cd && !(Number.isInteger(cd.count) && cd.count >= 1 && cd.wholeWindowWeight > 0 && cd.wholeWindowWeight <= 1))
    throw bad(
      "changeDetection",
      "an integer count >= 1 and a wholeWindowWeight in (0, 1]",
      JSON.stringify(cd)
    );
}

// src/verify/loop.ts
var PollStopped = class extends Error {
};
async function runVerification(options) {
  let { sources, settings, clock, deployTime, intervalMs } = options, log = options.log ?? (() => {
  }), specs = sources.flatMap((s) => [...s.signals]), judge = createJudge(settings, specs), observations = [], stop = new AbortController(), end = deployTime + settings.windowMs, deadline = Math.max(end, clock.now()) + intervalMs;
  clock.alarm?.(deadline, stop.signal).then((fired) => {
    fired && stop.abort(
      new PollStopped(
        `no answer by the verification deadline (window ${settings.windowMs / 1e3}s + one ${intervalMs / 1e3}s interval); request aborted`
      )
    );
  });
  let cancel = options.cancel, onCancel = () => stop.abort(new PollStopped(`run cancelled (${describeReason(cancel?.reason)}); request aborted`));
  cancel?.aborted ? onCancel() : cancel?.addEventListener("abort", onCancel, { once: !0 });
  let cancelled = (polls) => {
    let t = Math.max(0, clock.now() - deployTime);
    return {
      verdict: {
        ...judge.finish(t),
        verdict: "inconclusive",
        reason: `cancelled after ${polls} poll${polls === 1 ? "" : "s"} (${describeReason(cancel?.reason)})`,
        decidedAt: t
      },
      observations,
      polls,
      cancelled: { reason: describeReason(cancel?.reason) }
    };
  };
  try {
    return await poll();
  } finally {
    cancel?.removeEventListener("abort", onCancel), stop.abort();
  }
  async function poll() {
    if (specs.some((s) => s.baseline === "pre-deploy") && options.baselineMs > 0) {
      let slices = baselineSlices(deployTime, options.baselineMs, intervalMs), polled = await Promise.all(
        slices.map(
          (w) => pollAll(sources, { ...w, phase: "baseline", signal: stop.signal }, w.to - deployTime)
        )
      );
      if (cancel?.aborted) return cancelled(0);
      for (let baseline of polled) {
        observations.push(baseline);
        let verdict = judge.observe(baseline);
        if (verdict.verdict !== "pending") return { verdict, observations, polls: 0 };
      }
      log(`baseline (${slices.length} slices): ${polled.map(describeObservation).join("; ")}`);
    }
    let from = deployTime, polls = 0;
    for (; ; ) {
      if (!(polls === 0 && clock.now() - deployTime >= intervalMs)) {
        let next = Math.min(
          end,
          deployTime + (Math.floor((clock.now() - deployTime) / intervalMs) + 1) * intervalMs
        );
        await clock.sleep(next - clock.now(), stop.signal);
      }
      if (cancel?.aborted) return cancelled(polls);
      let to = Math.max(clock.now(), from + 1), observation = await pollAll(
        sources,
        { from, to, phase: "observe", signal: stop.signal },
        to - deployTime
      );
      if (cancel?.aborted) return cancelled(polls);
      polls += 1, observations.push(observation), from = to;
      let verdict = judge.observe(observation);
      options.onPoll?.(observation, verdict);
      let baking = verdict.bakeLeftMs !== void 0 ? ` (bake ends in ${Math.ceil(verdict.bakeLeftMs / 1e3)}s)` : "";
      if (log(
        `t+${Math.round((to - deployTime) / 1e3)}s: ${describeObservation(observation)} -> ${verdict.verdict}${baking}`
      ), verdict.verdict !== "pending") return { verdict, observations, polls };
      if (to >= end || stop.signal.aborted)
        return { verdict: judge.finish(Math.max(to, clock.now()) - deployTime), observations, polls };
    }
  }
}
function describeReason(reason) {
  return typeof reason == "string" ? reason : reason instanceof Error ? reason.message : "aborted";
}
function baselineSlices(deployTime, baselineMs, intervalMs) {
  let count = Math.max(1, Math.min(MAX_BASELINE_SLICES, Math.floor(baselineMs / intervalMs))), size = baselineMs / count;
  return Array.from({ length: count }, (_, i) => ({
    from: Math.round(deployTime - baselineMs + i * size),
    to: Math.round(deployTime - baselineMs + (i + 1) * size)
  }));
}
var MAX_BASELINE_SLICES = 12;
async function pollAll(sources, window, t) {
  let results = await Promise.allSettled(sources.map((s) => untilStopped(s.poll(window), window.signal))), readings = [], errors = [];
  return results.forEach((result, i) => {
    let source = sources[i];
    if (result.status === "fulfilled") readings.push(...result.value);
    else if (result.reason instanceof PartialPollError)
      readings.push(...result.reason.readings), errors.push(...result.reason.failures);
    else {
      let message = result.reason instanceof Error ? result.reason.message : String(result.reason);
      for (let spec of source.signals) errors.push({ signal: spec.id, message });
    }
  }), { t, readings, errors };
}
function untilStopped(work, signal) {
  return signal.aborted ? Promise.reject(stoppedError(signal)) : new Promise((resolve, reject) => {
    let onAbort = () => reject(stoppedError(signal));
    signal.addEventListener("abort", onAbort, { once: !0 }), work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort), resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort), reject(signal.aborted ? stoppedError(signal) : error);
      }
    );
  });
}
function stoppedError(signal) {
  return signal.reason instanceof PollStopped ? signal.reason : new PollStopped("aborted");
}
function describeObservation(o) {
  let parts = o.readings.map((r) => r.kind === "count" ? `${r.signal}[${r.group}] ${r.errors}/${r.total}` : r.kind === "level" ? `${r.signal}[${r.group}] ${r.value}` : `${r.signal} ${r.healthy ? "healthy" : "unhealthy"}`);
  for (let e of o.errors) parts.push(`${e.signal} error: ${e.message}`);
  return parts.join(", ") || "no readings";
}

// src/jobs/verify-report.ts
function buildVerifyReport(config, verdict, observations, deployTime, assessment, cancelled) {
  return {
    schemaVersion: 1,
    verdict: verdict.verdict,
    reason: verdict.reason,
    decidedAt: verdict.decidedAt,
    environment: config.environment,
    sha: config.sha ?? null,
    deployTime: new Date(deployTime).toISOString(),
    settings: {
      alpha: config.alpha,
      tolerance: config.tolerance,
      windowMs: config.windowMs,
      intervalMs: config.intervalMs,
      baselineMs: config.baselineMs,
      minErrors: config.minErrors
    },
    signals: verdict.signals,
    observations,
    assessment,
    ...cancelled ? { cancelled } : {}
  };
}

// src/jobs/verify.ts
async function verifyJob(deps) {
  let { config, io, clock } = deps, deployTime = config.deployTime ?? clock.now(), deployment = config.dryRun ? null : deps.deployment ?? null;
  io.info(
    `Verifying ${config.environment}: ${deps.sources.length} source(s), window ${config.windowMs / 1e3}s, interval ${config.intervalMs / 1e3}s, alpha ${config.alpha}, tolerance x${config.tolerance}`
  );
  let loop = runVerification({
    sources: deps.sources,
    settings: stepJudgeSettings(config),
    intervalMs: config.intervalMs,
    baselineMs: config.baselineMs,
    deployTime,
    clock,
    log: (line) => io.info(line),
    cancel: deps.cancel
  }), inProgress = softly(
    io,
    "deployment status",
    () => deployment?.set("in_progress", "Postflight: verifying the deploy")
  ), { verdict, observations, polls, cancelled: stopped } = await loop;
  await inProgress;
  let cancelled = stopped ? { reason: stopped.reason, polls } : void 0;
  return concludeVerification(deps, {
    verdict,
    observations,
    deployTime,
    ...cancelled ? { cancelled } : {}
  });
}
async function concludeVerification(deps, { verdict, observations, deployTime, decidedBy = "Postflight", notes = [], cancelled }) {
  let { config, io } = deps, dryRun = config.dryRun, deployment = dryRun ? null : deps.deployment ?? null, assessment = null;
  if (verdict.verdict === "fail" && deps.assess && !cancelled)
    try {
      assessment = await deps.assess(verdict);
    } catch (error) {
      io.warning(`Rollback assessment failed: ${messageOf(error)}`);
    }
  let head = assessment?.head, pr = deps.facts.pr ?? (head ? assessment?.pullRequests?.[head] : void 0), facts = {
    ...deps.facts,
    ...pr !== void 0 ? { pr } : {},
    environment: config.environment,
    deployTime,
    dryRun,
    tolerance: config.tolerance
  }, { renderVerifyMarkdown } = await import("./verify-markdown-VCA2GU6G.js"), markdown = renderVerifyMarkdown(verdict, facts, assessment) + notes.map((note) => `
> **Note:** ${note}
`).join(""), report = buildVerifyReport(config, verdict, observations, deployTime, assessment, cancelled);
  await deps.writeFile(deps.reportPath, JSON.stringify(report, null, 2) + `
`);
  let final = finalVerdict(verdict.verdict, config);
  io.setOutput("verdict", verdict.verdict), io.setOutput("reason", verdict.reason), io.setOutput("report", deps.reportPath), assessment && (io.setOutput("rollback-safety", assessment.verdict), io.setOutput("rollback-target", assessment.target.sha ?? "")), await io.summary(markdown);
  let state = cancelled ? "error" : verdict.verdict === "fail" || final === "fail" ? "failure" : "success";
  await softly(
    io,
    "deployment status",
    () => deployment?.set(state, `${decidedBy}: ${verdict.verdict}: ${verdict.reason}`)
  );
  let outcome = {
    verdict,
    assessment,
    report,
    markdown,
    stepFails: final === "fail" || cancelled !== void 0,
    deployTime,
    facts,
    ...cancelled ? { cancelled } : {}
  };
  return deps.publish && !dryRun && !cancelled && await deps.publish(outcome), verdict.verdict === "inconclusive" && config.onInconclusive === "neutral" && !cancelled && io.warning(`Verification inconclusive: ${verdict.reason}`), outcome.stepFails && io.setFailed(`Postflight: ${verdict.verdict}: ${verdict.reason}`), outcome;
}
function finalVerdict(verdict, config) {
  return verdict === "fail" ? config.failOnFail ? "fail" : "pass" : verdict === "inconclusive" && config.onInconclusive === "fail" ? "fail" : "pass";
}
async function softly(io, what, action) {
  try {
    await action();
  } catch (error) {
    io.warning(`Could not update the ${what}: ${messageOf(error)}`);
  }
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  createJudge,
  watchAlpha,
  stepJudgeSettings,
  verifyJob,
  concludeVerification,
  createSources,
  systemClock
};
