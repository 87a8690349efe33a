/**
 * Parses the YAML file and answers "where in the file is this key path?" so every problem can
 * name a line and column.
 */
import {
  LineCounter,
  parseDocument,
  isAlias,
  isMap,
  isSeq,
  isPair,
  isScalar,
  type Node,
  type Document,
  type YAMLError
} from 'yaml';
import { ConfigError, type ConfigPath, type ProblemOrigin } from './errors.js';

/**
 * How many values aliases may add to the file in all. A configuration repeats an anchor a few
 * times; an alias bomb ("billion laughs") nests them until expanding takes all memory.
 */
export const MAX_ALIAS_EXPANSION = 10_000;

export interface ParsedYaml {
  data: unknown;
  /**
   * Origin for a key path: the value's position, or with `key: true` the key's own position
   * (for unknown keys). A path that does not exist points at its deepest existing ancestor.
   */
  locate(path: ConfigPath, options?: { key?: boolean }): ProblemOrigin;
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): FileOrigin => {
    const pos = lineCounter.linePos(offset);
    return { kind: 'file', file, line: pos.line, column: pos.col };
  };
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((error) => syntaxProblem(doc, error, at)));
  }
  const bomb = findAliasBomb(doc);
  if (bomb) {
    throw new ConfigError([
      {
        path: bomb.path,
        origin: at(bomb.offset),
        message: `YAML aliases expand too far: \`*${bomb.anchor}\` here repeats ${bomb.size} values, and the file's aliases would add more than ${MAX_ALIAS_EXPANSION} in all (nested anchors, a "billion laughs" pattern)`
      }
    ]);
  }
  return {
    // The library's own alias guard stays as a second line; the walk above has already named the place.
    data: doc.toJS({ maxAliasCount: -1 }),
    locate(path, options = {}) {
      const offset = findOffset(doc, path, options.key === true);
      return offset === undefined ? { kind: 'file', file } : at(offset);
    }
  };
}

type FileOrigin = Extract<ProblemOrigin, { kind: 'file' }>;

function syntaxProblem(doc: Document, error: YAMLError, at: (offset: number) => FileOrigin) {
  const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (error.code === 'DUPLICATE_KEY') {
    const duplicate = findPairByKeyOffset(doc, error.pos[0]);
    if (duplicate) {
      const first = duplicate.first === undefined ? '' : ` (first at line ${at(duplicate.first).line})`;
      return {
        path: duplicate.path,
        origin: at(error.pos[0]),
        message: `duplicate key \`${String(duplicate.path.at(-1))}\`${first}: each key may appear once in a mapping`
      };
    }
  }
  return { path: [], origin: at(error.pos[0]), message: `YAML syntax error: ${reason}` };
}

/** Calls `visit` on every node in document order with its key path; aliases are not followed. */
function walk(node: unknown, path: ConfigPath, visit: (node: unknown, path: ConfigPath) => void): void {
  visit(node, path);
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '?';
      walk(pair.key, path, visit);
      walk(pair.value, [...path, key], visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => walk(item, [...path, index], visit));
  }
}

/** The key path of the pair whose key starts at `offset`, and where the same key first appeared. */
function findPairByKeyOffset(
  doc: Document,
  offset: number
): { path: ConfigPath; first: number | undefined } | undefined {
  let found: { path: ConfigPath; first: number | undefined } | undefined;
  walk(doc.contents, [], (node, path) => {
    if (found || !isMap(node)) return;
    const keyOf = (item: unknown) =>
      isPair(item) && isScalar(item.key) ? String(item.key.value) : undefined;
    const pair = node.items.find((item) => rangeStart(item.key) === offset);
    const key = keyOf(pair);
    if (!pair || key === undefined) return;
    const first = node.items.find((item) => item !== pair && keyOf(item) === key);
    found = { path: [...path, key], first: rangeStart(first?.key) };
  });
  return found;
}

/**
 * The first alias at which the values that aliases add (each alias counts every value of what it
 * repeats, aliases inside included) pass MAX_ALIAS_EXPANSION, found without expanding anything.
 */
function findAliasBomb(
  doc: Document
): { path: ConfigPath; offset: number; anchor: string; size: number } | undefined {
  const sizes = new Map<unknown, number>();
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) return sizeOf(node.resolve(doc));
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, 1); // a node that refers to itself counts once instead of recursing
    let size = 1;
    if (isMap(node)) for (const pair of node.items) size += sizeOf(pair.key) + sizeOf(pair.value);
    else if (isSeq(node)) for (const item of node.items) size += sizeOf(item);
    size = Math.min(size, Number.MAX_SAFE_INTEGER);
    sizes.set(node, size);
    return size;
  };
  let total = 0;
  let bomb: { path: ConfigPath; offset: number; anchor: string; size: number } | undefined;
  walk(doc.contents, [], (node, path) => {
    if (bomb || !isAlias(node)) return;
    const size = sizeOf(node);
    total += size;
    if (total > MAX_ALIAS_EXPANSION)
      bomb = { path, offset: rangeStart(node) ?? 0, anchor: node.source, size };
  });
  return bomb;
}

function findOffset(doc: Document, path: ConfigPath, wantKey: boolean): number | undefined {
  let node: unknown = doc.contents;
  let offset = rangeStart(node);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment)
      );
      if (pair === undefined) return offset;
      if (last && wantKey) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      // `key:` with no value has no value node; the key is the best place to point at.
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return offset;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
