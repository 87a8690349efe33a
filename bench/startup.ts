/**
 * Start-up: from spawning `node dist/index.js` (as the runner does, inputs in INPUT_* variables)
 * to the first request reaching a local health endpoint, i.e. the first poll. Also the size of
 * dist/ and of what the healthy path loads.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RUNS = 15;

export async function benchStartup(): Promise<string> {
  const firstHit: { at: number | null } = { at: null };
  const server = createServer((_req, res) => {
    firstHit.at ??= performance.now();
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"UP"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
  const work = await mkdtemp(path.join(tmpdir(), 'postflight-startup-'));
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      firstHit.at = null;
      const out = path.join(work, `out-${i}`);
      await writeFile(out, '');
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['dist/index.js'], {
          env: {
            PATH: process.env.PATH ?? '',
            'INPUT_HEALTH-URL': url,
            INPUT_ENVIRONMENT: 'bench',
            INPUT_WINDOW: '1s',
            INPUT_INTERVAL: '1s',
            // A deploy two intervals ago: the first poll is due at once, so what is timed is start-up.
            'INPUT_DEPLOY-TIME': new Date(Date.now() - 2000).toISOString(),
            'INPUT_DRY-RUN': 'true',
            INPUT_MODE: 'verify',
            GITHUB_OUTPUT: out,
            GITHUB_STEP_SUMMARY: path.join(work, `summary-${i}.md`),
            RUNNER_TEMP: work,
            GITHUB_EVENT_NAME: 'workflow_dispatch',
            GITHUB_REPOSITORY: 'acme/shop',
            GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567'
          },
          stdio: ['ignore', 'ignore', 'pipe']
        });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += d));
        child.on('error', reject);
        child.on('exit', () =>
          firstHit.at === null ? reject(new Error(`no poll reached the server: ${stderr}`)) : resolve()
        );
      });
      times.push(firstHit.at! - started);
    }
  } finally {
    server.close();
    await rm(work, { recursive: true, force: true });
  }
  // The floor on this machine, measured in the same run: a Node process that does nothing.
  const bare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
      child.on('error', reject);
      child.on('exit', () => resolve());
    });
    bare.push(performance.now() - started);
  }
  bare.sort((a, b) => a - b);
  const distFiles = await listFiles('dist');
  const total = (await Promise.all(distFiles.map((f) => stat(f)))).reduce((a, s) => a + s.size, 0);
  const entry = await staticClosureBytes('dist/index.js');
  const sorted = [...times].sort((a, b) => a - b);
  return [
    '| measure | value | target |',
    '|---|---|---|',
    `| \`node dist/index.js\` to first poll, median of ${RUNS} | ${median(sorted).toFixed(0)} ms (min ${sorted[0]!.toFixed(0)}, max ${sorted.at(-1)!.toFixed(0)}) | ≤ 200 ms |`,
    `| \`node -e 0\` to exit, median of ${RUNS} (the floor, same run) | ${median(bare).toFixed(0)} ms | |`,
    `| loaded before the first poll (dist/index.js and its static imports) | ${(entry.bytes / 1024).toFixed(0)} KiB in ${entry.files} files | |`,
    `| dist/ in all (${distFiles.length} files, lazy chunks included) | ${(total / 1024).toFixed(0)} KiB | |`
  ].join('\n');
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

/** dist/index.js plus every chunk it imports statically: what the healthy path loads. */
async function staticClosureBytes(entry: string): Promise<{ bytes: number; files: number }> {
  const { readFile } = await import('node:fs/promises');
  const seen = new Set<string>();
  const queue = [path.resolve(entry)];
  let bytes = 0;
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = await readFile(file, 'utf8');
    bytes += Buffer.byteLength(text);
    // Static imports only: `import ... from "./x.js"` and bare `import "./x.js"`, not import().
    for (const m of text.matchAll(
      /(?:^|[;\n])\s*(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g
    )) {
      queue.push(path.resolve(path.dirname(file), m[1]!));
    }
  }
  return { bytes, files: seen.size };
}
