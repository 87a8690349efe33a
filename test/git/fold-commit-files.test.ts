import { describe, expect, it } from '@jest/globals';
import { foldCommitFiles } from '../../src/git/compare-api.js';

const f = (filename: string, status: string, previous_filename?: string) => ({
  filename,
  status,
  changes: 1,
  patch: '@@',
  ...(previous_filename ? { previous_filename } : {})
});

describe('foldCommitFiles (rebuilding a truncated compare list from commits, oldest first)', () => {
  it('nets out files added then removed, and keeps the newest commit first', () => {
    const files = foldCommitFiles([
      { sha: 'c1', files: [f('tmp.txt', 'added'), f('a.ts', 'modified')] },
      { sha: 'c2', files: [f('tmp.txt', 'removed'), f('a.ts', 'modified'), f('old.ts', 'removed')] }
    ]);
    expect(files).toEqual([
      { path: 'a.ts', status: 'modified', binary: false, commits: ['c2', 'c1'] },
      { path: 'old.ts', status: 'deleted', binary: false, commits: ['c2'] }
    ]);
  });

  it('collapses a chain of renames to one rename from the base path', () => {
    const files = foldCommitFiles([
      { sha: 'c1', files: [f('b.ts', 'renamed', 'a.ts')] },
      { sha: 'c2', files: [f('c.ts', 'renamed', 'b.ts')] }
    ]);
    expect(files).toEqual([
      { path: 'c.ts', previousPath: 'a.ts', status: 'renamed', binary: false, commits: ['c2', 'c1'] }
    ]);
  });

  it('treats a file added in the range and renamed later as added, and skips unchanged entries', () => {
    const files = foldCommitFiles([
      { sha: 'c1', files: [f('x.ts', 'added'), f('same.ts', 'unchanged')] },
      { sha: 'c2', files: [f('y.ts', 'renamed', 'x.ts')] }
    ]);
    expect(files.map((file) => [file.path, file.status])).toEqual([['y.ts', 'added']]);
  });
});
