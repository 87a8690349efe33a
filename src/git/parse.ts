/**
 * Parsers for git's NUL-separated (`-z`) outputs. Pure: text in, records out, so the formats are
 * tested without a repository and the git calls stay thin.
 */
import type { FileStatus } from '../assess/types.js';

export interface NameStatusEntry {
  status: FileStatus;
  path: string;
  previousPath?: string;
}

const STATUS_BY_LETTER: Record<string, FileStatus> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type-changed'
};

/** `git diff -z --name-status`: `X\0path\0`, or `R100\0old\0new\0` for renames and copies. */
export function parseNameStatus(output: string): NameStatusEntry[] {
  const fields = output.split('\0');
  const entries: NameStatusEntry[] = [];
  let i = 0;
  while (i < fields.length) {
    const code = fields[i++];
    if (!code) continue;
    const letter = code[0]!;
    const status = STATUS_BY_LETTER[letter];
    if (!status) {
      // U (unmerged) and X cannot occur between two commits; a letter we do not know is still a change.
      const path = fields[i++] ?? '';
      entries.push({ status: 'modified', path });
      continue;
    }
    if (letter === 'R' || letter === 'C') {
      const previousPath = fields[i++] ?? '';
      const path = fields[i++] ?? '';
      entries.push({ status, path, previousPath });
    } else {
      entries.push({ status, path: fields[i++] ?? '' });
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

export const RECORD_SEPARATOR = '\x1e';
export const FIELD_SEPARATOR = '\x1f';
/** Format for `git log -z --name-only`: one record per commit, then its file names. */
export const LOG_FORMAT = '%x1e%H%x1f%an%x1f%aI%x1f%s%x1f%b%x1f';

export interface LogEntry {
  sha: string;
  author: string;
  date: string;
  subject: string;
  body: string;
  files: string[];
}

/** Output of `git log -z --name-only --format=LOG_FORMAT`; newest first, as git prints it. */
export function parseLog(output: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const record of output.split(RECORD_SEPARATOR)) {
    if (!record) continue;
    const fields = record.split(FIELD_SEPARATOR);
    if (fields.length < 6)
      throw new Error(`unexpected git log record: ${JSON.stringify(record.slice(0, 120))}`);
    const [sha, author, date, subject] = fields as [string, string, string, string];
    // A body could itself hold the separator; everything between the subject and the last field is body.
    const body = fields.slice(4, -1).join(FIELD_SEPARATOR).trim();
    const files = fields[fields.length - 1]!.split('\0')
      .map((name) => name.replace(/^\n+/, ''))
      .filter((name) => name.length > 0);
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

/** Format for the names-only pass (`git log -z --name-only`): the SHA, then the commit's file names. */
export const NAMES_LOG_FORMAT = '%x1e%H%x1f';

/** Output of `git log -z --name-only --format=NAMES_LOG_FORMAT`: SHA and file names per commit, newest first. */
export function parseLogNames(output: string): { sha: string; files: string[] }[] {
  const entries: { sha: string; files: string[] }[] = [];
  for (const record of output.split(RECORD_SEPARATOR)) {
    if (!record) continue;
    const separator = record.indexOf(FIELD_SEPARATOR);
    if (separator < 0) throw new Error(`unexpected git log record: ${JSON.stringify(record.slice(0, 120))}`);
    const files = record
      .slice(separator + 1)
      .split('\0')
      .map((name) => name.replace(/^\n+/, ''))
      .filter((name) => name.length > 0);
    entries.push({ sha: record.slice(0, separator), files });
  }
  return entries;
}
