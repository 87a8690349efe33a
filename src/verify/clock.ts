/** Time as the polling loop sees it: injected so tests and `replay` run on a virtual clock. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or early (without throwing) when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /**
   * Resolves `true` at epoch ms `at` while other work is still running (a hung request), or
   * `false` when `signal` aborts first. Clocks without it (virtual ones: nothing there hangs)
   * never end a poll early.
   */
  alarm?(at: number, signal: AbortSignal): Promise<boolean>;
}

/** Node's timers overflow beyond this and fire at once; longer waits are chained. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted || ms <= 0) return resolve();
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
    }),
  alarm: (at, signal) =>
    new Promise((resolve) => {
      if (signal.aborted) return resolve(false);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const onAbort = () => {
        clearTimeout(timer);
        resolve(false);
      };
      const arm = () => {
        const left = at - Date.now();
        if (left <= 0) {
          signal.removeEventListener('abort', onAbort);
          return resolve(true);
        }
        timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      arm();
    })
};

/** A clock that only moves when someone sleeps on it: deterministic loops in tests and benchmarks. */
export function virtualClock(start: number): Clock & { advance(ms: number): void } {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      now += ms;
    },
    async sleep(ms) {
      now += Math.max(0, ms);
    }
  };
}
