/**
 * The SQL classifier: Postgres through libpg-query, other dialects through node-sql-parser,
 * chosen by an explicit option or by hints in the text. A parse failure becomes an
 * `unverifiable` finding carrying the parser's message, never silence.
 */
import { classifyPostgres } from './sql-postgres.js';
import { classifyOtherDialect, type OtherDialect } from './sql-dialects.js';
import { splitSqlSections } from './sections.js';
import { scanStatements } from './sql-statements.js';
import { finding, type MigrationAnalysis, type MigrationFinding } from './types.js';

/** `clickhouse` has no grammar here: it is read statement by statement (sql-statements.ts). */
export type SqlDialect = 'postgresql' | OtherDialect | 'clickhouse';

export interface SqlOptions {
  /** Forces a dialect; otherwise it is guessed from the text. */
  dialect?: SqlDialect;
  /** Line of the file where `sql` begins (for SQL embedded in ORM code). */
  firstLine?: number;
}

const MYSQL_HINTS = /`|\bENGINE\s*=|\bAUTO_INCREMENT\b|\bUNSIGNED\b|\bMODIFY\s+COLUMN\b/i;
const TSQL_HINTS = /^\s*GO\s*$|(?<![\w\]])\[[A-Za-z_]\w*\]|\bNVARCHAR\b|\bIDENTITY\s*\(|\bsp_rename\b/im;
const SQLITE_HINTS = /\bAUTOINCREMENT\b|\bPRAGMA\b/i;
const CLICKHOUSE_HINTS =
  /\bENGINE\s*=\s*(?:Replicated|Replacing|Summing|Aggregating|Collapsing)?MergeTree\b|\bON\s+CLUSTER\b|\bEXCHANGE\s+TABLES\b|\bLowCardinality\s*\(/i;

/** Postgres unless the text carries a marker only another dialect uses. */
export function guessDialect(sql: string): SqlDialect {
  // Comments say anything (`-- see \`users\``); only the code is evidence.
  const code = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
  if (CLICKHOUSE_HINTS.test(code)) return 'clickhouse';
  if (TSQL_HINTS.test(code)) return 'transactsql';
  if (MYSQL_HINTS.test(code)) return 'mysql';
  if (SQLITE_HINTS.test(code)) return 'sqlite';
  return 'postgresql';
}

/** Findings for one piece of SQL; failures to parse are findings too. */
export async function classifySql(sql: string, options: SqlOptions = {}): Promise<MigrationFinding[]> {
  const dialect = options.dialect ?? guessDialect(sql);
  const firstLine = options.firstLine ?? 1;
  if (dialect === 'clickhouse') return scanStatements(sql, firstLine);
  if (dialect === 'postgresql') {
    const result = await classifyPostgres(sql, firstLine);
    if (result.ok) return result.findings;
    // The statements are still named by shape: a file the parser rejects may hold a DROP.
    const failure = result.toolFailed
      ? parserFailure(dialect, result.error.message)
      : parseFailure(dialect, result.error.message, result.error.line);
    return [failure, ...withoutUnrecognised(scanStatements(sql, firstLine))];
  }
  const result = await classifyOtherDialect(sql, dialect, firstLine);
  const failures = result.errors.flatMap((error) => [
    parseFailure(dialect, error.message, error.line),
    ...withoutUnrecognised(scanStatements(error.statement, error.line))
  ]);
  return [...result.findings, ...failures].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/**
 * Beside a parse failure, only what the scan names as a hazard (a DROP, a RENAME, a type change,
 * a data rewrite) adds to it: the failure already says the rest was not checked.
 */
function withoutUnrecognised(findings: MigrationFinding[]): MigrationFinding[] {
  return findings.filter((item) => item.effect !== 'additive' && item.effect !== 'unverifiable');
}

const PARSE_FAILURE = 'SQL that does not parse as ';
const PARSER_FAILURE = 'SQL left unchecked: the parser failed for ';

/**
 * A short message (Postgres's `syntax error at or near "x"`) reads well in the sentence; a
 * generated grammar's (`Expected "#", "--", ... but "x" found`) does not: it goes to the evidence only.
 */
export function parseFailure(dialect: string, message: string, line: number | null): MigrationFinding {
  const readable = message.length <= 120 && !/^Expected\b/.test(message);
  return finding('unverifiable', line, `${PARSE_FAILURE}${dialect}`, {
    ...(readable ? { note: message } : {}),
    evidence: message,
    category: 'unparsed'
  });
}

/** The parser itself failed: worded apart from SQL that does not parse, which would blame the file. */
function parserFailure(dialect: string, message: string): MigrationFinding {
  return finding('unverifiable', null, `${PARSER_FAILURE}${dialect}`, {
    note: message,
    evidence: message,
    category: 'unparsed'
  });
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
