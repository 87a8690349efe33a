// Bundles scripts/incident-example.ts (it drives the fake GitHub from test/support) and runs it.
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cache = path.join(root, 'node_modules', '.cache');
await mkdir(cache, { recursive: true });
const out = await mkdtemp(path.join(cache, 'postflight-example-'));
try {
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/incident-example.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    outfile: path.join(out, 'example.mjs'),
    packages: 'external',
    logLevel: 'warning'
  });
  process.chdir(root);
  await (await import(pathToFileURL(path.join(out, 'example.mjs')).href)).main();
} finally {
  await rm(out, { recursive: true, force: true });
}
