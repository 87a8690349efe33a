import { CHECK_OUTPUT_LIMIT, publishCheckRun, type CheckAnnotation } from '../../src/github/checks.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor, OWNER, REPO, seedHistory } from './setup.js';

let fake: FakeGitHub;
let shas: string[];

beforeAll(async () => {
  fake = await FakeGitHub.start();
  shas = seedHistory(fake, 2);
});
afterAll(() => fake.close());
afterEach(() => fake.assertNoViolations());

const annotations = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({
    path: `src/file${i % 3}.ts`,
    startLine: i + 1,
    endLine: i + 1,
    level: 'warning' as const,
    message: `finding ${i}`
  }));

test('creates a check run, then updates the same one on a re-run; 120 annotations go in 3 writes of at most 50', async () => {
  const gh = clientFor(fake);
  const sha = shas[1] as string;
  const first = await publishCheckRun(gh, {
    owner: OWNER,
    repo: REPO,
    sha,
    name: 'Postflight',
    conclusion: 'success',
    title: 'Healthy',
    summary: 'all good'
  });
  expect(first.kind).toBe('check-run');

  const writesBefore = fake.callCount('checks/create') + fake.callCount('checks/update');
  const second = await publishCheckRun(gh, {
    owner: OWNER,
    repo: REPO,
    sha,
    name: 'Postflight',
    conclusion: 'failure',
    title: 'Error rate up',
    summary: 'errors rose',
    text: 'details',
    annotations: annotations(120)
  });
  expect(second.kind === 'check-run' && second.id).toBe(first.kind === 'check-run' && first.id);
  expect(fake.callCount('checks/create') + fake.callCount('checks/update') - writesBefore).toBe(3);
  expect(fake.callCount('checks/create')).toBe(1);

  const runs = fake.repo(OWNER, REPO).checkRuns.filter((r) => r.headSha === sha && r.name === 'Postflight');
  expect(runs).toHaveLength(1);
  expect(runs[0]?.conclusion).toBe('failure');
  expect(runs[0]?.output.annotations).toHaveLength(120);
  const { data } = await gh.rest.checks.listAnnotations({
    owner: OWNER,
    repo: REPO,
    check_run_id: runs[0]?.id as number,
    per_page: 100,
    page: 2
  });
  expect(data.map((a) => a.message)).toEqual(Array.from({ length: 20 }, (_, i) => `finding ${100 + i}`));
});

test('a re-run adds only the annotations the check run lacks: GitHub appends, it never replaces', async () => {
  const gh = clientFor(fake);
  const sha = shas[0] as string;
  const publish = (list: CheckAnnotation[]) =>
    publishCheckRun(gh, {
      owner: OWNER,
      repo: REPO,
      sha,
      name: 'Postflight: rollback readiness',
      conclusion: 'neutral',
      title: 'Caution',
      summary: 'findings',
      annotations: list
    });
  const withTitle = annotations(3).map((a, i) => (i === 0 ? { ...a, title: 'Destructive migration' } : a));
  await publish(withTitle);
  const again = await publish(withTitle);
  const run = () =>
    fake
      .repo(OWNER, REPO)
      .checkRuns.find((r) => r.headSha === sha && r.name === 'Postflight: rollback readiness');
  expect(run()?.output.annotations).toHaveLength(3);
  expect(again.kind === 'check-run' && again.requests).toBe(3); // find, list annotations, update

  const extra: CheckAnnotation = { ...withTitle[1]!, message: 'a finding of the second run' };
  await publish([...withTitle, extra]);
  expect((run()?.output.annotations as { message: string }[]).map((a) => a.message)).toEqual([
    'finding 0',
    'finding 1',
    'finding 2',
    'a finding of the second run'
  ]);
});

test('summary and text longer than 65,535 characters are cut with a note', async () => {
  const gh = clientFor(fake);
  await publishCheckRun(gh, {
    owner: OWNER,
    repo: REPO,
    sha: shas[0] as string,
    name: 'Postflight long',
    conclusion: 'neutral',
    title: 't',
    summary: 'a'.repeat(70_000),
    text: 'b'.repeat(CHECK_OUTPUT_LIMIT + 1)
  });
  const run = fake.repo(OWNER, REPO).checkRuns.find((r) => r.name === 'Postflight long');
  expect(run?.output.summary?.length).toBe(CHECK_OUTPUT_LIMIT);
  expect(run?.output.summary).toMatch(/cut to fit GitHub's 65,535-character limit/);
  expect(run?.output.text?.length).toBe(CHECK_OUTPUT_LIMIT);
});

test('without checks: write it falls back to a commit status and says so once', async () => {
  fake.addToken('ghs_statuses_only', { statuses: 'write', contents: 'read' });
  const gh = clientFor(fake, 'ghs_statuses_only');
  const sha = shas[0] as string;
  const result = await publishCheckRun(gh, {
    owner: OWNER,
    repo: REPO,
    sha,
    name: 'Postflight verify',
    conclusion: 'failure',
    title: `Deploy failed: ${'error rate '.repeat(30)}`,
    summary: 's',
    detailsUrl: 'https://github.com/acme/shop/actions/runs/7'
  });
  expect(result.kind).toBe('status');
  expect(result.kind === 'status' && result.note).toMatch(/^checks: write is missing/);
  const statuses = fake.repo(OWNER, REPO).commitStatuses.filter((s) => s.sha === sha);
  expect(statuses).toHaveLength(1);
  expect(statuses[0]).toMatchObject({
    state: 'failure',
    context: 'Postflight verify',
    targetUrl: 'https://github.com/acme/shop/actions/runs/7'
  });
  expect(statuses[0]?.description?.length).toBeLessThanOrEqual(140);
  expect(fake.repo(OWNER, REPO).checkRuns.filter((r) => r.name === 'Postflight verify')).toHaveLength(0);
});

test('without checks: write nor statuses: write the error names both', async () => {
  fake.addToken('ghs_read_only', { contents: 'read' });
  const gh = clientFor(fake, 'ghs_read_only');
  await expect(
    publishCheckRun(gh, {
      owner: OWNER,
      repo: REPO,
      sha: shas[0] as string,
      name: 'x',
      conclusion: 'success',
      title: 't',
      summary: 's'
    })
  ).rejects.toThrow(/`checks: write`.*`statuses: write`/);
});

test('bad input gets a clear error before any request', async () => {
  const gh = clientFor(fake);
  await expect(
    publishCheckRun(gh, { owner: OWNER, repo: REPO, sha: 'main', name: 'x', title: 't', summary: 's' })
  ).rejects.toThrow(/full 40-character commit SHA/);
});
