/**
 * Large Swagger and OpenAPI descriptions change in a few paths per release, and parsing two
 * 300 KB YAML texts into syntax trees is most of the cost of comparing them (Harbor's: about
 * 1 s of CPU per side, cold). The comparison walks `paths` and reaches `definitions` (or
 * `components/schemas`) only through `$ref`, so a path whose text is the same on both sides, and
 * that reaches no definition whose text differs, can produce no finding. This blanks such paths,
 * and the definitions only they reach, on both sides line for line (every kept element stays on
 * its own line numbers) before the texts are parsed.
 *
 * A plain line scan over block YAML: anything it does not follow (JSON, flow style at the
 * section's level, anchors, a `$ref` into `paths`, or a changed definition referenced from outside
 * the two sections) leaves the texts whole.
 */

interface Chunk {
  /** `paths/<key>` or `schemas/<name>`. */
  id: string;
  start: number;
  /** Line after its last line. */
  end: number;
  text: string;
}

interface Split {
  lines: string[];
  chunks: Map<string, Chunk>;
  /** Every line outside the chunks, joined: its `$ref`s must stay resolvable. */
  rest: string;
}

/** Below this size the whole parse is cheap: not worth the scan. */
const MIN_CHARS = 40_000;
const KEY = /^(?:'((?:[^']|'')*)'|"((?:[^"\\]|\\.)*)"|([^\s'"#{[][^:#]*?))\s*:(?:\s|$)/;
const ANCHOR = /(?:^|[\s[{,])&[\w-]+(?:\s|$)/m;
const REF = /\$ref["']?\s*:\s*["']?#\/(?:definitions|components\/schemas)\/([^"'\s#}]+)/g;

const indentOf = (line: string): number => line.length - line.trimStart().length;
const isBlankOrComment = (line: string): boolean => {
  const trimmed = line.trim();
  return trimmed === '' || trimmed.startsWith('#');
};

function decodePointer(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

/**
 * The children of the block mapping that opens at line `open` (indent `parentIndent`), as chunks,
 * or null when the block is not one this scan follows. Returns the line after the block too.
 */
function childrenOf(
  lines: string[],
  open: number,
  parentIndent: number,
  prefix: string,
  chunks: Map<string, Chunk>
): number | null {
  let line = open + 1;
  while (line < lines.length && isBlankOrComment(lines[line]!)) line++;
  if (line >= lines.length || indentOf(lines[line]!) <= parentIndent) return line;
  const childIndent = indentOf(lines[line]!);
  let current: { id: string; start: number } | null = null;
  const close = (end: number): void => {
    if (!current) return;
    const id = current.id;
    chunks.set(id, { id, start: current.start, end, text: lines.slice(current.start, end).join('\n') });
    current = null;
  };
  for (; line < lines.length; line++) {
    const text = lines[line]!;
    if (isBlankOrComment(text)) continue;
    const indent = indentOf(text);
    if (indent > childIndent) continue;
    if (indent <= parentIndent) break;
    if (indent < childIndent) return null;
    const key = KEY.exec(text.slice(indent));
    if (!key) return null;
    close(line);
    const name = key[1] !== undefined ? key[1].replaceAll("''", "'") : (key[2] ?? key[3]!.trim());
    const id = `${prefix}/${name}`;
    if (chunks.has(id)) return null;
    current = { id, start: line };
  }
  close(line);
  return line;
}

function split(text: string): Split | null {
  const lines = text.split('\n');
  const chunks = new Map<string, Chunk>();
  for (let line = 0; line < lines.length; line++) {
    const current = lines[line]!;
    if (/^paths\s*:\s*(?:#.*)?$/.test(current)) {
      const next = childrenOf(lines, line, 0, 'paths', chunks);
      if (next === null) return null;
      line = next - 1;
    } else if (/^definitions\s*:\s*(?:#.*)?$/.test(current)) {
      const next = childrenOf(lines, line, 0, 'schemas', chunks);
      if (next === null) return null;
      line = next - 1;
    } else if (/^components\s*:\s*(?:#.*)?$/.test(current)) {
      // OpenAPI 3: only `components/schemas` is split; the other components stay whole.
      let inner = line + 1;
      for (; inner < lines.length; inner++) {
        const text = lines[inner]!;
        if (isBlankOrComment(text)) continue;
        if (indentOf(text) === 0) break;
        if (/^\s+schemas\s*:\s*(?:#.*)?$/.test(text)) {
          const next = childrenOf(lines, inner, indentOf(text), 'schemas', chunks);
          if (next === null) return null;
          inner = next - 1;
        }
      }
      line = inner - 1;
    }
  }
  const inChunk = new Uint8Array(lines.length);
  for (const chunk of chunks.values()) inChunk.fill(1, chunk.start, chunk.end);
  const rest = lines.filter((_, index) => !inChunk[index]).join('\n');
  return { lines, chunks, rest };
}

function refsOf(text: string): string[] {
  return [...text.matchAll(REF)].map((match) => `schemas/${decodePointer(match[1]!)}`);
}

/**
 * The two texts with the paths and definitions that cannot produce a finding blanked, or null
 * when the scan does not apply or would keep most of them anyway.
 */
export function keepChangedOpenApi(head: string, base: string): { head: string; base: string } | null {
  if (head.length < MIN_CHARS && base.length < MIN_CHARS) return null;
  for (const text of [head, base]) {
    if (
      text.trimStart().startsWith('{') ||
      ANCHOR.test(text) ||
      /\$ref["']?\s*:\s*["']?#\/paths\//.test(text)
    )
      return null;
  }
  const sides = [split(head), split(base)];
  if (!sides[0] || !sides[1]) return null;
  const [headSplit, baseSplit] = sides as [Split, Split];
  const ids = new Set([...headSplit.chunks.keys(), ...baseSplit.chunks.keys()]);
  const refs = new Map<string, Set<string>>();
  for (const id of ids)
    refs.set(
      id,
      new Set([
        ...refsOf(headSplit.chunks.get(id)?.text ?? ''),
        ...refsOf(baseSplit.chunks.get(id)?.text ?? '')
      ])
    );
  const kept = new Set(
    [...ids].filter((id) => headSplit.chunks.get(id)?.text !== baseSplit.chunks.get(id)?.text)
  );
  // Whatever reaches a changed definition shows the change: keep it, until nothing more is added.
  for (let grew = true; grew;) {
    grew = false;
    for (const id of ids) {
      if (kept.has(id)) continue;
      for (const target of refs.get(id)!)
        if (kept.has(target)) {
          kept.add(id);
          grew = true;
          break;
        }
    }
  }
  // A changed definition used from outside the two sections (a shared parameter or response):
  // which paths reach it is not followed here.
  const outside = new Set([...refsOf(headSplit.rest), ...refsOf(baseSplit.rest)]);
  for (const target of outside) if (kept.has(target)) return null;
  // What the kept elements and the rest reach must resolve.
  const pending = [...kept, ...outside];
  for (const target of outside) kept.add(target);
  while (pending.length) {
    for (const target of refs.get(pending.pop()!) ?? [])
      if (!kept.has(target) && ids.has(target)) {
        kept.add(target);
        pending.push(target);
      }
  }
  if (kept.size > ids.size / 2) return null;
  const blank = (side: Split): string => {
    const lines = [...side.lines];
    for (const chunk of side.chunks.values()) if (!kept.has(chunk.id)) lines.fill('', chunk.start, chunk.end);
    return lines.join('\n');
  };
  return { head: blank(headSplit), base: blank(baseSplit) };
}
