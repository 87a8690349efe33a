/**
 * Folding a source's per-bucket readings into one reading per signal and group for a poll:
 * counts add up (errors and requests of every complete bucket), levels average.
 */
import type { Reading } from './types.js';

export function mergeReadings(readings: Reading[]): Reading[] {
  const out = new Map<string, Reading>();
  const levelCounts = new Map<string, number>();
  for (const r of readings) {
    const key = `${r.signal}\u0000${r.group}`;
    const seen = out.get(key);
    if (!seen) {
      out.set(key, { ...r });
      levelCounts.set(key, 1);
    } else if (seen.kind === 'count' && r.kind === 'count') {
      seen.errors += r.errors;
      seen.total += r.total;
    } else if (seen.kind === 'level' && r.kind === 'level') {
      const n = levelCounts.get(key)!;
      seen.value = (seen.value * n + r.value) / (n + 1);
      levelCounts.set(key, n + 1);
    }
  }
  return [...out.values()];
}

/**
 * Where each poll after the deploy starts when a store answers in buckets: at the end of the last
 * bucket counted (at first, the deploy), so that a bucket still filling at one poll is counted at
 * the next, once, and a bucket that began before the deploy (mixing versions) never is.
 */
export function bucketCursor(): { from(windowFrom: number): number; counted(end: number): void } {
  let next: number | undefined;
  return {
    from: (windowFrom) => (next ??= windowFrom),
    counted: (end) => {
      next = Math.max(next ?? end, end);
    }
  };
}
