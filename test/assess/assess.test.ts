import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { assess, renderAssessmentText, verdictOf } from '../../src/assess/assess.js';
import type { Classifiers, Detectors } from '../../src/assess/classifiers.js';
import type { ChangeSet, ChangedFile, Factor, RollbackTarget } from '../../src/assess/types.js';
import { localChangeSet, type LocalChangeSet } from '../../src/git/local.js';
import { TestRepo } from '../git/repo-builder.js';

/** Small real detectors and classifiers, so these tests do not depend on the parser modules. */
const detectors: Detectors = {
  detectMigration: (path) => (/^db\/migrate\/.*\.sql$/.test(path) ? 'sql' : null),
  detectContract: (path, _globs, content) => {
    if (path.endsWith('.graphql')) return 'graphql';
    return content !== undefined && /^openapi:/m.test(content) ? 'openapi' : null;
  },
  mightBeContract: (path) => /\.(ya?ml|json)$/.test(path)
};

function sqlClassifier(calls: string[]): Classifiers {
  return {
    async classifyMigration(file, head) {
      calls.push(`migration:${file.path}`);
      const lines = (head ?? '').split('\n');
      const drop = lines.findIndex((l) => /DROP COLUMN/i.test(l));
      if (drop < 0) {
        return [
          {
            kind: 'migration',
            severity: 'info',
            path: file.path,
            line: 1,
            commit: file.commits[0] ?? null,
            detail: 'Additive.',
            recommendation: 'Roll back.'
          }
        ];
      }
      return [
        {
          kind: 'migration',
          severity: 'blocker',
          path: file.path,
          line: drop + 1,
          commit: file.commits[0] ?? null,
          detail: lines[drop]!.trim(),
          recommendation: 'Roll forward with a fix.'
        }
      ];
    },
    async diffContract(file, head, base) {
      calls.push(`contract:${file.path}`);
      if (base !== null && head !== null && head.length > base.length) {
        return [
          {
            kind: 'contract',
            severity: 'warning',
            path: file.path,
            line: null,
            commit: null,
            detail: 'N added an operation.',
            recommendation: 'Expand first.'
          }
        ];
      }
      return [
        {
          kind: 'contract',
          severity: 'info',
          path: file.path,
          line: null,
          commit: null,
          detail: 'Unchanged surface.',
          recommendation: 'Roll back.'
        }
      ];
    }
  };
}

const options = { criticalPaths: [], migrationGlobs: [], contractGlobs: [] };

describe('assess over a real repository', () => {
  let repo: TestRepo;
  let baseSha: string;
  const open: LocalChangeSet[] = [];

  beforeAll(() => {
    repo = TestRepo.create();
    repo.write('api/openapi.yaml', 'openapi: 3.1.0\npaths: {}\n');
    repo.write('api/other.yaml', 'name: not a contract\n');
    repo.write('src/app.ts', 'export {};\n');
    baseSha = repo.commit('initial');
  });
  afterAll(() => {
    for (const c of open) c.close();
    repo.dispose();
  });

  async function changesTo(head: string): Promise<LocalChangeSet> {
    const changes = await localChangeSet({ repo: repo.dir, base: baseSha, head });
    open.push(changes);
    return changes;
  }

  const target = (sha: string): RollbackTarget => ({ ref: 'v1', sha, how: 'given as --base', skipped: [] });

  it('is safe when only additive changes are in the range, and only reads candidates', async () => {
    repo.git('checkout', '-q', '-b', 'additive', baseSha);
    repo.write('db/migrate/001_add.sql', 'ALTER TABLE users ADD COLUMN nick text;\n');
    repo.write('src/app.ts', 'export const x = 1;\n');
    repo.write('api/other.yaml', 'name: still not a contract\n');
    const head = repo.commit('Add nickname (#7)');
    const calls: string[] = [];
    const a = await assess(await changesTo(head), target(baseSha), options, {
      detectors,
      classifiers: sqlClassifier(calls)
    });
    expect(calls).toEqual(['migration:db/migrate/001_add.sql']);
    expect(a.verdict).toBe('safe');
    expect(a.migrationsChanged).toBe(true);
    expect(a.contractsChanged).toBe(false);
    expect(a.recommendation).toBe(
      `Roll back from ${head.slice(0, 7)} (N, deployed) to ${baseSha.slice(0, 7)} (v1, N-1): nothing in the range blocks it.`
    );
  });

  it('is unsafe with a destructive migration, naming the file and line, blockers first', async () => {
    repo.git('checkout', '-q', '-b', 'destructive', baseSha);
    repo.write('db/migrate/002_drop.sql', '-- cleanup\nALTER TABLE users DROP COLUMN email;\n');
    repo.write('config/app.yml', 'x: 2\n');
    repo.write('api/openapi.yaml', 'openapi: 3.1.0\npaths:\n  /users: {}\n');
    const head = repo.commit('Drop email');
    const a = await assess(await changesTo(head), target(baseSha), options, {
      detectors,
      classifiers: sqlClassifier([])
    });
    expect(a.verdict).toBe('unsafe');
    expect(a.factors.map((f) => [f.severity, f.kind, f.path])).toEqual([
      ['blocker', 'migration', 'db/migrate/002_drop.sql'],
      ['warning', 'contract', 'api/openapi.yaml'],
      ['warning', 'config', 'config/app.yml']
    ]);
    expect(a.factors[0]).toMatchObject({ line: 2, commit: head });
    expect(a.contractsChanged).toBe(true);
    expect(a.recommendation).toBe(
      `Do not roll back from ${head.slice(0, 7)} (N, deployed) to ${baseSha.slice(0, 7)} (v1, N-1): it is blocked by 1 destructive migration; the most consequential: db/migrate/002_drop.sql:2: ALTER TABLE users DROP COLUMN email. Roll forward with a fix, or revert only the change that broke.`
    );
    const text = renderAssessmentText(a);
    expect(text).toMatch(/^Rollback assessment: UNSAFE to roll back from /);
    expect(text).toContain('Blockers (1):\n  db/migrate/002_drop.sql (migration)\n    - line 2: ALTER TABLE');
  });

  it('names the newest commit that touched each file, looked up only for the files with findings', async () => {
    repo.git('checkout', '-q', '-b', 'several', baseSha);
    repo.write('db/migrate/005_drop.sql', 'ALTER TABLE users DROP COLUMN a;\n');
    repo.write('config/app.yml', 'x: 3\n');
    const first = repo.commit('First');
    repo.write('db/migrate/005_drop.sql', 'ALTER TABLE users DROP COLUMN b;\n');
    const second = repo.commit('Second');
    repo.write('config/app.yml', 'x: 4\n');
    repo.write('src/app.ts', 'export const y = 2;\n');
    const fix = repo.commit('fix(security): check input', 'Fixes CVE-2025-0001');
    repo.write('src/app.ts', 'export const y = 3;\n');
    const head = repo.commit('Unrelated');
    const changes = await changesTo(head);
    const asked: string[][] = [];
    const commitsFor = changes.commitsFor!.bind(changes);
    changes.commitsFor = (paths) => {
      asked.push([...paths].sort());
      return commitsFor(paths);
    };
    const a = await assess(changes, target(baseSha), options, { detectors, classifiers: sqlClassifier([]) });
    expect(asked).toEqual([['config/app.yml', 'db/migrate/005_drop.sql']]);
    const byKind = new Map(a.factors.map((f) => [f.kind, f]));
    expect(byKind.get('migration')).toMatchObject({ path: 'db/migrate/005_drop.sql', commit: second });
    expect(byKind.get('config')).toMatchObject({ path: 'config/app.yml', commit: fix });
    // The security fix names the files it touched, from the commit's own file list.
    expect(byKind.get('critical-change')).toMatchObject({ commit: fix, path: 'config/app.yml' });
    expect(byKind.get('critical-change')?.detail).toContain('it touches config/app.yml, src/app.ts');
    expect(first).not.toBe(second);
  });

  it('turns a classifier failure or an unreadable file into a warning, never a pass', async () => {
    repo.git('checkout', '-q', '-b', 'broken', baseSha);
    repo.write('db/migrate/003_x.sql', 'ALTER TABLE t ADD COLUMN c int;\n');
    repo.write('db/migrate/004_blob.sql', Buffer.from([0x41, 0, 0x42]));
    const head = repo.commit('Two migrations');
    const failing: Classifiers = {
      classifyMigration: async () => {
        throw new Error('parser exploded');
      },
      diffContract: async () => []
    };
    const a = await assess(await changesTo(head), target(baseSha), options, {
      detectors,
      classifiers: failing
    });
    expect(a.verdict).toBe('caution');
    expect(a.factors.map((f) => [f.path, f.severity])).toEqual([
      ['db/migrate/003_x.sql', 'warning'],
      ['db/migrate/004_blob.sql', 'warning']
    ]);
    expect(a.factors[0]!.detail).toMatch(/could not be analysed, so what it changes is unknown/);
    // The raw message is evidence, not the headline.
    expect(a.factors[0]).toMatchObject({ category: 'unparsed', evidenceDetail: 'parser exploded' });
    expect(a.factors[1]!.detail).toMatch(/could not be read at head/);
  });

  it('warms up slow classifiers before classifying any file, and classifies the files that wait on them last', async () => {
    repo.git('checkout', '-q', '-b', 'warm-up', baseSha);
    repo.write('db/migrate/010_add.sql', 'ALTER TABLE users ADD COLUMN a text;\n');
    repo.write('db/migrate/011_add.sql', 'ALTER TABLE users ADD COLUMN b text;\n');
    repo.write('api/schema.graphql', 'type Query { a: Int }\n');
    repo.write('api/openapi.yaml', 'openapi: 3.1.0\npaths:\n  /a: {}\n');
    const head = repo.commit('Two columns and contracts');
    const calls: string[] = [];
    const base = sqlClassifier(calls);
    const classifiers: Classifiers = {
      ...base,
      warmUp: (paths) => void calls.push(`warm-up:${paths.join(',')}`),
      isSlowToStart: (path) => path.endsWith('.sql')
    };
    const a = await assess(await changesTo(head), target(baseSha), options, { detectors, classifiers });
    expect(calls[0]).toBe('warm-up:db/migrate/010_add.sql,db/migrate/011_add.sql');
    // Contracts (the graphql one by path, the sniffed OpenAPI one) go before the SQL that waits.
    expect(calls.slice(1, 3).sort()).toEqual(['contract:api/openapi.yaml', 'contract:api/schema.graphql']);
    expect(calls.slice(3)).toEqual(['migration:db/migrate/010_add.sql', 'migration:db/migrate/011_add.sql']);
    expect(a.factors.filter((f) => f.kind === 'migration')).toHaveLength(2);
  });

  it('does not load classifiers when the range has no candidates', async () => {
    repo.git('checkout', '-q', '-b', 'plain', baseSha);
    repo.write('src/app.ts', 'export const y = 2;\n');
    const head = repo.commit('Plain change');
    const classifiers: Classifiers = {
      classifyMigration: async () => {
        throw new Error('must not be called');
      },
      diffContract: async () => {
        throw new Error('must not be called');
      }
    };
    const a = await assess(await changesTo(head), target(baseSha), options, { detectors, classifiers });
    expect(a).toMatchObject({ verdict: 'safe', factors: [], migrationsChanged: false });
  });
});

describe('verdict rules', () => {
  const factor = (severity: Factor['severity'], recommendation = 'Roll forward.'): Factor => ({
    kind: 'contract',
    severity,
    path: 'api.graphql',
    line: null,
    commit: null,
    detail: 'x',
    recommendation
  });
  const withTarget: RollbackTarget = { ref: 'v1', sha: 'a'.repeat(40), how: 'h', skipped: [] };
  const noTarget: RollbackTarget = {
    ref: null,
    sha: null,
    how: 'no earlier successful deployment to prod',
    skipped: []
  };

  it('unsafe on any blocker, caution on a warning or no target, else safe', () => {
    expect(verdictOf([factor('info'), factor('blocker')], withTarget)).toBe('unsafe');
    expect(verdictOf([factor('info'), factor('warning')], withTarget)).toBe('caution');
    expect(verdictOf([factor('info')], noTarget)).toBe('caution');
    expect(verdictOf([factor('info')], withTarget)).toBe('safe');
  });

  it('is never safe without a target, even for an empty range', async () => {
    const empty: ChangeSet = {
      base: 'b',
      head: 'h',
      files: [],
      commits: [],
      complete: true,
      read: async () => null
    };
    const a = await assess(empty, noTarget, options, { detectors, classifiers: sqlClassifier([]) });
    expect(a.verdict).toBe('caution');
    expect(a.recommendation).toBe(
      'No rollback target (no earlier successful deployment to prod): name one by hand or roll forward with a fix.'
    );
  });

  it('says "expand first" when every blocker asks for it', async () => {
    const file: ChangedFile = { path: 'schema.graphql', status: 'modified', binary: false, commits: [] };
    const changes: ChangeSet = {
      base: 'b',
      head: 'h',
      files: [file],
      commits: [],
      complete: true,
      read: async () => 'type Q { a: Int }'
    };
    const expanding: Classifiers = {
      classifyMigration: async () => [],
      diffContract: async () => [
        {
          ...factor('blocker', 'Expand first: ship a release that accepts both.'),
          path: file.path,
          detail: 'Field Q.b was added by N.'
        }
      ]
    };
    const a = await assess(changes, withTarget, options, { detectors, classifiers: expanding });
    expect(a.recommendation).toBe(
      'Expand first: rolling back from h (N, deployed) to aaaaaaa (v1, N-1) is blocked by 1 breaking contract change; the most consequential: schema.graphql: Field Q.b was added by N. Expand first: ship a release that accepts both.'
    );
  });

  it('rejects options that are not glob lists, naming the option', async () => {
    const empty: ChangeSet = {
      base: 'b',
      head: 'h',
      files: [],
      commits: [],
      complete: true,
      read: async () => null
    };
    await expect(
      assess(empty, withTarget, { ...options, criticalPaths: 'src/**' as unknown as string[] }, { detectors })
    ).rejects.toThrow(/criticalPaths must be a list of glob strings/);
  });
});
