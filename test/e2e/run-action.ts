/**
 * Runs dist/index.js the way the runner does: inputs in INPUT_* variables, the event in a JSON
 * file, outputs and summary in files. Returns what a workflow would see.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ActionRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

export async function runAction(options: {
  inputs: Record<string, string>;
  event: { name: string; payload: unknown };
  apiUrl: string;
  repository: string;
  runId?: number;
  runAttempt?: number;
  sha: string;
  workspace?: string;
  /** The script to run instead of dist/index.js (e.g. a bundle of the sources made by the test). */
  entry?: string;
  /** Sees the process once started, e.g. to send it signals as a cancelled job's runner does. */
  onStart?: (child: ChildProcess, dir: string) => void;
}): Promise<ActionRun> {
  const dir = await mkdtemp(path.join(tmpdir(), 'postflight-e2e-'));
  const eventPath = path.join(dir, 'event.json');
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  await writeFile(eventPath, JSON.stringify(options.event.payload));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_RUN_ID: String(options.runId ?? 4242),
    GITHUB_RUN_ATTEMPT: String(options.runAttempt ?? 1),
    GITHUB_SHA: options.sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_WORKSPACE: options.workspace ?? dir,
    RUNNER_TEMP: dir
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [path.resolve(options.entry ?? 'dist/index.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  options.onStart?.(child, dir);
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stdout += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return {
    code,
    stdout,
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8')
  };
}

/** GITHUB_OUTPUT's heredoc format: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const end = lines.indexOf(m[2]!, i + 1);
    outputs[m[1]!] = lines.slice(i + 1, end).join('\n');
    i = end;
  }
  return outputs;
}
