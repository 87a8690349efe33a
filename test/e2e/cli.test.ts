/**
 * The bundled CLI (dist/cli.js) as a user runs it. The assessment case touches every lazily
 * loaded parser, so a chunk that fails to load in the bundle (WASM paths, CommonJS interop)
 * shows up here as a "did not load" (or, for the Postgres parser's process, "did not run")
 * warning instead of a real finding.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const CLI = path.resolve('dist/cli.js');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postflight-cli-e2e-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function cli(args: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

async function write(root: string, files: Record<string, string>) {
  for (const [p, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, p)), { recursive: true });
    await writeFile(path.join(root, p), content);
  }
}

describe('postflight assess (bundled)', () => {
  it('runs every parser from its lazy chunk and reports real findings', async () => {
    const repo = path.join(dir, 'repo');
    await mkdir(repo);
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'A',
          GIT_AUTHOR_EMAIL: 'a@e.com',
          GIT_COMMITTER_NAME: 'A',
          GIT_COMMITTER_EMAIL: 'a@e.com'
        }
      }).trim();
    git('init', '-q', '-b', 'main');
    await write(repo, {
      'api/openapi.yaml':
        'openapi: 3.0.3\ninfo: { title: shop, version: "1" }\npaths:\n  /orders:\n    get:\n      responses:\n        "200": { description: ok }\n',
      'schema.graphql': 'type Query {\n  orders: [Order]\n}\ntype Order {\n  id: ID!\n}\n',
      'proto/orders.proto': 'syntax = "proto3";\npackage shop;\nmessage Order {\n  string id = 1;\n}\n'
    });
    git('add', '-A');
    git('commit', '-q', '-m', 'v1');
    git('tag', 'v1');
    await write(repo, {
      'api/openapi.yaml':
        'openapi: 3.0.3\ninfo: { title: shop, version: "1" }\npaths:\n  /orders:\n    get:\n      responses:\n        "200": { description: ok }\n  /refunds:\n    post:\n      responses:\n        "201": { description: created }\n',
      'schema.graphql': 'type Query {\n  orders: [Order]\n}\ntype Order {\n  id: ID!\n  total: Int\n}\n',
      'proto/orders.proto':
        'syntax = "proto3";\npackage shop;\nmessage Order {\n  string id = 1;\n  int64 total = 2;\n}\n',
      'db/migrations/0002_drop.sql': 'ALTER TABLE orders DROP COLUMN legacy_total;\n',
      'mysql/migrations/0003_rename.sql': 'ALTER TABLE `orders` RENAME COLUMN `note` TO `comment`;\n'
    });
    git('add', '-A');
    git('commit', '-q', '-m', 'v2');
    const { code, stdout, stderr } = await cli([
      'assess',
      '--repo',
      repo,
      '--base',
      'v1',
      '--head',
      'HEAD',
      '--json'
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      verdict: string;
      factors: { kind: string; severity: string; path: string; detail: string }[];
    };
    expect(report.verdict).toBe('unsafe');
    expect(
      report.factors.filter((f) => /did not load|did not run|not a function|Cannot find/i.test(f.detail))
    ).toEqual([]);
    const pathsAt = (severity: string) =>
      report.factors.filter((f) => f.severity === severity).map((f) => f.path);
    expect(pathsAt('blocker')).toEqual(
      expect.arrayContaining(['db/migrations/0002_drop.sql', 'mysql/migrations/0003_rename.sql'])
    );
    // Each contract parser ran from its chunk and saw what N added: it disappears on rollback, and
    // clients have had minutes to adopt it, so a warning (issue 10, cause 8).
    expect(pathsAt('warning')).toEqual(
      expect.arrayContaining(['api/openapi.yaml', 'schema.graphql', 'proto/orders.proto'])
    );
  }, 120_000);
});

describe('postflight replay (bundled)', () => {
  it('fails a recorded incident early and prints the JSON the README documents', async () => {
    const rows = ['t,signal,group,errors,total'];
    for (let t = -600; t <= 0; t += 30) rows.push(`${t},api,canary,12,1200`);
    for (let t = 30; t <= 600; t += 30) rows.push(`${t},api,canary,60,1200`);
    await write(dir, {
      'trace.csv': rows.join('\n') + '\n',
      'replay.yml': 'window: 10m\ninterval: 30s\nalpha: 0.05\n'
    });
    const { code, stdout } = await cli([
      'replay',
      '--config',
      'replay.yml',
      '--trace',
      'trace.csv',
      '--json'
    ]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result).sort()).toEqual(['decidedAt', 'signals', 'verdict']);
    expect(result.verdict).toBe('fail');
    expect(result.decidedAt).toBeGreaterThan(0);
    expect(result.decidedAt).toBeLessThan(600);
    expect(result.signals[0]).toMatchObject({ id: 'api', verdict: 'fail' });
  }, 60_000);

  it('names the line and column of a bad trace', async () => {
    await write(dir, {
      'bad.csv': 't,signal,errors,total\n30,api,three,100\n',
      'replay.yml': 'window: 10m\n'
    });
    const { code, stderr } = await cli(['replay', '--config', 'replay.yml', '--trace', 'bad.csv']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/line 2/);
    expect(stderr).toMatch(/errors/);
  }, 60_000);
});

describe('postflight demo (bundled)', () => {
  it('catches the bad release and writes the report and the summary', async () => {
    const { code, stdout } = await cli(['demo', '--out', path.join(dir, 'demo')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/verdict: FAIL/);
    const report = JSON.parse(
      execFileSync('cat', [path.join(dir, 'demo', 'report.json')], { encoding: 'utf8' })
    );
    expect(report.verdict).toBe('fail');
    expect(report.signals.some((s: { verdict: string }) => s.verdict === 'fail')).toBe(true);
  }, 90_000);
});
