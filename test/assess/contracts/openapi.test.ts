import { describe, expect, it } from '@jest/globals';
import { diffOpenApi, inventoryOpenApi } from '../../../src/assess/contracts/openapi.js';
import { ContractParseError } from '../../../src/assess/contracts/finding.js';
import { indentQuotedContinuations, loadOpenApi } from '../../../src/assess/contracts/openapi-document.js';
import { findDetail, lineContaining } from './helpers.js';

// N-1: the release a rollback returns to.
const BASE_V3 = `openapi: 3.0.3
info: { title: Users, version: '1' }
paths:
  /users/{userId}:
    get:
      parameters:
        - name: userId
          in: path
          required: true
          schema: { type: string }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/User' }
  /users:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: { type: string }
                plan: { type: string, enum: [free, pro] }
      responses:
        '201': { description: created }
components:
  schemas:
    User:
      type: object
      properties:
        id: { type: string }
        status: { type: string, enum: [active, disabled] }
        age: { type: integer }
`;

// N: what clients may already use.
const HEAD_V3 = `openapi: 3.0.3
info: { title: Users, version: '2' }
paths:
  /users/{id}:
    get:
      parameters:
        - name: id
          in: path
          required: true
          schema: { type: string }
        - name: expand
          in: query
          schema: { type: boolean }
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/User' }
        '404':
          description: missing
  /users:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              required: [name]
              properties:
                name: { type: string }
                plan: { type: string, enum: [free, pro, team] }
      responses:
        '201': { description: created }
  /v2/orders:
    get:
      responses:
        '200': { description: ok }
components:
  schemas:
    User:
      type: object
      properties:
        id: { type: string }
        email: { type: string }
        status: { type: string, enum: [active, disabled, invited] }
        age: { type: string }
`;

describe('diffOpenApi (OpenAPI 3, YAML)', () => {
  it('reports what N added as removals on rollback, with lines in the head file', async () => {
    const findings = await diffOpenApi(HEAD_V3, BASE_V3);

    const newOperation = findDetail(findings, 'GET /v2/orders');
    // N added it minutes ago: a check (warning), not a stop.
    expect(newOperation.severity).toBe('warning');
    expect(newOperation.line).toBe(lineContaining(HEAD_V3, '/v2/orders:') + 1);
    expect(newOperation.recommendation).toContain('N added GET /v2/orders');

    // Found through the $ref into components: the line is that of the property in the schema.
    const email = findDetail(findings, 'GET /users/{id} response 200 .email');
    expect(email.severity).toBe('warning');
    expect(email.line).toBe(lineContaining(HEAD_V3, 'email: { type: string }'));

    const age = findDetail(findings, '.age: type changes from string in N to integer in N-1');
    expect(age.severity).toBe('blocker');
    expect(age.line).toBe(lineContaining(HEAD_V3, 'age: { type: string }'));

    const status404 = findDetail(findings, 'GET /users/{id} response 404');
    expect(status404.severity).toBe('warning');
    expect(status404.line).toBe(lineContaining(HEAD_V3, "'404':"));

    const expand = findDetail(findings, 'parameter query:expand');
    expect(expand.severity).toBe('warning');
    expect(expand.line).toBe(lineContaining(HEAD_V3, '- name: expand'));

    const plan = findDetail(findings, 'POST /users request .plan');
    expect(plan.severity).toBe('warning');
    expect(plan.detail).toContain('"team"');

    const responseEnum = findDetail(findings, 'response 200 .status');
    expect(responseEnum.severity).toBe('warning');
    expect(responseEnum.detail).toContain('"invited"');
  });

  it('matches path templates whatever their parameter names', async () => {
    const findings = await diffOpenApi(HEAD_V3, BASE_V3);
    expect(findings.some((finding) => finding.detail.startsWith('GET /users/{id}: offered by N'))).toBe(
      false
    );
  });

  it('finds nothing to block when N only removed things (they come back on rollback)', async () => {
    const findings = await diffOpenApi(
      BASE_V3.replace('info: { title: Users', 'info: { description: docs only, title: Users'),
      HEAD_V3
    );
    // Rolling "back" from BASE to HEAD here: HEAD offers a superset, except for the type change of age.
    const actionable = findings.filter((finding) => finding.severity !== 'info');
    expect(actionable.map((finding) => finding.detail)).toEqual([
      expect.stringContaining('.age: type changes from integer in N to string in N-1')
    ]);
    expect(
      findings.some((finding) => finding.severity === 'info' && finding.detail.includes('GET /v2/orders'))
    ).toBe(true);
  });

  it('is silent about description-only changes', async () => {
    const withDocs = HEAD_V3.replace('description: missing', 'description: "the user does not exist"');
    expect(await diffOpenApi(withDocs, HEAD_V3)).toEqual([]);
  });

  it('warns when a request field or the body becomes required in N-1', async () => {
    const head = BASE_V3;
    const base = BASE_V3.replace('required: [name]', 'required: [name, plan]').replace(
      '      requestBody:\n',
      '      requestBody:\n        required: true\n'
    );
    const findings = await diffOpenApi(head, base);
    expect(findDetail(findings, 'POST /users request .plan: optional in N, required by N-1').severity).toBe(
      'warning'
    );
    expect(findDetail(findings, 'body optional in N, required by N-1').severity).toBe('warning');
  });

  it('reports a parameter moved to another location as a blocker', async () => {
    const base = HEAD_V3.replace('name: expand\n          in: query', 'name: expand\n          in: header');
    const finding = findDetail(await diffOpenApi(HEAD_V3, base), 'parameter query:expand: moves to header');
    expect(finding.severity).toBe('blocker');
    expect(finding.line).toBe(lineContaining(HEAD_V3, 'in: query'));
  });

  it('warns about security scheme and requirement changes', async () => {
    const withSecurity = (scheme: string): string =>
      `${HEAD_V3.replace('    User:\n', `    Pet: { type: object }\n    User:\n`)}  securitySchemes:\n    token: { type: ${scheme} }\nsecurity:\n  - token: []\n`;
    const findings = await diffOpenApi(
      withSecurity('http, scheme: bearer'),
      withSecurity('apiKey, in: header, name: X-Key')
    );
    const scheme = findDetail(findings, 'Security scheme token is defined differently in N-1');
    expect(scheme.severity).toBe('warning');
    expect(scheme.line).toBe(lineContaining(withSecurity('http, scheme: bearer'), 'token: { type: http'));
  });

  it('survives circular $refs and still compares the recursive schema', async () => {
    const tree = (extra: string): string => `openapi: 3.1.0
info: { title: Tree, version: '1' }
paths:
  /nodes:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Node' }
components:
  schemas:
    Node:
      type: object
      properties:
        children:
          type: array
          items: { $ref: '#/components/schemas/Node' }
${extra}`;
    const head = tree('        label: { type: string }\n');
    const findings = await diffOpenApi(head, tree(''));
    const label = findDetail(findings, 'GET /nodes response 200 .label');
    expect(label.severity).toBe('warning');
    expect(label.line).toBe(lineContaining(head, 'label: { type: string }'));
  });

  it('never reads external $refs and rejects broken internal ones as unparseable', async () => {
    const external = HEAD_V3.replace(
      "$ref: '#/components/schemas/User'",
      "$ref: 'https://example.invalid/user.yaml'"
    );
    await expect(diffOpenApi(external, external)).resolves.toEqual([]);
    const broken = HEAD_V3.replace(
      "$ref: '#/components/schemas/User'",
      "$ref: '#/components/schemas/Nobody'"
    );
    await expect(diffOpenApi(broken, BASE_V3)).rejects.toBeInstanceOf(ContractParseError);
  });

  it('rejects YAML that is not an OpenAPI description', async () => {
    await expect(diffOpenApi('name: ci\non: push\n', BASE_V3)).rejects.toThrow(/not an OpenAPI description/);
  });
});

describe('diffOpenApi (OpenAPI 3, JSON)', () => {
  const spec = (param: object, item: object): string =>
    JSON.stringify(
      {
        openapi: '3.1.0',
        info: { title: 'Items', version: '1' },
        paths: {
          '/items': {
            get: {
              parameters: [{ name: 'sort', in: 'query', schema: param }],
              responses: {
                '200': {
                  description: 'ok',
                  content: { 'application/json': { schema: { type: 'array', items: item } } }
                }
              }
            }
          }
        }
      },
      null,
      2
    );

  it('warns about request enums and defaults, response nullability and fields that become optional', async () => {
    const head = spec(
      { type: 'string', enum: ['name', 'date'], default: 'date' },
      {
        type: 'object',
        required: ['id', 'price'],
        properties: { id: { type: 'string' }, price: { type: 'number' } }
      }
    );
    const base = spec(
      { type: 'string', enum: ['name'], default: 'name' },
      {
        type: 'object',
        required: ['id'],
        properties: { id: { type: ['string', 'null'] }, price: { type: 'number' } }
      }
    );
    const findings = await diffOpenApi(head, base);

    const sortEnum = findDetail(
      findings,
      'GET /items parameter query:sort: enum value(s) "date" accepted by N are rejected by N-1'
    );
    expect(sortEnum.severity).toBe('warning');
    expect(sortEnum.line).toBe(lineContaining(head, '"enum"'));
    expect(findDetail(findings, 'default changes from "date" in N to "name" in N-1').severity).toBe(
      'warning'
    );
    expect(
      findDetail(findings, 'GET /items response 200 [].price: always present in N, optional in N-1').severity
    ).toBe('warning');
    const nullable = findDetail(findings, 'GET /items response 200 [].id: may be null in N-1');
    expect(nullable.severity).toBe('warning');
    expect(nullable.line).toBe(lineContaining(head, '"id": {'));
    expect(findings.some((finding) => finding.severity === 'blocker')).toBe(false);
  });
});

describe('diffOpenApi (Swagger 2, JSON)', () => {
  const swagger = (userProps: object, params: object[]): string =>
    JSON.stringify(
      {
        swagger: '2.0',
        info: { title: 'Users', version: '1' },
        paths: {
          '/users': {
            post: {
              parameters: [
                { name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/NewUser' } },
                ...params
              ],
              responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/NewUser' } } }
            }
          }
        },
        definitions: { NewUser: { type: 'object', properties: userProps } }
      },
      null,
      2
    );

  it('compares body parameters, formData-free parameters and response schemas', async () => {
    const head = swagger({ name: { type: 'string' }, nickname: { type: 'string' } }, [
      { name: 'limit', in: 'query', type: 'integer' }
    ]);
    const base = swagger({ name: { type: 'string' } }, [{ name: 'limit', in: 'query', type: 'string' }]);
    const findings = await diffOpenApi(head, base);

    const requestField = findDetail(findings, 'POST /users request .nickname');
    expect(requestField.severity).toBe('warning');
    expect(requestField.line).toBe(lineContaining(head, '"nickname"'));
    expect(findDetail(findings, 'POST /users response 200 .nickname').severity).toBe('warning');

    const limit = findDetail(
      findings,
      'parameter query:limit: type changes from integer in N to string in N-1'
    );
    expect(limit.severity).toBe('blocker');
    expect(limit.line).toBe(lineContaining(head, '"name": "limit"'));
  });

  it('blocks a basePath change: every operation moves', async () => {
    const head = swagger({ name: { type: 'string' } }, []).replace(
      '"info"',
      '"basePath": "/api/v2",\n  "info"'
    );
    const base = swagger({ name: { type: 'string' } }, []).replace(
      '"info"',
      '"basePath": "/api/v1",\n  "info"'
    );
    const finding = findDetail(
      await diffOpenApi(head, base),
      'basePath changes from /api/v2 in N to /api/v1 in N-1'
    );
    expect(finding.severity).toBe('blocker');
    expect(finding.line).toBe(lineContaining(head, '"basePath"'));
  });

  it('finds nothing when the two versions are the same', async () => {
    const same = swagger({ name: { type: 'string' } }, []);
    expect(await diffOpenApi(same, same)).toEqual([]);
  });
});

describe('diffOpenApi media types and headers', () => {
  const withResponse = (media: string, headers: string): string => `openapi: 3.0.0
info: { title: T, version: '1' }
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
${headers}          content:
            ${media}:
              schema: { type: string }
`;

  it('matches media types without their parameters and case', async () => {
    expect(
      await diffOpenApi(
        withResponse('application/json; charset=utf-8', ''),
        withResponse('Application/JSON', '')
      )
    ).toEqual([]);
  });

  it('warns about a response header that N-1 does not return', async () => {
    const head = withResponse(
      'application/json',
      '          headers:\n            X-Rate-Limit: { schema: { type: integer } }\n'
    );
    const finding = findDetail(
      await diffOpenApi(head, withResponse('application/json', '')),
      'header X-Rate-Limit'
    );
    expect(finding.severity).toBe('warning');
    expect(finding.line).toBe(lineContaining(head, 'X-Rate-Limit'));
  });

  it('warns about a media type that N added and N-1 does not return', async () => {
    const finding = findDetail(
      await diffOpenApi(withResponse('application/xml', ''), withResponse('application/json', '')),
      'GET /a response 200 application/xml'
    );
    expect(finding.severity).toBe('warning');
    expect(finding.change).toBe('added');
  });
});

describe('inventoryOpenApi', () => {
  it('counts operations across paths', async () => {
    expect(await inventoryOpenApi(HEAD_V3)).toEqual({ summary: '3 operations', empty: false });
    expect(await inventoryOpenApi('openapi: 3.0.0\ninfo: {title: x, version: "1"}\npaths: {}\n')).toEqual({
      summary: '0 operations',
      empty: true
    });
  });
});

describe('diffOpenApi (Swagger 2, YAML written for go-yaml)', () => {
  // go-yaml accepts a quoted description whose second line is indented like its key; YAML 1.2
  // wants it deeper. Generated Swagger files of Go services carry such lines.
  const swagger = (extra: string): string =>
    [
      "swagger: '2.0'",
      'info: { title: Projects, version: "1" }',
      'paths:',
      '  /projects:',
      '    get:',
      '      responses:',
      "        '200': { description: ok, schema: { $ref: '#/definitions/Project' } }",
      'definitions:',
      '  Project:',
      '    type: object',
      '    properties:',
      '      reuse_allowlist:',
      '        type: string',
      `        description: 'Whether the project reuses the system allowlist. Values are "true", "false".`,
      `        If it is "true", the project''s own list is ignored.'`,
      ...extra.split('\n').filter(Boolean),
      ''
    ].join('\n');

  it('reads the under-indented continuation as go-yaml does, and diffs the rest', async () => {
    const base = swagger('');
    const head = swagger('      owner:\n        type: string');
    const findings = await diffOpenApi(head, base);
    const owner = findDetail(findings, 'GET /projects response 200 .owner');
    expect(owner.severity).toBe('warning');
    expect(owner.line).toBe(lineContaining(head, 'owner:'));
    const inventory = await inventoryOpenApi(base);
    expect(inventory).toMatchObject({ summary: '1 operation' });
    const { value } = await loadOpenApi(base, 'base');
    expect(JSON.stringify(value)).toContain(
      'Values are \\"true\\", \\"false\\". If it is \\"true\\", the project\'s own list is ignored.'
    );
  });

  it('leaves the text of block scalars alone while mending', () => {
    const text = [
      'definitions:',
      '  Note:',
      '    description: |',
      "      Remember: 'quoted words",
      '    type: string',
      "    title: 'Spans",
      "    two lines'",
      ''
    ].join('\n');
    expect(indentQuotedContinuations(text)).toBe(text.replace("\n    two lines'", "\n     two lines'"));
  });

  it('still rejects a quote that never closes', async () => {
    const broken = swagger('').replace("project''s own list is ignored.'", "project''s own list is ignored.");
    await expect(diffOpenApi(broken, swagger(''))).rejects.toBeInstanceOf(ContractParseError);
  });
});
