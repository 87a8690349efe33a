import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  mapWithConcurrency
} from "./chunk-MILFKO5V.js";
import {
  detectMigration,
  isDownSideKind
} from "./chunk-ANYHBLUX.js";
import "./chunk-CNPVSFHC.js";

// src/assess/migrations/analyse.ts
import path3 from "node:path";

// src/assess/migrations/types.ts
function severityOf(effect) {
  return effect === "additive" ? "info" : effect === "unverifiable" ? "warning" : "blocker";
}
function finding(effect, line, operation, extra = {}) {
  let result = {
    effect,
    severity: extra.severity ?? severityOf(effect),
    line,
    operation
  };
  return extra.subject !== void 0 && (result.subject = extra.subject), extra.note !== void 0 && (result.note = extra.note), extra.evidence !== void 0 && (result.evidence = extra.evidence), extra.category !== void 0 && (result.category = extra.category), extra.columnChange !== void 0 && (result.columnChange = extra.columnChange), extra.alteration !== void 0 && (result.alteration = extra.alteration), result;
}

// src/assess/migrations/widening.ts
var REENCODINGS = /* @__PURE__ */ new Set(["json>jsonb", "jsonb>json"]), INTEGER_BYTES = {
  tinyint: 1,
  smallint: 2,
  int2: 2,
  smallinteger: 2,
  smallintegerfield: 2,
  positivesmallintegerfield: 2,
  mediumint: 3,
  int: 4,
  int4: 4,
  integer: 4,
  integerfield: 4,
  positiveintegerfield: 4,
  serial: 4,
  bigint: 8,
  int8: 8,
  biginteger: 8,
  bigintegerfield: 8,
  positivebigintegerfield: 8,
  bigserial: 8,
  bigautofield: 8,
  autofield: 4,
  smallautofield: 2,
  int64: 8,
  int32: 4,
  int16: 2,
  int8ch: 1,
  uint64: 8,
  uint32: 4
}, FLOAT_BYTES = {
  real: 4,
  float4: 4,
  float: 8,
  float8: 8,
  double: 8,
  "double precision": 8,
  floatfield: 8,
  float32: 4,
  float64: 8
}, DECIMALS = /* @__PURE__ */ new Set(["numeric", "decimal", "decimalfield", "money"]), TEXTS = /* @__PURE__ */ new Set([
  "varchar",
  "character varying",
  "char",
  "character",
  "nvarchar",
  "nchar",
  "text",
  "string",
  "charfield",
  "textfield",
  "slugfield",
  "emailfield",
  "urlfield",
  "citext",
  "tinytext",
  "mediumtext",
  "longtext"
]), DJANGO_DEFAULT_LENGTH = { urlfield: 200, slugfield: 50, emailfield: 254 }, UNBOUNDED_TEXT = /* @__PURE__ */ new Set(["text", "textfield", "citext", "longtext", "mediumtext"]);
function shapeOf(definition) {
  let text = definition.trim(), typeName = /(?:models\.|sa\.|sqlalchemy\.|postgresql\.|mysql\.)?([A-Za-z][\w ]*?)\s*(?:\(|$|,|\s+(?:NOT\s+NULL|NULL|DEFAULT|COLLATE|CHARACTER|CHARSET|USING)\b)/i.exec(
    text.replace(/^:/, "")
  )?.[1];
  if (!typeName) return null;
  let name = typeName.trim().toLowerCase().replace(/\s+/g, " "), args = /\(([^()]*)\)/.exec(text)?.[1] ?? "", number = (key) => {
    let found = key.exec(text)?.[1];
    return found === void 0 ? null : Number(found);
  }, positional2 = args.split(",").map((part) => part.trim()).filter((part) => /^\d+$/.test(part)).map(Number), length = number(/\b(?:max_length|length|limit)\s*[=:]\s*(\d+)/) ?? positional2[0] ?? (/^models\./.test(text) ? DJANGO_DEFAULT_LENGTH[name] : void 0) ?? null, nullable = /\bnull(?:able)?\s*[=:]\s*(True|true|False|false)\b/.exec(text)?.[1], unstated = /^models\./.test(text) ? !1 : null, notNullSql = /\bNOT\s+NULL\b/i.test(text) ? !1 : unstated, cosmetic = [
    ...text.matchAll(
      /\b(?:db_collation|collation|COLLATE|CHARACTER\s+SET|CHARSET|choices|help_text|verbose_name)\b[^,)]*/gi
    )
  ].map((m) => m[0].replace(/\s+/g, " ")).join("|"), shape = (family, size, scale = null) => ({
    family,
    name,
    size,
    scale,
    nullable: nullable === void 0 ? notNullSql : /true/i.test(nullable),
    cosmetic
  });
  if (name in INTEGER_BYTES) return shape("integer", INTEGER_BYTES[name]);
  if (name in FLOAT_BYTES) return shape("float", FLOAT_BYTES[name]);
  if (DECIMALS.has(name)) {
    let precision = number(/\b(?:max_digits|precision)\s*[=:]\s*(\d+)/) ?? positional2[0] ?? null, scale = number(/\b(?:decimal_places|scale)\s*[=:]\s*(\d+)/) ?? positional2[1] ?? null;
    return shape("decimal", precision, scale);
  }
  return TEXTS.has(name) ? shape("text", UNBOUNDED_TEXT.has(name) ? null : length) : shape("other", length);
}
function compareSize(before, after) {
  return before === after ? "same" : after === null ? "widens" : before === null ? "narrows" : after > before ? "widens" : "narrows";
}
function compareValues(before, after) {
  if (before.family === "text" && after.family === "text" || before.family === "integer" && after.family === "integer" || before.family === "float" && after.family === "float") return compareSize(before.size, after.size);
  if (before.family === "integer" && (after.family === "float" || after.family === "decimal"))
    return after.family === "float" || after.size === null || after.size - (after.scale ?? 0) >= 2.5 * (before.size ?? 8) ? "widens" : "narrows";
  if (before.family === "decimal" && after.family === "decimal") {
    if (after.size === null) return before.size === null ? "same" : "widens";
    if (before.size === null) return "narrows";
    let integerDigits = compareSize(before.size - (before.scale ?? 0), after.size - (after.scale ?? 0)), fraction = compareSize(before.scale ?? 0, after.scale ?? 0);
    return integerDigits === "narrows" || fraction === "narrows" ? "narrows" : integerDigits === "same" && fraction === "same" ? "same" : "widens";
  }
  return before.family === "other" && after.family === "other" && before.name === after.name ? compareSize(before.size, after.size) : REENCODINGS.has(`${before.name}>${after.name}`) ? "reencodes" : before.name === "enum" && after.family === "text" && after.size === null ? "widens" : "changes";
}
function compareDefinitions(before, after) {
  let old = shapeOf(before), next = shapeOf(after);
  if (!old || !next) return "unknown";
  let values = compareValues(old, next);
  if (values === "changes" || values === "narrows" || values === "reencodes") return values;
  let nullability = "same";
  return next.nullable === !0 && old.nullable === !1 && (nullability = "widens"), next.nullable === !1 && old.nullable === !0 && (nullability = "narrows"), nullability === "narrows" ? "narrows" : values === "widens" || nullability === "widens" ? "widens" : old.cosmetic !== next.cosmetic ? "cosmetic" : "same";
}

// src/assess/migrations/text.ts
function lineAt(text, offset) {
  let line = 1, end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) text.charCodeAt(i) === 10 && line++;
  return line;
}
function lineLocator(text) {
  let newlines = [];
  for (let i = text.indexOf(`
`); i !== -1; i = text.indexOf(`
`, i + 1)) newlines.push(i);
  return (offset) => {
    let low = 0, high = newlines.length;
    for (; low < high; ) {
      let mid = low + high >>> 1;
      newlines[mid] < offset ? low = mid + 1 : high = mid;
    }
    return low + 1;
  };
}
function maskRange(text, start, end) {
  let blanked = text.slice(start, end).replace(/[^\n]/g, " ");
  return text.slice(0, start) + blanked + text.slice(end);
}
function skipSqlTrivia(text, offset) {
  let i = offset;
  for (; i < text.length; ) {
    let ch = text[i];
    if (ch === " " || ch === "	" || ch === `
` || ch === "\r" || ch === ";")
      i++;
    else if (text.startsWith("--", i)) {
      let newline = text.indexOf(`
`, i);
      i = newline === -1 ? text.length : newline + 1;
    } else if (text.startsWith("/*", i)) {
      let close = text.indexOf("*/", i + 2);
      i = close === -1 ? text.length : close + 2;
    } else
      break;
  }
  return i;
}
function byteOffsetToCharOffset(utf8, byteOffset) {
  return utf8.subarray(0, byteOffset).toString("utf8").length;
}
function quoteStatement(statement, max = 80) {
  let oneLine2 = statement.replace(/\s+/g, " ").trim();
  return oneLine2.length > max ? `${oneLine2.slice(0, max - 1)}\u2026` : oneLine2;
}

// src/assess/migrations/data-statements.ts
function judgeDataStatement(item, statement) {
  if (item.effect !== "data-rewrite" || item.severity !== "blocker") return item;
  let text = readable(statement);
  return /^UPDATE\b/i.test(text) ? judgeUpdate(item, text) : /^DELETE\b/i.test(text) ? judgeDelete(item, text) : /^(?:INSERT|REPLACE)\b/i.test(text) ? judgeInsertSelect(item, text) : item;
}
function readable(sql) {
  let out = "", i = 0;
  for (; i < sql.length; ) {
    let ch = sql[i];
    if (ch === "'") {
      let end = closingQuote(sql, i);
      out += sql.slice(i, end), i = end;
    } else if (ch === "-" && sql[i + 1] === "-") {
      for (; i < sql.length && sql[i] !== `
`; ) i++;
      out += " ";
    } else if (ch === "/" && sql[i + 1] === "*") {
      let end = sql.indexOf("*/", i + 2);
      i = end === -1 ? sql.length : end + 2, out += " ";
    } else ch === '"' || ch === "`" || ch === "[" || ch === "]" || (out += ch), i++;
  }
  return out.replace(/\s+/g, " ").replace(/;\s*$/, "").trim();
}
function closingQuote(sql, start) {
  let i = start + 1;
  for (; i < sql.length; )
    if (sql[i] === "'")
      if (sql[i + 1] === "'") i += 2;
      else return i + 1;
    else i++;
  return sql.length;
}
function topLevelMask(text) {
  let out = "", depth = 0, i = 0;
  for (; i < text.length; ) {
    let ch = text[i];
    if (ch === "'") {
      let end = closingQuote(text, i);
      out += " ".repeat(end - i), i = end;
      continue;
    }
    ch === "(" && depth++, out += depth > 0 ? " " : ch, ch === ")" && (depth = Math.max(0, depth - 1)), i++;
  }
  return out;
}
function clauses(text, keywords) {
  let mask = topLevelMask(text), found = [];
  for (let keyword of keywords) {
    let match = new RegExp(`\\b${keyword}\\b`, "i").exec(mask);
    match && found.push({ keyword, start: match.index, end: match.index + match[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  let result = /* @__PURE__ */ new Map();
  return found.forEach((clause, index) => {
    let next = found[index + 1]?.start ?? text.length;
    result.set(clause.keyword, text.slice(clause.end, next).trim());
  }), result;
}
function splitTop(text, separator) {
  let mask = topLevelMask(text), parts = [], last = 0;
  for (let match of mask.matchAll(new RegExp(separator.source, "gi")))
    parts.push(text.slice(last, match.index).trim()), last = match.index + match[0].length;
  return parts.push(text.slice(last).trim()), parts.filter((part) => part.length > 0);
}
function conjuncts(where) {
  if (!where) return [];
  let stripped = stripOuterBrackets(where);
  return /\bOR\b/i.test(topLevelMask(stripped)) ? [] : splitTop(stripped, /\bAND\b/).map(stripOuterBrackets);
}
function stripOuterBrackets(text) {
  let current = text.trim();
  for (; current.startsWith("(") && current.endsWith(")") && topLevelMask(current).trim() === "("; )
    current = current.slice(1, -1).trim();
  return current;
}
var escape = (name) => name.replace(/[$]/g, "\\$"), columnRef = (column2) => String.raw`(?:\w+\.)?${escape(column2)}`;
function isNullTest(conjunct, column2) {
  return new RegExp(String.raw`^${columnRef(column2)}\s+IS\s+NULL$`, "i").test(conjunct);
}
function assignments(set) {
  let parsed = [];
  for (let part of splitTop(set, /,/)) {
    let match = /^(?:\w+\.)?(\w+)\s*=\s*([\s\S]+)$/.exec(part);
    if (!match) return null;
    parsed.push({ column: match[1], expression: match[2].trim() });
  }
  return parsed;
}
function addedJsonKey(assignment, guards) {
  let { column: column2, expression } = assignment, ref = columnRef(column2), inserts = new RegExp(
    String.raw`^(?:jsonb_insert|JSON_INSERT)\s*\(\s*${ref}\s*,\s*'(?:\{([\w-]+)\}|\$\.([\w-]+))'`,
    "i"
  ).exec(expression);
  if (inserts) return inserts[1] ?? inserts[2];
  let sets = new RegExp(
    String.raw`^(?:jsonb?_set(?:_lax)?|JSON_SET)\s*\(\s*${ref}\s*,\s*'(?:\{([\w-]+)\}|\$\.([\w-]+))'`,
    "i"
  ).exec(expression);
  if (!sets) return null;
  let key = sets[1] ?? sets[2], absent = [
    String.raw`^${ref}\s*->>?\s*'${key}'\s+IS\s+NULL$`,
    String.raw`^${ref}\s*#>>?\s*'\{${key}\}'\s+IS\s+NULL$`,
    String.raw`^NOT\s*\(?\s*${ref}\s*\?\s*'${key}'\s*\)?$`,
    String.raw`^NOT\s+jsonb_exists\s*\(\s*${ref}\s*,\s*'${key}'\s*\)$`,
    String.raw`^JSON_EXTRACT\s*\(\s*${ref}\s*,\s*'\$\.${key}'\s*\)\s+IS\s+NULL$`,
    String.raw`^${ref}\s*->>?\s*'\$\.${key}'\s+IS\s+NULL$`
  ].map((pattern) => new RegExp(pattern, "i"));
  return guards.some((guard) => absent.some((pattern) => pattern.test(guard))) ? key : null;
}
function judgeUpdate(item, text) {
  let parts = clauses(text, ["SET", "FROM", "WHERE", "RETURNING"]), set = parts.get("SET"), parsed = set === void 0 ? null : assignments(set);
  if (!parsed || parsed.length === 0) return item;
  let guards = conjuncts(parts.get("WHERE")), gentle = [], overwritten = [];
  for (let assignment of parsed) {
    let key = addedJsonKey(assignment, guards);
    key !== null ? gentle.push(
      `adds the JSON key '${key}' to ${assignment.column} only where it is absent (N-1 ignores a key it does not know)`
    ) : guards.some((guard) => isNullTest(guard, assignment.column)) ? gentle.push(`fills ${assignment.column} only where it is NULL`) : overwritten.push(describeOverwrite(assignment, parts.get("WHERE"), guards));
  }
  return overwritten.length > 0 ? withNote(item, "blocker", `it ${overwritten.join("; ")}`) : withNote(item, "warning", `it ${gentle.join(" and ")}: every value N-1 wrote is kept`);
}
function describeOverwrite(assignment, where, guards) {
  let ref = new RegExp(String.raw`\b${escape(assignment.column)}\b`, "i"), compared = guards.some(
    (guard) => new RegExp(String.raw`^${columnRef(assignment.column)}\s*(?:=|<>|!=|IN\b|LIKE\b)`, "i").test(guard)
  );
  return ref.test(assignment.expression) || compared ? `maps the values N-1 wrote in ${assignment.column} to new ones, which N-1 may not read` : where === void 0 ? `overwrites ${assignment.column} in every row, replacing the values N-1 wrote` : `overwrites values N-1 wrote in ${assignment.column}`;
}
function judgeDelete(item, text) {
  let parts = clauses(text, ["USING", "WHERE", "RETURNING"]), where = parts.get("WHERE"), table2 = /^DELETE\s+(?:FROM\s+)?(?:ONLY\s+)?([\w.]+)/i.exec(text)?.[1] ?? "the table";
  return where === void 0 && parts.get("USING") === void 0 || /^(?:TRUE|1\s*=\s*1)$/i.test(where ?? "") ? withNote(item, "blocker", `it removes every row of ${table2}, which N-1 still reads`) : withNote(
    item,
    "warning",
    `it ${deletedRows(text, where ?? "")}; the other rows of ${table2} stay, so N-1 keeps working, but a rollback does not bring these back`
  );
}
function deletedRows(text, where) {
  let partition = /ROW_NUMBER\s*\(\s*\)\s*OVER\s*\(\s*PARTITION\s+BY\s+([^)]*?)\s+ORDER\s+BY/i.exec(text);
  if (partition && /\b\w+\s*(?:>|>=|<>|!=)\s*1\b/.test(text))
    return `removes duplicates of (${partition[1].trim()}), keeping one row of each`;
  let grouped = /\bNOT\s+IN\s*\(\s*SELECT\s+(?:MIN|MAX)\s*\([^)]*\)[\s\S]*?\bGROUP\s+BY\s+([^)]+)\)/i.exec(
    text
  );
  if (grouped) return `removes duplicates of (${grouped[1].trim()}), keeping one row of each`;
  let nullColumn = conjuncts(where).map((guard) => /^(?:\w+\.)?(\w+)\s+IS\s+NULL$/i.exec(guard)?.[1]).find(Boolean);
  if (nullColumn) return `removes only the rows whose ${nullColumn} is NULL`;
  let parent = /\bNOT\s+(?:IN|EXISTS)\s*\(\s*SELECT\b[\s\S]*?\bFROM\s+([\w.]+)/i.exec(where)?.[1];
  return parent ? `removes only the rows without a matching row in ${parent} (orphans)` : `removes only the rows matching its condition (${quoteStatement(where)})`;
}
function judgeInsertSelect(item, text) {
  let source = /\bSELECT\b[\s\S]*?\bFROM\s+([\w.]+)/i.exec(text)?.[1];
  return withNote(
    item,
    "warning",
    `it adds rows${source ? ` copied from ${source}` : ""} and changes none N-1 wrote; N-1 reads the new rows like its own, and a rollback does not remove them`
  );
}
function withNote(item, severity, why) {
  return item.severity = severity, item.note = item.note ? `${item.note}; ${why}` : why, item;
}

// src/assess/migrations/pg-parser-process.ts
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
var CHILD_SCRIPT = fileURLToPath(new URL("./pg-parse-child.mjs", import.meta.url)), STDERR_TAIL = 2e3, PgParserProcess = class {
  child;
  pending = /* @__PURE__ */ new Map();
  nextId = 1;
  stderr = "";
  failure = null;
  constructor(script = CHILD_SCRIPT) {
    this.child = spawn(process.execPath, ["--liftoff-only", script], {
      stdio: ["pipe", "pipe", "pipe"],
      // It parses SQL and nothing else: tokens and credentials in the job's environment stay here.
      env: minimalEnv()
    }), this.child.stderr.setEncoding("utf8"), this.child.stderr.on("data", (chunk) => {
      this.stderr = (this.stderr + chunk).slice(-STDERR_TAIL);
    }), createInterface({ input: this.child.stdout, crlfDelay: 1 / 0 }).on(
      "line",
      (line) => this.answer(line)
    ), this.child.on("error", (error) => this.fail(`could not start (${error.message})`)), this.child.on(
      "close",
      (code, signal) => this.fail(`exited (${signal ?? `code ${code}`})${this.stderr ? `: ${this.stderr.trim()}` : ""}`)
    ), this.child.stdin.on("error", () => {
    }), this.idle();
  }
  /** The parse tree of `sql`, or the parser's error; rejects when the process itself failed. */
  parse(sql) {
    if (this.failure) return Promise.reject(this.failure);
    let id = this.nextId++, answer = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    return this.pending.size === 1 && this.busy(), this.child.stdin.write(`${JSON.stringify({ id, sql })}
`), answer;
  }
  /** Ends the child (its stdin closes; it exits when the requests it has are answered). */
  close() {
    this.child.stdin.end();
  }
  answer(line) {
    let parsed;
    try {
      parsed = JSON.parse(line);
    } catch {
      return this.refuse(`answered something that is not JSON: ${line.slice(0, 200)}`);
    }
    if (parsed === null || typeof parsed != "object")
      return this.refuse(`answered something that is not an answer: ${line.slice(0, 200)}`);
    let answer = parsed, waiting = typeof answer.id == "number" ? this.pending.get(answer.id) : void 0;
    if (!waiting) return this.refuse(`answered a request it was not asked (${line.slice(0, 200)})`);
    this.pending.delete(answer.id), this.pending.size === 0 && this.idle(), waiting.resolve(
      answer.ok === !0 ? { ok: !0, tree: answer.tree } : {
        ok: !1,
        message: typeof answer.message == "string" ? answer.message : "the parser failed",
        cursorPosition: typeof answer.cursorPosition == "number" ? answer.cursorPosition : null
      }
    );
  }
  /** A child that breaks the protocol is not trusted with another request. */
  refuse(reason) {
    this.fail(reason), this.child.kill();
  }
  fail(reason) {
    this.failure ??= new Error(`the Postgres parser process ${reason}`);
    for (let waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear(), this.idle();
  }
  /** While answers are awaited, the child and its output keep the event loop alive ... */
  busy() {
    this.child.ref(), this.child.stdout.ref?.();
  }
  /** ... and while none are, they do not: an idle parser never holds the action open. */
  idle() {
    this.child.unref();
    for (let stream of [this.child.stdout, this.child.stderr, this.child.stdin]) stream.unref?.();
  }
  /** The child's process id (diagnostics: the benchmark reads its peak memory). */
  get pid() {
    return this.child.pid;
  }
  get failed() {
    return this.failure !== null;
  }
};
function minimalEnv() {
  let env = {};
  for (let name of ["PATH", "SystemRoot", "SYSTEMROOT", "TMPDIR", "TEMP", "TMP"])
    process.env[name] !== void 0 && (env[name] = process.env[name]);
  return env;
}

// src/assess/migrations/sql-postgres.ts
var parserProcess = null, failedProcesses = 0, MAX_PARSER_FAILURES = 3, parserScript;
function runningParser() {
  if (parserProcess?.failed && (failedProcesses++, parserProcess = null), failedProcesses >= MAX_PARSER_FAILURES)
    throw new Error(`the Postgres parser process failed ${failedProcesses} times in this run`);
  return parserProcess ??= new PgParserProcess(parserScript), parserProcess;
}
async function parseWithChild(sql) {
  try {
    return await runningParser().parse(sql);
  } catch {
    return runningParser().parse(sql);
  }
}
function startPostgresParser() {
  try {
    runningParser();
  } catch {
  }
}
async function classifyPostgres(sql, firstLine = 1) {
  let answer;
  try {
    answer = await parseWithChild(sql);
  } catch (error) {
    return {
      ok: !1,
      error: { message: `the Postgres parser did not run: ${messageOf(error)}`, line: null },
      toolFailed: !0
    };
  }
  if (!answer.ok)
    return {
      ok: !1,
      error: { message: answer.message, line: errorLine(sql, answer.cursorPosition, firstLine) }
    };
  let parsed = answer.tree, utf8 = Buffer.from(sql, "utf8"), lineOf2 = lineLocator(sql), createdTables = /* @__PURE__ */ new Set(), findings = [];
  for (let raw of parsed.stmts ?? []) {
    let byteOffset = raw.stmt_location ?? 0, charOffset = utf8.length === sql.length ? byteOffset : byteOffsetToCharOffset(utf8, byteOffset), start = skipSqlTrivia(sql, charOffset), line = lineOf2(start) + firstLine - 1, found = classifyStatement(raw.stmt, line, createdTables);
    if (found.some((item) => item.effect === "data-rewrite")) {
      let text = statementText(sql, utf8, byteOffset, raw.stmt_len);
      findings.push(...found.map((item) => judgeDataStatement(item, text)));
    } else findings.push(...found);
  }
  return { ok: !0, findings };
}
function statementText(sql, utf8, byteOffset, byteLength) {
  let end = byteLength ? byteOffset + byteLength : utf8.length;
  return utf8.length === sql.length ? sql.slice(byteOffset, end) : utf8.subarray(byteOffset, end).toString("utf8");
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
function errorLine(sql, cursorPosition, firstLine) {
  if (cursorPosition === null) return null;
  let offset = byteOffsetToCharOffset(Buffer.from(sql, "utf8"), Math.max(0, cursorPosition - 1));
  return lineAt(sql, offset) + firstLine - 1;
}
function child(node, key) {
  let value = node?.[key];
  return value !== null && typeof value == "object" ? value : void 0;
}
function str(node, key) {
  let value = node?.[key];
  return typeof value == "string" ? value : void 0;
}
function list(node, key) {
  let value = node?.[key];
  return Array.isArray(value) ? value : [];
}
function relationName(relation) {
  let schema = str(relation, "schemaname"), name = str(relation, "relname") ?? "?";
  return schema ? `${schema}.${name}` : name;
}
function dottedName(items) {
  return items.map((item) => str(child(item, "String"), "sval") ?? "?").join(".");
}
function dropObjectNames(objects) {
  return objects.map((object) => {
    let items = list(child(object, "List"), "items");
    if (items.length > 0) return dottedName(items);
    let typeName = child(object, "TypeName");
    return typeName ? dottedName(list(typeName, "names")) : str(child(object, "String"), "sval") ?? "?";
  }).join(", ");
}
function classifyStatement(stmt, line, createdTables) {
  let [type, body] = Object.entries(stmt)[0] ?? ["", {}], node = body;
  switch (type) {
    case "CreateStmt": {
      let table2 = relationName(child(node, "relation"));
      return createdTables.add(table2), [finding("additive", line, `CREATE TABLE ${table2}`)];
    }
    case "AlterTableStmt":
      return classifyAlterTable(node, line, createdTables);
    case "RenameStmt":
      return [classifyRename(node, line)];
    case "DropStmt":
      return [classifyDrop(node, line)];
    case "TruncateStmt": {
      let tables = list(node, "relations").map((r) => relationName(child(r, "RangeVar"))).join(", ");
      return [finding("data-rewrite", line, `TRUNCATE ${tables}`, { subject: tables })];
    }
    case "UpdateStmt": {
      let table2 = relationName(child(node, "relation")), columns = list(node, "targetList").map((target) => str(child(target, "ResTarget"), "name")).filter((name) => name !== void 0);
      return [
        finding("data-rewrite", line, `UPDATE ${table2} (data rewrite)`, {
          subject: columnsSubject(table2, columns)
        })
      ];
    }
    case "DeleteStmt": {
      let table2 = relationName(child(node, "relation"));
      return [finding("data-rewrite", line, `DELETE FROM ${table2}`, { subject: table2 })];
    }
    case "InsertStmt":
      return [classifyInsert(node, line)];
    case "AlterEnumStmt": {
      let type2 = dottedName(list(node, "typeName")), oldValue = str(node, "oldVal");
      return oldValue !== void 0 ? [
        finding(
          "destructive",
          line,
          `ALTER TYPE ${type2} RENAME VALUE '${oldValue}' TO '${str(node, "newVal") ?? "?"}'`,
          {
            subject: `${type2} '${oldValue}'`
          }
        )
      ] : [finding("additive", line, `ALTER TYPE ${type2} ADD VALUE '${str(node, "newVal") ?? "?"}'`)];
    }
    case "IndexStmt": {
      let table2 = relationName(child(node, "relation")), name = str(node, "idxname") ?? "(unnamed)";
      if (node.unique === !0 && !createdTables.has(table2)) {
        let columns = list(node, "indexParams").map((param) => str(child(param, "IndexElem"), "name")).filter((column2) => column2 !== void 0);
        return [
          finding("constraining", line, `CREATE UNIQUE INDEX ${name} ON ${table2}`, {
            subject: columnsSubject(table2, columns)
          })
        ];
      }
      return [
        finding(
          "additive",
          line,
          `CREATE ${node.unique === !0 ? "UNIQUE " : ""}INDEX ${name} ON ${table2}`
        )
      ];
    }
    case "DoStmt":
      return [
        finding("unverifiable", line, "DO block", {
          note: "procedural or dynamic SQL cannot be checked without running it"
        })
      ];
    case "ViewStmt": {
      let view = relationName(child(node, "view"));
      return node.replace === !0 ? [
        finding("unverifiable", line, `CREATE OR REPLACE VIEW ${view}`, {
          note: "the replaced view may no longer match what N-1 reads"
        })
      ] : [finding("additive", line, `CREATE VIEW ${view}`)];
    }
    case "CreateFunctionStmt": {
      let fn = dottedName(list(node, "funcname"));
      return node.replace === !0 ? [
        finding("unverifiable", line, `CREATE OR REPLACE FUNCTION ${fn}`, {
          note: "the replaced function body is not checked"
        })
      ] : [finding("additive", line, `CREATE FUNCTION ${fn}`)];
    }
    case "CreateTrigStmt":
      return [
        finding(
          "unverifiable",
          line,
          `CREATE TRIGGER ${str(node, "trigname") ?? "?"} ON ${relationName(child(node, "relation"))}`,
          {
            note: "trigger logic may reject or rewrite writes from N-1"
          }
        )
      ];
    case "CreateEnumStmt":
      return [finding("additive", line, `CREATE TYPE ${dottedName(list(node, "typeName"))} AS ENUM`)];
    case "CreateSeqStmt":
    case "CreateSchemaStmt":
    case "CreateExtensionStmt":
    case "CreateDomainStmt":
    case "CompositeTypeStmt":
    case "CreateTableAsStmt":
    case "CommentStmt":
    case "GrantStmt":
    case "AlterSeqStmt":
    case "CreatePolicyStmt":
    case "AlterOwnerStmt":
      return [finding("additive", line, readableStatementName(type))];
    // Session and transaction control change no schema.
    case "TransactionStmt":
    case "VariableSetStmt":
    case "SelectStmt":
      return [];
    default:
      return [
        finding("unverifiable", line, readableStatementName(type), {
          note: `statement type ${type} is not classified`
        })
      ];
  }
}
function columnsSubject(table2, columns) {
  return columns.length ? `${table2}.${columns.join(", ")}` : table2;
}
function readableStatementName(type) {
  return type.replace(/Stmt$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").toUpperCase();
}
function classifyInsert(node, line) {
  let table2 = relationName(child(node, "relation")), select = child(child(node, "selectStmt"), "SelectStmt");
  return select && list(select, "valuesLists").length === 0 ? finding("data-rewrite", line, `INSERT INTO ${table2} ... SELECT (backfill)`, { subject: table2 }) : finding("additive", line, `INSERT INTO ${table2} VALUES (seed data)`);
}
function classifyRename(node, line) {
  let renameType = str(node, "renameType") ?? "", table2 = relationName(child(node, "relation")), newName = str(node, "newname") ?? "?";
  switch (renameType) {
    case "OBJECT_COLUMN": {
      let column2 = `${table2}.${str(node, "subname") ?? "?"}`;
      return finding("destructive", line, `RENAME COLUMN ${column2} TO ${newName}`, { subject: column2 });
    }
    case "OBJECT_TABLE":
      return finding("destructive", line, `RENAME TABLE ${table2} TO ${newName}`, { subject: table2 });
    case "OBJECT_INDEX":
    case "OBJECT_TABCONSTRAINT":
      return finding("additive", line, `RENAME ${renameType.replace("OBJECT_", "")} ${table2} TO ${newName}`);
    default: {
      let kind = renameType.replace("OBJECT_", "");
      return finding("destructive", line, `RENAME ${kind} TO ${newName}`, { subject: kind.toLowerCase() });
    }
  }
}
var DESTRUCTIVE_DROPS = /* @__PURE__ */ new Set([
  "OBJECT_TABLE",
  "OBJECT_VIEW",
  "OBJECT_MATVIEW",
  "OBJECT_SEQUENCE",
  "OBJECT_TYPE",
  "OBJECT_DOMAIN",
  "OBJECT_FUNCTION",
  "OBJECT_PROCEDURE",
  "OBJECT_SCHEMA",
  "OBJECT_FOREIGN_TABLE"
]);
function classifyDrop(node, line) {
  let removeType = str(node, "removeType") ?? "OBJECT_UNKNOWN", what = removeType.replace("OBJECT_", "").replace("_", " "), names = dropObjectNames(list(node, "objects")), operation = `DROP ${what} ${names}`;
  return DESTRUCTIVE_DROPS.has(removeType) ? finding("destructive", line, operation, { subject: names }) : removeType === "OBJECT_INDEX" ? finding("unverifiable", line, operation, {
    note: "N-1 keeps working but may be slower; a unique index also stops guarding duplicates"
  }) : finding("unverifiable", line, operation);
}
var HARMLESS_ALTER_SUBTYPES = /* @__PURE__ */ new Set([
  "AT_DropNotNull",
  "AT_DropConstraint",
  "AT_ValidateConstraint",
  "AT_SetStatistics",
  "AT_SetStorage",
  "AT_SetCompression",
  "AT_ChangeOwner",
  "AT_SetRelOptions",
  "AT_ResetRelOptions",
  "AT_ClusterOn",
  "AT_DropCluster",
  "AT_ReplicaIdentity",
  "AT_AddIndex",
  "AT_AddIdentity",
  "AT_SetIdentity"
]);
function classifyAlterTable(node, line, createdTables) {
  let table2 = relationName(child(node, "relation")), newTable = createdTables.has(table2);
  return list(node, "cmds").map((cmdNode) => {
    let cmd = child(cmdNode, "AlterTableCmd") ?? {}, subtype = str(cmd, "subtype") ?? "AT_Unknown", column2 = `${table2}.${str(cmd, "name") ?? "?"}`;
    switch (subtype) {
      case "AT_AddColumn":
        return classifyAddColumn(table2, child(child(cmd, "def"), "ColumnDef") ?? {}, line, newTable);
      case "AT_DropColumn":
        return finding("destructive", line, `DROP COLUMN ${column2}`, { subject: column2 });
      case "AT_AlterColumnType": {
        let typeName = child(child(child(cmd, "def"), "ColumnDef"), "typeName"), type = typeName ? typeText(typeName) : "?";
        return finding("destructive", line, `ALTER COLUMN ${column2} TYPE ${type}`, {
          subject: column2,
          alteration: { column: column2, to: type }
        });
      }
      case "AT_SetNotNull":
        return newTable ? finding("additive", line, `ALTER COLUMN ${column2} SET NOT NULL (new table)`) : finding("constraining", line, `ALTER COLUMN ${column2} SET NOT NULL`, {
          subject: column2,
          columnChange: { column: column2, change: "set-not-null" }
        });
      case "AT_AddConstraint":
        return classifyAddConstraint(table2, child(child(cmd, "def"), "Constraint") ?? {}, line, newTable);
      case "AT_ColumnDefault":
        return cmd.def === void 0 ? finding("unverifiable", line, `ALTER COLUMN ${column2} DROP DEFAULT`, {
          note: "N-1 inserts that relied on the default may now fail"
        }) : finding("additive", line, `ALTER COLUMN ${column2} SET DEFAULT`, {
          columnChange: { column: column2, change: "set-default" }
        });
      case "AT_EnableRowSecurity":
      case "AT_ForceRowSecurity":
        return finding("unverifiable", line, `ALTER TABLE ${table2} ENABLE ROW LEVEL SECURITY`, {
          note: "policies may hide rows from N-1"
        });
      default:
        return HARMLESS_ALTER_SUBTYPES.has(subtype) || subtype.startsWith("AT_EnableTrig") || subtype.startsWith("AT_DisableTrig") ? finding("additive", line, `ALTER TABLE ${table2} ${subtype.replace("AT_", "")}`) : finding("unverifiable", line, `ALTER TABLE ${table2} ${subtype.replace("AT_", "")}`, {
          note: `ALTER TABLE subcommand ${subtype} is not classified`
        });
    }
  });
}
function typeText(typeName) {
  let name = dottedName(list(typeName, "names")).replace(/^pg_catalog\./, ""), modifiers = list(typeName, "typmods").map((mod) => child(child(mod, "A_Const"), "ival")?.ival).filter((value) => typeof value == "number");
  return modifiers.length ? `${name}(${modifiers.join(",")})` : name;
}
function classifyAddColumn(table2, columnDef, line, newTable) {
  let column2 = `${table2}.${str(columnDef, "colname") ?? "?"}`, types = list(columnDef, "constraints").map((c) => str(child(c, "Constraint"), "contype")), notNull = types.includes("CONSTR_NOTNULL") || types.includes("CONSTR_PRIMARY"), filled = list(child(columnDef, "typeName"), "names").map((n) => str(child(n, "String"), "sval")).some((name) => name !== void 0 && /^(?:small|big)?serial[248]?$/.test(name)) || types.includes("CONSTR_DEFAULT") || types.includes("CONSTR_IDENTITY") || types.includes("CONSTR_GENERATED");
  return notNull && !filled && !newTable ? finding("constraining", line, `ADD COLUMN ${column2} NOT NULL without DEFAULT`, {
    subject: column2,
    note: "N-1 does not know the column, so its inserts fail"
  }) : finding("additive", line, `ADD COLUMN ${column2}${notNull ? " NOT NULL DEFAULT" : ""}`);
}
var CONSTRAINT_NAMES = {
  CONSTR_UNIQUE: "UNIQUE",
  CONSTR_PRIMARY: "PRIMARY KEY",
  CONSTR_CHECK: "CHECK",
  CONSTR_FOREIGN: "FOREIGN KEY",
  CONSTR_EXCLUSION: "EXCLUDE"
};
function columnRefs(expression) {
  let found = [], visit = (node) => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node != "object") return;
    let ref = child(node, "ColumnRef");
    if (ref) {
      let name = list(ref, "fields").map((field) => str(child(field, "String"), "sval")).pop();
      name !== void 0 && !found.includes(name) && found.push(name);
      return;
    }
    Object.values(node).forEach(visit);
  };
  return visit(expression), found;
}
var NULL_AWARE_NODES = /* @__PURE__ */ new Set([
  "NullTest",
  "BooleanTest",
  "CoalesceExpr",
  "CaseExpr",
  "MinMaxExpr",
  "FuncCall"
]), NULL_AWARE_OPERATORS = /* @__PURE__ */ new Set(["AEXPR_NULLIF", "AEXPR_DISTINCT", "AEXPR_NOT_DISTINCT"]);
function toleratesNull(expression) {
  let tolerant = !0, visit = (node) => {
    if (!(!tolerant || node === null || typeof node != "object")) {
      if (Array.isArray(node)) return node.forEach(visit);
      for (let [key, value] of Object.entries(node))
        NULL_AWARE_NODES.has(key) && (tolerant = !1), key === "A_Expr" && NULL_AWARE_OPERATORS.has(str(value, "kind") ?? "") && (tolerant = !1), visit(value);
    }
  };
  return visit(expression), tolerant;
}
function classifyAddConstraint(table2, constraint, line, newTable) {
  let contype = str(constraint, "contype") ?? "", label = CONSTRAINT_NAMES[contype] ?? contype.replace("CONSTR_", ""), name = str(constraint, "conname"), operation = `ADD CONSTRAINT ${name ? `${name} ` : ""}${label} ON ${table2}`;
  if (newTable) return finding("additive", line, `${operation} (new table)`);
  let columns = [...list(constraint, "fk_attrs"), ...list(constraint, "keys")].map((item) => str(child(item, "String"), "sval")).filter((column2) => column2 !== void 0), subject = contype === "CONSTR_CHECK" ? columnsSubject(table2, toleratesNull(constraint.raw_expr) ? columnRefs(constraint.raw_expr) : []) : columnsSubject(table2, columns);
  return constraint.skip_validation === !0 ? finding("constraining", line, `${operation} NOT VALID`, {
    subject,
    severity: "warning",
    note: "existing rows are not checked, but new writes from N-1 are"
  }) : finding("constraining", line, operation, { subject });
}

// src/assess/migrations/sql-dialects.ts
var DATABASE_OPTION = {
  mysql: "MySQL",
  mariadb: "MariaDB",
  sqlite: "sqlite",
  transactsql: "transactsql"
}, parsers = /* @__PURE__ */ new Map();
function loadParser(dialect) {
  let loaded = parsers.get(dialect);
  return loaded || (loaded = importBuild(dialect).then((module) => {
    let exported = module, ParserClass = exported.default?.Parser ?? exported.Parser;
    if (!ParserClass) throw new Error(`node-sql-parser build for ${dialect} has no Parser`);
    return new ParserClass();
  }), parsers.set(dialect, loaded), loaded.catch(() => parsers.delete(dialect))), loaded;
}
function importBuild(dialect) {
  switch (dialect) {
    case "mysql":
      return import("./mysql-JERMCJG4.js");
    case "mariadb":
      return import("./mariadb-SZXX2VBB.js");
    case "sqlite":
      return import("./sqlite-JPYF7JCV.js");
    case "transactsql":
      return import("./transactsql-IKMCZUJP.js");
  }
}
function splitStatements(sql) {
  let statements = [], start = 0, i = 0, push = (end, next) => {
    let offset = skipSqlTrivia(sql, start);
    offset < end && statements.push({ text: sql.slice(offset, end), offset }), start = next;
  };
  for (; i < sql.length; ) {
    let ch = sql[i];
    if (ch === "'" || ch === '"' || ch === "`" || ch === "[") {
      let close = ch === "[" ? "]" : ch, j = i + 1;
      for (; j < sql.length && sql[j] !== close; ) j += sql[j] === "\\" && ch !== "[" ? 2 : 1;
      i = j + 1;
    } else if (sql.startsWith("--", i) || ch === "#") {
      let newline = sql.indexOf(`
`, i);
      i = newline === -1 ? sql.length : newline + 1;
    } else if (sql.startsWith("/*", i)) {
      let close = sql.indexOf("*/", i + 2);
      i = close === -1 ? sql.length : close + 2;
    } else ch === ";" ? (push(i, i + 1), i++) : (i === 0 || sql[i - 1] === `
`) && /^GO[ \t]*(?:\r?\n|$)/i.test(sql.slice(i, i + 5)) ? (push(i, i + 2), i += 2) : i++;
  }
  return push(sql.length, sql.length), statements;
}
async function classifyOtherDialect(sql, dialect, firstLine = 1) {
  let result = { findings: [], errors: [] }, parser;
  try {
    parser = await loadParser(dialect);
  } catch (error) {
    return result.errors.push({
      message: `the ${dialect} parser did not load: ${messageOf2(error)}`,
      line: firstLine,
      statement: sql
    }), result;
  }
  let lineOf2 = lineLocator(sql);
  for (let statement of splitStatements(sql)) {
    let line = lineOf2(statement.offset) + firstLine - 1, ast;
    try {
      ast = parser.astify(statement.text, { database: DATABASE_OPTION[dialect] });
    } catch (error) {
      result.errors.push({ message: messageOf2(error), line, statement: statement.text });
      continue;
    }
    for (let node of Array.isArray(ast) ? ast : [ast])
      try {
        let found = classifyNode(node, line);
        result.findings.push(...found.map((item) => judgeDataStatement(item, statement.text)));
      } catch (error) {
        result.errors.push({ message: messageOf2(error), line, statement: statement.text });
      }
  }
  return result;
}
function messageOf2(error) {
  return error instanceof Error ? error.message : String(error);
}
function tableName(table2) {
  let first = Array.isArray(table2) ? table2[0] : table2;
  if (first === null || typeof first != "object") return "?";
  let { db, table: name } = first;
  return typeof db == "string" && db ? `${db}.${String(name)}` : String(name ?? "?");
}
function columnName(column2) {
  if (typeof column2 == "string") return column2;
  if (column2 && typeof column2 == "object") {
    let inner = column2.column;
    if (typeof inner == "string") return inner;
    let value = inner?.expr;
    if (typeof value?.value == "string") return value.value;
  }
  return "?";
}
function namesOf(value) {
  return value == null ? [] : Array.isArray(value) ? value : [value];
}
function classifyNode(node, line) {
  let type = String(node.type ?? "").toLowerCase(), keyword = String(node.keyword ?? "").toLowerCase();
  switch (type) {
    case "create": {
      if (keyword === "index") {
        let table2 = tableName(node.table), unique = String(node.index_type ?? "").toLowerCase() === "unique", operation = `CREATE ${unique ? "UNIQUE " : ""}INDEX ${String(node.index ?? "")} ON ${table2}`;
        return [
          unique ? finding("constraining", line, operation, { subject: table2 }) : finding("additive", line, operation)
        ];
      }
      return [finding("additive", line, `CREATE ${keyword.toUpperCase()} ${tableName(node.table)}`)];
    }
    case "alter":
      return (node.expr ?? []).map(
        (expr) => classifyAlter(tableName(node.table), expr, line)
      );
    case "drop": {
      if (keyword === "index") {
        let index = namesOf(node.name).map(columnName).join(", "), on = node.table ? ` ON ${tableName(node.table)}` : "";
        return [
          finding("unverifiable", line, `DROP INDEX ${index}${on}`, {
            note: "N-1 keeps working but may be slower",
            category: "destructive"
          })
        ];
      }
      let names = namesOf(node.name).map((n) => tableName(n)).join(", ");
      return [finding("destructive", line, `DROP ${keyword.toUpperCase()} ${names}`, { subject: names })];
    }
    case "rename":
      return (node.table ?? []).map((pair) => {
        let from = tableName(pair[0]);
        return finding("destructive", line, `RENAME TABLE ${from} TO ${tableName(pair[1])}`, {
          subject: from
        });
      });
    case "truncate": {
      let names = namesOf(node.name).map((n) => tableName(n)).join(", ");
      return [finding("data-rewrite", line, `TRUNCATE ${names}`, { subject: names })];
    }
    case "update": {
      let table2 = tableName(node.table), columns = (node.set ?? []).map((assignment) => assignment.column).filter((column2) => typeof column2 == "string");
      return [
        finding("data-rewrite", line, `UPDATE ${table2} (data rewrite)`, {
          subject: columns.length ? `${table2}.${columns.join(", ")}` : table2
        })
      ];
    }
    case "delete": {
      let table2 = tableName(node.from ?? node.table);
      return [finding("data-rewrite", line, `DELETE FROM ${table2}`, { subject: table2 })];
    }
    case "insert":
    case "replace": {
      let table2 = tableName(node.table), values = node.values;
      return values && values.type === "select" ? [
        finding("data-rewrite", line, `INSERT INTO ${table2} ... SELECT (backfill)`, { subject: table2 })
      ] : [finding("additive", line, `INSERT INTO ${table2} VALUES (seed data)`)];
    }
    case "use":
    case "set":
    case "select":
    case "transaction":
      return [];
    default:
      return [
        finding("unverifiable", line, type ? type.toUpperCase() : "unknown statement", {
          note: "statement type is not classified"
        })
      ];
  }
}
function dataTypeOf(definition) {
  if (!definition || typeof definition != "object") return null;
  let { dataType, length, scale } = definition;
  return typeof dataType != "string" ? null : typeof length != "number" ? dataType : `${dataType}(${length}${typeof scale == "number" ? `,${scale}` : ""})`;
}
function classifyAlter(table2, expr, line) {
  let action = String(expr.action ?? "").toLowerCase(), resource = String(expr.resource ?? "").toLowerCase(), column2 = `${table2}.${columnName(expr.column)}`;
  if (resource === "column" || expr.column !== void 0)
    switch (action) {
      case "add":
        return expr.nullable?.type === "not null" && expr.default_val == null ? finding("constraining", line, `ADD COLUMN ${column2} NOT NULL without DEFAULT`, {
          subject: column2
        }) : finding("additive", line, `ADD COLUMN ${column2}`);
      case "drop":
        return finding("destructive", line, `DROP COLUMN ${column2}`, { subject: column2 });
      case "rename":
      case "change": {
        let from = `${table2}.${columnName(expr.old_column)}`;
        return finding(
          "destructive",
          line,
          `${action === "change" ? "CHANGE" : "RENAME"} COLUMN ${from} TO ${columnName(expr.column)}`,
          { subject: from }
        );
      }
      case "modify":
      case "alter": {
        let type = dataTypeOf(expr.definition);
        return finding("destructive", line, `MODIFY COLUMN ${column2}${type ? ` ${type}` : ""}`, {
          subject: column2
        });
      }
    }
  if (action === "add" && resource === "constraint") {
    let definition = expr.create_definitions, label = String(definition?.constraint_type ?? "constraint").toUpperCase();
    return finding("constraining", line, `ADD ${label} ON ${table2}`, { subject: table2 });
  }
  if (action === "add" && resource === "index") return finding("additive", line, `ADD INDEX ON ${table2}`);
  if (action === "drop" && resource === "key" && /primary|foreign/i.test(String(expr.keyword ?? ""))) {
    let what = String(expr.keyword).toUpperCase(), name = typeof expr.key == "string" && expr.key ? ` ${expr.key}` : "";
    return finding("additive", line, `DROP ${what}${name} ON ${table2}`);
  }
  if (action === "drop" && (resource === "index" || resource === "key")) {
    let name = String(expr.index ?? expr.key ?? "") || "(unnamed)";
    return finding("unverifiable", line, `DROP INDEX ${name} ON ${table2}`, {
      note: "N-1 keeps working but may be slower",
      category: "destructive"
    });
  }
  if (action === "drop" && resource === "constraint")
    return finding("additive", line, `DROP CONSTRAINT ON ${table2}`);
  if (action === "rename") {
    let target = typeof expr.table == "string" ? ` TO ${expr.table}` : "";
    return finding("destructive", line, `RENAME TABLE ${table2}${target}`, { subject: table2 });
  }
  return finding(
    "unverifiable",
    line,
    `ALTER TABLE ${table2} ${action.toUpperCase()} ${resource.toUpperCase()}`.trim(),
    {
      note: "ALTER TABLE action is not classified"
    }
  );
}

// src/assess/migrations/sections.ts
var MARKER = /^[ \t]*--[ \t]*(?:\+goose[ \t]+(up|down)\b|migrate:(up|down)\b).*$/gim;
function splitSqlSections(text) {
  let markers2 = [];
  for (let match of text.matchAll(MARKER)) {
    let direction = (match[1] ?? match[2] ?? "").toLowerCase() === "down" ? "down" : "up";
    markers2.push({
      offset: match.index,
      end: match.index + match[0].length,
      direction,
      framework: match[1] !== void 0 ? "goose" : "dbmate"
    });
  }
  if (markers2.length === 0) return { up: text, down: null, downLine: null, framework: null };
  let up = text, down = text, downLine = null;
  return up = maskRange(up, 0, markers2[0].end), down = maskRange(down, 0, markers2[0].end), markers2.forEach((marker, index) => {
    let sectionEnd = markers2[index + 1]?.offset ?? text.length;
    marker.direction === "down" ? (downLine ??= lineAt(text, marker.offset), up = maskRange(up, marker.offset, sectionEnd)) : down = maskRange(down, marker.offset, sectionEnd), up = maskRange(up, marker.offset, marker.end), down = maskRange(down, marker.offset, marker.end);
  }), { up, down: downLine === null ? null : down, downLine, framework: markers2[0].framework };
}
function liquibaseRollbackSection(text) {
  let firstLine = null, lines = text.split(`
`).map((line, index) => {
    let rollback = /^\s*--\s*rollback\b\s?(.*)$/i.exec(line);
    return rollback ? (firstLine ??= index + 1, rollback[1] ?? "") : "";
  });
  return firstLine === null ? null : { sql: lines.join(`
`), line: firstLine };
}

// src/assess/migrations/sql-statements.ts
var NAME = String.raw`((?:[\`"\[]?[\w$]+[\`"\]]?\.)*[\`"\[]?[\w$]+[\`"\]]?)`, IF_EXISTS = String.raw`(?:IF\s+(?:NOT\s+)?EXISTS\s+)?`, ON_CLUSTER = String.raw`(?:\s+ON\s+CLUSTER\s+\S+)?`, DROP_OBJECT = new RegExp(
  String.raw`^DROP\s+(TABLE|VIEW|MATERIALIZED\s+VIEW|DICTIONARY|DATABASE|SCHEMA|SEQUENCE|TYPE|DOMAIN|FUNCTION|PROCEDURE|TRIGGER|INDEX)\s+(?:CONCURRENTLY\s+)?${IF_EXISTS}${NAME}`,
  "i"
), RENAME_TABLE = /^RENAME\s+(?:TABLE|DICTIONARY)\s+([\s\S]+)$/i, EXCHANGE = new RegExp(String.raw`^EXCHANGE\s+(?:TABLES|DICTIONARIES)\s+${NAME}\s+AND\s+${NAME}`, "i"), ALTER_TABLE = new RegExp(
  String.raw`^ALTER\s+TABLE\s+(?:ONLY\s+)?${IF_EXISTS}${NAME}${ON_CLUSTER}\s+([\s\S]+)$`,
  "i"
), CREATE = new RegExp(
  String.raw`^CREATE\s+(OR\s+REPLACE\s+)?(?:TEMPORARY\s+)?(UNIQUE\s+)?(TABLE|VIEW|MATERIALIZED\s+VIEW|DICTIONARY|INDEX|DATABASE|SCHEMA|TYPE|FUNCTION|SEQUENCE|TRIGGER|EXTENSION)\s+(?:CONCURRENTLY\s+)?${IF_EXISTS}${NAME}`,
  "i"
), INDEX_TABLE = new RegExp(String.raw`\bON\s+(?:ONLY\s+)?${NAME}`, "i"), INSERT = new RegExp(String.raw`^INSERT\s+(?:INTO\s+)?(?:TABLE\s+)?${NAME}`, "i"), UPDATE = new RegExp(String.raw`^UPDATE\s+(?:ONLY\s+)?${NAME}`, "i"), DELETE = new RegExp(String.raw`^DELETE\s+FROM\s+(?:ONLY\s+)?${NAME}`, "i"), TRUNCATE = new RegExp(String.raw`^TRUNCATE\s+(?:TABLE\s+)?${IF_EXISTS}${NAME}`, "i"), NO_SCHEMA_CHANGE = /^(?:SET|USE|BEGIN|COMMIT|START|END|ROLLBACK|SELECT|SAVEPOINT|RELEASE|PRAGMA|ANALYZE|VACUUM|OPTIMIZE|SYSTEM)\b/i;
function unquote(name) {
  return name.replace(/[`"[\]]/g, "");
}
function scanStatements(sql, firstLine = 1) {
  let lineOf2 = lineLocator(sql), findings = [];
  for (let statement of splitStatements(sql)) {
    let text = statement.text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, " ").trim();
    if (!text) continue;
    let line = lineOf2(statement.offset) + firstLine - 1;
    findings.push(...scanStatement(text, line).map((item) => judgeDataStatement(item, text)));
  }
  return findings;
}
function scanStatement(text, line) {
  let match;
  if (match = DROP_OBJECT.exec(text)) {
    let kind = match[1].toUpperCase().replace(/\s+/g, " "), name = unquote(match[2]);
    return kind === "INDEX" ? [
      finding("unverifiable", line, `DROP INDEX ${name}`, {
        note: "N-1 keeps working but may be slower",
        category: "destructive"
      })
    ] : [finding("destructive", line, `DROP ${kind} ${name}`, { subject: name })];
  }
  if (match = EXCHANGE.exec(text)) {
    let [a, b] = [unquote(match[1]), unquote(match[2])];
    return [finding("destructive", line, `EXCHANGE TABLES ${a} AND ${b}`, { subject: a })];
  }
  if (match = RENAME_TABLE.exec(text)) return renamePairs(match[1], line);
  if (match = ALTER_TABLE.exec(text)) {
    let table2 = unquote(match[1]);
    return splitTopLevel(match[2]).map((action) => scanAlterAction(table2, action.trim(), line));
  }
  if (match = CREATE.exec(text)) {
    let [, replace, unique, rawKind, rawName] = match, kind = rawKind.toUpperCase().replace(/\s+/g, " "), name = unquote(rawName);
    if (kind === "INDEX") {
      let table2 = unquote(INDEX_TABLE.exec(text)?.[1] ?? "?");
      return unique ? [finding("constraining", line, `CREATE UNIQUE INDEX ${name} ON ${table2}`, { subject: table2 })] : [finding("additive", line, `CREATE INDEX ${name} ON ${table2}`)];
    }
    return replace && kind !== "TABLE" ? [
      finding("unverifiable", line, `CREATE OR REPLACE ${kind} ${name}`, {
        note: `the replaced ${kind.toLowerCase()} may no longer match what N-1 reads`
      })
    ] : [finding("additive", line, `CREATE ${kind} ${name}`)];
  }
  if (match = INSERT.exec(text)) {
    let table2 = unquote(match[1]);
    return /\bSELECT\b/i.test(text) && !/\bVALUES\b/i.test(text) ? [finding("data-rewrite", line, `INSERT INTO ${table2} ... SELECT (backfill)`, { subject: table2 })] : [finding("additive", line, `INSERT INTO ${table2} VALUES (seed data)`)];
  }
  if (match = UPDATE.exec(text)) {
    let table2 = unquote(match[1]), assignments2 = /\bSET\s+([\s\S]*?)(?:\bWHERE\b|\bFROM\b|$)/i.exec(text)?.[1] ?? "", columns = splitTopLevel(assignments2).map((part) => /^\s*[`"[]?(\w+)[`"\]]?\s*=/.exec(part)?.[1]).filter((column2) => column2 !== void 0), subject = columns.length ? `${table2}.${columns.join(", ")}` : table2;
    return [finding("data-rewrite", line, `UPDATE ${table2} (data rewrite)`, { subject })];
  }
  if (match = DELETE.exec(text)) {
    let table2 = unquote(match[1]);
    return [finding("data-rewrite", line, `DELETE FROM ${table2}`, { subject: table2 })];
  }
  if (match = TRUNCATE.exec(text)) {
    let table2 = unquote(match[1]);
    return [finding("data-rewrite", line, `TRUNCATE ${table2}`, { subject: table2 })];
  }
  if (NO_SCHEMA_CHANGE.test(text)) return [];
  let head = text.split(/\s+/).slice(0, 3).join(" ").toUpperCase();
  return [finding("unverifiable", line, head, { note: "statement not recognised" })];
}
function renamePairs(list2, line) {
  return splitTopLevel(list2.replace(/\s+ON\s+CLUSTER\s+\S+\s*$/i, "")).flatMap((pair) => {
    let names = new RegExp(`^\\s*${NAME}\\s+TO\\s+${NAME}`, "i").exec(pair);
    if (!names) return [];
    let from = unquote(names[1]);
    return [finding("destructive", line, `RENAME TABLE ${from} TO ${unquote(names[2])}`, { subject: from })];
  });
}
var CHECK_WORDS = new Set(
  "and or not in is null true false like ilike similar to between case when then else end any all some array cast as distinct from escape collate at time zone interval".split(
    " "
  )
);
function columnsOfCheck(expression) {
  let bare = expression.replace(/'(?:[^']|'')*'/g, " ").replace(/::\s*[\w." ]+?(?=[\s),]|$)/g, " ").replace(/["`[\]]/g, ""), columns = [];
  for (let match of bare.matchAll(/(?<![\w.])(?:\w+\.)?([A-Za-z_]\w*)\b(?!\s*\()/g)) {
    let name = match[1];
    CHECK_WORDS.has(name.toLowerCase()) || columns.includes(name) || columns.push(name);
  }
  return columns;
}
function checkToleratesNull(expression) {
  let bare = expression.replace(/'(?:[^']|'')*'/g, " ");
  return /\bIS\s+(?:NOT\s+)?(?:NULL|TRUE|FALSE|UNKNOWN|DISTINCT)\b|\b(?:COALESCE|NULLIF|CASE|NOTNULL|ISNULL)\b/i.test(
    bare
  ) ? !1 : ![...bare.matchAll(/\b(\w+)\s*\(/g)].some((m) => !/^(?:IN|ANY|ALL|SOME|ARRAY)$/i.test(m[1]));
}
function splitTopLevel(text) {
  let parts = [], depth = 0, current = "", quote = null;
  for (let ch of text) {
    if (quote)
      ch === quote && (quote = null);
    else if (ch === "'" || ch === '"' || ch === "`") quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      parts.push(current), current = "";
      continue;
    }
    current += ch;
  }
  return current.trim() && parts.push(current), parts;
}
var COLUMN = String.raw`(?:COLUMN\s+)?${IF_EXISTS}${NAME}`;
function scanAlterAction(table2, action, line) {
  let match, column2 = (name) => `${table2}.${unquote(name)}`;
  if (match = new RegExp(
    `^DROP\\s+(PRIMARY\\s+KEY|FOREIGN\\s+KEY|CONSTRAINT|CHECK|INDEX|KEY|PROJECTION)\\b\\s*${NAME}?`,
    "i"
  ).exec(action)) {
    let what = match[1].toUpperCase().replace(/\s+/g, " "), name = match[2] ? ` ${unquote(match[2])}` : "";
    return what === "INDEX" || what === "KEY" || what === "PROJECTION" ? finding("unverifiable", line, `DROP ${what}${name} ON ${table2}`, {
      note: "N-1 keeps working but may be slower",
      category: "destructive"
    }) : finding("additive", line, `DROP ${what}${name} ON ${table2}`);
  }
  if (match = new RegExp(`^DROP\\s+${COLUMN}\\s*(?:CASCADE|RESTRICT)?\\s*$`, "i").exec(action))
    return finding("destructive", line, `DROP COLUMN ${column2(match[1])}`, { subject: column2(match[1]) });
  if (match = new RegExp(`^RENAME\\s+${COLUMN}\\s+TO\\s+${NAME}`, "i").exec(action)) {
    let from = column2(match[1]);
    return finding("destructive", line, `RENAME COLUMN ${from} TO ${unquote(match[2])}`, { subject: from });
  }
  if (match = new RegExp(`^RENAME\\s+(?:TO|AS)\\s+${NAME}`, "i").exec(action))
    return finding("destructive", line, `RENAME TABLE ${table2} TO ${unquote(match[1])}`, { subject: table2 });
  if (match = new RegExp(`^CHANGE\\s+${COLUMN}\\s+${NAME}`, "i").exec(action)) {
    let from = column2(match[1]);
    return finding("destructive", line, `CHANGE COLUMN ${from} TO ${unquote(match[2])}`, { subject: from });
  }
  if (match = new RegExp(`^(?:ALTER|MODIFY)\\s+${COLUMN}\\s+([\\s\\S]*)$`, "i").exec(action)) {
    let target = column2(match[1]), rest = match[2].trim();
    if (/^SET\s+NOT\s+NULL/i.test(rest))
      return finding("constraining", line, `ALTER COLUMN ${target} SET NOT NULL`, {
        subject: target,
        columnChange: { column: target, change: "set-not-null" }
      });
    if (/^SET\s+DEFAULT/i.test(rest))
      return finding("additive", line, `ALTER COLUMN ${target} SET DEFAULT`, {
        columnChange: { column: target, change: "set-default" }
      });
    if (/^(?:DROP\s+NOT\s+NULL|DROP\s+DEFAULT|COMMENT|SET\s+STATISTICS|CODEC|TTL)/i.test(rest))
      return finding(
        "additive",
        line,
        `ALTER COLUMN ${target} ${rest.split(/\s+/).slice(0, 2).join(" ").toUpperCase()}`
      );
    let type = rest.replace(/^(?:SET\s+DATA\s+)?TYPE\s+/i, "").split(/\s+/)[0] ?? "?";
    return finding("destructive", line, `ALTER COLUMN ${target} TYPE ${type}`, { subject: target });
  }
  if (match = new RegExp(
    `^ADD\\s+(?:CONSTRAINT\\s+${NAME}\\s+)?(UNIQUE|FOREIGN\\s+KEY|CHECK|PRIMARY\\s+KEY)\\b`,
    "i"
  ).exec(action)) {
    let label = match[2].toUpperCase().replace(/\s+/g, " ");
    return finding("constraining", line, `ADD ${label} ON ${table2}`, { subject: table2 });
  }
  if (/^ADD\s+(?:INDEX|KEY|PROJECTION|STATISTICS|FULLTEXT|SPATIAL)\b/i.test(action) || /^MATERIALIZE\b/i.test(action))
    return finding(
      "additive",
      line,
      `ALTER TABLE ${table2} ${action.split(/\s+/).slice(0, 2).join(" ").toUpperCase()}`
    );
  if (match = new RegExp(`^ADD\\s+${COLUMN}([\\s\\S]*)$`, "i").exec(action)) {
    let target = column2(match[1]), definition = match[2] ?? "";
    return /\bNOT\s+NULL\b/i.test(definition) && !/\bDEFAULT\b/i.test(definition) ? finding("constraining", line, `ADD COLUMN ${target} NOT NULL without DEFAULT`, {
      subject: target,
      note: "N-1 does not know the column, so its inserts fail"
    }) : finding("additive", line, `ADD COLUMN ${target}`);
  }
  if (/^(?:DELETE|UPDATE)\b/i.test(action)) {
    let item = finding(
      "data-rewrite",
      line,
      `ALTER TABLE ${table2} ${action.split(/\s+/)[0].toUpperCase()} (data rewrite)`,
      {
        subject: table2
      }
    ), standard = /^DELETE\b/i.test(action) ? `DELETE FROM ${table2} ${action.replace(/^DELETE\s*/i, "")}` : `UPDATE ${table2} SET ${action.replace(/^UPDATE\s*/i, "")}`;
    return judgeDataStatement(item, standard);
  }
  return finding("unverifiable", line, `ALTER TABLE ${table2} ${action.split(/\s+/).slice(0, 2).join(" ")}`, {
    note: "ALTER TABLE action not recognised"
  });
}

// src/assess/migrations/sql.ts
var MYSQL_HINTS = /`|\bENGINE\s*=|\bAUTO_INCREMENT\b|\bUNSIGNED\b|\bMODIFY\s+COLUMN\b/i, TSQL_HINTS = /^\s*GO\s*$|(?<![\w\]])\[[A-Za-z_]\w*\]|\bNVARCHAR\b|\bIDENTITY\s*\(|\bsp_rename\b/im, SQLITE_HINTS = /\bAUTOINCREMENT\b|\bPRAGMA\b/i, CLICKHOUSE_HINTS = /\bENGINE\s*=\s*(?:Replicated|Replacing|Summing|Aggregating|Collapsing)?MergeTree\b|\bON\s+CLUSTER\b|\bEXCHANGE\s+TABLES\b|\bLowCardinality\s*\(/i;
function guessDialect(sql) {
  let code = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  return CLICKHOUSE_HINTS.test(code) ? "clickhouse" : TSQL_HINTS.test(code) ? "transactsql" : MYSQL_HINTS.test(code) ? "mysql" : SQLITE_HINTS.test(code) ? "sqlite" : "postgresql";
}
async function classifySql(sql, options = {}) {
  let dialect = options.dialect ?? guessDialect(sql), firstLine = options.firstLine ?? 1;
  if (dialect === "clickhouse") return scanStatements(sql, firstLine);
  if (dialect === "postgresql") {
    let result2 = await classifyPostgres(sql, firstLine);
    return result2.ok ? result2.findings : [result2.toolFailed ? parserFailure(dialect, result2.error.message) : parseFailure(dialect, result2.error.message, result2.error.line), ...withoutUnrecognised(scanStatements(sql, firstLine))];
  }
  let result = await classifyOtherDialect(sql, dialect, firstLine), failures = result.errors.flatMap((error) => [
    parseFailure(dialect, error.message, error.line),
    ...withoutUnrecognised(scanStatements(error.statement, error.line))
  ]);
  return [...result.findings, ...failures].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
function withoutUnrecognised(findings) {
  return findings.filter((item) => item.effect !== "additive" && item.effect !== "unverifiable");
}
var PARSE_FAILURE = "SQL that does not parse as ", PARSER_FAILURE = "SQL left unchecked: the parser failed for ";
function parseFailure(dialect, message, line) {
  let readable2 = message.length <= 120 && !/^Expected\b/.test(message);
  return finding("unverifiable", line, `${PARSE_FAILURE}${dialect}`, {
    ...readable2 ? { note: message } : {},
    evidence: message,
    category: "unparsed"
  });
}
function parserFailure(dialect, message) {
  return finding("unverifiable", null, `${PARSER_FAILURE}${dialect}`, {
    note: message,
    evidence: message,
    category: "unparsed"
  });
}
function isParseFailure(item) {
  return item.effect === "unverifiable" && (item.operation.startsWith(PARSE_FAILURE) || item.operation.startsWith(PARSER_FAILURE));
}
var DISCARDS_DATA = /\b(?:drop|remove|delete|truncate)/i;
function dataLossOperations(findings) {
  return findings.filter(
    (f) => f.effect === "data-rewrite" || f.effect === "destructive" && DISCARDS_DATA.test(f.operation)
  ).map((f) => f.operation);
}
async function analyseSqlMigration(text, options = {}) {
  let sections = splitSqlSections(text), analysis = { findings: await classifySql(sections.up, options), down: null };
  if (sections.framework && (analysis.framework = sections.framework), sections.down !== null) {
    let downFindings = await classifySql(sections.down, options);
    analysis.down = { line: sections.downLine, dataLoss: dataLossOperations(downFindings) };
  }
  return analysis;
}
async function analyseDownOnlySql(text, options = {}) {
  let downFindings = await classifySql(text, options);
  return { findings: downFindings.filter(isParseFailure), down: { line: 1, dataLoss: dataLossOperations(downFindings) } };
}

// src/assess/migrations/orm/literal.ts
var HEREDOC = /^<<([~-]?)(['"]?)([A-Za-z_]\w*)\2/, NAMED_SQL_ARGUMENT = /^(?:sql|query|statement)\s*[=:]\s*/;
function extractStringLiteral(source, start) {
  let i = skipSpace(source, start);
  for (; source[i] === "(" || source[i] === "["; ) i = skipSpace(source, i + 1);
  let named = NAMED_SQL_ARGUMENT.exec(source.slice(i, i + 20));
  named && (i = skipSpace(source, i + named[0].length));
  let parts = [];
  for (; ; ) {
    let part = literalAt(source, i);
    if (part.kind === "dynamic")
      return parts.length > 0 && part.reason === NOT_A_LITERAL ? join(parts) : part;
    if (parts.push({ text: part.text, offset: part.offset }), part.heredoc) return join(parts);
    i = skipSpace(source, part.end);
    let next = source[i];
    if (next === "+" || next === "%" || next === "." && /^\.(?:format|concat|replace)\b/.test(source.slice(i, i + 9)))
      return { kind: "dynamic", reason: "the SQL string is concatenated or formatted" };
    if (next !== '"' && next !== "'") return join(parts);
  }
}
var NOT_A_LITERAL = "the argument is not a string literal";
function join(parts) {
  return { kind: "literal", text: parts.map((p) => p.text).join(""), offset: parts[0].offset };
}
function skipSpace(source, i) {
  for (; i < source.length && /\s/.test(source[i]); ) i++;
  return i;
}
function literalAt(source, start) {
  let heredoc = HEREDOC.exec(source.slice(start, start + 80));
  if (heredoc) return rubyHeredoc(source, start, heredoc);
  let i = start, prefix = "";
  for (; /[rRuUbBfF@$]/.test(source[i] ?? "") && i - start < 2; ) prefix += source[i++];
  let quote = source[i];
  if (quote !== '"' && quote !== "'" && quote !== "`") return { kind: "dynamic", reason: NOT_A_LITERAL };
  let triple = source.startsWith(quote.repeat(3), i) ? quote.repeat(3) : null, contentStart = i + (triple ? 3 : 1), verbatim = prefix.includes("@"), j = contentStart;
  for (; j < source.length; ) {
    if (triple ? source.startsWith(triple, j) : source[j] === quote) {
      if (verbatim && source[j + 1] === quote) {
        j += 2;
        continue;
      }
      break;
    }
    source[j] === "\\" && !verbatim && j++, j++;
  }
  if (j >= source.length) return { kind: "dynamic", reason: "the SQL string is not closed" };
  let raw = source.slice(contentStart, j), end = j + (triple ? 3 : 1);
  return /[fF$]/.test(prefix) && raw.includes("{") || quote === "`" && raw.includes("${") || quote === '"' && raw.includes("#{") ? { kind: "dynamic", reason: "the SQL string interpolates values" } : { kind: "literal", text: verbatim ? raw.replaceAll(quote + quote, quote) : raw.replace(/\\(["'`\\])/g, "$1").replace(/\\[nrt]/g, " "), offset: contentStart, end };
}
function rubyHeredoc(source, start, heredoc) {
  let [, , quoting, terminator] = heredoc, lineEnd = source.indexOf(`
`, start);
  if (lineEnd === -1) return { kind: "dynamic", reason: "the heredoc has no body" };
  let closing = new RegExp(`^[ \\t]*${terminator}[ \\t]*$`, "m"), rest = source.slice(lineEnd + 1), close = closing.exec(rest);
  if (!close) return { kind: "dynamic", reason: `the heredoc ${terminator ?? ""} is not closed` };
  let text = rest.slice(0, close.index);
  return quoting !== "'" && text.includes("#{") ? { kind: "dynamic", reason: "the SQL heredoc interpolates values" } : { kind: "literal", text, offset: lineEnd + 1, end: start + heredoc[0].length, heredoc: !0 };
}

// src/assess/migrations/orm/scan.ts
function withDialect(language, dialect) {
  return dialect ? { ...language, dialect } : language;
}
function blankLineComments(source, lineComment) {
  return source.replace(
    /^[ \t]*(.*)$/gm,
    (line, body) => lineComment.test(body) ? line.replace(/[^\n]/g, " ") : line
  );
}
function callEnd(source, offset, limit = 6e3) {
  let parenthesised = /^[\w$.:>\\-]*\s*\(/.test(source.slice(offset, offset + 120)), depth = 0, i = offset, stop = Math.min(source.length, offset + limit);
  for (; i < stop; ) {
    let ch = source[i];
    if (ch === '"' || ch === "'" || ch === "`") {
      i = skipQuoted(source, i, stop);
      continue;
    }
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (depth--, depth <= 0 && (parenthesised || depth < 0)) return depth < 0 ? i : i + 1;
    } else if (ch === `
` && depth <= 0) {
      let before = source.slice(offset, i).trimEnd();
      if (!/[,\\(]$/.test(before)) return i;
    }
    i++;
  }
  return stop;
}
function skipQuoted(source, start, stop) {
  let quote = source[start], i = start + 1;
  for (; i < stop && source[i] !== quote; ) i += source[i] === "\\" ? 2 : 1;
  return i + 1;
}
function markers(source, entries) {
  let found = [];
  for (let { name, pattern } of entries)
    for (let match of source.matchAll(globalise(pattern)))
      found.push({ offset: match.index, value: name, ...match[1] ? { table: match[1] } : {} });
  return found.sort((a, b) => a.offset - b.offset);
}
function globalise(pattern) {
  return pattern.flags.includes("g") ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
}
function markerAt(list2, offset) {
  let current = null;
  for (let marker of list2) {
    if (marker.offset > offset) break;
    current = marker;
  }
  return current;
}
async function analyseOrmSource(source, language, rules) {
  let code = blankLineComments(source, language.lineComment), directionMarkers = markers(code, [
    ...language.up ? [{ name: "up", pattern: language.up }] : [],
    ...language.down ? [{ name: "down", pattern: language.down }] : []
  ]);
  if (language.downBlocks) {
    for (let match of code.matchAll(globalise(language.downBlocks)))
      directionMarkers.push({ offset: match.index, value: "down" }), directionMarkers.push({ offset: blockEnd(code, match.index + match[0].length), value: "up" });
    directionMarkers.sort((a, b) => a.offset - b.offset);
  }
  let blockMarkers = markers(code, language.blocks ?? []), lineOf2 = lineLocator(code), up = [], down = [], consumedUntil = -1, matches = rules.flatMap((rule) => [...code.matchAll(globalise(rule.pattern))].map((match) => ({ rule, match }))).sort((a, b) => a.match.index - b.match.index);
  for (let { rule, match } of matches) {
    let offset = match.index;
    if (offset < consumedUntil && rule.sql !== !0) continue;
    let end = language.extent ? language.extent(code, offset, match) : callEnd(code, offset), call2 = {
      text: code.slice(offset, end),
      match,
      offset,
      line: lineOf2(offset),
      block: markerAt(blockMarkers, offset)?.value ?? null,
      blockTable: markerAt(blockMarkers, offset)?.table ?? null
    }, found = rule.sql ? await classifyEmbeddedSql(source, offset + match[0].length, call2, language.dialect) : toArray(rule.classify?.(call2) ?? null);
    rule.sql && (consumedUntil = Math.max(consumedUntil, end)), ((markerAt(directionMarkers, offset)?.value ?? "up") === "down" ? down : up).push(...found);
  }
  let downStart = directionMarkers.find((m) => m.value === "down");
  return {
    findings: up,
    down: downStart ? { line: lineOf2(downStart.offset), dataLoss: dataLossOperations(down) } : null
  };
}
function blockEnd(code, offset) {
  let rest = code.slice(offset), brace = /^\s*\{/.exec(rest);
  if (brace) return callEnd(code, offset + brace[0].length - 1);
  let lineStart = code.lastIndexOf(`
`, offset) + 1, indent = /^[ \t]*/.exec(code.slice(lineStart))[0].length, closing = /^([ \t]*)end\b/gm;
  closing.lastIndex = offset;
  for (let match = closing.exec(code); match; match = closing.exec(code))
    if (match[1].length <= indent) return match.index + match[0].length;
  return code.length;
}
function toArray(found) {
  return found === null ? [] : Array.isArray(found) ? found : [found];
}
async function classifyEmbeddedSql(source, argumentsStart, call2, dialect) {
  let literal = extractStringLiteral(source, argumentsStart), callName = call2.match[0].replace(/[\s(]+$/, "").trim();
  if (literal.kind === "dynamic")
    return [
      finding("unverifiable", call2.line, `${callName} with SQL built at run time`, {
        note: `${literal.reason}; the statement cannot be checked without running it`
      })
    ];
  let findings = await classifySql(literal.text, {
    firstLine: lineAt(source, literal.offset),
    ...dialect ? { dialect } : {}
  });
  return findings.length > 0 ? findings : [
    finding("unverifiable", call2.line, `${callName} with SQL that changes no schema`, {
      note: "no statement was recognised"
    })
  ];
}
function splitArguments(callText) {
  let open = callText.search(/[(\s]/), inner = open === -1 ? "" : callText.slice(open).trim();
  inner.startsWith("(") && (inner = inner.slice(1, inner.lastIndexOf(")") === -1 ? void 0 : inner.lastIndexOf(")")));
  let args = [], depth = 0, current = "";
  for (let i = 0; i < inner.length; i++) {
    let ch = inner[i];
    if (ch === '"' || ch === "'" || ch === "`") {
      let end = skipQuoted(inner, i, inner.length);
      current += inner.slice(i, end), i = end - 1;
      continue;
    }
    "([{".includes(ch) && depth++, ")]}".includes(ch) && depth--, ch === "," && depth === 0 ? (args.push(current.trim()), current = "") : current += ch;
  }
  return current.trim() && args.push(current.trim()), args;
}
function qualified(call2, column2) {
  return call2.blockTable ? `${call2.blockTable}.${column2}` : column2;
}
function bareName(argument) {
  if (argument === void 0) return "?";
  let value = argument.replace(/^[:@]?(?:\w+\s*[:=]\s*)?/, "").replace(/^[:'"`]+/, "");
  return /^[\w.$-]+/.exec(value)?.[0] ?? "?";
}
function namedValue(text, name) {
  return new RegExp(`\\b${name}\\s*(?:=>|[:=])\\s*["':]?([\\w.$-]+)`).exec(text)?.[1] ?? null;
}

// src/assess/migrations/orm/alembic.ts
var PYTHON = {
  lineComment: /^#/,
  up: /^def[ \t]+upgrade\b/m,
  down: /^def[ \t]+downgrade\b/m
}, OP = String.raw`\b(?:op|batch_op)\.`, op = (names) => new RegExp(`${OP}(?:${names})\\b`, "g");
function firstName(text) {
  return bareName(splitArguments(text)[0]);
}
function tableAndColumn(text) {
  let args = splitArguments(text);
  return text.includes("batch_op.") ? bareName(args[0]) : `${bareName(args[0])}.${bareName(args[1])}`;
}
function typeArgument(text, name) {
  let argument = splitArguments(text).find((arg) => new RegExp(`^${name}\\s*=`).test(arg));
  return argument ? argument.replace(new RegExp(`^${name}\\s*=\\s*`), "").trim() : null;
}
var RULES = [
  {
    pattern: op("create_table"),
    classify: (c) => finding("additive", c.line, `create_table ${firstName(c.text)}`)
  },
  {
    pattern: op("add_column"),
    classify: (c) => {
      let column2 = /sa\.Column\(\s*["'](\w+)["']/.exec(c.text)?.[1] ?? "?", subject = `${c.text.includes("batch_op.") ? "" : `${firstName(c.text)}.`}${column2}`;
      return /\bnullable\s*=\s*False\b/.test(c.text) && !/\bserver_default\s*=/.test(c.text) ? finding("constraining", c.line, `add_column ${subject} nullable=False without server_default`, {
        subject,
        note: "N-1 does not write the column, so its inserts fail"
      }) : finding("additive", c.line, `add_column ${subject}`);
    }
  },
  {
    pattern: op("drop_column"),
    classify: (c) => finding("destructive", c.line, `drop_column ${tableAndColumn(c.text)}`, {
      subject: tableAndColumn(c.text)
    })
  },
  {
    pattern: op("alter_column"),
    classify: (c) => {
      let subject = tableAndColumn(c.text), newName = namedValue(c.text, "new_column_name");
      if (newName)
        return finding("destructive", c.line, `alter_column ${subject} new_column_name=${newName}`, {
          subject
        });
      let type = typeArgument(c.text, "type_"), existing = typeArgument(c.text, "existing_type");
      if (type !== null) {
        let change = existing === null ? "unknown" : compareDefinitions(existing, type);
        return change === "widens" || change === "same" ? finding("additive", c.line, `alter_column ${subject} type_=${type} (from ${existing})`, {
          note: "the column widens, so N-1 keeps working; N may write values N-1 does not expect"
        }) : change === "reencodes" ? finding("unverifiable", c.line, `alter_column ${subject} type_=${type} (from ${existing})`, {
          note: "the values keep their meaning but are stored re-encoded (json \u2194 jsonb): N-1 reads them back normalised",
          category: "data-rewrite"
        }) : change === "cosmetic" ? finding("unverifiable", c.line, `alter_column ${subject} type_=${type} (from ${existing})`, {
          note: "only collation or charset changes: comparisons and sorting may differ for N-1",
          category: "constraining"
        }) : finding(
          "destructive",
          c.line,
          `alter_column ${subject} type_=${type}${existing ? ` (from ${existing})` : ""}`,
          {
            subject,
            ...change === "narrows" ? { note: "the column narrows: N-1 may write values it no longer holds" } : {}
          }
        );
      }
      return /\bnullable\s*=\s*False\b/.test(c.text) ? /\bserver_default\s*=\s*(?!None\b)/.test(c.text) ? finding("constraining", c.line, `alter_column ${subject} nullable=False with server_default`, {
        subject,
        severity: "warning",
        note: "N-1's inserts that omit it get the database default; only an explicit NULL from N-1 fails"
      }) : finding("constraining", c.line, `alter_column ${subject} nullable=False`, {
        subject,
        columnChange: { column: subject, change: "set-not-null" }
      }) : /\bserver_default\s*=\s*(?!None\b)/.test(c.text) ? finding("additive", c.line, `alter_column ${subject} server_default`, {
        columnChange: { column: subject, change: "set-default" }
      }) : finding("additive", c.line, `alter_column ${subject}`);
    }
  },
  {
    pattern: op("drop_table|rename_table"),
    classify: (c) => finding("destructive", c.line, `${c.match[0].replace(/^.*\./, "")} ${firstName(c.text)}`, {
      subject: firstName(c.text)
    })
  },
  {
    pattern: op("create_unique_constraint|create_foreign_key|create_check_constraint|create_primary_key"),
    classify: (c) => {
      let args = splitArguments(c.text), table2 = bareName(args[1]);
      return finding("constraining", c.line, `${c.match[0].replace(/^.*\./, "")} on ${table2}`, {
        subject: table2
      });
    }
  },
  {
    pattern: op("create_index"),
    classify: (c) => {
      let table2 = bareName(splitArguments(c.text)[1]);
      return /\bunique\s*=\s*True\b/.test(c.text) ? finding("constraining", c.line, `create_index unique=True on ${table2}`, { subject: table2 }) : finding("additive", c.line, `create_index on ${table2}`);
    }
  },
  {
    pattern: op("drop_index"),
    classify: (c) => finding("unverifiable", c.line, `drop_index ${firstName(c.text)}`, {
      note: "N-1 keeps working but may be slower"
    })
  },
  {
    pattern: op("drop_constraint|bulk_insert|create_table_comment|batch_alter_table"),
    classify: (c) => c.match[0].endsWith("batch_alter_table") ? null : finding("additive", c.line, `${c.match[0].replace(/^.*\./, "")} ${firstName(c.text)}`)
  },
  { pattern: /\b(?:op|batch_op)\.execute\b[ \t]*(?:\(\s*(?:sa\.)?text\b[ \t]*)?/g, sql: !0 }
];
async function analyseAlembic(source, dialect) {
  let analysis = await analyseOrmSource(source, withDialect(PYTHON, dialect), RULES);
  return judgeRecreatedConstraints(source, analysis), analysis;
}
var CREATES = /\bop\.(create_unique_constraint|create_index|create_foreign_key|drop_constraint|drop_index)\b/g, RULE_ARGUMENTS = /^(?:unique|type_|table_name|schema|referent_schema|source_schema)\s*=/;
function listOf(argument) {
  return [...(argument ?? "").matchAll(/["'](\w+)["']/g)].map((m) => m[1]).join(", ");
}
function constraintCalls(source) {
  let code = blankLineComments(source, PYTHON.lineComment), downgradeAt = PYTHON.down.exec(code)?.index ?? code.length, calls = [];
  for (let match of code.matchAll(CREATES)) {
    let method2 = match[1], args = splitArguments(code.slice(match.index, callEnd(code, match.index))), positional2 = args.filter((arg) => !/^\w+\s*=/.test(arg)), keywords = args.filter((arg) => /^\w+\s*=/.test(arg)), keyword = (name) => keywords.find((arg) => arg.startsWith(`${name}=`) || arg.startsWith(`${name} =`))?.replace(/^\w+\s*=\s*/, ""), table2 = bareName(positional2[1] ?? keyword("table_name")), rule = "";
    if (method2 === "create_unique_constraint") rule = `unique (${listOf(positional2[2])})`;
    else if (method2 === "create_index" && /^True$/.test(keyword("unique") ?? ""))
      rule = `unique (${listOf(positional2[2])})`;
    else if (method2 === "create_foreign_key")
      rule = `foreign key (${listOf(positional2[3])}) -> ${bareName(positional2[2])} (${listOf(positional2[4])})`;
    else if (method2 === "create_index") continue;
    calls.push({
      created: method2.startsWith("create_"),
      name: bareName(positional2[0]),
      table: table2,
      rule,
      options: keywords.filter((arg) => !RULE_ARGUMENTS.test(arg)).map((arg) => arg.replace(/\s+/g, " ")),
      line: lineAt(code, match.index),
      upgrade: match.index < downgradeAt
    });
  }
  return calls;
}
function judgeRecreatedConstraints(source, analysis) {
  let calls = constraintCalls(source);
  for (let created of calls.filter((call2) => call2.created && call2.upgrade)) {
    let dropped = calls.filter(
      (call2) => !call2.created && call2.upgrade && call2.line < created.line && call2.table === created.table
    ), previous = calls.find(
      (call2) => call2.created && !call2.upgrade && call2.table === created.table && call2.rule === created.rule && dropped.some((drop2) => drop2.name === call2.name)
    );
    if (!previous) continue;
    let item = analysis.findings.find(
      (finding2) => finding2.line === created.line && finding2.severity === "blocker"
    );
    if (!item) continue;
    let drop = dropped.find((call2) => call2.name === previous.name), why = `upgrade() drops ${previous.name} at line ${drop.line} and creates the same ${created.rule} on ${created.table} again (downgrade() restores it as it was), so N-1's writes were already held to it`, changed = created.options.filter((option) => !previous.options.includes(option)), gone = previous.options.filter((option) => !created.options.includes(option));
    changed.length > 0 || gone.length > 0 ? (item.severity = "warning", item.note = `${why}; its options change (${[...gone.map((o) => `was ${o}`), ...changed.map((o) => `now ${o}`)].join(", ")})`) : (item.severity = "info", item.effect = "additive", item.category = "additive", item.note = why);
  }
}

// src/assess/migrations/orm/django.ts
var PYTHON2 = { lineComment: /^#/ };
function modelField(c) {
  let model = namedValue(c.text, "model_name") ?? positional(c.text, 0), field = namedValue(c.text, "name") ?? positional(c.text, 1);
  return `${model}.${field}`;
}
function positional(text, index) {
  return [...text.matchAll(/["']([\w.]+)["']/g)].map((m) => m[1])[index] ?? "?";
}
function fieldArgument(callText) {
  let argument = splitArguments(callText).find((arg) => /^field\s*=/.test(arg));
  return argument ? argument.replace(/^field\s*=\s*/, "").trim() : null;
}
var RULES2 = [
  {
    pattern: /\bmigrations\.CreateModel\b(?=\s*\()/g,
    classify: (c) => finding("additive", c.line, `CreateModel ${namedValue(c.text, "name") ?? positional(c.text, 0)}`)
  },
  {
    pattern: /\bmigrations\.AddField\b(?=\s*\()/g,
    classify: (c) => {
      let subject = modelField(c);
      return /\bnull\s*=\s*True\b/.test(c.text) || /ManyToManyField/.test(c.text) ? finding("additive", c.line, `AddField ${subject}`) : /\bdb_default\s*=/.test(c.text) ? finding("additive", c.line, `AddField ${subject} NOT NULL with db_default`) : /\bdefault\s*=/.test(c.text) ? finding("constraining", c.line, `AddField ${subject} NOT NULL with a default only in Django`, {
        subject,
        note: "Django removes the database default after filling existing rows (no db_default), so inserts from N-1 fail"
      }) : finding("constraining", c.line, `AddField ${subject} NOT NULL without default`, {
        subject,
        note: "N-1 does not write the column, so its inserts fail"
      });
    }
  },
  {
    pattern: /\bmigrations\.RemoveField\b(?=\s*\()/g,
    classify: (c) => finding("destructive", c.line, `RemoveField ${modelField(c)}`, { subject: modelField(c) })
  },
  {
    pattern: /\bmigrations\.RenameField\b(?=\s*\()/g,
    classify: (c) => {
      let from = `${namedValue(c.text, "model_name") ?? positional(c.text, 0)}.${namedValue(c.text, "old_name") ?? positional(c.text, 1)}`;
      return finding(
        "destructive",
        c.line,
        `RenameField ${from} to ${namedValue(c.text, "new_name") ?? positional(c.text, 2)}`,
        { subject: from }
      );
    }
  },
  {
    pattern: /\bmigrations\.AlterField\b(?=\s*\()/g,
    classify: (c) => {
      let subject = modelField(c), field = fieldArgument(c.text) ?? "", alteration = { column: subject, to: field };
      return /\bnull\s*=\s*True\b/.test(c.text) ? finding("unverifiable", c.line, `AlterField ${subject} (nullable)`, {
        note: "check by hand that the type did not narrow",
        alteration
      }) : finding("constraining", c.line, `AlterField ${subject}`, {
        subject,
        note: "the type, length or nullability may no longer accept what N-1 writes",
        alteration
      });
    }
  },
  {
    pattern: /\bmigrations\.(?:DeleteModel|RenameModel|AlterModelTable)\b(?=\s*\()/g,
    classify: (c) => {
      let model = namedValue(c.text, "name") ?? namedValue(c.text, "old_name") ?? positional(c.text, 0);
      return finding("destructive", c.line, `${c.match[0].replace("migrations.", "")} ${model}`, {
        subject: model
      });
    }
  },
  {
    pattern: /\bmigrations\.AddConstraint\b(?=\s*\()/g,
    classify: (c) => addConstraint(c)
  },
  {
    pattern: /\bmigrations\.AlterUniqueTogether\b(?=\s*\()/g,
    classify: (c) => {
      let model = namedValue(c.text, "name") ?? positional(c.text, 0);
      return finding("constraining", c.line, `AlterUniqueTogether ${model}`, { subject: model });
    }
  },
  {
    pattern: /\bmigrations\.(?:AddIndex|RemoveIndex|RemoveConstraint|AlterIndexTogether|AlterModelOptions|AlterModelManagers)\b(?=\s*\()/g,
    classify: (c) => finding(
      "additive",
      c.line,
      `${c.match[0].replace("migrations.", "")} ${namedValue(c.text, "model_name") ?? positional(c.text, 0)}`
    )
  },
  {
    // django.contrib.postgres.operations: built without locking, but the same effect.
    pattern: /\b(?:AddIndexConcurrently|RemoveIndexConcurrently|ValidateConstraint|CreateExtension|BtreeGinExtension|BtreeGistExtension|CITextExtension|CryptoExtension|HStoreExtension|TrigramExtension|UnaccentExtension|CreateCollation|RemoveCollation)\b(?=\s*\()/g,
    classify: (c) => finding("additive", c.line, `${c.match[0]} ${namedValue(c.text, "model_name") ?? ""}`.trim())
  },
  {
    pattern: /\bAddConstraintNotValid\b(?=\s*\()/g,
    classify: (c) => {
      let model = namedValue(c.text, "model_name") ?? positional(c.text, 0);
      return finding("constraining", c.line, `AddConstraintNotValid ${model}`, {
        subject: model,
        severity: "warning",
        note: "existing rows are not checked, but new writes from N-1 are"
      });
    }
  },
  {
    pattern: /\bmigrations\.(?:AlterModelTableComment|AlterOrderWithRespectTo|RenameIndex)\b(?=\s*\()/g,
    classify: (c) => finding(
      "additive",
      c.line,
      `${c.match[0].replace("migrations.", "")} ${namedValue(c.text, "model_name") ?? namedValue(c.text, "name") ?? ""}`.trim()
    )
  },
  {
    pattern: /\bmigrations\.RunPython\b(?=\s*\()/g,
    classify: (c) => finding("unverifiable", c.line, "RunPython data migration", {
      note: "Python code that may rewrite data; check by hand"
    })
  },
  {
    // Its database_operations are matched and judged one by one like any other operation; its
    // state_operations are marked state-only afterwards (markStateOnly).
    pattern: /\bmigrations\.SeparateDatabaseAndState\b(?=\s*\()/g,
    classify: (c) => finding("additive", c.line, "SeparateDatabaseAndState", {
      note: "its database operations are judged one by one; its state operations change no schema"
    })
  },
  { pattern: /\bmigrations\.RunSQL\b[ \t]*(?=\s*\()/g, sql: !0 }
], MERGE_MIGRATION = /^[ \t]*operations\s*=\s*\[\s*\]/m;
async function analyseDjango(source, dialect) {
  let code = blankLineComments(source, PYTHON2.lineComment), analysis = await analyseOrmSource(code, withDialect(PYTHON2, dialect), RULES2);
  if (markStateOnly(analysis.findings, code), analysis.findings.length === 0 && MERGE_MIGRATION.test(source)) {
    let line = source.slice(0, MERGE_MIGRATION.exec(source).index).split(`
`).length;
    analysis.findings.push(
      finding("additive", line, "merge migration (operations = [])", { note: "it changes no schema" })
    );
  }
  return analysis;
}
function addConstraint(c) {
  let model = namedValue(c.text, "model_name") ?? positional(c.text, 0), constraint = /\bconstraint\s*=\s*(?:models\.)?(\w+)\s*\(/.exec(c.text), kind = constraint?.[1] ?? "Constraint", body = constraint ? c.text.slice(constraint.index) : "", name = namedValue(body, "name"), label = /^Unique/.test(kind) ? "UNIQUE" : /^Check/.test(kind) ? "CHECK" : kind, columns = /^Check/.test(kind) ? lookupFields(body) : listedFields(body), testsNull = /__isnull\b|\bIS\s+(?:NOT\s+)?NULL\b|Coalesce\s*\(/i.test(body), subject = columns.length > 0 && !testsNull ? `${model}.${columns.join(", ")}` : model;
  return finding("constraining", c.line, `AddConstraint ${name ? `${name} ` : ""}${label} ON ${model}`, {
    subject
  });
}
function listedFields(body) {
  return [...(/\bfields\s*=\s*[[(]([^\])]*)[\])]/.exec(body)?.[1] ?? "").matchAll(/["']-?(\w+)["']/g)].map((m) => m[1]);
}
function lookupFields(body) {
  let fields = [...body.matchAll(/\bQ\(\s*(\w+?)(?:__\w+)?\s*=/g)].map((m) => m[1]);
  return [...new Set(fields)];
}
function separatedSpans(code) {
  let spans = { database: [], state: [], calls: [] };
  for (let call2 of code.matchAll(/\bmigrations\.SeparateDatabaseAndState\s*\(/g)) {
    let end = closingBracket(code, call2.index + call2[0].length - 1), own = [], list2 = /\b(database|state)_operations\s*=\s*\[/g;
    list2.lastIndex = call2.index;
    for (let match = list2.exec(code); match && match.index < end; match = list2.exec(code)) {
      let open = match.index + match[0].length - 1, close = closingBracket(code, open);
      match[1] === "database" ? (spans.database.push([open, close]), own.push([open, close])) : spans.state.push([open, close]), list2.lastIndex = close;
    }
    spans.calls.push({ offset: call2.index, database: own });
  }
  return spans;
}
function closingBracket(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    let ch = code[i];
    if (ch === '"' || ch === "'") {
      let quote = code.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      for (i += quote.length; i < code.length && !code.startsWith(quote, i); ) i += code[i] === "\\" ? 2 : 1;
      i += quote.length - 1;
      continue;
    }
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if ((ch === ")" || ch === "]" || ch === "}") && (depth--, depth === 0))
      return i + 1;
  }
  return code.length;
}
function markStateOnly(findings, code) {
  let spans = separatedSpans(code), lineOf2 = (offset) => code.slice(0, offset).split(`
`).length;
  if (flagUnrecognisedDatabaseOperations(findings, code, spans, lineOf2), spans.state.length === 0) return;
  let linesOf = (list2) => list2.map(([start, end]) => [lineOf2(start), lineOf2(end)]), state = linesOf(spans.state), database = linesOf(spans.database), within = (line, lines) => lines.some(([first, last]) => line >= first && line <= last);
  for (let item of findings)
    item.line === null || !within(item.line, state) || within(item.line, database) || (item.operation = `state only: ${item.operation}`, item.effect = "additive", item.severity = "info", item.category = "additive", item.note = "in state_operations: it changes Django's model state only, no SQL runs", delete item.subject, delete item.alteration, delete item.columnChange);
}
function flagUnrecognisedDatabaseOperations(findings, code, spans, lineOf2) {
  for (let call2 of spans.calls) {
    let line = lineOf2(call2.offset), separate = findings.find(
      (item) => item.line === line && item.operation === "SeparateDatabaseAndState"
    );
    !separate || !call2.database.some(([start, end]) => {
      if (code.slice(start + 1, end - 1).trim() === "") return !1;
      let [first, last] = [lineOf2(start), lineOf2(end)];
      return !findings.some(
        (item) => item !== separate && item.line !== null && item.line >= first && item.line <= last
      );
    }) || (separate.effect = "unverifiable", separate.severity = "warning", separate.note = "no operation in its database_operations was recognised: check by hand what it runs");
  }
}

// src/assess/migrations/orm/ecto.ts
var ELIXIR = {
  lineComment: /^#/,
  up: /^[ \t]*def[ \t]+(?:up|change)\b/m,
  down: /^[ \t]*def[ \t]+down\b/m,
  blocks: [
    { name: "create", pattern: /\bcreate(?:_if_not_exists)?\s+table\(\s*:?"?(\w*)/ },
    { name: "alter", pattern: /\balter\s+table\(\s*:?"?(\w*)/ }
  ]
};
function tableOf(c) {
  return /table\(\s*:?"?(\w+)/.exec(c.text)?.[1] ?? "?";
}
function argumentOf(c, index) {
  return bareName(splitArguments(c.text)[index]);
}
function columnOf(c) {
  return qualified(c, argumentOf(c, 0));
}
var RULES3 = [
  {
    pattern: /\bcreate(?:_if_not_exists)?\s+table\(/g,
    classify: (c) => finding("additive", c.line, `create table(:${tableOf(c)})`)
  },
  {
    pattern: /\bcreate(?:_if_not_exists)?\s+unique_index\(/g,
    classify: (c) => {
      let table2 = /unique_index\(\s*:?"?(\w+)/.exec(c.text)?.[1] ?? "?";
      return finding("constraining", c.line, `create unique_index(:${table2})`, { subject: table2 });
    }
  },
  {
    pattern: /\bcreate(?:_if_not_exists)?\s+index\(/g,
    classify: (c) => finding("additive", c.line, "create index")
  },
  {
    pattern: /\bcreate\s+constraint\(/g,
    classify: (c) => {
      let table2 = /constraint\(\s*:?"?(\w+)/.exec(c.text)?.[1] ?? "?", check = /\bcheck:\s*"((?:[^"\\]|\\.)*)"/.exec(c.text)?.[1], columns = check === void 0 || !checkToleratesNull(check) ? [] : columnsOfCheck(check);
      return finding("constraining", c.line, "create constraint", {
        subject: columns.length ? `${table2}.${columns.join(", ")}` : table2
      });
    }
  },
  {
    pattern: /\bdrop(?:_if_exists)?\s+table\(/g,
    classify: (c) => finding("destructive", c.line, `drop table(:${tableOf(c)})`, { subject: tableOf(c) })
  },
  {
    pattern: /\bdrop(?:_if_exists)?\s+index\(/g,
    classify: (c) => finding("unverifiable", c.line, "drop index", { note: "N-1 keeps working but may be slower" })
  },
  {
    pattern: /\brename\s+table\(/g,
    classify: (c) => finding("destructive", c.line, `rename table(:${tableOf(c)})`, { subject: tableOf(c) })
  },
  {
    pattern: /^[ \t]*remove(?:_if_exists)?\s+:/gm,
    classify: (c) => finding("destructive", c.line, `remove ${columnOf(c)}`, { subject: columnOf(c) })
  },
  {
    pattern: /^[ \t]*modify\s+:/gm,
    classify: (c) => finding("destructive", c.line, `modify ${columnOf(c)}`, {
      subject: columnOf(c),
      note: "changes the column type or constraints"
    })
  },
  {
    pattern: /^[ \t]*add(?:_if_not_exists)?\s+:/gm,
    classify: (c) => {
      let column2 = columnOf(c);
      return c.block === "alter" && /\bnull:\s*false\b/.test(c.text) && !/\bdefault:/.test(c.text) ? finding("constraining", c.line, `add ${column2}, null: false without default`, {
        subject: column2,
        note: "N-1 does not write the column, so its inserts fail"
      }) : c.block === "alter" ? finding("additive", c.line, `add ${column2}`) : null;
    }
  },
  {
    pattern: /\brepo\(\)\.(?:update_all|delete_all)\b/g,
    classify: (c) => finding("data-rewrite", c.line, `${c.match[0]} (data rewrite)`, { subject: "the rewritten rows" })
  },
  { pattern: /\bexecute\b[ \t(]*/g, sql: !0 }
];
function analyseEcto(source, dialect) {
  return analyseOrmSource(source, withDialect(ELIXIR, dialect), RULES3);
}

// src/assess/migrations/previous-definition.ts
import path2 from "node:path";

// src/assess/migrations/django-state.ts
import path from "node:path";
var MAX_DJANGO_CHAIN_READS = 400;
async function softenDropsOfDetachedModels(migrations, read) {
  let inRange = new Set(migrations.map((migration) => migration.path)), parsed = /* @__PURE__ */ new Map(), load2 = (filePath, app) => {
    let key = `${app}:${filePath}`, found = parsed.get(key);
    return found || (found = (async () => {
      let source = await read(filePath, "base") ?? await read(filePath, "head");
      return source === null ? null : { operations: stateOperations(source), dependencies: dependencyNames(source, app) };
    })(), parsed.set(key, found)), found;
  };
  for (let migration of migrations) {
    if (migration.kind !== "django") continue;
    let directory = path.posix.dirname(migration.path), app = path.posix.basename(path.posix.dirname(directory));
    for (let item of migration.findings) {
      if (item.effect !== "destructive" || item.severity !== "blocker" || item.subject === void 0)
        continue;
      let start = dependencyNames(migration.source, app), target = await targetOf(item, app, (table2) => modelOfTable(start, directory, app, table2, load2));
      if (!target) continue;
      let removal = await lastStateChange(start, directory, app, target, load2, inRange);
      removal?.presence === "absent" && soften(item, target, removal.path);
    }
  }
}
async function targetOf(item, app, modelOf) {
  let subject = item.subject.trim();
  if (/,/.test(subject)) return null;
  let orm = /^(RemoveField|DeleteModel)\b/.exec(item.operation)?.[1];
  if (orm === "DeleteModel") return { model: subject.toLowerCase() };
  if (orm === "RemoveField") {
    let [model2, field] = splitAt(subject);
    return field ? { model: model2.toLowerCase(), field } : null;
  }
  if (!/^DROP (?:TABLE|COLUMN)\b/.test(item.operation)) return null;
  let [table2, column2] = subject.includes(".") ? splitAt(subject) : [subject, void 0], bare = table2.replace(/["`]/g, "").replace(/^public\./, "").toLowerCase(), prefix = `${app.toLowerCase()}_`, model = await modelOf(bare) ?? (bare.startsWith(prefix) ? bare.slice(prefix.length) : null);
  if (model === null) return null;
  if (column2 === void 0) return { model };
  let alternative = /_id$/.test(column2) ? column2.slice(0, -3) : void 0;
  return { model, field: column2, ...alternative ? { alternative } : {} };
}
function splitAt(subject) {
  let dot = subject.lastIndexOf(".");
  return dot === -1 ? [subject, ""] : [subject.slice(0, dot), subject.slice(dot + 1)];
}
async function lastStateChange(start, directory, app, target, load2, inRange) {
  let queue = [...start], seen = new Set(queue), reads = 0;
  for (; queue.length > 0 && reads < MAX_DJANGO_CHAIN_READS; ) {
    let filePath = `${directory}/${queue.shift()}.py`;
    reads++;
    let migration = await load2(filePath, app);
    if (migration !== null) {
      if (!inRange.has(filePath)) {
        let presence = presenceIn(migration.operations, target);
        if (presence) return { presence, path: filePath };
      }
      for (let next of migration.dependencies)
        seen.has(next) || (seen.add(next), queue.push(next));
    }
  }
  return null;
}
async function modelOfTable(start, directory, app, table2, load2) {
  let queue = [...start], seen = new Set(queue), reads = 0;
  for (; queue.length > 0 && reads < MAX_DJANGO_CHAIN_READS; ) {
    reads++;
    let migration = await load2(`${directory}/${queue.shift()}.py`, app);
    if (migration === null) continue;
    let owner = migration.operations.findLast((op2) => op2.table === table2);
    if (owner) return owner.model;
    for (let next of migration.dependencies)
      seen.has(next) || (seen.add(next), queue.push(next));
  }
  return null;
}
function dependencyNames(source, app) {
  return [...(/\bdependencies\s*=\s*\[([\s\S]*?)\]/.exec(source)?.[1] ?? "").matchAll(/\(\s*["']([\w.]+)["']\s*,\s*["'](\w+)["']\s*\)/g)].filter((match) => match[1] === app || match[1].endsWith(`.${app}`)).map((match) => match[2]);
}
var STATE_OPERATION = /\bmigrations\.(CreateModel|DeleteModel|AddField|RemoveField|RenameField|RenameModel|AlterModelTable)\s*\(/g;
function stateOperations(source) {
  let code = blankLineComments(source, /^#/), databaseOnly = separatedSpans(code).database, found = [], lower = (value) => (value ?? "").toLowerCase();
  for (let match of code.matchAll(STATE_OPERATION)) {
    if (databaseOnly.some(([start, end]) => match.index >= start && match.index < end)) continue;
    let text = code.slice(match.index, callEnd(code, match.index, 2e5)), operation = match[1];
    switch (operation) {
      case "CreateModel": {
        let table2 = /["']db_table["']\s*:\s*["']([\w.]+)["']/.exec(text)?.[1];
        found.push({
          operation,
          model: lower(namedValue(text, "name")),
          fields: [...text.matchAll(/\(\s*["'](\w+)["']\s*,/g)].map((m) => m[1]),
          ...table2 ? { table: table2.toLowerCase() } : {}
        });
        break;
      }
      case "AlterModelTable": {
        let table2 = namedValue(text, "table");
        found.push({
          operation,
          model: lower(namedValue(text, "name")),
          ...table2 ? { table: table2.toLowerCase() } : {}
        });
        break;
      }
      case "DeleteModel":
        found.push({ operation, model: lower(namedValue(text, "name")) });
        break;
      case "RenameModel":
        found.push({
          operation,
          model: lower(namedValue(text, "old_name")),
          newModel: lower(namedValue(text, "new_name"))
        });
        break;
      case "AddField":
      case "RemoveField":
        found.push({
          operation,
          model: lower(namedValue(text, "model_name")),
          field: namedValue(text, "name") ?? ""
        });
        break;
      case "RenameField":
        found.push({
          operation,
          model: lower(namedValue(text, "model_name")),
          field: namedValue(text, "old_name") ?? "",
          newField: namedValue(text, "new_name") ?? ""
        });
        break;
    }
  }
  return found;
}
function presenceIn(operations, target) {
  let presence = null;
  for (let operation of operations) presence = effectOn(operation, target) ?? presence;
  return presence;
}
function effectOn(op2, target) {
  let fields = [target.field, target.alternative].filter((f) => f !== void 0), onModel = op2.model === target.model;
  switch (op2.operation) {
    case "CreateModel":
      return onModel && (fields.length === 0 || fields.some((field) => op2.fields?.includes(field))) ? "present" : null;
    case "DeleteModel":
      return onModel ? "absent" : null;
    case "RenameModel":
      return onModel ? "absent" : op2.newModel === target.model ? "present" : null;
    case "AddField":
    case "RemoveField":
      return fields.length === 0 || !onModel || !fields.includes(op2.field ?? "") ? null : op2.operation === "AddField" ? "present" : "absent";
    case "RenameField":
      return fields.length === 0 || !onModel ? null : fields.includes(op2.field ?? "") ? "absent" : fields.includes(op2.newField ?? "") ? "present" : null;
    default:
      return null;
  }
}
function soften(item, target, removedIn) {
  let what = target.field ? `the field ${target.model}.${target.field}` : `the model ${target.model}`;
  item.severity = "warning", item.note = `${item.note ? `${item.note}; ` : ""}${what} was already removed from Django's model state before N-1 (${removedIn}), so N-1's ORM no longer reads or writes it; check that no raw SQL, view or other service still uses it`;
}

// src/assess/migrations/previous-definition.ts
async function resolveAlterations(migrations, uncachedRead) {
  let cache = /* @__PURE__ */ new Map(), read = (filePath, side) => {
    let key = `${side}:${filePath}`, found = cache.get(key);
    return found || cache.set(key, found = uncachedRead(filePath, side)), found;
  }, schemas = /* @__PURE__ */ new Map();
  for (let migration of migrations)
    for (let item of migration.findings) {
      if (!item.alteration) continue;
      let before = null;
      if (migration.kind === "django") {
        if (before = await previousDjangoField(migration, item, read), before === null) {
          unresolved(item);
          continue;
        }
      } else if (migration.kind === "prisma") {
        let schemaPath = prismaSchemaPath(migration.path);
        schemas.has(schemaPath) || schemas.set(schemaPath, read(schemaPath, "base"));
        let schema = await schemas.get(schemaPath);
        before = schema === null ? null : prismaColumn(schema, item.alteration.column);
      } else if (migration.kind === "rails") {
        let schemaPath = railsSchemaPath(migration.path);
        schemas.has(schemaPath) || schemas.set(schemaPath, read(schemaPath, "base"));
        let schema = await schemas.get(schemaPath);
        before = schema === null ? null : railsColumn(schema, item.alteration.column);
      }
      before !== null ? judgeRedefinition(item, before, item.alteration.to) : migration.kind !== "django" && judgeWithoutPrevious(item, item.alteration.to);
    }
  await softenDropsOfDetachedModels(migrations, read);
}
function judgeRedefinition(item, before, after) {
  let compared = compareDefinitions(withoutChoices(before), withoutChoices(after)), change = compared === "same" && djangoChoices(before) !== djangoChoices(after) ? "cosmetic" : compared, shown = `from ${oneLine(before)} to ${oneLine(after)}`;
  switch (change) {
    case "widens":
    case "same":
      item.effect = "additive", item.severity = "info", item.category = "additive", item.note = `the column ${change === "same" ? "keeps its type" : "widens"} (${shown}): N-1 keeps working; N may write values N-1 does not expect`, delete item.subject;
      return;
    case "cosmetic":
      item.effect = "unverifiable", item.severity = "warning", item.category = "constraining", item.note = `only the collation, charset or choices change (${shown}): N-1's values still fit, but comparisons or validation may differ`;
      return;
    case "reencodes":
      item.effect = "unverifiable", item.severity = "warning", item.category = "data-rewrite", item.note = `the values keep their meaning but are stored re-encoded (${shown}): N-1 reads them back, normalised (key order, duplicate keys, whitespace)`;
      return;
    case "narrows":
      item.effect = "constraining", item.severity = "blocker", item.category = "constraining", item.note = `the column narrows (${shown}): N-1 may write values it no longer holds`;
      return;
    case "changes":
      item.effect = "destructive", item.severity = "blocker", item.category = "destructive", item.note = `the type changes (${shown}): N-1 reads and writes the old type`;
      return;
    case "unknown":
      return;
  }
}
var WIDEST_OF_FAMILY = /^(?:bigint|int8|bigserial|double precision|float8|text|citext|longtext|numeric|decimal|jsonb)$/i;
function judgeWithoutPrevious(item, after) {
  item.severity !== "blocker" || !WIDEST_OF_FAMILY.test(after.trim().replace(/^:/, "")) || (item.effect = "unverifiable", item.severity = "warning", item.category = "constraining", item.note = `the previous type was not found; ${after.trim()} holds every value of the narrower types of its family (int \u2192 bigint, varchar \u2192 text), so N-1's values most likely still fit: compare the two by hand`);
}
function unresolved(item) {
  item.severity === "blocker" && (item.effect = "unverifiable", item.severity = "warning", item.category = "constraining", item.note = "its previous definition was not found in the migrations before it: compare the two by hand");
}
function djangoChoices(definition) {
  let start = /\bchoices\s*=\s*(?=[[(])/.exec(definition);
  if (!start) return null;
  let open = start.index + start[0].length;
  return definition.slice(open, closingBracket(definition, open)).replace(/\s+/g, "").replace(/,([\])])/g, "$1");
}
function withoutChoices(definition) {
  let start = /\bchoices\s*=\s*(?=[[(])/.exec(definition);
  if (!start) return definition;
  let open = start.index + start[0].length;
  return `${definition.slice(0, start.index)}${definition.slice(closingBracket(definition, open))}`;
}
function oneLine(text) {
  let flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}\u2026` : flat;
}
async function previousDjangoField(migration, item, read) {
  let [model, field] = splitColumn(item.alteration.column), before = migration.source.split(`
`).slice(0, Math.max(0, (item.line ?? 1) - 1)).join(`
`), own = djangoFieldIn(before, model, field);
  if (own) return own;
  let directory = path2.posix.dirname(migration.path), app = path2.posix.basename(path2.posix.dirname(directory)), queue = dependencyNames(migration.source, app), seen = new Set(queue), reads = 0;
  for (; queue.length > 0 && reads < MAX_DJANGO_CHAIN_READS; ) {
    let name = queue.shift();
    reads++;
    let source = await read(`${directory}/${name}.py`, "head");
    if (source === null) continue;
    let found = djangoFieldIn(source, model, field);
    if (found) return found;
    for (let next of dependencyNames(source, app))
      seen.has(next) || (seen.add(next), queue.push(next));
  }
  return null;
}
function splitColumn(column2) {
  let dot = column2.lastIndexOf(".");
  return [column2.slice(0, dot).toLowerCase(), column2.slice(dot + 1)];
}
function djangoFieldIn(source, model, field) {
  let found = null;
  for (let match of source.matchAll(/\bmigrations\.(AddField|AlterField|CreateModel)\s*\(/g)) {
    let text = source.slice(match.index, callEnd(source, match.index));
    if (match[1] === "CreateModel") {
      if ((namedValue(text, "name") ?? "").toLowerCase() !== model) continue;
      let entry = new RegExp(`\\(\\s*["']${field}["']\\s*,\\s*`).exec(text);
      if (!entry) continue;
      let start = entry.index + entry[0].length;
      found = text.slice(start, callEnd(text, start)).trim();
    } else (namedValue(text, "model_name") ?? "").toLowerCase() === model && namedValue(text, "name") === field && (found = fieldArgument(text) ?? found);
  }
  return found;
}
function railsSchemaPath(migrationPath) {
  let directory = path2.posix.dirname(migrationPath), folder = path2.posix.basename(directory), parent = path2.posix.dirname(directory), prefix = /^(\w+)_migrate$/.exec(folder)?.[1], file = prefix ? `${prefix}_schema.rb` : "schema.rb";
  return parent === "." ? file : `${parent}/${file}`;
}
function railsColumn(schema, column2) {
  let [table2, name] = splitColumn(column2), start = new RegExp(`create_table\\s+["']${table2}["'][^\\n]*\\n`, "i").exec(schema);
  if (!start) return null;
  let body = schema.slice(start.index + start[0].length), end = /^\s*end\s*$/m.exec(body), block = end ? body.slice(0, end.index) : body, line = new RegExp(`^\\s*t\\.(\\w+)\\s+["']${name}["']\\s*(?:,\\s*(.*))?$`, "m").exec(block);
  return line ? `:${line[1]}${line[2] ? `, ${line[2]}` : ""}` : null;
}
function prismaSchemaPath(migrationPath) {
  let root = path2.posix.dirname(path2.posix.dirname(path2.posix.dirname(migrationPath)));
  return root === "." ? "schema.prisma" : `${root}/schema.prisma`;
}
var PRISMA_TYPES = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp",
  Json: "jsonb",
  Bytes: "bytea"
};
function prismaColumn(schema, column2) {
  let [table2, name] = splitColumn(column2);
  for (let model of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    let body = model[2];
    if ((/@@map\(\s*"([^"]+)"/.exec(body)?.[1] ?? model[1]).toLowerCase() === table2)
      for (let line of body.split(`
`)) {
        let field = /^\s*(\w+)\s+(\w+)(\?)?(.*)$/.exec(line);
        if (!field || (/@map\(\s*"([^"]+)"/.exec(field[4])?.[1] ?? field[1]) !== name) continue;
        let native = /@db\.(\w+)(?:\(([^)]*)\))?/.exec(field[4]);
        return native ? `${native[1]}${native[2] ? `(${native[2]})` : ""}` : PRISMA_TYPES[field[2]] ?? null;
      }
  }
  return null;
}

// src/assess/migrations/orm/efcore.ts
var CSHARP = {
  lineComment: /^(?:\/\/|\/\*|\*)/,
  up: /\bvoid\s+Up\s*\(/,
  down: /\bvoid\s+Down\s*\(/
}, call = (names) => new RegExp(`\\bmigrationBuilder\\.(?:${names})\\b`, "g"), method = (c) => c.match[0].replace("migrationBuilder.", "");
function column(c) {
  return `${namedValue(c.text, "table") ?? "?"}.${namedValue(c.text, "name") ?? "?"}`;
}
function indexSubject(c) {
  let tableName2 = namedValue(c.text, "table") ?? "?", single = namedValue(c.text, "column"), columns = single ? [single] : columnList(c.text);
  return columns.length ? `${tableName2}.${columns.join(", ")}` : tableName2;
}
function columnList(text) {
  return [...(/\bcolumns:\s*new(?:\s*\w+)?\s*\[\s*\]\s*\{([^}]*)\}/.exec(text)?.[1] ?? /\bcolumns:\s*\[([^\]]*)\]/.exec(text)?.[1] ?? "").matchAll(/"(\w+)"/g)].map((m) => m[1]);
}
function table(c) {
  return namedValue(c.text, "name") ?? namedValue(c.text, "table") ?? "?";
}
function efDefinition(text, prefix) {
  let key = (name) => prefix ? `${prefix}${name[0].toUpperCase()}${name.slice(1)}` : name, type = new RegExp(`\\b${key("type")}:\\s*"([^"]+)"`).exec(text)?.[1];
  if (!type) return null;
  let maxLength = new RegExp(`\\b${key("maxLength")}:\\s*(\\d+)`).exec(text)?.[1], nullable = new RegExp(`\\b${key("nullable")}:\\s*(true|false)`).exec(text)?.[1], sized = maxLength && !type.includes("(") ? `${type}(${maxLength})` : type;
  return nullable ? `${sized}, nullable: ${nullable}` : sized;
}
var RULES4 = [
  {
    pattern: call("CreateTable|EnsureSchema|CreateSequence|InsertData"),
    classify: (c) => finding("additive", c.line, `${method(c)} ${table(c)}`)
  },
  {
    pattern: call("DropTable|RenameTable|DropSchema"),
    classify: (c) => finding("destructive", c.line, `${method(c)} ${table(c)}`, { subject: table(c) })
  },
  {
    pattern: call("DropColumn|RenameColumn"),
    classify: (c) => finding("destructive", c.line, `${method(c)} ${column(c)}`, { subject: column(c) })
  },
  {
    pattern: call("AlterColumn"),
    classify: (c) => {
      let subject = column(c), before = efDefinition(c.text, "old"), after = efDefinition(c.text, "");
      if (before && after) {
        let item = finding("constraining", c.line, `AlterColumn ${subject} ${before} -> ${after}`, {
          subject
        });
        return judgeRedefinition(item, before, after), item;
      }
      return /\bnullable:\s*false\b/.test(c.text) && /\boldNullable:\s*true\b/.test(c.text) ? finding("constraining", c.line, `AlterColumn ${subject} nullable: false`, { subject }) : finding("constraining", c.line, `AlterColumn ${subject}`, {
        subject,
        note: "the column definition changed; check that it still accepts what N-1 writes"
      });
    }
  },
  {
    pattern: call("AddColumn"),
    classify: (c) => {
      let subject = column(c);
      return /\bnullable:\s*false\b/.test(c.text) && !/\bdefaultValue(?:Sql)?:|\bcomputedColumnSql:/.test(c.text) ? finding("constraining", c.line, `AddColumn ${subject} nullable: false without defaultValue`, {
        subject,
        note: "N-1 does not write the column, so its inserts fail"
      }) : finding("additive", c.line, `AddColumn ${subject}`);
    }
  },
  {
    pattern: call("CreateIndex"),
    classify: (c) => /\bunique:\s*true\b/.test(c.text) ? finding("constraining", c.line, `CreateIndex ${table(c)} unique: true`, {
      subject: indexSubject(c)
    }) : finding("additive", c.line, `CreateIndex ${table(c)}`)
  },
  {
    pattern: call("AddForeignKey|AddUniqueConstraint|AddCheckConstraint|AddPrimaryKey"),
    classify: (c) => finding("constraining", c.line, `${method(c)} ${table(c)}`, {
      subject: namedValue(c.text, "table") ?? "?"
    })
  },
  {
    pattern: call("DropForeignKey|DropUniqueConstraint|DropCheckConstraint|DropPrimaryKey"),
    classify: (c) => finding("additive", c.line, `${method(c)} ${table(c)}`)
  },
  {
    pattern: call("DropIndex"),
    classify: (c) => finding("unverifiable", c.line, `DropIndex ${table(c)}`, {
      note: "N-1 keeps working but may be slower"
    })
  },
  {
    pattern: call("UpdateData|DeleteData"),
    classify: (c) => finding("data-rewrite", c.line, `${method(c)} ${namedValue(c.text, "table") ?? "?"}`, {
      subject: namedValue(c.text, "table") ?? "?"
    })
  },
  { pattern: /\bmigrationBuilder\.Sql\b[ \t]*/g, sql: !0 }
];
async function analyseEfCore(source, dialect) {
  let analysis = await analyseOrmSource(source, withDialect(CSHARP, dialect), RULES4);
  return judgeRecreatedIndexes(source, analysis, dialect), analysis;
}
function indexCalls(source) {
  let downAt = CSHARP.down.exec(source)?.index ?? source.length, calls = [];
  for (let match of source.matchAll(/\bmigrationBuilder\.(CreateIndex|DropIndex)\b/g)) {
    let text = source.slice(match.index, callEnd(source, match.index));
    calls.push({
      method: match[1],
      name: namedValue(text, "name") ?? "?",
      table: namedValue(text, "table") ?? "?",
      columns: namedValue(text, "column") ? [namedValue(text, "column")] : columnList(text),
      unique: /\bunique:\s*true\b/.test(text),
      filter: /\bfilter:\s*"((?:[^"\\]|\\.)*)"/.exec(text)?.[1] ?? null,
      line: lineAt(source, match.index),
      direction: match.index < downAt ? "up" : "down"
    });
  }
  return calls;
}
function judgeRecreatedIndexes(source, analysis, dialect) {
  let calls = indexCalls(source), sameKey = (a, b) => a.name === b.name && a.table === b.table;
  for (let created of calls.filter((c) => c.method === "CreateIndex" && c.direction === "up" && c.unique)) {
    let dropped = calls.find(
      (c) => c.method === "DropIndex" && c.direction === "up" && c.line < created.line && sameKey(c, created)
    ), previous = calls.find(
      (c) => c.method === "CreateIndex" && c.direction === "down" && sameKey(c, created)
    );
    if (!dropped || !previous?.unique || previous.columns.join() !== created.columns.join()) continue;
    let filterChange = describeFilterChange(previous, created, (column2) => analysis.findings.some(
      (item) => item.operation.startsWith(`AlterColumn ${created.table}.${column2} `) && /-> .*nullable: false$/.test(item.operation)
    ), dialect), why = `recreates the unique index ${created.name} that it drops at line ${dropped.line}, over the same columns (${created.table}.${created.columns.join(", ")}); Down restores it unique, so N-1's writes were already held to it`;
    for (let item of analysis.findings)
      if (item.line === created.line && item.operation.startsWith(`CreateIndex ${created.name} `)) {
        let severity = filterChange === null || filterChange.harmless ? "info" : "warning";
        item.severity = severity, severity === "info" && (item.effect = "additive", item.category = "additive"), item.note = [why, filterChange?.words].filter(Boolean).join("; ");
      } else item.line === dropped.line && item.operation === `DropIndex ${dropped.name}` && (item.severity = "info", item.effect = "additive", item.category = "additive", item.note = `recreated at line ${created.line} in this migration`);
  }
}
function describeFilterChange(previous, created, madeNotNull, dialect) {
  let normalise = (filter) => (filter ?? "").replace(/[\s[\]"`]/g, "").toLowerCase();
  if (normalise(previous.filter) === normalise(created.filter)) return null;
  let exempted = /^\[?"?(\w+)"?\]?\s+IS\s+NOT\s+NULL$/i.exec((previous.filter ?? "").trim())?.[1];
  return created.filter === null && exempted !== void 0 && created.columns.includes(exempted) && (dialect !== "transactsql" || madeNotNull(exempted)) ? {
    harmless: !0,
    words: `its old filter (${previous.filter}) only exempted NULLs, which never collide in a unique index here or are no longer written`
  } : {
    harmless: !1,
    words: `its filter changes from ${previous.filter ?? "none"} to ${created.filter ?? "none"}, so rows N-1 writes may be checked that were not before`
  };
}

// src/assess/migrations/orm/javascript.ts
function jsFramework(source) {
  return /\bMigrationInterface\b|\bqueryRunner\b/.test(source) ? "typeorm" : /\bqueryInterface\b|\bSequelize\b/.test(source) ? "sequelize" : /\bexports\.up\b|\bexport\s+(?:async\s+)?function\s+up\b|\bknex\.schema\b|\bKnex\b/.test(source) ? "knex" : null;
}
var JS = {
  lineComment: /^(?:\/\/|\/\*|\*)/,
  up: /\bexports\.up\b|\bfunction\s+up\s*\(|\basync\s+up\s*\(|^\s*up\s*[:(]|\bup\s*[:=]\s*(?:async\s*)?(?:function\b|\()/m,
  down: /\bexports\.down\b|\bfunction\s+down\s*\(|\basync\s+down\s*\(|^\s*down\s*[:(]|\bdown\s*[:=]\s*(?:async\s*)?(?:function\b|\()/m,
  blocks: [
    { name: "create", pattern: /\.createTable(?:IfNotExists)?\s*\(\s*["'`]?(\w*)/ },
    { name: "alter", pattern: /\.(?:alterTable|table)\s*\(\s*["'`]?(\w*)/ }
  ]
};
function firstName2(c) {
  return bareName(splitArguments(c.text)[0]);
}
function tableColumn(c) {
  let args = splitArguments(c.text), receiver = /(\w+)\s*\.\s*$/.exec(c.match.input.slice(Math.max(0, c.offset - 40), c.offset + 1))?.[1] ?? "";
  return /^(?:queryInterface|queryRunner)$/.test(receiver) ? `${bareName(args[0])}.${bareName(args[1])}` : qualified(c, bareName(args[0]));
}
var RULES5 = [
  {
    pattern: /\.createTable(?:IfNotExists)?\b/g,
    classify: (c) => finding("additive", c.line, `createTable ${firstName2(c)}`)
  },
  {
    pattern: /\.(?:dropColumns?|removeColumn|renameColumn|changeColumn)\b/g,
    classify: (c) => {
      let subject = tableColumn(c);
      return finding("destructive", c.line, `${c.match[0].slice(1)} ${subject}`, { subject });
    }
  },
  {
    pattern: /\.(?:dropTable(?:IfExists)?|renameTable)\b/g,
    classify: (c) => finding("destructive", c.line, `${c.match[0].slice(1)} ${firstName2(c)}`, { subject: firstName2(c) })
  },
  {
    pattern: /\.addColumn\b/g,
    classify: (c) => {
      let subject = tableColumn(c), hasDefault2 = /\b(?:defaultValue|default)\s*:/.test(c.text);
      return (/\ballowNull\s*:\s*false\b/.test(c.text) || /\bTableColumn\b/.test(c.text) && !/\bisNullable\s*:\s*true\b/.test(c.text) || /\bisNullable\s*:\s*false\b/.test(c.text)) && !hasDefault2 ? finding("constraining", c.line, `addColumn ${subject} NOT NULL without default`, {
        subject,
        note: "N-1 does not write the column, so its inserts fail"
      }) : finding("additive", c.line, `addColumn ${subject}`);
    }
  },
  {
    // Knex column builders inside alterTable: `table.string('x').notNullable()`.
    pattern: /\.notNullable\(\)/g,
    classify: (c) => {
      if (c.block !== "alter") return null;
      let line = lineOf(c);
      if (/\.defaultTo\(/.test(line) || /\.alter\(\)/.test(line)) return null;
      let column2 = qualified(c, /\.\w+\(\s*["'`](\w+)["'`]/.exec(line)?.[1] ?? "?");
      return finding("constraining", c.line, `${column2} notNullable() without defaultTo in alterTable`, {
        subject: column2,
        note: "N-1 does not write the column, so its inserts fail"
      });
    }
  },
  {
    pattern: /\.alter\(\)/g,
    classify: (c) => {
      let column2 = qualified(c, /\.\w+\(\s*["'`](\w+)["'`]/.exec(lineOf(c))?.[1] ?? "?");
      return finding("destructive", c.line, `alter() column ${column2}`, {
        subject: column2,
        note: "changes the column type or constraints"
      });
    }
  },
  {
    pattern: /\b\w+\.(?:unique|foreign|primary)\s*\(/g,
    classify: (c) => c.block === "alter" ? finding("constraining", c.line, `${c.match[0].replace(/\s*\($/, "")} in alterTable`, {
      subject: firstName2(c)
    }) : null
  },
  {
    pattern: /\.(?:addConstraint|createUniqueConstraint|createForeignKeys?|createCheckConstraint|createPrimaryKey)\b/g,
    classify: (c) => finding("constraining", c.line, `${c.match[0].slice(1)} ${firstName2(c)}`, { subject: firstName2(c) })
  },
  {
    pattern: /\.(?:addIndex|createIndex)\b/g,
    classify: (c) => /\b(?:unique|isUnique)\s*:\s*true\b/.test(c.text) ? finding("constraining", c.line, `${c.match[0].slice(1)} ${firstName2(c)} unique`, {
      subject: firstName2(c)
    }) : finding("additive", c.line, `${c.match[0].slice(1)} ${firstName2(c)}`)
  },
  {
    pattern: /\.(?:removeIndex|dropIndex)\b/g,
    classify: (c) => finding("unverifiable", c.line, `${c.match[0].slice(1)} ${firstName2(c)}`, {
      note: "N-1 keeps working but may be slower"
    })
  },
  {
    pattern: /\.(?:bulkDelete|bulkUpdate)\b/g,
    classify: (c) => finding("data-rewrite", c.line, `${c.match[0].slice(1)} ${firstName2(c)}`, { subject: firstName2(c) })
  },
  {
    pattern: /\.bulkInsert\b/g,
    classify: (c) => finding("additive", c.line, `bulkInsert ${firstName2(c)} (seed data)`)
  },
  {
    pattern: /\b(?:queryRunner\.query|knex\.raw|\.schema\.raw|sequelize\.query|\bdb\.raw)\b[ \t]*/g,
    sql: !0
  }
];
function lineOf(c) {
  let text = c.match.input, start = text.lastIndexOf(`
`, c.offset) + 1, end = text.indexOf(`
`, c.offset);
  return text.slice(start, end === -1 ? void 0 : end);
}
async function analyseJavaScript(source, dialect) {
  let framework = jsFramework(source), analysis = await analyseOrmSource(source, withDialect(JS, dialect), RULES5);
  return framework === null ? analysis.findings.unshift(
    finding("unverifiable", 1, "migration-like file that is not Knex, Sequelize or TypeORM", {
      note: "the path looks like a migration but the content was not recognised; check it by hand"
    })
  ) : analysis.framework = framework, analysis;
}

// src/assess/migrations/orm/laravel.ts
var PHP = {
  lineComment: /^(?:\/\/|#|\/\*|\*)/,
  up: /function\s+up\s*\(/,
  down: /function\s+down\s*\(/,
  blocks: [
    { name: "create", pattern: /Schema::create\s*\(\s*["']?(\w*)/ },
    { name: "alter", pattern: /Schema::table\s*\(\s*["']?(\w*)/ }
  ],
  dialect: void 0
}, COLUMN_TYPES = "string|char|text|mediumText|longText|tinyText|integer|tinyInteger|smallInteger|mediumInteger|bigInteger|unsignedBigInteger|unsignedInteger|unsignedTinyInteger|unsignedSmallInteger|boolean|date|dateTime|dateTimeTz|time|timeTz|timestamp|timestampTz|decimal|double|float|json|jsonb|uuid|ulid|enum|set|binary|foreignId|foreignUuid|foreignUlid|year|ipAddress|macAddress";
function firstName3(c) {
  return bareName(splitArguments(c.text)[0]);
}
function statementOf(c) {
  let source = c.match.input, end = source.indexOf(";", c.offset);
  return source.slice(c.offset, end === -1 ? void 0 : end);
}
var RULES6 = [
  {
    pattern: /Schema::create\b/g,
    classify: (c) => finding("additive", c.line, `Schema::create ${firstName3(c)}`)
  },
  {
    pattern: /Schema::(?:drop|dropIfExists|rename)\b/g,
    classify: (c) => finding("destructive", c.line, `${c.match[0]} ${firstName3(c)}`, { subject: firstName3(c) })
  },
  {
    pattern: /->(?:dropColumn|renameColumn|dropTimestamps|dropSoftDeletes|dropMorphs|dropConstrainedForeignId)\b/g,
    classify: (c) => {
      let subject = qualified(c, firstName3(c));
      return finding("destructive", c.line, `${c.match[0].slice(2)} ${subject}`, { subject });
    }
  },
  {
    pattern: new RegExp(`\\$table->(?:${COLUMN_TYPES})\\s*\\(`, "g"),
    classify: (c) => {
      let statement = statementOf(c), column2 = qualified(c, firstName3(c));
      return /->change\(\)/.test(statement) && /->nullable\(\s*(?:true\s*)?\)/.test(statement) ? finding("unverifiable", c.line, `->nullable()->change() on column ${column2}`, {
        category: "constraining",
        note: "the column becomes nullable (widening); N may write NULLs N-1 does not expect; check the type is unchanged"
      }) : /->change\(\)/.test(statement) ? finding("destructive", c.line, `->change() on column ${column2}`, {
        subject: column2,
        note: "changes the column type or constraints"
      }) : c.block !== "alter" ? null : /->nullable\(\s*\)|->nullable\(\s*true|->default\(|->useCurrent\(/.test(statement) ? finding("additive", c.line, `add column ${column2}`) : finding("constraining", c.line, `add column ${column2} NOT NULL without default`, {
        subject: column2,
        note: "N-1 does not write the column, so its inserts fail"
      });
    }
  },
  {
    pattern: /\$table->(?:unique|foreign|primary)\s*\(/g,
    classify: (c) => c.block === "alter" ? finding("constraining", c.line, `${c.match[0].replace(/^\$table->|\s*\($/g, "")} ${firstName3(c)}`, {
      subject: firstName3(c)
    }) : null
  },
  {
    // Indexes, and dropping keys or indexes that only guarded writes: N-1 keeps working.
    pattern: /\$table->(?:index|fullText|spatialIndex|rawIndex|dropUnique|dropForeign|dropPrimary|dropFullText|dropSpatialIndex)\s*\(/g,
    classify: (c) => {
      let columns = [...(splitArguments(c.text)[0] ?? "").matchAll(/["'](\w+)["']/g)].map((m) => m[1]), method2 = c.match[0].replace(/^\$table->|\s*\($/g, "");
      return finding("additive", c.line, `${method2} on ${c.blockTable ?? "?"} (${columns.join(", ")})`);
    }
  },
  {
    pattern: /\$table->dropIndex\b/g,
    classify: (c) => finding("unverifiable", c.line, `dropIndex ${firstName3(c)}`, {
      note: "N-1 keeps working but may be slower"
    })
  },
  {
    pattern: /DB::table\([^)]*\)\s*(?:->\w+\([^)]*\)\s*)*->(?:update|delete)\b/g,
    classify: (c) => finding("data-rewrite", c.line, "DB::table(...)->update/delete (data rewrite)", {
      subject: "the rewritten rows"
    })
  },
  {
    // Rows rewritten through Eloquent models (`Model::chunk(...)`, `$row->update([...])`,
    // `$row->save()`): no schema change, but N-1 may meet values it does not expect.
    pattern: /(?:\$\w+|\b[A-Z]\w*::\w+\([^;]*?\))->(?:update|save|delete|forceDelete|insert|upsert|increment|decrement)\s*\(/g,
    classify: (c) => /^\$table->|^DB::/.test(c.match[0]) ? null : finding("data-rewrite", c.line, "rows rewritten through a model (data rewrite)", {
      subject: "the rewritten rows",
      severity: "warning",
      note: "N-1 may not read the values this migration writes"
    })
  },
  { pattern: /DB::(?:statement|unprepared)\b[ \t]*/g, sql: !0 }
];
function analyseLaravel(source, dialect) {
  return analyseOrmSource(source, withDialect(PHP, dialect), RULES6);
}

// src/assess/migrations/orm/liquibase.ts
var CHANGE_TYPES = [
  "dropColumn",
  "renameColumn",
  "dropTable",
  "renameTable",
  "dropView",
  "modifyDataType",
  "mergeColumns",
  "addNotNullConstraint",
  "addUniqueConstraint",
  "addForeignKeyConstraint",
  "addPrimaryKey",
  "addCheckConstraint",
  "addColumn",
  "createTable",
  "createIndex",
  "createView",
  "createSequence",
  "addDefaultValue",
  "dropNotNullConstraint",
  "dropForeignKeyConstraint",
  "dropUniqueConstraint",
  "dropIndex",
  "insert",
  "loadData",
  "update",
  "delete",
  "customChange",
  "sqlFile"
].join("|"), changePattern = (names) => new RegExp(`<(?:${names})(?=[\\s/>])|^[ \\t]*(?:-[ \\t]+)?(?:${names}):|"(?:${names})"\\s*:`, "gm");
function changeName(c) {
  return c.match[0].replace(/[<"\s:-]/g, "");
}
function liquibaseExtent(source, offset, match) {
  let token = match[0];
  if (token.startsWith("<")) {
    let name = /^<(\w+)/.exec(token)?.[1] ?? "", tagEnd = source.indexOf(">", offset);
    if (tagEnd === -1) return source.length;
    if (source[tagEnd - 1] === "/") return tagEnd + 1;
    let close = source.indexOf(`</${name}>`, tagEnd);
    return close === -1 ? source.length : close + name.length + 3;
  }
  if (token.trimStart().startsWith('"')) return callEnd(source, offset + token.length);
  let keyIndent = token.length - token.trimStart().length + (token.trimStart().startsWith("-") ? 2 : 0), end = source.indexOf(`
`, offset);
  for (; end !== -1; ) {
    let next = source.indexOf(`
`, end + 1), line = source.slice(end + 1, next === -1 ? void 0 : next);
    if (line.trim() !== "" && line.length - line.trimStart().length <= keyIndent) break;
    end = next;
  }
  return end === -1 ? source.length : end;
}
var LIQUIBASE = {
  lineComment: /^(?:#|<!--)/,
  up: /<changeSet\b|<\/rollback>|^[ \t]*-[ \t]+changeSet:|"changeSet"\s*:/m,
  down: /<rollback\b|^[ \t]*(?:-[ \t]+)?rollback:|"rollback"\s*:/m,
  extent: liquibaseExtent
};
function tableOf2(c) {
  return namedValue(c.text, "tableName") ?? "?";
}
function columnOf2(c, attribute = "columnName") {
  return `${tableOf2(c)}.${namedValue(c.text, attribute) ?? namedValue(c.text, "name") ?? "?"}`;
}
function classifyChange(c) {
  let name = changeName(c);
  switch (name) {
    case "dropColumn":
      return finding("destructive", c.line, `dropColumn ${columnOf2(c)}`, { subject: columnOf2(c) });
    case "renameColumn":
      return finding(
        "destructive",
        c.line,
        `renameColumn ${columnOf2(c, "oldColumnName")} to ${namedValue(c.text, "newColumnName") ?? "?"}`,
        { subject: columnOf2(c, "oldColumnName") }
      );
    case "modifyDataType":
      return finding(
        "destructive",
        c.line,
        `modifyDataType ${columnOf2(c)} to ${namedValue(c.text, "newDataType") ?? "?"}`,
        { subject: columnOf2(c) }
      );
    case "mergeColumns":
      return finding("destructive", c.line, `mergeColumns on ${tableOf2(c)}`, { subject: tableOf2(c) });
    case "dropTable":
    case "dropView":
      return finding(
        "destructive",
        c.line,
        `${name} ${tableOf2(c) === "?" ? namedValue(c.text, "viewName") ?? "?" : tableOf2(c)}`,
        { subject: tableOf2(c) }
      );
    case "renameTable": {
      let old = namedValue(c.text, "oldTableName") ?? "?";
      return finding(
        "destructive",
        c.line,
        `renameTable ${old} to ${namedValue(c.text, "newTableName") ?? "?"}`,
        { subject: old }
      );
    }
    case "addNotNullConstraint":
      return finding("constraining", c.line, `addNotNullConstraint ${columnOf2(c)}`, { subject: columnOf2(c) });
    case "addUniqueConstraint":
    case "addForeignKeyConstraint":
    case "addPrimaryKey":
    case "addCheckConstraint": {
      let table2 = namedValue(c.text, "baseTableName") ?? tableOf2(c);
      return finding("constraining", c.line, `${name} on ${table2}`, { subject: table2 });
    }
    case "addColumn": {
      let notNull = /\bnullable\s*[=:]\s*["']?false\b/.test(c.text), defaulted = /\bdefaultValue\w*\s*[=:]/.test(c.text) || /\bautoIncrement\s*[=:]\s*["']?true/.test(c.text);
      return notNull && !defaulted ? finding(
        "constraining",
        c.line,
        `addColumn ${columnOf2(c, "name")} nullable="false" without defaultValue`,
        { subject: columnOf2(c, "name"), note: "N-1 does not write the column, so its inserts fail" }
      ) : finding("additive", c.line, `addColumn ${columnOf2(c, "name")}`);
    }
    case "createIndex":
      return /\bunique\s*[=:]\s*["']?true\b/.test(c.text) ? finding("constraining", c.line, `createIndex unique on ${tableOf2(c)}`, { subject: tableOf2(c) }) : finding("additive", c.line, `createIndex on ${tableOf2(c)}`);
    case "dropIndex":
      return finding("unverifiable", c.line, `dropIndex ${namedValue(c.text, "indexName") ?? "?"}`, {
        note: "N-1 keeps working but may be slower"
      });
    case "update":
    case "delete":
      return finding("data-rewrite", c.line, `${name} ${tableOf2(c)} (data rewrite)`, { subject: tableOf2(c) });
    case "customChange":
    case "sqlFile":
      return finding("unverifiable", c.line, name, {
        note: "the change is defined outside this changelog; check it by hand"
      });
    default:
      return finding("additive", c.line, `${name} ${tableOf2(c)}`);
  }
}
var SQL_BODY = /<sql\b[^>]*>(?:\s*<!\[CDATA\[)?|^[ \t]*sql:[ \t]*(?:[|>][-+]?[ \t]*\n)?|"sql"\s*:\s*(?=")/gm, RULES7 = [
  { pattern: changePattern(CHANGE_TYPES), classify: classifyChange },
  { pattern: SQL_BODY, sql: !0 }
];
function analyseLiquibase(source, dialect) {
  return analyseOrmSource(prepareSqlBodies(source), withDialect(LIQUIBASE, dialect), RULES7);
}
function prepareSqlBodies(source) {
  let quote = (body) => `"${body.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`, blank = (text) => (text ?? "").replace(/[^\n]/g, " "), xml = source.replace(
    /(<sql\b[^>]*>)(\s*<!\[CDATA\[)?([\s\S]*?)(\]\]>\s*)?(<\/sql>)/g,
    (_all, open, cdata, body, cdataEnd, close) => `${open}${blank(cdata)}${quote(body)}${blank(cdataEnd)}${close}`
  );
  return quoteYamlSqlValues(xml, quote);
}
function quoteYamlSqlValues(source, quote) {
  let lines = source.split(`
`), indent = (line) => line.length - line.trimStart().length;
  for (let i = 0; i < lines.length; i++) {
    let key = /^([ \t]*sql:[ \t]*)(.*)$/.exec(lines[i]);
    if (!key) continue;
    let [, prefix = "", value = ""] = key;
    if (/^[|>][-+]?\s*$/.test(value)) {
      let last = i;
      for (; last + 1 < lines.length && (lines[last + 1].trim() === "" || indent(lines[last + 1]) > indent(lines[i])); )
        last++;
      for (; last > i && lines[last].trim() === ""; ) last--;
      if (last === i) continue;
      let body = lines.slice(i + 1, last + 1).join(`
`), quoted = quote(`
${body}`).split(`
`);
      lines[i] = `${prefix}${quoted[0]}`, quoted.slice(1).forEach((line, k) => lines[i + 1 + k] = line), i = last;
    } else value !== "" && !/^["']/.test(value) && (lines[i] = `${prefix}${quote(value)}`);
  }
  return lines.join(`
`);
}

// src/assess/migrations/orm/rails.ts
var RUBY = {
  lineComment: /^#/,
  up: /^[ \t]*def[ \t]+(?:up|change)\b/m,
  down: /^[ \t]*def[ \t]+down\b/m,
  downBlocks: /\b\w+\.down\b(?=\s*(?:do\b|\{))/,
  blocks: [
    { name: "create", pattern: /\bcreate_table\s*\(?\s*:?["']?(\w*)/ },
    { name: "alter", pattern: /\bchange_table\s*\(?\s*:?["']?(\w*)/ }
  ]
}, TABLE_COLUMN_TYPES = "string|text|integer|bigint|float|decimal|numeric|boolean|date|datetime|time|timestamp|binary|json|jsonb|uuid|references|belongs_to|column|timestamps", hasNotNull = (text) => /\bnull:\s*false\b/.test(text), hasDefault = (text) => /\bdefault:/.test(text), notValidated = (text) => /\bvalidate:\s*false\b/.test(text);
function tableColumn2(text) {
  let args = splitArguments(text);
  return { table: bareName(args[0]), column: bareName(args[1]), args };
}
var RULES8 = [
  {
    pattern: /\bcreate_(?:join_)?table\b/g,
    classify: (c) => finding("additive", c.line, `create_table ${bareName(splitArguments(c.text)[0])}`)
  },
  {
    pattern: /\badd_column\b/g,
    classify: (c) => {
      let { table: table2, column: column2 } = tableColumn2(c.text);
      return hasNotNull(c.text) && !hasDefault(c.text) ? finding("constraining", c.line, `add_column ${table2}.${column2} null: false without default`, {
        subject: `${table2}.${column2}`,
        note: "N-1 does not write the column, so its inserts fail"
      }) : finding("additive", c.line, `add_column ${table2}.${column2}`);
    }
  },
  {
    pattern: /\badd_(?:reference|belongs_to)\b/g,
    classify: (c) => {
      let { table: table2, column: column2 } = tableColumn2(c.text);
      return hasNotNull(c.text) && !hasDefault(c.text) ? finding("constraining", c.line, `add_reference ${table2}.${column2} null: false`, {
        subject: `${table2}.${column2}`
      }) : finding("additive", c.line, `add_reference ${table2}.${column2}`);
    }
  },
  {
    // Rails adds timestamps as NOT NULL unless told otherwise.
    pattern: /\badd_timestamps\b/g,
    classify: (c) => {
      let table2 = bareName(splitArguments(c.text)[0]);
      return /\bnull:\s*true\b/.test(c.text) || hasDefault(c.text) ? finding("additive", c.line, `add_timestamps ${table2}`) : finding("constraining", c.line, `add_timestamps ${table2} (NOT NULL)`, { subject: table2 });
    }
  },
  {
    pattern: /\bremove_(?:columns?|reference|belongs_to|timestamps)\b/g,
    classify: (c) => {
      let { table: table2, args } = tableColumn2(c.text), names = args.slice(1).filter((a) => a.startsWith(":") || /^["']/.test(a)).map(bareName), columns = c.match[0] === "remove_columns" ? names : names.slice(0, 1), subject = `${table2}.${columns.join(", ") || "timestamps"}`;
      return finding("destructive", c.line, `${c.match[0]} ${subject}`, { subject });
    }
  },
  {
    pattern: /\brename_column\b/g,
    classify: (c) => {
      let { table: table2, column: column2, args } = tableColumn2(c.text);
      return finding("destructive", c.line, `rename_column ${table2}.${column2} to ${bareName(args[2])}`, {
        subject: `${table2}.${column2}`
      });
    }
  },
  {
    pattern: /\bchange_column\b(?!_)/g,
    classify: (c) => {
      let { table: table2, column: column2, args } = tableColumn2(c.text);
      return finding("destructive", c.line, `change_column ${table2}.${column2} to ${bareName(args[2])}`, {
        subject: `${table2}.${column2}`,
        alteration: { column: `${table2}.${column2}`, to: args.slice(2).join(", ") }
      });
    }
  },
  {
    pattern: /\bchange_column_null\b/g,
    classify: (c) => {
      let { table: table2, column: column2, args } = tableColumn2(c.text), subject = `${table2}.${column2}`;
      return /^false\b/.test(args[2] ?? "") ? finding("constraining", c.line, `change_column_null ${subject}, false`, {
        subject,
        columnChange: { column: subject, change: "set-not-null" }
      }) : finding("additive", c.line, `change_column_null ${table2}.${column2}, true`);
    }
  },
  {
    pattern: /\bchange_column_default\b/g,
    classify: (c) => {
      let { table: table2, column: column2 } = tableColumn2(c.text);
      return finding("additive", c.line, `change_column_default ${table2}.${column2}`, {
        columnChange: { column: `${table2}.${column2}`, change: "set-default" }
      });
    }
  },
  {
    pattern: /\b(?:drop_table|drop_join_table|rename_table)\b/g,
    classify: (c) => {
      let table2 = bareName(splitArguments(c.text)[0]);
      return finding("destructive", c.line, `${c.match[0]} ${table2}`, { subject: table2 });
    }
  },
  {
    pattern: /\badd_index\b/g,
    classify: (c) => {
      let table2 = bareName(splitArguments(c.text)[0]), columns = [...(splitArguments(c.text)[1] ?? "").matchAll(/:(\w+)|["'](\w+)["']/g)].map(
        (m) => m[1] ?? m[2]
      );
      return /\bunique:\s*true\b/.test(c.text) ? finding("constraining", c.line, `add_index ${table2} unique: true`, {
        subject: columns.length ? `${table2}.${columns.join(", ")}` : table2
      }) : finding("additive", c.line, `add_index ${table2}`);
    }
  },
  {
    pattern: /\bremove_index\b/g,
    classify: (c) => finding("unverifiable", c.line, `remove_index ${bareName(splitArguments(c.text)[0])}`, {
      note: "N-1 keeps working but may be slower"
    })
  },
  {
    pattern: /\badd_(?:foreign_key|check_constraint)\b/g,
    classify: (c) => {
      let table2 = bareName(splitArguments(c.text)[0]);
      return notValidated(c.text) ? finding("constraining", c.line, `${c.match[0]} ${table2} validate: false`, {
        subject: table2,
        severity: "warning",
        note: "new writes from N-1 are still checked"
      }) : finding("constraining", c.line, `${c.match[0]} ${table2}`, { subject: table2 });
    }
  },
  {
    pattern: /\bremove_(?:foreign_key|check_constraint)\b|\benable_extension\b/g,
    classify: (c) => finding("additive", c.line, `${c.match[0]} ${bareName(splitArguments(c.text)[0])}`)
  },
  // Inside `change_table :users do |t|`.
  {
    pattern: /\b\w+\.(?:remove|remove_references|remove_belongs_to|rename|change)\b(?=[\s(])/g,
    classify: (c) => {
      let subject = qualified(c, bareName(splitArguments(c.text)[0]));
      return finding("destructive", c.line, `change_table ${c.match[0]} ${subject}`, { subject });
    }
  },
  {
    pattern: new RegExp(`\\b\\w+\\.(?:${TABLE_COLUMN_TYPES})\\b(?=[\\s(])`, "g"),
    classify: (c) => {
      if (c.block !== "alter") return null;
      let subject = qualified(c, bareName(splitArguments(c.text)[0]));
      return hasNotNull(c.text) && !hasDefault(c.text) ? finding(
        "constraining",
        c.line,
        `change_table ${c.match[0]} ${subject} null: false without default`,
        {
          subject,
          note: "N-1 does not write the column, so its inserts fail"
        }
      ) : finding("additive", c.line, `change_table ${c.match[0]} ${subject}`);
    }
  },
  {
    pattern: /\.(?:update_all|delete_all|destroy_all)\b/g,
    classify: (c) => finding("data-rewrite", c.line, `${c.match[0].slice(1)} (data rewrite in a migration)`, {
      subject: "the rewritten rows"
    })
  },
  {
    // Rows rewritten one by one through a model (`find_each { |r| r.update!(…) }`, `r.save`):
    // no schema change, but N-1 may meet values it does not expect.
    pattern: /\b[a-z_]\w*\.(?:save!?|update!?|update_columns?|update_attribute)(?=[\s(]|$)/gm,
    classify: (c) => /^t\./.test(c.match[0]) ? null : finding("data-rewrite", c.line, "rows rewritten through a model (data rewrite)", {
      subject: "the rewritten rows",
      severity: "warning",
      note: "N-1 may not read the values this migration writes"
    })
  },
  { pattern: /\bexecute\b[ \t(]*/g, sql: !0 }
];
async function analyseRails(source, dialect) {
  let analysis = await analyseOrmSource(source, withDialect(RUBY, dialect), RULES8);
  return judgeSwappedForeignKeys(source, analysis), analysis;
}
function foreignKeyCalls(source) {
  let code = blankLineComments(source, RUBY.lineComment), downAt = RUBY.down.exec(code)?.index ?? code.length, calls = [];
  for (let match of code.matchAll(/\b(add|remove)_foreign_key\b/g)) {
    if (match.index >= downAt) break;
    let args = splitArguments(code.slice(match.index, callEnd(code, match.index))), from = bareName(args[0]), positional2 = args[1] && !/^\w+:/.test(args[1]) ? bareName(args[1]) : null, named = (name) => args.map((arg) => new RegExp(`^${name}:\\s*:?["']?(\\w+)`).exec(arg)?.[1]).find(Boolean) ?? null, to = positional2 ?? named("to_table") ?? "?", column2 = named("column") ?? `${to.replace(/s$/, "")}_id`, options = args.slice(1).filter((arg) => /^\w+:/.test(arg) && !/^(?:column|to_table|name):/.test(arg)).join(", ");
    calls.push({
      added: match[1] === "add",
      key: `${from} -> ${to} (${column2})`,
      options,
      line: lineAt(code, match.index)
    });
  }
  return calls;
}
function judgeSwappedForeignKeys(source, analysis) {
  let calls = foreignKeyCalls(source);
  for (let added of calls.filter((call2) => call2.added)) {
    let removed = calls.find((call2) => !call2.added && call2.key === added.key && call2.line < added.line);
    if (!removed) continue;
    let item = analysis.findings.find(
      (finding2) => finding2.line === added.line && finding2.operation.startsWith("add_foreign_key ")
    );
    if (!item || item.severity !== "blocker") continue;
    let why = `the foreign key ${added.key} removed at line ${removed.line} is added again, so N-1's writes were already checked by it`;
    added.options ? (item.severity = "warning", item.note = `${why}; its options are now ${added.options}, which changes what deleting a referenced row does`) : (item.severity = "info", item.effect = "additive", item.category = "additive", item.note = why);
  }
}

// src/assess/migrations/orm.ts
var ANALYSERS = {
  rails: analyseRails,
  django: analyseDjango,
  alembic: analyseAlembic,
  js: analyseJavaScript,
  laravel: analyseLaravel,
  ecto: analyseEcto,
  "ef-core": analyseEfCore,
  liquibase: analyseLiquibase
};
function analyseOrm(framework, source, dialect) {
  return ANALYSERS[framework](source, dialect);
}
function ormFrameworkFor(kind, path5, source) {
  switch (kind) {
    case "rails":
      return "rails";
    case "django":
      return "django";
    case "alembic":
      return "alembic";
    case "js-migration":
      return "js";
    case "laravel":
      return "laravel";
    case "ecto":
      return "ecto";
    case "ef-core":
      return "ef-core";
    case "liquibase":
      return /\.sql$/i.test(path5) ? null : "liquibase";
    case "custom":
      return frameworkByExtension(path5, source);
    default:
      return null;
  }
}
function frameworkByExtension(path5, source) {
  switch (/\.([a-z]+)$/i.exec(path5)?.[1]?.toLowerCase() ?? "") {
    case "rb":
      return "rails";
    case "py":
      return /\bmigrations\.\w+\(/.test(source) ? "django" : "alembic";
    case "js":
    case "mjs":
    case "cjs":
    case "ts":
      return "js";
    case "php":
      return "laravel";
    case "exs":
    case "ex":
      return "ecto";
    case "cs":
      return "ef-core";
    case "xml":
    case "yaml":
    case "yml":
    case "json":
      return "liquibase";
    default:
      return null;
  }
}

// src/assess/migrations/analyse.ts
var DIALECT_FOLDERS = [
  [/(?:^|\/)(?:mysql|mysql8|mysql57)\//i, "mysql", "mysql"],
  [/(?:^|\/)mariadb\//i, "mariadb", "mariadb"],
  [/(?:^|\/)sqlite3?\//i, "sqlite", "sqlite"],
  [/(?:^|\/)(?:cockroach|cockroachdb|crdb)\//i, "postgresql", "cockroach"],
  [/(?:^|\/)clickhouse\//i, "clickhouse", "clickhouse"],
  [/(?:^|\/)(?:mssql|sqlserver|tsql)\//i, "transactsql", "transactsql"],
  [/(?:^|\/)(?:postgres|postgresql|pg)\//i, "postgresql", "postgres"]
];
function dialectFromPath(filePath) {
  for (let [pattern, parser, name] of DIALECT_FOLDERS) if (pattern.test(filePath)) return { parser, name };
  return null;
}
var DIALECT_NAMES = {
  postgresql: "postgres",
  mysql: "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  transactsql: "transactsql",
  clickhouse: "clickhouse"
};
function frameworkName(kind, analysis) {
  if (analysis.framework) return analysis.framework;
  switch (kind) {
    case "js-migration":
      return "js";
    case "flyway-undo":
    case "flyway-repeatable":
      return "flyway";
    case "golang-migrate-down":
      return "golang-migrate";
    case "sqitch-revert":
      return "sqitch";
    default:
      return kind;
  }
}
async function analyseMigration(kind, filePath, source, configuredDialect) {
  let forced = dialectFromPath(filePath) ?? configuredDialect ?? null, options = forced ? { dialect: forced.parser } : {}, sqlDialect = () => forced?.name ?? DIALECT_NAMES[guessDialect(source)];
  if (isDownSideKind(kind)) {
    let analysis2 = await analyseDownOnlySql(source, options);
    return { ...analysis2, frameworkName: frameworkName(kind, analysis2), dialect: sqlDialect() };
  }
  let framework = ormFrameworkFor(kind, filePath, source);
  if (framework) {
    let analysis2 = await analyseOrm(framework, source, forced?.parser);
    return {
      ...analysis2,
      frameworkName: frameworkName(kind, analysis2),
      ...forced ? { dialect: forced.name } : {}
    };
  }
  if (kind === "liquibase" || kind === "custom" && /\.sql$/i.test(filePath))
    return { ...await analyseSqlWithLiquibaseRollback(source, options), frameworkName: kind === "custom" ? "sql" : "liquibase", dialect: sqlDialect() };
  if (kind === "custom")
    return {
      findings: [
        {
          effect: "unverifiable",
          severity: "warning",
          line: null,
          operation: `migration ${path3.basename(filePath)} of an unknown format`,
          note: "it matched a configured migration glob but no classifier reads this file type"
        }
      ],
      down: null,
      frameworkName: "custom"
    };
  let analysis = await analyseSqlMigration(source, options);
  return { ...analysis, frameworkName: frameworkName(kind, analysis), dialect: sqlDialect() };
}
async function analyseSqlWithLiquibaseRollback(source, options) {
  let analysis = await analyseSqlMigration(source, options), rollback = liquibaseRollbackSection(source);
  return rollback && analysis.down === null && (analysis.down = {
    line: rollback.line,
    dataLoss: dataLossOperations(await classifySql(rollback.sql, options))
  }), analysis;
}

// src/assess/migrations/identity.ts
import path4 from "node:path";
var LEADING_VERSION = /^(\d+)[_-]/;
function migrationIdentity(kind, filePath, content) {
  let base = path4.posix.basename(filePath), stem = base.replace(/\.[^.]+$/, ""), leading = LEADING_VERSION.exec(base)?.[1];
  switch (kind) {
    case "rails":
    case "ecto":
      return leading ? `${kind}:${Number(leading)}` : `${kind}:${stem}`;
    case "golang-migrate":
    case "golang-migrate-down":
    case "dbmate":
      return leading ? `${kind}:${Number(leading)}` : `${kind}:${stem}`;
    case "django": {
      let parts = filePath.split("/");
      return `django:${parts[parts.length - 3] ?? ""}:${stem}`;
    }
    case "alembic":
      return `alembic:${(content ? /^\s*revision\s*(?::\s*str\s*)?=\s*["']([\w-]+)["']/m.exec(content)?.[1] : void 0) ?? stem}`;
    case "prisma":
      return `prisma:${path4.posix.basename(path4.posix.dirname(filePath))}`;
    case "flyway":
    case "flyway-undo": {
      let version = /^[VU]([\d._]+?)__/.exec(base)?.[1];
      return version ? `${kind}:${version.replace(/_/g, ".").replace(/(?:\.0+)+$/, "")}` : `${kind}:${stem}`;
    }
    case "ef-core":
      return `ef-core:${(content ? /\[Migration\(\s*"([^"]+)"\s*\)\]/.exec(content)?.[1] : void 0) ?? stem}`;
    case "sql":
      return leading ? `sql:${Number(leading)}:${stem.includes(".down") ? "down" : "up"}` : `sql:${stem}`;
    default:
      return `${kind}:${stem}`;
  }
}
function migrationOrderKey(filePath) {
  let base = path4.posix.basename(filePath), version = /^[VU]?(\d[\d._]*)/.exec(base)?.[1];
  return version ? version.split(/[._]/).filter(Boolean).map((part) => part.padStart(20, "0")).join(".") : base;
}
function withoutCommentsAndSpace(source, filePath) {
  let extension = path4.posix.extname(filePath).toLowerCase(), text = source;
  return extension === ".sql" ? text = text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, "") : extension === ".py" || extension === ".rb" || extension === ".exs" || extension === ".yaml" || extension === ".yml" ? text = text.replace(/^\s*#[^\n]*$/gm, "").replace(/("""|''')[\s\S]*?\1/g, "") : extension === ".xml" ? text = text.replace(/<!--[\s\S]*?-->/g, "") : text = text.replace(/^\s*\/\/[^\n]*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, ""), text.replace(/\s+/g, "");
}
var QUOTE_AGNOSTIC = /\.(?:py|rb|[cm]?[jt]s|php)$/i;
function sameAfterFormatting(before, after, filePath) {
  if (!QUOTE_AGNOSTIC.test(filePath)) return !1;
  let python = /\.py$/i.test(filePath), tokens = (source) => withoutCommentsAndSpace(
    (python ? withoutBlackGrouping(source) : source).replace(/\\\r?\n/g, " "),
    filePath
  ).replace(/'/g, '"').replace(/,(?=[)\]}])/g, "");
  return tokens(before) === tokens(after);
}
function withoutBlackGrouping(source) {
  return source.replace(/\b(if|elif|while)\s*\(\s*\n([\s\S]*?)\n[ \t]*\):/g, "$1 $2:").replace(
    /\bimport\s*\(\s*\n([\s\S]*?)\n[ \t]*\)/g,
    (_, names) => `import ${names.replace(/,\s*$/, "")}`
  );
}
function describeEdit(before, after, maxLines = 4) {
  let old = before.split(`
`), next = after.split(`
`), start = 0;
  for (; start < old.length && start < next.length && old[start] === next[start]; ) start++;
  let oldEnd = old.length, nextEnd = next.length;
  for (; oldEnd > start && nextEnd > start && old[oldEnd - 1] === next[nextEnd - 1]; )
    oldEnd--, nextEnd--;
  let removed = old.slice(start, oldEnd).filter((l) => l.trim()).map((l) => `-${l.trim()}`), added = next.slice(start, nextEnd).filter((l) => l.trim()).map((l) => `+${l.trim()}`), lines = [...removed.slice(0, maxLines), ...added.slice(0, maxLines)], more = removed.length + added.length - lines.length;
  return {
    line: start < next.length ? start + 1 : null,
    text: lines.join(" ").slice(0, 300) + (more > 0 ? ` (+${more} more lines)` : "")
  };
}

// src/assess/migrations/liquibase-changesets.ts
var STARTS = [
  /<changeSet\b[^>]*>/g,
  /^[ \t]*-[ \t]+changeSet[ \t]*:/gm,
  /^[ \t]*--[ \t]*changeset[ \t]+\S+/gim,
  /"changeSet"\s*:/g
];
function keyOf(header, body) {
  let sqlHeader = /--\s*changeset\s+([^:\s]+):(\S+)/i.exec(header);
  if (sqlHeader) return `${sqlHeader[2]}:${sqlHeader[1]}`;
  let id = /\bid["']?\s*[:=]\s*["']?([^"'\s,]+)/.exec(body)?.[1] ?? "?", author = /\bauthor["']?\s*[:=]\s*["']?([^"'\n,]+?)["']?\s*(?:[,\n>]|$)/.exec(body)?.[1] ?? "?";
  return `${id}:${author.trim()}`;
}
function changesetsOf(source) {
  let starts = STARTS.flatMap(
    (pattern) => [...source.matchAll(pattern)].map((m) => ({ offset: m.index, header: m[0] }))
  );
  return starts.sort((a, b) => a.offset - b.offset), starts.map(({ offset, header }, index) => {
    let end = starts[index + 1]?.offset ?? source.length, text = source.slice(offset, end);
    return { key: keyOf(header, text.slice(0, 400)), start: offset, end, text };
  });
}
function onlyChangesets(source, all, keep) {
  let text = source;
  for (let changeset of all)
    keep.has(changeset.key) || (text = maskRange(text, changeset.start, changeset.end));
  return text;
}
function isLiquibaseChangelog(source) {
  return /\bdatabaseChangeLog\b|^\s*--\s*liquibase\s+formatted\s+sql/im.test(source);
}

// src/assess/migrations/net-effect.ts
var CREATES_TABLE = /^(?:CREATE (?:TABLE|VIEW|MATERIALIZED VIEW|DICTIONARY)|create_(?:join_)?table|createTable|CreateModel|Schema::create|CreateTable|create table\(:)\s*([^\s)]+)/, CREATES_COLUMN = /^(?:ADD COLUMN|add_column|add_reference|AddField|addColumn|add column|AddColumn|add|change_table \S+)\s+([^\s,]+)/, CREATES_VIEW = /^CREATE (?:OR REPLACE )?(?:MATERIALIZED )?VIEW (\S+)/, RENAMES_TABLE = /^RENAME TABLE (\S+) TO (\S+)/, EXCHANGES = /^EXCHANGE TABLES (\S+) AND (\S+)/, DROPS_TABLE = /^(?:DROP (?:TABLE|VIEW|MATERIALIZED VIEW|DICTIONARY)|drop_table|dropTable|DeleteModel|Schema::drop(?:IfExists)?|DropTable|drop table\(:)\s*([^\s)]+)/;
function normaliseName(name) {
  return name.replace(/[`"'[\]:]/g, "").toLowerCase().replace(/^(?:public|dbo|main)\./, "").replace(/[,;]$/, "");
}
function subjectNames(subject) {
  let parts = subject.split(/,\s*/).map(normaliseName), table2 = parts[0]?.includes(".") ? parts[0].split(".").slice(0, -1).join(".") : null;
  return parts.map((part) => table2 && !part.includes(".") ? `${table2}.${part}` : part);
}
function tableOf3(name) {
  return name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : name;
}
var UNIQUE = /\bunique\b/i;
function softenUniqueOnNewColumn(item, names, origins) {
  if (item.effect !== "constraining" || !UNIQUE.test(item.operation)) return;
  let index = origins.findIndex((origin) => origin?.nullable === !0 && names.length > 0);
  index === -1 || !names[index].includes(".") || soften2(
    item,
    "warning",
    `${names[index]} was added in this range (${origins[index].path}), so N-1 leaves it NULL, which a unique index accepts; only N's rows are checked`
  );
}
function djangoApp(migrationPath) {
  return /(?:^|\/)(\w+)\/migrations\/\w+\.py$/.exec(migrationPath)?.[1]?.toLowerCase() ?? null;
}
function djangoTableName(migrationPath, operation, name) {
  if (!/^(?:AddField|CreateModel)\b/.test(operation)) return null;
  let app = djangoApp(migrationPath);
  return app ? `${app}_${normaliseName(name)}` : null;
}
function makesNewColumnNotNull(item, origin) {
  if (origin?.nullable !== !0) return !1;
  if (item.columnChange?.change === "set-not-null") return !0;
  let to = item.alteration?.to;
  return to !== void 0 && /^models\.\w+Field\(/.test(to.trim()) && !/\bnull\s*=\s*True\b|\bdb_default\s*=|ManyToManyField/.test(to);
}
function softenConstraintOverIndex(item, uniqueIndexes) {
  let constraint = /^ADD CONSTRAINT (\S+) UNIQUE ON (\S+)$/.exec(item.operation);
  if (!constraint) return !1;
  let index = uniqueIndexes.get(`${normaliseName(constraint[2])}:${normaliseName(constraint[1])}`);
  return index ? (soften2(
    item,
    "info",
    `it turns the unique index built at line ${index.line ?? "?"} into a constraint, which checks no row the index does not`
  ), !0) : !1;
}
function applyNetEffect(steps) {
  let rebuilt = markRebuilds(steps), created = /* @__PURE__ */ new Map(), isCreated = (name) => created.get(name) ?? (name.includes(".") ? created.get(tableOf3(name)) : void 0), uniqueIndexes = /* @__PURE__ */ new Map();
  for (let step of steps)
    for (let item of step.findings) {
      let uniqueIndex = /^CREATE UNIQUE INDEX (\S+) ON (\S+)/.exec(item.operation);
      if (uniqueIndex && uniqueIndexes.set(`${normaliseName(uniqueIndex[2])}:${normaliseName(uniqueIndex[1])}`, item), softenConstraintOverIndex(item, uniqueIndexes)) continue;
      if (item.effect !== "additive" && item.effect !== "unverifiable" && item.subject !== void 0) {
        let names = subjectNames(item.subject), origins = names.map(isCreated), column3 = names.length === 1 && !created.has(tableOf3(names[0])) ? created.get(names[0]) : void 0;
        if (makesNewColumnNotNull(item, column3))
          item.note = `${item.note ? `${item.note}; ` : ""}${names[0]} was added in this range without NOT NULL, and N-1, which does not write it, leaves it NULL`;
        else if (column3?.defaulted === !0 && UNIQUE.test(item.operation))
          item.note = `${item.note ? `${item.note}; ` : ""}${names[0]} was added in this range with a database default, which every insert from N-1 gets, so the second one collides`;
        else if (names.length > 0 && origins.every((origin) => origin !== void 0)) {
          let where = origins[0].path === step.path ? "this migration" : origins[0].path;
          soften2(
            item,
            "info",
            `${names.join(", ")} was created in this range (${where}), so N-1 never used it`
          );
        } else
          softenUniqueOnNewColumn(item, names, origins);
      }
      let operation = item.operation, table2 = CREATES_TABLE.exec(operation)?.[1];
      if (table2 && item.effect === "additive") {
        let origin = { name: table2, path: step.path };
        created.set(normaliseName(table2), origin);
        let alias = djangoTableName(step.path, operation, table2);
        alias && created.set(alias, origin);
      }
      let column2 = CREATES_COLUMN.exec(operation)?.[1];
      if (column2 && item.effect !== "destructive") {
        let origin = {
          name: column2,
          path: step.path,
          nullable: !/NOT NULL|null: false|nullable: false/i.test(operation),
          defaulted: /NOT NULL DEFAULT|NOT NULL with db_default/.test(operation)
        };
        created.set(normaliseName(column2), origin);
        let alias = djangoTableName(step.path, operation, column2);
        alias && created.set(alias, origin);
      }
      let rename = RENAMES_TABLE.exec(operation);
      if (rename && !rebuilt.has(normaliseName(rename[2]))) {
        let origin = isCreated(normaliseName(rename[1]));
        origin && created.set(normaliseName(rename[2]), origin);
      }
    }
  pairDefaultsWithNotNull(steps), flagDroppedDefaultsOfNewColumns(steps), softenDropsOfReplacedEnums(steps);
}
var DROPS_TYPE = /^DROP TYPE (?:IF EXISTS )?(\S+)/;
function softenDropsOfReplacedEnums(steps) {
  let widenedFrom = [];
  for (let step of steps)
    for (let item of step.findings) {
      item.alteration && item.effect === "additive" && item.note && widenedFrom.push(item.note);
      let type = DROPS_TYPE.exec(item.operation)?.[1];
      if (!type || item.severity === "info" || /\bCASCADE\b/i.test(item.operation)) continue;
      let bare = normaliseName(type).split(".").pop(), enumUse = new RegExp(`enum_type:\\s*["':]?${bare}\\b`);
      widenedFrom.some((note) => enumUse.test(note)) && soften2(
        item,
        "info",
        `the columns of ${type} became strings earlier in this range, so N-1's values are kept as text`
      );
    }
}
var ADDS_NOT_NULL_WITH_DEFAULT = /^ADD COLUMN (\S+) NOT NULL DEFAULT\b/, DROPS_DEFAULT = /^ALTER COLUMN (\S+) DROP DEFAULT\b/;
function flagDroppedDefaultsOfNewColumns(steps) {
  let addedWithDefault = /* @__PURE__ */ new Set();
  for (let step of steps)
    for (let item of step.findings) {
      let added = ADDS_NOT_NULL_WITH_DEFAULT.exec(item.operation)?.[1];
      added && addedWithDefault.add(normaliseName(added));
      let dropped = DROPS_DEFAULT.exec(item.operation)?.[1];
      !dropped || !addedWithDefault.has(normaliseName(dropped)) || (item.effect = "constraining", item.severity = "blocker", item.category = "constraining", item.note = `${dropped} was added NOT NULL with a default in this range and the default is dropped again: N-1 does not write the column, so its inserts fail`);
    }
}
function markRebuilds(steps) {
  let rebuilt = /* @__PURE__ */ new Set(), all = steps.flatMap((step) => step.findings.map((item) => ({ step, item }))), removedAt = /* @__PURE__ */ new Map(), aliases = /* @__PURE__ */ new Map();
  return all.forEach(({ item }, index) => {
    let operation = item.operation, view = CREATES_VIEW.exec(operation)?.[1];
    if (view) {
      let name = normaliseName(view), removed = removedAt.get(name);
      removed !== void 0 && /^DROP (?:MATERIALIZED )?VIEW /.test(all[removed].item.operation) && (recordRebuild(all, name, removedAt, aliases, index), rebuilt.add(name));
      return;
    }
    let dropped = DROPS_TABLE.exec(operation)?.[1], rename = RENAMES_TABLE.exec(operation), exchange = EXCHANGES.exec(operation);
    if (exchange) {
      let [a, b] = [normaliseName(exchange[1]), normaliseName(exchange[2])], [target, copy] = createdBefore(all, index).has(a) ? [b, a] : [a, b];
      removedAt.set(target, index), recordRebuild(all, target, removedAt, aliases, index), rebuilt.add(target), aliases.set(copy, target);
      return;
    }
    if (dropped && item.effect === "destructive") {
      let name = normaliseName(dropped), rebuilt2 = aliases.get(name);
      if (rebuilt2 !== void 0) {
        soften2(item, "info", `the old copy of ${rebuilt2}, rebuilt in this range`);
        return;
      }
      removedAt.has(name) || removedAt.set(name, index);
      return;
    }
    if (rename) {
      let [from, to] = [normaliseName(rename[1]), normaliseName(rename[2])];
      if (removedAt.has(to) && !removedAt.has(from)) {
        soften2(item, "info", `completes the rebuild of ${to}`), recordRebuild(all, to, removedAt, aliases, index), rebuilt.add(to);
        return;
      }
      removedAt.has(from) || (removedAt.set(from, index), aliases.set(to, from));
    }
  }), rebuilt;
}
function createdBefore(all, end) {
  let names = /* @__PURE__ */ new Set();
  for (let i = 0; i < end; i++) {
    let table2 = CREATES_TABLE.exec(all[i].item.operation)?.[1];
    table2 && names.add(normaliseName(table2));
  }
  return names;
}
function recordRebuild(all, table2, removedAt, aliases, index) {
  let first = removedAt.get(table2);
  if (first === void 0) return;
  let item = all[first].item;
  item.severity === "blocker" && (item.effect = "data-rewrite", item.severity = "warning", item.category = "data-rewrite", item.subject = table2, item.operation = `${item.operation} (rebuild of ${table2})`, item.note = `the range recreates ${table2} in its place (up to the statement at line ${all[index].item.line ?? "?"}): N-1 meets the new definition, so check that it keeps every column N-1 reads and writes`), removedAt.delete(table2);
  for (let [alias, original] of aliases) original === table2 && aliases.set(alias, table2);
}
function soften2(item, severity, why) {
  item.severity !== "info" && (severity === "warning" && item.severity === "warning" || (item.severity = severity, severity === "info" && (item.effect = "additive", item.category = "additive"), item.note = item.note ? `${item.note}; ${why}` : why));
}
function pairDefaultsWithNotNull(steps) {
  let findings = steps.flatMap((step) => step.findings), defaults = new Set(
    findings.filter((item) => item.columnChange?.change === "set-default").map((item) => normaliseName(item.columnChange.column))
  ), defaultedTables = /* @__PURE__ */ new Set();
  for (let item of findings) {
    if (item.columnChange?.change !== "set-not-null") continue;
    let column2 = normaliseName(item.columnChange.column);
    !defaults.has(column2) || item.severity !== "blocker" || (item.severity = "warning", item.note = `${item.note ? `${item.note}; ` : ""}it has a database default, so N-1's inserts that omit it still work; only an explicit NULL from N-1 fails`, defaultedTables.add(tableOf3(column2)));
  }
  for (let item of findings) {
    if (!(item.effect === "data-rewrite" && /^UPDATE /.test(item.operation)) || item.severity !== "blocker" || item.subject === void 0) continue;
    let updated = subjectNames(item.subject)[0] ?? "";
    !defaultedTables.has(updated) && !defaultedTables.has(tableOf3(updated)) || (item.severity = "warning", item.note = `${item.note ? `${item.note}; ` : ""}a backfill of the column made NOT NULL with a default`);
  }
}

// src/assess/migrations/recommend.ts
var EFFECT_WORDS = {
  additive: "additive, N-1 keeps working",
  constraining: "constraining: writes from N-1 may be rejected",
  destructive: "destructive: N-1 may still read or write what it removes or changes",
  "data-rewrite": "rewrites data that a rollback does not restore",
  unverifiable: "could not be checked"
};
function recommendationFor(item) {
  let subject = item.subject ?? "what it changes";
  switch (item.effect) {
    case "additive":
      return "compatible with N-1";
    case "destructive":
      return `do not roll back past this migration: N-1 still reads ${subject}; roll forward with a fix, or restore ${subject} first`;
    case "constraining":
      return `relax the constraint before rolling back (${item.operation}), or roll forward`;
    case "data-rewrite":
      return `a rollback does not restore the rows rewritten in ${subject}: check that N-1 reads them correctly, or roll forward`;
    case "unverifiable":
      return "check by hand that N-1 still works against this change before rolling back";
  }
}
var EFFECT_CATEGORY = {
  additive: "additive",
  constraining: "constraining",
  destructive: "destructive",
  "data-rewrite": "data-rewrite",
  unverifiable: "unparsed"
};
function categoryOf(item) {
  return item.category ?? EFFECT_CATEGORY[item.effect];
}
function findingToFactor(item, context) {
  let note = item.note ? `; ${item.note}` : "", factor2 = {
    kind: "migration",
    severity: item.severity,
    path: context.path,
    line: item.line,
    commit: context.commit,
    detail: `${item.operation} in ${context.path}: ${EFFECT_WORDS[item.effect]}${note}.`,
    recommendation: recommendationFor(item),
    category: categoryOf(item)
  };
  return withOrigin(factor2, context, item.evidence);
}
function withOrigin(factor2, context, evidence) {
  return context.framework && (factor2.framework = context.framework), context.dialect && (factor2.dialect = context.dialect), evidence && (factor2.evidenceDetail = evidence), factor2;
}

// src/assess/migrations/range.ts
var DEFAULT_CONCURRENCY = 16;
async function classifyMigrationRange(candidates, read, options = {}) {
  let concurrency = options.concurrency ?? DEFAULT_CONCURRENCY, loaded = await mapWithConcurrency(candidates, concurrency, (candidate) => load(candidate, read)), results = loaded.map(() => []), deletedIds = /* @__PURE__ */ new Map(), arrivingIds = /* @__PURE__ */ new Set();
  loaded.forEach((item, index) => {
    let status = item.candidate.file.status;
    status === "deleted" && item.baseId && deletedIds.set(item.baseId, index), (status === "added" || status === "renamed" || status === "copied") && item.headId && arrivingIds.add(item.headId);
  });
  let fresh = [];
  loaded.forEach((item, index) => {
    let context = contextOf(item.candidate), { file } = item.candidate;
    if (file.binary || file.status !== "deleted" && item.head === null || file.status !== "added" && item.base === null) {
      results[index].push(
        factor(
          context,
          "warning",
          "unparsed",
          null,
          `The migration ${file.path} could not be read${file.binary ? " (binary)" : ""}, so it was not analysed.`,
          "check this file by hand before rolling back"
        )
      );
      return;
    }
    if (item.candidate.kind === "liquibase" && !isLiquibaseChangelog(item.head ?? item.base ?? "")) {
      results[index].push(
        factor(
          context,
          "info",
          "unparsed",
          null,
          `${file.path} is named like a Liquibase changelog but holds no databaseChangeLog, so it is not read as a migration.`,
          "nothing to do for the rollback"
        )
      );
      return;
    }
    switch (file.status) {
      case "deleted":
        results[index].push(...deleted(item, context, item.baseId !== null && arrivingIds.has(item.baseId)));
        return;
      case "added": {
        let from = item.headId === null ? void 0 : deletedIds.get(item.headId);
        if (from !== void 0) {
          results[index].push(
            ...moved(loaded[from].candidate.file.path, loaded[from].base, item, context)
          );
          return;
        }
        fresh.push({ index, loaded: item, source: item.head });
        return;
      }
      case "renamed":
      case "copied":
        if (item.headId === item.baseId) {
          results[index].push(...moved(file.previousPath ?? file.path, item.base, item, context));
          return;
        }
        results[index].push(
          factor(
            context,
            "warning",
            "moved",
            null,
            `The migration ${file.previousPath ?? "?"} was renamed to ${file.path} with a new identity (${item.headId}); the framework treats it as new and may run it again.`,
            "check the migration history table before rolling back"
          )
        ), fresh.push({ index, loaded: item, source: item.head });
        return;
      default: {
        let changelog = item.candidate.kind === "liquibase" ? newChangesets(item, context) : null;
        if (changelog) {
          results[index].push(...changelog.factors), changelog.source !== null && fresh.push({ index, loaded: item, source: changelog.source });
          return;
        }
        if (item.candidate.kind === "flyway-repeatable") {
          fresh.push({ index, loaded: item, source: item.head });
          return;
        }
        if (item.headId !== item.baseId) {
          results[index].push(
            factor(
              context,
              "warning",
              "edited",
              null,
              `The migration ${file.path} changed its identity from ${item.baseId} to ${item.headId}; the framework runs it as a new migration.`,
              "check the migration history table before rolling back"
            )
          ), fresh.push({ index, loaded: item, source: item.head });
          return;
        }
        results[index].push(edited(item, context));
      }
    }
  }), await mapWithConcurrency(fresh, concurrency, async (migration) => {
    let { candidate } = migration.loaded;
    try {
      migration.analysis = await analyseMigration(
        candidate.kind,
        candidate.file.path,
        migration.source,
        candidate.dialect
      );
    } catch (error) {
      migration.analysis = {
        findings: [
          finding("unverifiable", null, `migration ${candidate.file.path} could not be classified`, {
            note: messageOf3(error),
            evidence: messageOf3(error),
            category: "unparsed"
          })
        ],
        down: null,
        frameworkName: frameworkOfKind(candidate.kind)
      };
    }
  });
  let ordered = runOrder(fresh), steps = ordered.map((migration) => ({
    path: migration.loaded.candidate.file.path,
    kind: migration.loaded.candidate.kind,
    source: migration.source,
    findings: migration.analysis.findings
  }));
  try {
    await resolveAlterations(steps, read);
  } catch {
  }
  applyNetEffect(steps);
  for (let migration of ordered)
    results[migration.index].push(...newMigrationFactors(migration));
  return results;
}
function messageOf3(error) {
  return error instanceof Error ? error.message : String(error);
}
async function load(candidate, read) {
  let { file } = candidate, basePath = file.previousPath ?? file.path, safely = (promise) => promise.catch(() => null), [head, base] = await Promise.all([
    file.status === "deleted" ? null : safely(read(file.path, "head")),
    file.status === "added" ? null : safely(read(basePath, "base"))
  ]);
  return {
    candidate,
    head,
    base,
    headId: head === null ? null : migrationIdentity(candidate.kind, file.path, head),
    baseId: base === null ? null : migrationIdentity(candidate.kind, basePath, base)
  };
}
function contextOf(candidate, analysis) {
  let context = {
    path: candidate.file.path,
    commit: candidate.file.commits[0] ?? null,
    framework: analysis?.frameworkName ?? frameworkOfKind(candidate.kind)
  }, dialect = analysis?.dialect ?? candidate.dialect?.name;
  return dialect && (context.dialect = dialect), context;
}
function frameworkOfKind(kind) {
  return kind.replace(/-(?:down|undo|repeatable|revert)$/, "").replace(/^js-migration$/, "js");
}
function factor(context, severity, category, line, detail, recommendation, evidence) {
  return withOrigin(
    {
      kind: "migration",
      severity,
      path: context.path,
      line,
      commit: context.commit,
      detail,
      recommendation,
      category
    },
    context,
    evidence
  );
}
function deleted(item, context, movedAway) {
  let { file, kind } = item.candidate;
  return movedAway ? [] : isDownSideKind(kind) ? [
    factor(
      context,
      "info",
      "moved",
      null,
      `The down migration ${file.path} was deleted; a rollback of the code never runs it, and the up migration is unchanged.`,
      "nothing to do for the rollback"
    )
  ] : [
    factor(
      context,
      "warning",
      "edited",
      null,
      `The migration ${file.path} was deleted between N-1 and N; it may already have run, so the schema can still hold its changes.`,
      "check whether it ran in production and what it changed before rolling back"
    )
  ];
}
function moved(fromPath, fromSource, item, context) {
  let { file } = item.candidate, factors = [
    factor(
      context,
      "info",
      "moved",
      null,
      `The migration ${fromPath} moved to ${file.path} with the same identity (${item.headId}); the framework does not run it again.`,
      "nothing to do for the rollback"
    )
  ];
  return withoutCommentsAndSpace(fromSource, fromPath) !== withoutCommentsAndSpace(item.head, file.path) && factors.push(editWarning(file.path, fromSource, item.head, context)), factors;
}
function edited(item, context) {
  let { file } = item.candidate;
  return withoutCommentsAndSpace(item.base, file.path) === withoutCommentsAndSpace(item.head, file.path) ? factor(
    context,
    "info",
    "edited",
    describeEdit(item.base, item.head).line,
    `The existing migration ${file.path} changed only in comments or whitespace; nothing it runs changed.`,
    "nothing to do for the rollback"
  ) : sameAfterFormatting(item.base, item.head, file.path) ? factor(
    context,
    "info",
    "edited",
    describeEdit(item.base, item.head).line,
    `The existing migration ${file.path} was only reformatted (quotes, line breaks, trailing commas); nothing it runs changed.`,
    "nothing to do for the rollback"
  ) : editWarning(file.path, item.base, item.head, context);
}
function editWarning(filePath, before, after, context) {
  let edit = describeEdit(before, after);
  return factor(
    context,
    "warning",
    "edited",
    edit.line,
    `The existing migration ${filePath} was edited after it may have run: where it already ran, the edit never applies, and the schema differs from what N expects. The edit: ${edit.text}`,
    "check which version of the migration ran in production before rolling back; put schema changes in a new migration",
    edit.text
  );
}
function newChangesets(item, context) {
  let before = changesetsOf(item.base), after = changesetsOf(item.head);
  if (before.length === 0 || after.length === 0) return null;
  let old = new Map(before.map((changeset) => [changeset.key, changeset])), factors = [], fresh = /* @__PURE__ */ new Set();
  for (let changeset of after) {
    let previous = old.get(changeset.key);
    if (!previous) fresh.add(changeset.key);
    else if (withoutCommentsAndSpace(previous.text, context.path) !== withoutCommentsAndSpace(changeset.text, context.path)) {
      let edit = describeEdit(previous.text, changeset.text);
      factors.push(
        factor(
          context,
          "warning",
          "edited",
          item.head.slice(0, changeset.start).split(`
`).length,
          `The changeset ${changeset.key} in ${context.path} was edited after it may have run; Liquibase fails its checksum or never applies the edit. The edit: ${edit.text}`,
          "check which version of the changeset ran in production before rolling back",
          edit.text
        )
      );
    }
  }
  return fresh.size === 0 && factors.length === 0 && factors.push(
    factor(
      context,
      "info",
      "edited",
      null,
      `The changelog ${context.path} changed outside its changesets (comments, includes or formatting); no changeset is new or edited.`,
      "nothing to do for the rollback"
    )
  ), { factors, source: fresh.size ? onlyChangesets(item.head, after, fresh) : null };
}
function runOrder(fresh) {
  let byKey = [...fresh].sort((a, b) => {
    let ka = migrationOrderKey(a.loaded.candidate.file.path), kb = migrationOrderKey(b.loaded.candidate.file.path);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return alembicChainOrder(byKey);
}
function alembicChainOrder(migrations) {
  let alembic = migrations.filter((m) => m.loaded.candidate.kind === "alembic");
  if (alembic.length < 2) return migrations;
  let revisionOf = (m) => m.loaded.headId?.replace(/^alembic:/, ""), downOf = (m) => /^\s*down_revision\s*(?::[^=]*)?=\s*["']([\w-]+)["']/m.exec(m.source)?.[1], byRevision = new Map(alembic.map((m) => [revisionOf(m), m])), depth = (m, seen = /* @__PURE__ */ new Set()) => {
    let parent = byRevision.get(downOf(m));
    return !parent || seen.has(parent) ? 0 : (seen.add(m), depth(parent, seen) + 1);
  }, ranked = alembic.map((m) => ({ m, depth: depth(m) })).sort((a, b) => a.depth - b.depth), next = 0;
  return migrations.map((m) => m.loaded.candidate.kind === "alembic" ? ranked[next++].m : m);
}
function newMigrationFactors(migration) {
  let { candidate } = migration.loaded, analysis = migration.analysis, context = contextOf(candidate, analysis), factors = dedupe(analysis.findings).map((item) => findingToFactor(item, context));
  return analysis.down && factors.push(downFactor(analysis.down, context, isDownSideKind(candidate.kind))), factors.length === 0 && factors.push(
    factor(
      context,
      "warning",
      "unparsed",
      null,
      `No schema operation was recognised in the migration ${candidate.file.path}.`,
      "check by hand what it changes before rolling back"
    )
  ), factors;
}
function dedupe(findings) {
  let seen = /* @__PURE__ */ new Set();
  return findings.filter((item) => {
    let key = `${item.line ?? ""}|${item.operation}|${item.severity}`;
    return seen.has(key) ? !1 : (seen.add(key), !0);
  });
}
function downFactor(down, context, wholeFile) {
  let where = wholeFile ? `${context.path} is a down migration` : `${context.path} has a down migration${down.line !== null ? ` (line ${down.line})` : ""}`, loss = down.dataLoss.length > 0 ? `; running it loses data N wrote: ${down.dataLoss.join(", ")}` : "; it drops nothing N wrote";
  return factor(
    context,
    "info",
    "additive",
    down.line,
    `${where}. A rollback of the code does not run it${loss}.`,
    down.dataLoss.length > 0 ? "prefer leaving the schema at N when rolling back; run the down migration only after backing up that data" : "the down migration can restore the N-1 schema if needed"
  );
}

// src/assess/migrations/index.ts
function warmUpMigrations(paths) {
  paths.some(needsPostgresParser) && startPostgresParser();
}
function needsPostgresParser(path5) {
  return path5.toLowerCase().endsWith(".sql");
}
async function classifyMigration(file, head, base, kind) {
  let basePath = file.previousPath ?? file.path, read = (filePath, side) => Promise.resolve(
    side === "head" && filePath === file.path ? head : side === "base" && filePath === basePath ? base : null
  );
  try {
    let [factors] = await classifyMigrationRange([{ file, kind }], read);
    return factors ?? [];
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error);
    return [
      {
        kind: "migration",
        severity: "warning",
        path: file.path,
        line: null,
        commit: file.commits[0] ?? null,
        detail: `The migration ${file.path} could not be classified: ${message}.`,
        recommendation: "check by hand that N-1 still works against this migration before rolling back",
        category: "unparsed"
      }
    ];
  }
}
export {
  classifyMigration,
  classifyMigrationRange,
  detectMigration,
  isDownSideKind,
  needsPostgresParser,
  warmUpMigrations
};
