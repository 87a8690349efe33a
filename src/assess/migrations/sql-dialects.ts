/**
 * SQL that is not Postgres (MySQL/MariaDB, SQLite, T-SQL) through node-sql-parser. Only the
 * dialect build that is needed is imported: each is a large grammar. node-sql-parser reports no
 * statement offsets, so the text is split into statements here and each is parsed on its own.
 */
import { judgeDataStatement } from './data-statements.js';
import { finding, type MigrationFinding } from './types.js';
import { lineLocator, skipSqlTrivia } from './text.js';

export type OtherDialect = 'mysql' | 'mariadb' | 'sqlite' | 'transactsql';

type Node = Record<string, unknown>;
interface Parser {
  astify(sql: string, options: { database: string }): unknown;
}

const DATABASE_OPTION: Record<OtherDialect, string> = {
  mysql: 'MySQL',
  mariadb: 'MariaDB',
  sqlite: 'sqlite',
  transactsql: 'transactsql'
};

const parsers = new Map<OtherDialect, Promise<Parser>>();

function loadParser(dialect: OtherDialect): Promise<Parser> {
  let loaded = parsers.get(dialect);
  if (!loaded) {
    loaded = importBuild(dialect).then((module) => {
      const exported = module as { Parser?: new () => Parser; default?: { Parser?: new () => Parser } };
      const ParserClass = exported.default?.Parser ?? exported.Parser;
      if (!ParserClass) throw new Error(`node-sql-parser build for ${dialect} has no Parser`);
      return new ParserClass();
    });
    parsers.set(dialect, loaded);
    loaded.catch(() => parsers.delete(dialect));
  }
  return loaded;
}

// Literal specifiers so a bundler can see (and split out) each build.
function importBuild(dialect: OtherDialect): Promise<unknown> {
  switch (dialect) {
    case 'mysql':
      return import('node-sql-parser/build/mysql.js');
    case 'mariadb':
      return import('node-sql-parser/build/mariadb.js');
    case 'sqlite':
      return import('node-sql-parser/build/sqlite.js');
    case 'transactsql':
      return import('node-sql-parser/build/transactsql.js');
  }
}

export interface SqlStatementText {
  text: string;
  /** Character offset of the statement's first token in the whole text. */
  offset: number;
}

/** Split on `;` (and T-SQL `GO` lines) outside quotes and comments. */
export function splitStatements(sql: string): SqlStatementText[] {
  const statements: SqlStatementText[] = [];
  let start = 0;
  let i = 0;
  const push = (end: number, next: number): void => {
    const offset = skipSqlTrivia(sql, start);
    if (offset < end) statements.push({ text: sql.slice(offset, end), offset });
    start = next;
  };
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'" || ch === '"' || ch === '`' || ch === '[') {
      const close = ch === '[' ? ']' : ch;
      let j = i + 1;
      while (j < sql.length && sql[j] !== close) j += sql[j] === '\\' && ch !== '[' ? 2 : 1;
      i = j + 1;
    } else if (sql.startsWith('--', i) || ch === '#') {
      const newline = sql.indexOf('\n', i);
      i = newline === -1 ? sql.length : newline + 1;
    } else if (sql.startsWith('/*', i)) {
      const close = sql.indexOf('*/', i + 2);
      i = close === -1 ? sql.length : close + 2;
    } else if (ch === ';') {
      push(i, i + 1);
      i++;
    } else if ((i === 0 || sql[i - 1] === '\n') && /^GO[ \t]*(?:\r?\n|$)/i.test(sql.slice(i, i + 5))) {
      push(i, i + 2);
      i += 2;
    } else {
      i++;
    }
  }
  push(sql.length, sql.length);
  return statements;
}

export interface DialectResult {
  findings: MigrationFinding[];
  /** Statements the grammar rejected, with their text for a statement-level reading. */
  errors: { message: string; line: number; statement: string }[];
}

export async function classifyOtherDialect(
  sql: string,
  dialect: OtherDialect,
  firstLine = 1
): Promise<DialectResult> {
  const result: DialectResult = { findings: [], errors: [] };
  let parser: Parser;
  try {
    parser = await loadParser(dialect);
  } catch (error) {
    result.errors.push({
      message: `the ${dialect} parser did not load: ${messageOf(error)}`,
      line: firstLine,
      statement: sql
    });
    return result;
  }
  const lineOf = lineLocator(sql);
  for (const statement of splitStatements(sql)) {
    const line = lineOf(statement.offset) + firstLine - 1;
    let ast: unknown;
    try {
      ast = parser.astify(statement.text, { database: DATABASE_OPTION[dialect] });
    } catch (error) {
      result.errors.push({ message: messageOf(error), line, statement: statement.text });
      continue;
    }
    for (const node of Array.isArray(ast) ? ast : [ast]) {
      try {
        const found = classifyNode(node as Node, line);
        result.findings.push(...found.map((item) => judgeDataStatement(item, statement.text)));
      } catch (error) {
        // An AST shape this code did not expect: the statement is still read by shape.
        result.errors.push({ message: messageOf(error), line, statement: statement.text });
      }
    }
  }
  return result;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function tableName(table: unknown): string {
  const first = Array.isArray(table) ? (table[0] as unknown) : table;
  if (first === null || typeof first !== 'object') return '?';
  const { db, table: name } = first as { db?: unknown; table?: unknown };
  return typeof db === 'string' && db ? `${db}.${String(name)}` : String(name ?? '?');
}

function columnName(column: unknown): string {
  if (typeof column === 'string') return column;
  if (column && typeof column === 'object') {
    const inner = (column as Node)['column'];
    if (typeof inner === 'string') return inner;
    const value = (inner as Node | undefined)?.['expr'] as Node | undefined;
    if (typeof value?.['value'] === 'string') return value['value'];
  }
  return '?';
}

/** node-sql-parser gives `name` as a list for DROP TABLE but as one object for DROP INDEX. */
function namesOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

function classifyNode(node: Node, line: number): MigrationFinding[] {
  const type = String(node['type'] ?? '').toLowerCase();
  const keyword = String(node['keyword'] ?? '').toLowerCase();
  switch (type) {
    case 'create': {
      if (keyword === 'index') {
        const table = tableName(node['table']);
        const unique = String(node['index_type'] ?? '').toLowerCase() === 'unique';
        const operation = `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${String(node['index'] ?? '')} ON ${table}`;
        return [
          unique
            ? finding('constraining', line, operation, { subject: table })
            : finding('additive', line, operation)
        ];
      }
      return [finding('additive', line, `CREATE ${keyword.toUpperCase()} ${tableName(node['table'])}`)];
    }
    case 'alter':
      return ((node['expr'] as Node[] | undefined) ?? []).map((expr) =>
        classifyAlter(tableName(node['table']), expr, line)
      );
    case 'drop': {
      if (keyword === 'index') {
        const index = namesOf(node['name']).map(columnName).join(', ');
        const on = node['table'] ? ` ON ${tableName(node['table'])}` : '';
        return [
          finding('unverifiable', line, `DROP INDEX ${index}${on}`, {
            note: 'N-1 keeps working but may be slower',
            category: 'destructive'
          })
        ];
      }
      const names = namesOf(node['name'])
        .map((n) => tableName(n))
        .join(', ');
      return [finding('destructive', line, `DROP ${keyword.toUpperCase()} ${names}`, { subject: names })];
    }
    case 'rename': {
      const pairs = (node['table'] as unknown[][] | undefined) ?? [];
      return pairs.map((pair) => {
        const from = tableName(pair[0]);
        return finding('destructive', line, `RENAME TABLE ${from} TO ${tableName(pair[1])}`, {
          subject: from
        });
      });
    }
    case 'truncate': {
      const names = namesOf(node['name'])
        .map((n) => tableName(n))
        .join(', ');
      return [finding('data-rewrite', line, `TRUNCATE ${names}`, { subject: names })];
    }
    case 'update': {
      const table = tableName(node['table']);
      const columns = ((node['set'] as Node[] | undefined) ?? [])
        .map((assignment) => assignment['column'])
        .filter((column): column is string => typeof column === 'string');
      return [
        finding('data-rewrite', line, `UPDATE ${table} (data rewrite)`, {
          subject: columns.length ? `${table}.${columns.join(', ')}` : table
        })
      ];
    }
    case 'delete': {
      const table = tableName(node['from'] ?? node['table']);
      return [finding('data-rewrite', line, `DELETE FROM ${table}`, { subject: table })];
    }
    case 'insert':
    case 'replace': {
      const table = tableName(node['table']);
      const values = node['values'] as Node | undefined;
      if (values && values['type'] === 'select') {
        return [
          finding('data-rewrite', line, `INSERT INTO ${table} ... SELECT (backfill)`, { subject: table })
        ];
      }
      return [finding('additive', line, `INSERT INTO ${table} VALUES (seed data)`)];
    }
    case 'use':
    case 'set':
    case 'select':
    case 'transaction':
      return [];
    default:
      return [
        finding('unverifiable', line, type ? type.toUpperCase() : 'unknown statement', {
          note: 'statement type is not classified'
        })
      ];
  }
}

/** `VARCHAR(200)` from node-sql-parser's `{dataType, length}`. */
function dataTypeOf(definition: unknown): string | null {
  if (!definition || typeof definition !== 'object') return null;
  const { dataType, length, scale } = definition as Node;
  if (typeof dataType !== 'string') return null;
  if (typeof length !== 'number') return dataType;
  return `${dataType}(${length}${typeof scale === 'number' ? `,${scale}` : ''})`;
}

function classifyAlter(table: string, expr: Node, line: number): MigrationFinding {
  const action = String(expr['action'] ?? '').toLowerCase();
  const resource = String(expr['resource'] ?? '').toLowerCase();
  const column = `${table}.${columnName(expr['column'])}`;
  if (resource === 'column' || expr['column'] !== undefined) {
    switch (action) {
      case 'add': {
        const nullable = (expr['nullable'] as Node | undefined)?.['type'];
        if (nullable === 'not null' && expr['default_val'] == null) {
          return finding('constraining', line, `ADD COLUMN ${column} NOT NULL without DEFAULT`, {
            subject: column
          });
        }
        return finding('additive', line, `ADD COLUMN ${column}`);
      }
      case 'drop':
        return finding('destructive', line, `DROP COLUMN ${column}`, { subject: column });
      case 'rename':
      case 'change': {
        const from = `${table}.${columnName(expr['old_column'])}`;
        return finding(
          'destructive',
          line,
          `${action === 'change' ? 'CHANGE' : 'RENAME'} COLUMN ${from} TO ${columnName(expr['column'])}`,
          { subject: from }
        );
      }
      case 'modify':
      case 'alter': {
        const type = dataTypeOf(expr['definition']);
        return finding('destructive', line, `MODIFY COLUMN ${column}${type ? ` ${type}` : ''}`, {
          subject: column
        });
      }
    }
  }
  if (action === 'add' && resource === 'constraint') {
    const definition = expr['create_definitions'] as Node | undefined;
    const label = String(definition?.['constraint_type'] ?? 'constraint').toUpperCase();
    return finding('constraining', line, `ADD ${label} ON ${table}`, { subject: table });
  }
  if (action === 'add' && resource === 'index') return finding('additive', line, `ADD INDEX ON ${table}`);
  if (action === 'drop' && resource === 'key' && /primary|foreign/i.test(String(expr['keyword'] ?? ''))) {
    // Dropping a key relaxes what N-1 may write; N-1 keeps working.
    const what = String(expr['keyword']).toUpperCase();
    const name = typeof expr['key'] === 'string' && expr['key'] ? ` ${expr['key']}` : '';
    return finding('additive', line, `DROP ${what}${name} ON ${table}`);
  }
  if (action === 'drop' && (resource === 'index' || resource === 'key')) {
    const name = String(expr['index'] ?? expr['key'] ?? '') || '(unnamed)';
    return finding('unverifiable', line, `DROP INDEX ${name} ON ${table}`, {
      note: 'N-1 keeps working but may be slower',
      category: 'destructive'
    });
  }
  if (action === 'drop' && resource === 'constraint')
    return finding('additive', line, `DROP CONSTRAINT ON ${table}`);
  if (action === 'rename') {
    const target = typeof expr['table'] === 'string' ? ` TO ${expr['table']}` : '';
    return finding('destructive', line, `RENAME TABLE ${table}${target}`, { subject: table });
  }
  return finding(
    'unverifiable',
    line,
    `ALTER TABLE ${table} ${action.toUpperCase()} ${resource.toUpperCase()}`.trim(),
    {
      note: 'ALTER TABLE action is not classified'
    }
  );
}
