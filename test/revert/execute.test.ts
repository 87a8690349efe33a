import { decideRevert } from '../../src/revert/policy.js';
import { executeRevert, revertBranch, type RevertRequest } from '../../src/revert/execute.js';
import { attemptRevert, type RevertAttemptInput } from '../../src/revert/attempt.js';
import { upsertIncident } from '../../src/incident/upsert.js';
import { parseStateBlock } from '../../src/incident/state.js';
import type { IncidentIssue } from '../../src/incident/github.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor, OWNER, REPO, repo, settings } from '../incident/github-setup.js';
import { facts, failVerdict, safeAssessment, unsafeAssessment } from '../incident/fixtures.js';

let fake: FakeGitHub;
let target: string;
let head: string;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  fake.seedRepo({ owner: OWNER, repo: REPO });
  fake.addCommit({
    owner: OWNER,
    repo: REPO,
    message: 'base',
    files: { 'app.ts': 'v1\n', 'README.md': 'hi\n' }
  });
  target = fake.addCommit({ owner: OWNER, repo: REPO, message: 'v1.4.1', files: { 'app.ts': 'v1.4.1\n' } });
  fake.addCommit({ owner: OWNER, repo: REPO, message: 'add feature', files: { 'feature.ts': 'new\n' } });
  head = fake.addCommit({
    owner: OWNER,
    repo: REPO,
    message: 'break it',
    files: { 'app.ts': 'broken\n', 'README.md': null }
  });
  fake.addToken('ghs_issues_only', { issues: 'write' });
});
afterAll(() => fake.close());
afterEach(() => fake.assertNoViolations());

function request(overrides: Partial<RevertRequest> = {}): RevertRequest {
  return {
    how: 'dispatch',
    repo,
    environment: 'production',
    incident: 7,
    target: { sha: target, ref: 'v1.4.1' },
    headSha: head,
    reason: 'automatic revert: deploy failed verification',
    workflow: 'deploy.yml',
    defaultBranch: 'main',
    ...overrides
  };
}

test('dispatch starts the workflow with ref, reason and incident', async () => {
  const outcome = await executeRevert(clientFor(fake), request());
  expect(outcome.ok).toBe(true);
  expect(fake.repo(OWNER, REPO).dispatches.at(-1)).toEqual({
    kind: 'workflow',
    workflowId: 'deploy.yml',
    ref: 'main',
    payload: { ref: target, reason: 'automatic revert: deploy failed verification', incident: '7' }
  });
});

test('dispatch can send a repository_dispatch event instead', async () => {
  const outcome = await executeRevert(
    clientFor(fake),
    request({ workflow: undefined, eventType: 'postflight-revert' })
  );
  expect(outcome.ok).toBe(true);
  const sent = fake.repo(OWNER, REPO).dispatches.at(-1);
  expect(sent?.eventType).toBe('postflight-revert');
  expect(sent?.payload).toMatchObject({ ref: target, environment: 'production', incident: 7 });
});

test('a pull request revert commits the target tree on top of head', async () => {
  const outcome = await executeRevert(clientFor(fake), request({ how: 'pull-request' }));
  if (!outcome.ok) throw new Error(outcome.detail);
  const state = fake.repo(OWNER, REPO);
  const branch = revertBranch('production', 7);
  expect(outcome.branch).toBe('postflight/revert-production-7');
  const commit = state.commits.get(state.refs.get(`heads/${branch}`)!)!;
  expect(commit.treeSha).toBe(state.commits.get(target)!.treeSha);
  expect([...commit.tree.entries()]).toEqual([...state.commits.get(target)!.tree.entries()]);
  expect(commit.parents).toEqual([head]);
  expect(commit.message.split('\n')[0]).toBe(`Revert to ${target}: Postflight incident #7`);
  const pr = state.pulls.find((p) => p.head === branch);
  expect(pr?.title).toBe(`Revert to ${target.slice(0, 12)}: Postflight incident #7`);
  expect(pr?.body).toContain('#7');
  // A second attempt moves the branch rather than failing on it.
  const again = await executeRevert(clientFor(fake), request({ how: 'pull-request' }));
  expect(again).toMatchObject({ ok: true, detail: `updated pull request #${pr?.number}` });
  expect(state.pulls.filter((p) => p.head === branch)).toHaveLength(1);
});

test('a token without the permission fails with the permission named', async () => {
  const gh = clientFor(fake, 'ghs_issues_only');
  const dispatch = await executeRevert(gh, request());
  expect(dispatch).toMatchObject({ ok: false });
  expect(dispatch.detail).toContain('actions: write');
  const pr = await executeRevert(gh, request({ how: 'pull-request' }));
  expect(pr.detail).toContain('contents: read');
});

describe('attempts recorded on the incident', () => {
  let env = 0;
  async function openIncident(
    assessment = safeAssessment({ target: { ref: 'v1.4.1', sha: target, how: 'last good', skipped: [] } })
  ): Promise<{ incident: IncidentIssue; key: { environment: string; service: string } }> {
    env += 1;
    const key = { environment: `rev-${env}`, service: 'shop' };
    const result = await upsertIncident({
      gh: clientFor(fake),
      repo,
      key,
      verdict: failVerdict(),
      assessment,
      facts: facts({ environment: key.environment, sha: head }),
      run: { runId: 900 + env, attempt: 1 },
      settings: settings(),
      now: new Date('2026-11-23T12:00:00Z'),
      rollback: (state) => ({
        decision: decideRevert({
          verdict: 'fail',
          assessment,
          mode: 'pull-request',
          incidentState: state,
          revertsToday: 0,
          maxPerDay: 3,
          trigger: 'command'
        }),
        overridable: false,
        mode: 'pull-request'
      })
    });
    if (result.action === 'none') throw new Error('no incident');
    return { incident: result.incident, key };
  }

  function attempt(
    incident: IncidentIssue,
    key: { environment: string; service: string },
    overrides: Partial<RevertAttemptInput> = {}
  ): Promise<Awaited<ReturnType<typeof attemptRevert>>> {
    return attemptRevert({
      gh: clientFor(fake),
      repo,
      key,
      incident,
      verdict: 'fail',
      assessment: safeAssessment({ target: { ref: 'v1.4.1', sha: target, how: 'last good', skipped: [] } }),
      settings: { mode: 'pull-request', maxPerDay: 3, defaultBranch: 'main' },
      trigger: 'automatic',
      by: null,
      now: new Date('2026-11-23T12:10:00Z'),
      ...overrides
    });
  }

  test('a revert goes into the timeline and the state, and never runs twice for one incident', async () => {
    const { incident, key } = await openIncident();
    expect(incident.body).toContain('comment `/rollback`');
    const first = await attempt(incident, key);
    expect(first.outcome?.ok).toBe(true);
    const issue = fake.repo(OWNER, REPO).issues.find((i) => i.number === incident.number)!;
    const state = parseStateBlock(issue.body);
    expect(state?.reverts).toHaveLength(1);
    expect(state?.reverts[0]).toMatchObject({
      target,
      how: 'pull-request',
      outcome: 'started',
      trigger: 'automatic'
    });
    expect(issue.body).toContain('**revert**: revert to');
    // "What to do" now follows the revert instead of offering /rollback again.
    expect(issue.body).toContain(`A revert to \`${target.slice(0, 12)}\` was started`);
    expect(issue.body).not.toContain('comment `/rollback`');
    expect(
      fake
        .repo(OWNER, REPO)
        .comments.filter((c) => c.issueNumber === incident.number)
        .at(-1)?.body
    ).toContain('Automatic revert');
    const second = await attempt(first.incident, key);
    expect(second.decision.allowed).toBe(false);
    expect(second.decision.reasons[0]).toMatch(/already reverted/);
  });

  test('a failed attempt is recorded as failed and names the permission', async () => {
    const { incident, key } = await openIncident();
    const result = await attempt(incident, key, {
      gh: clientFor(fake),
      pullRequestClient: clientFor(fake, 'ghs_issues_only')
    });
    expect(result.outcome?.ok).toBe(false);
    const state = parseStateBlock(
      fake.repo(OWNER, REPO).issues.find((i) => i.number === incident.number)!.body
    );
    expect(state?.reverts[0]?.outcome).toBe('failed');
    expect(state?.reverts[0]?.detail).toContain('contents: read');
  });

  test('a blocked revert writes nothing and costs no API call', async () => {
    const { incident, key } = await openIncident();
    fake.resetCounters();
    const result = await attempt(incident, key, { assessment: unsafeAssessment() });
    expect(result.decision.allowed).toBe(false);
    expect(fake.callCount()).toBe(0);
  });
});
