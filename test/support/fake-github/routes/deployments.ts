import { deployment, deploymentStatus } from '../representations.js';
import {
  HttpError,
  notFound,
  read,
  unprocessable,
  write,
  type RouteRequest,
  type RouteTable
} from '../routing.js';
import type { DeploymentRecordState, RepoState } from '../state.js';
import { resolveRef } from './git-helpers.js';

function findDeployment(repo: RepoState, id: string): DeploymentRecordState {
  const found = repo.deployments.find((d) => d.id === Number(id));
  if (!found) throw notFound();
  return found;
}

function newestFirst<T extends { createdAt: string; id: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

export function createDeploymentStatus(req: RouteRequest, repo: RepoState, target: DeploymentRecordState) {
  const body = req.body;
  const description = (body.description as string | undefined) ?? '';
  if (description.length > 140) {
    throw unprocessable('Validation Failed', [
      {
        resource: 'DeploymentStatus',
        code: 'custom',
        field: 'description',
        message: 'description is too long (maximum is 140 characters)'
      }
    ]);
  }
  const status = {
    id: req.world.ids.take(),
    state: body.state as string,
    description,
    environment: (body.environment as string | undefined) ?? target.environment,
    targetUrl: (body.log_url as string | undefined) ?? (body.target_url as string | undefined) ?? '',
    logUrl: (body.log_url as string | undefined) ?? (body.target_url as string | undefined) ?? '',
    environmentUrl: (body.environment_url as string | undefined) ?? '',
    creator: req.actor,
    createdAt: req.timestamp()
  };
  target.statuses.push(status);
  // GitHub's auto_inactive: a success marks earlier non-transient, non-production deployments of the environment inactive.
  if (status.state === 'success' && body.auto_inactive !== false) {
    for (const other of repo.deployments) {
      if (other === target || other.environment !== status.environment) continue;
      if (other.transientEnvironment || other.productionEnvironment || other.id > target.id) continue;
      if (other.statuses[other.statuses.length - 1]?.state === 'inactive') continue;
      other.statuses.push({ ...status, id: req.world.ids.take(), state: 'inactive', description: '' });
    }
  }
  return status;
}

export const deploymentRoutes: RouteTable = {
  'repos/list-deployments': {
    permission: read('deployments'),
    handle(req) {
      const repo = req.repo();
      const q = req.query;
      const matching = repo.deployments.filter(
        (d) =>
          (!q.sha || q.sha === 'none' || d.sha === q.sha) &&
          (!q.ref || q.ref === 'none' || d.ref === q.ref) &&
          (!q.task || q.task === 'none' || d.task === q.task) &&
          (!q.environment || q.environment === 'none' || d.environment === q.environment)
      );
      return {
        status: 200,
        body: req.paginate(newestFirst(matching)).map((d) => deployment(req.urls, repo, d))
      };
    }
  },
  'repos/get-deployment': {
    permission: read('deployments'),
    handle(req) {
      const repo = req.repo();
      return {
        status: 200,
        body: deployment(req.urls, repo, findDeployment(repo, req.params.deployment_id ?? ''))
      };
    }
  },
  'repos/create-deployment': {
    permission: write('deployments'),
    handle(req) {
      const repo = req.repo();
      const body = req.body;
      const sha = resolveRef(repo, body.ref as string);
      if (!sha) throw new HttpError(422, `No ref found for: ${String(body.ref)}`);
      const environment = (body.environment as string | undefined) ?? 'production';
      const record: DeploymentRecordState = {
        id: req.world.ids.take(),
        sha,
        ref: body.ref as string,
        task: (body.task as string | undefined) ?? 'deploy',
        environment,
        description: (body.description as string | undefined) ?? null,
        payload: body.payload ?? {},
        creator: req.actor,
        createdAt: req.timestamp(),
        productionEnvironment:
          (body.production_environment as boolean | undefined) ?? environment === 'production',
        transientEnvironment: (body.transient_environment as boolean | undefined) ?? false,
        statuses: []
      };
      repo.deployments.push(record);
      return { status: 201, body: deployment(req.urls, repo, record) };
    }
  },
  'repos/list-deployment-statuses': {
    permission: read('deployments'),
    handle(req) {
      const repo = req.repo();
      const target = findDeployment(repo, req.params.deployment_id ?? '');
      return {
        status: 200,
        body: req
          .paginate(newestFirst(target.statuses))
          .map((s) => deploymentStatus(req.urls, repo, target, s))
      };
    }
  },
  'repos/get-deployment-status': {
    permission: read('deployments'),
    handle(req) {
      const repo = req.repo();
      const target = findDeployment(repo, req.params.deployment_id ?? '');
      const status = target.statuses.find((s) => s.id === Number(req.params.status_id));
      if (!status) throw notFound();
      return { status: 200, body: deploymentStatus(req.urls, repo, target, status) };
    }
  },
  'repos/create-deployment-status': {
    permission: write('deployments'),
    handle(req) {
      const repo = req.repo();
      const target = findDeployment(repo, req.params.deployment_id ?? '');
      const status = createDeploymentStatus(req, repo, target);
      return { status: 201, body: deploymentStatus(req.urls, repo, target, status) };
    }
  }
};
