/**
 * `mode: assess` on a pull request through the bundled action: the range is read from a real
 * local git checkout, the check run goes to the OpenAPI-validated fake GitHub.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor, OWNER, REPO } from '../incident/github-setup.js';
import { runAction } from './run-action.js';

let fake: FakeGitHub;
let checkout: string;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  fake.seedRepo({ owner: OWNER, repo: REPO });
  checkout = await mkdtemp(path.join(tmpdir(), 'postflight-assess-e2e-'));
});
afterAll(async () => {
  await fake.close();
  await rm(checkout, { recursive: true, force: true });
});

const git = (...args: string[]) =>
  execFileSync('git', args, {
    cwd: checkout,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'A',
      GIT_AUTHOR_EMAIL: 'a@example.com',
      GIT_COMMITTER_NAME: 'A',
      GIT_COMMITTER_EMAIL: 'a@example.com'
    }
  }).trim();

async function commit(message: string, files: Record<string, string>): Promise<string> {
  for (const [p, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(checkout, p)), { recursive: true });
    await writeFile(path.join(checkout, p), content);
  }
  git('add', '-A');
  git('commit', '-q', '-m', message);
  const sha = git('rev-parse', 'HEAD');
  fake.addCommit({ owner: OWNER, repo: REPO, sha, message, files });
  return sha;
}

it('puts a failing "rollback readiness" check with annotations on a PR that drops a column', async () => {
  git('init', '-q', '-b', 'main');
  const base = await commit('feat: users', {
    'migrations/0001_users.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n'
  });
  git('checkout', '-q', '-b', 'drop-email');
  const head = await commit('chore: drop email', {
    'migrations/0002_drop_email.sql':
      '-- the column moved to accounts\nALTER TABLE users DROP COLUMN email;\n'
  });
  const run = await runAction({
    inputs: { mode: 'assess', token: FakeGitHub.TOKEN, 'fail-on': 'unsafe' },
    event: {
      name: 'pull_request',
      payload: {
        action: 'opened',
        pull_request: {
          number: 12,
          head: { sha: head, ref: 'drop-email' },
          base: { sha: base, ref: 'main' }
        },
        repository: { default_branch: 'main' }
      }
    },
    apiUrl: fake.url,
    repository: `${OWNER}/${REPO}`,
    sha: head,
    workspace: checkout
  });
  expect(run.summary).toContain('DROP COLUMN');
  expect(run.outputs['rollback-safety']).toBe('unsafe');
  expect(run.code).toBe(1);
  const gh = clientFor(fake);
  const checks = await gh.rest.checks.listForRef({ owner: OWNER, repo: REPO, ref: head });
  const check = checks.data.check_runs.find((c) => c.name === 'Postflight: rollback readiness');
  expect(check?.conclusion).toBe('failure');
  const annotations = await gh.rest.checks.listAnnotations({
    owner: OWNER,
    repo: REPO,
    check_run_id: check!.id
  });
  expect(annotations.data).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        path: 'migrations/0002_drop_email.sql',
        start_line: 2,
        annotation_level: 'failure'
      })
    ])
  );
  fake.assertNoViolations();
}, 60_000);
