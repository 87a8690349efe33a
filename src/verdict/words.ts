/** Numbers as they appear in verdict reasons: short, human, stable across runs. */

/** 0.0213 -> "2.13%", 0 -> "0%". */
export function percent(rate: number | null): string {
  if (rate === null || !Number.isFinite(rate)) return 'n/a';
  if (rate === 0) return '0%';
  return `${significant(rate * 100)}%`;
}

/** Three significant digits without trailing zeros: 41.234 -> "41.2", 2 -> "2". */
export function significant(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : String(n);
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 1e6 || abs < 1e-4) return n.toExponential(2);
  if (abs >= 1000) return String(Math.round(n));
  // Rounding by a power of ten rather than toPrecision: this runs on every poll of every signal.
  const scale = Math.pow(10, 2 - Math.floor(Math.log10(abs)));
  return String(Math.round(n * scale) / scale);
}

/** ms -> "3 m 20 s", "45 s", "10 m". */
export function duration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(totalSeconds / 60);
  const s = totalSeconds % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} m` : `${m} m ${s} s`;
}

/**
 * "value >= bound" or "value < bound", printed with as many significant digits as it takes for
 * the printed numbers to compare the way the real ones do (19.996 < 20 is never shown as "20 < 20").
 * Reasons print their decisive comparisons with this so that what they say is what was decided.
 */
export function compared(value: number, bound: number): string {
  const op = value >= bound ? '>=' : '<';
  for (let digits = 3; digits <= 17; digits++) {
    const [a, b] = [significantTo(value, digits), significantTo(bound, digits)];
    if (op === '>=' ? parseNumber(a) >= parseNumber(b) : parseNumber(a) < parseNumber(b)) {
      return `${a} ${op} ${b}`;
    }
  }
  return `${String(value)} ${op} ${String(bound)}`;
}

/** Reads back a number printed by significant() or compared(): "inf" is Infinity. */
export function parseNumber(text: string): number {
  if (text === 'inf') return Infinity;
  if (text === '-Infinity') return -Infinity;
  return Number(text);
}

function significantTo(n: number, digits: number): string {
  if (digits <= 3 || !Number.isFinite(n) || n === 0) return significant(n);
  const abs = Math.abs(n);
  if (abs >= 1e6 || abs < 1e-4) return n.toExponential(digits - 1);
  return String(Number(n.toPrecision(digits)));
}
