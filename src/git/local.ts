import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ChangeSet, ChangedFile, CommitInfo } from '../assess/types.js';
import { BlobReader } from './blob-reader.js';
import { ensureHistory, type HistoryState } from './ensure-history.js';
import { guessByExtension } from './binary-guess.js';
import { parseBinaryPaths, parseNameStatus } from './parse.js';
import { fileAttribution, readRangeLog, type RangeLog } from './range-log.js';
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
 * rollback swaps one tree for the other, whatever path the history took); commits, and the files
 * each commit touched, from one `git log --name-only` pass started beside the diff. The change set
 * is returned as soon as the diff is read: the log takes longer than the diff, and the assessment
 * reads and parses blobs meanwhile. `commits` can be read once `commitsReady` settles.
 */
export async function localChangeSet(options: LocalChangeSetOptions): Promise<LocalChangeSet> {
  const { repo } = options;
  if (!repo) throw new Error('repo must be the path of a git working copy, got an empty string');
  for (const [name, ref] of [
    ['base', options.base],
    ['head', options.head]
  ] as const) {
    // Checked before any git call: a "ref" starting with "-" would be read as an option.
    if (typeof ref !== 'string' || ref === '' || ref.startsWith('-'))
      throw new Error(`${name} must be a branch, tag or SHA, got "${ref}"`);
  }
  // In the common case (a full clone, both refs known) every git process starts at once, beside
  // the ref check, instead of after it; otherwise history is fetched first and both reruns. Each
  // start blocks this thread for 5-30 ms, more the larger the heap (git is forked from this
  // process), so all start now, while the heap is smallest: the diff first, as the assessment
  // waits on it; then the log, the longest call.
  const quickDiff = diffRange(repo, options.base, options.head, true);
  let log = startLog(repo, options.base, options.head);
  // One cat-file process serves both the ref resolution and, later, every read.
  const reader = new BlobReader(repo, options.maxReadBytes ?? DEFAULT_MAX_READ_BYTES);
  const resolving = Promise.all([reader.resolveCommit(options.base), reader.resolveCommit(options.head)]);
  let history: HistoryState;
  let files: ChangedFile[];
  try {
    let nameStatus: string;
    ({ history, nameStatus } = await settleRange());
    // Files' commit lists stay empty until commitsFor() fills those of the files that ask.
    files = parseNameStatus(nameStatus);
    const binaryPaths = await findBinaryPaths(repo, history.baseSha, history.headSha, files);
    if (binaryPaths.size) for (const file of files) if (binaryPaths.has(file.path)) file.binary = true;
  } catch (error) {
    // No change set to close comes back: its processes end here.
    reader.close();
    log.stop();
    throw error;
  }

  async function settleRange(): Promise<{ history: HistoryState; nameStatus: string }> {
    let quickBase: string | null = null;
    let quickHead: string | null = null;
    try {
      [quickBase, quickHead] = await resolving;
    } catch {
      // not a repository, or git missing: the slow path below reports it properly
    }
    const quickListing = await quickDiff;
    if (quickBase && quickHead && quickListing !== null && isFullClone(repo)) {
      return {
        history: { baseSha: quickBase, headSha: quickHead, incompleteReason: null },
        nameStatus: quickListing
      };
    }
    reader.close();
    // Started with refs that may not resolve here yet: its answer is not the one wanted.
    log.stop();
    const history = await ensureHistory(repo, options.base, options.head, options.remote);
    log = startLog(repo, history.baseSha, history.headSha);
    const nameStatus = await diffRange(repo, history.baseSha, history.headSha, false);
    if (nameStatus === null) {
      throw new Error(
        `git could not list the changes between ${history.baseSha} and ${history.headSha} in ${repo}`
      );
    }
    return { history, nameStatus };
  }

  const { baseSha, headSha } = history;
  const rangeLog = log.done;
  let commits: CommitInfo[] | null = null;
  const commitsReady = rangeLog.then((listed) => {
    commits = listed.commits;
  });
  // Reported to whoever awaits it (the assessment always does); not an unhandled rejection before.
  commitsReady.catch(() => undefined);
  const stopLog = log.stop;

  const changeSet: LocalChangeSet = {
    base: baseSha,
    head: headSha,
    files,
    get commits(): CommitInfo[] {
      // Loud rather than an empty list, which would read as "no security fix in the range".
      if (commits === null)
        throw new Error('the commits of a local change set are read once changes.commitsReady settles');
      return commits;
    },
    commitsReady,
    complete: history.incompleteReason === null,
    read: (path, side) => reader.read(side === 'base' ? baseSha : headSha, path),
    ...fileAttribution(rangeLog, files),
    close: () => {
      reader.close();
      stopLog();
    }
  };
  if (history.incompleteReason !== null) changeSet.incompleteReason = history.incompleteReason;
  return changeSet;
}

interface RunningLog {
  done: Promise<RangeLog>;
  /** Ends the git process if it still runs; `done` then rejects. */
  stop: () => void;
}

function startLog(repo: string, base: string, head: string): RunningLog {
  const controller = new AbortController();
  const done = readRangeLog(repo, base, head, controller.signal).catch((error: unknown) => {
    throw new Error(
      `git could not list the commits between ${base} and ${head} in ${repo}: ${error instanceof Error ? error.message : String(error)}`
    );
  });
  // A log replaced (slow path) or stopped (close) is never awaited.
  done.catch(() => undefined);
  return { done, stop: () => controller.abort() };
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

/** The tree diff's `--name-status` output; null when `tolerant` and a ref failed. */
async function diffRange(
  repo: string,
  base: string,
  head: string,
  tolerant: boolean
): Promise<string | null> {
  const { stdout, exitCode } = await runGit(
    repo,
    ['diff', '--no-ext-diff', '--no-textconv', '-M', '-z', '--name-status', base, head, '--'],
    { allowFailure: tolerant }
  );
  return exitCode === 0 ? stdout : null;
}

/** Paths per numstat call: well under the OS limit on argument length. */
const NUMSTAT_CHUNK = 500;

/** Binary by extension where it tells; by `git diff --numstat` (`-\t-`) for the rest. */
async function findBinaryPaths(
  repo: string,
  base: string,
  head: string,
  files: ChangedFile[]
): Promise<Set<string>> {
  const binary = new Set<string>();
  const unknown: string[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (file.status === 'deleted') continue;
    const guess = guessByExtension(file.path);
    if (guess === 'binary') binary.add(file.path);
    else if (guess === 'unknown') unknown.push(file.path);
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
