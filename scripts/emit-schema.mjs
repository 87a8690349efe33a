// `npm run schema [-- out.json]`: writes schema/postflight.schema.json from the zod schema in
// src/config/schema.ts. Runs without a TypeScript runner: esbuild bundles the module on the fly
// (zod included, so the temporary bundle resolves nothing from outside).
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.resolve(process.argv[2] ?? path.join(root, 'schema', 'postflight.schema.json'));
const work = await mkdtemp(path.join(tmpdir(), 'postflight-schema-'));
try {
  const bundle = path.join(work, 'json-schema.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/config/json-schema.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    outfile: bundle,
    logLevel: 'warning'
  });
  const { configJsonSchema } = await import(pathToFileURL(bundle).href);
  await writeFile(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${target}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
