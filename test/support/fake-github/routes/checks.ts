import { checkRun, commitStatus } from '../representations.js';
import {
  HttpError,
  notFound,
  read,
  unprocessable,
  write,
  type RouteRequest,
  type RouteTable
} from '../routing.js';
import type { CheckRunRecord, RepoState } from '../state.js';
import { resolveRef } from './git-helpers.js';

function applyCheckRunBody(req: RouteRequest, run: CheckRunRecord): void {
  const body = req.body;
  if (body.name !== undefined) run.name = body.name as string;
  if (body.details_url !== undefined) run.detailsUrl = body.details_url as string;
  if (body.external_id !== undefined) run.externalId = body.external_id as string;
  if (body.started_at !== undefined) run.startedAt = body.started_at as string;
  if (body.status !== undefined) run.status = body.status as string;
  if (body.conclusion !== undefined) {
    // Providing a conclusion completes the run, as GitHub documents.
    run.conclusion = body.conclusion as string;
    run.status = 'completed';
  }
  if (run.status === 'completed' && run.conclusion === null) {
    throw unprocessable('Invalid request.\n\nNo conclusion given for a completed check run.');
  }
  if (run.status === 'completed')
    run.completedAt = (body.completed_at as string | undefined) ?? run.completedAt ?? req.timestamp();
  const output = body.output as Record<string, unknown> | undefined;
  if (output) {
    run.output.title = (output.title as string | undefined) ?? run.output.title;
    run.output.summary = (output.summary as string | undefined) ?? run.output.summary;
    run.output.text = (output.text as string | undefined) ?? run.output.text;
    // Annotations append across updates; they are never replaced.
    run.output.annotations.push(...((output.annotations as unknown[] | undefined) ?? []));
  }
}

function findRun(repo: RepoState, id: string | undefined): CheckRunRecord {
  const run = repo.checkRuns.find((r) => r.id === Number(id));
  if (!run) throw notFound();
  return run;
}

export const checkRoutes: RouteTable = {
  'checks/create': {
    permission: write('checks'),
    handle(req) {
      const repo = req.repo();
      const headSha = req.body.head_sha as string;
      if (!repo.commits.has(headSha)) throw unprocessable(`No commit found for SHA: ${headSha}`);
      const run: CheckRunRecord = {
        id: req.world.ids.take(),
        headSha,
        name: req.body.name as string,
        status: 'queued',
        conclusion: null,
        startedAt: req.timestamp(),
        completedAt: null,
        detailsUrl: null,
        externalId: null,
        output: { title: null, summary: null, text: null, annotations: [] }
      };
      applyCheckRunBody(req, run);
      repo.checkRuns.push(run);
      return { status: 201, body: checkRun(req.urls, repo, run) };
    }
  },
  'checks/update': {
    permission: write('checks'),
    handle(req) {
      const repo = req.repo();
      const run = findRun(repo, req.params.check_run_id);
      applyCheckRunBody(req, run);
      return { status: 200, body: checkRun(req.urls, repo, run) };
    }
  },
  'checks/get': {
    permission: read('checks'),
    handle(req) {
      const repo = req.repo();
      return { status: 200, body: checkRun(req.urls, repo, findRun(repo, req.params.check_run_id)) };
    }
  },
  'checks/list-annotations': {
    permission: read('checks'),
    handle(req) {
      const repo = req.repo();
      const run = findRun(repo, req.params.check_run_id);
      const annotations = run.output.annotations.map((a) => {
        const x = a as Record<string, unknown>;
        return {
          path: x.path,
          start_line: x.start_line,
          end_line: x.end_line,
          start_column: x.start_column ?? null,
          end_column: x.end_column ?? null,
          annotation_level: x.annotation_level,
          title: x.title ?? null,
          message: x.message,
          raw_details: x.raw_details ?? null,
          blob_href: `https://github.com/${repo.owner}/${repo.name}/blob/${run.headSha}/${String(x.path)}`
        };
      });
      return { status: 200, body: req.paginate(annotations) };
    }
  },
  'checks/list-for-ref': {
    permission: read('checks'),
    handle(req) {
      const repo = req.repo();
      const sha = resolveRef(repo, req.params.ref ?? '');
      if (!sha) throw notFound();
      let runs = repo.checkRuns.filter((r) => r.headSha === sha);
      if (req.query.check_name) runs = runs.filter((r) => r.name === req.query.check_name);
      if (req.query.status) runs = runs.filter((r) => r.status === req.query.status);
      runs = [...runs].sort((a, b) => b.id - a.id);
      if ((req.query.filter ?? 'latest') === 'latest') {
        const seen = new Set<string>();
        runs = runs.filter((r) => !seen.has(r.name) && seen.add(r.name));
      }
      const total = runs.length;
      return {
        status: 200,
        body: { total_count: total, check_runs: req.paginate(runs).map((r) => checkRun(req.urls, repo, r)) }
      };
    }
  },
  'repos/create-commit-status': {
    permission: write('statuses'),
    handle(req) {
      const repo = req.repo();
      const sha = req.params.sha ?? '';
      if (!repo.commits.has(sha)) throw unprocessable(`No commit found for SHA: ${sha}`);
      const description = (req.body.description as string | null | undefined) ?? null;
      if (description && description.length > 140) {
        throw new HttpError(422, 'Validation Failed', {
          errors: [
            {
              resource: 'Status',
              code: 'custom',
              field: 'description',
              message: 'description is too long (maximum is 140 characters)'
            }
          ]
        });
      }
      const status = {
        id: req.world.ids.take(),
        sha,
        state: req.body.state as string,
        description,
        targetUrl: (req.body.target_url as string | null | undefined) ?? null,
        context: (req.body.context as string | undefined) ?? 'default',
        creator: req.actor,
        createdAt: req.timestamp()
      };
      repo.commitStatuses.push(status);
      return { status: 201, body: commitStatus(req.urls, repo, status) };
    }
  },
  'repos/list-commit-statuses-for-ref': {
    permission: read('statuses'),
    handle(req) {
      const repo = req.repo();
      const sha = resolveRef(repo, req.params.ref ?? '');
      if (!sha) throw notFound();
      const statuses = repo.commitStatuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id);
      return { status: 200, body: req.paginate(statuses).map((s) => commitStatus(req.urls, repo, s)) };
    }
  }
};
