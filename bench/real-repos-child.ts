/**
 * One cold assessment of one real-repository range, in a process that ran nothing before: the
 * entry of its own small bundle, which bench/real-repos.ts builds once and starts once per range.
 * Reads `POSTFLIGHT_REAL_REPOS_CHILD` ({ repo, base, head }) and prints one JSON line: the
 * verdict, every factor, the time of the assessment in this process and the peak memory of this
 * process and of its Postgres parser process.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { assess } from '../src/assess/assess.js';
import { localChangeSet } from '../src/git/local.js';
import { postgresParserPid, stopPostgresParser } from '../src/assess/migrations/sql-postgres.js';
import { REAL_REPOS_CHILD_ENV, type ChildResult } from './real-repos.js';

/** The settings a new user starts with: no extra globs, no critical paths. */
const OPTIONS = { criticalPaths: [], migrationGlobs: [], contractGlobs: [] };

async function runChild(spec: string): Promise<void> {
  const { repo, base, head } = JSON.parse(spec) as { repo: string; base: string; head: string };
  const start = performance.now();
  const changes = await localChangeSet({ repo, base, head });
  let result: Awaited<ReturnType<typeof assess>>;
  try {
    result = await assess(changes, { ref: base, sha: changes.base, how: 'bench', skipped: [] }, OPTIONS);
  } finally {
    changes.close();
  }
  const assessMs = performance.now() - start;
  const usage = process.resourceUsage();
  const maxRssMb = usage.maxRSS / 1024;
  // CPU from process start, module loading included: unlike wall time, it does not grow with the
  // machine's load. The parser process's share is read from proc(5) (utime, stime in 10 ms ticks).
  let cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  const pid = postgresParserPid();
  let parserMaxRssMb = 0;
  if (pid !== undefined) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    parserMaxRssMb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    cpuMs += (Number(fields[11]) + Number(fields[12])) * 10;
  }
  stopPostgresParser();
  const out: ChildResult = {
    verdict: result.verdict,
    files: changes.files.length,
    factors: result.factors.map((f) => ({
      kind: f.kind,
      severity: f.severity,
      path: f.path,
      line: f.line,
      category: f.category,
      framework: f.framework,
      dialect: f.dialect,
      detail: f.detail
    })),
    assessMs,
    cpuMs,
    maxRssMb,
    parserMaxRssMb
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

const spec = process.env[REAL_REPOS_CHILD_ENV];
if (spec) {
  runChild(spec).catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
