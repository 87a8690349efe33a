import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  bucketCursor,
  mergeReadings
} from "./chunk-YTO7VBHK.js";
import {
  groupOf
} from "./chunk-4CHAQPQI.js";
import {
  countSignal,
  levelSignal
} from "./chunk-7LNICM4H.js";
import {
  SourceError,
  checkedCounts,
  checkedSeries,
  registerSecrets,
  request
} from "./chunk-HZXPO654.js";
import {
  redactUrl,
  scrubSecrets
} from "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";

// src/sources/datadog/api.ts
function timeseriesEndpoint(baseUrl) {
  return `${baseUrl.replace(/\/+$/, "")}/api/v2/query/timeseries`;
}
function timeseriesBody(req) {
  return {
    data: {
      type: "timeseries_request",
      attributes: {
        from: Math.floor(req.from),
        to: Math.floor(req.to),
        interval: Math.max(1e3, Math.round(req.intervalMs)),
        queries: req.queries.map((query, i) => ({ data_source: "metrics", name: `q${i}`, query })),
        formulas: req.queries.map((_, i) => ({ formula: `q${i}` }))
      }
    }
  };
}
function datadogRateLimitWait(headers) {
  let reset = headers.get("x-ratelimit-reset");
  if (!(reset === null || !/^\d+(\.\d+)?$/.test(reset.trim())))
    return Math.ceil(Number(reset) * 1e3);
}
async function queryTimeseries(options, req, signal, deps) {
  let url = timeseriesEndpoint(options.baseUrl), response = await request(
    {
      sourceId: options.sourceId,
      url,
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        "DD-API-KEY": options.apiKey,
        "DD-APPLICATION-KEY": options.appKey
      },
      body: JSON.stringify(timeseriesBody(req)),
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      maxResponseBytes: options.maxResponseBytes,
      signal,
      secrets: options.secrets,
      rateLimitWaitMs: datadogRateLimitWait
    },
    deps
  ), fail = (message, retryable = !1) => new SourceError(
    scrubSecrets(
      `source "${options.sourceId}": POST ${redactUrl(url)}: ${message}; queries: ${req.queries.map((q) => shorten(q)).join(" | ")}`,
      options.secrets
    ),
    options.sourceId,
    response.status,
    retryable
  ), body;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = void 0;
  }
  let apiErrors = errorsOf(body);
  if (response.status !== 200) {
    let what = apiErrors ?? (body === void 0 ? `not JSON: ${shorten(response.body, 120)}` : "no message"), attempts = response.attempts > 1 ? ` after ${response.attempts} attempts` : "";
    if (response.status === 400) throw fail(`HTTP 400, Datadog rejected the query (${what})`);
    if (response.status === 401 || response.status === 403)
      throw fail(
        `HTTP ${response.status}, check the API key, the application key and its \`timeseries_query\` scope, and the site (${what})`
      );
    if (response.status === 429) {
      let reset = response.headers.get("x-ratelimit-reset");
      throw fail(
        `HTTP 429, rate limited${attempts}${reset ? ` (the limit resets in ${reset} s)` : ""} (${what})`,
        !0
      );
    }
    throw response.status >= 500 ? fail(`HTTP ${response.status}${attempts} (${what})`, !0) : fail(`HTTP ${response.status} (${what})`);
  }
  if (body === void 0) throw fail(`response is not JSON (${shorten(response.body, 120)})`);
  if (apiErrors !== void 0) throw fail(`Datadog answered with an error: ${apiErrors}`);
  return parseTimeseries(body, req.queries.length, fail);
}
function errorsOf(body) {
  if (!isRecord(body)) return;
  let errors = body.errors;
  if (typeof errors == "string" && errors.trim() !== "") return shorten(errors, 300);
  if (Array.isArray(errors) && errors.length > 0) return shorten(errors.map(String).join("; "), 300);
}
function parseTimeseries(body, queryCount, fail) {
  let data = isRecord(body) ? body.data : void 0, attributes = isRecord(data) ? data.attributes : void 0;
  if (!isRecord(attributes)) throw fail("response has no data.attributes");
  let times = attributes.times ?? [], series = attributes.series ?? [], values = attributes.values ?? [];
  if (!Array.isArray(times) || !times.every((t) => typeof t == "number" && Number.isFinite(t)))
    throw fail("data.attributes.times is not a list of timestamps");
  if (!Array.isArray(series) || !Array.isArray(values) || series.length !== values.length)
    throw fail("data.attributes.series and .values do not pair up");
  return {
    times,
    series: series.map((s, i) => {
      let meta = isRecord(s) ? s : {}, queryIndex = meta.query_index;
      if (typeof queryIndex != "number" || !Number.isInteger(queryIndex) || queryIndex < 0 || queryIndex >= queryCount)
        throw fail(
          `series ${i} has query_index ${JSON.stringify(queryIndex)}; expected 0..${queryCount - 1}`
        );
      let tags = meta.group_tags ?? [];
      if (!Array.isArray(tags) || !tags.every((t) => typeof t == "string"))
        throw fail(`series ${i} has group_tags that are not strings`);
      let points = values[i];
      if (!Array.isArray(points) || points.length !== times.length)
        throw fail(
          `series ${i} has ${Array.isArray(points) ? points.length : "no"} points for ${times.length} times`
        );
      return {
        queryIndex,
        groupTags: tags,
        points: points.map((p, j) => {
          if (p === null) return null;
          if (typeof p != "number" || !Number.isFinite(p))
            throw fail(`series ${i} point ${j} is ${JSON.stringify(p)}, not a number`);
          return p;
        })
      };
    })
  };
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}
function shorten(text, max = 200) {
  let flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

// src/sources/datadog/source.ts
var MIN_INTERVAL_MS = 1e4, MAX_POLL_INTERVAL_MS = 6e4;
function pollInterval(windowMs) {
  let third = Math.floor(windowMs / 3 / MIN_INTERVAL_MS) * MIN_INTERVAL_MS;
  return Math.min(MAX_POLL_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, third));
}
function createDatadogSource(config, deps = {}) {
  validate(config);
  let secrets = registerSecrets(deps, [config.apiKey, config.appKey]), client = {
    sourceId: config.id,
    baseUrl: config.url ?? `https://api.${config.site}`,
    apiKey: config.apiKey,
    appKey: config.appKey,
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets
  }, compare = config.compare, hasCount = config.errors !== void 0 && config.total !== void 0, queries = [
    ...hasCount ? [config.errors, config.total] : [],
    ...config.levels.map((l) => l.query)
  ], levelIndex = (i) => (hasCount ? 2 : 0) + i, signals = [];
  hasCount && signals.push(countSignal(config.id, config.critical, !!compare));
  for (let level of config.levels)
    signals.push(levelSignal(`${config.id}:${level.name}`, level, config.critical, !!compare));
  let log = (line) => deps.log?.(`${config.id}: ${line}`), cursor = bucketCursor(), versionOf = (tags) => {
    if (!compare) return;
    let prefix = `${compare.tag}:`;
    return tags.find((t) => t.startsWith(prefix))?.slice(prefix.length);
  };
  function read(data, from, to, requestedInterval, phase) {
    let width = data.times.length >= 2 ? data.times[1] - data.times[0] : requestedInterval;
    return data.times.map((start, index) => ({ start, end: start + width, index })).filter((b) => b.start >= from && b.end <= to).map((b) => {
      let readings = [], byGroup = /* @__PURE__ */ new Map();
      for (let series of data.series) {
        let group = groupOf(versionOf(series.groupTags), compare, phase);
        if (!group) continue;
        let perQuery = byGroup.get(group) ?? /* @__PURE__ */ new Map();
        byGroup.set(group, perQuery), perQuery.set(series.queryIndex, [
          ...perQuery.get(series.queryIndex) ?? [],
          series.points[b.index]
        ]);
      }
      for (let [group, perQuery] of byGroup) {
        if (hasCount) {
          let errors = present(perQuery.get(0)), total = present(perQuery.get(1));
          if (errors && total) {
            errors.forEach((v) => checkedSeries(config.id, config.id, "errors", v)), total.forEach((v) => checkedSeries(config.id, config.id, "total", v));
            let counts = checkedCounts(
              config.id,
              config.id,
              { errors: sum(errors), total: sum(total) },
              "estimate"
            );
            readings.push({ signal: config.id, kind: "count", group, ...counts });
          }
        }
        config.levels.forEach((level, i) => {
          let values = present(perQuery.get(levelIndex(i)));
          if (values) {
            if (!compare && values.length > 1)
              throw new SourceError(
                `source "${config.id}": level "${level.name}" returned ${values.length} series; aggregate it to one (e.g. avg:... without "by {}")`,
                config.id
              );
            readings.push({
              signal: `${config.id}:${level.name}`,
              kind: "level",
              group,
              value: sum(values) / values.length,
              ...level.unit !== void 0 ? { unit: level.unit } : {}
            });
          }
        });
      }
      return { bucket: b, readings };
    });
  }
  return {
    id: config.id,
    type: "datadog",
    critical: config.critical,
    signals,
    async poll(window) {
      if (window.phase === "baseline" && compare) return [];
      let from = window.phase === "observe" ? cursor.from(window.from) : window.from;
      if (window.to <= from) return [];
      let intervalMs = window.phase === "baseline" ? MAX_POLL_INTERVAL_MS : pollInterval(window.to - window.from), data = await queryTimeseries(
        client,
        { from, to: window.to, intervalMs, queries },
        window.signal,
        deps
      ), perBucket = read(data, from, window.to, intervalMs, window.phase);
      window.phase === "observe" && perBucket.length > 0 && cursor.counted(perBucket.at(-1).bucket.end);
      let readings = mergeReadings(perBucket.flatMap((b) => b.readings));
      return reportMissing(readings, window.phase), readings;
    },
    async history(range) {
      if (range.phase === "baseline" && compare) return [];
      let data = await queryTimeseries(
        client,
        { from: range.from, to: range.to, intervalMs: range.stepMs, queries },
        range.signal,
        deps
      );
      return read(data, range.from, range.to, range.stepMs, range.phase).map(({ bucket, readings }) => ({
        at: bucket.end,
        readings
      }));
    }
  };
  function reportMissing(readings, phase) {
    let expected = compare ? ["canary", "baseline"] : [phase === "baseline" ? "baseline" : "canary"];
    for (let spec of signals) {
      let missing = expected.filter((g) => !readings.some((r) => r.signal === spec.id && r.group === g));
      if (missing.length === 0) continue;
      let hint = spec.kind === "count" ? "; Datadog reports null where a metric has no points: if the errors metric reports nothing when there are no errors, add .fill(zero) to its query" : "";
      log(`no data for ${spec.id} (${missing.join(", ")}) in complete buckets of this window${hint}`);
    }
  }
}
function present(points) {
  if (!(!points || points.length === 0 || points.some((p) => p === null)))
    return points;
}
function validate(config) {
  let where = `datadog source "${config.id}"`, queries = [
    ["errors", config.errors],
    ["total", config.total],
    ...config.levels.map((l) => [`levels.${l.name}`, l.query])
  ];
  if (config.compare) {
    let grouping = new RegExp(`\\bby\\s*\\{[^}]*\\b${escapeRegExp(config.compare.tag)}\\b[^}]*\\}`);
    for (let [name, query] of queries)
      if (query !== void 0 && !grouping.test(query))
        throw new Error(
          `${where}: compare.tag is "${config.compare.tag}", so the ${name} query must group by it: add \`by {${config.compare.tag}}\``
        );
  }
  for (let [name, query] of [
    ["errors", config.errors],
    ["total", config.total]
  ])
    if (query !== void 0 && !/\.as_count\(\)/.test(query))
      throw new Error(
        `${where}: the ${name} query must count requests in each bucket: end it with \`.as_count()\` (without it Datadog returns per-second rates)`
      );
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
export {
  createDatadogSource
};
