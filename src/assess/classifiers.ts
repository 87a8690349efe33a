/**
 * The seam between the orchestrator and the parser-based classifiers. The detectors are cheap
 * path checks; the classifiers pull in SQL, OpenAPI, GraphQL and protobuf parsers, so both are
 * loaded with import() only when a range has a candidate: the healthy verify path never pays.
 */
import type { ChangedFile, Factor } from './types.js';

/**
 * Method syntax on purpose: the real functions take narrower kind unions (MigrationKind,
 * ContractKind), which method parameters accept where function-typed properties would not.
 */
export interface Detectors {
  detectMigration(path: string, extraGlobs: string[]): string | null;
  detectContract(path: string, extraGlobs: string[], content?: string): string | null;
  mightBeContract(path: string): boolean;
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
  /** Starts slow dependencies (a parser process) for these migration paths before they are classified. */
  warmUp?(migrationPaths: string[]): void;
  /** Whether this migration waits on such a dependency: classified last, so others go first. */
  isSlowToStart?(migrationPath: string): boolean;
}

export async function loadDetectors(): Promise<Detectors> {
  const [migrations, contracts] = await Promise.all([
    import('./migrations/detect.js'),
    import('./contracts/detect.js')
  ]);
  return {
    detectMigration: migrations.detectMigration,
    detectContract: contracts.detectContract,
    mightBeContract: contracts.mightBeContract
  };
}

export async function loadClassifiers(): Promise<Classifiers> {
  const [migrations, contracts] = await Promise.all([
    import('./migrations/index.js'),
    import('./contracts/index.js')
  ]);
  return {
    classifyMigration: migrations.classifyMigration,
    diffContract: contracts.diffContract,
    warmUp: migrations.warmUpMigrations,
    isSlowToStart: migrations.needsPostgresParser
  };
}
