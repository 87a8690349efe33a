import { execFile } from 'node:child_process';

/** Options every git call shares: never a shell, paths printed raw (not C-quoted). */
const BASE_ARGS = ['-c', 'core.quotepath=off'];

/** Large ranges print tens of megabytes of names; the default 1 MB buffer would cut them off. */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

export class GitError extends Error {
  constructor(
    readonly args: string[],
    readonly exitCode: number | null,
    readonly stderr: string
  ) {
    super(`git ${args.join(' ')} failed (exit ${exitCode ?? 'signal'}): ${stderr.trim() || 'no message'}`);
    this.name = 'GitError';
  }
}

export interface GitResult {
  stdout: string;
  exitCode: number;
}

/**
 * Runs git in `repo` with an argument array. Rejects with GitError on a non-zero exit unless
 * `allowFailure` is set, in which case the exit code is returned for the caller to interpret
 * (e.g. `merge-base` exits 1 for "no common ancestor").
 */
export function runGit(
  repo: string,
  args: string[],
  options: { allowFailure?: boolean; env?: NodeJS.ProcessEnv; signal?: AbortSignal } = {}
): Promise<GitResult> {
  const fullArgs = [...BASE_ARGS, ...args];
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      fullArgs,
      {
        cwd: repo,
        maxBuffer: MAX_OUTPUT_BYTES,
        encoding: 'utf8',
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env },
        ...(options.signal ? { signal: options.signal } : {})
      },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, exitCode: 0 });
        // Stopped by the caller (it no longer needs the output): never an exit code to interpret.
        if (options.signal?.aborted)
          return reject(new Error(`git ${args.join(' ')} was stopped before it finished`));
        const code = typeof error.code === 'number' ? error.code : null;
        if (options.allowFailure && code !== null) return resolve({ stdout, exitCode: code });
        if (code === null && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          return reject(
            new Error(`git is not installed or not on PATH (needed to read the history in ${repo})`)
          );
        }
        reject(new GitError(args, code, stderr || error.message));
      }
    );
  });
}

/** Resolves a ref (branch, tag, SHA, HEAD~1) to a full commit SHA, or null when it does not name a commit here. */
export async function resolveCommit(repo: string, ref: string): Promise<string | null> {
  if (!ref || ref.startsWith('-')) throw new Error(`ref must be a branch, tag or SHA, got "${ref}"`);
  const { stdout, exitCode } = await runGit(repo, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    allowFailure: true
  });
  return exitCode === 0 ? stdout.trim() : null;
}
