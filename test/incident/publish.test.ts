import { publishIncident, type IncidentPublishDeps } from '../../src/incident/publish.js';
import type { VerifyOutcome } from '../../src/jobs/verify.js';
import type { Assessment } from '../../src/assess/types.js';
import type { Verdict } from '../../src/verdict/types.js';
import { parseStateBlock } from '../../src/incident/state.js';
import { MissingPermissionError } from '../../src/github/errors.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor, OWNER, REPO, repo } from './github-setup.js';
import { countSignal, failVerdict, passVerdict, safeAssessment, unsafeAssessment } from './fixtures.js';

let fake: FakeGitHub;
let target: string;
let head: string;
let env = 0;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  fake.seedRepo({ owner: OWNER, repo: REPO });
  target = fake.addCommit({ owner: OWNER, repo: REPO, message: 'good', files: { 'app.ts': 'v1\n' } });
  head = fake.addCommit({ owner: OWNER, repo: REPO, message: 'bad', files: { 'app.ts': 'v2\n' } });
  fake.addToken('ghs_read_issues', { issues: 'read' });
  fake.addCollaborator({ owner: OWNER, repo: REPO, login: 'octocat', permission: 'write' });
});
afterAll(() => fake.close());
afterEach(() => fake.assertNoViolations());
beforeEach(() => {
  env += 1;
});

function outcome(verdict: Verdict, assessment: Assessment | null): VerifyOutcome {
  return {
    verdict,
    assessment,
    report: {} as VerifyOutcome['report'],
    markdown: '',
    stepFails: verdict.verdict === 'fail',
    deployTime: Date.UTC(2026, 10, 23, 12),
    facts: { environment: 'production', deployTime: Date.UTC(2026, 10, 23, 12), dryRun: false }
  };
}

function deps(
  overrides: Partial<IncidentPublishDeps> = {},
  revertMode: 'off' | 'dispatch' = 'off'
): IncidentPublishDeps {
  return {
    gh: clientFor(fake),
    repo,
    run: { runId: 50 + env, attempt: 1 },
    config: {
      environment: `pub-${env}`,
      incident: {
        enabled: true,
        onInconclusive: false,
        closeOnRecovery: false,
        labels: ['team:payments'],
        assignees: []
      },
      revert: { mode: revertMode, workflow: 'deploy.yml', maxPerDay: 1 }
    },
    service: REPO,
    facts: { sha: head, ref: 'main', actor: 'octocat', repoUrl: 'https://github.com/acme/shop' },
    defaultBranch: 'main',
    now: () => new Date('2026-11-23T12:10:00Z'),
    ...overrides
  };
}

const safe = (): Assessment =>
  safeAssessment({ target: { ref: 'v1', sha: target, how: 'last good', skipped: [] } });

test('incident calls per run: 1 when healthy, 1 on a re-run, 3 for a timeline update, 11 to open the first', async () => {
  fake.resetCounters();
  await publishIncident(outcome(passVerdict(), null), deps());
  expect(fake.callCount()).toBe(1);

  fake.resetCounters();
  await publishIncident(outcome(failVerdict(), unsafeAssessment()), deps());
  // List, take the environment's lock (tree, commit, ref), list again under it, create (GitHub
  // makes the 4 missing labels), style those 4 labels once, release the lock.
  expect(fake.callCounts()).toMatchObject({
    'issues/list-for-repo': 2,
    'git/create-tree': 1,
    'git/create-commit': 1,
    'git/create-ref': 1,
    'issues/create': 1,
    'issues/update-label': 4,
    'git/delete-ref': 1
  });
  expect(fake.callCount()).toBe(11);

  fake.resetCounters();
  await publishIncident(
    outcome(failVerdict(), unsafeAssessment()),
    deps({ run: { runId: 50 + env, attempt: 2 } })
  );
  expect(fake.callCount()).toBe(1);

  fake.resetCounters();
  await publishIncident(
    outcome(failVerdict(), unsafeAssessment()),
    deps({ run: { runId: 999, attempt: 1 } })
  );
  expect(fake.callCounts()).toMatchObject({
    'issues/list-for-repo': 1,
    'issues/create-comment': 1,
    'issues/update': 1
  });
  expect(fake.callCount()).toBe(3);
});

test('a failed deploy with a safe assessment and revert.mode dispatch reverts automatically, once', async () => {
  const result = await publishIncident(outcome(failVerdict(), safe()), deps({}, 'dispatch'));
  expect(result.revert?.outcome?.ok).toBe(true);
  const number = result.upsert.action === 'none' ? -1 : result.upsert.incident.number;
  expect(fake.repo(OWNER, REPO).dispatches.at(-1)?.payload).toEqual({
    ref: target,
    reason: 'automatic revert: deploy failed verification',
    incident: String(number)
  });
  const issue = fake.repo(OWNER, REPO).issues.find((i) => i.number === number)!;
  expect(issue.labels).toContain('team:payments');
  expect(parseStateBlock(issue.body)?.reverts).toHaveLength(1);

  const again = await publishIncident(
    outcome(failVerdict(), safe()),
    deps({ run: { runId: 777, attempt: 1 } }, 'dispatch')
  );
  expect(again.revert?.decision.allowed).toBe(false);
  expect(
    fake
      .repo(OWNER, REPO)
      .dispatches.filter((d) => (d.payload as { incident?: string }).incident === String(number))
  ).toHaveLength(1);
});

test('never reverts automatically when a migration changed', async () => {
  const before = fake.repo(OWNER, REPO).dispatches.length;
  const result = await publishIncident(
    outcome(failVerdict(), { ...unsafeAssessment(), target: safe().target }),
    deps({}, 'dispatch')
  );
  expect(result.revert?.decision.allowed).toBe(false);
  expect(result.revert?.decision.reasons.join('\n')).toContain('db/migrate/20261120_drop_orders_email.rb:3');
  expect(fake.repo(OWNER, REPO).dispatches.length).toBe(before);
});

test('the size limit holds through GitHub, and the body says what it left out', async () => {
  // Enough failing signals that their charts alone pass the limit (a chart is about 1 KB).
  const signals = Array.from({ length: 90 }, (_, i) =>
    countSignal(`signal-${i}-${'x'.repeat(30)}`, 'fail', false, 40)
  );
  const result = await publishIncident(outcome(failVerdict(signals), unsafeAssessment()), deps());
  const number = result.upsert.action === 'none' ? -1 : result.upsert.incident.number;
  const body = fake.repo(OWNER, REPO).issues.find((i) => i.number === number)!.body!;
  expect(body.length).toBeLessThanOrEqual(65_536);
  expect(body).toContain('leaves out: charts beyond the first');
});

test('a token without issues: write fails with the permission named', async () => {
  const error = await publishIncident(
    outcome(failVerdict(), null),
    deps({ gh: clientFor(fake, 'ghs_read_issues') })
  ).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(MissingPermissionError);
  expect((error as Error).message).toContain('issues: write');
});

test('five concurrent failed runs with automatic revert: one incident, one revert', async () => {
  const results = await Promise.all(
    [1, 2, 3, 4, 5].map((i) =>
      publishIncident(
        outcome(failVerdict(), safe()),
        deps({ gh: clientFor(fake), run: { runId: 600 + i, attempt: 1 } }, 'dispatch')
      )
    )
  );
  const open = fake
    .repo(OWNER, REPO)
    .issues.filter((i) => i.state === 'open' && i.title.includes(`pub-${env}:`));
  expect(open).toHaveLength(1);
  // Runs that merged into another run's incident leave the revert to that run.
  for (const r of results.filter((x) => x.upsert.action === 'merged')) expect(r.revert).toBeNull();
  const dispatched = fake
    .repo(OWNER, REPO)
    .dispatches.filter((d) => (d.payload as { incident?: string }).incident === String(open[0]!.number));
  expect(dispatched).toHaveLength(1);
});
