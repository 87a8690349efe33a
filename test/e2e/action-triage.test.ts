/**
 * `mode: triage` through the bundled action: slash commands on an incident issue, gated by the
 * commenter's permission, against the OpenAPI-validated fake GitHub.
 */
import { FakeGitHub } from '../support/fake-github/index.js';
import { upsertIncident } from '../../src/incident/upsert.js';
import { clientFor, OWNER, REPO, repo, settings } from '../incident/github-setup.js';
import { facts, failVerdict, unsafeAssessment } from '../incident/fixtures.js';
import { runAction } from './run-action.js';

let fake: FakeGitHub;
let incident: number;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  fake.seedRepo({ owner: OWNER, repo: REPO });
  fake.addCommit({ owner: OWNER, repo: REPO, message: 'bad', files: { 'app.ts': 'v2\n' } });
  fake.addCollaborator({ owner: OWNER, repo: REPO, login: 'alice', permission: 'write' });
  fake.addCollaborator({ owner: OWNER, repo: REPO, login: 'mallory', permission: 'read' });
  const opened = await upsertIncident({
    gh: clientFor(fake),
    repo,
    key: { environment: 'production', service: REPO },
    verdict: failVerdict(),
    assessment: unsafeAssessment(),
    facts: facts(),
    run: { runId: 7, attempt: 1 },
    settings: settings({ assignActor: false }),
    now: new Date('2026-11-23T12:00:00Z')
  });
  if (opened.action === 'none') throw new Error('no incident opened');
  incident = opened.incident.number;
});
afterAll(() => fake.close());

async function comment(body: string, author: string) {
  const id = fake.addComment({ owner: OWNER, repo: REPO, issueNumber: incident, body, user: author });
  const run = await runAction({
    inputs: { mode: 'triage', token: FakeGitHub.TOKEN },
    event: {
      name: 'issue_comment',
      payload: {
        action: 'created',
        issue: { number: incident, title: '[postflight] production', labels: [{ name: 'postflight' }] },
        comment: { id, body, user: { login: author } },
        repository: { default_branch: 'main' }
      }
    },
    apiUrl: fake.url,
    repository: `${OWNER}/${REPO}`,
    sha: 'f'.repeat(40)
  });
  const gh = clientFor(fake);
  const reactions = await gh.rest.reactions.listForIssueComment({ owner: OWNER, repo: REPO, comment_id: id });
  const issue = await gh.rest.issues.get({ owner: OWNER, repo: REPO, issue_number: incident });
  const comments = await gh.rest.issues.listComments({ owner: OWNER, repo: REPO, issue_number: incident });
  return { run, reactions: reactions.data, issue: issue.data, comments: comments.data };
}

describe('triage commands on the incident issue', () => {
  it('refuses a reader with a short reply and changes nothing', async () => {
    const { run, reactions, issue, comments } = await comment('/ack', 'mallory');
    expect(run.code).toBe(0);
    expect(reactions).toHaveLength(0);
    expect(issue.assignees?.map((a) => a.login) ?? []).not.toContain('mallory');
    expect(comments.at(-1)?.body).toMatch(/write/i);
  }, 60_000);

  it('accepts /ack from a writer: a reaction, the assignment and the label', async () => {
    const { run, reactions, issue } = await comment('/ack', 'alice');
    expect(run.code).toBe(0);
    expect(reactions.length).toBeGreaterThan(0);
    expect(issue.assignees?.map((a) => a.login)).toContain('alice');
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toContain('acknowledged');
    fake.assertNoViolations();
  }, 60_000);

  it('refuses /rollback while a destructive migration is in the range, naming it', async () => {
    const { comments } = await comment('/rollback', 'alice');
    // Markdown escapes (\_) render as the plain text a person reads.
    const reply = (comments.at(-1)?.body ?? '').replace(/\\(.)/g, '$1');
    expect(reply).toMatch(/not|refus|block/i);
    expect(reply).toContain(unsafeAssessment().factors[0]!.path!);
    fake.assertNoViolations();
  }, 60_000);
});
