// Builds dist/ with esbuild: two entry points (the action and the CLI), ESM with code splitting,
// so that what the healthy verify path does not need (assessment parsers, rule tables) lands in
// chunks that are loaded only through dynamic import(). The output is deterministic: check-dist
// compares it byte for byte with what is committed.
import { build } from 'esbuild';
import { cp, mkdir, rm, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = process.argv[2] ?? path.join(root, 'dist');

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const options = {
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  // Prefer packages' ES module builds: a dynamic import() of a CommonJS entry exposes only
  // `default` in a bundle, where Node itself would also offer the named exports.
  mainFields: ['module', 'main'],
  outdir,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  minifySyntax: true,
  // CommonJS-style code in dependencies calls require() for Node built-ins, and the Postgres
  // parser's WebAssembly loader looks for its .wasm beside __dirname: give every ESM chunk both.
  banner: {
    js: [
      "import { createRequire as __pfCreateRequire } from 'node:module';",
      "import { fileURLToPath as __pfFileURLToPath } from 'node:url';",
      'const require = __pfCreateRequire(import.meta.url);',
      'const __filename = __pfFileURLToPath(import.meta.url);',
      "const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));"
    ].join(' ')
  },
  logLevel: 'warning'
};
// Two builds, not one with two entry points: a shared build would put everything the action and
// the CLI have in common into shared chunks, and each extra file on the start-up path costs the
// ESM loader time before the first poll. Lazy chunks (parsers, GitHub client) still split.
await build({ ...options, entryPoints: { index: 'src/index.ts' } });
await build({ ...options, entryPoints: { cli: 'src/cli.ts' } });
// The Postgres parser runs in a process of its own (src/assess/migrations/pg-parser-process.ts):
// one self-contained file in chunks/, beside the chunks that start it and the .wasm it loads.
await build({
  ...options,
  splitting: false,
  entryPoints: { 'chunks/pg-parse-child': 'src/assess/migrations/pg-parse-child.mjs' },
  outExtension: { '.js': '.mjs' }
});

// The Postgres parser is WebAssembly loaded from beside its JS at run time; ship the file.
const wasm = path.join(root, 'node_modules/libpg-query/wasm/libpg-query.wasm');
if (existsSync(wasm)) {
  await cp(wasm, path.join(outdir, 'chunks', 'libpg-query.wasm'));
}

const files = await readdir(outdir, { recursive: true });
console.log(`dist: ${files.length} files in ${path.relative(root, outdir) || '.'}`);
