import { describe, expect, it } from '@jest/globals';
import { parseNameStatus } from '../../src/git/parse.js';

// Not binary and no commits yet: the change set fills those in.
const changed = (fields: Record<string, string>) => ({ binary: false, commits: [], ...fields });

describe('parseNameStatus (git diff -z --name-status)', () => {
  it('reads plain records, renames and copies with both names', () => {
    const output = [
      'A',
      'db/new.sql',
      'R087',
      'old name.ts',
      'new name.ts',
      'C100',
      'a.txt',
      'b.txt',
      'D',
      'gone.md',
      'T',
      'link',
      ''
    ].join('\0');
    expect(parseNameStatus(output)).toEqual([
      changed({ status: 'added', path: 'db/new.sql' }),
      changed({ status: 'renamed', path: 'new name.ts', previousPath: 'old name.ts' }),
      changed({ status: 'copied', path: 'b.txt', previousPath: 'a.txt' }),
      changed({ status: 'deleted', path: 'gone.md' }),
      changed({ status: 'type-changed', path: 'link' })
    ]);
  });

  it('keeps a change with a status letter it does not know, and a last name without its NUL', () => {
    expect(parseNameStatus('X\0odd.txt\0M\0é ü.txt')).toEqual([
      changed({ status: 'modified', path: 'odd.txt' }),
      changed({ status: 'modified', path: 'é ü.txt' })
    ]);
    expect(parseNameStatus('')).toEqual([]);
  });

  it('refuses a record cut short rather than inventing a file with no name', () => {
    expect(() => parseNameStatus('R100\0only-old')).toThrow(
      'unexpected git diff --name-status record: status R100 with a missing path'
    );
    expect(() => parseNameStatus('A\0a.txt\0M\0')).toThrow('status M with a missing path');
  });
});
