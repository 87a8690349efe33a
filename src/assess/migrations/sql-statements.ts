/**
 * Statement-level reading of SQL that no full grammar accepts: a dialect we have no parser for
 * (ClickHouse), or a file where one statement defeats the parser. Each statement is matched
 * against the shapes that matter to a rollback, so no DROP, RENAME or type change goes unnamed,
 * and each gets its own line. What matches no shape is reported, never skipped.
 */
import { judgeDataStatement } from './data-statements.js';
import { splitStatements } from './sql-dialects.js';
import { lineLocator } from './text.js';
import { finding, type MigrationFinding } from './types.js';

const NAME = String.raw`((?:[\`"\[]?[\w$]+[\`"\]]?\.)*[\`"\[]?[\w$]+[\`"\]]?)`;
const IF_EXISTS = String.raw`(?:IF\s+(?:NOT\s+)?EXISTS\s+)?`;
const ON_CLUSTER = String.raw`(?:\s+ON\s+CLUSTER\s+\S+)?`;

const DROP_OBJECT = new RegExp(
  String.raw`^DROP\s+(TABLE|VIEW|MATERIALIZED\s+VIEW|DICTIONARY|DATABASE|SCHEMA|SEQUENCE|TYPE|DOMAIN|FUNCTION|PROCEDURE|TRIGGER|INDEX)\s+(?:CONCURRENTLY\s+)?${IF_EXISTS}${NAME}`,
  'i'
);
const RENAME_TABLE = /^RENAME\s+(?:TABLE|DICTIONARY)\s+([\s\S]+)$/i;
const EXCHANGE = new RegExp(String.raw`^EXCHANGE\s+(?:TABLES|DICTIONARIES)\s+${NAME}\s+AND\s+${NAME}`, 'i');
const ALTER_TABLE = new RegExp(
  String.raw`^ALTER\s+TABLE\s+(?:ONLY\s+)?${IF_EXISTS}${NAME}${ON_CLUSTER}\s+([\s\S]+)$`,
  'i'
);
const CREATE = new RegExp(
  String.raw`^CREATE\s+(OR\s+REPLACE\s+)?(?:TEMPORARY\s+)?(UNIQUE\s+)?(TABLE|VIEW|MATERIALIZED\s+VIEW|DICTIONARY|INDEX|DATABASE|SCHEMA|TYPE|FUNCTION|SEQUENCE|TRIGGER|EXTENSION)\s+(?:CONCURRENTLY\s+)?${IF_EXISTS}${NAME}`,
  'i'
);
const INDEX_TABLE = new RegExp(String.raw`\bON\s+(?:ONLY\s+)?${NAME}`, 'i');
const INSERT = new RegExp(String.raw`^INSERT\s+(?:INTO\s+)?(?:TABLE\s+)?${NAME}`, 'i');
const UPDATE = new RegExp(String.raw`^UPDATE\s+(?:ONLY\s+)?${NAME}`, 'i');
const DELETE = new RegExp(String.raw`^DELETE\s+FROM\s+(?:ONLY\s+)?${NAME}`, 'i');
const TRUNCATE = new RegExp(String.raw`^TRUNCATE\s+(?:TABLE\s+)?${IF_EXISTS}${NAME}`, 'i');
const NO_SCHEMA_CHANGE =
  /^(?:SET|USE|BEGIN|COMMIT|START|END|ROLLBACK|SELECT|SAVEPOINT|RELEASE|PRAGMA|ANALYZE|VACUUM|OPTIMIZE|SYSTEM)\b/i;

/** `"public"."users"` -> `public.users`. */
export function unquote(name: string): string {
  return name.replace(/[`"[\]]/g, '');
}

/** Findings for every statement of `sql`, by shape; lines shifted by `firstLine - 1`. */
export function scanStatements(sql: string, firstLine = 1): MigrationFinding[] {
  const lineOf = lineLocator(sql);
  const findings: MigrationFinding[] = [];
  for (const statement of splitStatements(sql)) {
    const text = statement.text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim();
    if (!text) continue;
    const line = lineOf(statement.offset) + firstLine - 1;
    findings.push(...scanStatement(text, line).map((item) => judgeDataStatement(item, text)));
  }
  return findings;
}

function scanStatement(text: string, line: number): MigrationFinding[] {
  let match: RegExpExecArray | null;
  if ((match = DROP_OBJECT.exec(text))) {
    const kind = match[1]!.toUpperCase().replace(/\s+/g, ' ');
    const name = unquote(match[2]!);
    if (kind === 'INDEX') {
      return [
        finding('unverifiable', line, `DROP INDEX ${name}`, {
          note: 'N-1 keeps working but may be slower',
          category: 'destructive'
        })
      ];
    }
    return [finding('destructive', line, `DROP ${kind} ${name}`, { subject: name })];
  }
  if ((match = EXCHANGE.exec(text))) {
    const [a, b] = [unquote(match[1]!), unquote(match[2]!)];
    return [finding('destructive', line, `EXCHANGE TABLES ${a} AND ${b}`, { subject: a })];
  }
  if ((match = RENAME_TABLE.exec(text))) return renamePairs(match[1]!, line);
  if ((match = ALTER_TABLE.exec(text))) {
    const table = unquote(match[1]!);
    return splitTopLevel(match[2]!).map((action) => scanAlterAction(table, action.trim(), line));
  }
  if ((match = CREATE.exec(text))) {
    const [, replace, unique, rawKind, rawName] = match;
    const kind = rawKind!.toUpperCase().replace(/\s+/g, ' ');
    const name = unquote(rawName!);
    if (kind === 'INDEX') {
      const table = unquote(INDEX_TABLE.exec(text)?.[1] ?? '?');
      return unique
        ? [finding('constraining', line, `CREATE UNIQUE INDEX ${name} ON ${table}`, { subject: table })]
        : [finding('additive', line, `CREATE INDEX ${name} ON ${table}`)];
    }
    if (replace && kind !== 'TABLE') {
      return [
        finding('unverifiable', line, `CREATE OR REPLACE ${kind} ${name}`, {
          note: `the replaced ${kind.toLowerCase()} may no longer match what N-1 reads`
        })
      ];
    }
    return [finding('additive', line, `CREATE ${kind} ${name}`)];
  }
  if ((match = INSERT.exec(text))) {
    const table = unquote(match[1]!);
    return /\bSELECT\b/i.test(text) && !/\bVALUES\b/i.test(text)
      ? [finding('data-rewrite', line, `INSERT INTO ${table} ... SELECT (backfill)`, { subject: table })]
      : [finding('additive', line, `INSERT INTO ${table} VALUES (seed data)`)];
  }
  if ((match = UPDATE.exec(text))) {
    const table = unquote(match[1]!);
    const assignments = /\bSET\s+([\s\S]*?)(?:\bWHERE\b|\bFROM\b|$)/i.exec(text)?.[1] ?? '';
    const columns = splitTopLevel(assignments)
      .map((part) => /^\s*[`"[]?(\w+)[`"\]]?\s*=/.exec(part)?.[1])
      .filter((column): column is string => column !== undefined);
    const subject = columns.length ? `${table}.${columns.join(', ')}` : table;
    return [finding('data-rewrite', line, `UPDATE ${table} (data rewrite)`, { subject })];
  }
  if ((match = DELETE.exec(text))) {
    const table = unquote(match[1]!);
    return [finding('data-rewrite', line, `DELETE FROM ${table}`, { subject: table })];
  }
  if ((match = TRUNCATE.exec(text))) {
    const table = unquote(match[1]!);
    return [finding('data-rewrite', line, `TRUNCATE ${table}`, { subject: table })];
  }
  if (NO_SCHEMA_CHANGE.test(text)) return [];
  const head = text.split(/\s+/).slice(0, 3).join(' ').toUpperCase();
  return [finding('unverifiable', line, head, { note: 'statement not recognised' })];
}

function renamePairs(list: string, line: number): MigrationFinding[] {
  return splitTopLevel(list.replace(/\s+ON\s+CLUSTER\s+\S+\s*$/i, '')).flatMap((pair) => {
    const names = new RegExp(`^\\s*${NAME}\\s+TO\\s+${NAME}`, 'i').exec(pair);
    if (!names) return [];
    const from = unquote(names[1]!);
    return [finding('destructive', line, `RENAME TABLE ${from} TO ${unquote(names[2]!)}`, { subject: from })];
  });
}

const CHECK_WORDS = new Set(
  'and or not in is null true false like ilike similar to between case when then else end any all some array cast as distinct from escape collate at time zone interval'.split(
    ' '
  )
);

/**
 * The columns a CHECK expression written as text reads (`status IN ('a', 'b') AND qty > 0` reads
 * `status` and `qty`): string literals, casts, function names and SQL words are not columns.
 */
export function columnsOfCheck(expression: string): string[] {
  const bare = expression
    .replace(/'(?:[^']|'')*'/g, ' ')
    .replace(/::\s*[\w." ]+?(?=[\s),]|$)/g, ' ')
    .replace(/["`[\]]/g, '');
  const columns: string[] = [];
  for (const match of bare.matchAll(/(?<![\w.])(?:\w+\.)?([A-Za-z_]\w*)\b(?!\s*\()/g)) {
    const name = match[1]!;
    if (CHECK_WORDS.has(name.toLowerCase()) || columns.includes(name)) continue;
    columns.push(name);
  }
  return columns;
}

/**
 * Whether a CHECK written as text lets a row through when its columns are NULL: SQL passes a check
 * that evaluates to NULL, unless the expression tests for NULL itself (IS [NOT] NULL, COALESCE,
 * CASE, ...) or calls a function, which may. A check on columns N-1 never writes is harmless to
 * N-1 only when it tolerates NULL (or the column has a default, which the existing rows passed).
 */
export function checkToleratesNull(expression: string): boolean {
  const bare = expression.replace(/'(?:[^']|'')*'/g, ' ');
  if (
    /\bIS\s+(?:NOT\s+)?(?:NULL|TRUE|FALSE|UNKNOWN|DISTINCT)\b|\b(?:COALESCE|NULLIF|CASE|NOTNULL|ISNULL)\b/i.test(
      bare
    )
  )
    return false;
  return ![...bare.matchAll(/\b(\w+)\s*\(/g)].some((m) => !/^(?:IN|ANY|ALL|SOME|ARRAY)$/i.test(m[1]!));
}

/** Top-level comma-separated parts (commas inside brackets and quotes stay). */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"' || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) parts.push(current);
  return parts;
}

const COLUMN = String.raw`(?:COLUMN\s+)?${IF_EXISTS}${NAME}`;

function scanAlterAction(table: string, action: string, line: number): MigrationFinding {
  let match: RegExpExecArray | null;
  const column = (name: string): string => `${table}.${unquote(name)}`;
  if (
    (match = new RegExp(
      `^DROP\\s+(PRIMARY\\s+KEY|FOREIGN\\s+KEY|CONSTRAINT|CHECK|INDEX|KEY|PROJECTION)\\b\\s*${NAME}?`,
      'i'
    ).exec(action))
  ) {
    const what = match[1]!.toUpperCase().replace(/\s+/g, ' ');
    const name = match[2] ? ` ${unquote(match[2])}` : '';
    if (what === 'INDEX' || what === 'KEY' || what === 'PROJECTION') {
      return finding('unverifiable', line, `DROP ${what}${name} ON ${table}`, {
        note: 'N-1 keeps working but may be slower',
        category: 'destructive'
      });
    }
    return finding('additive', line, `DROP ${what}${name} ON ${table}`);
  }
  if ((match = new RegExp(`^DROP\\s+${COLUMN}\\s*(?:CASCADE|RESTRICT)?\\s*$`, 'i').exec(action))) {
    return finding('destructive', line, `DROP COLUMN ${column(match[1]!)}`, { subject: column(match[1]!) });
  }
  if ((match = new RegExp(`^RENAME\\s+${COLUMN}\\s+TO\\s+${NAME}`, 'i').exec(action))) {
    const from = column(match[1]!);
    return finding('destructive', line, `RENAME COLUMN ${from} TO ${unquote(match[2]!)}`, { subject: from });
  }
  if ((match = new RegExp(`^RENAME\\s+(?:TO|AS)\\s+${NAME}`, 'i').exec(action))) {
    return finding('destructive', line, `RENAME TABLE ${table} TO ${unquote(match[1]!)}`, { subject: table });
  }
  if ((match = new RegExp(`^CHANGE\\s+${COLUMN}\\s+${NAME}`, 'i').exec(action))) {
    const from = column(match[1]!);
    return finding('destructive', line, `CHANGE COLUMN ${from} TO ${unquote(match[2]!)}`, { subject: from });
  }
  if ((match = new RegExp(`^(?:ALTER|MODIFY)\\s+${COLUMN}\\s+([\\s\\S]*)$`, 'i').exec(action))) {
    const target = column(match[1]!);
    const rest = match[2]!.trim();
    if (/^SET\s+NOT\s+NULL/i.test(rest)) {
      return finding('constraining', line, `ALTER COLUMN ${target} SET NOT NULL`, {
        subject: target,
        columnChange: { column: target, change: 'set-not-null' }
      });
    }
    if (/^SET\s+DEFAULT/i.test(rest)) {
      return finding('additive', line, `ALTER COLUMN ${target} SET DEFAULT`, {
        columnChange: { column: target, change: 'set-default' }
      });
    }
    if (/^(?:DROP\s+NOT\s+NULL|DROP\s+DEFAULT|COMMENT|SET\s+STATISTICS|CODEC|TTL)/i.test(rest)) {
      return finding(
        'additive',
        line,
        `ALTER COLUMN ${target} ${rest.split(/\s+/).slice(0, 2).join(' ').toUpperCase()}`
      );
    }
    const type = rest.replace(/^(?:SET\s+DATA\s+)?TYPE\s+/i, '').split(/\s+/)[0] ?? '?';
    return finding('destructive', line, `ALTER COLUMN ${target} TYPE ${type}`, { subject: target });
  }
  if (
    (match = new RegExp(
      `^ADD\\s+(?:CONSTRAINT\\s+${NAME}\\s+)?(UNIQUE|FOREIGN\\s+KEY|CHECK|PRIMARY\\s+KEY)\\b`,
      'i'
    ).exec(action))
  ) {
    const label = match[2]!.toUpperCase().replace(/\s+/g, ' ');
    return finding('constraining', line, `ADD ${label} ON ${table}`, { subject: table });
  }
  if (
    /^ADD\s+(?:INDEX|KEY|PROJECTION|STATISTICS|FULLTEXT|SPATIAL)\b/i.test(action) ||
    /^MATERIALIZE\b/i.test(action)
  ) {
    return finding(
      'additive',
      line,
      `ALTER TABLE ${table} ${action.split(/\s+/).slice(0, 2).join(' ').toUpperCase()}`
    );
  }
  if ((match = new RegExp(`^ADD\\s+${COLUMN}([\\s\\S]*)$`, 'i').exec(action))) {
    const target = column(match[1]!);
    const definition = match[2] ?? '';
    if (/\bNOT\s+NULL\b/i.test(definition) && !/\bDEFAULT\b/i.test(definition)) {
      return finding('constraining', line, `ADD COLUMN ${target} NOT NULL without DEFAULT`, {
        subject: target,
        note: 'N-1 does not know the column, so its inserts fail'
      });
    }
    return finding('additive', line, `ADD COLUMN ${target}`);
  }
  if (/^(?:DELETE|UPDATE)\b/i.test(action)) {
    const item = finding(
      'data-rewrite',
      line,
      `ALTER TABLE ${table} ${action.split(/\s+/)[0]!.toUpperCase()} (data rewrite)`,
      {
        subject: table
      }
    );
    // ClickHouse's mutations read like the standard statements they stand for.
    const standard = /^DELETE\b/i.test(action)
      ? `DELETE FROM ${table} ${action.replace(/^DELETE\s*/i, '')}`
      : `UPDATE ${table} SET ${action.replace(/^UPDATE\s*/i, '')}`;
    return judgeDataStatement(item, standard);
  }
  return finding('unverifiable', line, `ALTER TABLE ${table} ${action.split(/\s+/).slice(0, 2).join(' ')}`, {
    note: 'ALTER TABLE action not recognised'
  });
}
