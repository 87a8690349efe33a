import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  SourceError,
  checkedCounts,
  registerSecrets,
  request
} from "./chunk-HZXPO654.js";
import {
  redactUrl,
  scrubSecrets
} from "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";

// src/sources/sentry/api.ts
var MAX_PAGES = 10;
function sentryRateLimitWait(headers, nowMs) {
  let reset = headers.get("x-sentry-rate-limit-reset");
  if (!(reset === null || !/^\d+(\.\d+)?$/.test(reset.trim())))
    return Math.max(0, Math.ceil(Number(reset) * 1e3 - nowMs));
}
function nextPage(link) {
  if (link)
    for (let part of link.split(",")) {
      let url = /<([^>]+)>/.exec(part)?.[1];
      if (url && /rel="next"/.test(part) && /results="true"/.test(part)) return url;
    }
}
async function countEvents(options, ask, signal, deps) {
  let params = common(options, ask.from, ask.to);
  params.append("dataset", ask.dataset), params.append("field", ask.group), params.append("field", "count()"), params.append("query", ask.query), params.append("per_page", "100");
  let url = `${base(options)}/events/?${params.toString()}`, counts = /* @__PURE__ */ new Map();
  for (let page = 1; url; page++) {
    if (page > MAX_PAGES)
      throw new SourceError(
        `source "${options.sourceId}": more than ${MAX_PAGES} pages of results`,
        options.sourceId
      );
    let { body, headers } = await get(options, url, signal, deps), data = body.data;
    if (!Array.isArray(data)) throw failure(options, url, 200, "the answer has no `data` list");
    for (let row of data) {
      let key = row[ask.group], count = row["count()"];
      if (typeof count != "number" || !Number.isFinite(count) || count < 0)
        throw failure(options, url, 200, `a row's count() is ${JSON.stringify(count)}, not a count`);
      counts.set(String(key ?? ""), (counts.get(String(key ?? "")) ?? 0) + count);
    }
    url = nextPage(headers.get("link"));
  }
  return counts;
}
async function crashFreeRates(options, ask, signal, deps) {
  let from = Math.floor(ask.from / 36e5) * 36e5, to = Math.ceil(ask.to / 36e5) * 36e5, params = common(options, from, to);
  params.append("field", "crash_free_rate(session)"), params.append("groupBy", "release"), params.append("interval", "1h"), params.append("query", `release:[${ask.releases.map(quote).join(",")}]`);
  let url = `${base(options)}/sessions/?${params.toString()}`, { body } = await get(options, url, signal, deps), groups = body.groups;
  if (!Array.isArray(groups)) throw failure(options, url, 200, "the answer has no `groups` list");
  let rates = /* @__PURE__ */ new Map();
  for (let group of groups) {
    let release = group.by?.release, rate = group.totals?.["crash_free_rate(session)"];
    typeof release == "string" && typeof rate == "number" && Number.isFinite(rate) && rates.set(release, rate);
  }
  return { rates, from, to };
}
function quote(value) {
  return /^[\w.@+\-/]+$/.test(value) ? value : JSON.stringify(value);
}
function base(options) {
  return `${options.url.replace(/\/+$/, "")}/api/0/organizations/${encodeURIComponent(options.organization)}`;
}
function common(options, from, to) {
  let params = new URLSearchParams();
  for (let project of options.projects) params.append("project", project);
  return options.environment && params.append("environment", options.environment), params.append("start", new Date(from).toISOString()), params.append("end", new Date(to).toISOString()), params;
}
async function get(options, url, signal, deps) {
  let response = await request(
    {
      sourceId: options.sourceId,
      url,
      headers: { authorization: `Bearer ${options.token}`, accept: "application/json" },
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      maxResponseBytes: options.maxResponseBytes,
      signal,
      secrets: options.secrets,
      rateLimitWaitMs: sentryRateLimitWait
    },
    deps
  ), body;
  try {
    body = JSON.parse(response.body);
  } catch {
    body = void 0;
  }
  let detail = body && typeof body == "object" ? body.detail : void 0, what = typeof detail == "string" ? detail : body === void 0 ? `not JSON: ${response.body.slice(0, 120)}` : "no detail";
  if (response.status === 401 || response.status === 403)
    throw failure(
      options,
      url,
      response.status,
      `HTTP ${response.status}, check the token and its scopes (org:read, project:read) (${what})`
    );
  if (response.status === 429 || response.status >= 500)
    throw failure(
      options,
      url,
      response.status,
      `HTTP ${response.status} after ${response.attempts} attempts (${what})`,
      !0
    );
  if (response.status !== 200)
    throw failure(
      options,
      url,
      response.status,
      `HTTP ${response.status}, Sentry rejected the query (${what})`
    );
  if (body === void 0 || typeof body != "object" || body === null)
    throw failure(options, url, 200, `response is not JSON (${response.body.slice(0, 120)})`);
  return { body, headers: response.headers };
}
function failure(options, url, status, message, retryable = !1) {
  let where = redactUrl(url.split("?")[0]);
  return new SourceError(
    scrubSecrets(`source "${options.sourceId}": GET ${where}: ${message}`, options.secrets),
    options.sourceId,
    status,
    retryable
  );
}

// src/sources/sentry/source.ts
var MAX_HISTORY_STEPS = 60, CRASH_FREE_UNIT = "crash-free rate, whole hours";
function createSentrySource(config, deps = {}) {
  let secrets = registerSecrets(deps, [config.token]), client = {
    sourceId: config.id,
    url: config.url,
    token: config.token,
    organization: config.organization,
    projects: config.projects,
    ...config.environment !== void 0 ? { environment: config.environment } : {},
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets
  }, concurrent = config.compareRelease !== void 0, signals = [
    {
      id: config.id,
      kind: "count",
      baseline: concurrent ? "concurrent" : "pre-deploy",
      critical: config.critical
    }
  ];
  config.crashFree && signals.push({
    id: `${config.id}:crash-free`,
    kind: "level",
    baseline: "absolute",
    critical: config.critical,
    min: config.crashFree.min,
    unit: CRASH_FREE_UNIT
  });
  let log = (line) => deps.log?.(`${config.id}: ${line}`);
  async function counts(from, to, phase, signal) {
    let releases = phase === "observe" ? [config.release, ...concurrent ? [config.compareRelease] : []] : [], filter = releases.length > 0 ? `release:[${releases.map(quote).join(",")}]` : "", [errors, transactions] = await Promise.all([
      countEvents(client, { dataset: "errors", query: filter, group: "release", from, to }, signal, deps),
      countEvents(
        client,
        { dataset: "spans", query: `is_transaction:true ${filter}`.trim(), group: "release", from, to },
        signal,
        deps
      )
    ]), sum = (m, keys) => [...m.entries()].filter(([k]) => !keys || keys.includes(k)).reduce((a, [, v]) => a + v, 0), groups = phase === "baseline" ? [["baseline", void 0]] : [
      ["canary", [config.release]],
      ...concurrent ? [["baseline", [config.compareRelease]]] : []
    ], readings = [];
    for (let [group, keys] of groups) {
      let total = sum(transactions, keys);
      if (total === 0) {
        log(`no transactions for ${keys ? `release ${keys[0]}` : "any release"} in this window: no data yet`);
        continue;
      }
      let counts2 = checkedCounts(config.id, config.id, { errors: sum(errors, keys), total }, "exact");
      readings.push({ signal: config.id, kind: "count", group, ...counts2 });
    }
    return readings;
  }
  return {
    id: config.id,
    type: "sentry",
    critical: config.critical,
    signals,
    async poll(window) {
      if (window.phase === "baseline" && concurrent) return [];
      let readings = await counts(window.from, window.to, window.phase, window.signal);
      if (config.crashFree && window.phase === "observe") {
        let { rates, from, to } = await crashFreeRates(
          client,
          { releases: [config.release], from: window.from, to: window.to },
          window.signal,
          deps
        ), rate = rates.get(config.release);
        rate === void 0 ? log(
          `no sessions for release ${config.release} between ${new Date(from).toISOString()} and ${new Date(to).toISOString()}: no data yet`
        ) : readings.push({
          signal: `${config.id}:crash-free`,
          kind: "level",
          group: "canary",
          value: rate,
          unit: CRASH_FREE_UNIT
        });
      }
      return readings;
    },
    async history(range) {
      if (range.phase === "baseline" && concurrent) return [];
      let step = Math.max(range.stepMs, Math.ceil((range.to - range.from) / MAX_HISTORY_STEPS)), steps = [];
      for (let at = range.from + step; at <= range.to; at += step) steps.push({ at, readings: [] });
      for (let i = 0; i < steps.length; i += 4)
        await Promise.all(
          steps.slice(i, i + 4).map(async (s) => {
            s.readings = await counts(s.at - step, s.at, range.phase, range.signal);
          })
        );
      return steps;
    }
  };
}
export {
  createSentrySource
};
