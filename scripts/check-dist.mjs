// Fails when the committed dist/ is not what `npm run bundle` builds from the sources.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const fresh = await mkdtemp(path.join(tmpdir(), 'postflight-dist-'));
try {
  execFileSync(process.execPath, [path.join(root, 'scripts/bundle.mjs'), fresh], { stdio: 'inherit' });
  const list = async (dir) =>
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile())
      .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
      .sort();
  const [built, committed] = await Promise.all([list(fresh), list(path.join(root, 'dist'))]);
  const problems = [];
  for (const f of new Set([...built, ...committed])) {
    if (!built.includes(f)) problems.push(`dist/${f} is committed but the build does not produce it`);
    else if (!committed.includes(f)) problems.push(`dist/${f} is built but not committed`);
    else {
      const [a, b] = await Promise.all([readFile(path.join(fresh, f)), readFile(path.join(root, 'dist', f))]);
      if (!a.equals(b)) problems.push(`dist/${f} differs from a fresh build`);
    }
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error('dist/ is stale: run `npm run bundle` and commit dist/.');
    process.exit(1);
  }
  console.log(`dist/ matches a fresh build (${built.length} files).`);
} finally {
  await rm(fresh, { recursive: true, force: true });
}
