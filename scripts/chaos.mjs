// `npm run chaos`: bundles the CLI and the chaos suite from the sources (dist/ is rebuilt only at
// release) into a temporary directory, and runs test/chaos/main.ts. Loopback only, bounded in
// runs and time; exits non-zero when a count that must be zero is not.
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Inside the project, so that the external packages resolve from its node_modules.
const cache = path.join(root, 'node_modules', '.cache');
await mkdir(cache, { recursive: true });
const out = await mkdtemp(path.join(cache, 'postflight-chaos-'));
let code;
try {
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    packages: 'external',
    logLevel: 'warning'
  };
  await build({ ...common, entryPoints: ['src/cli.ts'], outfile: path.join(out, 'cli.mjs') });
  await build({ ...common, entryPoints: ['test/chaos/main.ts'], outfile: path.join(out, 'chaos.mjs') });
  const { main } = await import(pathToFileURL(path.join(out, 'chaos.mjs')).href);
  const work = path.join(out, 'runs');
  await mkdir(work);
  code = await main(path.join(out, 'cli.mjs'), work);
} finally {
  await rm(out, { recursive: true, force: true });
}
process.exitCode = code;
