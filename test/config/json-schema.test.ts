import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { configJsonSchema } from '../../src/config/json-schema.js';
import { FULL_CONFIG, HTTP_SOURCE } from './helpers.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const committedPath = path.join(root, 'schema', 'postflight.schema.json');

type JsonSchema = Record<string, unknown>;

/** Every `properties` key in the schema, with its path, for "does every key say what it is". */
function propertiesOf(node: unknown, at = ''): [string, JsonSchema][] {
  if (node === null || typeof node !== 'object') return [];
  const schema = node as JsonSchema;
  const found: [string, JsonSchema][] = [];
  for (const [key, value] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
    found.push([`${at}.${key}`, value], ...propertiesOf(value, `${at}.${key}`));
  }
  for (const key of ['items', 'additionalProperties']) found.push(...propertiesOf(schema[key], `${at}[]`));
  for (const key of ['oneOf', 'anyOf', 'allOf']) {
    ((schema[key] ?? []) as unknown[]).forEach((option, i) =>
      found.push(...propertiesOf(option, `${at}<${i}>`))
    );
  }
  return found;
}

describe('JSON Schema for editors', () => {
  test('the committed schema is what scripts/emit-schema.mjs writes', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'postflight-schema-test-'));
    try {
      const target = path.join(out, 'schema.json');
      execFileSync(process.execPath, [path.join(root, 'scripts', 'emit-schema.mjs'), target], {
        cwd: root,
        stdio: 'pipe'
      });
      const fresh = readFileSync(target, 'utf8');
      // When this fails: run `npm run schema` and commit schema/postflight.schema.json.
      expect(readFileSync(committedPath, 'utf8')).toBe(fresh);
      expect(JSON.parse(fresh)).toEqual(configJsonSchema());
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('every key has a description, and defaults show as users write them', () => {
    const schema = configJsonSchema();
    const properties = propertiesOf(schema);
    expect(properties.length).toBeGreaterThan(60);
    expect(
      properties.filter(([, value]) => typeof value.description !== 'string').map(([key]) => key)
    ).toEqual([]);
    const top = schema.properties as Record<string, JsonSchema>;
    expect(top.window!.default).toBe('10m');
    expect(top.alpha!.default).toBe(0.05);
    expect(schema.additionalProperties).toBe(false);
  });

  test('editors accept what the loader accepts, references included, and reject unknown keys', () => {
    const validate = new Ajv2020({ strict: false }).compile(configJsonSchema());
    expect(validate(parse(FULL_CONFIG))).toBe(true);
    expect(validate(parse(HTTP_SOURCE))).toBe(true);
    expect(validate(parse(`intervl: 30s\n${HTTP_SOURCE}`))).toBe(false);
    expect(validate(parse(`window: soon\n${HTTP_SOURCE}`))).toBe(false);
    expect(validate(parse('sources:\n  - {id: x, type: nope, url: "https://x.test"}\n'))).toBe(false);
  });
});
