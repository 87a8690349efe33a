import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { assessRange } from '../../src/jobs/rollback-assessment.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor } from '../github/setup.js';
import { TestRepo } from '../git/repo-builder.js';

const owner = 'acme';
const repo = 'shop';
let fake: FakeGitHub;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  fake.seedRepo({ owner, repo });
});
afterAll(async () => {
  fake.assertNoViolations();
  await fake.close();
});

it('falls back to the compare API when the local commit walk fails after the diff worked', async () => {
  const local = TestRepo.create();
  try {
    local.write('config/app.yml', 'x: 1\n');
    const base = local.commit('base');
    local.write('config/app.yml', 'x: 2\n');
    const middle = local.commit('fix(security): rotate key', 'Fixes CVE-2025-0002');
    local.write('config/app.yml', 'x: 3\n');
    const head = local.commit('head');
    // The same history on GitHub, under the same SHAs.
    fake.addCommit({ owner, repo, sha: base, message: 'base', files: { 'config/app.yml': 'x: 1\n' } });
    fake.addCommit({
      owner,
      repo,
      sha: middle,
      parents: [base],
      message: 'fix(security): rotate key\n\nFixes CVE-2025-0002',
      files: { 'config/app.yml': 'x: 2\n' }
    });
    fake.addCommit({
      owner,
      repo,
      sha: head,
      parents: [middle],
      message: 'head',
      files: { 'config/app.yml': 'x: 3\n' }
    });
    // Both trees survive, so the local diff works; the walk cannot pass the lost commit.
    rmSync(path.join(local.dir, '.git', 'objects', middle.slice(0, 2), middle.slice(2)));

    const logs: string[] = [];
    const assessment = await assessRange({
      gh: clientFor(fake),
      owner,
      repo,
      environment: 'production',
      headSha: head,
      workspace: local.dir,
      settings: { failOn: 'never', criticalPaths: [], migrations: [], contracts: [] },
      base,
      target: { ref: 'base', sha: base, how: 'test', skipped: [] },
      log: (line) => void logs.push(line)
    });
    expect(logs.some((l) => /local git history unusable.*using the compare API/s.test(l))).toBe(true);
    expect(
      fake.callCount('repos/compare-commits-with-basehead') + fake.callCount('repos/compare-commits')
    ).toBeGreaterThan(0);
    // The security fix the broken local history hid is found through the API.
    expect(assessment.factors.some((f) => f.kind === 'critical-change' && f.commit === middle)).toBe(true);
  } finally {
    local.dispose();
  }
});
