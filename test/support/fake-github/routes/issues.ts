// Issues, comments, labels and reactions: basic but valid; later work extends them here.
import { issue, issueComment, label, reaction } from '../representations.js';
import { notFound, read, unprocessable, write, type RouteRequest, type RouteTable } from '../routing.js';
import type { CommentRecord, IssueRecord, LabelRecord, RepoState } from '../state.js';
import { nextIssueNumber } from './repos.js';

function findIssue(repo: RepoState, number: string | undefined): IssueRecord {
  const found = repo.issues.find((i) => i.number === Number(number));
  if (!found) throw notFound();
  return found;
}

function findComment(repo: RepoState, id: string | undefined): CommentRecord {
  const found = repo.comments.find((c) => c.id === Number(id));
  if (!found) throw notFound();
  return found;
}

function ensureLabel(req: RouteRequest, repo: RepoState, name: string): LabelRecord {
  let found = repo.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (!found) {
    // Adding an unknown label to an issue creates it, as GitHub does.
    found = { id: req.world.ids.take(), name, color: 'ededed', description: null };
    repo.labels.push(found);
  }
  return found;
}

function labelNames(body: unknown): string[] {
  const raw = Array.isArray(body) ? body : ((body as { labels?: unknown[] })?.labels ?? []);
  return raw.map((l) => (typeof l === 'string' ? l : String((l as { name?: string }).name)));
}

export const issueRoutes: RouteTable = {
  'issues/create': {
    permission: write('issues'),
    handle(req) {
      const repo = req.repo();
      // Unlike add-assignees, creating an issue with a login GitHub cannot assign fails as a whole.
      for (const login of (req.body.assignees as string[] | undefined) ?? []) {
        if (login !== repo.owner && !repo.collaborators.has(login)) {
          throw unprocessable('Validation Failed', [
            { value: login, resource: 'Issue', field: 'assignees', code: 'invalid' }
          ]);
        }
      }
      const now = req.timestamp();
      const record: IssueRecord = {
        number: nextIssueNumber(repo),
        id: req.world.ids.take(),
        title: String(req.body.title),
        body: (req.body.body as string | undefined) ?? null,
        state: 'open',
        stateReason: null,
        labels: labelNames(req.body).map((n) => ensureLabel(req, repo, n).name),
        assignees: (req.body.assignees as string[] | undefined) ?? [],
        user: req.actor,
        createdAt: now,
        updatedAt: now,
        closedAt: null
      };
      repo.issues.push(record);
      return { status: 201, body: issue(req.urls, repo, record) };
    }
  },
  'issues/get': {
    permission: read('issues'),
    handle(req) {
      const repo = req.repo();
      return { status: 200, body: issue(req.urls, repo, findIssue(repo, req.params.issue_number)) };
    }
  },
  'issues/update': {
    permission: write('issues'),
    handle(req) {
      const repo = req.repo();
      const found = findIssue(repo, req.params.issue_number);
      const b = req.body;
      if (b.title !== undefined) found.title = String(b.title);
      if (b.body !== undefined) found.body = b.body as string | null;
      if (b.labels !== undefined)
        found.labels = labelNames(b.labels).map((n) => ensureLabel(req, repo, n).name);
      if (b.assignees !== undefined) found.assignees = b.assignees as string[];
      if (b.state !== undefined && b.state !== found.state) {
        found.state = b.state as 'open' | 'closed';
        found.closedAt = found.state === 'closed' ? req.timestamp() : null;
        found.stateReason =
          found.state === 'closed' ? ((b.state_reason as string | undefined) ?? 'completed') : 'reopened';
      }
      found.updatedAt = req.timestamp();
      return { status: 200, body: issue(req.urls, repo, found) };
    }
  },
  'issues/list-for-repo': {
    permission: read('issues'),
    handle(req) {
      const repo = req.repo();
      const state = req.query.state ?? 'open';
      const wanted = (req.query.labels ?? '')
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter(Boolean);
      // `since`: only issues updated at or after it (GitHub's filter); `sort` and `direction` as
      // documented, newest created first by default. Malformed values never get here: the
      // request is checked against GitHub's description first (date-time, enums).
      const since = req.query.since !== undefined ? Date.parse(req.query.since) : undefined;
      const sortKey = req.query.sort ?? 'created';
      const key = (i: (typeof repo.issues)[number]): number =>
        sortKey === 'updated'
          ? Date.parse(i.updatedAt)
          : sortKey === 'comments'
            ? commentsOf(repo, i.number)
            : i.number;
      const sign = (req.query.direction ?? 'desc') === 'asc' ? 1 : -1;
      const list = repo.issues
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)))
        .filter((i) => !req.query.creator || i.user === req.query.creator)
        .filter((i) => since === undefined || Date.parse(i.updatedAt) >= since)
        .sort((a, b) => sign * (key(a) - key(b)) || sign * (a.number - b.number));
      return { status: 200, body: req.paginate(list).map((i) => issue(req.urls, repo, i)) };
    }
  },
  'issues/create-comment': {
    permission: write('issues'),
    handle(req) {
      const repo = req.repo();
      const found = findIssue(repo, req.params.issue_number);
      const now = req.timestamp();
      const record: CommentRecord = {
        id: req.world.ids.take(),
        issueNumber: found.number,
        body: String(req.body.body),
        user: req.actor,
        createdAt: now,
        updatedAt: now
      };
      repo.comments.push(record);
      // As on GitHub, a comment moves the issue's updated_at (which `since` filters on).
      found.updatedAt = now;
      return { status: 201, body: issueComment(req.urls, repo, record) };
    }
  },
  'issues/list-comments': {
    permission: read('issues'),
    handle(req) {
      const repo = req.repo();
      const found = findIssue(repo, req.params.issue_number);
      const list = repo.comments.filter((c) => c.issueNumber === found.number);
      return { status: 200, body: req.paginate(list).map((c) => issueComment(req.urls, repo, c)) };
    }
  },
  'issues/get-comment': {
    permission: read('issues'),
    handle(req) {
      const repo = req.repo();
      return { status: 200, body: issueComment(req.urls, repo, findComment(repo, req.params.comment_id)) };
    }
  },
  'issues/update-comment': {
    permission: write('issues'),
    handle(req) {
      const repo = req.repo();
      const found = findComment(repo, req.params.comment_id);
      found.body = String(req.body.body);
      found.updatedAt = req.timestamp();
      return { status: 200, body: issueComment(req.urls, repo, found) };
    }
  },
  'issues/add-labels': {
    permission: write('issues'),
    handle(req) {
      const repo = req.repo();
      const found = findIssue(repo, req.params.issue_number);
      for (const name of labelNames(req.body)) {
        const l = ensureLabel(req, repo, name);
        if (!found.labels.includes(l.name)) found.labels.push(l.name);
      }
      const labels = found.labels.map((n) => ensureLabel(req, repo, n));
      return { status: 200, body: labels.map((l) => label(req.urls, repo, l)) };
    }
  },
  'issues/create-label': {
    permission: write('issues'),
    handle(req) {
      const repo = req.repo();
      const name = String(req.body.name);
      if (repo.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) {
        throw unprocessable('Validation Failed', [
          { resource: 'Label', code: 'already_exists', field: 'name' }
        ]);
      }
      const record: LabelRecord = {
        id: req.world.ids.take(),
        name,
        color: ((req.body.color as string | undefined) ?? 'ededed').replace(/^#/, ''),
        description: (req.body.description as string | undefined) ?? null
      };
      repo.labels.push(record);
      return { status: 201, body: label(req.urls, repo, record) };
    }
  },
  'issues/get-label': {
    permission: read('issues'),
    handle(req) {
      const repo = req.repo();
      const found = repo.labels.find((l) => l.name.toLowerCase() === (req.params.name ?? '').toLowerCase());
      if (!found) throw notFound();
      return { status: 200, body: label(req.urls, repo, found) };
    }
  },
  'issues/list-labels-for-repo': {
    permission: read('issues'),
    handle(req) {
      const repo = req.repo();
      return { status: 200, body: req.paginate(repo.labels).map((l) => label(req.urls, repo, l)) };
    }
  },
  'issues/update-label': {
    permission: write('issues'),
    handle(req) {
      const repo = req.repo();
      const found = repo.labels.find((l) => l.name.toLowerCase() === (req.params.name ?? '').toLowerCase());
      if (!found) throw notFound();
      const renamed = req.body.new_name as string | undefined;
      if (renamed !== undefined) {
        for (const i of repo.issues) i.labels = i.labels.map((n) => (n === found.name ? renamed : n));
        found.name = renamed;
      }
      if (req.body.color !== undefined) found.color = String(req.body.color).replace(/^#/, '');
      if (req.body.description !== undefined) found.description = req.body.description as string | null;
      return { status: 200, body: label(req.urls, repo, found) };
    }
  },
  'issues/add-assignees': {
    permission: write('issues'),
    handle(req) {
      const repo = req.repo();
      const found = findIssue(repo, req.params.issue_number);
      // GitHub silently ignores logins that cannot be assigned; here, anyone but a collaborator-less stranger.
      const assignable = ((req.body.assignees as string[] | undefined) ?? []).filter(
        (login) => login === repo.owner || repo.collaborators.has(login)
      );
      for (const login of assignable) if (!found.assignees.includes(login)) found.assignees.push(login);
      found.updatedAt = req.timestamp();
      return { status: 201, body: issue(req.urls, repo, found) };
    }
  },
  'reactions/create-for-issue-comment': {
    permission: write('issues'),
    handle(req) {
      const repo = req.repo();
      const found = findComment(repo, req.params.comment_id);
      const existing = repo.reactions.find(
        (r) =>
          r.subject.kind === 'comment' &&
          r.subject.id === found.id &&
          r.user === req.actor &&
          r.content === req.body.content
      );
      // GitHub answers 200 with the existing reaction when the same user reacts twice.
      if (existing) return { status: 200, body: reaction(req.urls, existing) };
      const record = {
        id: req.world.ids.take(),
        subject: { kind: 'comment' as const, id: found.id },
        content: String(req.body.content),
        user: req.actor,
        createdAt: req.timestamp()
      };
      repo.reactions.push(record);
      return { status: 201, body: reaction(req.urls, record) };
    }
  },
  'reactions/create-for-issue': {
    permission: write('issues'),
    handle(req) {
      const repo = req.repo();
      const found = findIssue(repo, req.params.issue_number);
      const record = {
        id: req.world.ids.take(),
        subject: { kind: 'issue' as const, id: found.id },
        content: String(req.body.content),
        user: req.actor,
        createdAt: req.timestamp()
      };
      repo.reactions.push(record);
      return { status: 201, body: reaction(req.urls, record) };
    }
  },
  'reactions/list-for-issue-comment': {
    permission: read('issues'),
    handle(req) {
      const repo = req.repo();
      const found = findComment(repo, req.params.comment_id);
      const list = repo.reactions.filter(
        (r) =>
          r.subject.kind === 'comment' &&
          r.subject.id === found.id &&
          (!req.query.content || r.content === req.query.content)
      );
      return { status: 200, body: req.paginate(list).map((r) => reaction(req.urls, r)) };
    }
  }
};

function commentsOf(repo: RepoState, issueNumber: number): number {
  return repo.comments.filter((c) => c.issueNumber === issueNumber).length;
}
