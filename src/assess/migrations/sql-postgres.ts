/**
 * Postgres SQL through the real Postgres parser (libpg-query, WASM), run in a child process
 * (pg-parser-process.ts: V8 would otherwise recompile it with TurboFan in this process) that
 * starts when an assessment first sees Postgres migrations: most assessments touch no SQL.
 */
import { judgeDataStatement } from './data-statements.js';
import { finding, type MigrationFinding } from './types.js';
import { byteOffsetToCharOffset, lineAt, lineLocator, skipSqlTrivia } from './text.js';
import { PgParserProcess, type PgParseAnswer } from './pg-parser-process.js';

type Node = Record<string, unknown>;

let parserProcess: PgParserProcess | null = null;
/** Processes that failed in this run: past the limit, a broken parser is reported, not restarted. */
let failedProcesses = 0;
const MAX_PARSER_FAILURES = 3;
/** The child's script; undefined: the real one beside pg-parser-process.ts. */
let parserScript: string | undefined;

/** The running parser process, started (or restarted after a failure) when there is none. */
function runningParser(): PgParserProcess {
  if (parserProcess?.failed) {
    failedProcesses++;
    parserProcess = null;
  }
  if (failedProcesses >= MAX_PARSER_FAILURES) {
    throw new Error(`the Postgres parser process failed ${failedProcesses} times in this run`);
  }
  parserProcess ??= new PgParserProcess(parserScript);
  return parserProcess;
}

/**
 * The parser's answer. A process that dies takes every request in flight with it (up to the
 * assessment's concurrency), so each of those is asked once more, of the process started in its
 * place, before the file is reported as unchecked.
 */
async function parseWithChild(sql: string): Promise<PgParseAnswer> {
  try {
    return await runningParser().parse(sql);
  } catch {
    return runningParser().parse(sql);
  }
}

/**
 * Starts the parser process ahead of the first parse: it takes a Node start and a WASM compile
 * (~150-250 ms) that can pass while other files are read and classified.
 */
export function startPostgresParser(): void {
  try {
    runningParser();
  } catch {
    // Reported by the parse that needs it.
  }
}

/** The parser process's id while one runs (diagnostics: the benchmark reads its peak memory). */
export function postgresParserPid(): number | undefined {
  return parserProcess?.pid;
}

/** Ends the parser process, if one runs, and forgets its failures (tests; the action simply exits). */
export function stopPostgresParser(): void {
  parserProcess?.close();
  parserProcess = null;
  failedProcesses = 0;
}

/** Tests only: run this script as the parser process (undefined: the real one). Stops the current one. */
export function useParserScriptForTests(script: string | undefined): void {
  stopPostgresParser();
  parserScript = script;
}

export interface PgParseFailure {
  message: string;
  line: number | null;
}

/** `toolFailed`: the parser process failed, so nothing is known about the SQL itself. */
export type PgResult =
  { ok: true; findings: MigrationFinding[] } | { ok: false; error: PgParseFailure; toolFailed?: true };

/** Findings for every statement of `sql`; lines are lines of `sql` shifted by `firstLine - 1`. */
export async function classifyPostgres(sql: string, firstLine = 1): Promise<PgResult> {
  let answer: PgParseAnswer;
  try {
    answer = await parseWithChild(sql);
  } catch (error) {
    return {
      ok: false,
      error: { message: `the Postgres parser did not run: ${messageOf(error)}`, line: null },
      toolFailed: true
    };
  }
  if (!answer.ok) {
    return {
      ok: false,
      error: { message: answer.message, line: errorLine(sql, answer.cursorPosition, firstLine) }
    };
  }
  const parsed = answer.tree;
  const utf8 = Buffer.from(sql, 'utf8');
  const lineOf = lineLocator(sql);
  const createdTables = new Set<string>();
  const findings: MigrationFinding[] = [];
  for (const raw of parsed.stmts ?? []) {
    const byteOffset = raw.stmt_location ?? 0;
    // Pure ASCII text (the usual case) needs no byte-to-character conversion.
    const charOffset = utf8.length === sql.length ? byteOffset : byteOffsetToCharOffset(utf8, byteOffset);
    const start = skipSqlTrivia(sql, charOffset);
    const line = lineOf(start) + firstLine - 1;
    const found = classifyStatement(raw.stmt, line, createdTables);
    if (found.some((item) => item.effect === 'data-rewrite')) {
      const text = statementText(sql, utf8, byteOffset, raw.stmt_len);
      findings.push(...found.map((item) => judgeDataStatement(item, text)));
    } else findings.push(...found);
  }
  return { ok: true, findings };
}

/** The statement's own text; the parser gives its extent in bytes (a length of 0: up to the end). */
function statementText(
  sql: string,
  utf8: Buffer,
  byteOffset: number,
  byteLength: number | undefined
): string {
  const end = byteLength ? byteOffset + byteLength : utf8.length;
  return utf8.length === sql.length
    ? sql.slice(byteOffset, end)
    : utf8.subarray(byteOffset, end).toString('utf8');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function errorLine(sql: string, cursorPosition: number | null, firstLine: number): number | null {
  if (cursorPosition === null) return null;
  const offset = byteOffsetToCharOffset(Buffer.from(sql, 'utf8'), Math.max(0, cursorPosition - 1));
  return lineAt(sql, offset) + firstLine - 1;
}

function child(node: unknown, key: string): Node | undefined {
  const value = (node as Node | undefined)?.[key];
  return value !== null && typeof value === 'object' ? (value as Node) : undefined;
}

function str(node: unknown, key: string): string | undefined {
  const value = (node as Node | undefined)?.[key];
  return typeof value === 'string' ? value : undefined;
}

function list(node: unknown, key: string): Node[] {
  const value = (node as Node | undefined)?.[key];
  return Array.isArray(value) ? (value as Node[]) : [];
}

function relationName(relation: unknown): string {
  const schema = str(relation, 'schemaname');
  const name = str(relation, 'relname') ?? '?';
  return schema ? `${schema}.${name}` : name;
}

/** `[String{sval}]` name lists as used by DROP, ALTER TYPE and friends. */
function dottedName(items: Node[]): string {
  return items.map((item) => str(child(item, 'String'), 'sval') ?? '?').join('.');
}

function dropObjectNames(objects: Node[]): string {
  return objects
    .map((object) => {
      const items = list(child(object, 'List'), 'items');
      if (items.length > 0) return dottedName(items);
      const typeName = child(object, 'TypeName');
      if (typeName) return dottedName(list(typeName, 'names'));
      return str(child(object, 'String'), 'sval') ?? '?';
    })
    .join(', ');
}

function classifyStatement(stmt: Node, line: number, createdTables: Set<string>): MigrationFinding[] {
  const [type, body] = Object.entries(stmt)[0] ?? ['', {}];
  const node = body as Node;
  switch (type) {
    case 'CreateStmt': {
      const table = relationName(child(node, 'relation'));
      createdTables.add(table);
      return [finding('additive', line, `CREATE TABLE ${table}`)];
    }
    case 'AlterTableStmt':
      return classifyAlterTable(node, line, createdTables);
    case 'RenameStmt':
      return [classifyRename(node, line)];
    case 'DropStmt':
      return [classifyDrop(node, line)];
    case 'TruncateStmt': {
      const tables = list(node, 'relations')
        .map((r) => relationName(child(r, 'RangeVar')))
        .join(', ');
      return [finding('data-rewrite', line, `TRUNCATE ${tables}`, { subject: tables })];
    }
    case 'UpdateStmt': {
      const table = relationName(child(node, 'relation'));
      const columns = list(node, 'targetList')
        .map((target) => str(child(target, 'ResTarget'), 'name'))
        .filter((name): name is string => name !== undefined);
      return [
        finding('data-rewrite', line, `UPDATE ${table} (data rewrite)`, {
          subject: columnsSubject(table, columns)
        })
      ];
    }
    case 'DeleteStmt': {
      const table = relationName(child(node, 'relation'));
      return [finding('data-rewrite', line, `DELETE FROM ${table}`, { subject: table })];
    }
    case 'InsertStmt':
      return [classifyInsert(node, line)];
    case 'AlterEnumStmt': {
      const type = dottedName(list(node, 'typeName'));
      const oldValue = str(node, 'oldVal');
      if (oldValue !== undefined) {
        return [
          finding(
            'destructive',
            line,
            `ALTER TYPE ${type} RENAME VALUE '${oldValue}' TO '${str(node, 'newVal') ?? '?'}'`,
            {
              subject: `${type} '${oldValue}'`
            }
          )
        ];
      }
      return [finding('additive', line, `ALTER TYPE ${type} ADD VALUE '${str(node, 'newVal') ?? '?'}'`)];
    }
    case 'IndexStmt': {
      const table = relationName(child(node, 'relation'));
      const name = str(node, 'idxname') ?? '(unnamed)';
      if (node['unique'] === true && !createdTables.has(table)) {
        const columns = list(node, 'indexParams')
          .map((param) => str(child(param, 'IndexElem'), 'name'))
          .filter((column): column is string => column !== undefined);
        return [
          finding('constraining', line, `CREATE UNIQUE INDEX ${name} ON ${table}`, {
            subject: columnsSubject(table, columns)
          })
        ];
      }
      return [
        finding(
          'additive',
          line,
          `CREATE ${node['unique'] === true ? 'UNIQUE ' : ''}INDEX ${name} ON ${table}`
        )
      ];
    }
    case 'DoStmt':
      return [
        finding('unverifiable', line, 'DO block', {
          note: 'procedural or dynamic SQL cannot be checked without running it'
        })
      ];
    case 'ViewStmt': {
      const view = relationName(child(node, 'view'));
      return node['replace'] === true
        ? [
            finding('unverifiable', line, `CREATE OR REPLACE VIEW ${view}`, {
              note: 'the replaced view may no longer match what N-1 reads'
            })
          ]
        : [finding('additive', line, `CREATE VIEW ${view}`)];
    }
    case 'CreateFunctionStmt': {
      const fn = dottedName(list(node, 'funcname'));
      return node['replace'] === true
        ? [
            finding('unverifiable', line, `CREATE OR REPLACE FUNCTION ${fn}`, {
              note: 'the replaced function body is not checked'
            })
          ]
        : [finding('additive', line, `CREATE FUNCTION ${fn}`)];
    }
    case 'CreateTrigStmt':
      return [
        finding(
          'unverifiable',
          line,
          `CREATE TRIGGER ${str(node, 'trigname') ?? '?'} ON ${relationName(child(node, 'relation'))}`,
          {
            note: 'trigger logic may reject or rewrite writes from N-1'
          }
        )
      ];
    case 'CreateEnumStmt':
      return [finding('additive', line, `CREATE TYPE ${dottedName(list(node, 'typeName'))} AS ENUM`)];
    case 'CreateSeqStmt':
    case 'CreateSchemaStmt':
    case 'CreateExtensionStmt':
    case 'CreateDomainStmt':
    case 'CompositeTypeStmt':
    case 'CreateTableAsStmt':
    case 'CommentStmt':
    case 'GrantStmt':
    case 'AlterSeqStmt':
    case 'CreatePolicyStmt':
    case 'AlterOwnerStmt':
      return [finding('additive', line, readableStatementName(type))];
    // Session and transaction control change no schema.
    case 'TransactionStmt':
    case 'VariableSetStmt':
    case 'SelectStmt':
      return [];
    default:
      return [
        finding('unverifiable', line, readableStatementName(type), {
          note: `statement type ${type} is not classified`
        })
      ];
  }
}

/**
 * `users.a, b` when the statement names its columns (so a backfill or constraint on columns the
 * range created can be told apart), else the table.
 */
export function columnsSubject(table: string, columns: string[]): string {
  return columns.length ? `${table}.${columns.join(', ')}` : table;
}

function readableStatementName(type: string): string {
  return type
    .replace(/Stmt$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
}

function classifyInsert(node: Node, line: number): MigrationFinding {
  const table = relationName(child(node, 'relation'));
  const select = child(child(node, 'selectStmt'), 'SelectStmt');
  // INSERT ... VALUES adds seed rows; INSERT ... SELECT copies data, typically a backfill.
  if (select && list(select, 'valuesLists').length === 0) {
    return finding('data-rewrite', line, `INSERT INTO ${table} ... SELECT (backfill)`, { subject: table });
  }
  return finding('additive', line, `INSERT INTO ${table} VALUES (seed data)`);
}

function classifyRename(node: Node, line: number): MigrationFinding {
  const renameType = str(node, 'renameType') ?? '';
  const table = relationName(child(node, 'relation'));
  const newName = str(node, 'newname') ?? '?';
  switch (renameType) {
    case 'OBJECT_COLUMN': {
      const column = `${table}.${str(node, 'subname') ?? '?'}`;
      return finding('destructive', line, `RENAME COLUMN ${column} TO ${newName}`, { subject: column });
    }
    case 'OBJECT_TABLE':
      return finding('destructive', line, `RENAME TABLE ${table} TO ${newName}`, { subject: table });
    case 'OBJECT_INDEX':
    case 'OBJECT_TABCONSTRAINT':
      return finding('additive', line, `RENAME ${renameType.replace('OBJECT_', '')} ${table} TO ${newName}`);
    default: {
      const kind = renameType.replace('OBJECT_', '');
      return finding('destructive', line, `RENAME ${kind} TO ${newName}`, { subject: kind.toLowerCase() });
    }
  }
}

const DESTRUCTIVE_DROPS = new Set([
  'OBJECT_TABLE',
  'OBJECT_VIEW',
  'OBJECT_MATVIEW',
  'OBJECT_SEQUENCE',
  'OBJECT_TYPE',
  'OBJECT_DOMAIN',
  'OBJECT_FUNCTION',
  'OBJECT_PROCEDURE',
  'OBJECT_SCHEMA',
  'OBJECT_FOREIGN_TABLE'
]);

function classifyDrop(node: Node, line: number): MigrationFinding {
  const removeType = str(node, 'removeType') ?? 'OBJECT_UNKNOWN';
  const what = removeType.replace('OBJECT_', '').replace('_', ' ');
  const names = dropObjectNames(list(node, 'objects'));
  const operation = `DROP ${what} ${names}`;
  if (DESTRUCTIVE_DROPS.has(removeType)) return finding('destructive', line, operation, { subject: names });
  if (removeType === 'OBJECT_INDEX') {
    return finding('unverifiable', line, operation, {
      note: 'N-1 keeps working but may be slower; a unique index also stops guarding duplicates'
    });
  }
  return finding('unverifiable', line, operation);
}

const HARMLESS_ALTER_SUBTYPES = new Set([
  'AT_DropNotNull',
  'AT_DropConstraint',
  'AT_ValidateConstraint',
  'AT_SetStatistics',
  'AT_SetStorage',
  'AT_SetCompression',
  'AT_ChangeOwner',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_ReplicaIdentity',
  'AT_AddIndex',
  'AT_AddIdentity',
  'AT_SetIdentity'
]);

function classifyAlterTable(node: Node, line: number, createdTables: Set<string>): MigrationFinding[] {
  const table = relationName(child(node, 'relation'));
  // Constraints on a table this migration created cannot break N-1: N-1 never uses that table.
  const newTable = createdTables.has(table);
  return list(node, 'cmds').map((cmdNode) => {
    const cmd = child(cmdNode, 'AlterTableCmd') ?? {};
    const subtype = str(cmd, 'subtype') ?? 'AT_Unknown';
    const column = `${table}.${str(cmd, 'name') ?? '?'}`;
    switch (subtype) {
      case 'AT_AddColumn':
        return classifyAddColumn(table, child(child(cmd, 'def'), 'ColumnDef') ?? {}, line, newTable);
      case 'AT_DropColumn':
        return finding('destructive', line, `DROP COLUMN ${column}`, { subject: column });
      case 'AT_AlterColumnType': {
        const typeName = child(child(child(cmd, 'def'), 'ColumnDef'), 'typeName');
        const type = typeName ? typeText(typeName) : '?';
        return finding('destructive', line, `ALTER COLUMN ${column} TYPE ${type}`, {
          subject: column,
          alteration: { column, to: type }
        });
      }
      case 'AT_SetNotNull':
        return newTable
          ? finding('additive', line, `ALTER COLUMN ${column} SET NOT NULL (new table)`)
          : finding('constraining', line, `ALTER COLUMN ${column} SET NOT NULL`, {
              subject: column,
              columnChange: { column, change: 'set-not-null' }
            });
      case 'AT_AddConstraint':
        return classifyAddConstraint(table, child(child(cmd, 'def'), 'Constraint') ?? {}, line, newTable);
      case 'AT_ColumnDefault':
        return cmd['def'] === undefined
          ? finding('unverifiable', line, `ALTER COLUMN ${column} DROP DEFAULT`, {
              note: 'N-1 inserts that relied on the default may now fail'
            })
          : finding('additive', line, `ALTER COLUMN ${column} SET DEFAULT`, {
              columnChange: { column, change: 'set-default' }
            });
      case 'AT_EnableRowSecurity':
      case 'AT_ForceRowSecurity':
        return finding('unverifiable', line, `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`, {
          note: 'policies may hide rows from N-1'
        });
      default:
        if (
          HARMLESS_ALTER_SUBTYPES.has(subtype) ||
          subtype.startsWith('AT_EnableTrig') ||
          subtype.startsWith('AT_DisableTrig')
        ) {
          return finding('additive', line, `ALTER TABLE ${table} ${subtype.replace('AT_', '')}`);
        }
        return finding('unverifiable', line, `ALTER TABLE ${table} ${subtype.replace('AT_', '')}`, {
          note: `ALTER TABLE subcommand ${subtype} is not classified`
        });
    }
  });
}

/** `varchar(200)`, `numeric(12,2)`, `bigint` from a TypeName node. */
function typeText(typeName: Node): string {
  const name = dottedName(list(typeName, 'names')).replace(/^pg_catalog\./, '');
  const modifiers = list(typeName, 'typmods')
    .map((mod) => (child(child(mod, 'A_Const'), 'ival') as { ival?: number } | undefined)?.ival)
    .filter((value): value is number => typeof value === 'number');
  return modifiers.length ? `${name}(${modifiers.join(',')})` : name;
}

function classifyAddColumn(
  table: string,
  columnDef: Node,
  line: number,
  newTable: boolean
): MigrationFinding {
  const column = `${table}.${str(columnDef, 'colname') ?? '?'}`;
  const types = list(columnDef, 'constraints').map((c) => str(child(c, 'Constraint'), 'contype'));
  const notNull = types.includes('CONSTR_NOTNULL') || types.includes('CONSTR_PRIMARY');
  // serial types carry a sequence default even though the parser shows no DEFAULT constraint.
  const typeNames = list(child(columnDef, 'typeName'), 'names').map((n) => str(child(n, 'String'), 'sval'));
  const serial = typeNames.some((name) => name !== undefined && /^(?:small|big)?serial[248]?$/.test(name));
  const filled =
    serial ||
    types.includes('CONSTR_DEFAULT') ||
    types.includes('CONSTR_IDENTITY') ||
    types.includes('CONSTR_GENERATED');
  if (notNull && !filled && !newTable) {
    return finding('constraining', line, `ADD COLUMN ${column} NOT NULL without DEFAULT`, {
      subject: column,
      note: 'N-1 does not know the column, so its inserts fail'
    });
  }
  return finding('additive', line, `ADD COLUMN ${column}${notNull ? ' NOT NULL DEFAULT' : ''}`);
}

const CONSTRAINT_NAMES: Record<string, string> = {
  CONSTR_UNIQUE: 'UNIQUE',
  CONSTR_PRIMARY: 'PRIMARY KEY',
  CONSTR_CHECK: 'CHECK',
  CONSTR_FOREIGN: 'FOREIGN KEY',
  CONSTR_EXCLUSION: 'EXCLUDE'
};

/** The columns an expression reads (its ColumnRef nodes), in order, once each. */
function columnRefs(expression: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const ref = child(node, 'ColumnRef');
    if (ref) {
      const name = list(ref, 'fields')
        .map((field) => str(child(field, 'String'), 'sval'))
        .pop();
      if (name !== undefined && !found.includes(name)) found.push(name);
      return;
    }
    Object.values(node).forEach(visit);
  };
  visit(expression);
  return found;
}

const NULL_AWARE_NODES = new Set([
  'NullTest',
  'BooleanTest',
  'CoalesceExpr',
  'CaseExpr',
  'MinMaxExpr',
  'FuncCall'
]);
const NULL_AWARE_OPERATORS = new Set(['AEXPR_NULLIF', 'AEXPR_DISTINCT', 'AEXPR_NOT_DISTINCT']);

/**
 * Whether a CHECK expression passes a row whose columns are NULL (SQL passes a check that is NULL),
 * as sql-statements.ts' checkToleratesNull reads text: no NULL test, COALESCE, CASE or function.
 * Only then is a check on columns N-1 never writes harmless to N-1.
 */
function toleratesNull(expression: unknown): boolean {
  let tolerant = true;
  const visit = (node: unknown): void => {
    if (!tolerant || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    for (const [key, value] of Object.entries(node)) {
      if (NULL_AWARE_NODES.has(key)) tolerant = false;
      if (key === 'A_Expr' && NULL_AWARE_OPERATORS.has(str(value, 'kind') ?? '')) tolerant = false;
      visit(value);
    }
  };
  visit(expression);
  return tolerant;
}

function classifyAddConstraint(
  table: string,
  constraint: Node,
  line: number,
  newTable: boolean
): MigrationFinding {
  const contype = str(constraint, 'contype') ?? '';
  const label = CONSTRAINT_NAMES[contype] ?? contype.replace('CONSTR_', '');
  const name = str(constraint, 'conname');
  const operation = `ADD CONSTRAINT ${name ? `${name} ` : ''}${label} ON ${table}`;
  if (newTable) return finding('additive', line, `${operation} (new table)`);
  const columns = [...list(constraint, 'fk_attrs'), ...list(constraint, 'keys')]
    .map((item) => str(child(item, 'String'), 'sval'))
    .filter((column): column is string => column !== undefined);
  const subject =
    contype === 'CONSTR_CHECK'
      ? columnsSubject(table, toleratesNull(constraint['raw_expr']) ? columnRefs(constraint['raw_expr']) : [])
      : columnsSubject(table, columns);
  if (constraint['skip_validation'] === true) {
    return finding('constraining', line, `${operation} NOT VALID`, {
      subject,
      severity: 'warning',
      note: 'existing rows are not checked, but new writes from N-1 are'
    });
  }
  return finding('constraining', line, operation, { subject });
}
