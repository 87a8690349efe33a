import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { apiChangeSet } from '../../src/git/compare-api.js';
import { FakeGitHub } from '../support/fake-github/index.js';

const owner = 'acme';

describe('apiChangeSet against the fake GitHub', () => {
  let fake: FakeGitHub;
  let octokit: Octokit;

  beforeAll(async () => {
    fake = await FakeGitHub.start();
    const quiet = () => undefined;
    octokit = new Octokit({
      auth: FakeGitHub.TOKEN,
      baseUrl: fake.url,
      log: { debug: quiet, info: quiet, warn: quiet, error: quiet }
    });
  });
  afterAll(async () => {
    fake.assertNoViolations();
    await fake.close();
  });

  it('maps a small range: statuses, commits newest first with PR numbers, and reads both sides', async () => {
    fake.seedRepo({ owner, repo: 'small' });
    const base = fake.addCommit({
      owner,
      repo: 'small',
      message: 'init',
      files: { 'a.txt': 'a1\n', 'gone.txt': 'bye\n', 'db/1.sql': 'SELECT 1;\n' }
    });
    const first = fake.addCommit({
      owner,
      repo: 'small',
      message: 'Add b (#5)',
      files: { 'b.txt': 'b\n', 'a.txt': 'a2\n' }
    });
    const second = fake.addCommit({
      owner,
      repo: 'small',
      message: 'Merge pull request #6 from acme/x\n\nDrop gone',
      files: { 'gone.txt': null }
    });

    const changes = await apiChangeSet(octokit, { owner, repo: 'small', base, head: second });
    expect(changes).toMatchObject({ base, head: second, complete: true });
    const byPath = Object.fromEntries(changes.files.map((f) => [f.path, f.status]));
    expect(byPath).toEqual({ 'a.txt': 'modified', 'b.txt': 'added', 'gone.txt': 'deleted' });
    expect(changes.commits.map((c) => [c.sha, c.pr, c.subject])).toEqual([
      [second, 6, 'Merge pull request #6 from acme/x'],
      [first, 5, 'Add b (#5)']
    ]);
    expect(changes.commits[0]!.body).toBe('Drop gone');
    expect(await changes.read('a.txt', 'head')).toBe('a2\n');
    expect(await changes.read('a.txt', 'base')).toBe('a1\n');
    expect(await changes.read('gone.txt', 'head')).toBeNull();
    expect(await changes.read('db', 'head')).toBeNull(); // a directory
  });

  it('rebuilds a list the 300-file cap may have cut, from the commits', async () => {
    fake.seedRepo({ owner, repo: 'big' });
    const base = fake.addCommit({ owner, repo: 'big', message: 'init', files: { 'README.md': '#\n' } });
    const shas: string[] = [];
    for (let c = 0; c < 4; c++) {
      const files = Object.fromEntries(
        Array.from({ length: 100 }, (_, i) => [`src/c${c}/f${i}.ts`, `export const x = ${i};\n`])
      );
      shas.push(fake.addCommit({ owner, repo: 'big', message: `batch ${c}`, files }));
    }
    const head = shas[shas.length - 1]!;
    const changes = await apiChangeSet(octokit, { owner, repo: 'big', base, head });
    expect(changes.complete).toBe(true);
    expect(changes.files).toHaveLength(400);
    expect(changes.files.find((f) => f.path === 'src/c3/f99.ts')).toMatchObject({
      status: 'added',
      commits: [shas[3]]
    });

    const bounded = await apiChangeSet(octokit, { owner, repo: 'big', base, head, maxCommitCalls: 2 });
    expect(bounded.complete).toBe(false);
    expect(bounded.incompleteReason).toMatch(
      /300 files at most and the range has 4 commits, more than the 2/
    );
    expect(bounded.files).toHaveLength(300);
  });

  it('rejects missing options by name', async () => {
    await expect(apiChangeSet(octokit, { owner, repo: '', base: 'a', head: 'b' })).rejects.toThrow(
      /repo must be a non-empty string/
    );
  });
});
