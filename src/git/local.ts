import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeSet, ChangedFile, CommitInfo } from '../assess/types.js';
import { BlobReader } from './blob-reader.js';
import { ensureHistory, type HistoryState } from './ensure-history.js';
import { guessByExtension } from './binary-guess.js';
import {
  LOG_FORMAT,
  NAMES_LOG_FORMAT,
  parseBinaryPaths,
  parseLog,
  parseLogNames,
  parseNameStatus,
  prNumberFromSubject,
  type NameStatusEntry
} from './parse.js';
import { runGit, type GitResult } from './run.js';

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
 * rollback swaps one tree for the other, whatever path the history took); commits from a
 * `git log` of base..head without file names, started beside the diff; the commits per file
 * only when asked (commitsFor), from one more pass over the range.
 */
export async function localChangeSet(options: LocalChangeSetOptions): Promise<LocalChangeSet> {
  const { repo } = options;
  if (!repo) throw new Error('repo must be the path of a git working copy, got an empty string');
  // In the common case (a full clone, both refs known) the listing starts at once, beside the
  // ref check, instead of after it; otherwise history is fetched first and the listing rerun.
  for (const [name, ref] of [
    ['base', options.base],
    ['head', options.head]
  ] as const) {
    // Checked before any git call: a "ref" starting with "-" would be read as an option.
    if (typeof ref !== 'string' || ref === '' || ref.startsWith('-'))
      throw new Error(`${name} must be a branch, tag or SHA, got "${ref}"`);
  }
  // The tree diff is the longest call, so it starts first: each process start blocks this
  // thread for 15-30 ms on a loaded machine (profiled in bench/assess.ts); later ones overlap it.
  const listing = listRange(repo, options.base, options.head, true);
  // One cat-file process serves both the ref resolution and, later, every read: on machines
  // where starting a process is slow, each one saved counts.
  const reader = new BlobReader(repo, options.maxReadBytes ?? DEFAULT_MAX_READ_BYTES);
  const resolving = Promise.all([reader.resolveCommit(options.base), reader.resolveCommit(options.head)]);
  let history: HistoryState;
  let listed: RangeListing;
  let entries: NameStatusEntry[];
  let binaryPaths: Set<string>;
  try {
    ({ history, listed } = await settleRange());
    entries = parseNameStatus(listed.nameStatus.stdout);
    binaryPaths = await findBinaryPaths(repo, history.baseSha, history.headSha, entries);
  } catch (error) {
    // No change set to close comes back: its reader ends here.
    reader.close();
    throw error;
  }

  async function settleRange(): Promise<{ history: HistoryState; listed: RangeListing }> {
    let quickBase: string | null = null;
    let quickHead: string | null = null;
    try {
      [quickBase, quickHead] = await resolving;
    } catch {
      // not a repository, or git missing: the slow path below reports it properly
    }
    const quickListing = await listing;
    let history: HistoryState;
    let listed: RangeListing | null;
    if (quickBase && quickHead && quickListing && isFullClone(repo)) {
      history = { baseSha: quickBase, headSha: quickHead, incompleteReason: null };
      listed = quickListing;
    } else {
      reader.close();
      history = await ensureHistory(repo, options.base, options.head, options.remote);
      listed = await listRange(repo, history.baseSha, history.headSha, false);
    }
    if (!listed) {
      throw new Error(
        `git could not list the changes between ${history.baseSha} and ${history.headSha} in ${repo}`
      );
    }
    return { history, listed };
  }

  const { baseSha, headSha } = history;
  const logEntries = parseLog(listed.log.stdout);
  // Commits per file are left empty here and filled by commitsFor(): see fileHistory().
  const files: ChangedFile[] = entries.map((entry) => {
    const file: ChangedFile = {
      path: entry.path,
      status: entry.status,
      binary: binaryPaths.has(entry.path),
      commits: []
    };
    if (entry.previousPath !== undefined) file.previousPath = entry.previousPath;
    return file;
  });
  const perFile = fileHistory(repo, baseSha, headSha, files);

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

  const changeSet: LocalChangeSet = {
    base: baseSha,
    head: headSha,
    files,
    commits,
    complete: history.incompleteReason === null,
    read: (path, side) => reader.read(side === 'base' ? baseSha : headSha, path),
    commitsFor: perFile.commitsFor,
    pathsTouchedBy: perFile.pathsTouchedBy,
    close: () => reader.close()
  };
  if (history.incompleteReason !== null) changeSet.incompleteReason = history.incompleteReason;
  return changeSet;
}

/**
 * True for an ordinary clone without `.git/shallow`. Worktrees, bare repositories and GIT_DIR
 * setups answer false, which only sends them down the slower path that asks git.
 */
function isFullClone(repo: string): boolean {
  if (process.env.GIT_DIR) return false;
  const gitDir = join(repo, '.git');
  try {
    return statSync(gitDir).isDirectory() && !existsSync(join(gitDir, 'shallow'));
  } catch {
    return false;
  }
}

interface RangeListing {
  nameStatus: GitResult;
  log: GitResult;
}

/** The tree diff and the range's commits; null when `tolerant` and either ref failed. */
async function listRange(
  repo: string,
  base: string,
  head: string,
  tolerant: boolean
): Promise<RangeListing | null> {
  const options = { allowFailure: tolerant };
  const [nameStatus, log] = await Promise.all([
    runGit(
      repo,
      ['diff', '--no-ext-diff', '--no-textconv', '-M', '-z', '--name-status', base, head, '--'],
      options
    ),
    // Commit metadata only: the files of each commit are a second, costlier pass that only the
    // files with findings need (fileHistory), so it waits until the assessment asks.
    runGit(repo, ['log', '-z', `--format=${LOG_FORMAT}`, `${base}..${head}`, '--'], options)
  ]);
  return nameStatus.exitCode === 0 && log.exitCode === 0 ? { nameStatus, log } : null;
}

/** Paths per numstat call: well under the OS limit on argument length. */
const NUMSTAT_CHUNK = 500;

/** Binary by extension where it tells; by `git diff --numstat` (`-\t-`) for the rest. */
async function findBinaryPaths(
  repo: string,
  base: string,
  head: string,
  entries: NameStatusEntry[]
): Promise<Set<string>> {
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
    const { stdout } = await runGit(repo, [
      'diff',
      '--no-ext-diff',
      '--no-textconv',
      '--no-renames',
      '-z',
      '--numstat',
      base,
      head,
      '--',
      ...pathspecs
    ]);
    for (const path of parseBinaryPaths(stdout)) binary.add(path);
  }
  return binary;
}

/**
 * The commits of each file, from one `git log --name-only` pass over the range, run on the first
 * request and shared by every later one. Pathspecs would seem to make it cheaper, but git matches
 * every tree entry of every commit against every pathspec: on the benchmark's range (git 2.39) the
 * log restricted to its 336 candidate paths took 1.3-1.9 s, restricted to their 51 folders
 * 0.3-0.5 s, and the whole pass 0.2 s. So the pass lists everything; only the answer is restricted.
 */
function fileHistory(
  repo: string,
  base: string,
  head: string,
  files: ChangedFile[]
): Required<Pick<ChangeSet, 'commitsFor' | 'pathsTouchedBy'>> {
  let pass: Promise<{ sha: string; files: string[] }[]> | null = null;
  const run = (): Promise<{ sha: string; files: string[] }[]> =>
    (pass ??= runGit(repo, [
      // Renames are found by the tree diff; per commit they only cost time, and listing both
      // names lets a renamed file keep the commits made under its old name.
      'log',
      '--no-renames',
      '-z',
      '--name-only',
      `--format=${NAMES_LOG_FORMAT}`,
      `${base}..${head}`,
      '--'
    ]).then((result) => parseLogNames(result.stdout)));
  return {
    async commitsFor(paths) {
      // One scan for the few paths asked, rather than an index of every file built up front.
      const asked = new Set(paths);
      const wanted = new Map<string, ChangedFile>();
      for (const file of files) if (asked.has(file.path)) wanted.set(file.path, file);
      const result = new Map<string, string[]>();
      if (!wanted.size) return result;
      // A rename's earlier history was recorded under its old name.
      const names = new Map<string, ChangedFile[]>();
      for (const file of wanted.values()) {
        for (const name of file.previousPath !== undefined ? [file.path, file.previousPath] : [file.path]) {
          const list = names.get(name);
          if (list) list.push(file);
          else names.set(name, [file]);
        }
      }
      const found = new Map<ChangedFile, string[]>();
      for (const entry of await run()) {
        for (const name of entry.files) {
          for (const file of names.get(name) ?? []) {
            const list = found.get(file) ?? [];
            // Newest first as git walks; a commit that touched both names counts once.
            if (list[list.length - 1] !== entry.sha) list.push(entry.sha);
            found.set(file, list);
          }
        }
      }
      for (const [path, file] of wanted) {
        file.commits = found.get(file) ?? [];
        result.set(path, file.commits);
      }
      return result;
    },
    async pathsTouchedBy(shas) {
      const wanted = new Set(shas);
      const result = new Map<string, string[]>();
      if (!wanted.size) return result;
      for (const entry of await run()) if (wanted.has(entry.sha)) result.set(entry.sha, entry.files);
      return result;
    }
  };
}
