// `npm run bench`: bundles bench/main.ts with esbuild (so the benchmarks drive the real sources)
// and runs it. Prints markdown tables; BENCHMARKS.md records them with this command.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Inside the project, so that the external packages resolve from its node_modules.
const cache = path.join(root, 'node_modules', '.cache');
await mkdir(cache, { recursive: true });
const out = await mkdtemp(path.join(cache, 'postflight-bench-'));
try {
  await build({
    absWorkingDir: root,
    entryPoints: ['bench/main.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    outfile: path.join(out, 'bench.mjs'),
    packages: 'external',
    logLevel: 'warning'
  });
  // Started by the bundle as a process of its own, from beside it (pg-parser-process.ts); the copy
  // resolves libpg-query from the project's node_modules, as the source does.
  await copyFile(
    path.join(root, 'src/assess/migrations/pg-parse-child.mjs'),
    path.join(out, 'pg-parse-child.mjs')
  );
  const bundle = pathToFileURL(path.join(out, 'bench.mjs')).href;
  const { selectBenches } = await import(bundle);
  // Each benchmark runs in a process of its own: one that ran before would leave its heap to the
  // next, whose process starts (forks of that heap) and garbage collections it would then slow.
  for (const name of selectBenches(process.argv.slice(2))) {
    const child = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { main } = await import(${JSON.stringify(bundle)}); await main([${JSON.stringify(name)}]);`
      ],
      { stdio: 'inherit' }
    );
    if (child.status !== 0)
      throw new Error(`benchmark ${name} failed (exit ${child.status ?? child.signal})`);
  }
} finally {
  await rm(out, { recursive: true, force: true });
}
