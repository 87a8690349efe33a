import { resolveCommit, runGit } from './run.js';

/** Depths tried in turn before asking for the whole history; each one is a single fetch. */
const DEEPEN_STEPS = [50, 500, 5000];

export interface HistoryState {
  baseSha: string;
  headSha: string;
  /** Null when every commit between base and head is present; else why the commit list may be short. */
  incompleteReason: string | null;
}

async function isShallow(repo: string): Promise<boolean> {
  const { stdout } = await runGit(repo, ['rev-parse', '--is-shallow-repository']);
  return stdout.trim() === 'true';
}

async function hasCommonAncestor(repo: string, base: string, head: string): Promise<boolean> {
  const { exitCode } = await runGit(repo, ['merge-base', base, head], { allowFailure: true });
  return exitCode === 0;
}

async function fetchQuietly(repo: string, args: string[]): Promise<boolean> {
  const { exitCode } = await runGit(repo, ['fetch', '--quiet', '--no-tags', ...args], { allowFailure: true });
  return exitCode === 0;
}

/**
 * The common case in one git call: a full clone where both refs name commits. Anything else
 * (a missing ref, a shallow clone) takes the slow path below.
 */
export async function resolveBothInFullClone(
  repo: string,
  base: string,
  head: string
): Promise<HistoryState | null> {
  for (const ref of [base, head]) {
    if (!ref || ref.startsWith('-')) throw new Error(`ref must be a branch, tag or SHA, got "${ref}"`);
  }
  const { stdout, exitCode } = await runGit(
    repo,
    ['rev-parse', '--is-shallow-repository', `${base}^{commit}`, `${head}^{commit}`],
    { allowFailure: true }
  );
  const [shallow, baseSha, headSha] = stdout.trim().split('\n');
  if (exitCode !== 0 || shallow !== 'false' || !baseSha || !headSha) return null;
  return { baseSha, headSha, incompleteReason: null };
}

/**
 * Makes sure both ends of the range exist locally and, in a shallow clone (the default of
 * actions/checkout), that enough history is present to list the commits between them:
 * fetch the missing SHAs, then deepen in bounded steps, then unshallow as a last resort.
 */
export async function ensureHistory(
  repo: string,
  base: string,
  head: string,
  remote = 'origin'
): Promise<HistoryState> {
  const quick = await resolveBothInFullClone(repo, base, head);
  if (quick) return quick;
  return ensureHistorySlowly(repo, base, head, remote);
}

/** The path for missing refs and shallow clones: fetch, deepen, unshallow. */
async function ensureHistorySlowly(
  repo: string,
  base: string,
  head: string,
  remote: string
): Promise<HistoryState> {
  let baseSha = await resolveCommit(repo, base);
  let headSha = await resolveCommit(repo, head);
  const missing = [baseSha ? null : base, headSha ? null : head].filter((ref): ref is string => ref !== null);
  if (missing.length) {
    await fetchQuietly(repo, [`--depth=${DEEPEN_STEPS[0]}`, remote, ...missing]);
    baseSha ??= await resolveCommit(repo, base);
    headSha ??= await resolveCommit(repo, head);
  }
  if (!baseSha)
    throw new Error(`base "${base}" is not a commit in ${repo}, and fetching it from ${remote} did not help`);
  if (!headSha)
    throw new Error(`head "${head}" is not a commit in ${repo}, and fetching it from ${remote} did not help`);

  if (!(await isShallow(repo)) || (await hasCommonAncestor(repo, baseSha, headSha))) {
    return { baseSha, headSha, incompleteReason: null };
  }
  for (const depth of DEEPEN_STEPS) {
    await fetchQuietly(repo, [`--deepen=${depth}`, remote, headSha, baseSha]);
    if (await hasCommonAncestor(repo, baseSha, headSha)) return { baseSha, headSha, incompleteReason: null };
  }
  await fetchQuietly(repo, ['--unshallow', remote, headSha, baseSha]);
  // Unshallowed, the log is exact even when the two commits share no history.
  if (!(await isShallow(repo)) || (await hasCommonAncestor(repo, baseSha, headSha))) {
    return { baseSha, headSha, incompleteReason: null };
  }
  return {
    baseSha,
    headSha,
    incompleteReason: `the clone is shallow and ${remote} could not supply the history between ${baseSha.slice(0, 7)} and ${headSha.slice(0, 7)}: commits may be missing`
  };
}
