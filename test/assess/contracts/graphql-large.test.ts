/**
 * Large schemas are diffed on the definitions that differ only: the findings must be exactly
 * those of the whole-schema diff, lines included.
 */
import { describe, expect, it } from '@jest/globals';
import { diffGraphql } from '../../../src/assess/contracts/graphql.js';
import { changedDefinitions, splitDefinitions } from '../../../src/assess/contracts/graphql-chunks.js';
import type { ContractFinding } from '../../../src/assess/contracts/finding.js';

/** A schema of `count` types; `edit` rewrites the SDL of type `index` (or drops it with ''). */
function schema(count: number, edit: (index: number, sdl: string) => string = (_i, sdl) => sdl): string {
  const parts = [
    'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])',
    '# The root { with a brace in a comment',
    'type Query {',
    ...Array.from({ length: count }, (_, i) => `  t${i}(id: ID!, first: Int = 10): T${i}`),
    '}',
    'interface Node { id: ID! }'
  ];
  for (let i = 0; i < count; i++) {
    const sdl = `"""
Type ${i}: a description with "quotes", a { brace and type keyword
"""
type T${i} implements Node @key(fields: "id") {
  id: ID!
  "A field"
  name(format: String = "{x}"): String
  next: T${(i + 1) % count}
  status: Status${i}
}
enum Status${i} { OPEN CLOSED }`;
    parts.push(edit(i, sdl));
  }
  return parts.join('\n');
}

function sorted(findings: ContractFinding[]): ContractFinding[] {
  return [...findings].sort((a, b) => (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0));
}

describe('large GraphQL schemas', () => {
  const base = schema(60);
  const head = schema(60, (i, sdl) => {
    if (i === 3) return sdl.replace('  id: ID!\n', '  id: ID!\n  email: String\n');
    if (i === 10) return sdl.replace('status: Status10', 'status: Int');
    if (i === 20) return sdl.replace('{ OPEN CLOSED }', '{ OPEN CLOSED ARCHIVED }');
    if (i === 30) return sdl.replace('Type 30: a description', 'Type 30: a new description');
    return sdl;
  }).replace('  t5(id: ID!, first: Int = 10): T5\n', '  t5(id: ID!, first: Int = 10, q: String!): T5\n');

  it('finds exactly what the whole-schema diff finds, at the same lines', async () => {
    const whole = await diffGraphql(head, base, { reduceAbove: Infinity });
    const reduced = await diffGraphql(head, base, { reduceAbove: 0 });
    expect(whole.length).toBeGreaterThanOrEqual(5);
    expect(sorted(reduced)).toEqual(sorted(whole));
  });

  it('keeps only the definitions that differ, on their own lines', () => {
    const reduced = changedDefinitions(head, base);
    expect(reduced.head.split('\n')).toHaveLength(head.split('\n').length);
    expect(reduced.head).toContain('type T3 implements Node');
    expect(reduced.head).toContain('extend schema @link');
    expect(reduced.head).not.toContain('type T4 implements Node');
    const line = head.split('\n').findIndex((text) => text.includes('email: String'));
    expect(reduced.head.split('\n')[line]).toBe('  email: String');
  });

  it('splits at top-level definitions only, descriptions with their definition', () => {
    const text = '"""Doc { with brace"""\ntype A { b: String # type C {\n}\nextend schema @x\nscalar D\n';
    const chunks = splitDefinitions(text).map((chunk) => text.slice(chunk.start, chunk.end));
    expect(chunks).toEqual([
      '"""Doc { with brace"""\ntype A { b: String # type C {\n}\n',
      'extend schema @x\n',
      'scalar D\n'
    ]);
  });

  it('keeps the definition an added extension completes, so the diff sees the whole type', async () => {
    const extended = `${head}\nextend type T7 { extra: String }\n`;
    const whole = await diffGraphql(extended, base, { reduceAbove: Infinity });
    const reduced = await diffGraphql(extended, base, { reduceAbove: 0 });
    expect(sorted(reduced)).toEqual(sorted(whole));
    expect(reduced.find((finding) => finding.subject === 'T7.extra')).toMatchObject({ severity: 'warning' });
  });

  it('answers nothing when the texts differ only in comments', async () => {
    const commented = base.replace('# The root { with a brace in a comment', '# Another comment');
    expect(await diffGraphql(commented, base, { reduceAbove: 0 })).toEqual([]);
  });
});
