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
 * Read line by line (`TraceParser`): `parseTrace` takes a whole text, `readTraceFile` streams a
 * file of any length in constant memory. Errors are `TraceError`s naming line and column, and
 * quote what the file holds escaped, so a binary file prints as `\x00`, never as raw bytes.
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

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
  const parser = new TraceParser();
  const rows: TraceRow[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const row = parser.line(line, i + 1);
    if (row) rows.push(row);
  });
  parser.end();
  return rows;
}

/** The longest line a trace may have: a file without line breaks is not read whole into memory. */
export const MAX_TRACE_LINE = 64 * 1024;

/** Rows of a trace file, read as a stream: memory stays constant whatever the file's length. */
export async function* readTraceFile(path: string): AsyncGenerator<TraceRow> {
  const parser = new TraceParser();
  let lineNo = 0;
  for await (const line of fileLines(path)) {
    const row = parser.line(line, ++lineNo);
    if (row) yield row;
  }
  parser.end();
}

async function* fileLines(path: string): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let lineNo = 1;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    rest += decoder.write(chunk as Buffer);
    let start = 0;
    for (let nl = rest.indexOf('\n'); nl >= 0; nl = rest.indexOf('\n', start)) {
      yield rest.slice(start, nl).replace(/\r$/, '');
      lineNo += 1;
      start = nl + 1;
    }
    rest = rest.slice(start);
    if (rest.length > MAX_TRACE_LINE) {
      throw new TraceError(
        `trace line ${lineNo}: longer than ${MAX_TRACE_LINE} characters (is this a CSV trace?); starts with ${quote(rest)}`,
        lineNo,
        null
      );
    }
  }
  rest += decoder.end();
  if (rest !== '') yield rest.replace(/\r$/, '');
}

/** Parses a trace one line at a time: the header first, then one row per non-comment line. */
export class TraceParser {
  private header: string[] | null = null;
  private readonly columns = new Map<Column, number>();
  private first = true;

  /** The row on this line, or null for the header, blank lines and comments. */
  line(text: string, lineNo: number): TraceRow | null {
    const raw = this.first ? text.replace(/^\uFEFF/, '') : text;
    this.first = false;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return null;
    if (this.header === null) {
      this.readHeader(raw, lineNo);
      return null;
    }
    return this.readRow(raw, lineNo);
  }

  /** Throws when the file ended without a header. */
  end(): void {
    if (this.header === null)
      throw new TraceError(
        'trace: the file is empty; expected a header row such as "t,signal,errors,total"',
        1,
        null
      );
  }

  private readHeader(raw: string, lineNo: number): void {
    const header = splitCsvLine(raw, lineNo).map((h) => h.trim().toLowerCase());
    header.forEach((name, i) => {
      if (!(KNOWN_COLUMNS as readonly string[]).includes(name)) {
        throw new TraceError(
          `trace line ${lineNo}, column ${i + 1} (${quote(name)}): unknown column; expected one of ${KNOWN_COLUMNS.join(', ')}`,
          lineNo,
          name
        );
      }
      if (this.columns.has(name as Column)) {
        throw new TraceError(`trace line ${lineNo}: column "${name}" appears twice`, lineNo, name);
      }
      this.columns.set(name as Column, i);
    });
    for (const required of ['t', 'signal'] as const) {
      if (!this.columns.has(required)) {
        throw new TraceError(
          `trace line ${lineNo}: the header has no "${required}" column; expected at least t and signal`,
          lineNo,
          required
        );
      }
    }
    if (this.columns.has('errors') !== this.columns.has('total')) {
      throw new TraceError(
        `trace line ${lineNo}: "errors" and "total" come together; the header has only one of them`,
        lineNo,
        null
      );
    }
    this.header = header;
  }

  private readRow(raw: string, lineNo: number): TraceRow {
    const header = this.header!;
    const columns = this.columns;
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
      throw new TraceError(`${where(c)}: expected ${expected}, got ${quote(cell(c))}`, lineNo, c);
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
    return { line: lineNo, t, signal, group, reading };
  }
}

/**
 * Text from the file as a quoted, printable string: control characters, lone surrogates and
 * invisible or direction-changing characters become escapes, and long text is cut.
 */
export function quote(text: string, max = 60): string {
  const cut = text.length > max ? text.slice(0, max) : text;
  const escaped = [...cut]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (ch === '"' || ch === '\\') return `\\${ch}`;
      if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return `\\x${code.toString(16).padStart(2, '0')}`;
      if (
        (code >= 0xd800 && code <= 0xdfff) ||
        code === 0xfffd ||
        (code >= 0x200b && code <= 0x200f) ||
        (code >= 0x202a && code <= 0x202e) ||
        (code >= 0x2066 && code <= 0x2069) ||
        code === 0xfeff
      )
        return `\\u${code.toString(16).padStart(4, '0')}`;
      return ch;
    })
    .join('');
  return `"${escaped}"${text.length > max ? `... (${text.length} characters)` : ''}`;
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
