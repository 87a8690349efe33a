import { acquireIncidentLock, lockRefName } from '../../src/incident/lock.js';
import { upsertIncident } from '../../src/incident/upsert.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import { clientFor, OWNER, REPO, repo, settings } from './github-setup.js';
import { facts, failVerdict, safeAssessment } from './fixtures.js';

let fake: FakeGitHub;

beforeAll(async () => {
  fake = await FakeGitHub.start();
  fake.seedRepo({ owner: OWNER, repo: REPO });
  fake.addCommit({ owner: OWNER, repo: REPO, message: 'init', files: { 'README.md': 'hi\n' } });
});
afterAll(() => fake.close());
afterEach(() => fake.assertNoViolations());

const lockRefs = () =>
  [...fake.repo(OWNER, REPO).refs.keys()].filter((name) => name.startsWith('postflight/locks/'));

/** A lock left behind by a run taken at `at` (a commit dated then, as the lock code writes it). */
function leaveLock(environment: string, at: Date): string {
  const sha = fake.addCommit({
    owner: OWNER,
    repo: REPO,
    message: 'Postflight incident lock (left behind)',
    files: { 'lock.json': '{}\n' },
    parents: [],
    date: at
  });
  fake.repo(OWNER, REPO).refs.set(lockRefName(environment), sha);
  return sha;
}

describe('lockRefName', () => {
  test('keeps letters, digits and dashes, and encodes every other byte so any name is a valid ref', () => {
    expect(lockRefName('production')).toBe('postflight/locks/production');
    expect(lockRefName('prod/eu west..1.lock')).toBe('postflight/locks/prod_2feu_20west_2e_2e1_2elock');
    expect(lockRefName('Ü~:^?*[\\@{')).toMatch(/^postflight\/locks\/(?:_[0-9a-f]{2})+$/);
    expect(lockRefName('')).toBe('postflight/locks/_');
  });

  test('distinct environments never share a lock, even ones that differ only in escaped characters', () => {
    const names = ['a b', 'a_20b', 'a-b', 'A b', 'a.b', 'x'.repeat(500), 'x'.repeat(499) + 'y'];
    expect(new Set(names.map(lockRefName)).size).toBe(names.length);
    expect(lockRefName('x'.repeat(500)).length).toBeLessThanOrEqual('postflight/locks/'.length + 180);
  });
});

test('a run takes the lock, a second one finds it held, and sees it released', async () => {
  const gh = clientFor(fake);
  const first = await acquireIncidentLock({ gh, repo, environment: 'held', runId: 1 });
  expect(first.kind).toBe('held');
  expect(lockRefs()).toEqual([lockRefName('held')]);
  let looks = 0;
  const second = acquireIncidentLock({
    gh,
    repo,
    environment: 'held',
    runId: 2,
    settings: {
      retryMs: 1,
      sleep: async () => {
        looks += 1;
        if (looks === 2 && first.kind === 'held') await first.release();
      }
    }
  });
  expect((await second).kind).toBe('released');
  expect(lockRefs()).toEqual([]);
});

test('a lock older than its time to live is taken over; a fresh one is waited for, then given up', async () => {
  const gh = clientFor(fake);
  const now = Date.parse('2026-12-04T12:00:00Z');
  const stale = leaveLock('stale', new Date(now - 10 * 60_000));
  const lines: string[] = [];
  const taken = await acquireIncidentLock({
    gh,
    repo,
    environment: 'stale',
    runId: 3,
    settings: { now: () => now },
    log: (line) => lines.push(line)
  });
  expect(taken.kind).toBe('held');
  expect(lines[0]).toMatch(
    /^Took over the incident lock for stale: it was taken at 2026-12-04T11:50:00.000Z/
  );
  const current = fake.repo(OWNER, REPO).refs.get(lockRefName('stale'))!;
  expect(current).not.toBe(stale);
  expect(fake.repo(OWNER, REPO).commits.get(current)?.parents).toEqual([stale]);

  // Now fresh and held by run 3: run 4 waits its time, then goes on without it.
  let clock = now;
  const waited = await acquireIncidentLock({
    gh,
    repo,
    environment: 'stale',
    runId: 4,
    settings: {
      now: () => clock,
      waitMs: 30_000,
      retryMs: 10_000,
      sleep: async (ms) => {
        clock += ms;
      }
    },
    log: (line) => lines.push(line)
  });
  expect(waited.kind).toBe('unavailable');
  expect(lines.at(-1)).toContain('another run has held it for more than 30 s');
  if (taken.kind === 'held') await taken.release();
  expect(lockRefs()).toEqual([]);
});

test('a failed run opens the incident after taking over the lock a killed run left behind, and releases it', async () => {
  leaveLock('killed', new Date(Date.now() - 60 * 60_000));
  const result = await upsertIncident({
    gh: clientFor(fake),
    repo,
    key: { environment: 'killed', service: 'shop' },
    verdict: failVerdict(),
    assessment: safeAssessment(),
    facts: facts({ environment: 'killed' }),
    run: { runId: 500, attempt: 1 },
    settings: settings(),
    now: new Date()
  });
  expect(result.action).toBe('opened');
  expect(lockRefs()).toEqual([]);
});
