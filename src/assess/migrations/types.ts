import type { FactorCategory } from '../types.js';

/**
 * Shared shapes of the migration classifiers. A classifier turns migration text into findings;
 * index.ts turns findings into the assessment's Factors.
 */

/**
 * Which framework wrote the migration, as far as the path tells. `js-migration` is Knex,
 * Sequelize or TypeORM: the path cannot tell them apart, the content does. `sql` covers plain SQL,
 * Goose and dbmate (their up/down sections are markers in the content).
 */
export type MigrationKind =
  | 'rails'
  | 'django'
  | 'alembic'
  | 'prisma'
  | 'drizzle'
  | 'flyway'
  | 'flyway-undo'
  | 'flyway-repeatable'
  | 'liquibase'
  | 'js-migration'
  | 'golang-migrate'
  | 'golang-migrate-down'
  | 'dbmate'
  | 'sqitch'
  | 'sqitch-revert'
  | 'ecto'
  | 'ef-core'
  | 'laravel'
  | 'sql'
  | 'custom';

/**
 * How the schema after the migration treats old code (N-1):
 * additive: N-1 still works; constraining: N-1's writes may now be rejected;
 * destructive: N-1 reads or writes something that is gone or changed;
 * data-rewrite: rows were changed, a rollback does not restore them;
 * unverifiable: we could not understand it, a person has to look.
 */
export type MigrationEffect = 'additive' | 'constraining' | 'destructive' | 'data-rewrite' | 'unverifiable';

export interface MigrationFinding {
  effect: MigrationEffect;
  /** Usually follows from the effect; a few cases (NOT VALID foreign key, DROP INDEX) soften it to a warning. */
  severity: 'info' | 'warning' | 'blocker';
  /** 1-based line in the migration file. */
  line: number | null;
  /** The operation, quoted the way a reviewer would say it: `DROP COLUMN users.email`. */
  operation: string;
  /** What N-1 may still use, for the recommendation: `users.email`. */
  subject?: string;
  /** Extra evidence in words, part of the finding's sentence. */
  note?: string;
  /** Raw evidence for machines (a parser's message): never part of the headline. */
  evidence?: string;
  /** Overrides the category the effect implies (e.g. a dropped index is `destructive` but only a warning). */
  category?: FactorCategory;
  /**
   * How the operation touches one column's write rules, so that a NOT NULL paired with a database
   * default and a backfill in the same range can be judged together.
   */
  columnChange?: { column: string; change: ColumnChange };
  /** A column redefined in place, with its new definition as written, to compare with the previous one. */
  alteration?: { column: string; to: string };
}

export type ColumnChange = 'set-not-null' | 'set-default' | 'backfill';

/** What the file says about its down direction (a rollback of code does not run it by itself). */
export interface DownSide {
  /** 1-based line where the down direction starts, when it is in this file. */
  line: number | null;
  /** Down operations that throw away data N wrote (dropping columns or tables N added). */
  dataLoss: string[];
}

export interface MigrationAnalysis {
  /** Findings for the up direction, in file order. */
  findings: MigrationFinding[];
  /** Null when the file has no down direction. */
  down: DownSide | null;
  /** The framework the content confirmed, when it refines the path's guess (e.g. `knex`). */
  framework?: string;
}

export function severityOf(effect: MigrationEffect): 'info' | 'warning' | 'blocker' {
  if (effect === 'additive') return 'info';
  if (effect === 'unverifiable') return 'warning';
  return 'blocker';
}

export function finding(
  effect: MigrationEffect,
  line: number | null,
  operation: string,
  extra: {
    subject?: string;
    note?: string;
    severity?: 'info' | 'warning' | 'blocker';
    evidence?: string;
    category?: FactorCategory;
    columnChange?: MigrationFinding['columnChange'];
    alteration?: MigrationFinding['alteration'];
  } = {}
): MigrationFinding {
  const result: MigrationFinding = {
    effect,
    severity: extra.severity ?? severityOf(effect),
    line,
    operation
  };
  if (extra.subject !== undefined) result.subject = extra.subject;
  if (extra.note !== undefined) result.note = extra.note;
  if (extra.evidence !== undefined) result.evidence = extra.evidence;
  if (extra.category !== undefined) result.category = extra.category;
  if (extra.columnChange !== undefined) result.columnChange = extra.columnChange;
  if (extra.alteration !== undefined) result.alteration = extra.alteration;
  return result;
}
