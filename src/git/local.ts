import type { ChangeSet, ChangedFile, CommitInfo } from '../assess/types.js';
import { BlobReader } from './blob-reader.js';
import { ensureHistory } from './ensure-history.js';
import { guessByExtension } from './binary-guess.js';
import { LOG_FORMAT, parseBinaryPaths, parseLog, parseNameStatus, prNumberFromSubject, type NameStatusEntry } from './parse.js';
import { runGit } from './run.js';

/** Files larger than this are not read: no migration or schema worth parsing is this big. */
export const DEFAULT_MAX_READ_BYTES = 2 * 1024 * 1024;

export interface LocalChangeSetOptions {
  /** Path of the working copy. */
  repo: string;
  /** The rollback target (N-1): any ref or SHA. */
  base: string;
  /** The deployed release (N). */
  head: string;
  remote?: string;
  maxReadBytes?: number;
}

/** A change set whose reads go through a git process: call close() when done reading. */
export interface LocalChangeSet extends ChangeSet {
  close(): void;
}

/**
 * The change set between two commits of a local clone. Files come from the tree diff (a
 * rollback swaps one tree for the other, whatever path the history took); commits and the
 * commits per file from one `git log` pass over base..head.
 */
export async function localChangeSet(options: LocalChangeSetOptions): Promise<LocalChangeSet> {
  const { repo } = options;
  if (!repo) throw new Error('repo must be the path of a git working copy, got an empty string');
  const history = await ensureHistory(repo, options.base, options.head, options.remote);
  const { baseSha, headSha } = history;

  const [nameStatus, log] = await Promise.all([
    runGit(repo, ['diff', '--no-ext-diff', '--no-textconv', '-M', '-z', '--name-status', baseSha, headSha]),
    // Renames are found by the tree diff; per commit they only cost time, and listing both
    // names lets a renamed file keep the commits made under its old name.
    runGit(repo, ['log', '--no-renames', '-z', '--name-only', `--format=${LOG_FORMAT}`, `${baseSha}..${headSha}`])
  ]);
  const entries = parseNameStatus(nameStatus.stdout);
  const binaryPaths = await findBinaryPaths(repo, baseSha, headSha, entries);
  const logEntries = parseLog(log.stdout);
  const commitsByPath = new Map<string, string[]>();
  for (const entry of logEntries) {
    for (const path of entry.files) {
      const list = commitsByPath.get(path);
      if (list) list.push(entry.sha);
      else commitsByPath.set(path, [entry.sha]);
    }
  }

  const files: ChangedFile[] = entries.map((entry) => {
    const commits = commitsByPath.get(entry.path) ?? [];
    // A rename's earlier history was recorded under its old name.
    const earlier = entry.previousPath ? (commitsByPath.get(entry.previousPath) ?? []) : [];
    const file: ChangedFile = {
      path: entry.path,
      status: entry.status,
      binary: binaryPaths.has(entry.path),
      commits: earlier.length ? mergeNewestFirst(commits, earlier, logEntries) : commits
    };
    if (entry.previousPath !== undefined) file.previousPath = entry.previousPath;
    return file;
  });

  const commits: CommitInfo[] = logEntries.map((entry) => {
    const commit: CommitInfo = {
      sha: entry.sha,
      subject: entry.subject,
      body: entry.body,
      author: entry.author,
      date: entry.date
    };
    const pr = prNumberFromSubject(entry.subject);
    if (pr !== undefined) commit.pr = pr;
    return commit;
  });

  const reader = new BlobReader(repo, options.maxReadBytes ?? DEFAULT_MAX_READ_BYTES);
  const changeSet: LocalChangeSet = {
    base: baseSha,
    head: headSha,
    files,
    commits,
    complete: history.incompleteReason === null,
    read: (path, side) => reader.read(side === 'base' ? baseSha : headSha, path),
    close: () => reader.close()
  };
  if (history.incompleteReason !== null) changeSet.incompleteReason = history.incompleteReason;
  return changeSet;
}

/** Paths per numstat call: well under the OS limit on argument length. */
const NUMSTAT_CHUNK = 500;

/** Binary by extension where it tells; by `git diff --numstat` (`-\t-`) for the rest. */
async function findBinaryPaths(repo: string, base: string, head: string, entries: NameStatusEntry[]): Promise<Set<string>> {
  const binary = new Set<string>();
  const unknown: string[] = [];
  for (const entry of entries) {
    if (entry.status === 'deleted') continue;
    const guess = guessByExtension(entry.path);
    if (guess === 'binary') binary.add(entry.path);
    else if (guess === 'unknown') unknown.push(entry.path);
  }
  for (let i = 0; i < unknown.length; i += NUMSTAT_CHUNK) {
    const pathspecs = unknown.slice(i, i + NUMSTAT_CHUNK).map((path) => `:(literal)${path}`);
    const { stdout } = await runGit(repo, ['diff', '--no-ext-diff', '--no-textconv', '--no-renames', '-z', '--numstat', base, head, '--', ...pathspecs]);
    for (const path of parseBinaryPaths(stdout)) binary.add(path);
  }
  return binary;
}

function mergeNewestFirst(a: string[], b: string[], logEntries: { sha: string }[]): string[] {
  const wanted = new Set([...a, ...b]);
  return logEntries.filter((entry) => wanted.has(entry.sha)).map((entry) => entry.sha);
}
