/**
 * `mode: watch` on a runner: the real adapters for jobs/watch.ts. The deployments come from the
 * Deployments API; a failure goes through the verify step's own conclusion (assessment, report,
 * deployment status, incident, check run) with the watched deployment's SHA and id.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config, SourceConfig } from './config/types.js';
import type { GitHubClient } from './github/client.js';
import type { PostflightContext } from './github/context.js';
import type { IncidentIssue } from './incident/github.js';
import type { JobIO } from './jobs/io.js';
import type { DeploymentStatusSink } from './jobs/verify.js';
import { watchJob, type WatchedDeployment, type WatchResult } from './jobs/watch.js';
import { createSources } from './sources/registry.js';
import { systemClock, type Clock } from './verify/clock.js';

export interface WatchWiring {
  io: JobIO;
  ctx: PostflightContext;
  config: Config;
  inputs: Record<string, string>;
  workspace: string;
  gh: () => Promise<GitHubClient>;
  /** The real clock unless a test brings its own. */
  clock?: Clock;
}

export async function runWatch({
  io,
  ctx,
  config,
  inputs,
  workspace,
  gh,
  clock = systemClock
}: WatchWiring): Promise<WatchResult[]> {
  const repo = { owner: ctx.owner, repo: ctx.repo };
  return watchJob({
    config,
    clock,
    io,
    sources: (deployment) =>
      createSources(
        config.sources.map((s) => forDeployment(s, deployment)),
        {
          maskSecret: (v: string) => io.setSecret(v),
          log: (m: string) => io.info(m),
          version: deployment.sha
        }
      ),
    deployments: {
      async newest(environment) {
        const { listDeployments } = await import('./github/deployments.js');
        const [newest] = await listDeployments(await gh(), {
          ...repo,
          environment,
          limit: 1,
          statusesPerDeployment: 30
        });
        return newest ?? null;
      }
    },
    conclusion(deployment, watchConfig) {
      let openIncidents: IncidentIssue[] | undefined;
      const sink: DeploymentStatusSink = {
        set: async (state, description) => {
          const { setDeploymentStatus } = await import('./github/deployments.js');
          await setDeploymentStatus(await gh(), {
            ...repo,
            deploymentId: deployment.id,
            state,
            description,
            logUrl: ctx.runUrl
          });
        }
      };
      return {
        facts: {
          sha: deployment.sha,
          ref: deployment.ref,
          actor: ctx.actor,
          runUrl: ctx.runUrl,
          repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
          deploymentUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/deployments`
        },
        reportPath: path.join(
          process.env.RUNNER_TEMP || workspace,
          `postflight-watch-${deployment.environment}-${deployment.id}-${ctx.runId}.json`
        ),
        writeFile: async (p, content) => {
          await mkdir(path.dirname(p), { recursive: true });
          await writeFile(p, content);
        },
        deployment: sink,
        assess: async () => {
          const client = await gh();
          const { findOpenIncidents } = await import('./incident/github.js');
          openIncidents = await findOpenIncidents(client, repo, {
            environment: deployment.environment,
            service: watchConfig.incident.service ?? ctx.repo
          });
          const { assessDeployedRelease } = await import('./jobs/rollback-assessment.js');
          return assessDeployedRelease({
            gh: client,
            ...repo,
            environment: deployment.environment,
            headSha: deployment.sha,
            workspace,
            settings: watchConfig.assess,
            log: (m) => io.info(m)
          });
        },
        publish: async (outcome) => {
          const { publishVerification } = await import('./jobs/publish.js');
          await publishVerification({
            gh: await gh(),
            ctx,
            config: watchConfig,
            outcome,
            io,
            workspace,
            appToken: inputs['app-token'] || undefined,
            openIncidents,
            deployment: sink
          });
        }
      };
    }
  });
}

/**
 * A concurrent comparison names the new version; in a scheduled run the workflow's SHA is the
 * default branch, not the deployed release, so a canary given as the workflow's SHA becomes the
 * watched deployment's.
 */
function forDeployment(source: SourceConfig, deployment: WatchedDeployment): SourceConfig {
  if (source.type !== 'prometheus' || !source.compare) return source;
  const workflowSha = process.env.GITHUB_SHA;
  if (workflowSha && source.compare.canary === workflowSha)
    return { ...source, compare: { ...source.compare, canary: deployment.sha } };
  return source;
}
