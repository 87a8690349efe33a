/**
 * Property tests: whatever text arrives, `diffContract` answers with factors and never throws,
 * and when the underlying parser itself rejects the text, the answer includes a warning.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parse as parseGraphql } from 'graphql';
import protobuf from 'protobufjs';
import { parseDocument } from 'yaml';
import { diffContract, type ContractKind } from '../../../src/assess/contracts/index.js';
import type { Factor } from '../../../src/assess/types.js';
import { protobufLines } from '../../../src/assess/contracts/protobuf-lines.js';
import { changedFile } from './helpers.js';

const OPENAPI_YAML = `openapi: 3.0.3
info: { title: T, version: '1' }
paths:
  /items/{id}:
    get:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Item' }
components:
  schemas:
    Item:
      type: object
      required: [id]
      properties:
        id: { type: string }
        tags: { type: array, items: { type: string, enum: [a, b] } }
`;

const SWAGGER_JSON = JSON.stringify(
  {
    swagger: '2.0',
    info: { title: 'T', version: '1' },
    paths: {
      '/items': {
        post: {
          parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Item' } }],
          responses: { '200': { description: 'ok' } }
        }
      }
    },
    definitions: { Item: { type: 'object', properties: { id: { type: 'integer' } } } }
  },
  null,
  2
);

const GRAPHQL_SDL = `type Query { item(id: ID!): Item @cost(weight: 2) }
type Item @key(fields: "id") { id: ID! name: String kind: Kind }
enum Kind { A B }
input ItemFilter { kind: Kind = A }
`;

const PROTO = `syntax = "proto3";
package t.v1;
message Item { string id = 1; repeated string tags = 2; oneof o { int32 n = 3; } }
enum Kind { KIND_UNSPECIFIED = 0; A = 1; }
service Items { rpc Get (Item) returns (stream Item); }
`;

interface Case {
  kind: ContractKind;
  path: string;
  valid: string;
  /** Does the library the classifier relies on reject this text outright? */
  rejects(text: string): boolean;
}

function throws(action: () => unknown): boolean {
  try {
    action();
    return false;
  } catch {
    return true;
  }
}

function yamlRejects(text: string): boolean {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return true;
  const value: unknown = throws(() => doc.toJS()) ? null : doc.toJS();
  return value === null || typeof value !== 'object' || !('openapi' in value || 'swagger' in value);
}

const CASES: Case[] = [
  { kind: 'openapi', path: 'openapi.yaml', valid: OPENAPI_YAML, rejects: yamlRejects },
  { kind: 'openapi', path: 'swagger.json', valid: SWAGGER_JSON, rejects: yamlRejects },
  {
    kind: 'graphql',
    path: 'schema.graphql',
    valid: GRAPHQL_SDL,
    rejects: (text) => throws(() => parseGraphql(text))
  },
  {
    kind: 'protobuf',
    path: 'item.proto',
    valid: PROTO,
    rejects: (text) => throws(() => protobuf.parse(text, { keepCase: true, alternateCommentMode: true }))
  }
];

const TOKENS = [
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ':',
  ';',
  '=',
  ',',
  '"',
  "'",
  '\n',
  '  ',
  '- ',
  '$ref',
  '#/',
  'openapi',
  'type',
  'message',
  'enum',
  'rpc',
  'paths',
  '1',
  'A',
  '@',
  '...'
];

/** Random text, random token soup, or a valid fixture cut short or spliced with noise. */
function inputs(valid: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((parts) => parts.join('')),
    fc.nat({ max: valid.length }).map((end) => valid.slice(0, end)),
    fc
      .tuple(fc.nat({ max: valid.length }), fc.string({ maxLength: 12 }))
      .map(([at, noise]) => valid.slice(0, at) + noise + valid.slice(at))
  );
}

function actionable(factors: Factor[]): Factor[] {
  return factors.filter((factor) => factor.severity !== 'info');
}

describe.each(CASES)('diffContract on arbitrary $kind text ($path)', ({ kind, path, valid, rejects }) => {
  const file = changedFile(path);

  it('never throws, always answers, and warns whenever the parser rejects the head or the base', async () => {
    await fc.assert(
      fc.asyncProperty(inputs(valid), fc.boolean(), async (text, asHead) => {
        const [head, base] = asHead ? [text, valid] : [valid, text];
        const factors = await diffContract(file, head, base, kind);
        expect(factors.length).toBeGreaterThan(0);
        for (const factor of factors) expect(factor).toMatchObject({ kind: 'contract', path });
        if (rejects(text)) expect(factors.some((factor) => factor.severity === 'warning')).toBe(true);
      }),
      { numRuns: 60 }
    );
  });

  it('never blocks a rollback between two identical texts', async () => {
    await fc.assert(
      fc.asyncProperty(inputs(valid), async (text) => {
        const factors = await diffContract(file, text, text, kind);
        expect(factors.some((factor) => factor.severity === 'blocker')).toBe(false);
      }),
      { numRuns: 40 }
    );
  });

  it('answers a file added in N with one factor, a warning when the parser rejects it', async () => {
    await fc.assert(
      fc.asyncProperty(inputs(valid), async (text) => {
        const factors = await diffContract(changedFile(path, 'added'), text, null, kind);
        expect(factors).toHaveLength(1);
        if (rejects(text)) expect(factors[0]!.severity).toBe('warning');
      }),
      { numRuns: 30 }
    );
  });

  it('finds nothing actionable between the valid fixture and itself', async () => {
    expect(actionable(await diffContract(file, valid, valid, kind))).toEqual([]);
  });
});

describe('protobufLines on arbitrary text', () => {
  it('terminates and only reports lines that exist in the text', () => {
    fc.assert(
      fc.property(inputs(PROTO), (text) => {
        const lineCount = text.split('\n').length;
        for (const line of protobufLines(text).values()) {
          expect(line).toBeGreaterThanOrEqual(1);
          expect(line).toBeLessThanOrEqual(lineCount);
        }
      }),
      { numRuns: 200 }
    );
  });
});
