/**
 * Data statements (UPDATE, DELETE, INSERT ... SELECT) judged by their shape. Every one rewrites
 * rows that a rollback does not restore, but only some take away what N-1 needs: overwriting the
 * values N-1 wrote (a mapping of type names, a blanket SET) or emptying a table N-1 reads. Filling
 * NULLs, adding a JSON key N-1 does not know, removing duplicates or orphans before a constraint,
 * and copying rows are the usual backfill idioms: N-1 keeps working, a person should still look.
 * The classifiers (Postgres parser, other dialects, shapes) find the statement; this module reads
 * its text once more, the same way for every dialect, and says why in the finding.
 */
import { quoteStatement } from './text.js';
import type { MigrationFinding } from './types.js';

/** Adjusts a data-rewrite finding of `statement` (its SQL text) to what the statement's shape does to N-1. */
export function judgeDataStatement(item: MigrationFinding, statement: string): MigrationFinding {
  if (item.effect !== 'data-rewrite' || item.severity !== 'blocker') return item;
  const text = readable(statement);
  if (/^UPDATE\b/i.test(text)) return judgeUpdate(item, text);
  if (/^DELETE\b/i.test(text)) return judgeDelete(item, text);
  if (/^(?:INSERT|REPLACE)\b/i.test(text)) return judgeInsertSelect(item, text);
  return item;
}

/** Comments removed, identifier quotes dropped (`"SortOrder"` -> `SortOrder`), whitespace collapsed; string literals kept. */
function readable(sql: string): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    if (ch === "'") {
      const end = closingQuote(sql, i);
      out += sql.slice(i, end);
      i = end;
    } else if (ch === '-' && sql[i + 1] === '-') {
      while (i < sql.length && sql[i] !== '\n') i++;
      out += ' ';
    } else if (ch === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 2;
      out += ' ';
    } else if (ch === '"' || ch === '`' || ch === '[' || ch === ']') {
      // `[` opens an identifier in SQL Server and SQLite; Postgres arrays are written with ARRAY[...] (rare here).
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();
}

function closingQuote(sql: string, start: number): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === "'") {
      if (sql[i + 1] === "'") i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

/** `text` with everything inside brackets and string literals blanked, so keywords found in it are top-level. */
function topLevelMask(text: string): string {
  let out = '';
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === "'") {
      const end = closingQuote(text, i);
      out += ' '.repeat(end - i);
      i = end;
      continue;
    }
    if (ch === '(') depth++;
    out += depth > 0 ? ' ' : ch;
    if (ch === ')') depth = Math.max(0, depth - 1);
    i++;
  }
  return out;
}

/** The top-level clauses of a statement, keyed by the keyword that opens them (first occurrence). */
function clauses(text: string, keywords: string[]): Map<string, string> {
  const mask = topLevelMask(text);
  const found: { keyword: string; start: number; end: number }[] = [];
  for (const keyword of keywords) {
    const match = new RegExp(`\\b${keyword}\\b`, 'i').exec(mask);
    if (match) found.push({ keyword, start: match.index, end: match.index + match[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  const result = new Map<string, string>();
  found.forEach((clause, index) => {
    const next = found[index + 1]?.start ?? text.length;
    result.set(clause.keyword, text.slice(clause.end, next).trim());
  });
  return result;
}

/** Splits at a top-level separator (`,` or `AND`). */
function splitTop(text: string, separator: RegExp): string[] {
  const mask = topLevelMask(text);
  const parts: string[] = [];
  let last = 0;
  for (const match of mask.matchAll(new RegExp(separator.source, 'gi'))) {
    parts.push(text.slice(last, match.index).trim());
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last).trim());
  return parts.filter((part) => part.length > 0);
}

/** The conjuncts every updated or deleted row satisfies; none when the condition has a top-level OR. */
function conjuncts(where: string | undefined): string[] {
  if (!where) return [];
  const stripped = stripOuterBrackets(where);
  if (/\bOR\b/i.test(topLevelMask(stripped))) return [];
  return splitTop(stripped, /\bAND\b/).map(stripOuterBrackets);
}

function stripOuterBrackets(text: string): string {
  let current = text.trim();
  while (current.startsWith('(') && current.endsWith(')') && topLevelMask(current).trim() === '(') {
    current = current.slice(1, -1).trim();
  }
  return current;
}

const escape = (name: string): string => name.replace(/[$]/g, '\\$');
/** `col`, `alias.col` or `table.col`. */
const columnRef = (column: string): string => String.raw`(?:\w+\.)?${escape(column)}`;

function isNullTest(conjunct: string, column: string): boolean {
  return new RegExp(String.raw`^${columnRef(column)}\s+IS\s+NULL$`, 'i').test(conjunct);
}

interface Assignment {
  column: string;
  expression: string;
}

function assignments(set: string): Assignment[] | null {
  const parsed: Assignment[] = [];
  for (const part of splitTop(set, /,/)) {
    const match = /^(?:\w+\.)?(\w+)\s*=\s*([\s\S]+)$/.exec(part);
    // A tuple assignment `(a, b) = (...)` is left to the conservative reading.
    if (!match) return null;
    parsed.push({ column: match[1]!, expression: match[2]!.trim() });
  }
  return parsed;
}

/**
 * The JSON key an assignment adds without touching a value N-1 wrote: `jsonb_set(c, '{k}', v)` or
 * `JSON_SET(c, '$.k', v)` guarded by "k is absent" (`c->>'k' IS NULL`, `NOT c ? 'k'`), or
 * `jsonb_insert` / `JSON_INSERT`, which never overwrite an existing key.
 */
function addedJsonKey(assignment: Assignment, guards: string[]): string | null {
  const { column, expression } = assignment;
  const ref = columnRef(column);
  const inserts = new RegExp(
    String.raw`^(?:jsonb_insert|JSON_INSERT)\s*\(\s*${ref}\s*,\s*'(?:\{([\w-]+)\}|\$\.([\w-]+))'`,
    'i'
  ).exec(expression);
  if (inserts) return inserts[1] ?? inserts[2]!;
  const sets = new RegExp(
    String.raw`^(?:jsonb?_set(?:_lax)?|JSON_SET)\s*\(\s*${ref}\s*,\s*'(?:\{([\w-]+)\}|\$\.([\w-]+))'`,
    'i'
  ).exec(expression);
  if (!sets) return null;
  const key = sets[1] ?? sets[2]!;
  const absent = [
    String.raw`^${ref}\s*->>?\s*'${key}'\s+IS\s+NULL$`,
    String.raw`^${ref}\s*#>>?\s*'\{${key}\}'\s+IS\s+NULL$`,
    String.raw`^NOT\s*\(?\s*${ref}\s*\?\s*'${key}'\s*\)?$`,
    String.raw`^NOT\s+jsonb_exists\s*\(\s*${ref}\s*,\s*'${key}'\s*\)$`,
    String.raw`^JSON_EXTRACT\s*\(\s*${ref}\s*,\s*'\$\.${key}'\s*\)\s+IS\s+NULL$`,
    String.raw`^${ref}\s*->>?\s*'\$\.${key}'\s+IS\s+NULL$`
  ].map((pattern) => new RegExp(pattern, 'i'));
  return guards.some((guard) => absent.some((pattern) => pattern.test(guard))) ? key : null;
}

function judgeUpdate(item: MigrationFinding, text: string): MigrationFinding {
  const parts = clauses(text, ['SET', 'FROM', 'WHERE', 'RETURNING']);
  const set = parts.get('SET');
  const parsed = set === undefined ? null : assignments(set);
  if (!parsed || parsed.length === 0) return item;
  const guards = conjuncts(parts.get('WHERE'));
  const gentle: string[] = [];
  const overwritten: string[] = [];
  for (const assignment of parsed) {
    const key = addedJsonKey(assignment, guards);
    if (key !== null)
      gentle.push(
        `adds the JSON key '${key}' to ${assignment.column} only where it is absent (N-1 ignores a key it does not know)`
      );
    else if (guards.some((guard) => isNullTest(guard, assignment.column)))
      gentle.push(`fills ${assignment.column} only where it is NULL`);
    else overwritten.push(describeOverwrite(assignment, parts.get('WHERE'), guards));
  }
  if (overwritten.length > 0) {
    return withNote(item, 'blocker', `it ${overwritten.join('; ')}`);
  }
  return withNote(item, 'warning', `it ${gentle.join(' and ')}: every value N-1 wrote is kept`);
}

function describeOverwrite(assignment: Assignment, where: string | undefined, guards: string[]): string {
  const ref = new RegExp(String.raw`\b${escape(assignment.column)}\b`, 'i');
  const compared = guards.some((guard) =>
    new RegExp(String.raw`^${columnRef(assignment.column)}\s*(?:=|<>|!=|IN\b|LIKE\b)`, 'i').test(guard)
  );
  if (ref.test(assignment.expression) || compared) {
    return `maps the values N-1 wrote in ${assignment.column} to new ones, which N-1 may not read`;
  }
  return where === undefined
    ? `overwrites ${assignment.column} in every row, replacing the values N-1 wrote`
    : `overwrites values N-1 wrote in ${assignment.column}`;
}

function judgeDelete(item: MigrationFinding, text: string): MigrationFinding {
  const parts = clauses(text, ['USING', 'WHERE', 'RETURNING']);
  const where = parts.get('WHERE');
  const table = /^DELETE\s+(?:FROM\s+)?(?:ONLY\s+)?([\w.]+)/i.exec(text)?.[1] ?? 'the table';
  if (
    (where === undefined && parts.get('USING') === undefined) ||
    /^(?:TRUE|1\s*=\s*1)$/i.test(where ?? '')
  ) {
    return withNote(item, 'blocker', `it removes every row of ${table}, which N-1 still reads`);
  }
  return withNote(
    item,
    'warning',
    `it ${deletedRows(text, where ?? '')}; the other rows of ${table} stay, so N-1 keeps working, but a rollback does not bring these back`
  );
}

function deletedRows(text: string, where: string): string {
  const partition = /ROW_NUMBER\s*\(\s*\)\s*OVER\s*\(\s*PARTITION\s+BY\s+([^)]*?)\s+ORDER\s+BY/i.exec(text);
  if (partition && /\b\w+\s*(?:>|>=|<>|!=)\s*1\b/.test(text)) {
    return `removes duplicates of (${partition[1]!.trim()}), keeping one row of each`;
  }
  const grouped = /\bNOT\s+IN\s*\(\s*SELECT\s+(?:MIN|MAX)\s*\([^)]*\)[\s\S]*?\bGROUP\s+BY\s+([^)]+)\)/i.exec(
    text
  );
  if (grouped) return `removes duplicates of (${grouped[1]!.trim()}), keeping one row of each`;
  const guards = conjuncts(where);
  const nullColumn = guards.map((guard) => /^(?:\w+\.)?(\w+)\s+IS\s+NULL$/i.exec(guard)?.[1]).find(Boolean);
  if (nullColumn) return `removes only the rows whose ${nullColumn} is NULL`;
  const parent = /\bNOT\s+(?:IN|EXISTS)\s*\(\s*SELECT\b[\s\S]*?\bFROM\s+([\w.]+)/i.exec(where)?.[1];
  if (parent) return `removes only the rows without a matching row in ${parent} (orphans)`;
  return `removes only the rows matching its condition (${quoteStatement(where)})`;
}

function judgeInsertSelect(item: MigrationFinding, text: string): MigrationFinding {
  const source = /\bSELECT\b[\s\S]*?\bFROM\s+([\w.]+)/i.exec(text)?.[1];
  return withNote(
    item,
    'warning',
    `it adds rows${source ? ` copied from ${source}` : ''} and changes none N-1 wrote; N-1 reads the new rows like its own, and a rollback does not remove them`
  );
}

function withNote(item: MigrationFinding, severity: 'warning' | 'blocker', why: string): MigrationFinding {
  item.severity = severity;
  item.note = item.note ? `${item.note}; ${why}` : why;
  return item;
}
