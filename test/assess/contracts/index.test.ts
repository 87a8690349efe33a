import { describe, expect, it } from '@jest/globals';
import { diffContract } from '../../../src/assess/contracts/index.js';
import { changedFile, lineContaining } from './helpers.js';

const OPENAPI_BASE = `openapi: 3.0.3
info: { title: Orders, version: '1' }
paths:
  /orders:
    get:
      responses:
        '200': { description: ok }
`;
const OPENAPI_HEAD = `${OPENAPI_BASE}  /v2/orders:
    get:
      responses:
        '200': { description: ok }
`;

describe('diffContract', () => {
  it('turns findings into contract factors with path, line, commit and advice', async () => {
    const file = changedFile('api/openapi.yaml');
    const factors = await diffContract(file, OPENAPI_HEAD, OPENAPI_BASE, 'openapi');
    expect(factors).toEqual([
      {
        kind: 'contract',
        severity: 'warning',
        path: 'api/openapi.yaml',
        line: lineContaining(OPENAPI_HEAD, '/v2/orders:') + 1,
        commit: 'c0ffee1',
        detail: expect.stringContaining('GET /v2/orders'),
        recommendation: expect.stringContaining(
          'N added GET /v2/orders, and a rollback to N-1 takes it away'
        ),
        category: 'contract-added',
        framework: 'openapi'
      }
    ]);
  });

  it('shows a safe change as one info factor so the report says the contract was checked', async () => {
    const factors = await diffContract(changedFile('openapi.yaml'), OPENAPI_BASE, OPENAPI_HEAD, 'openapi');
    expect(factors).toHaveLength(1);
    expect(factors[0]).toMatchObject({ kind: 'contract', severity: 'info', path: 'openapi.yaml' });
    expect(factors[0]!.detail).toContain('GET /v2/orders: removed by N, restored by a rollback');
  });

  it('warns about a contract that N added, naming how much a rollback removes', async () => {
    const factors = await diffContract(changedFile('openapi.yaml', 'added'), OPENAPI_HEAD, null, 'openapi');
    expect(factors).toHaveLength(1);
    expect(factors[0]).toMatchObject({
      severity: 'warning',
      path: 'openapi.yaml',
      category: 'contract-added'
    });
    expect(factors[0]!.detail).toContain('2 operations');

    const proto = await diffContract(
      changedFile('a.proto', 'added'),
      'syntax = "proto3";\nservice S { rpc A (M) returns (M); }\nmessage M {}\n',
      null,
      'protobuf'
    );
    expect(proto[0]!.detail).toContain('1 message, 1 service with 1 rpc');
  });

  it('reports a contract deleted in N as restored by the rollback', async () => {
    const factors = await diffContract(
      changedFile('schema.graphql', 'deleted'),
      null,
      'type Query { a: Int }',
      'graphql'
    );
    expect(factors).toEqual([
      expect.objectContaining({ severity: 'info', detail: expect.stringContaining('restores it') })
    ]);
  });

  it('turns unparseable input into one warning that names the file, the side and the parser message', async () => {
    const file = changedFile('schema.graphql');
    const factors = await diffContract(file, 'type Query { a: Int }', 'type Query {', 'graphql');
    expect(factors).toHaveLength(1);
    expect(factors[0]).toMatchObject({
      kind: 'contract',
      severity: 'warning',
      path: 'schema.graphql',
      commit: 'c0ffee1'
    });
    expect(factors[0]!.detail).toBe(
      'schema.graphql in N-1 does not parse as GraphQL, so its API changes were not checked.'
    );
    expect(factors[0]).toMatchObject({ category: 'unparsed', framework: 'graphql' });
    // The parser's own words are evidence, not the headline.
    expect(factors[0]!.evidenceDetail).toMatch(/^Syntax Error/);
  });

  it('warns rather than crashes on content of the wrong kind', async () => {
    const factors = await diffContract(changedFile('api/x.yaml'), 'just: yaml\n', 'just: yaml\n', 'openapi');
    expect(factors).toEqual([
      expect.objectContaining({
        severity: 'warning',
        evidenceDetail: expect.stringContaining('not an OpenAPI description')
      })
    ]);
  });

  it('uses a null commit when the file has no known commits', async () => {
    const file = { ...changedFile('schema.graphql'), commits: [] };
    const factors = await diffContract(
      file,
      'type Query { a: Int b: Int }',
      'type Query { a: Int }',
      'graphql'
    );
    expect(factors[0]).toMatchObject({ severity: 'warning', commit: null, line: 1 });
  });
});
