import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  bucketCursor,
  mergeReadings
} from "./chunk-YTO7VBHK.js";
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
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-CNPVSFHC.js";

// node_modules/aws4/lru.js
var require_lru = __commonJS({
  "node_modules/aws4/lru.js"(exports, module) {
    module.exports = function(size) {
      return new LruCache(size);
    };
    function LruCache(size) {
      this.capacity = size | 0, this.map = /* @__PURE__ */ Object.create(null), this.list = new DoublyLinkedList();
    }
    LruCache.prototype.get = function(key) {
      var node = this.map[key];
      if (node != null)
        return this.used(node), node.val;
    };
    LruCache.prototype.set = function(key, val) {
      var node = this.map[key];
      if (node != null)
        node.val = val;
      else {
        if (this.capacity || this.prune(), !this.capacity) return !1;
        node = new DoublyLinkedNode(key, val), this.map[key] = node, this.capacity--;
      }
      return this.used(node), !0;
    };
    LruCache.prototype.used = function(node) {
      this.list.moveToFront(node);
    };
    LruCache.prototype.prune = function() {
      var node = this.list.pop();
      node != null && (delete this.map[node.key], this.capacity++);
    };
    function DoublyLinkedList() {
      this.firstNode = null, this.lastNode = null;
    }
    DoublyLinkedList.prototype.moveToFront = function(node) {
      this.firstNode != node && (this.remove(node), this.firstNode == null ? (this.firstNode = node, this.lastNode = node, node.prev = null, node.next = null) : (node.prev = null, node.next = this.firstNode, node.next.prev = node, this.firstNode = node));
    };
    DoublyLinkedList.prototype.pop = function() {
      var lastNode = this.lastNode;
      return lastNode != null && this.remove(lastNode), lastNode;
    };
    DoublyLinkedList.prototype.remove = function(node) {
      this.firstNode == node ? this.firstNode = node.next : node.prev != null && (node.prev.next = node.next), this.lastNode == node ? this.lastNode = node.prev : node.next != null && (node.next.prev = node.prev);
    };
    function DoublyLinkedNode(key, val) {
      this.key = key, this.val = val, this.prev = null, this.next = null;
    }
  }
});

// node_modules/aws4/aws4.js
var require_aws4 = __commonJS({
  "node_modules/aws4/aws4.js"(exports) {
    var aws42 = exports, url = __require("url"), querystring = __require("querystring"), crypto = __require("crypto"), lru = require_lru(), credentialsCache = lru(1e3);
    function hmac(key, string, encoding) {
      return crypto.createHmac("sha256", key).update(string, "utf8").digest(encoding);
    }
    function hash(string, encoding) {
      return crypto.createHash("sha256").update(string, "utf8").digest(encoding);
    }
    function encodeRfc3986(urlEncodedString) {
      return urlEncodedString.replace(/[!'()*]/g, function(c) {
        return "%" + c.charCodeAt(0).toString(16).toUpperCase();
      });
    }
    function encodeRfc3986Full(str) {
      return encodeRfc3986(encodeURIComponent(str));
    }
    var HEADERS_TO_IGNORE = {
      authorization: !0,
      connection: !0,
      "x-amzn-trace-id": !0,
      "user-agent": !0,
      expect: !0,
      "presigned-expires": !0,
      range: !0
    };
    function RequestSigner(request2, credentials) {
      typeof request2 == "string" && (request2 = url.parse(request2));
      var headers = request2.headers = Object.assign({}, request2.headers || {}), hostParts = (!this.service || !this.region) && this.matchHost(request2.hostname || request2.host || headers.Host || headers.host);
      this.request = request2, this.credentials = credentials || this.defaultCredentials(), this.service = request2.service || hostParts[0] || "", this.region = request2.region || hostParts[1] || "us-east-1", this.service === "email" && (this.service = "ses"), !request2.method && request2.body && (request2.method = "POST"), !headers.Host && !headers.host && (headers.Host = request2.hostname || request2.host || this.createHost(), request2.port && (headers.Host += ":" + request2.port)), !request2.hostname && !request2.host && (request2.hostname = headers.Host || headers.host), this.isCodeCommitGit = this.service === "codecommit" && request2.method === "GIT", this.extraHeadersToIgnore = request2.extraHeadersToIgnore || /* @__PURE__ */ Object.create(null), this.extraHeadersToInclude = request2.extraHeadersToInclude || /* @__PURE__ */ Object.create(null);
    }
    RequestSigner.prototype.matchHost = function(host) {
      var match = (host || "").match(/([^\.]{1,63})\.(?:([^\.]{0,63})\.)?amazonaws\.com(\.cn)?$/), hostParts = (match || []).slice(1, 3);
      if ((hostParts[1] === "es" || hostParts[1] === "aoss") && (hostParts = hostParts.reverse()), hostParts[1] == "s3")
        hostParts[0] = "s3", hostParts[1] = "us-east-1";
      else
        for (var i = 0; i < 2; i++)
          if (/^s3-/.test(hostParts[i])) {
            hostParts[1] = hostParts[i].slice(3), hostParts[0] = "s3";
            break;
          }
      return hostParts;
    };
    RequestSigner.prototype.isSingleRegion = function() {
      return ["s3", "sdb"].indexOf(this.service) >= 0 && this.region === "us-east-1" ? !0 : ["cloudfront", "ls", "route53", "iam", "importexport", "sts"].indexOf(this.service) >= 0;
    };
    RequestSigner.prototype.createHost = function() {
      var region = this.isSingleRegion() ? "" : "." + this.region, subdomain = this.service === "ses" ? "email" : this.service;
      return subdomain + region + ".amazonaws.com";
    };
    RequestSigner.prototype.prepareRequest = function() {
      this.parsePath();
      var request2 = this.request, headers = request2.headers, query;
      request2.signQuery ? (this.parsedPath.query = query = this.parsedPath.query || {}, this.credentials.sessionToken && (query["X-Amz-Security-Token"] = this.credentials.sessionToken), this.service === "s3" && !query["X-Amz-Expires"] && (query["X-Amz-Expires"] = 86400), query["X-Amz-Date"] ? this.datetime = query["X-Amz-Date"] : query["X-Amz-Date"] = this.getDateTime(), query["X-Amz-Algorithm"] = "AWS4-HMAC-SHA256", query["X-Amz-Credential"] = this.credentials.accessKeyId + "/" + this.credentialString(), query["X-Amz-SignedHeaders"] = this.signedHeaders()) : (!request2.doNotModifyHeaders && !this.isCodeCommitGit && (request2.body && !headers["Content-Type"] && !headers["content-type"] && (headers["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8"), request2.body && !headers["Content-Length"] && !headers["content-length"] && (headers["Content-Length"] = Buffer.byteLength(request2.body)), this.credentials.sessionToken && !headers["X-Amz-Security-Token"] && !headers["x-amz-security-token"] && (headers["X-Amz-Security-Token"] = this.credentials.sessionToken), this.service === "s3" && !headers["X-Amz-Content-Sha256"] && !headers["x-amz-content-sha256"] && (headers["X-Amz-Content-Sha256"] = hash(this.request.body || "", "hex")), headers["X-Amz-Date"] || headers["x-amz-date"] ? this.datetime = headers["X-Amz-Date"] || headers["x-amz-date"] : headers["X-Amz-Date"] = this.getDateTime()), delete headers.Authorization, delete headers.authorization);
    };
    RequestSigner.prototype.sign = function() {
      return this.parsedPath || this.prepareRequest(), this.request.signQuery ? this.parsedPath.query["X-Amz-Signature"] = this.signature() : this.request.headers.Authorization = this.authHeader(), this.request.path = this.formatPath(), this.request;
    };
    RequestSigner.prototype.getDateTime = function() {
      if (!this.datetime) {
        var headers = this.request.headers, date = new Date(headers.Date || headers.date || /* @__PURE__ */ new Date());
        this.datetime = date.toISOString().replace(/[:\-]|\.\d{3}/g, ""), this.isCodeCommitGit && (this.datetime = this.datetime.slice(0, -1));
      }
      return this.datetime;
    };
    RequestSigner.prototype.getDate = function() {
      return this.getDateTime().substr(0, 8);
    };
    RequestSigner.prototype.authHeader = function() {
      return [
        "AWS4-HMAC-SHA256 Credential=" + this.credentials.accessKeyId + "/" + this.credentialString(),
        "SignedHeaders=" + this.signedHeaders(),
        "Signature=" + this.signature()
      ].join(", ");
    };
    RequestSigner.prototype.signature = function() {
      var date = this.getDate(), cacheKey = [this.credentials.secretAccessKey, date, this.region, this.service].join(), kDate, kRegion, kService, kCredentials = credentialsCache.get(cacheKey);
      return kCredentials || (kDate = hmac("AWS4" + this.credentials.secretAccessKey, date), kRegion = hmac(kDate, this.region), kService = hmac(kRegion, this.service), kCredentials = hmac(kService, "aws4_request"), credentialsCache.set(cacheKey, kCredentials)), hmac(kCredentials, this.stringToSign(), "hex");
    };
    RequestSigner.prototype.stringToSign = function() {
      return [
        "AWS4-HMAC-SHA256",
        this.getDateTime(),
        this.credentialString(),
        hash(this.canonicalString(), "hex")
      ].join(`
`);
    };
    RequestSigner.prototype.canonicalString = function() {
      this.parsedPath || this.prepareRequest();
      var pathStr = this.parsedPath.path, query = this.parsedPath.query, headers = this.request.headers, queryStr = "", normalizePath = this.service !== "s3", decodePath = this.service === "s3" || this.request.doNotEncodePath, decodeSlashesInPath = this.service === "s3", firstValOnly = this.service === "s3", bodyHash;
      if (this.service === "s3" && this.request.signQuery ? bodyHash = "UNSIGNED-PAYLOAD" : this.isCodeCommitGit ? bodyHash = "" : bodyHash = headers["X-Amz-Content-Sha256"] || headers["x-amz-content-sha256"] || hash(this.request.body || "", "hex"), query) {
        var reducedQuery = Object.keys(query).reduce(function(obj, key) {
          return key && (obj[encodeRfc3986Full(key)] = Array.isArray(query[key]) && firstValOnly ? query[key][0] : query[key]), obj;
        }, {}), encodedQueryPieces = [];
        Object.keys(reducedQuery).sort().forEach(function(key) {
          Array.isArray(reducedQuery[key]) ? reducedQuery[key].map(encodeRfc3986Full).sort().forEach(function(val) {
            encodedQueryPieces.push(key + "=" + val);
          }) : encodedQueryPieces.push(key + "=" + encodeRfc3986Full(reducedQuery[key]));
        }), queryStr = encodedQueryPieces.join("&");
      }
      return pathStr !== "/" && (normalizePath && (pathStr = pathStr.replace(/\/{2,}/g, "/")), pathStr = pathStr.split("/").reduce(function(path, piece) {
        return normalizePath && piece === ".." ? path.pop() : (!normalizePath || piece !== ".") && (decodePath && (piece = decodeURIComponent(piece.replace(/\+/g, " "))), path.push(encodeRfc3986Full(piece))), path;
      }, []).join("/"), pathStr[0] !== "/" && (pathStr = "/" + pathStr), decodeSlashesInPath && (pathStr = pathStr.replace(/%2F/g, "/"))), [
        this.request.method || "GET",
        pathStr,
        queryStr,
        this.canonicalHeaders() + `
`,
        this.signedHeaders(),
        bodyHash
      ].join(`
`);
    };
    RequestSigner.prototype.filterHeaders = function() {
      var headers = this.request.headers, extraHeadersToInclude = this.extraHeadersToInclude, extraHeadersToIgnore = this.extraHeadersToIgnore;
      this.filteredHeaders = Object.keys(headers).map(function(key) {
        return [key.toLowerCase(), headers[key]];
      }).filter(function(entry) {
        return extraHeadersToInclude[entry[0]] || HEADERS_TO_IGNORE[entry[0]] == null && !extraHeadersToIgnore[entry[0]];
      }).sort(function(a, b) {
        return a[0] < b[0] ? -1 : 1;
      });
    };
    RequestSigner.prototype.canonicalHeaders = function() {
      return this.filteredHeaders || this.filterHeaders(), this.filteredHeaders.map(function(entry) {
        return entry[0] + ":" + entry[1].toString().trim().replace(/\s+/g, " ");
      }).join(`
`);
    };
    RequestSigner.prototype.signedHeaders = function() {
      return this.filteredHeaders || this.filterHeaders(), this.filteredHeaders.map(function(entry) {
        return entry[0];
      }).join(";");
    };
    RequestSigner.prototype.credentialString = function() {
      return [
        this.getDate(),
        this.region,
        this.service,
        "aws4_request"
      ].join("/");
    };
    RequestSigner.prototype.defaultCredentials = function() {
      var env = process.env;
      return {
        accessKeyId: env.AWS_ACCESS_KEY_ID || env.AWS_ACCESS_KEY,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY || env.AWS_SECRET_KEY,
        sessionToken: env.AWS_SESSION_TOKEN
      };
    };
    RequestSigner.prototype.parsePath = function() {
      var path = this.request.path || "/";
      /[^0-9A-Za-z;,/?:@&=+$\-_.!~*'()#%]/.test(path) && (path = encodeURI(decodeURI(path)));
      var queryIx = path.indexOf("?"), query = null;
      queryIx >= 0 && (query = querystring.parse(path.slice(queryIx + 1)), path = path.slice(0, queryIx)), this.parsedPath = {
        path,
        query
      };
    };
    RequestSigner.prototype.formatPath = function() {
      var path = this.parsedPath.path, query = this.parsedPath.query;
      return query ? (query[""] != null && delete query[""], path + "?" + encodeRfc3986(querystring.stringify(query))) : path;
    };
    aws42.RequestSigner = RequestSigner;
    aws42.sign = function(request2, credentials) {
      return new RequestSigner(request2, credentials).sign();
    };
  }
});

// src/sources/cloudwatch/api.ts
var import_aws4 = __toESM(require_aws4(), 1);
var MAX_PAGES = 20, TARGET = "GraniteServiceVersion20100801.GetMetricData";
function awsErrorCode(headers, body) {
  let header = headers.get("x-amzn-query-error");
  if (header) return header.split(";")[0];
  try {
    let type = JSON.parse(body).__type;
    if (typeof type == "string") return type.split("#").pop();
  } catch {
  }
}
var THROTTLING = /* @__PURE__ */ new Set([
  "Throttling",
  "ThrottlingException",
  "RequestLimitExceeded",
  "TooManyRequestsException"
]);
async function getMetricData(options, query, signal, deps) {
  let byId = /* @__PURE__ */ new Map(), nextToken;
  for (let page = 1; ; page++) {
    let answer = await onePage(options, { ...query, nextToken }, signal, deps);
    for (let result of answer.results) {
      let seen = byId.get(result.id);
      seen ? (seen.timestamps.push(...result.timestamps), seen.values.push(...result.values), seen.status = result.status, seen.messages.push(...result.messages)) : byId.set(result.id, result);
    }
    if (nextToken = answer.nextToken, !nextToken) break;
    if (page >= MAX_PAGES)
      throw new SourceError(
        `source "${options.sourceId}": GetMetricData still had more pages after ${MAX_PAGES}; use a longer period`,
        options.sourceId
      );
  }
  return [...byId.values()];
}
async function onePage(options, query, signal, deps) {
  let url = new URL(options.url), body = JSON.stringify({
    MetricDataQueries: query.queries,
    // The JSON protocol's timestamps are epoch seconds.
    StartTime: Math.floor(query.from / 1e3),
    EndTime: Math.floor(query.to / 1e3),
    ScanBy: "TimestampAscending",
    ...query.nextToken ? { NextToken: query.nextToken } : {}
  }), signed = import_aws4.default.sign(
    {
      host: url.host,
      path: url.pathname + url.search,
      method: "POST",
      service: "monitoring",
      region: options.region,
      headers: { "content-type": "application/x-amz-json-1.0", "x-amz-target": TARGET },
      body
    },
    options.credentials
  ), headers = Object.fromEntries(
    Object.entries(signed.headers ?? {}).filter(([name]) => !/^host$/i.test(name)).map(([name, value]) => [name, String(value)])
  ), response = await request(
    {
      sourceId: options.sourceId,
      url: url.toString(),
      method: "POST",
      headers,
      body,
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      maxResponseBytes: options.maxResponseBytes,
      signal,
      secrets: options.secrets,
      isTransient: (status, h, text) => status === 400 && THROTTLING.has(awsErrorCode(h, text) ?? "")
    },
    deps
  ), fail = (message, retryable = !1) => new SourceError(
    scrubSecrets(
      `source "${options.sourceId}": GetMetricData at ${redactUrl(options.url)}: ${message}`,
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
  if (response.status !== 200) {
    let code = awsErrorCode(response.headers, response.body), message = parsed && typeof parsed == "object" ? String(
      parsed.message ?? parsed.Message ?? ""
    ) : response.body.slice(0, 200), what = `${code ?? "error"}${message ? `: ${message}` : ""}`;
    throw code !== void 0 && THROTTLING.has(code) ? fail(`HTTP ${response.status}, throttled after ${response.attempts} attempts (${what})`, !0) : code === "ExpiredToken" || code === "ExpiredTokenException" ? fail(
      `the AWS credentials have expired (${what}); give aws-actions/configure-aws-credentials a role-duration-seconds that covers the verification window`
    ) : code === "InvalidClientTokenId" || code === "UnrecognizedClientException" || code === "SignatureDoesNotMatch" ? fail(`HTTP ${response.status}, AWS did not accept the credentials or their signature (${what})`) : response.status === 403 || code === "AccessDenied" || code === "AccessDeniedException" ? fail(
      `HTTP ${response.status}, the role may not read metrics: allow cloudwatch:GetMetricData (${what})`
    ) : response.status >= 500 ? fail(`HTTP ${response.status} after ${response.attempts} attempts (${what})`, !0) : fail(`HTTP ${response.status}, the request was rejected (${what})`);
  }
  if (!isRecord(parsed)) throw fail(`response is not JSON (${response.body.slice(0, 120)})`);
  let results = parsed.MetricDataResults ?? [];
  if (!Array.isArray(results)) throw fail("MetricDataResults is not a list");
  return {
    nextToken: typeof parsed.NextToken == "string" && parsed.NextToken !== "" ? parsed.NextToken : void 0,
    results: results.map((raw, i) => {
      if (!isRecord(raw) || typeof raw.Id != "string") throw fail(`MetricDataResults[${i}] has no Id`);
      let timestamps = raw.Timestamps ?? [], values = raw.Values ?? [];
      if (!Array.isArray(timestamps) || !Array.isArray(values) || timestamps.length !== values.length)
        throw fail(`MetricDataResults[${i}] (${raw.Id}): Timestamps and Values do not pair up`);
      if (!timestamps.every((t) => typeof t == "number") || !values.every((v) => typeof v == "number" && Number.isFinite(v)))
        throw fail(`MetricDataResults[${i}] (${raw.Id}): a timestamp or value is not a number`);
      let messages = Array.isArray(raw.Messages) ? raw.Messages.map(
        (m) => isRecord(m) ? `${String(m.Code ?? "")}: ${String(m.Value ?? "")}` : String(m)
      ) : [];
      return {
        id: raw.Id,
        timestamps: timestamps.map((t) => t * 1e3),
        values,
        status: typeof raw.StatusCode == "string" ? raw.StatusCode : "Complete",
        messages
      };
    })
  };
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}

// src/sources/cloudwatch/source.ts
var DAY = 864e5;
function retentionPeriodMs(configuredMs, fromMs, nowMs) {
  let age = nowMs - fromMs, floor = age > 63 * DAY ? 36e5 : age > 15 * DAY ? 3e5 : age > 3 * 36e5 ? 6e4 : 1e3;
  return Math.max(configuredMs, floor);
}
function createCloudWatchSource(config, deps = {}) {
  let env = deps.env ?? process.env, credentials = credentialsFrom(env, config.id), region = config.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!region)
    throw new Error(
      `cloudwatch source "${config.id}": no region; set \`region\` or AWS_REGION (aws-actions/configure-aws-credentials sets it)`
    );
  validate(config);
  let secrets = registerSecrets(deps, [credentials.secretAccessKey, credentials.sessionToken]), client = {
    sourceId: config.id,
    url: config.url ?? `https://monitoring.${region}.amazonaws.com/`,
    region,
    credentials,
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets
  }, compare = config.compare, hasCount = config.errors !== void 0 && config.total !== void 0, signals = [];
  hasCount && signals.push(countSignal(config.id, config.critical, !!compare));
  for (let level of config.levels)
    signals.push(levelSignal(`${config.id}:${level.name}`, level, config.critical, !!compare));
  function plan(periodSeconds) {
    let groups = compare ? ["canary", "baseline"] : ["phase"], asks = [], queries = [], add = (metric, ask) => {
      let id = `q${queries.length}`, dimensions = { ...metric.dimensions };
      compare && ask.group !== "phase" && (dimensions[compare.dimension] = ask.group === "canary" ? compare.canary : compare.baseline), asks.push({ id, ...ask }), queries.push({
        Id: id,
        MetricStat: {
          Metric: {
            Namespace: metric.namespace,
            MetricName: metric.metric,
            Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value }))
          },
          Period: periodSeconds,
          Stat: metric.stat
        },
        ReturnData: !0
      });
    };
    for (let group of groups) {
      hasCount && (add(config.errors, { signal: config.id, role: "errors", group }), add(config.total, { signal: config.id, role: "total", group }));
      for (let level of config.levels)
        add(level, { signal: `${config.id}:${level.name}`, role: "level", group });
    }
    return { asks, queries };
  }
  async function read(from, to, periodMs, phase, signal) {
    let periodSeconds = Math.round(periodMs / 1e3), { asks, queries } = plan(periodSeconds), start = Math.floor(from / periodMs) * periodMs, results = await getMetricData(client, { queries, from: start, to }, signal, deps), byId = new Map(results.map((r) => [r.id, r]));
    for (let result of results)
      if (result.status === "PartialData" || result.status === "InternalError" || result.status === "Forbidden")
        throw new SourceError(
          `source "${config.id}": GetMetricData answered ${result.status} for ${result.id}${result.messages.length ? ` (${result.messages.join("; ")})` : ""}`,
          config.id
        );
    let valueAt = (id, at) => {
      let r = byId.get(id), i = r ? r.timestamps.indexOf(at) : -1;
      return i >= 0 ? r.values[i] : void 0;
    }, buckets = [];
    for (let bucket = start; bucket + periodMs <= to; bucket += periodMs) {
      if (bucket < from) continue;
      let readings = [], groups = compare ? ["canary", "baseline"] : ["phase"];
      for (let g of groups) {
        let group = g === "phase" ? phase === "baseline" ? "baseline" : "canary" : g, of = (role, name) => asks.find((a) => a.group === g && a.role === role && (name === void 0 || a.signal === name))?.id;
        if (hasCount) {
          let errors = valueAt(of("errors"), bucket), total = valueAt(of("total"), bucket);
          if (errors !== void 0 && total !== void 0) {
            let counts = checkedCounts(config.id, config.id, { errors, total }, "exact");
            readings.push({ signal: config.id, kind: "count", group, ...counts });
          }
        }
        for (let level of config.levels) {
          let name = `${config.id}:${level.name}`, value = valueAt(of("level", name), bucket);
          value !== void 0 && readings.push({
            signal: name,
            kind: "level",
            group,
            value,
            ...level.unit !== void 0 ? { unit: level.unit } : {}
          });
        }
      }
      buckets.push({ end: bucket + periodMs, readings });
    }
    return buckets;
  }
  let cursor = bucketCursor();
  return {
    id: config.id,
    type: "cloudwatch",
    critical: config.critical,
    signals,
    async poll(window) {
      if (window.phase === "baseline" && compare) return [];
      let from = window.phase === "observe" ? cursor.from(window.from) : window.from, periodMs = retentionPeriodMs(config.periodMs, from, Date.now()), buckets = await read(from, window.to, periodMs, window.phase, window.signal);
      window.phase === "observe" && buckets.length > 0 && cursor.counted(buckets.at(-1).end);
      let readings = mergeReadings(buckets.flatMap((b) => b.readings));
      return readings.length === 0 && buckets.length > 0 && deps.log?.(`${config.id}: no datapoints in the complete periods of this window (no data, not zero)`), readings;
    },
    async history(range) {
      if (range.phase === "baseline" && compare) return [];
      let periodMs = retentionPeriodMs(Math.max(config.periodMs, range.stepMs), range.from, Date.now());
      return (await read(range.from, range.to, periodMs, range.phase, range.signal)).map((b) => ({ at: b.end, readings: b.readings }));
    }
  };
}
function credentialsFrom(env, id) {
  let accessKeyId = env.AWS_ACCESS_KEY_ID, secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey)
    throw new Error(
      `cloudwatch source "${id}": no AWS credentials in the environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY); run aws-actions/configure-aws-credentials before Postflight`
    );
  return {
    accessKeyId,
    secretAccessKey,
    ...env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}
  };
}
function validate(config) {
  let where = `cloudwatch source "${config.id}"`, seconds = config.periodMs / 1e3;
  if (!Number.isInteger(seconds) || ![1, 5, 10, 30].includes(seconds) && seconds % 60 !== 0)
    throw new Error(
      `${where}: period must be 1, 5, 10 or 30 s (high-resolution metrics) or a multiple of 60 s, not ${seconds} s`
    );
  for (let [name, metric] of [
    ["errors", config.errors],
    ["total", config.total]
  ])
    if (metric && metric.stat !== "Sum" && metric.stat !== "SampleCount")
      throw new Error(
        `${where}: ${name} counts requests, so its stat must be \`Sum\` (or \`SampleCount\`), not \`${metric.stat}\``
      );
}
export {
  createCloudWatchSource,
  retentionPeriodMs
};
