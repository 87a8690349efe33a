/**
 * A per-environment lock that GitHub makes atomic, so that concurrent failed runs open one
 * incident between them instead of opening several and closing all but one (each of which has
 * already notified every watcher).
 *
 * The lock is a git ref, `refs/postflight/locks/<environment>`: creating a ref that exists
 * answers 422, so exactly one run can create it. It points at a small commit whose author date
 * says when it was taken; a lock older than `ttlMs` was left by a run that was killed, and is
 * taken over by a fast-forward update (a commit whose parent is the stale lock), which GitHub
 * refuses when another run has taken it over first. Refs outside `heads/` and `tags/` trigger no
 * workflow and show in no branch list.
 *
 * The lock needs `contents: write`. Without it (or on any other error) the caller falls back to
 * creating the incident unlocked and closing duplicates, and the log says why.
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from '../github/client.js';
import { statusOf, type RepoRef } from './github.js';

export interface LockSettings {
  /** A lock older than this was left by a killed run. */
  ttlMs: number;
  /** How long to wait for another run's lock before falling back. */
  waitMs: number;
  /** Pause between looks at a lock held by another run (a random part of it is added). */
  retryMs: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

export const LOCK_DEFAULTS: LockSettings = {
  ttlMs: 5 * 60_000,
  waitMs: 60_000,
  retryMs: 1000,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

export interface HeldLock {
  kind: 'held';
  ref: string;
  /** Deletes the lock when it still is ours; never throws (an unreleased lock expires). */
  release(): Promise<void>;
}

export type LockOutcome =
  | HeldLock
  /** Another run held the lock and let it go: what it did is now visible to a fresh look. */
  | { kind: 'released' }
  /** No lock could be had: the caller goes on without one (the reason is already logged). */
  | { kind: 'unavailable' };

const LOCK_NAMESPACE = 'postflight/locks/';
const MAX_NAME = 180;

/**
 * The lock's ref name (without `refs/`) for an environment: letters, digits and `-` stay; every
 * other byte becomes `_xx` (hex), so the name is unique per environment and always a valid ref
 * (no `..`, `~`, `:`, spaces, `.lock` ending or control characters). Very long names keep a
 * prefix and a hash of the whole.
 */
export function lockRefName(environment: string): string {
  const encoded = [...Buffer.from(environment, 'utf8')]
    .map((byte) => {
      const c = String.fromCharCode(byte);
      return /[A-Za-z0-9-]/.test(c) ? c : `_${byte.toString(16).padStart(2, '0')}`;
    })
    .join('');
  const name =
    encoded.length <= MAX_NAME
      ? encoded
      : `${encoded.slice(0, MAX_NAME - 17)}-${createHash('sha256').update(environment).digest('hex').slice(0, 16)}`;
  return `${LOCK_NAMESPACE}${name || '_'}`;
}

export interface AcquireLockInput {
  gh: GitHubClient;
  repo: RepoRef;
  environment: string;
  /** Who holds it, written into the lock commit for people who look. */
  runId: number;
  settings?: Partial<LockSettings>;
  log?: (line: string) => void;
}

export async function acquireIncidentLock(input: AcquireLockInput): Promise<LockOutcome> {
  const settings = { ...LOCK_DEFAULTS, ...input.settings };
  const { gh, repo } = input;
  const name = lockRefName(input.environment);
  const warn = (why: string) =>
    input.log?.(
      `Warning: could not take the incident lock for ${input.environment} (${why}); ` +
        'going on without it: concurrent runs may open duplicate incidents, which are then closed.'
    );
  const lockCommit = (parent?: string) => createLockCommit(gh, repo, input, settings.now(), parent);

  let ours: string;
  try {
    ours = await lockCommit();
  } catch (error) {
    warn(permissionHint(error));
    return { kind: 'unavailable' };
  }
  try {
    await gh.rest.git.createRef({ ...repo, ref: `refs/${name}`, sha: ours });
    return held(gh, repo, name, ours, settings, input.log);
  } catch (error) {
    // 422: the ref exists, another run holds the lock.
    if (statusOf(error) !== 422) {
      warn(permissionHint(error));
      return { kind: 'unavailable' };
    }
  }

  const giveUpAt = settings.now() + settings.waitMs;
  for (;;) {
    try {
      const current = await currentLock(gh, repo, name);
      if (!current) return { kind: 'released' };
      if (settings.now() - current.takenAt > settings.ttlMs) {
        const takeover = await lockCommit(current.sha);
        try {
          await gh.rest.git.updateRef({ ...repo, ref: name, sha: takeover, force: false });
          input.log?.(
            `Took over the incident lock for ${input.environment}: it was taken at ${new Date(current.takenAt).toISOString()} by a run that never released it.`
          );
          return held(gh, repo, name, takeover, settings, input.log);
        } catch (error) {
          // Not a fast-forward: another run took the stale lock over first and holds it now.
          if (statusOf(error) !== 422) throw error;
        }
      }
    } catch (error) {
      warn(permissionHint(error));
      return { kind: 'unavailable' };
    }
    if (settings.now() >= giveUpAt) {
      warn(`another run has held it for more than ${Math.round(settings.waitMs / 1000)} s`);
      return { kind: 'unavailable' };
    }
    await settings.sleep(settings.retryMs + Math.floor(Math.random() * (settings.retryMs / 2)));
  }
}

async function createLockCommit(
  gh: GitHubClient,
  repo: RepoRef,
  input: AcquireLockInput,
  now: number,
  parent?: string
): Promise<string> {
  const at = new Date(now).toISOString();
  const note = { environment: input.environment, runId: input.runId, at };
  const { data: tree } = await gh.rest.git.createTree({
    ...repo,
    tree: [{ path: 'lock.json', mode: '100644', type: 'blob', content: JSON.stringify(note) + '\n' }]
  });
  const { data: commit } = await gh.rest.git.createCommit({
    ...repo,
    message: `Postflight incident lock for ${input.environment}, held by run ${input.runId}`,
    tree: tree.sha,
    parents: parent ? [parent] : [],
    author: { name: 'postflight', email: 'postflight@users.noreply.github.com', date: at }
  });
  return commit.sha;
}

/** The lock's commit and when it was taken, or null when nobody holds it. */
async function currentLock(
  gh: GitHubClient,
  repo: RepoRef,
  name: string
): Promise<{ sha: string; takenAt: number } | null> {
  let sha: string;
  try {
    ({
      data: {
        object: { sha }
      }
    } = await gh.rest.git.getRef({ ...repo, ref: name }));
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
  const { data } = await gh.rest.git.getCommit({ ...repo, commit_sha: sha });
  const takenAt = Date.parse(data.author.date);
  // An unreadable date cannot prove the lock fresh: treat it as stale rather than wait forever.
  return { sha, takenAt: Number.isNaN(takenAt) ? 0 : takenAt };
}

function held(
  gh: GitHubClient,
  repo: RepoRef,
  name: string,
  sha: string,
  settings: LockSettings,
  log?: (line: string) => void
): HeldLock {
  const takenAt = settings.now();
  return {
    kind: 'held',
    ref: `refs/${name}`,
    async release() {
      try {
        // Held so long that another run may have taken it over: then that lock is theirs.
        if (settings.now() - takenAt > settings.ttlMs / 2) {
          const { data } = await gh.rest.git.getRef({ ...repo, ref: name });
          if (data.object.sha !== sha) return;
        }
        await gh.rest.git.deleteRef({ ...repo, ref: name });
      } catch (error) {
        log?.(
          `Could not release the incident lock refs/${name} (${messageOf(error)}); it expires on its own.`
        );
      }
    }
  };
}

function permissionHint(error: unknown): string {
  const status = statusOf(error);
  const hint =
    status === 403 || status === 404
      ? "; the lock needs `contents: write` in the workflow's `permissions:`"
      : '';
  return `${messageOf(error)}${hint}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
