/**
 * The change set from GitHub's compare API, for when the checkout has no usable history. The
 * API lists at most 300 files and does not say when it cut the list, so 300 files means "maybe
 * truncated": the list is then rebuilt from the range's commits, within a bounded number of calls.
 */
import type { Octokit } from '@octokit/rest';
import type { ChangeSet, ChangedFile, CommitInfo, FileStatus } from '../assess/types.js';
import { looksBinary } from './blob-reader.js';
import { prNumberFromSubject } from './parse.js';

export type CompareClient = {
  rest: { repos: Pick<Octokit['rest']['repos'], 'compareCommitsWithBasehead' | 'getCommit' | 'getContent'> };
};

export interface ApiChangeSetOptions {
  owner: string;
  repo: string;
  base: string;
  head: string;
  /** Bound on `getCommit` calls when the file list has to be rebuilt. */
  maxCommitCalls?: number;
}

/** The compare endpoint's documented cap on listed files. */
export const COMPARE_FILE_CAP = 300;
/** getContent returns no inline content past 1 MB. */
const MAX_CONTENT_BYTES = 1024 * 1024;
const COMMITS_PER_PAGE = 100;
const MAX_COMMIT_PAGES = 100;
const FILES_PER_COMMIT_PAGE = 300;
const MAX_FILE_PAGES_PER_COMMIT = 10;
const DEFAULT_MAX_COMMIT_CALLS = 250;

interface ApiFile {
  filename: string;
  status: string;
  previous_filename?: string;
  changes?: number;
  patch?: string;
}

interface ApiCommit {
  sha: string;
  parents: { sha: string }[];
  commit: { message: string; author: { name?: string; date?: string } | null };
}

const STATUS: Record<string, FileStatus | null> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'copied',
  changed: 'type-changed',
  // Listed but with no change to the content: nothing for a rollback to undo.
  unchanged: null
};

function mapStatus(status: string): FileStatus | null {
  if (!(status in STATUS)) return 'modified';
  return STATUS[status] ?? null;
}

/** The API has no binary flag: a binary file is one with no patch and no counted line changes. */
function looksLikeBinaryEntry(file: ApiFile): boolean {
  return (
    file.patch === undefined &&
    (file.changes ?? 0) === 0 &&
    file.status !== 'renamed' &&
    file.status !== 'removed'
  );
}

function toCommitInfo(commit: ApiCommit): CommitInfo {
  const message = commit.commit.message;
  const newline = message.indexOf('\n');
  const subject = newline < 0 ? message : message.slice(0, newline);
  const info: CommitInfo = {
    sha: commit.sha,
    subject,
    body: newline < 0 ? '' : message.slice(newline + 1).trim(),
    author: commit.commit.author?.name ?? '',
    date: commit.commit.author?.date ?? ''
  };
  const pr = prNumberFromSubject(subject);
  if (pr !== undefined) info.pr = pr;
  return info;
}

function fromCompareFiles(files: ApiFile[]): ChangedFile[] {
  const result: ChangedFile[] = [];
  for (const file of files) {
    const status = mapStatus(file.status);
    if (!status) continue;
    const changed: ChangedFile = {
      path: file.filename,
      status,
      binary: looksLikeBinaryEntry(file),
      commits: []
    };
    if (file.previous_filename !== undefined && (status === 'renamed' || status === 'copied'))
      changed.previousPath = file.previous_filename;
    result.push(changed);
  }
  return result;
}

interface NetEntry {
  path: string;
  basePath: string | null;
  existsAtHead: boolean;
  binary: boolean;
  commits: string[];
}

/**
 * Folds per-commit file lists (oldest first) into the net change between base and head: a file
 * added then deleted in the range is no change; renamed twice is one rename from its base path.
 */
export function foldCommitFiles(commits: { sha: string; files: ApiFile[] }[]): ChangedFile[] {
  const entries = new Map<string, NetEntry>();
  const touch = (entry: NetEntry, sha: string): void => {
    if (entry.commits[0] !== sha) entry.commits.unshift(sha);
  };
  for (const { sha, files } of commits) {
    for (const file of files) {
      const status = mapStatus(file.status);
      if (!status) continue;
      if (status === 'renamed' && file.previous_filename !== undefined) {
        const entry = entries.get(file.previous_filename) ?? {
          path: file.previous_filename,
          basePath: file.previous_filename,
          existsAtHead: true,
          binary: false,
          commits: []
        };
        entries.delete(file.previous_filename);
        entry.path = file.filename;
        entry.existsAtHead = true;
        entry.binary = looksLikeBinaryEntry(file);
        touch(entry, sha);
        entries.set(file.filename, entry);
        continue;
      }
      let entry = entries.get(file.filename);
      if (!entry) {
        const newInRange = status === 'added' || status === 'copied';
        entry = {
          path: file.filename,
          basePath: newInRange ? null : file.filename,
          existsAtHead: true,
          binary: false,
          commits: []
        };
        entries.set(file.filename, entry);
      }
      entry.existsAtHead = status !== 'deleted';
      entry.binary = looksLikeBinaryEntry(file);
      touch(entry, sha);
    }
  }
  const result: ChangedFile[] = [];
  for (const entry of entries.values()) {
    if (entry.basePath === null && !entry.existsAtHead) continue;
    let changed: ChangedFile;
    if (entry.basePath === null)
      changed = { path: entry.path, status: 'added', binary: entry.binary, commits: entry.commits };
    else if (!entry.existsAtHead)
      changed = { path: entry.basePath, status: 'deleted', binary: false, commits: entry.commits };
    else if (entry.basePath !== entry.path) {
      changed = {
        path: entry.path,
        previousPath: entry.basePath,
        status: 'renamed',
        binary: entry.binary,
        commits: entry.commits
      };
    } else changed = { path: entry.path, status: 'modified', binary: entry.binary, commits: entry.commits };
    result.push(changed);
  }
  return result.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function httpStatus(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error
    ? Number((error as { status: unknown }).status)
    : undefined;
}

export async function apiChangeSet(octokit: CompareClient, options: ApiChangeSetOptions): Promise<ChangeSet> {
  const { owner, repo, base, head } = options;
  for (const key of ['owner', 'repo', 'base', 'head'] as const) {
    if (typeof options[key] !== 'string' || options[key] === '')
      throw new Error(`apiChangeSet: ${key} must be a non-empty string`);
  }
  const repos = octokit.rest.repos;
  const basehead = `${base}...${head}`;
  const first = await repos.compareCommitsWithBasehead({
    owner,
    repo,
    basehead,
    per_page: COMMITS_PER_PAGE,
    page: 1
  });
  const total = first.data.total_commits;
  const apiCommits: ApiCommit[] = [...(first.data.commits as ApiCommit[])];
  const reasons: string[] = [];
  for (let page = 2; apiCommits.length < total && page <= MAX_COMMIT_PAGES; page++) {
    const next = await repos.compareCommitsWithBasehead({
      owner,
      repo,
      basehead,
      per_page: COMMITS_PER_PAGE,
      page
    });
    if (!next.data.commits.length) break;
    apiCommits.push(...(next.data.commits as ApiCommit[]));
  }
  if (apiCommits.length < total)
    reasons.push(`only ${apiCommits.length} of the range's ${total} commits could be listed`);
  if (first.data.status === 'diverged') {
    reasons.push(
      `${base} is not an ancestor of ${head}: the compare API lists the changes since their merge base only`
    );
  }

  const compareFiles = (first.data.files ?? []) as ApiFile[];
  let files = fromCompareFiles(compareFiles);
  if (compareFiles.length >= COMPARE_FILE_CAP) {
    const limit = options.maxCommitCalls ?? DEFAULT_MAX_COMMIT_CALLS;
    // Merge commits repeat their branch's changes against the first parent; the branch commits carry them.
    const ordinary = apiCommits.filter((c) => c.parents.length <= 1);
    if (ordinary.length > limit) {
      reasons.push(
        `the compare API lists ${COMPARE_FILE_CAP} files at most and the range has ${ordinary.length} commits, more than the ${limit} that may be read to rebuild the list`
      );
    } else {
      const perCommit: { sha: string; files: ApiFile[] }[] = [];
      for (const commit of ordinary) {
        const commitFiles: ApiFile[] = [];
        for (let page = 1; page <= MAX_FILE_PAGES_PER_COMMIT; page++) {
          const { data } = await repos.getCommit({
            owner,
            repo,
            ref: commit.sha,
            per_page: FILES_PER_COMMIT_PAGE,
            page
          });
          const pageFiles = (data.files ?? []) as ApiFile[];
          commitFiles.push(...pageFiles);
          if (pageFiles.length < FILES_PER_COMMIT_PAGE) break;
          if (page === MAX_FILE_PAGES_PER_COMMIT)
            reasons.push(`commit ${commit.sha.slice(0, 7)} changes more files than the API lists`);
        }
        perCommit.push({ sha: commit.sha, files: commitFiles });
      }
      files = foldCommitFiles(perCommit);
    }
  }

  const baseSha = first.data.base_commit.sha;
  const headSha = apiCommits.length ? apiCommits[apiCommits.length - 1]!.sha : baseSha;
  const read = async (path: string, side: 'base' | 'head'): Promise<string | null> => {
    try {
      const { data } = await repos.getContent({
        owner,
        repo,
        path,
        ref: side === 'base' ? baseSha : headSha
      });
      if (Array.isArray(data) || data.type !== 'file' || !('content' in data)) return null;
      if (data.size > MAX_CONTENT_BYTES || !data.content) return data.size === 0 ? '' : null;
      const bytes = Buffer.from(data.content, 'base64');
      return looksBinary(bytes) ? null : bytes.toString('utf8');
    } catch (error) {
      if (httpStatus(error) === 404) return null;
      throw error;
    }
  };

  const changeSet: ChangeSet = {
    base: baseSha,
    head: headSha,
    files,
    commits: apiCommits.map(toCommitInfo).reverse(),
    complete: reasons.length === 0,
    read
  };
  if (reasons.length) changeSet.incompleteReason = reasons.join('; ');
  return changeSet;
}
