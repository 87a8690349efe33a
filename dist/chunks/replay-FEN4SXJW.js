import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  createJudge,
  createSource,
  signalTable
} from "./chunk-5A3AG2V3.js";
import {
  loadConfig
} from "./chunk-OHFPNRGX.js";
import {
  UsageError
} from "./chunk-X3EY7YW3.js";
import "./chunk-HFEFXF2P.js";
import "./chunk-CNPVSFHC.js";

// src/commands/replay.ts
import { readFile } from "node:fs/promises";

// src/replay/trace.ts
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
function parseTrace(text) {
  let lines = text.replace(/^\uFEFF/, "").split(/\r?\n/), headerIndex = lines.findIndex((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
  if (headerIndex < 0)
    throw new TraceError(
      'trace: the file is empty; expected a header row such as "t,signal,errors,total"',
      1,
      null
    );
  let header = splitCsvLine(lines[headerIndex], headerIndex + 1).map((h) => h.trim().toLowerCase()), columns = /* @__PURE__ */ new Map();
  header.forEach((name, i) => {
    if (!KNOWN_COLUMNS.includes(name))
      throw new TraceError(
        `trace line ${headerIndex + 1}, column ${i + 1} ("${name}"): unknown column; expected one of ${KNOWN_COLUMNS.join(", ")}`,
        headerIndex + 1,
        name
      );
    if (columns.has(name))
      throw new TraceError(
        `trace line ${headerIndex + 1}: column "${name}" appears twice`,
        headerIndex + 1,
        name
      );
    columns.set(name, i);
  });
  for (let required of ["t", "signal"])
    if (!columns.has(required))
      throw new TraceError(
        `trace line ${headerIndex + 1}: the header has no "${required}" column; expected at least t and signal`,
        headerIndex + 1,
        required
      );
  if (columns.has("errors") !== columns.has("total"))
    throw new TraceError(
      `trace line ${headerIndex + 1}: "errors" and "total" come together; the header has only one of them`,
      headerIndex + 1,
      null
    );
  let rows = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    let raw = lines[i];
    if (raw.trim() === "" || raw.trimStart().startsWith("#")) continue;
    let lineNo = i + 1, cells = splitCsvLine(raw, lineNo);
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
      throw new TraceError(`${where(c)}: expected ${expected}, got "${cell(c)}"`, lineNo, c);
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
        let text2 = cell("healthy").toLowerCase();
        ["true", "false", "1", "0"].includes(text2) || fail("healthy", "true, false, 1 or 0"), reading = { kind: "health", healthy: text2 === "true" || text2 === "1" };
        break;
      }
      default:
        reading = { kind: "error", message: cell("error") };
    }
    rows.push({ line: lineNo, t, signal, group, reading });
  }
  return rows;
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
var INFERRED_LEVEL_MAX_RATIO = 1.5;
function replay(settings, specs, rows) {
  let inferred = inferSpecs(specs, rows), judge = createJudge(settings, [...specs, ...inferred]), windowSeconds = settings.windowMs / 1e3, verdict = null, lastT = 0;
  for (let [t, group] of groupByTime(rows)) {
    if (t > windowSeconds) break;
    lastT = Math.max(lastT, t);
    let current = judge.observe(toObservation(t, group));
    if (current.verdict !== "pending") {
      verdict = current;
      break;
    }
  }
  let early = verdict !== null && lastT * 1e3 < settings.windowMs, final = verdict ?? judge.finish(Math.min(settings.windowMs, lastT * 1e3));
  return {
    verdict: final.verdict === "pending" ? "inconclusive" : final.verdict,
    decidedAt: early && final.decidedAt !== null ? final.decidedAt / 1e3 : null,
    signals: final.signals.map((s) => ({ id: s.id, verdict: s.verdict, reason: s.reason })),
    evidence: final,
    inferred
  };
}
function groupByTime(rows) {
  let byT = /* @__PURE__ */ new Map();
  for (let row of rows) {
    let list = byT.get(row.t);
    list ? list.push(row) : byT.set(row.t, [row]);
  }
  return [...byT.entries()].sort((a, b) => a[0] - b[0]);
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
function inferSpecs(specs, rows) {
  let known = new Set(specs.map((s) => s.id)), bySignal = /* @__PURE__ */ new Map();
  for (let row of rows) {
    if (known.has(row.signal)) continue;
    let list = bySignal.get(row.signal);
    list ? list.push(row) : bySignal.set(row.signal, [row]);
  }
  let inferred = [];
  for (let [id, list] of bySignal) {
    let kinds = new Set(list.map((r) => r.reading.kind).filter((k) => k !== "error"));
    if (kinds.size > 1)
      throw new Error(
        `trace: signal '${id}' mixes ${[...kinds].join(" and ")} readings (line ${list[0].line}); use one kind per signal`
      );
    let kind = [...kinds][0];
    if (kind === void 0) continue;
    let concurrent = list.some((r) => r.t > 0 && r.group === "baseline");
    kind === "count" ? inferred.push({
      id,
      kind: "count",
      baseline: concurrent ? "concurrent" : "pre-deploy",
      critical: !1
    }) : kind === "level" ? inferred.push({
      id,
      kind: "level",
      baseline: concurrent ? "concurrent" : "pre-deploy",
      critical: !1,
      maxRatio: INFERRED_LEVEL_MAX_RATIO
    }) : inferred.push({ id, kind: "health", baseline: "none", critical: !1 });
  }
  return inferred;
}

// src/commands/replay.ts
async function replayCommand(flags) {
  let file = typeof flags.config == "string" ? flags.config : void 0, tracePath = typeof flags.trace == "string" ? flags.trace : void 0;
  if (!file || !tracePath) throw new UsageError("replay needs --config FILE and --trace FILE.csv");
  let { config } = await loadConfig({
    file,
    inputs: {},
    env: process.env,
    cwd: process.cwd(),
    requireSources: !1
  }), specs = config.sources.flatMap((s) => [...createSource(s, {}).signals]), rows = parseTrace(await readFile(tracePath, "utf8")), result = replay(
    {
      alpha: config.alpha,
      tolerance: config.tolerance,
      windowMs: config.windowMs,
      minErrors: config.minErrors,
      maxConsecutiveErrors: Math.max(1, ...config.sources.map((s) => s.maxConsecutiveErrors))
    },
    specs,
    rows
  );
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
