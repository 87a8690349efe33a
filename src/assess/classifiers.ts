/**
 * The seam between the orchestrator and the parser-based classifiers. The detectors are cheap
 * path checks; the classifiers pull in SQL, OpenAPI, GraphQL and protobuf parsers, so both are
 * loaded with import() only when a range has a candidate: the healthy verify path never pays.
 */
import type { MigrationCandidate, ReadFile } from './migrations/range.js';
import type { MigrationLayout, ReadHead } from './migrations/locations.js';
import type { ChangedFile, Factor } from './types.js';

/**
 * Method syntax on purpose: the real functions take narrower kind unions (MigrationKind,
 * ContractKind), which method parameters accept where function-typed properties would not.
 */
export interface Detectors {
  detectMigration(path: string, extraGlobs: string[]): string | null;
  detectContract(path: string, extraGlobs: string[], content?: string): string | null;
  mightBeContract(path: string): boolean;
  /**
   * Config-first migration detection for one range: reads the project's migration configs at
   * head (alembic.ini, schema.prisma, ...; only those the changed files make relevant), then
   * `layout.detect(path, globs)` answers for each path, with the dialect a config names.
   */
  migrationLayout?(files: readonly ChangedFile[], readHead: ReadHead): Promise<MigrationLayout>;
}

/**
 * Every factor a classifier returns is about its file; the orchestrator sets each one's `commit`
 * to the file's newest commit once the history pass has found it (it may still be running).
 */
export interface Classifiers {
  classifyMigration(
    file: ChangedFile,
    head: string | null,
    base: string | null,
    kind: string
  ): Promise<Factor[]>;
  diffContract(file: ChangedFile, head: string | null, base: string | null, kind: string): Promise<Factor[]>;
  /**
   * Every migration of the range at once, in the candidates' order: the framework identity decides
   * what is new (moved and edited files are not re-read as new), and the new ones are judged by
   * what they net to together. Reads both sides itself (and, for a redefined column, the
   * migrations before it).
   */
  classifyMigrationRange?(candidates: MigrationCandidate[], read: ReadFile): Promise<Factor[][]>;
  /** Starts slow dependencies (a parser process) for these migration paths before they are classified. */
  warmUp?(migrationPaths: string[]): void;
  /** Whether this migration waits on such a dependency: classified last, so others go first. */
  isSlowToStart?(migrationPath: string): boolean;
}

export async function loadDetectors(): Promise<Detectors> {
  const [migrations, locations, contracts] = await Promise.all([
    import('./migrations/detect.js'),
    import('./migrations/locations.js'),
    import('./contracts/detect.js')
  ]);
  return {
    detectMigration: migrations.detectMigration,
    detectContract: contracts.detectContract,
    mightBeContract: contracts.mightBeContract,
    migrationLayout: locations.discoverMigrationLayout
  };
}

export async function loadClassifiers(): Promise<Classifiers> {
  const [migrations, contracts] = await Promise.all([
    import('./migrations/index.js'),
    import('./contracts/index.js')
  ]);
  return {
    classifyMigration: migrations.classifyMigration,
    classifyMigrationRange: (candidates, read) => migrations.classifyMigrationRange(candidates, read),
    diffContract: contracts.diffContract,
    warmUp: migrations.warmUpMigrations,
    isSlowToStart: migrations.needsPostgresParser
  };
}
