/**
 * Large GraphQL schemas change in a few definitions per release. Parsing and building two
 * 2 MB schemas to diff them costs seconds and hundreds of megabytes, nearly all of it on
 * definitions that are the same on both sides. This splits SDL text into its top-level
 * definitions (with their descriptions) by a small scan, and keeps on each side only the
 * definitions whose text differs, blanking the others line for line so every kept definition
 * stays on its own line numbers. Identical definitions can produce no change, and the types the
 * kept ones reference are declared as stand-ins when the schema is built (as for subgraphs).
 */

const DEFINITION_KEYWORDS = new Set([
  'type',
  'interface',
  'input',
  'enum',
  'union',
  'scalar',
  'directive',
  'extend',
  'schema'
]);

/** Definitions that always stay: few, small, and they shape the whole schema. */
const ALWAYS_KEPT = /^(?:extend\s+schema|schema)\b/;

export interface Chunk {
  /** Offset of the definition's first character (its description, when it has one). */
  start: number;
  end: number;
}

const isNameStart = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isNameChar = (code: number): boolean => isNameStart(code) || (code >= 48 && code <= 57);

/**
 * Top-level definitions of an SDL text, in order, covering it without gaps. Strings, block
 * strings and comments are skipped so braces and keywords inside them do not count.
 */
export function splitDefinitions(text: string): Chunk[] {
  const starts: number[] = [];
  let depth = 0;
  /** Start of the string token just before, at depth 0, with nothing significant since. */
  let pendingDescription = -1;
  /** `extend schema`, `extend type`: the keyword after `extend` belongs to its definition. */
  let afterExtend = false;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 35 /* # */) {
      const newline = text.indexOf('\n', i);
      i = newline < 0 ? length : newline + 1;
      continue;
    }
    if (code === 34 /* " */) {
      const tokenStart = i;
      if (text.startsWith('"""', i)) {
        let close = i + 3;
        for (;;) {
          close = text.indexOf('"""', close);
          if (close < 0 || text.charCodeAt(close - 1) !== 92 /* \ */) break;
          close += 3;
        }
        i = close < 0 ? length : close + 3;
      } else {
        i++;
        while (i < length) {
          const c = text.charCodeAt(i);
          if (c === 92) i += 2;
          else if (c === 34 || c === 10) {
            i++;
            break;
          } else i++;
        }
      }
      if (depth === 0) pendingDescription = tokenStart;
      continue;
    }
    if (code === 123 || code === 40 || code === 91) {
      depth++;
      pendingDescription = -1;
      i++;
      continue;
    }
    if (code === 125 || code === 41 || code === 93) {
      depth = Math.max(0, depth - 1);
      pendingDescription = -1;
      i++;
      continue;
    }
    if (isNameStart(code)) {
      let end = i + 1;
      while (end < length && isNameChar(text.charCodeAt(end))) end++;
      // `@deprecated(reason: "...")` names a directive; a keyword after `@` or `:` is a name.
      const previous = i > 0 ? text.charCodeAt(i - 1) : 10;
      const word = text.slice(i, end);
      if (depth === 0 && previous !== 64 /* @ */ && !afterExtend && DEFINITION_KEYWORDS.has(word)) {
        starts.push(pendingDescription >= 0 ? pendingDescription : i);
      }
      afterExtend = depth === 0 && word === 'extend';
      pendingDescription = -1;
      i = end;
      continue;
    }
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9 && code !== 44) pendingDescription = -1;
    i++;
  }
  if (starts.length === 0) return [{ start: 0, end: length }];
  const chunks: Chunk[] = [];
  if (starts[0]! > 0) chunks.push({ start: 0, end: starts[0]! });
  starts.forEach((start, index) => chunks.push({ start, end: starts[index + 1] ?? length }));
  return chunks;
}

/** The text with every chunk not kept replaced by as many newlines as it spans. */
function keepOnly(text: string, chunks: Chunk[], keep: (chunk: string) => boolean): string {
  const parts: string[] = [];
  for (const chunk of chunks) {
    const body = text.slice(chunk.start, chunk.end);
    if (keep(body)) parts.push(body);
    else parts.push('\n'.repeat(countNewlines(body)));
  }
  return parts.join('');
}

function countNewlines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) count++;
  return count;
}

function keyOf(body: string): string {
  return body.trim();
}

const EXTENSION = /^extend\s+(?:type|interface|input|enum|union|scalar)\s+([_A-Za-z]\w*)/;
const DEFINITION = /^(?:type|interface|input|enum|union|scalar)\s+([_A-Za-z]\w*)/;

function withoutDescription(key: string): string {
  return key.startsWith('"') ? key.replace(/^(?:"""[\s\S]*?"""|"[^"\n]*")\s*/, '') : key;
}

/**
 * Both texts with only the definitions that differ between them (and the schema definitions)
 * left in place, on their original lines.
 */
export function changedDefinitions(head: string, base: string): { head: string; base: string } {
  const headChunks = splitDefinitions(head);
  const baseChunks = splitDefinitions(base);
  const count = (text: string, chunks: Chunk[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const chunk of chunks) {
      const key = keyOf(text.slice(chunk.start, chunk.end));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const headCounts = count(head, headChunks);
  const baseCounts = count(base, baseChunks);
  const differs = (other: Map<string, number>) => (body: string) => {
    const key = keyOf(body);
    return ALWAYS_KEPT.test(withoutDescription(key)) || !other.has(key);
  };
  // A kept extension completes a definition that may be unchanged: keep that one too, on both
  // sides, or the extension would stand for the whole type on one side only.
  const extended = new Set<string>();
  for (const [text, chunks, other] of [
    [head, headChunks, baseCounts],
    [base, baseChunks, headCounts]
  ] as const) {
    for (const chunk of chunks) {
      const body = text.slice(chunk.start, chunk.end);
      const name = EXTENSION.exec(withoutDescription(keyOf(body)))?.[1];
      if (name && differs(other)(body)) extended.add(name);
    }
  }
  const keep = (other: Map<string, number>) => {
    const changed = differs(other);
    return (body: string): boolean => {
      if (changed(body)) return true;
      const name = extended.size ? DEFINITION.exec(withoutDescription(keyOf(body)))?.[1] : undefined;
      return name !== undefined && extended.has(name);
    };
  };
  return {
    head: keepOnly(head, headChunks, keep(baseCounts)),
    base: keepOnly(base, baseChunks, keep(headCounts))
  };
}
