/**
 * Liquibase records changesets, not files: `id` + `author` (+ file) in DATABASECHANGELOG. A
 * changelog that gained changesets in the range holds new migrations beside old ones that ran
 * long ago; only the new ones are N's change.
 */
import { maskRange } from './text.js';

export interface Changeset {
  /** `id:author`. */
  key: string;
  start: number;
  end: number;
  text: string;
}

const STARTS: RegExp[] = [
  /<changeSet\b[^>]*>/g,
  /^[ \t]*-[ \t]+changeSet[ \t]*:/gm,
  /^[ \t]*--[ \t]*changeset[ \t]+\S+/gim,
  /"changeSet"\s*:/g
];

function keyOf(header: string, body: string): string {
  const sqlHeader = /--\s*changeset\s+([^:\s]+):(\S+)/i.exec(header);
  if (sqlHeader) return `${sqlHeader[2]}:${sqlHeader[1]}`;
  const id = /\bid["']?\s*[:=]\s*["']?([^"'\s,]+)/.exec(body)?.[1] ?? '?';
  const author = /\bauthor["']?\s*[:=]\s*["']?([^"'\n,]+?)["']?\s*(?:[,\n>]|$)/.exec(body)?.[1] ?? '?';
  return `${id}:${author.trim()}`;
}

/** The changesets of a changelog in file order; empty when it has none (an include-only master). */
export function changesetsOf(source: string): Changeset[] {
  const starts = STARTS.flatMap((pattern) =>
    [...source.matchAll(pattern)].map((m) => ({ offset: m.index, header: m[0] }))
  );
  starts.sort((a, b) => a.offset - b.offset);
  return starts.map(({ offset, header }, index) => {
    const end = starts[index + 1]?.offset ?? source.length;
    const text = source.slice(offset, end);
    // The identity sits in the changeset's first lines (YAML/JSON keys) or its opening tag.
    return { key: keyOf(header, text.slice(0, 400)), start: offset, end, text };
  });
}

/** The changelog with every changeset but `keep` blanked (line numbers stay). */
export function onlyChangesets(source: string, all: Changeset[], keep: Set<string>): string {
  let text = source;
  for (const changeset of all)
    if (!keep.has(changeset.key)) text = maskRange(text, changeset.start, changeset.end);
  return text;
}

/** Content that marks a file as a Liquibase changelog (not a CI workflow named `changelog.yaml`). */
export function isLiquibaseChangelog(source: string): boolean {
  return /\bdatabaseChangeLog\b|^\s*--\s*liquibase\s+formatted\s+sql/im.test(source);
}
