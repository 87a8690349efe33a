/** Small formatting helpers shared by the renderers: numbers people can read at a glance. */

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '?';
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  if (m < 60) return rest ? `${m} m ${rest} s` : `${m} m`;
  const h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} m` : `${h} h`;
}

export function formatPercent(rate: number): string {
  if (!Number.isFinite(rate)) return 'n/a';
  const pct = rate * 100;
  if (pct === 0) return '0%';
  if (pct < 0.01) return '<0.01%';
  if (pct < 1) return `${pct.toFixed(2)}%`;
  return `${pct.toFixed(1)}%`;
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1e6) return n.toExponential(2);
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);
}

export function formatOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  return `${sign}${formatDuration(Math.abs(ms)).replace(/ /g, '')}`;
}

/** Cuts text to `max` characters at a line boundary where possible, saying that it did. */
export function truncate(text: string, max: number, note = '\n\n_(cut to fit GitHub’s size limit)_'): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - note.length);
  const cut = text.lastIndexOf('\n', room);
  return text.slice(0, cut > room * 0.8 ? cut : room) + note;
}

/** How many times larger: `×3.8`, `×12`, `×1.05`; `n/a` when the reference is zero or missing. */
export function formatRatio(value: number, reference: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(reference) || reference <= 0) return 'n/a';
  const r = value / reference;
  return `×${r >= 10 ? r.toFixed(0) : r >= 1.1 ? r.toFixed(1) : r.toFixed(2)}`;
}

/** A moment people read at a glance: `12:00 UTC, 23 Nov 2026`. */
export function formatClock(epochMs: number): string {
  if (!Number.isFinite(epochMs)) return 'unknown time';
  const d = new Date(epochMs);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm} UTC, ${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}
