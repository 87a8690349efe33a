import { describe, expect, it } from '@jest/globals';
import { keepChangedOpenApi } from '../../../src/assess/contracts/openapi-chunks.js';
import { diffOpenApi } from '../../../src/assess/contracts/openapi.js';
import { findDetail, lineContaining } from './helpers.js';

/** A Swagger 2 description large enough to be split: `count` resources, each a path and a definition. */
function swagger(
  count: number,
  edit: (name: string, props: string[]) => string[] = (_, props) => props
): string {
  const lines = ["swagger: '2.0'", 'info:', '  title: Registry', "  version: '2.0'", 'paths:'];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  /things${i}/{id}:`,
      '    get:',
      `      summary: 'Reads thing ${i}, with a description long enough to look like a real one.'`,
      '      parameters:',
      '        - name: id',
      '          in: path',
      '          required: true',
      '          type: integer',
      '      responses:',
      "        '200':",
      '          description: ok',
      '          schema:',
      `            $ref: '#/definitions/Thing${i}'`
    );
  }
  lines.push('definitions:');
  for (let i = 0; i < count; i++) {
    const props = edit(`Thing${i}`, [
      '      id:',
      '        type: integer',
      '      name:',
      '        type: string'
    ]);
    lines.push(`  Thing${i}:`, '    type: object', '    properties:', ...props);
  }
  return `${lines.join('\n')}\n`;
}

const addOwner = (target: string) => (name: string, props: string[]) =>
  name === target ? [...props, '      owner:', '        type: string'] : props;

describe('keepChangedOpenApi', () => {
  it('blanks the paths and definitions that cannot differ, line for line', () => {
    const base = swagger(150);
    const head = swagger(150, addOwner('Thing7'));
    const reduced = keepChangedOpenApi(head, base)!;
    expect(reduced).not.toBeNull();
    expect(reduced.head.split('\n')).toHaveLength(head.split('\n').length);
    expect(reduced.head).toContain('/things7/{id}:');
    expect(reduced.head).toContain('  Thing7:');
    expect(reduced.head).not.toContain('/things8/{id}:');
    expect(reduced.base).not.toContain('  Thing8:');
    // The kept lines are where they were.
    expect(reduced.head.split('\n').indexOf('      owner:')).toBe(head.split('\n').indexOf('      owner:'));
  });

  it('gives the same findings, on the same lines, as the whole texts', async () => {
    const base = swagger(150);
    const head = swagger(150, addOwner('Thing7'));
    const findings = await diffOpenApi(head, base);
    expect(findings).toHaveLength(1);
    const owner = findDetail(findings, 'GET /things7/{id} response 200 .owner');
    expect(owner).toMatchObject({ severity: 'warning', line: lineContaining(head, 'owner:') });
  });

  it('keeps every path that reaches a changed definition through another one', () => {
    const base = swagger(150);
    const head = swagger(150, addOwner('Thing3')).replace(
      '      name:\n        type: string\n  Thing5:',
      "      name:\n        type: string\n      part:\n        $ref: '#/definitions/Thing3'\n  Thing5:"
    );
    const reduced = keepChangedOpenApi(head, base)!;
    expect(reduced.head).toContain('/things3/{id}:');
    expect(reduced.head).toContain('/things4/{id}:');
    expect(reduced.base).toContain('  Thing3:');
  });

  it('leaves the texts whole when it cannot follow them', () => {
    const base = swagger(150);
    const head = swagger(150, addOwner('Thing7'));
    // Small texts, JSON, anchors, and a changed definition used by a shared parameter.
    expect(keepChangedOpenApi(swagger(3, addOwner('Thing1')), swagger(3))).toBeNull();
    expect(keepChangedOpenApi(`{"swagger": "2.0"}${' '.repeat(50_000)}`, base)).toBeNull();
    expect(keepChangedOpenApi(head.replace('  title: Registry', '  title: &t Registry'), base)).toBeNull();
    const shared =
      "parameters:\n  thing:\n    in: body\n    name: body\n    schema:\n      $ref: '#/definitions/Thing7'\n";
    expect(keepChangedOpenApi(`${head}${shared}`, `${base}${shared}`)).toBeNull();
  });
});
