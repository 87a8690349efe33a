/**
 * The trace CSV that `postflight replay` backtests on. One row per signal per interval:
 *
 *   t,signal,group,errors,total,value,healthy,error
 *
 * - `t`: seconds relative to the deploy at the END of the interval (negative or 0: before the deploy)
 * - `signal`: the signal id
 * - `errors`,`total`: counts in the interval (a count reading), or
 * - `value`: a level (latency, saturation), or
 * - `healthy`: true/false (a health check), or
 * - `error`: a source error message (the poll failed for this signal)
 * - `group`: `canary` (default) or `baseline`
 *
 * Only `t` and `signal` columns are required; each row must fill exactly one of the reading kinds.
 * Pure: takes the file's text, returns rows or throws a `TraceError` naming line and column.
 */

export interface TraceRow {
  /** 1-based line in the file, for messages. */
  line: number;
  /** Seconds after the deploy (end of the interval). */
  t: number;
  signal: string;
  group: 'canary' | 'baseline';
  reading:
    | { kind: 'count'; errors: number; total: number }
    | { kind: 'level'; value: number }
    | { kind: 'health'; healthy: boolean }
    | { kind: 'error'; message: string };
}

export class TraceError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: string | null
  ) {
    super(message);
    this.name = 'TraceError';
  }
}

const KNOWN_COLUMNS = ['t', 'signal', 'group', 'errors', 'total', 'value', 'healthy', 'error'] as const;
type Column = (typeof KNOWN_COLUMNS)[number];

export function parseTrace(text: string): TraceRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  if (headerIndex < 0)
    throw new TraceError(
      'trace: the file is empty; expected a header row such as "t,signal,errors,total"',
      1,
      null
    );
  const header = splitCsvLine(lines[headerIndex]!, headerIndex + 1).map((h) => h.trim().toLowerCase());
  const columns = new Map<Column, number>();
  header.forEach((name, i) => {
    if (!(KNOWN_COLUMNS as readonly string[]).includes(name)) {
      throw new TraceError(
        `trace line ${headerIndex + 1}, column ${i + 1} ("${name}"): unknown column; expected one of ${KNOWN_COLUMNS.join(', ')}`,
        headerIndex + 1,
        name
      );
    }
    if (columns.has(name as Column)) {
      throw new TraceError(
        `trace line ${headerIndex + 1}: column "${name}" appears twice`,
        headerIndex + 1,
        name
      );
    }
    columns.set(name as Column, i);
  });
  for (const required of ['t', 'signal'] as const) {
    if (!columns.has(required)) {
      throw new TraceError(
        `trace line ${headerIndex + 1}: the header has no "${required}" column; expected at least t and signal`,
        headerIndex + 1,
        required
      );
    }
  }
  if (columns.has('errors') !== columns.has('total')) {
    throw new TraceError(
      `trace line ${headerIndex + 1}: "errors" and "total" come together; the header has only one of them`,
      headerIndex + 1,
      null
    );
  }

  const rows: TraceRow[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const lineNo = i + 1;
    const cells = splitCsvLine(raw, lineNo);
    if (cells.length > header.length) {
      throw new TraceError(
        `trace line ${lineNo}: ${cells.length} fields, but the header has ${header.length} columns`,
        lineNo,
        null
      );
    }
    const cell = (c: Column): string => {
      const index = columns.get(c);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const where = (c: Column) => `trace line ${lineNo}, column ${columns.get(c)! + 1} (${c})`;
    const fail = (c: Column, expected: string): never => {
      throw new TraceError(`${where(c)}: expected ${expected}, got "${cell(c)}"`, lineNo, c);
    };

    const t = Number(cell('t'));
    if (cell('t') === '' || !Number.isFinite(t))
      fail('t', 'seconds relative to the deploy (a number, negative before it)');
    const signal = cell('signal');
    if (signal === '') fail('signal', 'a signal id');
    const groupText = cell('group') || 'canary';
    if (groupText !== 'canary' && groupText !== 'baseline') fail('group', '"canary" or "baseline"');
    const group = groupText as TraceRow['group'];

    const filled = (['errors', 'value', 'healthy', 'error'] as const).filter((c) => cell(c) !== '');
    if (filled.length !== 1) {
      const what = filled.length === 0 ? 'none is filled' : `${filled.join(' and ')} are all filled`;
      throw new TraceError(
        `trace line ${lineNo}: expected exactly one reading (errors+total, value, healthy or error), but ${what}`,
        lineNo,
        null
      );
    }
    let reading: TraceRow['reading'];
    switch (filled[0]) {
      case 'errors': {
        const errors = count(cell('errors')) ?? fail('errors', 'a non-negative integer');
        const total = count(cell('total')) ?? fail('total', 'a non-negative integer');
        if (errors > total) fail('errors', `at most total (${total})`);
        reading = { kind: 'count', errors, total };
        break;
      }
      case 'value': {
        const value = Number(cell('value'));
        if (!Number.isFinite(value)) fail('value', 'a number');
        reading = { kind: 'level', value };
        break;
      }
      case 'healthy': {
        const text = cell('healthy').toLowerCase();
        if (!['true', 'false', '1', '0'].includes(text)) fail('healthy', 'true, false, 1 or 0');
        reading = { kind: 'health', healthy: text === 'true' || text === '1' };
        break;
      }
      default:
        reading = { kind: 'error', message: cell('error') };
    }
    rows.push({ line: lineNo, t, signal, group, reading });
  }
  return rows;
}

function count(text: string): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Splits one CSV line; fields may be double-quoted with "" as an escaped quote. */
function splitCsvLine(line: string, lineNo: number): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) throw new TraceError(`trace line ${lineNo}: a quoted field is not closed`, lineNo, null);
  out.push(field);
  return out;
}
