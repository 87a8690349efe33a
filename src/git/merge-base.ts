import { runGit } from './run.js';

/**
 * The commit a pull request branched from. A PR's rollback question is about its own changes,
 * so the range must start here, not at the base branch's tip (whose later commits would show up
 * reversed). Null when the checkout cannot tell (shallow, unrelated histories).
 */
export async function mergeBase(repo: string, a: string, b: string): Promise<string | null> {
  const { stdout, exitCode } = await runGit(repo, ['merge-base', a, b], { allowFailure: true });
  return exitCode === 0 && stdout.trim() ? stdout.trim() : null;
}
