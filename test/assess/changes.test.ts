import { describe, expect, it } from '@jest/globals';
import {
  configCategory,
  findChangeHazards,
  isDependencyFile,
  securityEvidence
} from '../../src/assess/changes.js';
import type { ChangeSet, ChangedFile, CommitInfo, RollbackTarget } from '../../src/assess/types.js';

const target: RollbackTarget = { ref: 'v1', sha: 'b'.repeat(40), how: 'given', skipped: [] };

function commit(sha: string, subject: string, extra: Partial<CommitInfo> = {}): CommitInfo {
  return { sha, subject, body: '', author: 'Ada', date: '2024-01-01T00:00:00Z', ...extra };
}

function file(path: string, commits: string[] = ['c1']): ChangedFile {
  return { path, status: 'modified', binary: false, commits };
}

function changeSet(files: ChangedFile[], commits: CommitInfo[] = [], complete = true): ChangeSet {
  return { base: 'b', head: 'h', files, commits, complete, read: async () => null };
}

describe('security fixes from commit messages', () => {
  it.each([
    ['fix(security): escape output', '', 'is marked as a security fix'],
    ['security: rotate token handling', '', 'is marked as a security fix'],
    ['Bump lodash', 'Addresses cve-2021-23337.', 'fixes CVE-2021-23337'],
    ['Patch parser', 'See GHSA-jf85-cpcp-j695', 'fixes GHSA-JF85-CPCP-J695']
  ])('%s / %s', (subject, body, expected) => {
    expect(securityEvidence(commit('c', subject, { body }))).toBe(expected);
  });

  it('uses labels when known and ignores ordinary commits', () => {
    expect(securityEvidence(commit('c', 'Quick fix', { labels: ['bug', 'Hotfix'] }))).toBe(
      'carries the label Hotfix'
    );
    expect(securityEvidence(commit('c', 'fix: security of mind (not really)'))).toBeNull();
    expect(securityEvidence(commit('c', 'feat(auth): CVE scanner UI'))).toBeNull();
  });

  it('makes a blocker naming the commit, its PR and the files it touches', () => {
    const factors = findChangeHazards(
      changeSet(
        [file('src/auth.ts', ['s1', 'c0']), file('src/ui.ts', ['c0'])],
        [commit('s1', 'fix(security): check tokens (#41)', { pr: 41 }), commit('c0', 'feat: ui')]
      ),
      target,
      { criticalPaths: [] }
    );
    expect(factors).toEqual([
      expect.objectContaining({
        kind: 'critical-change',
        severity: 'blocker',
        commit: 's1',
        path: 'src/auth.ts'
      })
    ]);
    expect(factors[0]!.detail).toMatch(/PR #41.*touches src\/auth\.ts/);
  });
});

describe('path-based hazards', () => {
  it('classifies config and infrastructure files', () => {
    expect(configCategory('infra/main.tf')).toBe('terraform');
    expect(configCategory('envs/prod.tfvars')).toBe('terraform');
    expect(configCategory('deploy/k8s/deployment.yaml')).toBe('kubernetes');
    expect(configCategory('overlays/prod/kustomization.yaml')).toBe('kubernetes');
    expect(configCategory('.env.production')).toBe('env');
    expect(configCategory('config/initializers/cors.rb')).toBeNull();
    expect(configCategory('config/database.yml')).toBe('config');
    expect(configCategory('services/api/config/limits.yml')).toBe('config');
    expect(configCategory('src/config/load.ts')).toBeNull();
    expect(configCategory('flags.json')).toBe('flags');
    expect(configCategory('feature-flags/checkout.yaml')).toBe('flags');
    expect(configCategory('src/app.ts')).toBeNull();
  });

  it('recognises dependency manifests and lockfiles', () => {
    for (const path of [
      'package.json',
      'web/yarn.lock',
      'go.sum',
      'requirements-dev.txt',
      'src/App/App.csproj',
      'build.gradle.kts',
      'mix.lock'
    ]) {
      expect(isDependencyFile(path)).toBe(true);
    }
    expect(isDependencyFile('docs/package.md')).toBe(false);
  });

  it('reports few config files one by one and many grouped per folder with a count', () => {
    const few = findChangeHazards(changeSet([file('config/a.yml'), file('main.tf')]), target, {
      criticalPaths: []
    });
    expect(few.map((f) => [f.kind, f.severity, f.path])).toEqual([
      ['config', 'warning', 'config/a.yml'],
      ['config', 'warning', 'main.tf']
    ]);

    const many = Array.from({ length: 300 }, (_, i) => file(`config/environments/${i}.yml`)).concat(
      file('config/app.yml')
    );
    const grouped = findChangeHazards(changeSet(many), target, { criticalPaths: [] });
    expect(grouped).toHaveLength(2);
    expect(grouped[0]).toMatchObject({ path: 'config/environments/', severity: 'warning' });
    expect(grouped[0]!.detail).toMatch(/^300 configuration files in config\/environments/);
    expect(grouped[1]).toMatchObject({ path: 'config/app.yml' });
  });

  it('names the newest commit of the range across a group, not the first file’s', () => {
    // Range order, newest first: c1, c2, c3. The first file by path was last touched by c3.
    const commits = [commit('c1', 'Newest'), commit('c2', 'Middle'), commit('c3', 'Oldest')];
    const files = [
      file('config/environments/a.yml', ['c3']),
      file('config/environments/b.yml', ['c2', 'c3']),
      ...Array.from({ length: 4 }, (_, i) => file(`config/environments/x${i}.yml`, [])),
      file('config/environments/z.yml', ['c1'])
    ];
    const [group] = findChangeHazards(changeSet(files, commits), target, { criticalPaths: [] });
    expect(group).toMatchObject({ path: 'config/environments/', commit: 'c1' });
    // A commit missing from the range's list ranks after the listed ones.
    const unlisted = [file('config/environments/a.yml', ['elsewhere']), ...files.slice(1, 6)];
    const [partial] = findChangeHazards(changeSet(unlisted, commits), target, { criticalPaths: [] });
    expect(partial).toMatchObject({ path: 'config/environments/', commit: 'c2' });
  });

  it('keeps a huge range to a bounded list of factors', () => {
    const files = Array.from({ length: 20_000 }, (_, i) => file(`config/area${i % 400}/f${i}.yml`));
    const factors = findChangeHazards(changeSet(files), target, { criticalPaths: [] });
    expect(factors.length).toBeLessThanOrEqual(16);
    expect(factors[factors.length - 1]!.detail).toMatch(/in 385 other folders/);
  });

  it('lists all dependency files in one info factor', () => {
    const files = [
      'package.json',
      'package-lock.json',
      ...Array.from({ length: 40 }, (_, i) => `svc${i}/go.mod`)
    ].map((p) => file(p));
    const factors = findChangeHazards(changeSet(files), target, { criticalPaths: [] });
    expect(factors).toHaveLength(1);
    expect(factors[0]).toMatchObject({ kind: 'dependency', severity: 'info', path: null });
    expect(factors[0]!.detail).toMatch(
      /^42 dependency manifests and lockfiles changed \(package\.json, package-lock\.json/
    );
  });

  it('flags configured critical paths as warnings, once, ahead of config', () => {
    const factors = findChangeHazards(
      changeSet([file('src/billing/charge.ts'), file('config/billing.yml'), file('src/ui.ts')]),
      target,
      { criticalPaths: ['src/billing/**', 'config/billing.yml'] }
    );
    expect(factors.map((f) => [f.kind, f.path])).toEqual([
      ['critical-change', 'src/billing/charge.ts'],
      ['critical-change', 'config/billing.yml']
    ]);
    expect(factors.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('leaves out files the classifiers already cover', () => {
    const factors = findChangeHazards(
      changeSet([file('config/schema.graphql'), file('config/app.yml')]),
      target,
      {
        criticalPaths: [],
        classifiedPaths: new Set(['config/schema.graphql'])
      }
    );
    expect(factors.map((f) => f.path)).toEqual(['config/app.yml']);
  });
});

describe('range factors', () => {
  it('warns about skipped releases, an incomplete list and a missing target', () => {
    const skippedTarget: RollbackTarget = {
      ref: 'v1',
      sha: 'a'.repeat(40),
      how: 'last successful deployment',
      skipped: [{ sha: 'f'.repeat(40), ref: 'v2', reason: 'never succeeded' }]
    };
    const incomplete = {
      ...changeSet([], [], false),
      incompleteReason: 'the compare API lists 300 files at most'
    };
    const factors = findChangeHazards(incomplete, skippedTarget, { criticalPaths: [] });
    expect(factors.map((f) => [f.kind, f.severity])).toEqual([
      ['multiple-releases', 'warning'],
      ['incomplete', 'warning']
    ]);
    expect(factors[0]!.detail).toBe(
      'Rolling back also undoes 1 later release: fffffff (v2): never succeeded.'
    );
    expect(factors[1]!.detail).toMatch(/300 files/);

    const none = findChangeHazards(
      changeSet([]),
      { ref: null, sha: null, how: 'no earlier successful deployment to prod', skipped: [] },
      { criticalPaths: [] }
    );
    expect(none).toEqual([expect.objectContaining({ kind: 'target', severity: 'warning' })]);
  });
});
