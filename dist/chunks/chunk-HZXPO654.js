import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  redactUrl,
  scrubSecrets,
  secretForms,
  secretsInUrl
} from "./chunk-IGMUNFP5.js";

// src/sources/types.ts
var SourceError = class extends Error {
  constructor(message, sourceId, status, retryable = !1) {
    super(message);
    this.sourceId = sourceId;
    this.status = status;
    this.retryable = retryable;
    this.name = "SourceError";
  }
  sourceId;
  status;
  retryable;
}, PartialPollError = class extends SourceError {
  constructor(sourceId, readings, failures) {
    super(failures.map((f) => f.message).join("; "), sourceId);
    this.readings = readings;
    this.failures = failures;
    this.name = "PartialPollError";
  }
  readings;
  failures;
};

// src/sources/deps.ts
function registerSecrets(deps, secrets) {
  let given = secrets.filter((s) => typeof s == "string" && s.length > 0), present = [...new Set(given.flatMap(secretForms))];
  for (let secret of present) deps.maskSecret?.(secret);
  return present;
}

// src/sources/counts.ts
var ESTIMATE_NOISE_REQUESTS = 0.5, ESTIMATE_NOISE_SHARE = 1e-3, EXACT_NOISE = 1e-9;
function countProblem(errors, total, precision) {
  for (let [name, value] of [
    ["errors", errors],
    ["total", total]
  ])
    if (!Number.isFinite(value)) return `${name} count is ${String(value)}, not a number of requests`;
  let noise = precision === "estimate" ? estimateNoise(total) : EXACT_NOISE * Math.max(1, Math.abs(total));
  for (let [name, value] of [
    ["errors", errors],
    ["total", total]
  ]) {
    if (value < -noise) return `${name} count is ${String(value)}; a count cannot be negative`;
    if (precision === "exact" && Math.abs(value - Math.round(value)) > EXACT_NOISE * Math.max(1, Math.abs(value)))
      return `${name} count is ${String(value)}; expected a whole number of requests`;
  }
  if (errors > total + noise) return `errors (${String(errors)}) exceed total (${String(total)})`;
}
function checkedSeries(sourceId, signal, name, value) {
  if (value < -ESTIMATE_NOISE_REQUESTS)
    throw invalidCount(
      sourceId,
      signal,
      `the ${name} query returned ${String(value)} for a series; a count cannot be negative`
    );
}
function estimateNoise(total) {
  return Math.max(ESTIMATE_NOISE_REQUESTS, ESTIMATE_NOISE_SHARE * Math.abs(total));
}
function checkedCounts(sourceId, signal, raw, precision) {
  let problem = countProblem(raw.errors, raw.total, precision);
  if (problem) throw invalidCount(sourceId, signal, problem);
  let total = Math.max(0, Math.round(raw.total));
  return { errors: Math.min(total, Math.max(0, Math.round(raw.errors))), total };
}
function invalidCount(sourceId, signal, problem) {
  return new SourceError(
    `source "${sourceId}": ${signal}: ${problem} (counts that cannot be counts are a source error, never a reading)`,
    sourceId
  );
}
function withCountCheck(source) {
  let split = (readings) => {
    let kept = [], failures = [];
    for (let reading of readings) {
      let problem = reading.kind === "count" ? countProblem(reading.errors, reading.total, "exact") : void 0;
      problem ? failures.push({
        signal: reading.signal,
        message: invalidCount(source.id, reading.signal, problem).message
      }) : kept.push(reading);
    }
    return { kept, failures };
  }, checked = {
    ...source,
    async poll(window) {
      let readings;
      try {
        readings = await source.poll(window);
      } catch (error) {
        if (!(error instanceof PartialPollError)) throw error;
        let { kept: kept2, failures: failures2 } = split(error.readings);
        throw failures2.length === 0 ? error : new PartialPollError(source.id, kept2, [...error.failures, ...failures2]);
      }
      let { kept, failures } = split(readings);
      if (failures.length === 0) return readings;
      throw new PartialPollError(source.id, kept, failures);
    }
  };
  if (source.history) {
    let history = source.history.bind(source);
    checked.history = async (range) => (await history(range)).map((step) => {
      let { kept, failures } = split(step.readings);
      return failures.length === 0 ? step : { ...step, readings: kept, failures: [...step.failures ?? [], ...failures] };
    });
  }
  return checked;
}

// src/sources/transport/request.ts
import { setTimeout as delay } from "node:timers/promises";

// src/sources/transport/proxy.ts
function pick(env, name) {
  let value = env[name] ?? env[name.toLowerCase()];
  return value && value.trim() !== "" ? value.trim() : void 0;
}
function proxySettings(env) {
  let httpProxy = pick(env, "HTTP_PROXY"), httpsProxy = pick(env, "HTTPS_PROXY");
  if (!(!httpProxy && !httpsProxy))
    return {
      httpProxy: httpProxy ?? "",
      httpsProxy: httpsProxy ?? httpProxy ?? "",
      noProxy: pick(env, "NO_PROXY") ?? ""
    };
}
function proxyEnvFor(env) {
  let settings = proxySettings(env);
  if (!settings) return;
  let proxyEnv = {};
  return settings.httpProxy && (proxyEnv.HTTP_PROXY = settings.httpProxy), settings.httpsProxy && (proxyEnv.HTTPS_PROXY = settings.httpsProxy), settings.noProxy && (proxyEnv.NO_PROXY = settings.noProxy), proxyEnv;
}

// src/sources/transport/transport.ts
var ResponseTooLargeError = class extends Error {
  constructor(limit) {
    super(`response larger than ${limit} bytes`);
    this.limit = limit;
    this.name = "ResponseTooLargeError";
  }
  limit;
}, DEFAULT_HEADERS = {
  "accept-encoding": "gzip, deflate, br",
  "user-agent": "postflight"
}, UnusableAnswerError = class extends Error {
  constructor(message) {
    super(message), this.name = "UnusableAnswerError";
  }
}, MAX_REDIRECTS = 20, CROSS_ORIGIN_KEPT = /* @__PURE__ */ new Set(["accept", "content-type", "content-length", "accept-encoding"]);
function crossOriginStripped(lowerCaseName) {
  return !CROSS_ORIGIN_KEPT.has(lowerCaseName);
}
var nodeTransport = async (request2) => {
  let url = new URL(request2.url), method = request2.method, body = request2.body, headers = { ...request2.headers };
  for (let redirects = 0; ; redirects++) {
    let answer = await exchange({ url, method, headers, body }, request2), location = answer.headers.get("location");
    if (!isRedirect(answer.status) || location === null) return answer;
    if (redirects >= MAX_REDIRECTS) throw new UnusableAnswerError(`more than ${MAX_REDIRECTS} redirects`);
    let next = new URL(location, url);
    if (next.protocol !== "http:" && next.protocol !== "https:")
      throw new UnusableAnswerError(`redirect to an unsupported scheme (${next.protocol})`);
    (answer.status === 303 || (answer.status === 301 || answer.status === 302) && method === "POST") && (method !== "HEAD" && (method = "GET"), body = void 0, headers = withoutHeaders(headers, (name) => name === "content-type" || name === "content-length")), next.origin !== url.origin && (headers = withoutHeaders(headers, crossOriginStripped)), url = next;
  }
};
function isRedirect(status) {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
function withoutHeaders(headers, dropped) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !dropped(name.toLowerCase())));
}
async function exchange(hop, request2) {
  if (request2.reuseConnection === !1) return exchangeOnce(hop, request2, !1);
  try {
    return await exchangeOnce(hop, request2, !0);
  } catch (error) {
    if (!(error instanceof StaleSocketError) || request2.signal.aborted) throw error;
    return exchangeOnce(hop, request2, !1);
  }
}
var StaleSocketError = class extends Error {
  constructor(cause) {
    super("kept-alive socket closed by the server");
    this.cause = cause;
  }
  cause;
};
function exchangeOnce({ url, method, headers, body }, request2, pooled) {
  let secure = url.protocol === "https:";
  if (!secure && url.protocol !== "http:")
    return Promise.reject(
      new UnusableAnswerError(`unsupported URL scheme ${url.protocol} (expected http: or https:)`)
    );
  let client = builtin(secure ? "node:https" : "node:http"), given = new Set(Object.keys(headers).map((name) => name.toLowerCase())), defaults = Object.entries(DEFAULT_HEADERS).filter(([name]) => !given.has(name)), sendHeaders = { ...Object.fromEntries(defaults), ...headers };
  return body !== void 0 && !given.has("content-length") && (sendHeaders["content-length"] = String(Buffer.byteLength(body))), new Promise((resolve, reject) => {
    let req = client.request(url, {
      method,
      headers: sendHeaders,
      agent: pooled ? agentFor(secure, request2.env) : newAgent(secure, request2.env, !1),
      signal: request2.signal
    }), answered = !1;
    req.on(
      "error",
      (error) => reject(pooled && !answered && req.reusedSocket && isReset(error) ? new StaleSocketError(error) : error)
    ), req.on("response", (response) => {
      answered = !0, readResponse(response, method, request2.maxResponseBytes).then(resolve, (error) => {
        response.destroy(), reject(error);
      });
    }), req.end(body);
  });
}
function isReset(error) {
  let code = error.code;
  return code === "ECONNRESET" || code === "EPIPE";
}
async function readResponse(response, method, maxBytes) {
  let headers = responseHeaders(response.headers), status = response.statusCode ?? 0;
  if (method === "HEAD" || status === 204 || status === 304)
    return response.resume(), { status, headers, body: "" };
  let declared = Number(headers.get("content-length")), encoding = (headers.get("content-encoding") ?? "").trim().toLowerCase();
  if ((encoding === "" || encoding === "identity") && Number.isFinite(declared) && declared > maxBytes)
    throw new ResponseTooLargeError(maxBytes);
  let bytes = await readCapped(decoded(response, encoding), maxBytes);
  return { status, headers, body: new TextDecoder().decode(bytes) };
}
function decoded(response, encoding) {
  if (encoding === "" || encoding === "identity") return response;
  let zlib = builtin("node:zlib"), decoder = encoding === "gzip" || encoding === "x-gzip" ? zlib.createGunzip() : encoding === "deflate" ? zlib.createInflate() : encoding === "br" ? zlib.createBrotliDecompress() : void 0;
  if (!decoder) throw new UnusableAnswerError(`unsupported content-encoding "${encoding}"`);
  return response.on("error", (error) => decoder.destroy(error)), response.pipe(decoder);
}
async function readCapped(stream, maxBytes) {
  let chunks = [], size = 0;
  for await (let chunk of stream) {
    if (size += chunk.byteLength, size > maxBytes)
      throw stream.destroy(), new ResponseTooLargeError(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function responseHeaders(raw) {
  return {
    get(name) {
      let value = raw[name.toLowerCase()];
      return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
    }
  };
}
function builtin(id) {
  return process.getBuiltinModule(id);
}
var agents = /* @__PURE__ */ new Map();
function agentFor(secure, env) {
  let key = `${secure ? "https" : "http"} ${JSON.stringify(proxyEnvFor(env) ?? null)}`, agent = agents.get(key);
  return agent || (agent = newAgent(secure, env, !0), agents.set(key, agent)), agent;
}
function newAgent(secure, env, keepAlive) {
  let proxyEnv = proxyEnvFor(env);
  if (proxyEnv && !supportsProxyEnv(process.versions.node))
    throw new UnusableAnswerError(
      `HTTP(S)_PROXY is set, but Node ${process.versions.node} has no built-in proxy support (Node 24.5 or later has it)`
    );
  let options = { keepAlive, ...proxyEnv ? { proxyEnv } : {} };
  return secure ? new (builtin("node:https")).Agent(options) : new (builtin("node:http")).Agent(options);
}
function supportsProxyEnv(version) {
  let [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 24 || major === 24 && minor >= 5;
}

// src/sources/transport/request.ts
var RequestError = class extends SourceError {
  constructor(message, sourceId, failure, code, reason = message) {
    super(message, sourceId, void 0, failure === "network" || failure === "timeout");
    this.failure = failure;
    this.code = code;
    this.reason = reason;
    this.name = "RequestError";
  }
  failure;
  code;
  reason;
}, DEFAULT_BACKOFF_MS = 500, DEFAULT_MAX_DELAY_MS = 3e4;
async function request(options, deps = {}) {
  let transport = deps.transport ?? nodeTransport, sleep = deps.sleep ?? defaultSleep, random = deps.random ?? Math.random, now = deps.now ?? (() => performance.now()), backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS, maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS, method = options.method ?? "GET", where = `${method} ${redactUrl(options.url)}`, { url, headers, urlSecrets } = moveCredentialsToHeader(options.url, options.headers ?? {}), secrets = [...options.secrets ?? [], ...urlSecrets], clean = (text) => scrubSecrets(text, secrets), fail = (message, failure, code) => new RequestError(
    clean(`source "${options.sourceId}": ${where}: ${message}`),
    options.sourceId,
    failure,
    code,
    clean(message)
  ), env = deps.env ?? process.env;
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw fail("cancelled", "aborted");
    let timeout = AbortSignal.timeout(options.timeoutMs), signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout, started = now(), canRetry = attempt <= options.retries, waitMs;
    try {
      let response = await transport({
        url,
        method,
        headers,
        signal,
        maxResponseBytes: options.maxResponseBytes,
        env,
        ...options.reuseConnection === !1 ? { reuseConnection: !1 } : {},
        ...options.body !== void 0 ? { body: options.body } : {}
      }), body = response.body, latencyMs = Math.max(0, Math.round(now() - started));
      if (!(options.retryOnStatus !== !1 && (response.status === 429 || response.status >= 500 || options.isTransient?.(response.status, response.headers, body) === !0)) || !canRetry)
        return { status: response.status, headers: response.headers, body, latencyMs, attempts: attempt };
      let asked = options.rateLimitWaitMs?.(response.headers, Date.now()) ?? parseRetryAfter(response.headers.get("retry-after"), Date.now());
      if (asked !== void 0 && asked > maxDelayMs)
        return deps.log?.(
          `${options.sourceId}: HTTP ${response.status}, Retry-After ${Math.round(asked / 1e3)} s is beyond the ${Math.round(maxDelayMs / 1e3)} s ceiling; not retrying`
        ), { status: response.status, headers: response.headers, body, latencyMs, attempts: attempt };
      waitMs = asked ?? backoff(attempt, backoffMs, maxDelayMs, random), deps.log?.(
        `${options.sourceId}: HTTP ${response.status} from ${where}; retry ${attempt} of ${options.retries} in ${waitMs} ms`
      );
    } catch (error) {
      if (error instanceof RequestError) throw error;
      if (options.signal?.aborted) throw fail("cancelled", "aborted");
      if (error instanceof ResponseTooLargeError)
        throw fail(`response larger than ${options.maxResponseBytes} bytes (maxResponseBytes)`, "too-large");
      if (error instanceof UnusableAnswerError) throw fail(error.message, "network");
      let timedOut = timeout.aborted, code = timedOut ? void 0 : systemCode(error), reason = timedOut ? `no response within ${options.timeoutMs} ms` : describeNetworkError(error), failure = timedOut ? "timeout" : "network";
      if (!canRetry || options.isTargetFailure?.(failure, code) === !0) {
        let tries = attempt > 1 ? ` (after ${attempt} attempts)` : "";
        throw fail(reason + tries, failure, code);
      }
      waitMs = backoff(attempt, backoffMs, maxDelayMs, random), deps.log?.(
        clean(
          `${options.sourceId}: ${reason} from ${where}; retry ${attempt} of ${options.retries} in ${waitMs} ms`
        )
      );
    }
    await sleep(waitMs, options.signal);
  }
}
function moveCredentialsToHeader(raw, given) {
  let urlSecrets = secretsInUrl(raw), parsed;
  try {
    parsed = new URL(raw);
  } catch {
    return { url: raw, headers: given, urlSecrets };
  }
  if (!parsed.username && !parsed.password) return { url: raw, headers: given, urlSecrets };
  let user = decodeURIComponent(parsed.username), password = decodeURIComponent(parsed.password), encoded = Buffer.from(`${user}:${password}`).toString("base64");
  urlSecrets.push(`${parsed.username}:${parsed.password}`, encoded), parsed.username = "", parsed.password = "";
  let hasAuth = Object.keys(given).some((name) => name.toLowerCase() === "authorization");
  return {
    url: parsed.toString(),
    headers: hasAuth ? given : { ...given, authorization: `Basic ${encoded}` },
    urlSecrets
  };
}
function backoff(attempt, baseMs, maxMs, random) {
  let ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * ceiling / 2);
}
function parseRetryAfter(value, nowMs) {
  if (value === null) return;
  let trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  let date = Date.parse(trimmed);
  if (!Number.isNaN(date))
    return Math.max(0, date - nowMs);
}
function systemCode(error) {
  let cause = error?.cause;
  if (cause && typeof cause.code == "string") return cause.code;
  let own = error?.code;
  return typeof own == "string" ? own : void 0;
}
var NETWORK_WORDS = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  EPIPE: "connection closed while sending",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "DNS lookup failed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ECONNABORTED: "connection aborted"
};
function describeNetworkError(error) {
  let code = systemCode(error);
  if (code) return `${NETWORK_WORDS[code] ?? "network error"} (${code})`;
  let cause = error?.cause;
  return `network error: ${typeof cause?.message == "string" ? cause.message : error instanceof Error ? error.message : String(error)}`;
}
async function defaultSleep(ms, signal) {
  ms <= 0 || await delay(ms, void 0, signal ? { signal } : {}).catch(() => {
  });
}

export {
  SourceError,
  PartialPollError,
  registerSecrets,
  RequestError,
  request,
  checkedSeries,
  checkedCounts,
  withCountCheck
};
