/**
 * The assessment on real release ranges of public repositories (`npm run bench -- real-repos`):
 * the list and the verdicts an engineer expects from reading each diff are in
 * bench/real-repos/ranges.yaml. Each range runs in a fresh process (cold: module loading, parser
 * start and git processes included), against a bare mirror under POSTFLIGHT_REAL_REPOS_MIRROR
 * (default /work/.mirror, laid out as <owner>+<name>/repo by the search tool's fetch). A range
 * whose repository is not there is skipped with a message, so the benchmark passes where no
 * mirror exists (CI).
 *
 * Definitions printed with the table:
 * - false safe: the expected verdict is `unsafe` or `caution` and the assessment said `safe`.
 * - false blockers: blockers reported beyond the true ones counted by hand, file by file. A range
 *   lists its true blockers per file in `blockersIn` ({ path: count }; the key `security-fix`
 *   stands for findings of kind critical-change, which name whichever file the fix touched); in
 *   each file, max(0, reported - true) are false, and every blocker in a file not listed is false.
 *   A range without `blockersIn` (only possible with no true blocker) counts every blocker false.
 * - missed blockers: in each listed file, max(0, true - reported): real hazards not reported as
 *   blockers (reported lower, or not at all).
 * - hazard range: a range whose expected verdict is not `safe`.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';

/** The range a child process assesses (JSON: { repo, base, head }); bench/real-repos-child.ts. */
export const REAL_REPOS_CHILD_ENV = 'POSTFLIGHT_REAL_REPOS_CHILD';

export interface ChildFactor {
  kind: string;
  severity: string;
  path: string | null;
  line: number | null;
  category?: string;
  framework?: string;
  dialect?: string;
  detail: string;
}

export interface ChildResult {
  verdict: string;
  factors: ChildFactor[];
  files: number;
  assessMs: number;
  /** CPU of the process and its Postgres parser process, from start to answer (git excluded). */
  cpuMs: number;
  maxRssMb: number;
  parserMaxRssMb: number;
}

export const MIRROR_ENV = 'POSTFLIGHT_REAL_REPOS_MIRROR';
/** Where each range's full list of findings is written (JSON per range), for reading afterwards. */
export const RESULTS_ENV = 'POSTFLIGHT_REAL_REPOS_OUT';
/** Comma-separated range ids: runs only those (for iterating on one pattern). */
export const ONLY_ENV = 'POSTFLIGHT_REAL_REPOS_ONLY';
const DEFAULT_MIRROR = '/work/.mirror';
const WALL_TARGET_MS = 2000;

type Verdict = 'safe' | 'caution' | 'unsafe';
const VERDICTS: Verdict[] = ['safe', 'caution', 'unsafe'];

export interface RealRange {
  id: string;
  repo: string;
  base: string;
  head: string;
  /** What the range was chosen to show: code-only, destructive, edited-migrations, contract, ... */
  kind: string;
  expected: Verdict;
  trueBlockers: number;
  /** True blockers per file (path at head, or base for deleted files), or `security-fix`. */
  blockersIn?: Record<string, number>;
  why: string;
}

/** The key of `blockersIn` that stands for an undone security fix, whatever file it touched. */
export const SECURITY_KEY = 'security-fix';

/** Reads and checks ranges.yaml: a wrong entry is named with what was expected. */
export function loadRanges(file: string): RealRange[] {
  let doc: { ranges?: unknown };
  try {
    doc = parse(readFileSync(file, 'utf8')) as { ranges?: unknown };
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error
    });
  }
  if (!doc || !Array.isArray(doc.ranges)) throw new Error(`${file}: expected a top-level "ranges" list`);
  const seen = new Set<string>();
  return doc.ranges.map((entry: unknown, i: number) => {
    const r = entry as Partial<RealRange>;
    const where = `${file}: ranges[${i}]${typeof r?.id === 'string' ? ` (${r.id})` : ''}`;
    for (const key of ['id', 'repo', 'base', 'head', 'kind', 'why'] as const)
      if (typeof r[key] !== 'string' || r[key] === '')
        throw new Error(`${where}: "${key}" must be a non-empty string`);
    if (!/^[\w.-]+\/[\w.-]+$/.test(r.repo!))
      throw new Error(`${where}: "repo" must be owner/name, got "${r.repo}"`);
    if (!VERDICTS.includes(r.expected as Verdict))
      throw new Error(
        `${where}: "expected" must be one of ${VERDICTS.join(', ')}, got ${JSON.stringify(r.expected)}`
      );
    if (!Number.isInteger(r.trueBlockers) || r.trueBlockers! < 0)
      throw new Error(
        `${where}: "trueBlockers" must be a whole number >= 0, got ${JSON.stringify(r.trueBlockers)}`
      );
    if ((r.expected === 'unsafe') !== r.trueBlockers! > 0)
      throw new Error(`${where}: "expected: unsafe" goes with trueBlockers > 0 and only with it`);
    if (r.blockersIn !== undefined) {
      const counts = Object.values(r.blockersIn as Record<string, unknown>);
      if (typeof r.blockersIn !== 'object' || counts.some((n) => !Number.isInteger(n) || (n as number) < 1))
        throw new Error(
          `${where}: "blockersIn" must map file paths (or ${SECURITY_KEY}) to whole numbers >= 1`
        );
      const sum = (counts as number[]).reduce((a, b) => a + b, 0);
      if (sum !== r.trueBlockers)
        throw new Error(
          `${where}: "blockersIn" counts ${sum} blockers, "trueBlockers" says ${r.trueBlockers}`
        );
    } else if (r.trueBlockers! > 0) {
      throw new Error(`${where}: a range with true blockers lists them per file in "blockersIn"`);
    }
    if (seen.has(r.id!)) throw new Error(`${where}: duplicate id`);
    seen.add(r.id!);
    return r as RealRange;
  });
}

export function mirrorPath(mirror: string, repo: string): string {
  return path.join(mirror, repo.replace('/', '+'), 'repo');
}

interface Row {
  range: RealRange;
  skipped?: string;
  result?: ChildResult;
  wallMs?: number;
  error?: string;
}

function blockers(result: ChildResult): number {
  return result.factors.filter((f) => f.severity === 'blocker').length;
}

/** Reported blockers per key of `blockersIn`: the file's path, or SECURITY_KEY. */
function reportedBlockers(result: ChildResult): Map<string, number> {
  const byKey = new Map<string, number>();
  for (const f of result.factors) {
    if (f.severity !== 'blocker') continue;
    const key =
      f.kind === 'critical-change' && /security/i.test(f.detail) ? SECURITY_KEY : (f.path ?? '(no file)');
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  return byKey;
}

export function falseBlockers(range: RealRange, result: ChildResult): number {
  let count = 0;
  for (const [key, reported] of reportedBlockers(result))
    count += Math.max(0, reported - (range.blockersIn?.[key] ?? 0));
  return count;
}

export function missedBlockers(range: RealRange, result: ChildResult): number {
  const reported = reportedBlockers(result);
  let count = 0;
  for (const [key, expected] of Object.entries(range.blockersIn ?? {}))
    count += Math.max(0, expected - (reported.get(key) ?? 0));
  return count;
}

function buildChild(root: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'real-repos-child.mjs');
  return import('esbuild').then(async ({ build }) => {
    await build({
      absWorkingDir: root,
      entryPoints: ['bench/real-repos-child.ts'],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node24',
      outfile,
      packages: 'external',
      logLevel: 'warning'
    });
    // Started by the bundle from beside it (pg-parser-process.ts), as in bench/run.mjs.
    copyFileSync(
      path.join(root, 'src/assess/migrations/pg-parse-child.mjs'),
      path.join(outDir, 'pg-parse-child.mjs')
    );
    return outfile;
  });
}

function runRange(child: string, repoDir: string, range: RealRange): Row {
  const start = performance.now();
  const run = spawnSync(process.execPath, [child], {
    env: {
      ...process.env,
      [REAL_REPOS_CHILD_ENV]: JSON.stringify({ repo: repoDir, base: range.base, head: range.head })
    },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  });
  const wallMs = performance.now() - start;
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{'))
    return {
      range,
      wallMs,
      error: `exit ${run.status ?? run.signal}: ${run.stderr.trim().split('\n').slice(0, 3).join(' / ')}`
    };
  return { range, wallMs, result: JSON.parse(last) as ChildResult };
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export async function benchRealRepos(): Promise<string> {
  const root = process.cwd();
  const file = path.join(root, 'bench', 'real-repos', 'ranges.yaml');
  if (!existsSync(file)) throw new Error(`run the benchmark from the project root (no ${file})`);
  const only = process.env[ONLY_ENV]?.split(',').filter(Boolean);
  const ranges = loadRanges(file).filter((r) => !only || only.includes(r.id));
  const mirror = process.env[MIRROR_ENV] || DEFAULT_MIRROR;
  const resultsDir = process.env[RESULTS_ENV];
  if (resultsDir) mkdirSync(resultsDir, { recursive: true });
  mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
  const outDir = mkdtempSync(path.join(root, 'node_modules', '.cache', 'postflight-real-repos-'));
  const rows: Row[] = [];
  const loadBefore = loadavg()[0]!;
  try {
    const present = ranges.filter((r) => existsSync(mirrorPath(mirror, r.repo)));
    const child = present.length ? await buildChild(root, outDir) : null;
    for (const range of ranges) {
      const repoDir = mirrorPath(mirror, range.repo);
      if (!child || !existsSync(repoDir)) {
        rows.push({ range, skipped: `no mirror of ${range.repo} at ${repoDir}` });
        continue;
      }
      const row = runRange(child, repoDir, range);
      rows.push(row);
      if (resultsDir && row.result)
        writeFileSync(
          path.join(resultsDir, `${range.id}.json`),
          JSON.stringify({ range, wallMs: row.wallMs, ...row.result }, null, 2)
        );
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
  return report(rows, mirror, [loadBefore, loadavg()[0]!]);
}

function report(rows: Row[], mirror: string, load: [number, number]): string {
  const ran = rows.filter((r) => r.result);
  const skipped = rows.filter((r) => r.skipped);
  const lines: string[] = [];
  if (!ran.length && !rows.some((r) => r.error)) {
    const repos = [...new Set(rows.map((r) => r.range.repo))];
    return `Skipped all ${rows.length} ranges: no mirror of ${repos.join(', ')} under ${mirror} (set ${MIRROR_ENV} to a directory of <owner>+<name>/repo bare clones, as the search tool's fetch lays them out).`;
  }
  lines.push(
    '| range | kind | expected | got | false safe | blockers (true) | false blockers | missed blockers | findings (b/w/i) | wall cold | in-process | CPU | peak RSS (+ parser) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|'
  );
  for (const row of rows) {
    const r = row.range;
    if (row.skipped) {
      lines.push(`| ${r.id} | ${r.kind} | ${r.expected} | skipped | | | | | | | | | ${cell(row.skipped)} |`);
      continue;
    }
    if (row.error) {
      lines.push(
        `| ${r.id} | ${r.kind} | ${r.expected} | ERROR | | | | | | ${row.wallMs!.toFixed(0)} ms | | | ${cell(row.error.slice(0, 200))} |`
      );
      continue;
    }
    const res = row.result!;
    const count = (s: string): number => res.factors.filter((f) => f.severity === s).length;
    const falseSafe = r.expected !== 'safe' && res.verdict === 'safe';
    const mark = res.verdict === r.expected ? res.verdict : `**${res.verdict}**`;
    lines.push(
      `| ${r.id} | ${r.kind} | ${r.expected} | ${mark} | ${falseSafe ? 'YES' : ''} | ${blockers(res)} (${r.trueBlockers}) | ${falseBlockers(r, res)} | ${missedBlockers(r, res)} | ${count('blocker')}/${count('warning')}/${count('info')} | ${row.wallMs!.toFixed(0)} ms | ${res.assessMs.toFixed(0)} ms | ${res.cpuMs.toFixed(0)} ms | ${res.maxRssMb.toFixed(0)} MB (+${res.parserMaxRssMb.toFixed(0)}) |`
    );
  }
  const agree = ran.filter((r) => r.result!.verdict === r.range.expected).length;
  const falseSafe = ran.filter((r) => r.range.expected !== 'safe' && r.result!.verdict === 'safe');
  const hazard = ran.filter((r) => r.range.expected !== 'safe');
  const hazardFalseBlockers = hazard.reduce((sum, r) => sum + falseBlockers(r.range, r.result!), 0);
  const allFalseBlockers = ran.reduce((sum, r) => sum + falseBlockers(r.range, r.result!), 0);
  const codeOnly = ran.filter((r) => r.range.kind === 'code-only');
  const codeOnlyNotSafe = codeOnly.filter((r) => r.result!.verdict !== 'safe');
  const slow = ran.filter((r) => r.wallMs! > WALL_TARGET_MS);
  const errors = rows.filter((r) => r.error);
  const perHazard = hazard.length ? hazardFalseBlockers / hazard.length : 0;
  const ok = (met: boolean): string => (met ? 'met' : 'MISSED');
  lines.push(
    '',
    `Ran ${ran.length} of ${rows.length} ranges (${skipped.length} skipped for want of a mirror under ${mirror}${errors.length ? `, ${errors.length} failed` : ''}); verdict as expected in ${agree} of ${ran.length}. Load average (1 min) ${load[0].toFixed(1)} at the start, ${load[1].toFixed(1)} at the end, on ${availableParallelism()} cores: wall times grow with it, CPU times do not.`,
    '',
    '| target | measured | |',
    '|---|---|---|',
    `| 0 false safe | ${falseSafe.length}${falseSafe.length ? ` (${falseSafe.map((r) => r.range.id).join(', ')})` : ''} | ${ok(falseSafe.length === 0)} |`,
    `| false blockers <= 1 per hazard range on average | ${hazardFalseBlockers} on ${hazard.length} hazard ranges = ${perHazard.toFixed(2)} per range (all ranges: ${allFalseBlockers}) | ${ok(perHazard <= 1)} |`,
    `| code-only ranges safe | ${codeOnly.length - codeOnlyNotSafe.length} of ${codeOnly.length}${codeOnlyNotSafe.length ? ` (not: ${codeOnlyNotSafe.map((r) => `${r.range.id} ${r.result!.verdict}`).join(', ')})` : ''} | ${ok(codeOnlyNotSafe.length === 0)} |`,
    `| each range <= 2 s wall cold | max ${Math.max(0, ...ran.map((r) => r.wallMs!)).toFixed(0)} ms${slow.length ? `; over: ${slow.map((r) => `${r.range.id} ${r.wallMs!.toFixed(0)} ms`).join(', ')}` : ''} | ${ok(slow.length === 0)} |`,
    ...(errors.length
      ? [
          `| no range fails to run | ${errors.length} failed: ${errors.map((r) => r.range.id).join(', ')} | MISSED |`
        ]
      : []),
    '',
    "False safe: expected unsafe or caution, got safe. False blockers: blockers reported beyond the true ones counted by hand, file by file (in each file max(0, reported - true); every blocker in a file with no true blocker); missed blockers: in each file with true blockers, max(0, true - reported); hazard range: expected verdict not safe. Wall cold: a fresh Node process per range, from its start to its answer (module loading, the Postgres parser process and every git process included); in-process: from the change set to the verdict inside it; CPU: of that process and its Postgres parser process from their start (git processes not counted). Peak RSS: the process's maxRSS, and its Postgres parser process's."
  );
  return lines.join('\n');
}
