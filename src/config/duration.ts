/**
 * Durations as people write them in YAML: `500ms`, `30s`, `10m`, `1h`, `1h30m`, or a bare number
 * of seconds. Always converted to milliseconds.
 */
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Number+unit parts (`1h30m`) or a bare number of seconds. Unit order is checked when parsing. */
export const DURATION_TEXT = /^(?:(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+|\d+(?:\.\d+)?)$/;

export const DURATION_HINT = 'a duration like `500ms`, `30s`, `10m`, `1h30m`, or a number of seconds';

/** Milliseconds, or `undefined` when the text is not a duration (the caller names the key). */
export function parseDuration(value: string | number): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) : undefined;
  }
  const text = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  if (!DURATION_TEXT.test(text)) return undefined;
  const order = ['d', 'h', 'm', 's', 'ms'];
  let total = 0;
  let lastRank = -1;
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    const rank = order.indexOf(unit!);
    // `30s1m` or `1m1m` is more likely a typo than an intent; refuse rather than guess.
    if (rank <= lastRank) return undefined;
    lastRank = rank;
    total += Number(amount) * UNIT_MS[unit!]!;
  }
  return Math.round(total);
}

/**
 * The longest delay Node's timers can wait: a longer one overflows and fires after 1 ms
 * (`TimeoutOverflowWarning`), which would turn a generous request timeout into an instant one.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** `24d20h31m23s647ms`: a duration in the units people write, for error messages. */
export function formatDuration(ms: number): string {
  let rest = Math.round(ms);
  const parts: string[] = [];
  for (const unit of ['d', 'h', 'm', 's', 'ms'] as const) {
    const size = UNIT_MS[unit]!;
    const amount = Math.floor(rest / size);
    if (amount > 0) parts.push(`${amount}${unit}`);
    rest -= amount * size;
  }
  return parts.join('') || '0ms';
}
