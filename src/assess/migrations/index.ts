/**
 * Rollback assessment of one changed migration file: what happens when N-1's code runs against
 * the schema N's migration produced. Never throws, never returns an empty list: a file we cannot
 * understand is a warning, not a silent pass.
 */
import type { ChangedFile, Factor } from '../types.js';
import { classifyMigrationRange } from './range.js';
import { startPostgresParser } from './sql-postgres.js';
import type { MigrationKind } from './types.js';

export { detectMigration, isDownSideKind } from './detect.js';
export { classifyMigrationRange, type MigrationCandidate, type ReadFile } from './range.js';
export type { MigrationKind } from './types.js';

/** Starts what classifying these migrations will need before the first one is read: SQL files start the Postgres parser. */
export function warmUpMigrations(paths: string[]): void {
  if (paths.some(needsPostgresParser)) startPostgresParser();
}

/** SQL files go through the Postgres parser unless their text names another dialect (most do not). */
export function needsPostgresParser(path: string): boolean {
  return path.toLowerCase().endsWith('.sql');
}

/**
 * One file on its own, with its two sides given: the range's rules (identity, edits, net effect)
 * applied to a range of one. `classifyMigrationRange` judges a whole range together.
 */
export async function classifyMigration(
  file: ChangedFile,
  head: string | null,
  base: string | null,
  kind: MigrationKind
): Promise<Factor[]> {
  const basePath = file.previousPath ?? file.path;
  const read = (filePath: string, side: 'base' | 'head'): Promise<string | null> =>
    Promise.resolve(
      side === 'head' && filePath === file.path
        ? head
        : side === 'base' && filePath === basePath
          ? base
          : null
    );
  try {
    const [factors] = await classifyMigrationRange([{ file, kind }], read);
    return factors ?? [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [
      {
        kind: 'migration',
        severity: 'warning',
        path: file.path,
        line: null,
        commit: file.commits[0] ?? null,
        detail: `The migration ${file.path} could not be classified: ${message}.`,
        recommendation: 'check by hand that N-1 still works against this migration before rolling back',
        category: 'unparsed'
      }
    ];
  }
}
