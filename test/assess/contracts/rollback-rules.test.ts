/**
 * The rollback rules for contracts, judged as a client written for N meets N-1: what N added
 * disappears (a warning), what N changed reverts under clients that moved with it (a blocker),
 * what N removed reappears (info) unless N-1 requires it of clients (a blocker).
 */
import { describe, expect, it } from '@jest/globals';
import { diffContract } from '../../../src/assess/contracts/index.js';
import { diffGraphql } from '../../../src/assess/contracts/graphql.js';
import { diffOpenApi } from '../../../src/assess/contracts/openapi.js';
import { diffProtobuf } from '../../../src/assess/contracts/protobuf.js';
import { changedFile, findDetail } from './helpers.js';

/** Two operations, each with JSON and XML bodies and responses, all through one shared schema. */
function sharedSchemaApi(accountProperties: string, required = '[id]'): string {
  const content = (indent: string): string => `
${indent}content:
${indent}  application/json: { schema: { $ref: '#/components/schemas/Account' } }
${indent}  application/xml: { schema: { $ref: '#/components/schemas/Account' } }`;
  const body = content('        ');
  const response = content('          ');
  return `openapi: 3.0.3
info: { title: Accounts, version: '1' }
paths:
  /accounts:
    post:
      requestBody:
        required: true${body}
      responses:
        '200':
          description: ok${response}
  /accounts/{id}:
    put:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      requestBody:${body}
      responses:
        '200':
          description: ok${response}
components:
  schemas:
    Account:
      type: object
      required: ${required}
      properties:
        id: { type: string }
${accountProperties}`;
}

describe('contracts: what N added', () => {
  it('reports one warning per added property, not one per operation and media type', async () => {
    const head = sharedSchemaApi('        nickname: { type: string }\n');
    const base = sharedSchemaApi('');
    const factors = await diffContract(changedFile('openapi.yaml'), head, base, 'openapi');
    const nickname = factors.filter((factor) => factor.detail.includes('nickname'));
    expect(nickname).toHaveLength(1);
    expect(nickname[0]).toMatchObject({ severity: 'warning', category: 'contract-added' });
    expect(nickname[0]!.detail).toMatch(/reached through 7 more operations or media types/);
    expect(nickname[0]!.recommendation).toMatch(/takes it away/);
  });

  it('warns about a longer limit that N allowed and N-1 enforces', async () => {
    const api = (max: number): string =>
      sharedSchemaApi(`        bio: { type: string, maxLength: ${max} }\n`);
    const findings = await diffOpenApi(api(500), api(140));
    const bio = findDetail(findings, 'maxLength is 500 in N, 140 in N-1');
    expect(bio).toMatchObject({ severity: 'warning', change: 'added' });
    // The reverse (N shortened the limit) is harmless to clients of N.
    const reverse = await diffOpenApi(api(140), api(500));
    expect(reverse.filter((finding) => finding.detail.includes('maxLength'))).toEqual([]);
  });
});

describe('contracts: what N changed', () => {
  it('blocks an enum value N replaced (clients moved with it in lockstep)', async () => {
    const api = (values: string): string =>
      sharedSchemaApi(`        plan: { type: string, enum: [${values}] }\n`);
    const replaced = findDetail(await diffOpenApi(api('free, team'), api('free, business')), '"team"');
    expect(replaced).toMatchObject({ severity: 'blocker', change: 'changed' });
    expect(replaced.detail).toContain('replace "business"');

    const added = findDetail(await diffOpenApi(api('free, team'), api('free')), '"team"');
    expect(added).toMatchObject({ severity: 'warning', change: 'added' });
  });

  it('blocks a GraphQL field N renamed, and warns about one N only added', async () => {
    const renamed = await diffGraphql(
      'type Query { user: User }\ntype User { id: ID! fullName: String }\n',
      'type Query { user: User }\ntype User { id: ID! name: String }\n'
    );
    const rename = findDetail(renamed, 'User.fullName of N becomes User.name again');
    expect(rename).toMatchObject({ severity: 'blocker', change: 'changed' });
    expect(renamed.filter((finding) => finding.severity !== 'info')).toHaveLength(1);

    // Different types: not a rename, two independent changes.
    const unrelated = await diffGraphql(
      'type Query { user: User }\ntype User { id: ID! age: Int }\n',
      'type Query { user: User }\ntype User { id: ID! name: String }\n'
    );
    expect(findDetail(unrelated, 'User.age')).toMatchObject({ severity: 'warning', change: 'added' });
    expect(findDetail(unrelated, 'User.name')).toMatchObject({ severity: 'info', change: 'removed' });
  });

  it('blocks a GraphQL type change and a replaced enum value', async () => {
    const findings = await diffGraphql(
      'type Query { count: Int status: Status }\nenum Status { OPEN CLOSED }\n',
      'type Query { count: String status: Status }\nenum Status { OPEN DONE }\n'
    );
    expect(findDetail(findings, 'Query.count')).toMatchObject({ severity: 'blocker', change: 'changed' });
    expect(findDetail(findings, 'Status.CLOSED of N becomes Status.DONE')).toMatchObject({
      severity: 'blocker'
    });
  });

  it('blocks a protobuf field N renamed and an enum value it replaced at the same number', async () => {
    const findings = await diffProtobuf(
      'syntax = "proto3";\nmessage A { string full_name = 1; }\nenum K { K_UNSPECIFIED = 0; K_NEW = 1; }\n',
      'syntax = "proto3";\nmessage A { string name = 1; }\nenum K { K_UNSPECIFIED = 0; K_OLD = 1; }\n'
    );
    expect(findDetail(findings, 'A.full_name (= 1): renamed to name')).toMatchObject({
      severity: 'blocker',
      change: 'changed'
    });
    expect(findDetail(findings, 'K.K_NEW (= 1): replaces K_OLD')).toMatchObject({ severity: 'blocker' });
  });
});

describe('contracts: what N removed', () => {
  it('is info, unless N-1 requires of clients what N dropped', async () => {
    const withLegacy = sharedSchemaApi('        legacy: { type: string }\n', '[id, legacy]');
    const optionalLegacy = sharedSchemaApi('        legacy: { type: string }\n');
    const without = sharedSchemaApi('');

    const factors = await diffContract(changedFile('openapi.yaml'), without, withLegacy, 'openapi');
    const required = factors.filter((factor) => factor.detail.includes('.legacy'));
    expect(required).toHaveLength(1);
    expect(required[0]).toMatchObject({ severity: 'blocker', category: 'contract-removed' });
    expect(required[0]!.recommendation).toMatch(/N-1 requires .* which N dropped/);

    const optional = await diffOpenApi(without, optionalLegacy);
    expect(optional.filter((finding) => finding.severity !== 'info')).toEqual([]);
  });

  it('blocks a required query parameter and a required GraphQL argument that N dropped', async () => {
    const api = (param: string): string => `openapi: 3.0.3
info: { title: T, version: '1' }
paths:
  /search:
    get:
      parameters:
${param}      responses: { '200': { description: ok } }
`;
    const parameter = findDetail(
      await diffOpenApi(
        api(''),
        api('        - { name: q, in: query, required: true, schema: { type: string } }\n')
      ),
      'parameter query:q'
    );
    expect(parameter).toMatchObject({ severity: 'blocker', change: 'removed' });

    const argument = findDetail(
      await diffGraphql('type Query { search: [String] }\n', 'type Query { search(q: String!): [String] }\n'),
      'Query.search.q'
    );
    expect(argument).toMatchObject({ severity: 'blocker', change: 'removed' });
    const optionalArgument = await diffGraphql(
      'type Query { search: [String] }\n',
      'type Query { search(q: String): [String] }\n'
    );
    expect(optionalArgument.every((finding) => finding.severity === 'info')).toBe(true);
  });

  it('blocks a proto2 required field of N-1 that N dropped', async () => {
    const findings = await diffProtobuf(
      'syntax = "proto2";\nmessage A { optional string id = 1; }\n',
      'syntax = "proto2";\nmessage A { optional string id = 1; required string tenant = 2; }\n'
    );
    expect(findDetail(findings, 'A.tenant (= 2): not in N, required by N-1')).toMatchObject({
      severity: 'blocker',
      change: 'removed'
    });
  });
});
