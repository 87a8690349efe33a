import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { assess } from '../../src/assess/assess.js';
import { BlobReader } from '../../src/git/blob-reader.js';
import { localChangeSet, type LocalChangeSet } from '../../src/git/local.js';
import { runGit } from '../../src/git/run.js';
import { TestRepo } from './repo-builder.js';

describe('localChangeSet over a real repository', () => {
  let repo: TestRepo;
  let base: string;
  let head: string;
  let changes: LocalChangeSet;
  const shas: Record<string, string> = {};

  beforeAll(async () => {
    repo = TestRepo.create();
    repo.write('app/old-name.ts', 'export const a = 1;\n'.repeat(20));
    repo.write('docs/removed.md', '# gone\n');
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    repo.write('db/migrate/001_init.sql', 'CREATE TABLE users (id int);\n');
    base = repo.commit('initial');

    repo.write('db/migrate/002_email.sql', 'ALTER TABLE users ADD COLUMN email text;\n');
    shas.squash = repo.commit('Add email column (#12)', 'Squashed body');

    repo.git('checkout', '-q', '-b', 'feature');
    repo.git('mv', 'app/old-name.ts', 'app/new-name.ts');
    repo.git('rm', '-q', 'docs/removed.md');
    repo.write('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 9, 9, 9]));
    repo.write('notes/é ü.txt', 'unicode path\n');
    repo.write('fixtures/payload.dat', Buffer.from([1, 0, 2, 0, 3]));
    repo.write('Makefile', 'all:\n\ttrue\n');
    shas.feature = repo.commit('fix(security): rename module', 'Fixes CVE-2024-12345');
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', 'feature', '-m', 'Merge pull request #34 from acme/feature');
    shas.merge = repo.git('rev-parse', 'HEAD');
    repo.write('db/migrate/002_email.sql', 'ALTER TABLE users ADD COLUMN email text NOT NULL;\n');
    shas.latest = repo.commit('Tighten email');
    head = shas.latest;
    changes = await localChangeSet({ repo: repo.dir, base, head: 'main' });
    await changes.commitsReady;
  });

  afterAll(() => {
    changes?.close();
    repo?.dispose();
  });

  it('resolves refs to full SHAs', () => {
    expect(changes.base).toBe(base);
    expect(changes.head).toBe(head);
    expect(changes.complete).toBe(true);
  });

  it('lists renames, deletions, additions and binary files from the tree diff', () => {
    const byPath = new Map(changes.files.map((f) => [f.path, f]));
    expect(byPath.get('app/new-name.ts')).toMatchObject({
      status: 'renamed',
      previousPath: 'app/old-name.ts',
      binary: false
    });
    expect(byPath.get('docs/removed.md')).toMatchObject({ status: 'deleted' });
    expect(byPath.get('logo.png')).toMatchObject({ status: 'modified', binary: true });
    expect(byPath.get('notes/é ü.txt')).toMatchObject({ status: 'added' });
    expect(byPath.get('db/migrate/002_email.sql')).toMatchObject({ status: 'added' });
    expect(byPath.has('db/migrate/001_init.sql')).toBe(false);
    // No extension to go by: git's numstat decides.
    expect(byPath.get('fixtures/payload.dat')).toMatchObject({ status: 'added', binary: true });
    expect(byPath.get('Makefile')).toMatchObject({ status: 'added', binary: false });
    expect(changes.files).toHaveLength(7);
  });

  it('attributes commits to files newest first, on demand and only for the files asked for', async () => {
    const fresh = await localChangeSet({ repo: repo.dir, base, head });
    try {
      const migration = fresh.files.find((f) => f.path === 'db/migrate/002_email.sql');
      const renamed = fresh.files.find((f) => f.path === 'app/new-name.ts');
      // Filled only for the files asked: a range can hold tens of thousands.
      expect(migration?.commits).toEqual([]);
      const byPath = await fresh.commitsFor!([
        'db/migrate/002_email.sql',
        'app/new-name.ts',
        'not/in/range.txt'
      ]);
      expect(byPath.get('db/migrate/002_email.sql')).toEqual([shas.latest, shas.squash]);
      expect(migration?.commits).toEqual([shas.latest, shas.squash]);
      // A rename keeps the commits made under its old name.
      expect(renamed?.commits).toEqual([shas.feature]);
      expect(byPath.has('not/in/range.txt')).toBe(false);
      expect(fresh.files.find((f) => f.path === 'Makefile')?.commits).toEqual([]);
      // A second request shares the first pass.
      expect((await fresh.commitsFor!(['Makefile'])).get('Makefile')).toEqual([shas.feature]);
    } finally {
      fresh.close();
    }
  });

  it('lists the paths a commit touched, under the names it saw', async () => {
    const touched = await changes.pathsTouchedBy!([shas.feature!, shas.merge!]);
    expect(touched.get(shas.feature!)?.sort()).toEqual(
      [
        'Makefile',
        'app/new-name.ts',
        'app/old-name.ts',
        'docs/removed.md',
        'fixtures/payload.dat',
        'logo.png',
        'notes/é ü.txt'
      ].sort()
    );
    // A merge lists no files of its own, as in `git log --name-only`.
    expect(touched.get(shas.merge!)).toEqual([]);
  });

  it('reads commits with PR numbers from merge and squash subjects', () => {
    expect(changes.commits.map((c) => c.sha)).toEqual([shas.latest, shas.merge, shas.feature, shas.squash]);
    const bySha = new Map(changes.commits.map((c) => [c.sha, c]));
    expect(bySha.get(shas.merge!)?.pr).toBe(34);
    expect(bySha.get(shas.squash!)).toMatchObject({ pr: 12, body: 'Squashed body', author: 'Ada Lovelace' });
    expect(bySha.get(shas.feature!)).toMatchObject({
      subject: 'fix(security): rename module',
      body: 'Fixes CVE-2024-12345'
    });
    expect(bySha.get(shas.feature!)?.pr).toBeUndefined();
    expect(bySha.get(shas.squash!)?.date).toBe('2024-01-01T12:02:00+00:00');
  });

  it('reads either side through one process; null for missing and binary blobs', async () => {
    const [headSql, baseSql, deletedAtHead, deletedAtBase, binary, renamedBase] = await Promise.all([
      changes.read('db/migrate/002_email.sql', 'head'),
      changes.read('db/migrate/002_email.sql', 'base'),
      changes.read('docs/removed.md', 'head'),
      changes.read('docs/removed.md', 'base'),
      changes.read('logo.png', 'head'),
      changes.read('app/old-name.ts', 'base')
    ]);
    expect(headSql).toBe('ALTER TABLE users ADD COLUMN email text NOT NULL;\n');
    expect(baseSql).toBeNull();
    expect(deletedAtHead).toBeNull();
    expect(deletedAtBase).toBe('# gone\n');
    expect(binary).toBeNull();
    expect(renamedBase).toBe('export const a = 1;\n'.repeat(20));
    expect(await changes.read('notes/é ü.txt', 'head')).toBe('unicode path\n');
  });

  it('returns null for blobs over the size cap', async () => {
    const capped = await localChangeSet({ repo: repo.dir, base, head, maxReadBytes: 100 });
    try {
      expect(await capped.read('app/new-name.ts', 'head')).toBeNull();
      expect(await capped.read('db/migrate/002_email.sql', 'head')).not.toBeNull();
    } finally {
      capped.close();
    }
  });

  it('names the ref when a side is not a commit', async () => {
    await expect(localChangeSet({ repo: repo.dir, base: 'no-such-branch', head })).rejects.toThrow(
      /base "no-such-branch"/
    );
    // Never handed to git, where it would be read as an option.
    await expect(localChangeSet({ repo: repo.dir, base, head: '--output=x' })).rejects.toThrow(
      /head must be a branch, tag or SHA, got "--output=x"/
    );
  });
});

describe('localChangeSet history pass', () => {
  it('gives a renamed file the commits made under either name, newest first', async () => {
    const repo = TestRepo.create();
    try {
      repo.write('a/old.ts', 'export const a = 1;\n'.repeat(20));
      repo.write('x/first.ts', 'export const x = 1;\n'.repeat(20));
      const base = repo.commit('base');
      repo.write('a/old.ts', 'export const a = 1;\n'.repeat(20) + 'export const b = 2;\n');
      const edited = repo.commit('Edit under the old name');
      mkdirSync(path.join(repo.dir, 'b'));
      repo.git('mv', 'a/old.ts', 'b/new.ts');
      const moved = repo.commit('Move');
      repo.git('mv', 'x/first.ts', 'x/second.ts');
      const movedLast = repo.commit('Move the other one last');
      repo.write('b/new.ts', 'export const a = 1;\n'.repeat(20) + 'export const b = 3;\n');
      const head = repo.commit('Edit under the new name');
      const changes = await localChangeSet({ repo: repo.dir, base, head });
      try {
        expect(changes.files.find((f) => f.path === 'b/new.ts')).toMatchObject({
          status: 'renamed',
          previousPath: 'a/old.ts'
        });
        const byPath = await changes.commitsFor!(['b/new.ts', 'x/second.ts']);
        expect(byPath.get('b/new.ts')).toEqual([head, moved, edited]);
        expect(byPath.get('x/second.ts')).toEqual([movedLast]);
      } finally {
        changes.close();
      }
    } finally {
      repo.dispose();
    }
  });

  it('reports a history pass that fails, rather than an empty history', async () => {
    const repo = TestRepo.create();
    try {
      repo.write('config/app.yml', 'x: 1\n');
      const base = repo.commit('base');
      repo.write('config/app.yml', 'x: 2\n');
      const middle = repo.commit('fix(security): rotate key', 'Fixes CVE-2025-0002');
      repo.write('config/app.yml', 'x: 3\n');
      const head = repo.commit('head');
      // Both trees are intact, so the diff works; the walk from head cannot pass the lost commit.
      rmSync(path.join(repo.dir, '.git', 'objects', middle.slice(0, 2), middle.slice(2)));
      const changes = await localChangeSet({ repo: repo.dir, base, head });
      try {
        expect(changes.files.map((f) => f.path)).toEqual(['config/app.yml']);
        await expect(changes.commitsReady).rejects.toThrow(/git could not list the commits between/);
        expect(() => changes.commits).toThrow(/commitsReady/);
        await expect(changes.commitsFor!(['config/app.yml'])).rejects.toThrow(/could not list the commits/);
        // The security fix it hides must not read as a range without one.
        await expect(
          assess(
            changes,
            { ref: 'base', sha: base, how: 'test', skipped: [] },
            { criticalPaths: [], migrationGlobs: [], contractGlobs: [] }
          )
        ).rejects.toThrow(/could not list the commits/);
      } finally {
        changes.close();
      }
    } finally {
      repo.dispose();
    }
  });

  it('stops a git call that is still running when its signal aborts', async () => {
    const repo = TestRepo.create();
    try {
      repo.commit('only');
      // cat-file --batch waits on its input for ever: only the abort can end this call.
      const controller = new AbortController();
      const call = runGit(repo.dir, ['cat-file', '--batch'], { signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      await expect(call).rejects.toThrow('git cat-file --batch was stopped before it finished');
    } finally {
      repo.dispose();
    }
  });

  it('closing a change set never leaves its history pass hanging', async () => {
    const repo = TestRepo.create();
    try {
      repo.write('a.txt', '1\n');
      const base = repo.commit('base');
      repo.write('a.txt', '2\n');
      const head = repo.commit('head');
      const changes = await localChangeSet({ repo: repo.dir, base, head });
      changes.close();
      // Either it finished first or it was stopped; never left hanging.
      await changes.commitsReady?.catch((error: Error) => {
        expect(error.message).toMatch(/stopped before it finished/);
      });
    } finally {
      repo.dispose();
    }
  });
});

describe('localChangeSet in a shallow clone', () => {
  it('fetches the missing base and deepens until the range is complete', async () => {
    const origin = TestRepo.create();
    const clone = { current: null as TestRepo | null };
    try {
      origin.write('a.txt', '0\n');
      const base = origin.commit('base');
      for (let i = 1; i <= 6; i++) {
        origin.write('a.txt', `${i}\n`);
        origin.commit(`change ${i}`);
      }
      origin.write('config/app.yml', 'x: 1\n');
      const head = origin.commit('last');
      clone.current = TestRepo.cloneShallow(origin, 1);
      expect(clone.current.git('rev-parse', '--is-shallow-repository')).toBe('true');

      const changes = await localChangeSet({ repo: clone.current.dir, base, head });
      await changes.commitsReady;
      changes.close();
      expect(changes.complete).toBe(true);
      expect(changes.commits).toHaveLength(7);
      expect(changes.files.map((f) => f.path).sort()).toEqual(['a.txt', 'config/app.yml']);
      expect(await changes.read('a.txt', 'base')).toBe('0\n');
      changes.close();
    } finally {
      origin.dispose();
      clone.current?.dispose();
    }
  });

  it('gives a clear error when the base cannot be fetched', async () => {
    const origin = TestRepo.create();
    try {
      origin.write('a.txt', '1\n');
      const head = origin.commit('only');
      await expect(localChangeSet({ repo: origin.dir, base: 'a'.repeat(40), head })).rejects.toThrow(
        /base "a{40}" is not a commit/
      );
    } finally {
      origin.dispose();
    }
  });
});

describe('BlobReader lifecycle', () => {
  it('serves reads again after close, unaffected by the old process ending', async () => {
    const repo = TestRepo.create();
    try {
      repo.write('a.txt', 'one\n');
      const sha = repo.commit('only');
      const reader = new BlobReader(repo.dir, 1024);
      expect(await reader.resolveCommit('main')).toBe(sha);
      expect(await reader.resolveCommit('no-such-ref')).toBeNull();
      reader.close();
      const reads = await Promise.all(Array.from({ length: 20 }, () => reader.read(sha, 'a.txt')));
      expect(reads).toEqual(Array(20).fill('one\n'));
      reader.close();
    } finally {
      repo.dispose();
    }
  });
});
