/**
 * An OpenAPI description loaded for comparison: the dereferenced value to compare, and the YAML
 * syntax tree of the same text to find the line of any element (YAML parsing covers JSON too).
 */
import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Pair
} from 'yaml';
import { ContractParseError, errorMessage } from './finding.js';

export type JsonObject = Record<string, unknown>;

export interface OpenApiDocument {
  /** 2 for Swagger 2.0, 3 for OpenAPI 3.x. */
  version: 2 | 3;
  /** The description with every internal `$ref` replaced by its target (may contain cycles). */
  value: JsonObject;
  /** Line of the element at these raw keys (following internal `$ref`s), or of its nearest ancestor. */
  lineOf(segments: readonly string[]): number | null;
}

// An alias bomb or a huge document is an input problem, not a reason to hang the assessment.
const MAX_ALIASES = 1000;
const MAX_REF_HOPS = 32;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function decodePointerToken(token: string): string {
  return token.replaceAll('~1', '/').replaceAll('~0', '~');
}

function findPair(map: Node, key: string): Pair | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key) as Pair | undefined;
}

function refTarget(node: unknown): string | null {
  if (!isMap(node)) return null;
  const ref = findPair(node, '$ref')?.value;
  return isScalar(ref) && typeof ref.value === 'string' && ref.value.startsWith('#/') ? ref.value : null;
}

class LineFinder {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter
  ) {}

  private lineAt(node: Node | null | undefined): number | null {
    const start = node?.range?.[0];
    return start === undefined ? null : this.lines.linePos(start).line;
  }

  private resolveRefs(node: unknown): unknown {
    let current = node;
    for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
      const ref = refTarget(current);
      if (!ref) return current;
      const target = this.walk(ref.slice(2).split('/').map(decodePointerToken), false).node;
      if (target === undefined) return current;
      current = target;
    }
    return current;
  }

  /** `allOf` members hold properties that a flattened schema shows at the top. */
  private findInAllOf(map: Node, key: string, depth: number): Pair | undefined {
    const allOf = findPair(map, 'allOf')?.value;
    if (!isSeq(allOf) || depth > 8) return undefined;
    for (const member of allOf.items) {
      const resolved = this.resolveRefs(member);
      if (!isMap(resolved)) continue;
      const found = findPair(resolved, key) ?? this.findInAllOf(resolved, key, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  walk(segments: readonly string[], followRefs = true): { node: unknown; line: number | null } {
    let node: unknown = this.doc.contents;
    let line: number | null = null;
    for (const segment of segments) {
      if (followRefs) node = this.resolveRefs(node);
      if (isMap(node)) {
        const pair = findPair(node, segment) ?? this.findInAllOf(node, segment, 0);
        if (!pair) return { node: undefined, line };
        line = this.lineAt(pair.key as Node) ?? line;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(segment)];
        if (item === undefined) return { node: undefined, line };
        // A JSON array item opens with `{` on its own line: its first key says more.
        const firstKey = isMap(item) ? item.items[0]?.key : undefined;
        line = this.lineAt((firstKey ?? item) as Node) ?? line;
        node = item;
      } else {
        return { node: undefined, line };
      }
    }
    return { node, line };
  }
}

/** Whether any mapping below `value` has a `$ref` key (shared or cyclic nodes visited once). */
function hasRef(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) return value.some((item) => hasRef(item, seen));
  if (Object.hasOwn(value, '$ref')) return true;
  return Object.values(value).some((item) => hasRef(item, seen));
}

async function dereferenceInternal(value: JsonObject): Promise<JsonObject> {
  // Without a $ref there is nothing to resolve, and the resolver costs more than the diff itself
  // (profiled: about half the time of an OpenAPI comparison on the assess benchmark).
  if (!hasRef(value)) return value;
  const { dereference } = await import('@apidevtools/json-schema-ref-parser');
  // Internal refs only: a contract check must never read the disk or the network.
  const options = {
    resolve: { external: false, file: false, http: false },
    dereference: { circular: true as const }
  };
  return (await dereference(value, options)) as JsonObject;
}

/** A block mapping line whose value opens a quoted scalar: indent, list dash, quote, rest. */
const QUOTED_VALUE_START = /^( *)(- +)?[^\s'"#-][^'"#]*?:[ \t]+(['"])(.*)$/;

/** A line whose value is a block scalar: the lines below it, indented deeper, are its text. */
const BLOCK_SCALAR_START = /:[ \t]+[|>][-+0-9]*[ \t]*(?:#.*)?$/;

/** Whether a quoted scalar's text from here closes on this line ('' and \" are escapes). */
function closesQuote(rest: string, quote: string): boolean {
  for (let i = 0; i < rest.length; i++) {
    const char = rest[i];
    if (quote === '"' && char === '\\') i++;
    else if (char === quote) {
      if (quote === "'" && rest[i + 1] === "'") i++;
      else return true;
    }
  }
  return false;
}

/**
 * go-yaml, which the Go tools that generate Swagger descriptions use, accepts a multi-line quoted
 * scalar whose continuation lines are indented no deeper than its key; YAML 1.2 requires them
 * deeper, and so does this parser ("Missing closing 'quote"). Indents those lines past the key,
 * which changes no value (a flow scalar folds its line breaks and leading spaces) and no line
 * number. Null when there is nothing to mend.
 */
export function indentQuotedContinuations(text: string): string | null {
  const lines = text.split('\n');
  let changed = false;
  /** Indent of the key whose block scalar (`|`, `>`) we are in, or -1: its text is not YAML. */
  let blockScalarKey = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const indent = line.length - line.trimStart().length;
    if (blockScalarKey >= 0) {
      if (!line.trim() || indent > blockScalarKey) continue;
      blockScalarKey = -1;
    }
    if (BLOCK_SCALAR_START.test(line)) {
      blockScalarKey = indent;
      continue;
    }
    const start = QUOTED_VALUE_START.exec(line);
    if (!start) continue;
    const quote = start[3]!;
    if (closesQuote(start[4]!, quote)) continue;
    const deeperThan = start[1]!.length + (start[2]?.length ?? 0);
    let closed = false;
    for (let j = i + 1; j < lines.length && !closed; j++) {
      const line = lines[j]!;
      const indent = line.length - line.trimStart().length;
      if (line.trim() && indent <= deeperThan) {
        lines[j] = ' '.repeat(deeperThan + 1 - indent) + line;
        changed = true;
      }
      closed = closesQuote(line, quote);
      i = j;
    }
    if (!closed) return null;
  }
  return changed ? lines.join('\n') : null;
}

function parseWithLines(text: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false }), lines };
}

export async function loadOpenApi(text: string, side: 'head' | 'base'): Promise<OpenApiDocument> {
  let { doc, lines } = parseWithLines(text);
  const firstError = doc.errors[0];
  if (firstError) {
    const mended = indentQuotedContinuations(text);
    const retry = mended === null ? null : parseWithLines(mended);
    if (!retry || retry.doc.errors.length) throw new ContractParseError(side, firstError.message);
    ({ doc, lines } = retry);
  }

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    throw new ContractParseError(side, errorMessage(error));
  }
  if (!isObject(value))
    throw new ContractParseError(side, 'not an OpenAPI description (no top-level mapping)');
  const version = typeof value.swagger === 'string' ? 2 : typeof value.openapi === 'string' ? 3 : null;
  if (version === null) {
    throw new ContractParseError(side, 'not an OpenAPI description (no string `openapi` or `swagger` key)');
  }

  let dereferenced: JsonObject;
  try {
    dereferenced = await dereferenceInternal(value);
  } catch (error) {
    throw new ContractParseError(side, `cannot resolve $ref: ${errorMessage(error)}`);
  }
  const finder = new LineFinder(doc, lines);
  return { version, value: dereferenced, lineOf: (segments) => finder.walk(segments).line };
}
