import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
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
  registerSecrets,
  request
} from "./chunk-HKY36KTA.js";
import {
  redactUrl,
  scrubSecrets
} from "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";

// src/sources/newrelic/api.ts
var NERDGRAPH_URLS = {
  US: "https://api.newrelic.com/graphql",
  EU: "https://api.eu.newrelic.com/graphql",
  JP: "https://api.jp.newrelic.com/graphql"
}, NRQL_DEFAULT_TIMEOUT_S = 5, NRQL_MAX_TIMEOUT_S = 120, NERDGRAPH_MAX_CONCURRENT = 25, NRQL_DOCUMENT = `query PostflightNrql($accountId: Int!, $nrql: Nrql!, $timeout: Seconds) {
  actor {
    account(id: $accountId) {
      nrql(query: $nrql, timeout: $timeout) {
        results
      }
    }
  }
}`;
async function runNrql(options, nrql, signal, deps) {
  let serverTimeout = Math.min(
    NRQL_MAX_TIMEOUT_S,
    Math.max(NRQL_DEFAULT_TIMEOUT_S, Math.floor(options.timeoutMs / 1e3) - 1)
  ), body = JSON.stringify({
    query: NRQL_DOCUMENT,
    variables: { accountId: options.accountId, nrql, timeout: serverTimeout }
  }), response = await withSlot(
    () => request(
      {
        sourceId: options.sourceId,
        url: options.url,
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          "API-Key": options.apiKey
        },
        body,
        timeoutMs: options.timeoutMs,
        retries: options.retries,
        maxResponseBytes: options.maxResponseBytes,
        signal,
        secrets: options.secrets
      },
      deps
    )
  ), fail = (message, retryable = !1) => new SourceError(
    scrubSecrets(
      `source "${options.sourceId}": POST ${redactUrl(options.url)}: ${message}; NRQL: ${shorten(nrql)}`,
      options.secrets
    ),
    options.sourceId,
    response.status,
    retryable
  ), parsed;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    parsed = void 0;
  }
  let graphqlErrors = errorsOf(parsed);
  if (response.status !== 200) {
    let what = graphqlErrors ?? (parsed === void 0 ? `not JSON: ${shorten(response.body, 120)}` : "no message"), attempts = response.attempts > 1 ? ` after ${response.attempts} attempts` : "";
    throw response.status === 401 || response.status === 403 ? fail(`HTTP ${response.status}, check the user API key and the region (${what})`) : response.status === 429 || response.status >= 500 ? fail(`HTTP ${response.status}${attempts} (${what})`, !0) : fail(`HTTP ${response.status} (${what})`);
  }
  if (parsed === void 0) throw fail(`response is not JSON (${shorten(response.body, 120)})`);
  if (graphqlErrors !== void 0) throw fail(`NerdGraph answered with errors: ${graphqlErrors}`);
  let results = dig(parsed, ["data", "actor", "account", "nrql", "results"]);
  if (results == null)
    throw fail("response has no data.actor.account.nrql.results (is the account id right for this key?)");
  if (!Array.isArray(results) || !results.every((r) => typeof r == "object" && r !== null && !Array.isArray(r)))
    throw fail("nrql.results is not a list of rows");
  return results;
}
function errorsOf(body) {
  if (typeof body != "object" || body === null) return;
  let errors = body.errors;
  if (!Array.isArray(errors) || errors.length === 0) return;
  let messages = errors.map(
    (e) => typeof e == "object" && e !== null && typeof e.message == "string" ? e.message : JSON.stringify(e)
  );
  return shorten(messages.join("; "), 300);
}
function dig(value, path) {
  let current = value;
  for (let key of path) {
    if (typeof current != "object" || current === null) return;
    current = current[key];
  }
  return current;
}
var inFlight = 0, waiting = [];
async function withSlot(run) {
  inFlight >= NERDGRAPH_MAX_CONCURRENT && await new Promise((resolve) => waiting.push(resolve)), inFlight++;
  try {
    return await run();
  } finally {
    inFlight--, waiting.shift()?.();
  }
}
function shorten(text, max = 200) {
  let flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

// src/sources/newrelic/source.ts
var MAX_BUCKETS = 366;
function createNewRelicSource(config, deps = {}) {
  let secrets = registerSecrets(deps, [config.apiKey]), client = {
    sourceId: config.id,
    url: config.url ?? NERDGRAPH_URLS[config.region],
    apiKey: config.apiKey,
    accountId: config.accountId,
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets
  }, compare = config.compare, hasCount = /\bAS\s+[`'"]?errors\b/i.test(config.query) && /\bAS\s+[`'"]?total\b/i.test(config.query);
  validate(config, hasCount);
  let signals = [];
  hasCount && signals.push(countSignal(config.id, config.critical, !!compare));
  for (let level of config.levels)
    signals.push(levelSignal(`${config.id}:${level.name}`, level, config.critical, !!compare));
  let log = (line) => deps.log?.(`${config.id}: ${line}`), nrql = (from, to, bucketSeconds) => [
    config.query.trim(),
    `SINCE ${Math.floor(from)} UNTIL ${Math.floor(to)}`,
    ...compare ? [`FACET ${compare.attribute} LIMIT MAX`] : [],
    ...bucketSeconds !== void 0 ? [`TIMESERIES ${bucketSeconds} seconds`] : []
  ].join(" ");
  function readRow(row, phase) {
    let facet = row.facet, value = Array.isArray(facet) ? facet.map(String).join(",") : facet === void 0 ? void 0 : String(facet), group = groupOf(value, compare, phase);
    if (!group) return [];
    let readings = [];
    if (hasCount) {
      let errors = numberAt(row, "errors"), total = numberAt(row, "total");
      if (errors !== null && total !== null) {
        let counts = checkedCounts(config.id, config.id, { errors, total }, "exact");
        readings.push({ signal: config.id, kind: "count", group, ...counts });
      }
    }
    for (let level of config.levels) {
      let v = numberAt(row, level.name);
      v !== null && readings.push({
        signal: `${config.id}:${level.name}`,
        kind: "level",
        group,
        value: v,
        ...level.unit !== void 0 ? { unit: level.unit } : {}
      });
    }
    return readings;
  }
  function numberAt(row, alias) {
    if (!Object.hasOwn(row, alias)) {
      let keys = Object.keys(row).filter((k) => k !== "facet").join(", ");
      throw new SourceError(
        `source "${config.id}": the NRQL result has no \`${alias}\` (it has ${keys || "nothing"}); name it with \`AS ${alias}\``,
        config.id
      );
    }
    let v = row[alias];
    if (v === null) return null;
    if (typeof v != "number" || !Number.isFinite(v))
      throw new SourceError(
        `source "${config.id}": \`${alias}\` is ${JSON.stringify(v)}, not a number`,
        config.id
      );
    return v;
  }
  return {
    id: config.id,
    type: "newrelic",
    critical: config.critical,
    signals,
    async poll(window) {
      if (window.phase === "baseline" && compare) return [];
      let rows = await runNrql(client, nrql(window.from, window.to), window.signal, deps), readings = rows.flatMap((row) => readRow(row, window.phase));
      return readings.length === 0 && log(`no data in this window (${rows.length} result rows)`), readings;
    },
    async history(range) {
      if (range.phase === "baseline" && compare) return [];
      let bucketSeconds = Math.max(1, Math.round(range.stepMs / 1e3)), buckets = Math.ceil((range.to - range.from) / (bucketSeconds * 1e3));
      if (buckets > MAX_BUCKETS)
        throw new SourceError(
          `source "${config.id}": ${buckets} buckets of ${bucketSeconds} s is more than NRQL's TIMESERIES allows (${MAX_BUCKETS}); use a longer step`,
          config.id
        );
      let rows = await runNrql(client, nrql(range.from, range.to, bucketSeconds), range.signal, deps), steps = /* @__PURE__ */ new Map();
      for (let row of rows) {
        let end = row.endTimeSeconds;
        if (typeof end != "number")
          throw new SourceError(`source "${config.id}": a TIMESERIES row has no endTimeSeconds`, config.id);
        let at = end * 1e3;
        at > range.to || steps.set(at, [...steps.get(at) ?? [], ...readRow(row, range.phase)]);
      }
      return [...steps.entries()].sort((a, b) => a[0] - b[0]).map(([at, readings]) => ({ at, readings }));
    }
  };
}
function validate(config, hasCount) {
  let where = `newrelic source "${config.id}"`, hasErrors = /\bAS\s+[`'"]?errors\b/i.test(config.query), hasTotal = /\bAS\s+[`'"]?total\b/i.test(config.query);
  if (hasErrors !== hasTotal)
    throw new Error(
      `${where}: the query names \`${hasErrors ? "errors" : "total"}\` but not \`${hasErrors ? "total" : "errors"}\`; select both (\`... AS errors, ... AS total\`)`
    );
  if (!hasCount && config.levels.length === 0)
    throw new Error(
      `${where}: nothing to measure; select \`... AS errors, ... AS total\` or list levels by alias`
    );
  for (let level of config.levels)
    if (!new RegExp(`\\bAS\\s+[\`'"]?${level.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(
      config.query
    ))
      throw new Error(
        `${where}: level "${level.name}" is not selected in the query; add \`... AS ${level.name}\``
      );
}
export {
  createNewRelicSource
};
