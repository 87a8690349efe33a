// Resolving refs and walking history the way git does, over the fake's commit map.
import type { CommitRecord, RepoState } from '../state.js';

/** A full SHA, an unambiguous prefix (7+), a branch, a tag, or a `refs/...`/`heads/...` name. */
export function resolveRef(repo: RepoState, ref: string): string | undefined {
  if (repo.commits.has(ref)) return ref;
  const name = ref.replace(/^refs\//, '');
  for (const candidate of [name, `heads/${name}`, `tags/${name}`]) {
    const sha = repo.refs.get(candidate);
    if (sha) return sha;
  }
  if (/^[0-9a-f]{7,39}$/.test(ref)) {
    const matches = [...repo.commits.keys()].filter((sha) => sha.startsWith(ref));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

export function ancestors(repo: RepoState, sha: string): Set<string> {
  const seen = new Set<string>();
  const stack = [sha];
  while (stack.length) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(repo.commits.get(next)?.parents ?? []));
  }
  return seen;
}

/** Commits reachable from `head` but not from `base`, oldest first (parents before children). */
export function commitsBetween(repo: RepoState, base: string, head: string): CommitRecord[] {
  const excluded = ancestors(repo, base);
  const order: CommitRecord[] = [];
  const visited = new Set<string>();
  const visit = (sha: string) => {
    if (visited.has(sha) || excluded.has(sha)) return;
    visited.add(sha);
    const commit = repo.commits.get(sha);
    if (!commit) return;
    commit.parents.forEach(visit);
    order.push(commit);
  };
  // Iterative over the first-parent chain keeps deep histories off the call stack.
  const chain: string[] = [];
  for (
    let cur: string | undefined = head;
    cur && !excluded.has(cur) && !chain.includes(cur);
    cur = repo.commits.get(cur)?.parents[0]
  ) {
    chain.push(cur);
  }
  for (const sha of chain.reverse()) visit(sha);
  return order;
}

export function mergeBase(repo: RepoState, base: string, head: string): string {
  const fromHead = ancestors(repo, head);
  const queue = [base];
  const seen = new Set<string>();
  while (queue.length) {
    const sha = queue.shift() as string;
    if (fromHead.has(sha)) return sha;
    if (seen.has(sha)) continue;
    seen.add(sha);
    queue.push(...(repo.commits.get(sha)?.parents ?? []));
  }
  return base;
}
