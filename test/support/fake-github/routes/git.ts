// Git data and dispatch: basic but valid; later work (revert) extends them here.
import { gitCommit, gitRef, gitTree } from '../representations.js';
import { HttpError, notFound, read, unprocessable, write, type RouteTable } from '../routing.js';
import { gitSha, treeShaOf, type CommitRecord } from '../state.js';
import { ancestors } from './git-helpers.js';

export const gitRoutes: RouteTable = {
  'git/get-ref': {
    permission: read('contents'),
    handle(req) {
      const repo = req.repo();
      const name = (req.params.ref ?? '').replace(/^refs\//, '');
      const sha = repo.refs.get(name);
      if (!sha) throw notFound();
      return { status: 200, body: gitRef(req.urls, repo, name, sha) };
    }
  },
  'git/list-matching-refs': {
    permission: read('contents'),
    handle(req) {
      const repo = req.repo();
      const prefix = (req.params.ref ?? '').replace(/^refs\//, '');
      const list = [...repo.refs.entries()]
        .filter(([name]) => name.startsWith(prefix))
        .sort(([a], [b]) => a.localeCompare(b));
      return { status: 200, body: list.map(([name, sha]) => gitRef(req.urls, repo, name, sha)) };
    }
  },
  'git/create-ref': {
    permission: write('contents'),
    handle(req) {
      const repo = req.repo();
      const ref = String(req.body.ref);
      if (!/^refs\/.+\/.+/.test(ref))
        throw unprocessable("Reference name must start with 'refs/' and have at least two slashes.");
      const name = ref.replace(/^refs\//, '');
      if (repo.refs.has(name)) throw unprocessable('Reference already exists');
      const sha = String(req.body.sha);
      if (!repo.commits.has(sha)) throw unprocessable('Object does not exist');
      repo.refs.set(name, sha);
      return { status: 201, body: gitRef(req.urls, repo, name, sha) };
    }
  },
  'git/update-ref': {
    permission: write('contents'),
    handle(req) {
      const repo = req.repo();
      const name = (req.params.ref ?? '').replace(/^refs\//, '');
      const current = repo.refs.get(name);
      if (!current) throw unprocessable('Reference does not exist');
      const sha = String(req.body.sha);
      if (!repo.commits.has(sha)) throw unprocessable('Object does not exist');
      if (req.body.force !== true && !ancestors(repo, sha).has(current))
        throw unprocessable('Update is not a fast forward');
      repo.refs.set(name, sha);
      return { status: 200, body: gitRef(req.urls, repo, name, sha) };
    }
  },
  'git/delete-ref': {
    permission: write('contents'),
    handle(req) {
      const repo = req.repo();
      const name = (req.params.ref ?? '').replace(/^refs\//, '');
      if (!repo.refs.has(name)) throw unprocessable('Reference does not exist');
      if (name === `heads/${repo.defaultBranch}`) throw unprocessable('Cannot delete the default branch');
      repo.refs.delete(name);
      return { status: 204 };
    }
  },
  'git/get-commit': {
    permission: read('contents'),
    handle(req) {
      const repo = req.repo();
      const found = repo.commits.get(req.params.commit_sha ?? '');
      if (!found) throw notFound();
      return { status: 200, body: gitCommit(req.urls, repo, found) };
    }
  },
  'git/get-tree': {
    permission: read('contents'),
    handle(req) {
      const repo = req.repo();
      const sha = req.params.tree_sha ?? '';
      const tree =
        repo.trees.get(sha) ??
        [...repo.commits.values()].find((c) => c.treeSha === sha || c.sha === sha)?.tree;
      if (!tree) throw notFound();
      return { status: 200, body: gitTree(req.urls, repo, sha, tree) };
    }
  },
  'git/create-tree': {
    permission: write('contents'),
    handle(req) {
      const repo = req.repo();
      const baseSha = req.body.base_tree as string | undefined;
      const base = baseSha
        ? (repo.trees.get(baseSha) ?? [...repo.commits.values()].find((c) => c.treeSha === baseSha)?.tree)
        : new Map<string, string>();
      if (!base) throw unprocessable('Invalid tree info');
      const tree = new Map(base);
      for (const entry of (req.body.tree as Array<{ path: string; content?: string; sha?: string | null }>) ??
        []) {
        if (entry.sha === null) tree.delete(entry.path);
        else if (entry.content !== undefined) tree.set(entry.path, entry.content);
        else throw new HttpError(422, 'Blob references are not supported by the fake; send content');
      }
      const sha = treeShaOf(tree);
      repo.trees.set(sha, tree);
      return { status: 201, body: gitTree(req.urls, repo, sha, tree) };
    }
  },
  'git/create-commit': {
    permission: write('contents'),
    handle(req) {
      const repo = req.repo();
      const treeSha = String(req.body.tree);
      const tree =
        repo.trees.get(treeSha) ?? [...repo.commits.values()].find((c) => c.treeSha === treeSha)?.tree;
      if (!tree) throw unprocessable('Tree SHA does not exist');
      const parents = (req.body.parents as string[] | undefined) ?? [];
      if (parents.some((p) => !repo.commits.has(p)))
        throw unprocessable('Parent SHA does not exist or is not a commit object');
      const author = (req.body.author as { name: string; email: string; date?: string } | undefined) ?? {
        name: 'github-actions[bot]',
        email: '41898282+github-actions[bot]@users.noreply.github.com'
      };
      const date = author.date ?? req.timestamp();
      const message = String(req.body.message);
      const record: CommitRecord = {
        sha: gitSha('commit', treeSha, ...parents, message, date),
        treeSha,
        tree: new Map(tree),
        parents,
        message,
        author: { name: author.name, email: author.email, date },
        login: req.actor
      };
      repo.commits.set(record.sha, record);
      return { status: 201, body: gitCommit(req.urls, repo, record) };
    }
  },
  'repos/create-dispatch-event': {
    permission: write('contents'),
    handle(req) {
      const repo = req.repo();
      repo.dispatches.push({
        kind: 'repository',
        eventType: String(req.body.event_type),
        payload: req.body.client_payload ?? {}
      });
      return { status: 204 };
    }
  },
  'actions/create-workflow-dispatch': {
    permission: write('actions'),
    handle(req) {
      const repo = req.repo();
      const ref = String(req.body.ref);
      if (
        !repo.refs.has(`heads/${ref.replace(/^refs\/heads\//, '')}`) &&
        !repo.refs.has(`tags/${ref.replace(/^refs\/tags\//, '')}`)
      ) {
        throw unprocessable(`No ref found for: ${ref}`);
      }
      repo.dispatches.push({
        kind: 'workflow',
        workflowId: req.params.workflow_id ?? '',
        ref,
        payload: req.body.inputs ?? {}
      });
      return { status: 204 };
    }
  }
};
