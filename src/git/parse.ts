/**
 * Parsers for git's NUL-separated (`-z`) outputs. Pure: text in, records out, so the formats are
 * tested without a repository and the git calls stay thin.
 */
import type { ChangedFile, FileStatus } from '../assess/types.js';

/**
 * The commits of a file nobody asked about: one frozen list shared by all (a range can hold tens
 * of thousands of files), replaced, never appended to, when a file's commits are looked up.
 */
export const NO_COMMITS: string[] = Object.freeze([]) as unknown as string[];

const STATUS_BY_LETTER: Record<string, FileStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed'
};

/**
 * `git diff -z --name-status`: `X\0path\0`, or `R100\0old\0new\0` for renames and copies, as
 * changed files (not binary, no commits: the caller fills those in). One scan with indexOf, and
 * the final objects built at once: a range lists tens of thousands of files, and a split's array
 * of every field, then a second object per file, were most of the parsing time and garbage.
 */
export function parseNameStatus(output: string): ChangedFile[] {
  const entries: ChangedFile[] = [];
  let at = 0;
  // The next NUL-ended field (the last one may lack its NUL), or '' past the end.
  const field = (): string => {
    if (at >= output.length) return '';
    let end = output.indexOf('\0', at);
    if (end < 0) end = output.length;
    const text = output.slice(at, end);
    at = end + 1;
    return text;
  };
  // A file with no name would flow on into detection and reads as an empty path: refused instead.
  const path = (code: string): string => {
    const name = field();
    if (name === '')
      throw new Error(`unexpected git diff --name-status record: status ${code} with a missing path`);
    return name;
  };
  while (at < output.length) {
    const code = field();
    if (!code) continue;
    const letter = code[0]!;
    const status = STATUS_BY_LETTER[letter];
    if (!status) {
      // U (unmerged) and X cannot occur between two commits; a letter we do not know is still a change.
      entries.push({ path: path(code), status: 'modified', binary: false, commits: NO_COMMITS });
    } else if (letter === 'R' || letter === 'C') {
      const previousPath = path(code);
      entries.push({ path: path(code), status, binary: false, commits: NO_COMMITS, previousPath });
    } else {
      entries.push({ path: path(code), status, binary: false, commits: NO_COMMITS });
    }
  }
  return entries;
}

/**
 * `git diff -z --numstat`: `added\tdeleted\tpath\0`, or `added\tdeleted\t\0old\0new\0` for renames.
 * Returns the head-side paths git counts as binary (`-\t-`).
 */
export function parseBinaryPaths(output: string): Set<string> {
  const fields = output.split('\0');
  const binary = new Set<string>();
  let i = 0;
  while (i < fields.length) {
    const record = fields[i++];
    if (!record) continue;
    const [added, deleted, inlinePath] = record.split('\t', 3);
    let path = inlinePath ?? '';
    if (path === '') {
      i++; // the previous path of a rename
      path = fields[i++] ?? '';
    }
    if (added === '-' && deleted === '-') binary.add(path);
  }
  return binary;
}

export const FIELD_SEPARATOR = '\x1f';
/**
 * Format for `git log -z --name-only`: per commit a record (`\x1e`SHA, author, date, subject,
 * body, each ended by `\x1f`), a NUL, then, when the commit lists files, a newline and each name
 * ended by a NUL. Merges list no files of their own.
 */
export const LOG_FORMAT = '%x1e%H%x1f%an%x1f%aI%x1f%s%x1f%b%x1f';

export interface LogEntry {
  sha: string;
  author: string;
  date: string;
  subject: string;
  body: string;
  files: string[];
}

function unexpectedRecord(output: string, at: number): Error {
  return new Error(`unexpected git log record: ${JSON.stringify(output.slice(at, at + 120))}`);
}

/**
 * A record starts with the separator and a full SHA (40 or 64 hex digits) ended by the field
 * separator: a file name that merely starts with the separator is not mistaken for one.
 */
function isRecordStart(output: string, at: number): boolean {
  if (output.charCodeAt(at) !== 0x1e) return false;
  const end = output.indexOf(FIELD_SEPARATOR, at + 1);
  const length = end - at - 1;
  return (length === 40 || length === 64) && /^[0-9a-f]+$/.test(output.slice(at + 1, end));
}

/**
 * Output of `git log -z --name-only --format=LOG_FORMAT`; newest first, as git prints it. One scan
 * with indexOf rather than nested splits: on a range of 20,000 files the splits' intermediate
 * arrays and strings were most of the parsing time and garbage.
 */
export function parseLog(output: string): LogEntry[] {
  const entries: LogEntry[] = [];
  let at = 0;
  while (at < output.length) {
    if (output.charCodeAt(at) !== 0x1e) throw unexpectedRecord(output, at);
    // Commit messages cannot hold a NUL, so the first one ends the record's fields.
    const fieldsEnd = output.indexOf('\0', at);
    if (fieldsEnd < 0) throw unexpectedRecord(output, at);
    const fields: string[] = [];
    let field = at + 1;
    for (let i = 0; i < 4; i++) {
      const separator = output.indexOf(FIELD_SEPARATOR, field);
      if (separator < 0 || separator >= fieldsEnd) throw unexpectedRecord(output, at);
      fields.push(output.slice(field, separator));
      field = separator + 1;
    }
    // A body could itself hold the separator: everything up to the record's last one is body.
    if (output.charCodeAt(fieldsEnd - 1) !== 0x1f || fieldsEnd - 1 < field)
      throw unexpectedRecord(output, at);
    const body = output.slice(field, fieldsEnd - 1).trim();
    const [sha, author, date, subject] = fields as [string, string, string, string];
    const files: string[] = [];
    at = fieldsEnd + 1;
    if (output.charCodeAt(at) === 0x0a) {
      at++;
      while (at < output.length && !isRecordStart(output, at)) {
        const nameEnd = output.indexOf('\0', at);
        if (nameEnd < 0) throw unexpectedRecord(output, at);
        if (nameEnd > at) files.push(output.slice(at, nameEnd));
        at = nameEnd + 1;
      }
    }
    entries.push({ sha, author, date, subject, body, files });
  }
  return entries;
}

/** PR number from a merge commit (`Merge pull request #12 from ...`) or a squash subject (`Fix x (#12)`). */
export function prNumberFromSubject(subject: string): number | undefined {
  const merge = /^Merge pull request #(\d+)\b/.exec(subject);
  if (merge) return Number(merge[1]);
  const squash = /\(#(\d+)\)\s*$/.exec(subject);
  if (squash) return Number(squash[1]);
  return undefined;
}
