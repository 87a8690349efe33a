/**
 * The fault matrix: every source type against every wire fault and its own value faults, each
 * run being `postflight verify` (the CLI, bundled from the sources) against the loopback fault
 * server, with the secrets canary in every credential position.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startLoopback, type Exchange } from './servers.js';
import { SOURCE_KINDS, type Fault, type SourceKind } from './source-kinds.js';
import { WIRE_FAULTS } from './faults.js';
import { CANARY_ENV, carriesConfiguredHeader, findLeak, leakForms } from './canary.js';

const WINDOW_MS = 5000;
const INTERVAL_MS = 1000;
/**
 * The verdict is due one poll interval after the window at the latest (the window is a deadline);
 * measured from the deploy moment the run took (in the report) to the report being written, plus
 * this much for writing it on a busy machine. Process start-up is not the verifier's lateness.
 */
const WRITE_SLACK_MS = 1000;
/**
 * The loop aborts in-flight requests at the deadline (issue 14 item 11), so the verdict is due
 * within the window plus one interval; false would allow the last poll (`longestPollMs`) on top.
 */
const DEADLINE_ABORTS_IN_FLIGHT = true;
const HARD_KILL_MS = 60_000;
const PARALLEL = 4;

export interface RunResult {
  source: string;
  fault: string;
  /** `healthy` for the control run, which must pass. */
  expectation: 'healthy' | 'must-not-pass' | 'may-pass';
  verdict: string;
  exitCode: number | null;
  elapsedMs: number;
  /** From the deploy moment to the written report, ms (undefined: no report). */
  verdictMs: number | undefined;
  pastDeadline: boolean;
  leaks: string[];
  crossOriginCarried: number;
  crossOriginRequests: number;
  reason: string;
}

const HEALTHY: Fault = { name: 'healthy (control)', serve: () => {} };

export async function runMatrix(
  cli: string,
  workDir: string,
  log: (line: string) => void
): Promise<RunResult[]> {
  const faultServer = await startLoopback();
  const otherOrigin = await startLoopback();
  const forms = leakForms();
  // CHAOS_SOURCES=datadog,sentry runs those source types only (while working on one); CI runs all.
  const wanted = process.env.CHAOS_SOURCES?.split(',').map((s) => s.trim());
  const kinds = SOURCE_KINDS.filter((kind) => !wanted || wanted.includes(kind.type));
  const plans: { kind: SourceKind; fault: Fault }[] = kinds.flatMap((kind) =>
    [HEALTHY, ...WIRE_FAULTS, ...kind.valueFaults].map((fault) => ({ kind, fault }))
  );
  try {
    const results: RunResult[] = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < plans.length; i = next++) {
        const { kind, fault } = plans[i]!;
        const result = await runOne(i, kind, fault);
        results.push(result);
        log(
          `  ${result.source} / ${result.fault}: ${result.verdict} (verdict ${seconds(result.verdictMs)} after the deploy; process ${seconds(result.elapsedMs)})`
        );
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    return results.sort((a, b) => (a.source + a.fault).localeCompare(b.source + b.fault));
  } finally {
    await faultServer.close();
    await otherOrigin.close();
  }

  async function runOne(index: number, kind: SourceKind, fault: Fault): Promise<RunResult> {
    const name = `run${index}`;
    const seenElsewhere: Exchange['req']['headers'][] = [];
    const elsewhere = otherOrigin.route(name, (x) => {
      seenElsewhere.push(x.req.headers);
      const a = kind.healthy(x);
      x.res.writeHead(a.status, a.headers ?? {}).end(a.body);
    });
    const url = faultServer.route(name, (x) => {
      if (fault === HEALTHY || x.n <= kind.warmUp) {
        const a = kind.healthy(x);
        x.res.writeHead(a.status, a.headers ?? {}).end(a.body);
      } else fault.serve(x, kind, elsewhere);
    });
    const dir = path.join(workDir, name);
    await mkdir(dir, { recursive: true });
    const config = path.join(dir, 'postflight.yml');
    await writeFile(
      config,
      `environment: chaos\nwindow: ${WINDOW_MS}ms\ninterval: ${INTERVAL_MS}ms\nbaseline: 0\nsources:\n${kind.yaml(url.replace(/\/$/, ''))}`
    );
    const report = path.join(dir, 'report.json');
    const summary = path.join(dir, 'summary.md');
    const started = performance.now();
    const { stdout, stderr, code } = await runCli(cli, kind.env ?? {}, [
      'verify',
      '--config',
      config,
      '--report',
      report,
      '--summary',
      summary
    ]);
    const elapsedMs = performance.now() - started;
    const files = await Promise.all([report, summary].map((p) => readFile(p, 'utf8').catch(() => '')));
    const outputs = { stdout, stderr, 'report.json': files[0]!, 'summary.md': files[1]! };
    const leaks = Object.entries(outputs).flatMap(([where, text]) => {
      const form = findLeak(text, forms);
      return form
        ? [`${where} (${form === 'cnry' ? 'the canary marker' : `a form ${form.length} chars long`})`]
        : [];
    });
    const verdict = /^(pass|fail|inconclusive):/.exec(stdout)?.[1] ?? `no verdict (exit ${code})`;
    const verdictMs = await verdictDelay(report);
    const passAllowed = fault.passAllowed?.(kind) ?? false;
    return {
      source: kind.type,
      fault: fault.name,
      expectation: fault === HEALTHY ? 'healthy' : passAllowed ? 'may-pass' : 'must-not-pass',
      verdict,
      exitCode: code,
      elapsedMs,
      verdictMs,
      pastDeadline:
        verdictMs === undefined ||
        verdictMs >
          WINDOW_MS + INTERVAL_MS + (DEADLINE_ABORTS_IN_FLIGHT ? 0 : kind.longestPollMs) + WRITE_SLACK_MS,
      leaks,
      crossOriginRequests: seenElsewhere.length,
      crossOriginCarried: seenElsewhere.filter((h) => carriesConfiguredHeader(h, forms)).length,
      reason: stdout.split('\n')[0]!.slice(0, 300)
    };
  }
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? 'no report' : `${(ms / 1000).toFixed(1)} s`;
}

async function verdictDelay(reportPath: string): Promise<number | undefined> {
  try {
    const [text, info] = await Promise.all([readFile(reportPath, 'utf8'), stat(reportPath)]);
    const deployTime = Date.parse((JSON.parse(text) as { deployTime: string }).deployTime);
    return info.mtimeMs - deployTime;
  } catch {
    return undefined;
  }
}

function runCli(
  cli: string,
  env: Record<string, string>,
  args: string[]
): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...CANARY_ENV, ...env },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const killer = setTimeout(() => child.kill('SIGKILL'), HARD_KILL_MS);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ stdout, stderr, code });
    });
  });
}
