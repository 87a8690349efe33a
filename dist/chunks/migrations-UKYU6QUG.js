import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  detectMigration,
  isDownSideKind
} from "./chunk-44FJSZJ6.js";
import "./chunk-CNPVSFHC.js";

// src/assess/migrations/index.ts
import path from "node:path";

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
  return extra.subject !== void 0 && (result.subject = extra.subject), extra.note !== void 0 && (result.note = extra.note), result;
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
    let byteOffset = raw.stmt_location ?? 0, charOffset = utf8.length === sql.length ? byteOffset : byteOffsetToCharOffset(utf8, byteOffset), start = skipSqlTrivia(sql, charOffset), line = lineOf2(start) + firstLine - 1;
    findings.push(...classifyStatement(raw.stmt, line, createdTables));
  }
  return { ok: !0, findings };
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
      let table2 = relationName(child(node, "relation"));
      return [finding("data-rewrite", line, `UPDATE ${table2} (data rewrite)`, { subject: table2 })];
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
      return node.unique === !0 && !createdTables.has(table2) ? [finding("constraining", line, `CREATE UNIQUE INDEX ${name} ON ${table2}`, { subject: table2 })] : [
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
        let typeName = child(child(child(cmd, "def"), "ColumnDef"), "typeName"), type = typeName ? dottedName(list(typeName, "names")).replace(/^pg_catalog\./, "") : "?";
        return finding("destructive", line, `ALTER COLUMN ${column2} TYPE ${type}`, { subject: column2 });
      }
      case "AT_SetNotNull":
        return newTable ? finding("additive", line, `ALTER COLUMN ${column2} SET NOT NULL (new table)`) : finding("constraining", line, `ALTER COLUMN ${column2} SET NOT NULL`, { subject: column2 });
      case "AT_AddConstraint":
        return classifyAddConstraint(table2, child(child(cmd, "def"), "Constraint") ?? {}, line, newTable);
      case "AT_ColumnDefault":
        return cmd.def === void 0 ? finding("unverifiable", line, `ALTER COLUMN ${column2} DROP DEFAULT`, {
          note: "N-1 inserts that relied on the default may now fail"
        }) : finding("additive", line, `ALTER COLUMN ${column2} SET DEFAULT`);
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
function classifyAddConstraint(table2, constraint, line, newTable) {
  let contype = str(constraint, "contype") ?? "", label = CONSTRAINT_NAMES[contype] ?? contype.replace("CONSTR_", ""), name = str(constraint, "conname"), operation = `ADD CONSTRAINT ${name ? `${name} ` : ""}${label} ON ${table2}`;
  return newTable ? finding("additive", line, `${operation} (new table)`) : constraint.skip_validation === !0 ? finding("constraining", line, `${operation} NOT VALID`, {
    subject: table2,
    severity: "warning",
    note: "existing rows are not checked, but new writes from N-1 are"
  }) : finding("constraining", line, operation, { subject: table2 });
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
      line: firstLine
    }), result;
  }
  let lineOf2 = lineLocator(sql);
  for (let statement of splitStatements(sql)) {
    let line = lineOf2(statement.offset) + firstLine - 1, ast;
    try {
      ast = parser.astify(statement.text, { database: DATABASE_OPTION[dialect] });
    } catch (error) {
      result.errors.push({ message: messageOf2(error), line });
      continue;
    }
    for (let node of Array.isArray(ast) ? ast : [ast])
      result.findings.push(...classifyNode(node, line));
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
      let names = (node.name ?? []).map((n) => tableName(n)).join(", "), operation = `DROP ${keyword.toUpperCase()} ${names}`;
      return keyword === "index" ? [finding("unverifiable", line, operation, { note: "N-1 keeps working but may be slower" })] : [finding("destructive", line, operation, { subject: names })];
    }
    case "rename":
      return (node.table ?? []).map((pair) => {
        let from = tableName(pair[0]);
        return finding("destructive", line, `RENAME TABLE ${from} TO ${tableName(pair[1])}`, {
          subject: from
        });
      });
    case "truncate": {
      let names = (node.name ?? []).map((n) => tableName(n)).join(", ");
      return [finding("data-rewrite", line, `TRUNCATE ${names}`, { subject: names })];
    }
    case "update":
      return [
        finding("data-rewrite", line, `UPDATE ${tableName(node.table)} (data rewrite)`, {
          subject: tableName(node.table)
        })
      ];
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
      case "alter":
        return finding("destructive", line, `MODIFY COLUMN ${column2}`, { subject: column2 });
    }
  if (action === "add" && resource === "constraint") {
    let definition = expr.create_definitions, label = String(definition?.constraint_type ?? "constraint").toUpperCase();
    return finding("constraining", line, `ADD ${label} ON ${table2}`, { subject: table2 });
  }
  return action === "add" && resource === "index" ? finding("additive", line, `ADD INDEX ON ${table2}`) : action === "drop" && (resource === "index" || resource === "key") ? finding("unverifiable", line, `DROP INDEX ${String(expr.index ?? "")} ON ${table2}`, {
    note: "N-1 keeps working but may be slower"
  }) : action === "drop" && resource === "constraint" ? finding("additive", line, `DROP CONSTRAINT ON ${table2}`) : action === "rename" ? finding("destructive", line, `RENAME TABLE ${table2}`, { subject: table2 }) : finding(
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

// src/assess/migrations/sql.ts
var MYSQL_HINTS = /`|\bENGINE\s*=|\bAUTO_INCREMENT\b|\bUNSIGNED\b|\bMODIFY\s+COLUMN\b/i, TSQL_HINTS = /^\s*GO\s*$|(?<![\w\]])\[[A-Za-z_]\w*\]|\bNVARCHAR\b|\bIDENTITY\s*\(|\bsp_rename\b/im, SQLITE_HINTS = /\bAUTOINCREMENT\b|\bPRAGMA\b/i;
function guessDialect(sql) {
  let code = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
  return TSQL_HINTS.test(code) ? "transactsql" : MYSQL_HINTS.test(code) ? "mysql" : SQLITE_HINTS.test(code) ? "sqlite" : "postgresql";
}
async function classifySql(sql, options = {}) {
  let dialect = options.dialect ?? guessDialect(sql), firstLine = options.firstLine ?? 1;
  if (dialect === "postgresql") {
    let result2 = await classifyPostgres(sql, firstLine);
    return result2.ok ? result2.findings : result2.toolFailed ? [parserFailure(dialect, result2.error.message)] : [parseFailure(dialect, result2.error.message, result2.error.line)];
  }
  let result = await classifyOtherDialect(sql, dialect, firstLine), failures = result.errors.map((error) => parseFailure(dialect, error.message, error.line));
  return [...result.findings, ...failures].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
var PARSE_FAILURE = "SQL that does not parse as ", PARSER_FAILURE = "SQL left unchecked: the parser failed for ";
function parseFailure(dialect, message, line) {
  return finding("unverifiable", line, `${PARSE_FAILURE}${dialect}`, { note: message });
}
function parserFailure(dialect, message) {
  return finding("unverifiable", null, `${PARSER_FAILURE}${dialect}`, { note: message });
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
function blankLineComments(source, lineComment) {
  return source.replace(
    /^[ \t]*(.*)$/gm,
    (line, body) => lineComment.test(body) ? line.replace(/[^\n]/g, " ") : line
  );
}
function callEnd(source, offset, limit = 6e3) {
  let depth = 0, i = offset, stop = Math.min(source.length, offset + limit);
  for (; i < stop; ) {
    let ch = source[i];
    if (ch === '"' || ch === "'" || ch === "`") {
      i = skipQuoted(source, i, stop);
      continue;
    }
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") {
      if (depth--, depth <= 0) return i + 1;
    } else if (ch === `
` && depth === 0) {
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
  ]), blockMarkers = markers(code, language.blocks ?? []), lineOf2 = lineLocator(code), up = [], down = [], consumedUntil = -1, matches = rules.flatMap((rule) => [...code.matchAll(globalise(rule.pattern))].map((match) => ({ rule, match }))).sort((a, b) => a.match.index - b.match.index);
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
      return newName ? finding("destructive", c.line, `alter_column ${subject} new_column_name=${newName}`, {
        subject
      }) : /\btype_\s*=/.test(c.text) ? finding("destructive", c.line, `alter_column ${subject} type_=`, { subject }) : /\bnullable\s*=\s*False\b/.test(c.text) ? finding("constraining", c.line, `alter_column ${subject} nullable=False`, { subject }) : finding("additive", c.line, `alter_column ${subject}`);
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
function analyseAlembic(source) {
  return analyseOrmSource(source, PYTHON, RULES);
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
var RULES2 = [
  {
    pattern: /\bmigrations\.CreateModel\b(?=\s*\()/g,
    classify: (c) => finding("additive", c.line, `CreateModel ${namedValue(c.text, "name") ?? positional(c.text, 0)}`)
  },
  {
    pattern: /\bmigrations\.AddField\b(?=\s*\()/g,
    classify: (c) => {
      let subject = modelField(c);
      return /\bnull\s*=\s*True\b/.test(c.text) || /ManyToManyField/.test(c.text) || /\bdb_default\s*=/.test(c.text) ? finding("additive", c.line, `AddField ${subject}`) : /\bdefault\s*=/.test(c.text) ? finding("constraining", c.line, `AddField ${subject} NOT NULL with a Python-side default`, {
        subject,
        severity: "warning",
        note: "Django removes the database default after the migration, so inserts from N-1 fail unless db_default is set"
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
      let subject = modelField(c);
      return /\bnull\s*=\s*True\b/.test(c.text) ? finding("unverifiable", c.line, `AlterField ${subject} (nullable)`, {
        note: "check by hand that the type did not narrow"
      }) : finding("constraining", c.line, `AlterField ${subject}`, {
        subject,
        note: "the type, length or nullability may no longer accept what N-1 writes"
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
    pattern: /\bmigrations\.(?:AddConstraint|AlterUniqueTogether)\b(?=\s*\()/g,
    classify: (c) => {
      let model = namedValue(c.text, "model_name") ?? namedValue(c.text, "name") ?? positional(c.text, 0);
      return finding("constraining", c.line, `${c.match[0].replace("migrations.", "")} ${model}`, {
        subject: model
      });
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
    pattern: /\bmigrations\.RunPython\b(?=\s*\()/g,
    classify: (c) => finding("unverifiable", c.line, "RunPython data migration", {
      note: "Python code that may rewrite data; check by hand"
    })
  },
  {
    pattern: /\bmigrations\.SeparateDatabaseAndState\b(?=\s*\()/g,
    classify: (c) => finding("unverifiable", c.line, "SeparateDatabaseAndState", {
      note: "database operations differ from the model state"
    })
  },
  { pattern: /\bmigrations\.RunSQL\b[ \t]*(?=\s*\()/g, sql: !0 }
];
function analyseDjango(source) {
  return analyseOrmSource(source, PYTHON2, RULES2);
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
    classify: (c) => finding("constraining", c.line, "create constraint", { subject: "constraint" })
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
function analyseEcto(source) {
  return analyseOrmSource(source, ELIXIR, RULES3);
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
function table(c) {
  return namedValue(c.text, "name") ?? namedValue(c.text, "table") ?? "?";
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
      let subject = column(c), type = namedValue(c.text, "type"), oldType = namedValue(c.text, "oldType");
      return type && oldType && type !== oldType ? finding("destructive", c.line, `AlterColumn ${subject} type ${oldType} -> ${type}`, {
        subject
      }) : /\bnullable:\s*false\b/.test(c.text) && /\boldNullable:\s*true\b/.test(c.text) ? finding("constraining", c.line, `AlterColumn ${subject} nullable: false`, { subject }) : finding("constraining", c.line, `AlterColumn ${subject}`, {
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
      subject: namedValue(c.text, "table") ?? "?"
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
function analyseEfCore(source) {
  return analyseOrmSource(source, CSHARP, RULES4);
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
async function analyseJavaScript(source) {
  let framework = jsFramework(source), analysis = await analyseOrmSource(source, JS, RULES5);
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
      return /->change\(\)/.test(statement) ? finding("destructive", c.line, `->change() on column ${column2}`, {
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
  { pattern: /DB::(?:statement|unprepared)\b[ \t]*/g, sql: !0 }
];
function analyseLaravel(source) {
  return analyseOrmSource(source, PHP, RULES6);
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
function analyseLiquibase(source) {
  return analyseOrmSource(prepareSqlBodies(source), LIQUIBASE, RULES7);
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
        subject: `${table2}.${column2}`
      });
    }
  },
  {
    pattern: /\bchange_column_null\b/g,
    classify: (c) => {
      let { table: table2, column: column2, args } = tableColumn2(c.text);
      return /^false\b/.test(args[2] ?? "") ? finding("constraining", c.line, `change_column_null ${table2}.${column2}, false`, {
        subject: `${table2}.${column2}`
      }) : finding("additive", c.line, `change_column_null ${table2}.${column2}, true`);
    }
  },
  {
    pattern: /\bchange_column_default\b/g,
    classify: (c) => finding("additive", c.line, `change_column_default ${bareName(splitArguments(c.text)[0])}`)
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
      let table2 = bareName(splitArguments(c.text)[0]);
      return /\bunique:\s*true\b/.test(c.text) ? finding("constraining", c.line, `add_index ${table2} unique: true`, { subject: table2 }) : finding("additive", c.line, `add_index ${table2}`);
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
  { pattern: /\bexecute\b[ \t(]*/g, sql: !0 }
];
function analyseRails(source) {
  return analyseOrmSource(source, RUBY, RULES8);
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
function analyseOrm(framework, source) {
  return ANALYSERS[framework](source);
}
function ormFrameworkFor(kind, path2, source) {
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
      return /\.sql$/i.test(path2) ? null : "liquibase";
    case "custom":
      return frameworkByExtension(path2, source);
    default:
      return null;
  }
}
function frameworkByExtension(path2, source) {
  switch (/\.([a-z]+)$/i.exec(path2)?.[1]?.toLowerCase() ?? "") {
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
function findingToFactor(item, context) {
  let note = item.note ? `; ${item.note}` : "";
  return {
    kind: "migration",
    severity: item.severity,
    path: context.path,
    line: item.line,
    commit: context.commit,
    detail: `${item.operation} in ${context.path}: ${EFFECT_WORDS[item.effect]}${note}.`,
    recommendation: recommendationFor(item)
  };
}

// src/assess/migrations/index.ts
function warmUpMigrations(paths) {
  paths.some(needsPostgresParser) && startPostgresParser();
}
function needsPostgresParser(path2) {
  return path2.toLowerCase().endsWith(".sql");
}
async function classifyMigration(file, head, base, kind) {
  let context = { path: file.path, commit: file.commits[0] ?? null };
  try {
    return await classify(file, head, base, kind, context);
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error);
    return [warning(context, null, `The migration ${file.path} could not be classified: ${message}.`)];
  }
}
async function classify(file, head, base, kind, context) {
  if (file.status === "deleted")
    return [
      warning(
        context,
        null,
        `The migration ${file.path} was deleted between N-1 and N; it may already have run, so the schema can still hold its changes.`,
        "check whether it ran in production and what it changed before rolling back"
      )
    ];
  let factors = [];
  if (file.status === "modified" && base !== null && base !== head ? factors.push(
    warning(
      context,
      null,
      `The existing migration ${file.path} was edited; if it already ran, the edit never applies and the schema differs from what N expects.`,
      "check which version of the migration ran in production before rolling back"
    )
  ) : file.status === "renamed" && file.previousPath && factors.push(
    warning(
      context,
      null,
      `The migration ${file.previousPath} was renamed to ${file.path}; the framework may treat it as new and run it again.`,
      "check the migration history table before rolling back"
    )
  ), file.binary || head === null)
    return factors.push(
      warning(
        context,
        null,
        `The migration ${file.path} could not be read at head${file.binary ? " (binary)" : ""}.`
      )
    ), factors;
  let analysis = await analyse(kind, file.path, head);
  return factors.push(...analysis.findings.map((item) => findingToFactor(item, context))), analysis.down && factors.push(downFactor(analysis.down, context, isDownSideKind(kind))), factors.length === 0 && factors.push(
    warning(
      context,
      null,
      `No schema operation was recognised in the migration ${file.path}.`,
      "check by hand what it changes before rolling back"
    )
  ), factors;
}
async function analyse(kind, filePath, source) {
  if (isDownSideKind(kind)) return analyseDownOnlySql(source);
  let framework = ormFrameworkFor(kind, filePath, source);
  return framework ? analyseOrm(framework, source) : kind === "liquibase" || kind === "custom" && /\.sql$/i.test(filePath) ? analyseSqlWithLiquibaseRollback(source) : kind === "custom" ? {
    findings: [
      {
        effect: "unverifiable",
        severity: "warning",
        line: null,
        operation: `migration ${path.basename(filePath)} of an unknown format`,
        note: "it matched a configured migration glob but no classifier reads this file type"
      }
    ],
    down: null
  } : analyseSqlMigration(source);
}
async function analyseSqlWithLiquibaseRollback(source) {
  let analysis = await analyseSqlMigration(source), rollback = liquibaseRollbackSection(source);
  return rollback && analysis.down === null && (analysis.down = { line: rollback.line, dataLoss: dataLossOperations(await classifySql(rollback.sql)) }), analysis;
}
function downFactor(down, context, wholeFile) {
  let where = wholeFile ? `${context.path} is a down migration` : `${context.path} has a down migration${down.line !== null ? ` (line ${down.line})` : ""}`, loss = down.dataLoss.length > 0 ? `; running it loses data N wrote: ${down.dataLoss.join(", ")}` : "; it drops nothing N wrote";
  return {
    kind: "migration",
    severity: "info",
    path: context.path,
    line: down.line,
    commit: context.commit,
    detail: `${where}. A rollback of the code does not run it${loss}.`,
    recommendation: down.dataLoss.length > 0 ? "prefer leaving the schema at N when rolling back; run the down migration only after backing up that data" : "the down migration can restore the N-1 schema if needed"
  };
}
function warning(context, line, detail, recommendation = "check by hand that N-1 still works against this migration before rolling back") {
  return {
    kind: "migration",
    severity: "warning",
    path: context.path,
    line,
    commit: context.commit,
    detail,
    recommendation
  };
}
export {
  classifyMigration,
  detectMigration,
  isDownSideKind,
  needsPostgresParser,
  warmUpMigrations
};
