import { describe, expect, it } from '@jest/globals';
import { diffGraphql, inventoryGraphql } from '../../../src/assess/contracts/graphql.js';
import { ContractParseError } from '../../../src/assess/contracts/finding.js';
import { findDetail, lineContaining } from './helpers.js';

const BASE = `type Query {
  user(id: ID!): User
}

type User {
  id: ID!
  name: String
  role: Role
}

enum Role {
  MEMBER
  ADMIN
}
`;

const HEAD = `"""Users and what they may do."""
type Query {
  user(id: ID!, includeDeleted: Boolean): User
  # a new entry point
  users(first: Int = 10): [User!]!
}

type User {
  id: ID!
  name: String
  """
  Where receipts go.
  """
  email: String
  role: Role
}

enum Role {
  MEMBER
  ADMIN
  OWNER
}
`;

describe('diffGraphql', () => {
  it('warns, at their head lines, about what N added and a rollback takes away', async () => {
    const findings = await diffGraphql(HEAD, BASE);
    // Clients have had minutes to adopt what N added: a check, not a stop.
    expect(findings.some((finding) => finding.severity === 'blocker')).toBe(false);

    const email = findDetail(findings, 'User.email');
    expect(email.severity).toBe('warning');
    expect(email.change).toBe('added');
    expect(email.line).toBe(lineContaining(HEAD, 'email: String'));
    expect(email.recommendation).toContain('N added User.email');

    const users = findDetail(findings, '(Query.users)');
    expect(users.severity).toBe('warning');
    expect(users.line).toBe(lineContaining(HEAD, 'users(first'));

    const argument = findDetail(findings, 'Query.user.includeDeleted');
    expect(argument.severity).toBe('warning');
    expect(argument.line).toBe(lineContaining(HEAD, 'includeDeleted'));

    const owner = findDetail(findings, 'Role.OWNER');
    expect(owner.line).toBe(lineContaining(HEAD, 'OWNER'));
    expect(owner.severity).toBe('warning');
  });

  it('blocks nothing when N removed things (a rollback brings them back)', async () => {
    const findings = await diffGraphql(BASE, HEAD);
    expect(findings.some((finding) => finding.severity === 'blocker')).toBe(false);
    expect(findDetail(findings, 'User.email').severity).toBe('info');
    // What N removed reappears on rollback, which harms no client of N.
    expect(findDetail(findings, 'Role.OWNER').severity).toBe('info');
  });

  it('builds subgraph schemas that use undefined federation directives and extend foreign types', async () => {
    const subgraph = (
      extraField: string
    ): string => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])

type Product @key(fields: "upc") {
  upc: String!
  price: Int @shareable
${extraField}}

extend type Query {
  product(upc: String!): Product
}

extend type Review @key(fields: "id") {
  id: ID! @external
  product: Product
}
`;
    const head = subgraph('  weight: Float\n');
    const findings = await diffGraphql(head, subgraph(''));
    const weight = findDetail(findings, 'Product.weight');
    expect(weight.severity).toBe('warning');
    expect(weight.line).toBe(lineContaining(head, 'weight: Float'));
    expect(findings.filter((finding) => finding.severity !== 'info')).toHaveLength(1);
  });

  it('treats directive changes that clients cannot see as info', async () => {
    const head = `directive @cacheControl(maxAge: Int) on FIELD_DEFINITION\ntype Query { a: Int @cacheControl(maxAge: 5) }\n`;
    const base = `type Query { a: Int }\n`;
    const findings = await diffGraphql(head, base);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.severity === 'info')).toBe(true);
  });

  it('warns about a client-side (executable) directive that N added', async () => {
    const head = `directive @lowercase on FIELD\ntype Query { a: String }\n`;
    const findings = await diffGraphql(head, 'type Query { a: String }\n');
    const directive = findDetail(findings, "'lowercase'");
    expect(directive.severity).toBe('warning');
    expect(directive.line).toBe(1);
  });

  it('recognises client operation documents as declaring no API', async () => {
    const findings = await diffGraphql(
      'query A { user(id: 1) { id } }',
      'query A { user(id: 1) { id name } }'
    );
    expect(findings).toEqual([
      expect.objectContaining({ severity: 'info', detail: expect.stringContaining('not a schema') })
    ]);
    expect(await inventoryGraphql('fragment F on User { id }')).toEqual({
      summary: 'client operations only',
      empty: true
    });
  });

  it('throws a ContractParseError naming the side for broken SDL', async () => {
    await expect(diffGraphql(HEAD, 'type Query {')).rejects.toMatchObject({ side: 'base' });
    await expect(diffGraphql('type {', BASE)).rejects.toBeInstanceOf(ContractParseError);
  });
});

describe('inventoryGraphql', () => {
  it('counts types and root fields', async () => {
    expect((await inventoryGraphql(HEAD)).summary).toBe('3 types and 2 root fields');
  });
});
