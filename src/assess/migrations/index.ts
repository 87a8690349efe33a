/**
 * Rollback assessment of one changed migration file: what happens when N-1's code runs against
 * the schema N's migration produced. Never throws, never returns an empty list: a file we cannot
 * understand is a warning, not a silent pass.
 */
import path from 'node:path';
import type { ChangedFile, Factor } from '../types.js';
import { isDownSideKind } from './detect.js';
import { analyseOrm, ormFrameworkFor } from './orm.js';
import { findingToFactor, type FactorContext } from './recommend.js';
import { liquibaseRollbackSection } from './sections.js';
import { analyseDownOnlySql, analyseSqlMigration, classifySql, dataLossOperations } from './sql.js';
import { startPostgresParser } from './sql-postgres.js';
import type { DownSide, MigrationAnalysis, MigrationKind } from './types.js';

export { detectMigration, isDownSideKind } from './detect.js';
export type { MigrationKind } from './types.js';

/** Starts what classifying these migrations will need before the first one is read: SQL files start the Postgres parser. */
export function warmUpMigrations(paths: string[]): void {
  if (paths.some(needsPostgresParser)) startPostgresParser();
}

/** SQL files go through the Postgres parser unless their text names another dialect (most do not). */
export function needsPostgresParser(path: string): boolean {
  return path.toLowerCase().endsWith('.sql');
}

export async function classifyMigration(
  file: ChangedFile,
  head: string | null,
  base: string | null,
  kind: MigrationKind
): Promise<Factor[]> {
  const context: FactorContext = { path: file.path, commit: file.commits[0] ?? null };
  try {
    return await classify(file, head, base, kind, context);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [warning(context, null, `The migration ${file.path} could not be classified: ${message}.`)];
  }
}

async function classify(
  file: ChangedFile,
  head: string | null,
  base: string | null,
  kind: MigrationKind,
  context: FactorContext
): Promise<Factor[]> {
  if (file.status === 'deleted') {
    return [
      warning(
        context,
        null,
        `The migration ${file.path} was deleted between N-1 and N; it may already have run, so the schema can still hold its changes.`,
        'check whether it ran in production and what it changed before rolling back'
      )
    ];
  }
  const factors: Factor[] = [];
  if (file.status === 'modified' && base !== null && base !== head) {
    factors.push(
      warning(
        context,
        null,
        `The existing migration ${file.path} was edited; if it already ran, the edit never applies and the schema differs from what N expects.`,
        'check which version of the migration ran in production before rolling back'
      )
    );
  } else if (file.status === 'renamed' && file.previousPath) {
    factors.push(
      warning(
        context,
        null,
        `The migration ${file.previousPath} was renamed to ${file.path}; the framework may treat it as new and run it again.`,
        'check the migration history table before rolling back'
      )
    );
  }
  if (file.binary || head === null) {
    factors.push(
      warning(
        context,
        null,
        `The migration ${file.path} could not be read at head${file.binary ? ' (binary)' : ''}.`
      )
    );
    return factors;
  }

  const analysis = await analyse(kind, file.path, head);
  factors.push(...analysis.findings.map((item) => findingToFactor(item, context)));
  if (analysis.down) factors.push(downFactor(analysis.down, context, isDownSideKind(kind)));
  if (factors.length === 0) {
    factors.push(
      warning(
        context,
        null,
        `No schema operation was recognised in the migration ${file.path}.`,
        'check by hand what it changes before rolling back'
      )
    );
  }
  return factors;
}

async function analyse(kind: MigrationKind, filePath: string, source: string): Promise<MigrationAnalysis> {
  if (isDownSideKind(kind)) return analyseDownOnlySql(source);
  const framework = ormFrameworkFor(kind, filePath, source);
  if (framework) return analyseOrm(framework, source);
  if (kind === 'liquibase' || (kind === 'custom' && /\.sql$/i.test(filePath)))
    return analyseSqlWithLiquibaseRollback(source);
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
      down: null
    };
  }
  return analyseSqlMigration(source);
}

async function analyseSqlWithLiquibaseRollback(source: string): Promise<MigrationAnalysis> {
  const analysis = await analyseSqlMigration(source);
  const rollback = liquibaseRollbackSection(source);
  if (rollback && analysis.down === null) {
    analysis.down = { line: rollback.line, dataLoss: dataLossOperations(await classifySql(rollback.sql)) };
  }
  return analysis;
}

function downFactor(down: DownSide, context: FactorContext, wholeFile: boolean): Factor {
  const where = wholeFile
    ? `${context.path} is a down migration`
    : `${context.path} has a down migration${down.line !== null ? ` (line ${down.line})` : ''}`;
  const loss =
    down.dataLoss.length > 0
      ? `; running it loses data N wrote: ${down.dataLoss.join(', ')}`
      : '; it drops nothing N wrote';
  return {
    kind: 'migration',
    severity: 'info',
    path: context.path,
    line: down.line,
    commit: context.commit,
    detail: `${where}. A rollback of the code does not run it${loss}.`,
    recommendation:
      down.dataLoss.length > 0
        ? 'prefer leaving the schema at N when rolling back; run the down migration only after backing up that data'
        : 'the down migration can restore the N-1 schema if needed'
  };
}

function warning(
  context: FactorContext,
  line: number | null,
  detail: string,
  recommendation = 'check by hand that N-1 still works against this migration before rolling back'
): Factor {
  return {
    kind: 'migration',
    severity: 'warning',
    path: context.path,
    line,
    commit: context.commit,
    detail,
    recommendation
  };
}
