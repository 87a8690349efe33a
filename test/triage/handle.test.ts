import { handleTriage, type TriageContext, type TriageDeps } from '../../src/triage/handle.js';
import { upsertIncident } from '../../src/incident/upsert.js';
import { parseStateBlock } from '../../src/incident/state.js';
import type { Assessment } from '../../src/assess/types.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor, OWNER, REPO, repo, settings } from '../incident/github-setup.js';
import { facts, failVerdict, safeAssessment, unsafeAssessment } from '../incident/fixtures.js';

let fake: FakeGitHub;
let target: string;
let head: string;
let env = 0;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  fake.seedRepo({ owner: OWNER, repo: REPO });
  target = fake.addCommit({ owner: OWNER, repo: REPO, message: 'good', files: { 'app.ts': 'v1\n' } });
  head = fake.addCommit({ owner: OWNER, repo: REPO, message: 'bad', files: { 'app.ts': 'v2\n' } });
  for (const [login, permission] of [
    ['reader', 'read'],
    ['writer', 'write'],
    ['boss', 'admin'],
    ['keeper', 'maintain']
  ] as const) {
    fake.addCollaborator({ owner: OWNER, repo: REPO, login, permission });
  }
});
afterAll(() => fake.close());
afterEach(() => fake.assertNoViolations());

const withTarget = (a: Assessment): Assessment => ({ ...a, target: { ...a.target, sha: target } });

async function openIncident(assessment: Assessment = withTarget(unsafeAssessment())): Promise<number> {
  env += 1;
  const result = await upsertIncident({
    gh: clientFor(fake),
    repo,
    key: { environment: `tri-${env}`, service: 'shop' },
    verdict: failVerdict(),
    assessment,
    facts: facts({ environment: `tri-${env}`, sha: head }),
    run: { runId: 10 + env, attempt: 1 },
    settings: settings({ assignActor: false }),
    now: new Date('2026-11-23T12:00:00Z')
  });
  if (result.action === 'none') throw new Error('no incident');
  return result.incident.number;
}

function comment(issueNumber: number, body: string, author: string): TriageContext {
  const id = fake.addComment({ owner: OWNER, repo: REPO, issueNumber, body, user: author });
  return {
    eventName: 'issue_comment',
    action: 'created',
    owner: OWNER,
    repo: REPO,
    issue: { number: issueNumber, title: 'x', labels: ['postflight'], isPullRequest: false },
    comment: { id, body, author }
  };
}

const deps = (overrides: Partial<TriageDeps> = {}): TriageDeps => ({
  now: () => new Date('2026-11-23T12:30:00Z'),
  revert: { mode: 'dispatch', workflow: 'deploy.yml', maxPerDay: 3, defaultBranch: 'main' },
  ...overrides
});

const issue = (n: number) => fake.repo(OWNER, REPO).issues.find((i) => i.number === n)!;
const comments = (n: number) => fake.repo(OWNER, REPO).comments.filter((c) => c.issueNumber === n);
const reactionsOn = (commentId: number) =>
  fake.repo(OWNER, REPO).reactions.filter((r) => r.subject.kind === 'comment' && r.subject.id === commentId);

test('a read-only user is refused with a short reply and nothing else happens', async () => {
  const n = await openIncident();
  const ctx = comment(n, '/ack', 'reader');
  const result = await handleTriage(clientFor(fake), ctx, deps());
  expect(result).toMatchObject({ handled: true, outcome: 'refused: reader has read' });
  expect(comments(n).at(-1)?.body).toContain('need write access');
  expect(reactionsOn(ctx.comment!.id)).toHaveLength(0);
  expect(issue(n).assignees).toEqual([]);
  expect(issue(n).labels).not.toContain('acknowledged');
});

test('/ack from a writer: a reaction, the writer assigned, the acknowledged label, the state', async () => {
  const n = await openIncident();
  const ctx = comment(n, 'on it\n/ack', 'writer');
  const result = await handleTriage(clientFor(fake), ctx, deps());
  expect(result.handled).toBe(true);
  expect(reactionsOn(ctx.comment!.id).map((r) => r.content)).toEqual(['+1']);
  expect(issue(n).assignees).toEqual(['writer']);
  expect(issue(n).labels).toContain('acknowledged');
  expect(fake.repo(OWNER, REPO).labels.find((l) => l.name === 'acknowledged')?.color).toBe('0e8a16');
  expect(parseStateBlock(issue(n).body)?.acknowledgedBy).toBe('writer');
});

test('bots, Postflight’s own comments, quotes and other issues are ignored without writing', async () => {
  const n = await openIncident();
  fake.resetCounters();
  expect(
    (await handleTriage(clientFor(fake), comment(n, '/rollback', 'dependabot[bot]'), deps())).handled
  ).toBe(false);
  expect(
    (await handleTriage(clientFor(fake), comment(n, '> /rollback\nplease no', 'writer'), deps())).handled
  ).toBe(false);
  expect(
    (
      await handleTriage(
        clientFor(fake),
        comment(n, '/status\n<!-- postflight:comment -->', 'writer'),
        deps()
      )
    ).handled
  ).toBe(false);
  expect(fake.callCount()).toBe(0);
  const other = fake.addIssue({
    owner: OWNER,
    repo: REPO,
    title: 'unrelated',
    body: 'a normal issue',
    labels: ['postflight']
  });
  const result = await handleTriage(clientFor(fake), comment(other.number, '/rollback', 'boss'), deps());
  expect(result).toMatchObject({
    handled: false,
    why: `issue #${other.number} is not a Postflight incident`
  });
  expect(fake.callCount()).toBe(1);
  expect(comments(other.number)).toHaveLength(1);
});

test('/rollback is refused with the blocking migration’s path:line', async () => {
  const n = await openIncident();
  const ctx = comment(n, '/rollback', 'writer');
  const result = await handleTriage(clientFor(fake), ctx, deps());
  expect(result.handled && result.outcome).toMatch(/^refused/);
  const reply = comments(n).at(-1)!.body;
  expect(reply).toContain('A revert is not allowed');
  expect(reply).toContain('db/migrate/20261120\\_drop\\_orders\\_email.rb:3');
  expect(reply).toContain('/rollback --override <reason>');
  expect(fake.repo(OWNER, REPO).dispatches).toHaveLength(0);
});

test('/rollback --override: refused for a maintainer, allowed for an admin and recorded with the reason', async () => {
  const n = await openIncident();
  await handleTriage(clientFor(fake), comment(n, '/rollback --override it is fine', 'keeper'), deps());
  expect(comments(n).at(-1)?.body).toContain('Only repository admins');
  expect(fake.repo(OWNER, REPO).dispatches).toHaveLength(0);

  const ctx = comment(n, '/rollback --override orders.email is unused since v1.2', 'boss');
  const result = await handleTriage(clientFor(fake), ctx, deps());
  expect(result.handled && result.outcome).toMatch(/^started/);
  expect(reactionsOn(ctx.comment!.id).map((r) => r.content)).toEqual(['rocket']);
  expect(fake.repo(OWNER, REPO).dispatches.at(-1)?.payload).toMatchObject({
    ref: target,
    incident: String(n)
  });
  const state = parseStateBlock(issue(n).body);
  expect(state?.reverts[0]).toMatchObject({
    trigger: 'command',
    by: 'boss',
    override: 'orders.email is unused since v1.2',
    outcome: 'started'
  });
  expect(comments(n).at(-1)?.body).toContain('**Override** by boss');

  // No loops: a second /rollback on the same incident is refused even for the admin.
  await handleTriage(clientFor(fake), comment(n, '/rollback --override again', 'boss'), deps());
  expect(comments(n).at(-1)?.body).toContain('already reverted');
  expect(
    fake
      .repo(OWNER, REPO)
      .dispatches.filter((d) => (d.payload as { incident?: string }).incident === String(n))
  ).toHaveLength(1);
});

test('/rollback of a safe incident by a writer starts the revert', async () => {
  const n = await openIncident(withTarget(safeAssessment()));
  const result = await handleTriage(clientFor(fake), comment(n, '/rollback', 'writer'), deps());
  expect(result.handled && result.outcome).toMatch(/^started/);
});

test('/status, /reassess, /resolve and unknown commands', async () => {
  const n = await openIncident();
  await handleTriage(clientFor(fake), comment(n, '/status', 'writer'), deps());
  const status = comments(n).at(-1)!.body;
  expect(status).toContain('last verdict: **fail**');
  expect(status).toContain('rollback safety: **unsafe**');

  const asked: unknown[] = [];
  await handleTriage(
    clientFor(fake),
    comment(n, '/reassess', 'writer'),
    deps({
      reassess: async (target, incident) => {
        asked.push({ target, ...incident });
        return withTarget(safeAssessment());
      }
    })
  );
  // The release the incident is about, not whatever the comment event's SHA is.
  expect(asked).toEqual([{ target: null, headSha: head, environment: `tri-${env}` }]);
  expect(comments(n).at(-1)!.body).toContain('### Reassessed (asked by writer)');
  expect(parseStateBlock(issue(n).body)?.assessment?.verdict).toBe('safe');

  await handleTriage(clientFor(fake), comment(n, '/frobnicate', 'writer'), deps());
  expect(comments(n).at(-1)!.body).toContain('`/rollback [ref]`');

  await handleTriage(clientFor(fake), comment(n, '/resolve cache flushed @everyone', 'writer'), deps());
  expect(issue(n).state).toBe('closed');
  expect(comments(n).at(-1)!.body).toContain('cache flushed');
  expect(comments(n).at(-1)!.body).not.toMatch(/@[a-z]/);
});

test('/rollback <ref> reassesses against that ref first, and is refused when it cannot', async () => {
  const n = await openIncident(withTarget(safeAssessment()));
  await handleTriage(clientFor(fake), comment(n, '/rollback v1.0.0', 'writer'), deps());
  expect(comments(n).at(-1)?.body).toContain('needs a fresh assessment of v1.0.0');

  const asked: (string | null)[] = [];
  const reassess = async (ref: string | null) => {
    asked.push(ref);
    return safeAssessment({ target: { ref, sha: target, how: 'named in /rollback', skipped: [] } });
  };
  const result = await handleTriage(
    clientFor(fake),
    comment(n, '/rollback v1.0.0', 'writer'),
    deps({ reassess })
  );
  expect(asked).toEqual(['v1.0.0']);
  expect(result.handled && result.outcome).toMatch(/^started/);
  expect(parseStateBlock(issue(n).body)?.reverts[0]).toMatchObject({ target, ref: 'v1.0.0', by: 'writer' });
});
