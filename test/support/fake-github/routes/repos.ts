import {
  commit,
  contentFile,
  diffTrees,
  directoryEntry,
  fullPull,
  pull,
  repoApi,
  repoHtml,
  user
} from '../representations.js';
import { HttpError, notFound, read, write, type RouteRequest, type RouteTable } from '../routing.js';
import { blobSha, type CollaboratorPermission, type PullRecord, type RepoState } from '../state.js';
import { ancestors, commitsBetween, mergeBase, resolveRef } from './git-helpers.js';

/** GitHub lists at most 300 files in a comparison; the rest are silently left off. */
export const COMPARE_FILE_LIMIT = 300;

function commitOr404(req: RouteRequest, repo: RepoState, ref: string) {
  const sha = resolveRef(repo, ref);
  const found = sha ? repo.commits.get(sha) : undefined;
  if (!found) throw new HttpError(404, `No commit found for SHA: ${ref}`);
  return found;
}

function compare(req: RouteRequest, baseRef: string, headRef: string) {
  const repo = req.repo();
  const base = commitOr404(req, repo, baseRef);
  const head = commitOr404(req, repo, headRef);
  const mergeBaseSha = mergeBase(repo, base.sha, head.sha);
  const mergeBaseCommit = repo.commits.get(mergeBaseSha) ?? base;
  const ahead = commitsBetween(repo, mergeBaseSha, head.sha);
  const behindBy = commitsBetween(repo, mergeBaseSha, base.sha).length;
  const status =
    ahead.length && behindBy ? 'diverged' : ahead.length ? 'ahead' : behindBy ? 'behind' : 'identical';
  const files = diffTrees(req.urls, repo, mergeBaseCommit.tree, head.tree, head.sha).slice(
    0,
    COMPARE_FILE_LIMIT
  );
  // Without page/per_page GitHub returns up to 250 commits; with them, it paginates.
  const paged = req.query.page || req.query.per_page ? req.paginate(ahead) : ahead.slice(0, 250);
  const html = `${repoHtml(repo)}/compare/${baseRef}...${headRef}`;
  return {
    status: 200,
    body: {
      url: `${repoApi(req.urls, repo)}/compare/${baseRef}...${headRef}`,
      html_url: html,
      permalink_url: `${repoHtml(repo)}/compare/${repo.owner}:${base.sha.slice(0, 7)}...${repo.owner}:${head.sha.slice(0, 7)}`,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: commit(req.urls, repo, base),
      merge_base_commit: commit(req.urls, repo, mergeBaseCommit),
      status,
      ahead_by: ahead.length,
      behind_by: behindBy,
      total_commits: ahead.length,
      commits: paged.map((c) => commit(req.urls, repo, c)),
      files
    }
  };
}

/** GitHub's coarse `permission` folds the finer roles: maintain reads as write, triage as read. */
function coarsePermission(role: CollaboratorPermission): string {
  if (role === 'maintain') return 'write';
  if (role === 'triage') return 'read';
  return role;
}

function findPull(repo: RepoState, number: string | undefined): PullRecord {
  const found = repo.pulls.find((p) => p.number === Number(number));
  if (!found) throw notFound();
  return found;
}

export const repoRoutes: RouteTable = {
  'repos/get-commit': {
    permission: read('contents'),
    handle(req) {
      const repo = req.repo();
      const found = commitOr404(req, repo, req.params.ref ?? '');
      const parentTree = found.parents[0] ? repo.commits.get(found.parents[0])?.tree : undefined;
      const files = diffTrees(req.urls, repo, parentTree ?? new Map(), found.tree, found.sha);
      // GitHub pages a commit's files (300 per page by default) rather than its fields.
      const perPage = Math.min(Number(req.query.per_page ?? 300) || 300, 300);
      const page = Math.max(Number(req.query.page ?? 1) || 1, 1);
      const slice = files.slice((page - 1) * perPage, page * perPage);
      return { status: 200, body: commit(req.urls, repo, found, slice) };
    }
  },
  'repos/list-commits': {
    permission: read('contents'),
    handle(req) {
      const repo = req.repo();
      const start = commitOr404(req, repo, req.query.sha ?? repo.defaultBranch);
      let list = [...ancestors(repo, start.sha)]
        .map((sha) => repo.commits.get(sha))
        .filter((c) => c !== undefined)
        .sort((a, b) => b.author.date.localeCompare(a.author.date));
      const path = req.query.path;
      if (path) {
        list = list.filter((c) => {
          const parent = c.parents[0] ? repo.commits.get(c.parents[0]) : undefined;
          return c.tree.get(path) !== parent?.tree.get(path);
        });
      }
      return { status: 200, body: req.paginate(list).map((c) => commit(req.urls, repo, c)) };
    }
  },
  'repos/compare-commits-with-basehead': {
    permission: read('contents'),
    handle(req) {
      const [base, head] = (req.params.basehead ?? '').split('...');
      if (!base || !head) throw notFound();
      return compare(req, base, head);
    }
  },
  'repos/compare-commits': {
    permission: read('contents'),
    handle(req) {
      return compare(req, req.params.base ?? '', req.params.head ?? '');
    }
  },
  'repos/get-content': {
    permission: read('contents'),
    handle(req) {
      const repo = req.repo();
      const ref = req.query.ref ?? repo.defaultBranch;
      const found = commitOr404(req, repo, ref);
      const path = (req.params.path ?? '').replace(/^\/+|\/+$/g, '');
      const content = found.tree.get(path);
      if (content !== undefined)
        return { status: 200, body: contentFile(req.urls, repo, path, content, ref) };
      const prefix = path ? `${path}/` : '';
      const children = new Map<string, ReturnType<typeof directoryEntry>>();
      for (const [file, text] of found.tree) {
        if (!file.startsWith(prefix)) continue;
        const [first, ...rest] = file.slice(prefix.length).split('/');
        const child = `${prefix}${first}`;
        if (children.has(child)) continue;
        children.set(
          child,
          rest.length
            ? directoryEntry(req.urls, repo, child, 'dir', 0, blobSha(child), ref)
            : directoryEntry(req.urls, repo, child, 'file', Buffer.byteLength(text), blobSha(text), ref)
        );
      }
      if (!children.size) throw notFound();
      return { status: 200, body: [...children.values()] };
    }
  },
  'repos/get-collaborator-permission-level': {
    permission: read('metadata'),
    handle(req) {
      const repo = req.repo();
      const login = req.params.username ?? '';
      const role =
        login === repo.owner ? 'admin' : (repo.collaborators.get(login) ?? (repo.private ? 'none' : 'read'));
      const permission = coarsePermission(role);
      const who = user(req.urls, login);
      return {
        status: 200,
        body: {
          permission,
          role_name: role,
          user: {
            ...who,
            role_name: role,
            permissions: {
              admin: role === 'admin',
              maintain: role === 'admin' || role === 'maintain',
              push: permission === 'admin' || permission === 'write',
              triage: role !== 'read' && role !== 'none',
              pull: role !== 'none'
            }
          }
        }
      };
    }
  },
  'repos/check-collaborator': {
    permission: read('metadata'),
    handle(req) {
      const repo = req.repo();
      const login = req.params.username ?? '';
      if (login !== repo.owner && !repo.collaborators.has(login)) throw notFound();
      return { status: 204 };
    }
  },
  'pulls/get': {
    permission: read('pull-requests'),
    handle(req) {
      const repo = req.repo();
      return { status: 200, body: fullPull(req.urls, repo, findPull(repo, req.params.pull_number)) };
    }
  },
  'pulls/list': {
    permission: read('pull-requests'),
    handle(req) {
      const repo = req.repo();
      const state = req.query.state ?? 'open';
      const list = repo.pulls
        .filter((p) => state === 'all' || p.state === state)
        .filter((p) => !req.query.base || p.base === req.query.base)
        .filter((p) => !req.query.head || `${repo.owner}:${p.head}` === req.query.head)
        .sort((a, b) => b.number - a.number);
      return { status: 200, body: req.paginate(list).map((p) => pull(req.urls, repo, p)) };
    }
  },
  'pulls/create': {
    permission: write('pull-requests'),
    handle(req) {
      const repo = req.repo();
      const head = req.body.head as string;
      const headSha = resolveRef(repo, head);
      if (!headSha || !resolveRef(repo, req.body.base as string)) {
        throw new HttpError(422, 'Validation Failed', {
          errors: [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]
        });
      }
      if (repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === req.body.base)) {
        throw new HttpError(422, 'Validation Failed', {
          errors: [
            {
              resource: 'PullRequest',
              code: 'custom',
              message: `A pull request already exists for ${repo.owner}:${head}.`
            }
          ]
        });
      }
      const record: PullRecord = {
        number: nextIssueNumber(repo),
        id: req.world.ids.take(),
        title: (req.body.title as string | undefined) ?? head,
        body: (req.body.body as string | undefined) ?? null,
        state: 'open',
        head,
        headSha,
        base: req.body.base as string,
        user: req.actor,
        mergeCommitSha: null,
        mergedAt: null,
        labels: [],
        createdAt: req.timestamp()
      };
      repo.pulls.push(record);
      return { status: 201, body: fullPull(req.urls, repo, record) };
    }
  },
  'repos/list-pull-requests-associated-with-commit': {
    permission: read('pull-requests'),
    handle(req) {
      const repo = req.repo();
      const sha = req.params.commit_sha ?? '';
      const list = repo.pulls.filter((p) => p.headSha === sha || p.mergeCommitSha === sha);
      return { status: 200, body: req.paginate(list).map((p) => pull(req.urls, repo, p)) };
    }
  }
};

/** Issues and pull requests share one number sequence per repository, as on GitHub. */
export function nextIssueNumber(repo: RepoState): number {
  return Math.max(0, ...repo.issues.map((i) => i.number), ...repo.pulls.map((p) => p.number)) + 1;
}
