import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Classifiers, Detectors } from '../../src/assess/classifiers.js';
import { runAssessCommand } from '../../src/assess/cli-assess.js';
import { TestRepo } from '../git/repo-builder.js';

const detectors: Detectors = {
  detectMigration: (p, globs) =>
    p.startsWith('db/') || globs.some((g) => p.startsWith(g.replace('/**', '/'))) ? 'sql' : null,
  detectContract: () => null,
  mightBeContract: () => false
};
const classifiers: Classifiers = {
  classifyMigration: async (file, head) => [
    {
      kind: 'migration',
      severity: /DROP/.test(head ?? '') ? 'blocker' : 'info',
      path: file.path,
      line: 1,
      commit: file.commits[0] ?? null,
      detail: (head ?? '').trim(),
      recommendation: 'Roll forward with a fix.'
    }
  ],
  diffContract: async () => []
};

describe('runAssessCommand', () => {
  let repo: TestRepo;
  let base: string;
  let head: string;

  beforeAll(() => {
    repo = TestRepo.create();
    repo.write('src/app.ts', 'export {};\n');
    base = repo.commit('initial');
    repo.git('tag', 'v1');
    repo.write('db/001.sql', 'ALTER TABLE users DROP COLUMN email;\n');
    repo.write('src/billing/charge.ts', 'export const charge = 1;\n');
    repo.write('package.json', '{}\n');
    head = repo.commit('Drop email (#9)');
    writeFileSync(
      path.join(repo.dir, 'postflight.yml'),
      'environment: production\nassess:\n  critical-paths: ["src/billing/**"]\n  fail-on: unsafe\n'
    );
    writeFileSync(path.join(repo.dir, 'bad.yml'), 'assess:\n  critical-paths: "src/**"\n');
  });
  afterAll(() => repo.dispose());

  it('prints exactly the documented JSON shape', async () => {
    const result = await runAssessCommand(
      { repo: repo.dir, base: 'v1', head: 'HEAD', json: true },
      { detectors, classifiers }
    );
    expect(result.exitCode).toBe(0); // fail-on defaults to never
    const json = JSON.parse(result.output);
    expect(Object.keys(json)).toEqual([
      'verdict',
      'migrationsChanged',
      'contractsChanged',
      'target',
      'factors',
      'summary'
    ]);
    expect(json).toMatchObject({
      verdict: 'unsafe',
      migrationsChanged: true,
      contractsChanged: false,
      target: { ref: 'v1', sha: base }
    });
    expect(Object.keys(json.target)).toEqual(['ref', 'sha']);
    for (const factor of json.factors) {
      expect(Object.keys(factor)).toEqual([
        'kind',
        'severity',
        'path',
        'line',
        'commit',
        'detail',
        'recommendation',
        'category',
        'framework',
        'dialect',
        'evidenceDetail'
      ]);
    }
    expect(json.summary).toEqual({
      bySeverity: { info: 1, warning: 0, blocker: 1 },
      byCategory: { destructive: 1, dependency: 1 }
    });
    expect(json.factors.map((f: { kind: string; path: string | null }) => [f.kind, f.path])).toEqual([
      ['migration', 'db/001.sql'],
      ['dependency', 'package.json']
    ]);
    expect(json.factors[0]).toMatchObject({ line: 1, commit: head });
  });

  it('reads the assess section of a config file and applies fail-on', async () => {
    const result = await runAssessCommand(
      { repo: repo.dir, base, head, json: true, configFile: path.join(repo.dir, 'postflight.yml') },
      { detectors, classifiers }
    );
    expect(result.exitCode).toBe(1);
    const json = JSON.parse(result.output);
    expect(json.factors).toContainEqual(
      expect.objectContaining({ kind: 'critical-change', severity: 'warning', path: 'src/billing/charge.ts' })
    );
  });

  it('renders the text report', async () => {
    const result = await runAssessCommand(
      { repo: repo.dir, base, head, json: false },
      { detectors, classifiers }
    );
    const [first, second] = result.output.split('\n');
    // The decision first, naming both releases; then the advice quoting the most consequential finding.
    expect(first).toBe(
      `Rollback assessment: UNSAFE to roll back from ${head.slice(0, 7)} (N, deployed) to ${base.slice(0, 7)} (N-1)`
    );
    expect(second).toContain(
      'it is blocked by 1 destructive migration; the most consequential: db/001.sql:1: ALTER TABLE users DROP COLUMN email'
    );
    expect(result.output).toMatch(/\nTarget: [0-9a-f]{7}, given as --base\n/);
  });

  it('exits 2 with a message naming the bad input', async () => {
    const badRef = await runAssessCommand(
      { repo: repo.dir, base: 'nope', head, json: true },
      { detectors, classifiers }
    );
    expect(badRef).toEqual({
      exitCode: 2,
      output: expect.stringMatching(/^postflight assess: base "nope" is not a commit/)
    });
    const badConfig = await runAssessCommand({
      repo: repo.dir,
      base,
      head,
      json: true,
      configFile: path.join(repo.dir, 'bad.yml')
    });
    expect(badConfig.exitCode).toBe(2);
    expect(badConfig.output).toMatch(/bad\.yml:2:\d+: assess\.critical-paths: expected a list/);
    const missing = await runAssessCommand({ repo: repo.dir, base: '', head, json: true });
    expect(missing.output).toMatch(/--base is required/);
  });
});
