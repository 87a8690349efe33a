/**
 * Up and down directions inside one SQL file (Goose `-- +goose Up/Down`, dbmate
 * `-- migrate:up/down`). Each side is returned as the whole text with the other side blanked
 * out, so the parser's offsets are still offsets into the file and line numbers stay right.
 */
import { lineAt, maskRange } from './text.js';

export interface SqlSections {
  up: string;
  /** Null when the file has no down marker. */
  down: string | null;
  /** 1-based line of the down marker. */
  downLine: number | null;
  framework: 'goose' | 'dbmate' | null;
}

const MARKER = /^[ \t]*--[ \t]*(?:\+goose[ \t]+(up|down)\b|migrate:(up|down)\b).*$/gim;

export function splitSqlSections(text: string): SqlSections {
  const markers: { offset: number; end: number; direction: 'up' | 'down'; framework: 'goose' | 'dbmate' }[] =
    [];
  for (const match of text.matchAll(MARKER)) {
    const direction = (match[1] ?? match[2] ?? '').toLowerCase() === 'down' ? 'down' : 'up';
    markers.push({
      offset: match.index,
      end: match.index + match[0].length,
      direction,
      framework: match[1] !== undefined ? 'goose' : 'dbmate'
    });
  }
  if (markers.length === 0) return { up: text, down: null, downLine: null, framework: null };

  let up = text;
  let down = text;
  let downLine: number | null = null;
  // Text before the first marker belongs to neither side (it is usually comments).
  up = maskRange(up, 0, markers[0]!.end);
  down = maskRange(down, 0, markers[0]!.end);
  markers.forEach((marker, index) => {
    const sectionEnd = markers[index + 1]?.offset ?? text.length;
    if (marker.direction === 'down') {
      downLine ??= lineAt(text, marker.offset);
      up = maskRange(up, marker.offset, sectionEnd);
    } else {
      down = maskRange(down, marker.offset, sectionEnd);
    }
    up = maskRange(up, marker.offset, marker.end);
    down = maskRange(down, marker.offset, marker.end);
  });
  return { up, down: downLine === null ? null : down, downLine, framework: markers[0]!.framework };
}

/**
 * Liquibase formatted SQL keeps its down side in `--rollback` comment lines. Returns those
 * statements at their own line positions (everything else blanked), or null when there are none.
 */
export function liquibaseRollbackSection(text: string): { sql: string; line: number } | null {
  let firstLine: number | null = null;
  const lines = text.split('\n').map((line, index) => {
    const rollback = /^\s*--\s*rollback\b\s?(.*)$/i.exec(line);
    if (!rollback) return '';
    firstLine ??= index + 1;
    return rollback[1] ?? '';
  });
  return firstLine === null ? null : { sql: lines.join('\n'), line: firstLine };
}
