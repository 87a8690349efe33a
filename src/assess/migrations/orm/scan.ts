/**
 * The engine the ORM classifiers share. ORM migrations are code; rather than parse five
 * languages we find the schema calls by pattern, take each call's full text (balanced brackets,
 * continuation lines), decide which direction (up/down) and which block (create/alter table)
 * it sits in, and let a per-framework rule turn it into findings.
 */
import { classifySql, dataLossOperations, type SqlDialect } from '../sql.js';
import { finding, type MigrationAnalysis, type MigrationFinding } from '../types.js';
import { lineAt, lineLocator } from '../text.js';
import { extractStringLiteral } from './literal.js';

export interface CallSite {
  /** The matched call with its arguments, comments blanked. */
  text: string;
  /** The regex match that found it. */
  match: RegExpExecArray;
  offset: number;
  line: number;
  /** Name of the innermost enclosing block pattern (e.g. `create` or `alter`), if any. */
  block: string | null;
  /** The table that block works on (the block pattern's first capture group), if known. */
  blockTable: string | null;
}

export interface OrmRule {
  /** Must carry the `g` flag; matched against the comment-blanked source. */
  pattern: RegExp;
  /** Turns one call into findings; `null` means "not a schema change". */
  classify?: (call: CallSite) => MigrationFinding | MigrationFinding[] | null;
  /** The call's first argument is SQL: extract the literal and classify it. */
  sql?: boolean;
}

export interface OrmLanguage {
  /** Line comments start with one of these (checked at the first non-blank character only). */
  lineComment: RegExp;
  /** Markers that start the up and down directions; without them everything is up. */
  up?: RegExp;
  down?: RegExp;
  /**
   * Markers that open create/alter blocks, so a NOT NULL column can tell a new table from an old
   * one; a first capture group names the table.
   */
  blocks?: { name: string; pattern: RegExp }[];
  /**
   * Blocks inside the up direction that belong to the down direction (Rails
   * `reversible do |dir| dir.down { ... } end`): the pattern matches the block's opening.
   */
  downBlocks?: RegExp;
  /** For embedded SQL. */
  dialect?: SqlDialect;
  /** Custom extent of a call (Liquibase elements), instead of balanced brackets. */
  extent?: (source: string, offset: number, match: RegExpExecArray) => number;
}

/** The language with the dialect its project configures for embedded SQL (Postgres otherwise). */
export function withDialect(language: OrmLanguage, dialect: SqlDialect | undefined): OrmLanguage {
  return dialect ? { ...language, dialect } : language;
}

/** Blank whole-line comments, keeping offsets, so commented-out calls are not findings. */
export function blankLineComments(source: string, lineComment: RegExp): string {
  return source.replace(/^[ \t]*(.*)$/gm, (line, body: string) =>
    lineComment.test(body) ? line.replace(/[^\n]/g, ' ') : line
  );
}

/**
 * End offset of the call starting at `offset`. A call whose arguments open with a bracket right
 * after its name ends at that bracket's close; one without (Ruby's
 * `add_index :t, [ :a, :b ], unique: true`) runs to the end of its line, or further while the
 * line continues (trailing comma or open bracket): a bracket inside its arguments does not end it.
 */
export function callEnd(source: string, offset: number, limit = 6000): number {
  const parenthesised = /^[\w$.:>\\-]*\s*\(/.test(source.slice(offset, offset + 120));
  let depth = 0;
  let i = offset;
  const stop = Math.min(source.length, offset + limit);
  while (i < stop) {
    const ch = source[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      i = skipQuoted(source, i, stop);
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth <= 0 && (parenthesised || depth < 0)) return depth < 0 ? i : i + 1;
    } else if (ch === '\n' && depth <= 0) {
      const before = source.slice(offset, i).trimEnd();
      if (!/[,\\(]$/.test(before)) return i;
    }
    i++;
  }
  return stop;
}

function skipQuoted(source: string, start: number, stop: number): number {
  const quote = source[start]!;
  let i = start + 1;
  while (i < stop && source[i] !== quote) i += source[i] === '\\' ? 2 : 1;
  return i + 1;
}

interface Marker {
  offset: number;
  value: string;
  table?: string;
}

function markers(source: string, entries: { name: string; pattern: RegExp }[]): Marker[] {
  const found: Marker[] = [];
  for (const { name, pattern } of entries) {
    for (const match of source.matchAll(globalise(pattern))) {
      found.push({ offset: match.index, value: name, ...(match[1] ? { table: match[1] } : {}) });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function globalise(pattern: RegExp): RegExp {
  return pattern.flags.includes('g') ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
}

function markerAt(list: Marker[], offset: number): Marker | null {
  let current: Marker | null = null;
  for (const marker of list) {
    if (marker.offset > offset) break;
    current = marker;
  }
  return current;
}

export async function analyseOrmSource(
  source: string,
  language: OrmLanguage,
  rules: OrmRule[]
): Promise<MigrationAnalysis> {
  const code = blankLineComments(source, language.lineComment);
  const directionMarkers = markers(code, [
    ...(language.up ? [{ name: 'up', pattern: language.up }] : []),
    ...(language.down ? [{ name: 'down', pattern: language.down }] : [])
  ]);
  if (language.downBlocks) {
    for (const match of code.matchAll(globalise(language.downBlocks))) {
      directionMarkers.push({ offset: match.index, value: 'down' });
      directionMarkers.push({ offset: blockEnd(code, match.index + match[0].length), value: 'up' });
    }
    directionMarkers.sort((a, b) => a.offset - b.offset);
  }
  const blockMarkers = markers(code, language.blocks ?? []);
  const lineOf = lineLocator(code);

  const up: MigrationFinding[] = [];
  const down: MigrationFinding[] = [];
  let consumedUntil = -1;
  const matches = rules
    .flatMap((rule) => [...code.matchAll(globalise(rule.pattern))].map((match) => ({ rule, match })))
    .sort((a, b) => a.match.index - b.match.index);
  for (const { rule, match } of matches) {
    const offset = match.index;
    // A call inside another call's extent (nested Liquibase keys, a chained method) is part of it.
    if (offset < consumedUntil && rule.sql !== true) continue;
    const end = language.extent ? language.extent(code, offset, match) : callEnd(code, offset);
    const call: CallSite = {
      text: code.slice(offset, end),
      match,
      offset,
      line: lineOf(offset),
      block: markerAt(blockMarkers, offset)?.value ?? null,
      blockTable: markerAt(blockMarkers, offset)?.table ?? null
    };
    const found = rule.sql
      ? await classifyEmbeddedSql(source, offset + match[0].length, call, language.dialect)
      : toArray(rule.classify?.(call) ?? null);
    if (rule.sql) consumedUntil = Math.max(consumedUntil, end);
    const direction = markerAt(directionMarkers, offset)?.value ?? 'up';
    (direction === 'down' ? down : up).push(...found);
  }

  const downStart = directionMarkers.find((m) => m.value === 'down');
  return {
    findings: up,
    down: downStart ? { line: lineOf(downStart.offset), dataLoss: dataLossOperations(down) } : null
  };
}

/**
 * End of a block that opens at `offset`: a `{ ... }` block by its braces, a `do ... end` block by
 * the first `end` indented no deeper than the line that opened it.
 */
export function blockEnd(code: string, offset: number): number {
  const rest = code.slice(offset);
  const brace = /^\s*\{/.exec(rest);
  if (brace) return callEnd(code, offset + brace[0].length - 1);
  const lineStart = code.lastIndexOf('\n', offset) + 1;
  const indent = /^[ \t]*/.exec(code.slice(lineStart))![0].length;
  const closing = /^([ \t]*)end\b/gm;
  closing.lastIndex = offset;
  for (let match = closing.exec(code); match; match = closing.exec(code)) {
    if (match[1]!.length <= indent) return match.index + match[0].length;
  }
  return code.length;
}

function toArray(found: MigrationFinding | MigrationFinding[] | null): MigrationFinding[] {
  if (found === null) return [];
  return Array.isArray(found) ? found : [found];
}

async function classifyEmbeddedSql(
  source: string,
  argumentsStart: number,
  call: CallSite,
  dialect: SqlDialect | undefined
): Promise<MigrationFinding[]> {
  const literal = extractStringLiteral(source, argumentsStart);
  const callName = call.match[0].replace(/[\s(]+$/, '').trim();
  if (literal.kind === 'dynamic') {
    return [
      finding('unverifiable', call.line, `${callName} with SQL built at run time`, {
        note: `${literal.reason}; the statement cannot be checked without running it`
      })
    ];
  }
  const findings = await classifySql(literal.text, {
    firstLine: lineAt(source, literal.offset),
    ...(dialect ? { dialect } : {})
  });
  if (findings.length > 0) return findings;
  return [
    finding('unverifiable', call.line, `${callName} with SQL that changes no schema`, {
      note: 'no statement was recognised'
    })
  ];
}

// --- small argument helpers for the rules ---

/** Top-level comma-separated arguments of a call's text, after its name. */
export function splitArguments(callText: string): string[] {
  const open = callText.search(/[(\s]/);
  let inner = open === -1 ? '' : callText.slice(open).trim();
  if (inner.startsWith('('))
    inner = inner.slice(1, inner.lastIndexOf(')') === -1 ? undefined : inner.lastIndexOf(')'));
  const args: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i]!;
    if (ch === '"' || ch === "'" || ch === '`') {
      const end = skipQuoted(inner, i, inner.length);
      current += inner.slice(i, end);
      i = end - 1;
      continue;
    }
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      args.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) args.push(current.trim());
  return args;
}

/** `users.email` when the call sits in a block on a known table, else `email`. */
export function qualified(call: CallSite, column: string): string {
  return call.blockTable ? `${call.blockTable}.${column}` : column;
}

/** `:users`, `'users'`, `"users"` -> `users`. */
export function bareName(argument: string | undefined): string {
  if (argument === undefined) return '?';
  const value = argument.replace(/^[:@]?(?:\w+\s*[:=]\s*)?/, '').replace(/^[:'"`]+/, '');
  return /^[\w.$-]+/.exec(value)?.[0] ?? '?';
}

/** Value of a named argument/attribute: `name: "x"`, `name="x"`, `name => 'x'`. */
export function namedValue(text: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*(?:=>|[:=])\\s*["':]?([\\w.$-]+)`).exec(text);
  return match?.[1] ?? null;
}
