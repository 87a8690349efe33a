/**
 * What a migration framework records as "this migration ran": the identity that decides whether
 * a file in the range is new to production. A file that moved keeps its identity and does not run
 * again; one whose identity changed runs as new.
 */
import path from 'node:path';
import type { MigrationKind } from './types.js';

const LEADING_VERSION = /^(\d+)[_-]/;

/**
 * The identity as `framework:id`, or null when the file gives none (then its path stands in).
 * Reads the content only where the framework keeps the identity there (Alembic, EF Core).
 */
export function migrationIdentity(kind: MigrationKind, filePath: string, content: string | null): string {
  const base = path.posix.basename(filePath);
  const stem = base.replace(/\.[^.]+$/, '');
  const leading = LEADING_VERSION.exec(base)?.[1];
  switch (kind) {
    case 'rails':
    case 'ecto':
      return leading ? `${kind}:${Number(leading)}` : `${kind}:${stem}`;
    case 'golang-migrate':
    case 'golang-migrate-down':
    case 'dbmate':
      return leading ? `${kind}:${Number(leading)}` : `${kind}:${stem}`;
    case 'django': {
      const parts = filePath.split('/');
      const app = parts[parts.length - 3] ?? '';
      return `django:${app}:${stem}`;
    }
    case 'alembic': {
      const revision = content
        ? /^\s*revision\s*(?::\s*str\s*)?=\s*["']([\w-]+)["']/m.exec(content)?.[1]
        : undefined;
      return `alembic:${revision ?? stem}`;
    }
    case 'prisma':
      return `prisma:${path.posix.basename(path.posix.dirname(filePath))}`;
    case 'flyway':
    case 'flyway-undo': {
      const version = /^[VU]([\d._]+?)__/.exec(base)?.[1];
      return version ? `${kind}:${version.replace(/_/g, '.').replace(/(?:\.0+)+$/, '')}` : `${kind}:${stem}`;
    }
    case 'ef-core': {
      const attribute = content ? /\[Migration\(\s*"([^"]+)"\s*\)\]/.exec(content)?.[1] : undefined;
      return `ef-core:${attribute ?? stem}`;
    }
    case 'sql': {
      // Goose and dbmate number their files; plain SQL runners record the file name.
      return leading ? `sql:${Number(leading)}:${stem.includes('.down') ? 'down' : 'up'}` : `sql:${stem}`;
    }
    default:
      return `${kind}:${stem}`;
  }
}

/** Ordering key of a new migration within its framework: versions numerically, names as strings. */
export function migrationOrderKey(filePath: string): string {
  const base = path.posix.basename(filePath);
  const version = /^[VU]?(\d[\d._]*)/.exec(base)?.[1];
  if (!version) return base;
  return version
    .split(/[._]/)
    .filter(Boolean)
    .map((part) => part.padStart(20, '0'))
    .join('.');
}

/**
 * A migration's text with comments and blank space taken out: two versions that are equal here
 * differ only in comments or whitespace, which no framework runs.
 */
export function withoutCommentsAndSpace(source: string, filePath: string): string {
  const extension = path.posix.extname(filePath).toLowerCase();
  let text = source;
  if (extension === '.sql') text = text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, '');
  else if (
    extension === '.py' ||
    extension === '.rb' ||
    extension === '.exs' ||
    extension === '.yaml' ||
    extension === '.yml'
  )
    text = text.replace(/^\s*#[^\n]*$/gm, '').replace(/("""|''')[\s\S]*?\1/g, '');
  else if (extension === '.xml') text = text.replace(/<!--[\s\S]*?-->/g, '');
  else text = text.replace(/^\s*\/\/[^\n]*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
  return text.replace(/\s+/g, '');
}

/**
 * Equal when two versions differ only as a formatter (Black, RuboCop, Prettier) changes code:
 * comments, whitespace, quote style, line continuations and trailing commas. The quote style
 * matters in no language a migration is written in except for escapes and interpolation, which a
 * formatter leaves alone. Only languages where both quotes make a string qualify (not SQL, where
 * `"x"` names a column, nor Elixir, where `'x'` is a charlist).
 */
const QUOTE_AGNOSTIC = /\.(?:py|rb|[cm]?[jt]s|php)$/i;

export function sameAfterFormatting(before: string, after: string, filePath: string): boolean {
  if (!QUOTE_AGNOSTIC.test(filePath)) return false;
  const python = /\.py$/i.test(filePath);
  const tokens = (source: string): string =>
    withoutCommentsAndSpace(
      (python ? withoutBlackGrouping(source) : source).replace(/\\\r?\n/g, ' '),
      filePath
    )
      .replace(/'/g, '"')
      .replace(/,(?=[)\]}])/g, '');
  return tokens(before) === tokens(after);
}

/**
 * Black wraps a long condition or import list in grouping parentheses, opened at the end of the
 * line and closed on a line of its own (`if (` … `):`, `import (` … `)`); those change nothing.
 */
function withoutBlackGrouping(source: string): string {
  return source
    .replace(/\b(if|elif|while)\s*\(\s*\n([\s\S]*?)\n[ \t]*\):/g, '$1 $2:')
    .replace(
      /\bimport\s*\(\s*\n([\s\S]*?)\n[ \t]*\)/g,
      (_, names: string) => `import ${names.replace(/,\s*$/, '')}`
    );
}

/** The first lines that differ between two versions, for an edit finding (-old / +new). */
export function describeEdit(
  before: string,
  after: string,
  maxLines = 4
): { line: number | null; text: string } {
  const old = before.split('\n');
  const next = after.split('\n');
  let start = 0;
  while (start < old.length && start < next.length && old[start] === next[start]) start++;
  let oldEnd = old.length;
  let nextEnd = next.length;
  while (oldEnd > start && nextEnd > start && old[oldEnd - 1] === next[nextEnd - 1]) {
    oldEnd--;
    nextEnd--;
  }
  const removed = old
    .slice(start, oldEnd)
    .filter((l) => l.trim())
    .map((l) => `-${l.trim()}`);
  const added = next
    .slice(start, nextEnd)
    .filter((l) => l.trim())
    .map((l) => `+${l.trim()}`);
  const lines = [...removed.slice(0, maxLines), ...added.slice(0, maxLines)];
  const more = removed.length + added.length - lines.length;
  return {
    line: start < next.length ? start + 1 : null,
    text: lines.join(' ').slice(0, 300) + (more > 0 ? ` (+${more} more lines)` : '')
  };
}
