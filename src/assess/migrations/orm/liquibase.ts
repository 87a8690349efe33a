/**
 * Liquibase changelogs in XML, YAML or JSON: change types by name, `<sql>` bodies through the
 * SQL classifier, `<rollback>` blocks as the down side. (Formatted SQL changelogs go to the SQL
 * classifier directly.)
 */
import type { SqlDialect } from '../sql.js';
import { finding, type MigrationAnalysis } from '../types.js';
import {
  analyseOrmSource,
  callEnd,
  namedValue,
  type CallSite,
  type OrmLanguage,
  type OrmRule,
  withDialect
} from './scan.js';

const CHANGE_TYPES = [
  'dropColumn',
  'renameColumn',
  'dropTable',
  'renameTable',
  'dropView',
  'modifyDataType',
  'mergeColumns',
  'addNotNullConstraint',
  'addUniqueConstraint',
  'addForeignKeyConstraint',
  'addPrimaryKey',
  'addCheckConstraint',
  'addColumn',
  'createTable',
  'createIndex',
  'createView',
  'createSequence',
  'addDefaultValue',
  'dropNotNullConstraint',
  'dropForeignKeyConstraint',
  'dropUniqueConstraint',
  'dropIndex',
  'insert',
  'loadData',
  'update',
  'delete',
  'customChange',
  'sqlFile'
].join('|');

// An XML element, a YAML key (`- dropColumn:`) or a JSON key (`"dropColumn":`).
const changePattern = (names: string): RegExp =>
  new RegExp(`<(?:${names})(?=[\\s/>])|^[ \\t]*(?:-[ \\t]+)?(?:${names}):|"(?:${names})"\\s*:`, 'gm');

function changeName(c: CallSite): string {
  return c.match[0].replace(/[<"\s:-]/g, '');
}

/** Where a change ends: the closing tag, the end of a YAML block (by indentation), or JSON braces. */
function liquibaseExtent(source: string, offset: number, match: RegExpExecArray): number {
  const token = match[0];
  if (token.startsWith('<')) {
    const name = /^<(\w+)/.exec(token)?.[1] ?? '';
    const tagEnd = source.indexOf('>', offset);
    if (tagEnd === -1) return source.length;
    if (source[tagEnd - 1] === '/') return tagEnd + 1;
    const close = source.indexOf(`</${name}>`, tagEnd);
    return close === -1 ? source.length : close + name.length + 3;
  }
  if (token.trimStart().startsWith('"')) return callEnd(source, offset + token.length);
  const keyIndent = token.length - token.trimStart().length + (token.trimStart().startsWith('-') ? 2 : 0);
  let end = source.indexOf('\n', offset);
  while (end !== -1) {
    const next = source.indexOf('\n', end + 1);
    const line = source.slice(end + 1, next === -1 ? undefined : next);
    if (line.trim() !== '' && line.length - line.trimStart().length <= keyIndent) break;
    end = next;
  }
  return end === -1 ? source.length : end;
}

const LIQUIBASE: OrmLanguage = {
  lineComment: /^(?:#|<!--)/,
  up: /<changeSet\b|<\/rollback>|^[ \t]*-[ \t]+changeSet:|"changeSet"\s*:/m,
  down: /<rollback\b|^[ \t]*(?:-[ \t]+)?rollback:|"rollback"\s*:/m,
  extent: liquibaseExtent
};

function tableOf(c: CallSite): string {
  return namedValue(c.text, 'tableName') ?? '?';
}

function columnOf(c: CallSite, attribute = 'columnName'): string {
  return `${tableOf(c)}.${namedValue(c.text, attribute) ?? namedValue(c.text, 'name') ?? '?'}`;
}

function classifyChange(c: CallSite) {
  const name = changeName(c);
  switch (name) {
    case 'dropColumn':
      return finding('destructive', c.line, `dropColumn ${columnOf(c)}`, { subject: columnOf(c) });
    case 'renameColumn':
      return finding(
        'destructive',
        c.line,
        `renameColumn ${columnOf(c, 'oldColumnName')} to ${namedValue(c.text, 'newColumnName') ?? '?'}`,
        { subject: columnOf(c, 'oldColumnName') }
      );
    case 'modifyDataType':
      return finding(
        'destructive',
        c.line,
        `modifyDataType ${columnOf(c)} to ${namedValue(c.text, 'newDataType') ?? '?'}`,
        { subject: columnOf(c) }
      );
    case 'mergeColumns':
      return finding('destructive', c.line, `mergeColumns on ${tableOf(c)}`, { subject: tableOf(c) });
    case 'dropTable':
    case 'dropView':
      return finding(
        'destructive',
        c.line,
        `${name} ${tableOf(c) === '?' ? (namedValue(c.text, 'viewName') ?? '?') : tableOf(c)}`,
        { subject: tableOf(c) }
      );
    case 'renameTable': {
      const old = namedValue(c.text, 'oldTableName') ?? '?';
      return finding(
        'destructive',
        c.line,
        `renameTable ${old} to ${namedValue(c.text, 'newTableName') ?? '?'}`,
        { subject: old }
      );
    }
    case 'addNotNullConstraint':
      return finding('constraining', c.line, `addNotNullConstraint ${columnOf(c)}`, { subject: columnOf(c) });
    case 'addUniqueConstraint':
    case 'addForeignKeyConstraint':
    case 'addPrimaryKey':
    case 'addCheckConstraint': {
      const table = namedValue(c.text, 'baseTableName') ?? tableOf(c);
      return finding('constraining', c.line, `${name} on ${table}`, { subject: table });
    }
    case 'addColumn': {
      const notNull = /\bnullable\s*[=:]\s*["']?false\b/.test(c.text);
      const defaulted =
        /\bdefaultValue\w*\s*[=:]/.test(c.text) || /\bautoIncrement\s*[=:]\s*["']?true/.test(c.text);
      return notNull && !defaulted
        ? finding(
            'constraining',
            c.line,
            `addColumn ${columnOf(c, 'name')} nullable="false" without defaultValue`,
            { subject: columnOf(c, 'name'), note: 'N-1 does not write the column, so its inserts fail' }
          )
        : finding('additive', c.line, `addColumn ${columnOf(c, 'name')}`);
    }
    case 'createIndex':
      return /\bunique\s*[=:]\s*["']?true\b/.test(c.text)
        ? finding('constraining', c.line, `createIndex unique on ${tableOf(c)}`, { subject: tableOf(c) })
        : finding('additive', c.line, `createIndex on ${tableOf(c)}`);
    case 'dropIndex':
      return finding('unverifiable', c.line, `dropIndex ${namedValue(c.text, 'indexName') ?? '?'}`, {
        note: 'N-1 keeps working but may be slower'
      });
    case 'update':
    case 'delete':
      return finding('data-rewrite', c.line, `${name} ${tableOf(c)} (data rewrite)`, { subject: tableOf(c) });
    case 'customChange':
    case 'sqlFile':
      return finding('unverifiable', c.line, name, {
        note: 'the change is defined outside this changelog; check it by hand'
      });
    default:
      return finding('additive', c.line, `${name} ${tableOf(c)}`);
  }
}

/** The text of an `<sql>` element or a YAML/JSON `sql:` value, located in the file. */
const SQL_BODY =
  /<sql\b[^>]*>(?:\s*<!\[CDATA\[)?|^[ \t]*sql:[ \t]*(?:[|>][-+]?[ \t]*\n)?|"sql"\s*:\s*(?=")/gm;

const RULES: OrmRule[] = [
  { pattern: changePattern(CHANGE_TYPES), classify: classifyChange },
  { pattern: SQL_BODY, sql: true }
];

export function analyseLiquibase(source: string, dialect?: SqlDialect): Promise<MigrationAnalysis> {
  return analyseOrmSource(prepareSqlBodies(source), withDialect(LIQUIBASE, dialect), RULES);
}

/**
 * XML `<sql>` bodies and YAML scalars are not quoted strings; quote them (escaping inner quotes)
 * so the embedded-SQL path reads them like any other literal. Line breaks are kept, so line
 * numbers stay true.
 */
function prepareSqlBodies(source: string): string {
  const quote = (body: string): string => `"${body.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`;
  const blank = (text: string | undefined): string => (text ?? '').replace(/[^\n]/g, ' ');
  const xml = source.replace(
    /(<sql\b[^>]*>)(\s*<!\[CDATA\[)?([\s\S]*?)(\]\]>\s*)?(<\/sql>)/g,
    (
      _all,
      open: string,
      cdata: string | undefined,
      body: string,
      cdataEnd: string | undefined,
      close: string
    ) => `${open}${blank(cdata)}${quote(body)}${blank(cdataEnd)}${close}`
  );
  return quoteYamlSqlValues(xml, quote);
}

/** `sql: |` block scalars (lines indented deeper than the key) and plain `sql: ...` values. */
function quoteYamlSqlValues(source: string, quote: (body: string) => string): string {
  const lines = source.split('\n');
  const indent = (line: string): number => line.length - line.trimStart().length;
  for (let i = 0; i < lines.length; i++) {
    const key = /^([ \t]*sql:[ \t]*)(.*)$/.exec(lines[i]!);
    if (!key) continue;
    const [, prefix = '', value = ''] = key;
    if (/^[|>][-+]?\s*$/.test(value)) {
      let last = i;
      while (
        last + 1 < lines.length &&
        (lines[last + 1]!.trim() === '' || indent(lines[last + 1]!) > indent(lines[i]!))
      )
        last++;
      while (last > i && lines[last]!.trim() === '') last--;
      if (last === i) continue;
      const body = lines.slice(i + 1, last + 1).join('\n');
      const quoted = quote(`\n${body}`).split('\n');
      lines[i] = `${prefix}${quoted[0]}`;
      quoted.slice(1).forEach((line, k) => (lines[i + 1 + k] = line));
      i = last;
    } else if (value !== '' && !/^["']/.test(value)) {
      lines[i] = `${prefix}${quote(value)}`;
    }
  }
  return lines.join('\n');
}
