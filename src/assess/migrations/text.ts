/** Small text helpers shared by the classifiers: line numbers and masking that keeps them. */

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Line lookup for many offsets in one text: newline positions once, then a binary search per
 * offset, so a long migration with many calls stays linear-ish rather than quadratic.
 */
export function lineLocator(text: string): (offset: number) => number {
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return (offset) => {
    let low = 0;
    let high = newlines.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (newlines[mid]! < offset) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
}

/** Blank out [start, end) except newlines, so offsets and line numbers of the rest stay valid. */
export function maskRange(text: string, start: number, end: number): string {
  const blanked = text.slice(start, end).replace(/[^\n]/g, ' ');
  return text.slice(0, start) + blanked + text.slice(end);
}

/** Offset of the first character after whitespace and SQL comments, starting at `offset`. */
export function skipSqlTrivia(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const ch = text[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === ';') {
      i++;
    } else if (text.startsWith('--', i)) {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline + 1;
    } else if (text.startsWith('/*', i)) {
      const close = text.indexOf('*/', i + 2);
      i = close === -1 ? text.length : close + 2;
    } else {
      break;
    }
  }
  return i;
}

/** libpg_query reports byte offsets into the UTF-8 text; the classifiers work on characters. */
export function byteOffsetToCharOffset(utf8: Buffer, byteOffset: number): number {
  return utf8.subarray(0, byteOffset).toString('utf8').length;
}

/** First line of a statement, trimmed and shortened, for quoting in a finding. */
export function quoteStatement(statement: string, max = 80): string {
  const oneLine = statement.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
