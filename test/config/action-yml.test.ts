import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { ACTION_INPUTS, ACTION_OUTPUTS } from '../../src/config/inputs.js';
import { completeFileSchema } from '../../src/config/schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface ActionYml {
  name: string;
  runs: { using: string; main: string };
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  test('runs dist/index.js on node24', () => {
    expect(action.name).toBe('Postflight');
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
  });

  test('declares exactly the inputs of src/config/inputs.ts, with the same descriptions and defaults', () => {
    const declared = Object.entries(action.inputs).map(([name, spec]) => ({
      name,
      description: spec.description,
      default: spec.default
    }));
    const listed = ACTION_INPUTS.map((input) => ({
      name: input.name,
      description: input.description,
      default: input.default
    }));
    expect(declared).toEqual(listed);
  });

  test('inputs the loader reads have no default, so they never override the file unasked', () => {
    const withDefault = ACTION_INPUTS.filter(
      (input) => input.readBy === 'loader' && action.inputs[input.name]?.default !== undefined
    );
    expect(withDefault.map((input) => input.name)).toEqual([]);
  });

  test('declares exactly the listed outputs', () => {
    expect(
      Object.entries(action.outputs).map(([name, spec]) => ({ name, description: spec.description }))
    ).toEqual([...ACTION_OUTPUTS]);
  });

  test('every loader input that maps to a key points at a key the schema has', () => {
    const shape = completeFileSchema().shape as Record<string, unknown>;
    for (const input of ACTION_INPUTS.filter((i) => i.path !== undefined)) {
      const [section, key] = input.path!;
      expect(shape).toHaveProperty(String(section));
      if (key !== undefined) {
        const inner = (shape[String(section)] as { _zod: { def: { innerType: { shape: object } } } })._zod.def
          .innerType.shape;
        expect(inner).toHaveProperty(String(key));
      }
    }
  });
});
