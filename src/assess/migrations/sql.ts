/**
 * The SQL classifier: Postgres through libpg-query, other dialects through node-sql-parser,
 * chosen by an explicit option or by hints in the text. A parse failure becomes an
 * `unverifiable` finding carrying the parser's message, never silence.
 */
import { classifyPostgres } from './sql-postgres.js';
import { classifyOtherDialect, type OtherDialect } from './sql-dialects.js';
import { splitSqlSections } from './sections.js';
import { finding, type MigrationAnalysis, type MigrationFinding } from './types.js';

export type SqlDialect = 'postgresql' | OtherDialect;

export interface SqlOptions {
  /** Forces a dialect; otherwise it is guessed from the text. */
  dialect?: SqlDialect;
  /** Line of the file where `sql` begins (for SQL embedded in ORM code). */
  firstLine?: number;
}

const MYSQL_HINTS = /`|\bENGINE\s*=|\bAUTO_INCREMENT\b|\bUNSIGNED\b|\bMODIFY\s+COLUMN\b/i;
const TSQL_HINTS = /^\s*GO\s*$|(?<![\w\]])\[[A-Za-z_]\w*\]|\bNVARCHAR\b|\bIDENTITY\s*\(|\bsp_rename\b/im;
const SQLITE_HINTS = /\bAUTOINCREMENT\b|\bPRAGMA\b/i;

/** Postgres unless the text carries a marker only another dialect uses. */
export function guessDialect(sql: string): SqlDialect {
  // Comments say anything (`-- see \`users\``); only the code is evidence.
  const code = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
  if (TSQL_HINTS.test(code)) return 'transactsql';
  if (MYSQL_HINTS.test(code)) return 'mysql';
  if (SQLITE_HINTS.test(code)) return 'sqlite';
  return 'postgresql';
}

/** Findings for one piece of SQL; failures to parse are findings too. */
export async function classifySql(sql: string, options: SqlOptions = {}): Promise<MigrationFinding[]> {
  const dialect = options.dialect ?? guessDialect(sql);
  const firstLine = options.firstLine ?? 1;
  if (dialect === 'postgresql') {
    const result = await classifyPostgres(sql, firstLine);
    if (result.ok) return result.findings;
    if (result.toolFailed) return [parserFailure(dialect, result.error.message)];
    return [parseFailure(dialect, result.error.message, result.error.line)];
  }
  const result = await classifyOtherDialect(sql, dialect, firstLine);
  const failures = result.errors.map((error) => parseFailure(dialect, error.message, error.line));
  return [...result.findings, ...failures].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

const PARSE_FAILURE = 'SQL that does not parse as ';
const PARSER_FAILURE = 'SQL left unchecked: the parser failed for ';

export function parseFailure(dialect: string, message: string, line: number | null): MigrationFinding {
  return finding('unverifiable', line, `${PARSE_FAILURE}${dialect}`, { note: message });
}

/** The parser itself failed: worded apart from SQL that does not parse, which would blame the file. */
function parserFailure(dialect: string, message: string): MigrationFinding {
  return finding('unverifiable', null, `${PARSER_FAILURE}${dialect}`, { note: message });
}

/** SQL that could not be analysed, whether it does not parse or the parser failed. */
export function isParseFailure(item: MigrationFinding): boolean {
  return (
    item.effect === 'unverifiable' &&
    (item.operation.startsWith(PARSE_FAILURE) || item.operation.startsWith(PARSER_FAILURE))
  );
}

const DISCARDS_DATA = /\b(?:drop|remove|delete|truncate)/i;

/** Operations that throw away what N wrote if run (renames and type changes keep the data): used for down migrations. */
export function dataLossOperations(findings: MigrationFinding[]): string[] {
  return findings
    .filter(
      (f) => f.effect === 'data-rewrite' || (f.effect === 'destructive' && DISCARDS_DATA.test(f.operation))
    )
    .map((f) => f.operation);
}

/**
 * A whole SQL migration file. Goose and dbmate files carry both directions; only the up side
 * is classified, the down side is reported by what it would lose.
 */
export async function analyseSqlMigration(
  text: string,
  options: SqlOptions = {}
): Promise<MigrationAnalysis> {
  const sections = splitSqlSections(text);
  const findings = await classifySql(sections.up, options);
  const analysis: MigrationAnalysis = { findings, down: null };
  if (sections.framework) analysis.framework = sections.framework;
  if (sections.down !== null) {
    const downFindings = await classifySql(sections.down, options);
    analysis.down = { line: sections.downLine, dataLoss: dataLossOperations(downFindings) };
  }
  return analysis;
}

/** A file that is only a down side (Flyway undo, golang-migrate `.down.sql`, sqitch revert). */
export async function analyseDownOnlySql(text: string, options: SqlOptions = {}): Promise<MigrationAnalysis> {
  const downFindings = await classifySql(text, options);
  const failures = downFindings.filter(isParseFailure);
  return { findings: failures, down: { line: 1, dataLoss: dataLossOperations(downFindings) } };
}
