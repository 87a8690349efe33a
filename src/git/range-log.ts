/**
 * The commits of a range and the files each one touched, from one `git log --name-only` pass,
 * and the two questions the assessment asks of it: which commits touched these files, and which
 * files these commits touched.
 */
import type { ChangeSet, ChangedFile, CommitInfo } from '../assess/types.js';
import { LOG_FORMAT, parseLog, prNumberFromSubject, type LogEntry } from './parse.js';
import { runGit } from './run.js';

export interface RangeLog {
  /** Newest first, as git walks. */
  commits: CommitInfo[];
  /** Per commit, the names its own diff lists (both names of a rename); none for merges. */
  entries: LogEntry[];
}

/**
 * Lists base..head with every commit's files. Renames are left to the tree diff: detecting them
 * in every commit's diff only costs time, and listing both names lets a renamed file keep the
 * commits made under its old name.
 *
 * Pathspecs make the pass cheaper only when they keep git out of the trees that change in every
 * commit. On the benchmark's range (git 2.39; the whole pass 120-175 ms): restricted to the 50
 * folders of its candidates outside src/, 40-65 ms; with src/pkg7 (a critical path) added, 130-200
 * ms, as git then compares src/ in every commit; with 336 file paths, 1.3-1.9 s. And a pass that
 * must also list the range's commits, or answer for files under a busy tree, needs a second
 * process started after the diff, which measured no faster overall (see BENCHMARKS.md). So the
 * pass lists everything, started beside the diff; only the answers are narrow.
 */
export async function readRangeLog(
  repo: string,
  base: string,
  head: string,
  signal?: AbortSignal
): Promise<RangeLog> {
  const { stdout } = await runGit(
    repo,
    [
      'log',
      '--no-renames',
      // A `log.showSignature` setting would mix gpg's report into the records.
      '--no-show-signature',
      '-z',
      '--name-only',
      `--format=${LOG_FORMAT}`,
      `${base}..${head}`,
      '--'
    ],
    // git log flushes its output after every commit when writing to a pipe: thousands of small
    // reads here. GIT_FLUSH=0 lets stdio fill whole buffers (measured: 1,600 reads -> 130).
    { env: { GIT_FLUSH: '0' }, ...(signal ? { signal } : {}) }
  );
  const entries = parseLog(stdout);
  const commits = entries.map((entry) => {
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
  return { commits, entries };
}

/**
 * ChangeSet.commitsFor and pathsTouchedBy over a range log that may still be running. Each
 * answer scans the log for the few names asked rather than indexing every file up front.
 */
export function fileAttribution(
  log: Promise<RangeLog>,
  files: ChangedFile[]
): Required<Pick<ChangeSet, 'commitsFor' | 'pathsTouchedBy'>> {
  return {
    async commitsFor(paths) {
      const asked = new Set(paths);
      const wanted = new Map<string, ChangedFile>();
      for (let i = 0; i < files.length; i++)
        if (asked.has(files[i]!.path)) wanted.set(files[i]!.path, files[i]!);
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
      const { entries } = await log;
      // Indexed: every name of the range passes here, and for-of made an iterator result for each.
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e]!;
        for (let n = 0; n < entry.files.length; n++) {
          const owners = names.get(entry.files[n]!);
          if (!owners) continue;
          for (const file of owners) {
            const list = found.get(file);
            // Newest first as git walks; a commit that touched both names counts once.
            if (!list) found.set(file, [entry.sha]);
            else if (list[list.length - 1] !== entry.sha) list.push(entry.sha);
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
      for (const entry of (await log).entries) if (wanted.has(entry.sha)) result.set(entry.sha, entry.files);
      return result;
    }
  };
}
