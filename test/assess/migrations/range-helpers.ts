/**
 * A range as the migration classifiers see it, in memory: the files the range changed, and the
 * trees at base and head (a read of an absent path answers null, as a change set's does).
 */
import { classifyMigrationRange, type MigrationCandidate } from '../../../src/assess/migrations/range.js';
import { discoverMigrationLayout } from '../../../src/assess/migrations/locations.js';
import type { ChangedFile, Factor, FileStatus } from '../../../src/assess/types.js';

export interface Tree {
  base?: Record<string, string>;
  head?: Record<string, string>;
}

export interface RangeResult {
  byPath: Map<string, Factor[]>;
  all: Factor[];
  reads: string[];
  candidates: MigrationCandidate[];
}

/** Changed files are derived from the trees: added, deleted, modified, or renamed when `renames` says so. */
export async function classifyRange(tree: Tree, renames: Record<string, string> = {}): Promise<RangeResult> {
  const base = tree.base ?? {};
  const head = tree.head ?? {};
  const reads: string[] = [];
  const read = async (path: string, side: 'base' | 'head'): Promise<string | null> => {
    reads.push(`${side}:${path}`);
    return (side === 'base' ? base : head)[path] ?? null;
  };
  const files: ChangedFile[] = [];
  const renamedFrom = new Set(Object.values(renames));
  const file = (path: string, status: FileStatus, previousPath?: string): ChangedFile => ({
    path,
    status,
    binary: false,
    commits: ['c0ffee1'],
    ...(previousPath ? { previousPath } : {})
  });
  for (const [path, text] of Object.entries(head)) {
    if (renames[path]) files.push(file(path, 'renamed', renames[path]));
    else if (!(path in base)) files.push(file(path, 'added'));
    else if (base[path] !== text) files.push(file(path, 'modified'));
  }
  for (const path of Object.keys(base)) {
    if (!(path in head) && !renamedFrom.has(path)) files.push(file(path, 'deleted'));
  }
  const layout = await discoverMigrationLayout(files, (path) => read(path, 'head'));
  const candidates: MigrationCandidate[] = [];
  for (const changed of files) {
    const detected = layout.detect(changed.path, []);
    if (detected) candidates.push({ file: changed, ...detected });
  }
  const results = await classifyMigrationRange(candidates, read);
  const byPath = new Map<string, Factor[]>();
  candidates.forEach((candidate, index) => byPath.set(candidate.file.path, results[index]!));
  return { byPath, all: results.flat(), reads, candidates };
}

/** `[severity, category, line]` of each factor, in order, for compact expectations. */
export function shape(factors: Factor[] | undefined): [string, string | undefined, number | null][] {
  return (factors ?? []).map((f) => [f.severity, f.category, f.line]);
}

export function severities(factors: Factor[]): string[] {
  return factors.map((f) => f.severity);
}
