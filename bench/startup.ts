/**
 * Start-up: from spawning `node dist/index.js` (as the runner does, inputs in INPUT_* variables)
 * to the first request reaching a local health endpoint, i.e. the first poll. Also the size of
 * dist/ and of what the healthy path loads.
 *
 * With POSTFLIGHT_STARTUP_AGAINST=<git ref>, also side by side with that ref's committed dist/:
 * runs alternate (this, base, base, this, ...) so drift on a shared machine weighs on both, and
 * the difference reported is the median of the paired differences, the target's measure
 * (a change may cost at most 10 ms of start-up).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RUNS = 15;
const PAIRS = 41;
export const AGAINST_ENV = 'POSTFLIGHT_STARTUP_AGAINST';
const BUDGET_MS = 10;

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
  const against = process.env[AGAINST_ENV];
  let comparison: string[] = [];
  try {
    const firstPoll = (entry: string, i: number) => timeToFirstPoll(entry, url, work, i, firstHit);
    for (let i = 0; i < RUNS; i++) times.push(await firstPoll('dist/index.js', i));
    if (against) comparison = await sideBySide(against, work, firstPoll);
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
    `| dist/ in all (${distFiles.length} files, lazy chunks included) | ${(total / 1024).toFixed(0)} KiB | |`,
    ...comparison
  ].join('\n');
}

/** One run: spawn `node <entry>` with the action's inputs; ms until its first poll arrives. */
async function timeToFirstPoll(
  entry: string,
  url: string,
  work: string,
  i: number,
  firstHit: { at: number | null }
): Promise<number> {
  firstHit.at = null;
  const out = path.join(work, `out-${i}`);
  await writeFile(out, '');
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [entry], {
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
  return firstHit.at! - started;
}

/** `ref`'s committed dist/ against this one, alternating; medians and the paired difference. */
async function sideBySide(
  ref: string,
  work: string,
  firstPoll: (entry: string, i: number) => Promise<number>
): Promise<string[]> {
  const baseDir = path.join(work, 'base');
  await mkdir(baseDir);
  const archive = execFileSync('git', ['archive', ref, 'dist'], { maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', baseDir], { input: archive });
  const baseEntry = path.join(baseDir, 'dist', 'index.js');
  const now: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // ABBA: neither side always runs first, after the other has warmed the file cache.
    if (i % 2 === 0) {
      now.push(await firstPoll('dist/index.js', i));
      base.push(await firstPoll(baseEntry, i));
    } else {
      base.push(await firstPoll(baseEntry, i));
      now.push(await firstPoll('dist/index.js', i));
    }
  }
  const diffs = now.map((t, i) => t - base[i]!).sort((a, b) => a - b);
  const sortedNow = [...now].sort((a, b) => a - b);
  const sortedBase = [...base].sort((a, b) => a - b);
  const diff = median(diffs);
  const baseClosure = await staticClosureBytes(baseEntry);
  return [
    '',
    `Side by side with ${ref}'s committed dist/, ${PAIRS} alternating pairs in this run:`,
    '',
    '| measure | base | now | target |',
    '|---|---|---|---|',
    `| to first poll, median (min) | ${median(sortedBase).toFixed(0)} ms (${sortedBase[0]!.toFixed(0)}) | ${median(sortedNow).toFixed(0)} ms (${sortedNow[0]!.toFixed(0)}) | |`,
    `| paired difference now − base, median (quartiles) | | ${signed(diff)} ms (${signed(diffs[diffs.length >> 2]!)}, ${signed(diffs[(3 * diffs.length) >> 2]!)}) | ≤ +${BUDGET_MS} ms ${diff <= BUDGET_MS ? 'ok' : 'MISSED'} |`,
    `| loaded before the first poll | ${(baseClosure.bytes / 1024).toFixed(0)} KiB in ${baseClosure.files} files | | |`
  ];
}

function signed(ms: number): string {
  return `${ms >= 0 ? '+' : '−'}${Math.abs(ms).toFixed(1)}`;
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
