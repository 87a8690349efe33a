import { describe, expect, it } from '@jest/globals';
import { compileGlob, compileGlobs } from '../../src/assess/glob.js';

describe('compileGlob', () => {
  it.each([
    ['src/billing/**', 'src/billing/a/b.ts', true],
    ['src/billing/**', 'src/billingx/a.ts', false],
    ['**/*.tf', 'main.tf', true],
    ['**/*.tf', 'infra/net/main.tf', true],
    ['*.sql', 'db/deep/x.sql', true],
    ['db/*.sql', 'db/deep/x.sql', false],
    ['payments/', 'payments/x/y.go', true],
    ['/auth/*.ts', 'auth/login.ts', true],
    ['src/{auth,billing}/*.ts', 'src/auth/a.ts', true],
    ['src/{auth,billing}/*.ts', 'src/ui/a.ts', false],
    ['file?.txt', 'file1.txt', true],
    ['[ab].md', 'c.md', false],
    ['a.b', 'aXb', false]
  ])('%s matches %s: %s', (pattern, path, expected) => {
    expect(compileGlob(pattern).test(path)).toBe(expected);
  });

  it('rejects empty and malformed patterns with the pattern in the message', () => {
    expect(() => compileGlob('')).toThrow(/non-empty string/);
    expect(() => compileGlob('src/{a,b')).toThrow(/"src\/\{a,b" has an unclosed/);
  });

  it('an empty list matches nothing', () => {
    expect(compileGlobs([])('anything')).toBe(false);
  });
});
