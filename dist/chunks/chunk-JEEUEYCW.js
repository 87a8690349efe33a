import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  countSignal,
  levelBaseline,
  levelSignal
} from "./chunk-7LNICM4H.js";
import {
  PartialPollError,
  SourceError,
  checkedCounts,
  checkedSeries,
  registerSecrets,
  request
} from "./chunk-HKY36KTA.js";
import {
  isSecretHeader,
  redactUrl,
  scrubSecrets,
  secretsInUrl
} from "./chunk-IGMUNFP5.js";

// src/sources/transport/url.ts
function endpointUrl(base, apiPath) {
  let url = new URL(base);
  return url.pathname = `${url.pathname.replace(/\/+$/, "")}/${apiPath.replace(/^\/+/, "")}`, url.toString();
}

// src/sources/prometheus/api.ts
function queryEndpoint(baseUrl, apiPath = "/api/v1") {
  return endpointUrl(baseUrl, `${apiPath}/query`);
}
async function instantQuery(options, query, timeSec, signal, deps) {
  let form = new URLSearchParams({ query, time: timeSec.toFixed(3) }), data = await post(
    options,
    queryEndpoint(options.baseUrl, options.apiPath),
    query,
    form,
    signal,
    deps
  );
  return parseResult(data.envelope, data.fail);
}
async function rangeQuery(options, query, range, signal, deps) {
  let form = new URLSearchParams({
    query,
    start: range.startSec.toFixed(3),
    end: range.endSec.toFixed(3),
    step: String(range.stepSec)
  }), url = endpointUrl(options.baseUrl, `${options.apiPath ?? "/api/v1"}/query_range`), { envelope, fail } = await post(options, url, query, form, signal, deps);
  if (!envelope || typeof envelope != "object") throw fail('response has no "data"');
  let { resultType, result } = envelope;
  if (resultType !== "matrix") throw fail(`result type is ${JSON.stringify(resultType)}; expected a matrix`);
  if (!Array.isArray(result)) throw fail("matrix result is not a list");
  return result.map((series) => {
    let s = series, labels = s.metric && typeof s.metric == "object" ? s.metric : {};
    if (!Array.isArray(s.values)) throw fail('matrix series has no "values" list');
    return {
      labels,
      points: s.values.map((sample) => ({
        at: Math.round(Number(sample[0]) * 1e3),
        value: parseSampleValue(sample, fail)
      }))
    };
  });
}
async function post(options, url, query, form, signal, deps) {
  let response = await request(
    {
      sourceId: options.sourceId,
      url,
      method: "POST",
      headers: {
        ...options.headers,
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json"
      },
      body: form.toString(),
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      maxResponseBytes: options.maxResponseBytes,
      signal,
      secrets: options.secrets
    },
    deps
  ), fail = (message, retryable = !1) => new SourceError(
    scrubSecrets(
      `source "${options.sourceId}": POST ${redactUrl(url)}: ${message}; query: ${shorten(query)}`,
      options.secrets
    ),
    options.sourceId,
    response.status,
    retryable
  ), envelope;
  try {
    envelope = JSON.parse(response.body);
  } catch {
    envelope = void 0;
  }
  let apiError = envelope && envelope.status === "error" ? `${typeof envelope.errorType == "string" ? envelope.errorType : "error"}: ${typeof envelope.error == "string" ? envelope.error : "no message"}` : void 0;
  if (response.status !== 200 || !envelope || envelope.status !== "success") {
    let what = apiError ?? (envelope ? "unexpected response" : `response is not JSON (${shorten(response.body, 120)})`), attempts = response.attempts > 1 ? ` after ${response.attempts} attempts` : "";
    throw response.status === 400 ? fail(`HTTP 400, the query was rejected (${what})`) : response.status === 422 ? fail(`HTTP 422, the query could not be executed (${what})`) : response.status === 401 || response.status === 403 ? fail(`HTTP ${response.status}, check the credentials (${what})`) : response.status === 429 || response.status >= 500 ? fail(`HTTP ${response.status}${attempts} (${what})`, !0) : fail(`HTTP ${response.status} (${what})`);
  }
  for (let note of [envelope.warnings, envelope.infos])
    if (Array.isArray(note))
      for (let w of note)
        deps.log?.(
          scrubSecrets(
            `${options.sourceId}: Prometheus warning: ${String(w)}; query: ${shorten(query)}`,
            options.secrets
          )
        );
  return { envelope: envelope.data, fail };
}
function parseResult(data, fail) {
  if (!data || typeof data != "object") throw fail('response has no "data"');
  let { resultType, result } = data;
  if (resultType === "scalar") return [{ labels: {}, value: parseSampleValue(result, fail) }];
  if (resultType !== "vector")
    throw fail(
      `result type is ${JSON.stringify(resultType)}; expected an instant vector or a scalar (is a range selector missing a function such as increase()?)`
    );
  if (!Array.isArray(result)) throw fail("vector result is not a list");
  return result.map((series) => {
    let s = series;
    return { labels: s.metric && typeof s.metric == "object" ? s.metric : {}, value: parseSampleValue(s.value, fail) };
  });
}
function parseSampleValue(sample, fail) {
  if (!Array.isArray(sample) || sample.length !== 2 || typeof sample[1] != "string")
    throw fail('sample is not [time, "value"]');
  let text = sample[1];
  if (text === "NaN") return Number.NaN;
  if (text === "+Inf" || text === "Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  let value = Number(text);
  if (text.trim() === "" || Number.isNaN(value))
    throw fail(`sample value ${JSON.stringify(text)} is not a number`);
  return value;
}
function shorten(text, max = 200) {
  let flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

// src/sources/prometheus/promql-duration.ts
function promDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0)
    throw new Error(`window length must be a non-negative number of ms, got ${ms}`);
  let seconds = Math.max(1, Math.round(ms / 1e3)), parts = [];
  for (let [unit, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ]) {
    let n = Math.floor(seconds / size);
    n > 0 && parts.push(`${n}${unit}`), seconds -= n * size;
  }
  return parts.join("");
}

// src/sources/prometheus/source.ts
var PROMETHEUS = { type: "prometheus", apiPath: "/api/v1" };
function createPrometheusSource(config, deps = {}, flavour = PROMETHEUS) {
  let version = config.compare?.canary ?? deps.version;
  validate(config, version, flavour.type);
  let authHeader = authorization(config), secrets = registerSecrets(deps, [
    config.auth?.type === "basic" ? config.auth.password : void 0,
    config.auth?.type === "bearer" ? config.auth.token : void 0,
    authHeader,
    authHeader?.replace(/^\w+ /, ""),
    ...Object.entries(config.headers).filter(([name]) => isSecretHeader(name)).map(([, value]) => value),
    ...secretsInUrl(config.url)
  ]), client = {
    sourceId: config.id,
    baseUrl: config.url,
    headers: { ...config.headers, ...flavour.headers, ...authHeader ? { authorization: authHeader } : {} },
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets,
    apiPath: flavour.apiPath
  }, compare = config.compare, countMode = config.errors !== void 0 ? "errors" : config.ratio !== void 0 ? "ratio" : void 0, signals = [];
  countMode && signals.push(countSignal(config.id, config.critical, !!compare));
  for (let level of config.levels)
    signals.push(levelSignal(`${config.id}:${level.name}`, level, config.critical, !!compare));
  let latency = config.latency, latencySpec = latency ? {
    id: `${config.id}:${latency.name}`,
    kind: "count",
    baseline: compare ? "concurrent" : "pre-deploy",
    critical: config.critical,
    description: `requests slower than ${formatMs(latency.slowerThan)} of all requests (${latency.histogram}; bucket chosen at the first query)`
  } : void 0;
  latencySpec && signals.push(latencySpec);
  let log = (line) => deps.log?.(`${config.id}: ${line}`), by = compare ? `sum by (${compare.label})` : "sum", substituteVersion = (query) => query.replaceAll("$version", version ?? ""), bucket, chooseBucket = (timeSec, signal) => latency ? (bucket ??= resolveBucket(client, config.id, latency, substituteVersion, timeSec, signal, deps).then(
    (le) => (latencySpec.description = `requests slower than ${formatMs(latency.slowerThan)} (bucket le=${le}) of all requests in ${latency.histogram}`, log(`latency signal ${latencySpec.id}: ${latencySpec.description}`), le),
    (error) => {
      throw bucket = void 0, error;
    }
  ), bucket) : Promise.reject(new Error("no latency signal")), pairsFor = (timeSec, signal) => {
    let pairs = [];
    return countMode === "errors" && pairs.push(
      Promise.resolve({ signal: config.id, mode: "errors", first: config.errors, second: config.total })
    ), countMode === "ratio" && pairs.push(
      Promise.resolve({ signal: config.id, mode: "ratio", first: config.ratio, second: config.traffic })
    ), latency && pairs.push(
      chooseBucket(timeSec, signal).then((le) => {
        let matchers = latency.matchers?.trim() ?? "", withLe = matchers ? `{${matchers}, le="${le}"}` : `{le="${le}"}`;
        return {
          signal: latencySpec.id,
          mode: "slow",
          first: `${by} (increase(${latency.histogram}_bucket${withLe}[$window]))`,
          second: `${by} (increase(${latency.histogram}_count${matchers ? `{${matchers}}` : ""}[$window]))`
        };
      })
    ), pairs;
  }, levelsFor = (phase) => config.levels.filter((l) => phase === "observe" || levelBaseline(l, !!compare) === "pre-deploy"), readingsAt = (phase, pairs, levels, quiet) => {
    let split = phase === "observe" && compare ? compare : void 0, keyOf = (s) => split ? s.labels[split.label] ?? "" : "", groupsFor = (keys) => groups(keys, split, phase), note = (line) => quiet ? void 0 : log(line), readings = [], failures = [], attempt = (signal, read) => {
      try {
        read();
      } catch (error) {
        failures.push({ signal, error });
      }
    };
    for (let pair of pairs) {
      if (pair.answer.status === "rejected" || !pair.mode) {
        failures.push({
          signal: pair.signal,
          error: pair.answer.status === "rejected" ? pair.answer.reason : void 0
        });
        continue;
      }
      let [first, second] = pair.answer.value, mode = pair.mode;
      attempt(pair.signal, () => {
        let names = mode === "ratio" ? ["ratio", "traffic"] : mode === "errors" ? ["errors", "total"] : ["slow", "total"];
        [first, second].forEach(
          (samples, i) => samples.forEach((s) => checkedSeries(config.id, pair.signal, names[i], s.value))
        );
        let perKey = mode === "errors" ? errorsAndTotal(first, second, keyOf) : mode === "ratio" ? ratioTimesTraffic(first, second, keyOf, config.id) : slowOfTotal(first, second, keyOf);
        for (let [group, keys] of groupsFor(perKey.keys())) {
          let counts = keys.map((k) => perKey.get(k));
          if (counts.length === 0 || counts.some((c) => c === void 0)) {
            note(`no data for ${pair.signal} ${group} counts (${describeEmpty(mode, first, second)})`);
            continue;
          }
          for (let c of counts) checkedCounts(config.id, pair.signal, c, "estimate");
          let raw = { errors: sum(counts.map((c) => c.errors)), total: sum(counts.map((c) => c.total)) }, { errors, total } = checkedCounts(config.id, pair.signal, raw, "estimate");
          readings.push({ signal: pair.signal, kind: "count", group, errors, total });
        }
      });
    }
    for (let { level, answer } of levels) {
      let signal = `${config.id}:${level.name}`;
      if (answer.status === "rejected") {
        failures.push({ signal, error: answer.reason });
        continue;
      }
      attempt(signal, () => {
        let perKey = collect(answer.value, keyOf);
        for (let [group, keys] of groupsFor(perKey.keys())) {
          let values = keys.flatMap((k) => perKey.get(k));
          if (values.length === 0) {
            note(`no data for ${signal} (${group})`);
            continue;
          }
          if (!split && values.length > 1)
            throw new SourceError(
              `source "${config.id}": level "${level.name}" returned ${values.length} series; aggregate it to one (e.g. max(...) or histogram_quantile over sum by (le))`,
              config.id
            );
          let value = values.reduce((a, b) => a + b, 0) / values.length;
          readings.push({
            signal,
            kind: "level",
            group,
            value,
            ...level.unit !== void 0 ? { unit: level.unit } : {}
          });
        }
      });
    }
    return {
      readings,
      failures: failures.map((f) => ({ signal: f.signal, message: messageOf(f.error), error: f.error }))
    };
  };
  return {
    id: config.id,
    type: flavour.type,
    critical: config.critical,
    signals,
    async poll(window) {
      if (window.phase === "baseline" && compare) return [];
      let substitute = (query) => substituteVersion(query.replaceAll("$window", promDuration(window.to - window.from))), run = (query) => instantQuery(client, substitute(query), window.to / 1e3, window.signal, deps), levels = levelsFor(window.phase), pairs = pairsFor(window.to / 1e3, window.signal), [pairAnswers, levelAnswers] = await Promise.all([
        Promise.allSettled(
          pairs.map(async (p) => {
            let pair = await p;
            return { pair, answer: await Promise.all([run(pair.first), run(pair.second)]) };
          })
        ),
        Promise.allSettled(levels.map((level) => run(level.query)))
      ]), pairSignals = pairSignalIds(), { readings, failures } = readingsAt(
        window.phase,
        pairAnswers.map(
          (a, i) => a.status === "fulfilled" ? { signal: a.value.pair.signal, mode: a.value.pair.mode, answer: fulfilled(a.value.answer) } : { signal: pairSignals[i], answer: a }
        ),
        levels.map((level, i) => ({ level, answer: levelAnswers[i] })),
        !1
      );
      if (failures.length === 0) return readings;
      throw failures.length === pairs.length + levels.length ? failures[0].error : new PartialPollError(
        config.id,
        readings,
        failures.map(({ signal, message }) => ({ signal, message }))
      );
    },
    async history(range) {
      if (!(range.stepMs > 0) || !(range.to > range.from))
        throw new SourceError(
          `source "${config.id}": history needs from < to and a positive step (got ${range.from}..${range.to}, step ${range.stepMs} ms)`,
          config.id
        );
      let count = Math.floor((range.to - range.from) / range.stepMs + 1e-9), times = Array.from({ length: count }, (_, k) => range.from + (k + 1) * range.stepMs);
      if (range.phase === "baseline" && compare) return times.map((at) => ({ at, readings: [] }));
      if (times.length === 0) return [];
      if (times.length > MAX_HISTORY_POINTS)
        throw new SourceError(
          `source "${config.id}": history of ${times.length} steps is more than the ${MAX_HISTORY_POINTS} Prometheus answers in one query; use a longer step`,
          config.id
        );
      let stepSec = range.stepMs / 1e3, bounds = { startSec: times[0] / 1e3, endSec: times.at(-1) / 1e3, stepSec }, run = (query) => rangeQuery(
        client,
        substituteVersion(query.replaceAll("$window", promDuration(range.stepMs))),
        bounds,
        range.signal,
        deps
      ), levels = levelsFor(range.phase), pairs = pairsFor(range.to / 1e3, range.signal), [pairAnswers, levelAnswers] = await Promise.all([
        Promise.allSettled(
          pairs.map(async (p) => {
            let pair = await p;
            return { pair, answer: await Promise.all([run(pair.first), run(pair.second)]) };
          })
        ),
        Promise.allSettled(levels.map((level) => run(level.query)))
      ]);
      if (pairAnswers.every((a) => a.status === "rejected") && levelAnswers.every((a) => a.status === "rejected") && pairAnswers.length + levelAnswers.length > 0)
        throw [...pairAnswers, ...levelAnswers][0].reason;
      let pairSignals = pairSignalIds();
      return times.map((at) => {
        let { readings, failures } = readingsAt(
          range.phase,
          pairAnswers.map(
            (a, i) => a.status === "fulfilled" ? {
              signal: a.value.pair.signal,
              mode: a.value.pair.mode,
              answer: fulfilled([samplesAt(a.value.answer[0], at), samplesAt(a.value.answer[1], at)])
            } : { signal: pairSignals[i], answer: a }
          ),
          levels.map((level, i) => {
            let answer = levelAnswers[i];
            return {
              level,
              answer: answer.status === "fulfilled" ? fulfilled(samplesAt(answer.value, at)) : answer
            };
          }),
          !0
        );
        return {
          at,
          readings,
          ...failures.length > 0 ? { failures: failures.map(({ signal, message }) => ({ signal, message })) } : {}
        };
      });
    }
  };
  function pairSignalIds() {
    return [...countMode ? [config.id] : [], ...latencySpec ? [latencySpec.id] : []];
  }
}
var MAX_HISTORY_POINTS = 11e3;
function fulfilled(value) {
  return { status: "fulfilled", value };
}
function samplesAt(series, at) {
  let out = [];
  for (let s of series) {
    let point = s.points.find((p) => p.at === at);
    point && out.push({ labels: s.labels, value: point.value });
  }
  return out;
}
async function resolveBucket(client, sourceId, latency, substituteVersion, timeSec, signal, deps) {
  let matchers = latency.matchers?.trim() ?? "", query = substituteVersion(
    `count by (le) (${latency.histogram}_bucket${matchers ? `{${matchers}}` : ""})`
  ), samples = await instantQuery(client, query, timeSec, signal, deps), bounds = [...new Set(samples.map((s) => s.labels.le).filter((le) => le !== void 0))].map((text) => ({ text, value: Number(text) })).filter((b) => Number.isFinite(b.value)).sort((a, b) => a.value - b.value);
  if (bounds.length === 0)
    throw new SourceError(
      `source "${sourceId}": latency.histogram ${latency.histogram} has no finite \`le\` buckets${matchers ? ` matching {${matchers}}` : ""}; is it a histogram (with _bucket series) and are the matchers right?`,
      sourceId
    );
  let threshold = latency.unit === "seconds" ? latency.slowerThan / 1e3 : latency.slowerThan, chosen = bounds.find((b) => b.value >= threshold * (1 - 1e-9));
  if (!chosen) {
    let largest = bounds.at(-1);
    throw new SourceError(
      `configuration: source "${sourceId}": latency.slower-than ${formatMs(latency.slowerThan)} is above every finite bucket of ${latency.histogram} (largest le=${largest.text} ${latency.unit}); choose a threshold at or below it, or add a bucket`,
      sourceId
    );
  }
  return chosen.text;
}
function formatMs(ms) {
  if (ms < 1e3 || ms % 1e3 !== 0) return ms < 1e3 ? `${ms}ms` : `${ms / 1e3}s`;
  let s = ms / 1e3;
  return s % 60 === 0 ? `${s / 60}m` : `${s}s`;
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function groups(keys, split, phase) {
  let all = [...keys];
  if (!split) return /* @__PURE__ */ new Map([[phase === "baseline" ? "baseline" : "canary", all.filter((k) => k === "")]]);
  let canary = all.filter((k) => k === split.canary), baseline = all.filter(
    (k) => split.baseline !== void 0 ? k === split.baseline : k !== split.canary
  );
  return /* @__PURE__ */ new Map([
    ["canary", canary],
    ["baseline", baseline]
  ]);
}
function collect(samples, keyOf) {
  let out = /* @__PURE__ */ new Map();
  for (let sample of samples) {
    if (!Number.isFinite(sample.value)) continue;
    let key = keyOf(sample);
    out.set(key, [...out.get(key) ?? [], sample.value]);
  }
  return out;
}
function errorsAndTotal(errors, total, keyOf) {
  let errorsByKey = collect(errors, keyOf), totalByKey = collect(total, keyOf), unreadable = new Set(errors.filter((s) => !Number.isFinite(s.value)).map(keyOf)), out = /* @__PURE__ */ new Map();
  for (let [key, totals] of totalByKey) {
    let errs = errorsByKey.get(key);
    out.set(
      key,
      errs === void 0 && (errorsByKey.size === 0 || unreadable.has(key)) ? void 0 : { errors: sum(errs ?? []), total: sum(totals) }
    );
  }
  return out;
}
function slowOfTotal(fast, total, keyOf) {
  let fastByKey = collect(fast, keyOf), out = /* @__PURE__ */ new Map();
  for (let [key, totals] of collect(total, keyOf)) {
    let within = fastByKey.get(key), all = sum(totals);
    out.set(key, within === void 0 ? void 0 : { errors: Math.max(0, all - sum(within)), total: all });
  }
  return out;
}
function ratioTimesTraffic(ratio, traffic, keyOf, id) {
  let ratioByKey = collect(ratio, keyOf), trafficByKey = collect(traffic, keyOf), out = /* @__PURE__ */ new Map();
  for (let [key, traffics] of trafficByKey) {
    let ratios = ratioByKey.get(key);
    if (ratios && ratios.length > 1)
      throw new SourceError(
        `source "${id}": the ratio query returned ${ratios.length} series${key ? ` for ${key}` : ""}; it must return one per compared group`,
        id
      );
    let total = sum(traffics);
    out.set(key, ratios ? { errors: ratios[0] * total, total } : void 0);
  }
  return out;
}
function describeEmpty(mode, first, second) {
  let names = mode === "errors" ? ["errors", "total"] : mode === "ratio" ? ["ratio", "traffic"] : ["bucket", "count"], empty = [first, second].map((r, i) => r.some((s) => Number.isFinite(s.value)) ? void 0 : names[i]).filter(Boolean);
  if (empty.length === 0) return "no series for this group";
  let hint = empty.includes("errors") ? "; if no errors is expected to return nothing, append `or vector(0)`" : "";
  return `the ${empty.join(" and ")} quer${empty.length > 1 ? "ies" : "y"} returned no samples${hint}`;
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}
function authorization(config) {
  if (config.auth)
    return config.auth.type === "bearer" ? `Bearer ${config.auth.token}` : `Basic ${Buffer.from(`${config.auth.username}:${config.auth.password}`).toString("base64")}`;
}
function validate(config, version, type) {
  let where = `${type} source "${config.id}"`, url;
  try {
    url = new URL(config.url);
  } catch {
    throw new Error(
      `${where}: url must be an absolute http(s) URL of the Prometheus API base (e.g. https://prometheus.example.com or .../prometheus)`
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`${where}: url must use http or https, not ${url.protocol}`);
  let pair = (a, b) => {
    if (config[a] === void 0 != (config[b] === void 0))
      throw new Error(`${where}: "${a}" and "${b}" go together; set both or neither`);
  };
  if (pair("errors", "total"), pair("ratio", "traffic"), config.errors !== void 0 && config.ratio !== void 0)
    throw new Error(`${where}: set either errors + total or ratio + traffic, not both`);
  if (config.errors === void 0 && config.ratio === void 0 && config.levels.length === 0 && !config.latency)
    throw new Error(`${where}: nothing to measure; set errors + total, ratio + traffic, latency, or levels`);
  let names = /* @__PURE__ */ new Set();
  for (let level of config.levels) {
    if (!level.name) throw new Error(`${where}: every level needs a name`);
    if (names.has(level.name)) throw new Error(`${where}: level name "${level.name}" is used twice`);
    names.add(level.name);
  }
  if (config.compare && !config.compare.label)
    throw new Error(`${where}: compare.label must name the label that tells versions apart`);
  let queries = [
    config.errors,
    config.total,
    config.ratio,
    config.traffic,
    ...config.levels.map((l) => l.query),
    config.latency?.matchers
  ];
  if (version === void 0 && queries.some((q) => q?.includes("$version")))
    throw new Error(
      `${where}: a query uses $version but no version is known; set compare.canary or the deployed sha`
    );
}

export {
  PROMETHEUS,
  createPrometheusSource
};
