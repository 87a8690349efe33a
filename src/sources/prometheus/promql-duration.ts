/** PromQL durations for `$window`: whole seconds written as `1h2m30s` (at least `1s`). */
export function promDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0)
    throw new Error(`window length must be a non-negative number of ms, got ${ms}`);
  let seconds = Math.max(1, Math.round(ms / 1000));
  const parts: string[] = [];
  for (const [unit, size] of [
    ['d', 86_400],
    ['h', 3_600],
    ['m', 60],
    ['s', 1]
  ] as const) {
    const n = Math.floor(seconds / size);
    if (n > 0) parts.push(`${n}${unit}`);
    seconds -= n * size;
  }
  return parts.join('');
}
