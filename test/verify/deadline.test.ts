/**
 * The window is a deadline and a cancelled run stops at once: polls still in flight are
 * abandoned (their requests aborted) and the verdict is reached without them.
 */
import { runVerification } from '../../src/verify/loop.js';
import { virtualClock, type Clock } from '../../src/verify/clock.js';
import type { PollWindow, Source } from '../../src/sources/types.js';
import type { JudgeSettings } from '../../src/verdict/types.js';

const SETTINGS: JudgeSettings = {
  alpha: 0.05,
  tolerance: 1.1,
  windowMs: 60_000,
  minErrors: 5,
  maxConsecutiveErrors: 3
};
const DEPLOY = Date.UTC(2026, 11, 4, 12, 0, 0);
const INTERVAL = 10_000;

/**
 * A virtual clock whose alarm rings when a source has hung: time jumps to the alarm, as it would
 * pass on a real clock while the request hangs.
 */
function hangingClock(): Clock & { hang(): void; alarms: number[] } {
  const clock = virtualClock(DEPLOY);
  const pending: { at: number; resolve: (fired: boolean) => void }[] = [];
  let now = DEPLOY;
  return {
    now: () => Math.max(now, clock.now()),
    async sleep(ms) {
      now = Math.max(now, clock.now()) + Math.max(0, ms);
      await clock.sleep(0);
    },
    alarms: [],
    alarm(at, signal) {
      this.alarms.push(at);
      return new Promise((resolve) => {
        const entry = { at, resolve };
        pending.push(entry);
        signal.addEventListener('abort', () => resolve(false), { once: true });
      });
    },
    hang() {
      setImmediate(() => {
        for (const entry of pending.splice(0)) {
          now = Math.max(now, entry.at);
          entry.resolve(true);
        }
      });
    }
  };
}

/** Healthy counts until `hangFrom` ms after the deploy; from then on every poll hangs. */
function source(
  clock: { hang(): void },
  hangFrom: number,
  options: { honoursAbort: boolean }
): Source & { windows: PollWindow[]; aborted: number } {
  const windows: PollWindow[] = [];
  const self = {
    id: 'api',
    type: 'model',
    critical: false,
    signals: [
      {
        id: 'api',
        kind: 'count' as const,
        baseline: 'absolute' as const,
        critical: false,
        maxErrorRate: 0.05
      }
    ],
    windows,
    aborted: 0,
    poll(w: PollWindow) {
      windows.push(w);
      if (w.to - DEPLOY < hangFrom)
        return Promise.resolve([
          { signal: 'api', kind: 'count' as const, group: 'canary' as const, errors: 0, total: 1 }
        ]);
      clock.hang();
      return new Promise<never>((_, reject) => {
        w.signal.addEventListener('abort', () => {
          self.aborted += 1;
          if (options.honoursAbort) reject(new Error('The operation was aborted'));
        });
      });
    }
  };
  return self;
}

test.each([true, false])(
  'a source hanging at the end of the window is aborted at the deadline, and the verdict comes without it (honours abort: %p)',
  async (honoursAbort) => {
    const clock = hangingClock();
    const api = source(clock, 50_000, { honoursAbort });
    const result = await runVerification({
      sources: [api],
      settings: SETTINGS,
      intervalMs: INTERVAL,
      baselineMs: 0,
      deployTime: DEPLOY,
      clock
    });
    expect(clock.alarms).toEqual([DEPLOY + SETTINGS.windowMs + INTERVAL]);
    expect(api.aborted).toBe(1);
    expect(result.verdict.verdict).not.toBe('pending');
    // At most one interval past the window.
    expect(clock.now()).toBe(DEPLOY + SETTINGS.windowMs + INTERVAL);
    const last = result.observations.at(-1)!;
    expect(last.errors).toEqual([
      {
        signal: 'api',
        message: 'no answer by the verification deadline (window 60s + one 10s interval); request aborted'
      }
    ]);
  }
);

test('a poll hanging mid-window ends the window at the deadline instead of waiting for it', async () => {
  const clock = hangingClock();
  const api = source(clock, 20_000, { honoursAbort: true });
  const result = await runVerification({
    sources: [api],
    settings: SETTINGS,
    intervalMs: INTERVAL,
    baselineMs: 0,
    deployTime: DEPLOY,
    clock
  });
  expect(result.polls).toBe(2);
  expect(api.windows.at(-1)!.to).toBe(DEPLOY + 20_000);
  expect(result.verdict.verdict).toBe('inconclusive');
  expect(clock.now()).toBe(DEPLOY + SETTINGS.windowMs + INTERVAL);
});

test('a cancelled run stops polling at once and ends inconclusive, "cancelled after N polls"', async () => {
  const clock = virtualClock(DEPLOY);
  const cancel = new AbortController();
  let polls = 0;
  const api: Source = {
    id: 'api',
    type: 'model',
    critical: false,
    signals: [{ id: 'api', kind: 'count', baseline: 'absolute', critical: false, maxErrorRate: 0.05 }],
    async poll() {
      polls += 1;
      if (polls === 3) cancel.abort('SIGTERM');
      return [{ signal: 'api', kind: 'count', group: 'canary' as const, errors: 0, total: 1 }];
    }
  };
  const result = await runVerification({
    sources: [api],
    settings: SETTINGS,
    intervalMs: INTERVAL,
    baselineMs: 0,
    deployTime: DEPLOY,
    clock,
    cancel: cancel.signal
  });
  expect(polls).toBe(3);
  expect(result.cancelled).toEqual({ reason: 'SIGTERM' });
  expect(result.polls).toBe(2);
  expect(result.verdict.verdict).toBe('inconclusive');
  expect(result.verdict.reason).toBe('cancelled after 2 polls (SIGTERM)');
});

test('a cancellation aborts the requests in flight', async () => {
  const clock = hangingClock();
  const cancel = new AbortController();
  const api = source({ hang: () => setImmediate(() => cancel.abort('SIGINT')) }, 30_000, {
    honoursAbort: false
  });
  const result = await runVerification({
    sources: [api],
    settings: SETTINGS,
    intervalMs: INTERVAL,
    baselineMs: 0,
    deployTime: DEPLOY,
    clock,
    cancel: cancel.signal
  });
  expect(api.aborted).toBe(1);
  expect(result.verdict.reason).toBe('cancelled after 2 polls (SIGINT)');
  expect(result.cancelled?.reason).toBe('SIGINT');
});

test('a run that starts after its window ended still polls once over everything since the deploy', async () => {
  // A queued job, or a deploy-time taken from an old deployment status: the window is already over.
  const clock = hangingClock();
  await clock.sleep(SETTINGS.windowMs + 5 * INTERVAL);
  const started = clock.now();
  const api = source(clock, Infinity, { honoursAbort: true });
  const result = await runVerification({
    sources: [api],
    settings: SETTINGS,
    intervalMs: INTERVAL,
    baselineMs: 0,
    deployTime: DEPLOY,
    clock
  });
  expect(result.polls).toBe(1);
  expect(api.windows[0]!.from).toBe(DEPLOY);
  expect(api.windows[0]!.to).toBeGreaterThanOrEqual(started);
  // The deadline counts from the start of a late run: one interval for the catch-up poll.
  expect(clock.alarms).toEqual([started + INTERVAL]);
  expect(result.observations[0]!.errors).toEqual([]);
});
