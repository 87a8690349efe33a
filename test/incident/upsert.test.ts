import { upsertIncident, type UpsertIncidentInput } from '../../src/incident/upsert.js';
import { findOpenIncidents } from '../../src/incident/github.js';
import { parseStateBlock } from '../../src/incident/state.js';
import { parseRunMarkers } from '../../src/incident/markers.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor, OWNER, REPO, repo, settings } from './github-setup.js';
import {
  countSignal,
  facts,
  failVerdict,
  inconclusiveVerdict,
  passVerdict,
  safeAssessment
} from './fixtures.js';

let fake: FakeGitHub;
let env = 0;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  fake.seedRepo({ owner: OWNER, repo: REPO });
  fake.addCollaborator({ owner: OWNER, repo: REPO, login: 'octocat', permission: 'write' });
});
afterAll(() => fake.close());
afterEach(() => fake.assertNoViolations());

/** Each test gets its own environment, so their incidents never meet. */
function input(overrides: Partial<UpsertIncidentInput> = {}): UpsertIncidentInput {
  return {
    gh: clientFor(fake),
    repo,
    key: { environment: `env-${env}`, service: 'shop' },
    verdict: failVerdict(),
    assessment: safeAssessment(),
    facts: facts({ environment: `env-${env}` }),
    run: { runId: 100, attempt: 1 },
    settings: settings(),
    now: new Date('2026-11-23T12:05:00Z'),
    ...overrides
  };
}

const issuesOf = (environment: string) =>
  fake
    .repo(OWNER, REPO)
    .issues.filter((i) => (i.body ?? '').includes(`postflight:incident env=${environment} `));
const commentsOn = (number: number) =>
  fake.repo(OWNER, REPO).comments.filter((c) => c.issueNumber === number);

beforeEach(() => {
  env += 1;
});

test('opens an incident with labels (created with a color), the actor assigned, and the state block', async () => {
  const result = await upsertIncident(input());
  expect(result.action).toBe('opened');
  const [issue] = issuesOf(`env-${env}`);
  expect(issue?.title).toBe(`[postflight] env-${env}: http:errors failed`);
  expect(issue?.labels).toEqual(['incident', 'postflight', `env:env-${env}`, 'severity:critical']);
  expect(issue?.assignees).toEqual(['octocat']);
  const label = fake.repo(OWNER, REPO).labels.find((l) => l.name === 'severity:critical');
  expect(label?.color).toBe('b60205');
  expect(label?.description).toMatch(/critical/);
  const state = parseStateBlock(issue?.body);
  expect(state?.lastVerdict).toBe('fail');
  expect(state?.runs).toEqual(['100:opened']);
});

test('assigns configured people; one who cannot be assigned does not stop the issue', async () => {
  fake.addCollaborator({ owner: OWNER, repo: REPO, login: 'oncall', permission: 'maintain' });
  const result = await upsertIncident(
    input({ settings: settings({ assignees: ['oncall', 'stranger', 'renovate[bot]'] }) })
  );
  expect(result.action).toBe('opened');
  const [issue] = issuesOf(`env-${env}`);
  expect(issue?.assignees).toEqual(['oncall']);
});

test('a later failed run adds a timeline comment and refreshes the state, keeping the original body', async () => {
  const first = await upsertIncident(input());
  const number = first.action === 'opened' ? first.incident.number : -1;
  const originalHead = issuesOf(`env-${env}`)[0]!.body!.split('### Timeline')[0];
  const second = await upsertIncident(
    input({
      run: { runId: 101, attempt: 1 },
      verdict: failVerdict([countSignal('latency', 'fail')]),
      now: new Date('2026-11-23T13:00:00Z')
    })
  );
  expect(second.action).toBe('updated');
  const issues = issuesOf(`env-${env}`);
  expect(issues).toHaveLength(1);
  const comments = commentsOn(number);
  expect(comments).toHaveLength(1);
  expect(comments[0]?.body).toContain('### New failure');
  expect(parseRunMarkers(comments[0]?.body)).toEqual([{ runId: 101, attempt: 1, kind: 'failure' }]);
  const body = issues[0]!.body!;
  expect(body.startsWith(originalHead!)).toBe(true);
  expect(body).toContain('**failure**: fail:');
  expect(parseStateBlock(body)?.runs).toEqual(['100:opened', '101:failure']);
});

test('a re-run of the same run and attempt adds no second issue and no second comment', async () => {
  await upsertIncident(input());
  await upsertIncident(input({ run: { runId: 200, attempt: 1 } }));
  const again = await upsertIncident(input({ run: { runId: 200, attempt: 1 } }));
  expect(again.action).toBe('unchanged');
  const reopened = await upsertIncident(input({ run: { runId: 100, attempt: 1 } }));
  expect(reopened.action).toBe('unchanged');
  const issues = issuesOf(`env-${env}`);
  expect(issues).toHaveLength(1);
  expect(commentsOn(issues[0]!.number)).toHaveLength(1);
});

test('five concurrent failed runs create one incident between them: none is opened and closed as a duplicate', async () => {
  const createdBefore = fake.callCount('issues/create');
  const results = await Promise.all(
    [1, 2, 3, 4, 5].map((i) =>
      upsertIncident(
        input({ gh: clientFor(fake), run: { runId: 300 + i, attempt: 1 }, lock: { retryMs: 5 } })
      )
    )
  );
  // One notification: one issue created, nothing closed as a duplicate.
  expect(fake.callCount('issues/create') - createdBefore).toBe(1);
  const issues = issuesOf(`env-${env}`);
  expect(issues).toHaveLength(1);
  const winner = issues[0]!;
  expect(winner.state).toBe('open');
  expect(results.map((r) => r.action).sort()).toEqual(['opened', 'updated', 'updated', 'updated', 'updated']);
  for (const r of results) expect(r.action === 'none' ? -1 : r.incident.number).toBe(winner.number);
  // The four later runs are on the incident's timeline, each once.
  expect(commentsOn(winner.number)).toHaveLength(4);
  // The lock is released: no ref is left behind for the next run to wait on.
  expect([...fake.repo(OWNER, REPO).refs.keys()].filter((r) => r.startsWith('postflight/locks/'))).toEqual(
    []
  );
});

test('without the lock (no contents: write), concurrent runs still end with one open incident, closing duplicates', async () => {
  fake.addToken('ghs_issues_only', { issues: 'write', contents: 'read' });
  const lines: string[] = [];
  const results = await Promise.all(
    [1, 2, 3].map((i) =>
      upsertIncident(
        input({
          gh: clientFor(fake, 'ghs_issues_only'),
          run: { runId: 350 + i, attempt: 1 },
          log: (line) => lines.push(line)
        })
      )
    )
  );
  expect(lines.filter((l) => l.startsWith('Warning: could not take the incident lock'))).toHaveLength(3);
  expect(lines[0]).toContain('`contents: write`');
  const open = issuesOf(`env-${env}`).filter((i) => i.state === 'open');
  expect(open).toHaveLength(1);
  const winner = open[0]!;
  const closed = issuesOf(`env-${env}`).filter((i) => i.state === 'closed');
  for (const loser of closed) {
    expect(loser.stateReason).toBe('duplicate');
    expect(loser.body).toContain(`Duplicate of #${winner.number}`);
    expect(commentsOn(winner.number).some((c) => c.body.includes(`### Merged from #${loser.number}`))).toBe(
      true
    );
  }
  for (const r of results) expect(r.action === 'none' ? -1 : r.incident.number).toBe(winner.number);
  expect(
    await findOpenIncidents(clientFor(fake), repo, { environment: `env-${env}`, service: 'shop' })
  ).toHaveLength(1);
});

test('a pass comments "recovered" with the evidence, and closes only with close-on-recovery', async () => {
  await upsertIncident(input());
  const kept = await upsertIncident(input({ verdict: passVerdict(), run: { runId: 401, attempt: 1 } }));
  expect(kept.action).toBe('recovered');
  let [issue] = issuesOf(`env-${env}`);
  expect(issue?.state).toBe('open');
  expect(commentsOn(issue!.number).at(-1)?.body).toContain('### Recovered');
  expect(commentsOn(issue!.number).at(-1)?.body).toContain('/resolve');

  const closed = await upsertIncident(
    input({
      verdict: passVerdict(),
      run: { runId: 402, attempt: 1 },
      settings: settings({ closeOnRecovery: true })
    })
  );
  expect(closed.action).toBe('recovered');
  [issue] = issuesOf(`env-${env}`);
  expect(issue?.state).toBe('closed');
  expect(issue?.stateReason).toBe('completed');
  expect(parseStateBlock(issue?.body)?.lastVerdict).toBe('pass');

  const nothing = await upsertIncident(input({ verdict: passVerdict(), run: { runId: 403, attempt: 1 } }));
  expect(nothing.action).toBe('none');
});

test('hostile commit text and actors are escaped in the issue', async () => {
  const verdict = failVerdict([
    { ...countSignal('http:errors', 'fail', true), reason: '@admins <script>x</script> | `rm` ```' }
  ]);
  await upsertIncident(
    input({ verdict, facts: facts({ environment: `env-${env}`, actor: 'mallory', ref: '@team|<b>' }) })
  );
  const body = issuesOf(`env-${env}`)[0]!.body!;
  expect(body).not.toMatch(/@[A-Za-z]/);
  expect(body).not.toContain('<script>');
  expect(body).not.toContain('<b>');
});

test('an escalation to a critical failure raises the severity label', async () => {
  await upsertIncident(input({ verdict: failVerdict([countSignal('latency', 'fail', false)]) }));
  expect(issuesOf(`env-${env}`)[0]?.labels).toContain('severity:high');
  await upsertIncident(input({ run: { runId: 501, attempt: 1 } }));
  const labels = issuesOf(`env-${env}`)[0]?.labels;
  expect(labels).toContain('severity:critical');
  expect(labels).not.toContain('severity:high');
});

test('an inconclusive verdict opens an incident only when configured, at medium severity', async () => {
  expect((await upsertIncident(input({ verdict: inconclusiveVerdict() }))).action).toBe('none');
  expect(issuesOf(`env-${env}`)).toHaveLength(0);
  const opened = await upsertIncident(
    input({ verdict: inconclusiveVerdict(), settings: settings({ onInconclusive: true }) })
  );
  expect(opened.action).toBe('opened');
  expect(issuesOf(`env-${env}`)[0]?.labels).toContain('severity:medium');
});
