/**
 * Parses the YAML file and answers "where in the file is this key path?" so every problem can
 * name a line and column.
 */
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node, type Document } from 'yaml';
import { ConfigError, type ConfigPath, type ProblemOrigin } from './errors.js';

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
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        return {
          path: [],
          origin: { kind: 'file', file, line: pos.line, column: pos.col },
          message: `YAML syntax error: ${reason}`
        };
      })
    );
  }
  const at = (offset: number): ProblemOrigin => {
    const pos = lineCounter.linePos(offset);
    return { kind: 'file', file, line: pos.line, column: pos.col };
  };
  return {
    data: doc.toJS({ maxAliasCount: 100 }),
    locate(path, options = {}) {
      const offset = findOffset(doc, path, options.key === true);
      return offset === undefined ? { kind: 'file', file } : at(offset);
    }
  };
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
