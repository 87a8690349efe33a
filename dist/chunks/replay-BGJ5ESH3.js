import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  signalTable
} from "./chunk-LH5M5X4K.js";
import {
  createJudge,
  createSources,
  stepJudgeSettings
} from "./chunk-JWUIGPKO.js";
import {
  loadConfig
} from "./chunk-VJTE2A2X.js";
import {
  UsageError
} from "./chunk-RK76LBPO.js";
import "./chunk-HFEFXF2P.js";
import "./chunk-HKY36KTA.js";
import "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";

// src/replay/trace.ts
import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
var TraceError = class extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
    this.name = "TraceError";
  }
  line;
  column;
}, KNOWN_COLUMNS = ["t", "signal", "group", "errors", "total", "value", "healthy", "error"];
var MAX_TRACE_LINE = 64 * 1024;
async function* readTraceFile(path) {
  let parser = new TraceParser(), lineNo = 0;
  for await (let line of fileLines(path)) {
    let row = parser.line(line, ++lineNo);
    row && (yield row);
  }
  parser.end();
}
async function* fileLines(path) {
  let decoder = new StringDecoder("utf8"), rest = "", lineNo = 1;
  for await (let chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    rest += decoder.write(chunk);
    let start = 0;
    for (let nl = rest.indexOf(`
`); nl >= 0; nl = rest.indexOf(`
`, start))
      yield rest.slice(start, nl).replace(/\r$/, ""), lineNo += 1, start = nl + 1;
    if (rest = rest.slice(start), rest.length > MAX_TRACE_LINE)
      throw new TraceError(
        `trace line ${lineNo}: longer than ${MAX_TRACE_LINE} characters (is this a CSV trace?); starts with ${quote(rest)}`,
        lineNo,
        null
      );
  }
  rest += decoder.end(), rest !== "" && (yield rest.replace(/\r$/, ""));
}
var TraceParser = class {
  header = null;
  columns = /* @__PURE__ */ new Map();
  first = !0;
  /** The row on this line, or null for the header, blank lines and comments. */
  line(text, lineNo) {
    let raw = this.first ? text.replace(/^\uFEFF/, "") : text;
    return this.first = !1, raw.trim() === "" || raw.trimStart().startsWith("#") ? null : this.header === null ? (this.readHeader(raw, lineNo), null) : this.readRow(raw, lineNo);
  }
  /** Throws when the file ended without a header. */
  end() {
    if (this.header === null)
      throw new TraceError(
        'trace: the file is empty; expected a header row such as "t,signal,errors,total"',
        1,
        null
      );
  }
  readHeader(raw, lineNo) {
    let header = splitCsvLine(raw, lineNo).map((h) => h.trim().toLowerCase());
    header.forEach((name, i) => {
      if (!KNOWN_COLUMNS.includes(name))
        throw new TraceError(
          `trace line ${lineNo}, column ${i + 1} (${quote(name)}): unknown column; expected one of ${KNOWN_COLUMNS.join(", ")}`,
          lineNo,
          name
        );
      if (this.columns.has(name))
        throw new TraceError(`trace line ${lineNo}: column "${name}" appears twice`, lineNo, name);
      this.columns.set(name, i);
    });
    for (let required of ["t", "signal"])
      if (!this.columns.has(required))
        throw new TraceError(
          `trace line ${lineNo}: the header has no "${required}" column; expected at least t and signal`,
          lineNo,
          required
        );
    if (this.columns.has("errors") !== this.columns.has("total"))
      throw new TraceError(
        `trace line ${lineNo}: "errors" and "total" come together; the header has only one of them`,
        lineNo,
        null
      );
    this.header = header;
  }
  readRow(raw, lineNo) {
    let header = this.header, columns = this.columns, cells = splitCsvLine(raw, lineNo);
    if (cells.length > header.length)
      throw new TraceError(
        `trace line ${lineNo}: ${cells.length} fields, but the header has ${header.length} columns`,
        lineNo,
        null
      );
    let cell = (c) => {
      let index = columns.get(c);
      return index === void 0 ? "" : (cells[index] ?? "").trim();
    }, where = (c) => `trace line ${lineNo}, column ${columns.get(c) + 1} (${c})`, fail = (c, expected) => {
      throw new TraceError(`${where(c)}: expected ${expected}, got ${quote(cell(c))}`, lineNo, c);
    }, t = Number(cell("t"));
    (cell("t") === "" || !Number.isFinite(t)) && fail("t", "seconds relative to the deploy (a number, negative before it)");
    let signal = cell("signal");
    signal === "" && fail("signal", "a signal id");
    let groupText = cell("group") || "canary";
    groupText !== "canary" && groupText !== "baseline" && fail("group", '"canary" or "baseline"');
    let group = groupText, filled = ["errors", "value", "healthy", "error"].filter((c) => cell(c) !== "");
    if (filled.length !== 1) {
      let what = filled.length === 0 ? "none is filled" : `${filled.join(" and ")} are all filled`;
      throw new TraceError(
        `trace line ${lineNo}: expected exactly one reading (errors+total, value, healthy or error), but ${what}`,
        lineNo,
        null
      );
    }
    let reading;
    switch (filled[0]) {
      case "errors": {
        let errors = count(cell("errors")) ?? fail("errors", "a non-negative integer"), total = count(cell("total")) ?? fail("total", "a non-negative integer");
        errors > total && fail("errors", `at most total (${total})`), reading = { kind: "count", errors, total };
        break;
      }
      case "value": {
        let value = Number(cell("value"));
        Number.isFinite(value) || fail("value", "a number"), reading = { kind: "level", value };
        break;
      }
      case "healthy": {
        let text = cell("healthy").toLowerCase();
        ["true", "false", "1", "0"].includes(text) || fail("healthy", "true, false, 1 or 0"), reading = { kind: "health", healthy: text === "true" || text === "1" };
        break;
      }
      default:
        reading = { kind: "error", message: cell("error") };
    }
    return { line: lineNo, t, signal, group, reading };
  }
};
function quote(text, max = 60) {
  return `"${[...text.length > max ? text.slice(0, max) : text].map((ch) => {
    let code = ch.codePointAt(0);
    return ch === '"' || ch === "\\" ? `\\${ch}` : code < 32 || code >= 127 && code < 160 ? `\\x${code.toString(16).padStart(2, "0")}` : code >= 55296 && code <= 57343 || code === 65533 || code >= 8203 && code <= 8207 || code >= 8234 && code <= 8238 || code >= 8294 && code <= 8297 || code === 65279 ? `\\u${code.toString(16).padStart(4, "0")}` : ch;
  }).join("")}"${text.length > max ? `... (${text.length} characters)` : ""}`;
}
function count(text) {
  if (!/^\d+$/.test(text)) return;
  let n = Number(text);
  return Number.isSafeInteger(n) ? n : void 0;
}
function splitCsvLine(line, lineNo) {
  let out = [], field = "", quoted = !1;
  for (let i = 0; i < line.length; i++) {
    let ch = line[i];
    quoted ? ch === '"' && line[i + 1] === '"' ? (field += '"', i++) : ch === '"' ? quoted = !1 : field += ch : ch === '"' ? quoted = !0 : ch === "," ? (out.push(field), field = "") : field += ch;
  }
  if (quoted) throw new TraceError(`trace line ${lineNo}: a quoted field is not closed`, lineNo, null);
  return out.push(field), out;
}

// src/replay/replay.ts
var INFERRED_LEVEL_MAX_RATIO = 1.5, MAX_REPLAY_SIGNALS = 1e3;
async function replayStream(settings, specs, open) {
  let inference = new SpecInference(specs), lastT = -1 / 0;
  for await (let row of open()) {
    if (row.t < lastT)
      throw new TraceError(
        `trace line ${row.line}: t=${row.t} comes after t=${lastT}; replay reads a trace in time order (sort the file by t)`,
        row.line,
        "t"
      );
    lastT = row.t, inference.add(row);
  }
  let inferred = inference.specs(), run = judgeRun(settings, [...specs, ...inferred]), t, group = [];
  for await (let row of open()) {
    if (row.t !== t) {
      if (t !== void 0 && run.observe(t, group)) return run.result(inferred);
      t = row.t, group = [];
    }
    group.push(row);
  }
  return t !== void 0 && run.observe(t, group), run.result(inferred);
}
function judgeRun(settings, specs) {
  let judge = createJudge(settings, specs), windowSeconds = settings.windowMs / 1e3, verdict = null, lastT = 0;
  return {
    observe(t, rows) {
      if (verdict || t > windowSeconds) return !0;
      lastT = Math.max(lastT, t);
      let current = judge.observe(toObservation(t, rows));
      return current.verdict !== "pending" && (verdict = current), verdict !== null;
    },
    result(inferred) {
      let early = verdict !== null && lastT * 1e3 < settings.windowMs, final = verdict ?? judge.finish(Math.min(settings.windowMs, lastT * 1e3));
      return {
        verdict: final.verdict === "pending" ? "inconclusive" : final.verdict,
        decidedAt: early && final.decidedAt !== null ? final.decidedAt / 1e3 : null,
        signals: final.signals.map((s) => ({ id: s.id, verdict: s.verdict, reason: s.reason })),
        evidence: final,
        inferred
      };
    }
  };
}
function toObservation(t, rows) {
  let readings = [], errors = [];
  for (let row of rows) {
    let r = row.reading;
    r.kind === "count" ? readings.push({
      signal: row.signal,
      kind: "count",
      group: row.group,
      errors: r.errors,
      total: r.total
    }) : r.kind === "level" ? readings.push({ signal: row.signal, kind: "level", group: row.group, value: r.value }) : r.kind === "health" ? readings.push({
      signal: row.signal,
      kind: "health",
      group: "canary",
      healthy: r.healthy,
      detail: r.healthy ? "healthy (trace)" : `unhealthy (trace line ${row.line})`
    }) : errors.push({ signal: row.signal, message: r.message });
  }
  return { t: t * 1e3, readings, errors };
}
var SpecInference = class {
  known;
  seen = /* @__PURE__ */ new Set();
  unknown = /* @__PURE__ */ new Map();
  constructor(specs) {
    this.known = new Set(specs.map((s) => s.id));
  }
  add(row) {
    if (!this.seen.has(row.signal) && (this.seen.add(row.signal), this.seen.size > MAX_REPLAY_SIGNALS))
      throw new TraceError(
        `trace line ${row.line}: signal ${quote(row.signal)} is signal number ${this.seen.size}; replay judges at most ${MAX_REPLAY_SIGNALS} distinct signals (is an id, such as a timestamp or a request id, in the signal column?)`,
        row.line,
        "signal"
      );
    if (this.known.has(row.signal)) return;
    let entry = this.unknown.get(row.signal);
    entry || (entry = { kinds: /* @__PURE__ */ new Set(), concurrent: !1, line: row.line }, this.unknown.set(row.signal, entry)), row.reading.kind !== "error" && entry.kinds.add(row.reading.kind), row.t > 0 && row.group === "baseline" && (entry.concurrent = !0);
  }
  specs() {
    let inferred = [];
    for (let [id, { kinds, concurrent, line }] of this.unknown) {
      if (kinds.size > 1)
        throw new Error(
          `trace: signal ${quote(id)} mixes ${[...kinds].join(" and ")} readings (line ${line}); use one kind per signal`
        );
      let kind = [...kinds][0];
      if (kind === void 0) continue;
      let baseline = concurrent ? "concurrent" : "pre-deploy";
      kind === "count" ? inferred.push({ id, kind: "count", baseline, critical: !1 }) : kind === "level" ? inferred.push({ id, kind: "level", baseline, critical: !1, maxRatio: INFERRED_LEVEL_MAX_RATIO }) : inferred.push({ id, kind: "health", baseline: "none", critical: !1 });
    }
    return inferred;
  }
};

// src/commands/replay.ts
async function replayCommand(flags) {
  let file = typeof flags.config == "string" ? flags.config : void 0, tracePath = typeof flags.trace == "string" ? flags.trace : void 0;
  if (flags["from-sources"]) {
    if (tracePath) throw new UsageError("replay takes either --trace FILE.csv or --from-sources, not both");
    return (await import("./replay-from-sources-3P5HG7QY.js")).replayFromSourcesCommand(flags);
  }
  if (typeof flags["deploy-time"] == "string")
    throw new UsageError("--deploy-time goes with --from-sources (a trace carries its own times)");
  if (!file || !tracePath)
    throw new UsageError(
      "replay needs --config FILE and --trace FILE.csv, or --from-sources --deploy-time ISO [--config FILE]"
    );
  let { config } = await loadConfig({
    file,
    inputs: {},
    env: process.env,
    cwd: process.cwd(),
    requireSources: !1
  }), specs = (await createSources(config.sources)).flatMap((s) => [...s.signals]), result = await replayStream(stepJudgeSettings(config), specs, () => readTraceFile(tracePath));
  if (flags.json) {
    let { verdict, decidedAt, signals } = result;
    process.stdout.write(JSON.stringify({ verdict, decidedAt, signals }) + `
`);
  } else {
    let when = result.decidedAt === null ? "at the end of the trace or window" : `${result.decidedAt} s after the deploy`;
    process.stdout.write(
      `${result.verdict.toUpperCase()} ${when}: ${result.evidence.reason}

${signalTable(result.evidence.signals)}
`
    );
    for (let spec of result.inferred)
      process.stdout.write(
        `
note: signal '${spec.id}' is not in the config; replayed as a ${spec.kind} signal (${spec.baseline} baseline)
`
      );
  }
  return 0;
}
export {
  replayCommand
};
