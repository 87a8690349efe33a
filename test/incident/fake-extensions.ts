/**
 * Endpoints the incident code needs that the shared fake does not have yet, installed through its
 * documented `fake.routes[id] = route` hook. Same shape as the fake's own routes (the server still
 * validates every request and response against GitHub's OpenAPI description). They move into
 * test/support/fake-github/routes/issues.ts once that file is open for changes.
 */
import type { FakeGitHub, Route, RouteRequest } from '../support/fake-github/index.js';
import { HttpError } from '../support/fake-github/index.js';
import { issue, label } from '../support/fake-github/representations.js';

const writeIssues = { scope: 'issues' as const, level: 'write' as const };

/** GitHub assigns only people with access: the owner and collaborators (with triage or more). */
function assignable(req: RouteRequest, login: string): boolean {
  const repo = req.repo();
  const role = repo.collaborators.get(login);
  return login === repo.owner || (role !== undefined && role !== 'read' && role !== 'none');
}

function invalidAssignee(login: string): HttpError {
  return new HttpError(422, 'Validation Failed', {
    errors: [{ value: login, resource: 'Issue', field: 'assignees', code: 'invalid' }]
  });
}

export function installIncidentRoutes(fake: FakeGitHub): void {
  const createIssue = fake.routes['issues/create']!;
  fake.routes['issues/create'] = {
    permission: createIssue.permission,
    handle(req) {
      for (const login of (req.body.assignees as string[] | undefined) ?? [])
        if (!assignable(req, login)) throw invalidAssignee(login);
      return createIssue.handle(req);
    }
  };
  fake.routes['issues/update-label'] = {
    permission: writeIssues,
    handle(req) {
      const repo = req.repo();
      const found = repo.labels.find((l) => l.name.toLowerCase() === (req.params.name ?? '').toLowerCase());
      if (!found) throw new HttpError(404, 'Not Found');
      if (req.body.new_name !== undefined) found.name = String(req.body.new_name);
      if (req.body.color !== undefined) found.color = String(req.body.color).replace(/^#/, '');
      if (req.body.description !== undefined) found.description = req.body.description as string | null;
      return { status: 200, body: label(req.urls, repo, found) };
    }
  } satisfies Route;
  fake.routes['issues/add-assignees'] = {
    permission: writeIssues,
    handle(req) {
      const repo = req.repo();
      const found = repo.issues.find((i) => i.number === Number(req.params.issue_number));
      if (!found) throw new HttpError(404, 'Not Found');
      // GitHub silently skips people it cannot assign here (unlike on create).
      for (const login of (req.body.assignees as string[] | undefined) ?? []) {
        if (assignable(req, login) && !found.assignees.includes(login)) found.assignees.push(login);
      }
      return { status: 201, body: issue(req.urls, repo, found) };
    }
  } satisfies Route;
}
