/**
 * One migration's text to findings, by framework: ORM code through its classifier, SQL through
 * the parser of its dialect, a down-only file for what it would lose.
 */
import path from 'node:path';
import { isDownSideKind } from './detect.js';
import { analyseOrm, ormFrameworkFor } from './orm.js';
import { liquibaseRollbackSection } from './sections.js';
import {
  analyseDownOnlySql,
  analyseSqlMigration,
  classifySql,
  dataLossOperations,
  guessDialect,
  type SqlDialect
} from './sql.js';
import type { MigrationAnalysis, MigrationKind } from './types.js';

export interface AnalysedMigration extends MigrationAnalysis {
  /** The framework for the factor (`rails`, `knex`, `goose`, `flyway`, ...). */
  frameworkName: string;
  /** The SQL dialect the file was read in, for SQL files. */
  dialect?: string;
}

const DIALECT_FOLDERS: [RegExp, SqlDialect, string][] = [
  [/(?:^|\/)(?:mysql|mysql8|mysql57)\//i, 'mysql', 'mysql'],
  [/(?:^|\/)mariadb\//i, 'mariadb', 'mariadb'],
  [/(?:^|\/)sqlite3?\//i, 'sqlite', 'sqlite'],
  [/(?:^|\/)(?:cockroach|cockroachdb|crdb)\//i, 'postgresql', 'cockroach'],
  [/(?:^|\/)clickhouse\//i, 'clickhouse', 'clickhouse'],
  [/(?:^|\/)(?:mssql|sqlserver|tsql)\//i, 'transactsql', 'transactsql'],
  [/(?:^|\/)(?:postgres|postgresql|pg)\//i, 'postgresql', 'postgres']
];

/**
 * The dialect a folder names (`migrations/mysql/`), which wins over the Postgres default; then the
 * one the project's configuration names; null leaves it to the text.
 */
export function dialectFromPath(filePath: string): { parser: SqlDialect; name: string } | null {
  for (const [pattern, parser, name] of DIALECT_FOLDERS) if (pattern.test(filePath)) return { parser, name };
  return null;
}

const DIALECT_NAMES: Record<SqlDialect, string> = {
  postgresql: 'postgres',
  mysql: 'mysql',
  mariadb: 'mariadb',
  sqlite: 'sqlite',
  transactsql: 'transactsql',
  clickhouse: 'clickhouse'
};

export function frameworkName(kind: MigrationKind, analysis: MigrationAnalysis): string {
  if (analysis.framework) return analysis.framework;
  switch (kind) {
    case 'js-migration':
      return 'js';
    case 'flyway-undo':
    case 'flyway-repeatable':
      return 'flyway';
    case 'golang-migrate-down':
      return 'golang-migrate';
    case 'sqitch-revert':
      return 'sqitch';
    default:
      return kind;
  }
}

export async function analyseMigration(
  kind: MigrationKind,
  filePath: string,
  source: string,
  configuredDialect?: { parser: SqlDialect; name: string }
): Promise<AnalysedMigration> {
  const forced = dialectFromPath(filePath) ?? configuredDialect ?? null;
  const options = forced ? { dialect: forced.parser } : {};
  const sqlDialect = (): string => forced?.name ?? DIALECT_NAMES[guessDialect(source)];
  if (isDownSideKind(kind)) {
    const analysis = await analyseDownOnlySql(source, options);
    return { ...analysis, frameworkName: frameworkName(kind, analysis), dialect: sqlDialect() };
  }
  const framework = ormFrameworkFor(kind, filePath, source);
  if (framework) {
    const analysis = await analyseOrm(framework, source, forced?.parser);
    return {
      ...analysis,
      frameworkName: frameworkName(kind, analysis),
      ...(forced ? { dialect: forced.name } : {})
    };
  }
  if (kind === 'liquibase' || (kind === 'custom' && /\.sql$/i.test(filePath))) {
    const analysis = await analyseSqlWithLiquibaseRollback(source, options);
    return { ...analysis, frameworkName: kind === 'custom' ? 'sql' : 'liquibase', dialect: sqlDialect() };
  }
  if (kind === 'custom') {
    return {
      findings: [
        {
          effect: 'unverifiable',
          severity: 'warning',
          line: null,
          operation: `migration ${path.basename(filePath)} of an unknown format`,
          note: 'it matched a configured migration glob but no classifier reads this file type'
        }
      ],
      down: null,
      frameworkName: 'custom'
    };
  }
  const analysis = await analyseSqlMigration(source, options);
  return { ...analysis, frameworkName: frameworkName(kind, analysis), dialect: sqlDialect() };
}

async function analyseSqlWithLiquibaseRollback(
  source: string,
  options: { dialect?: SqlDialect }
): Promise<MigrationAnalysis> {
  const analysis = await analyseSqlMigration(source, options);
  const rollback = liquibaseRollbackSection(source);
  if (rollback && analysis.down === null) {
    analysis.down = {
      line: rollback.line,
      dataLoss: dataLossOperations(await classifySql(rollback.sql, options))
    };
  }
  return analysis;
}
