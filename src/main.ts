/**
 * The action's entry: reads the event and the inputs, picks the job, wires the real adapters.
 * Everything below takes its dependencies as arguments; this file is the only place that knows
 * it is running on a GitHub Actions runner.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ACTION_INPUTS, loadConfig, ConfigError } from './config/index.js';
import type { Config } from './config/types.js';
import { actionsIO, type ActionsIO } from './jobs/actions-io.js';
import type { JobIO } from './jobs/io.js';
import { verifyJob, type DeploymentStatusSink } from './jobs/verify.js';
import { watchTermination } from './jobs/termination.js';
import { createSources } from './sources/registry.js';
import { systemClock } from './verify/clock.js';
import type { GitHubClient } from './github/client.js';
import type { IncidentIssue } from './incident/github.js';
import { contextFromEnv, type PostflightContext } from './github/context.js';

export async function run(io: ActionsIO = actionsIO()): Promise<void> {
  try {
    await runMode(io);
  } catch (error) {
    io.setFailed(error instanceof ConfigError ? `Configuration: ${error.message}` : messageOf(error));
  } finally {
    await io.flush();
  }
}

async function runMode(io: JobIO): Promise<void> {
  const mode = io.getInput('mode') || 'verify';
  if (!['verify', 'assess', 'triage', 'watch'].includes(mode)) {
    throw new Error(`input 'mode' must be one of verify, assess, triage, watch; got '${mode}'`);
  }
  const ctx = await contextFromEnv();
  const inputs = Object.fromEntries(ACTION_INPUTS.map((i) => [i.name, io.getInput(i.name)]));
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const token = inputs.token ?? '';
  if (token) io.setSecret(token);
  if (inputs['app-token']) io.setSecret(inputs['app-token']);
  if (mode === 'triage') {
    const { runTriage } = await import('./jobs/triage.js');
    return await runTriage({ io, ctx, inputs, workspace, gh: await github(token, ctx, io) });
  }
  // Only verify polls; an assess-only workflow needs no sources.
  const loaded = await loadConfig({
    inputs: withContextDefaults(inputs, ctx),
    env: process.env,
    cwd: workspace,
    requireSources: mode === 'verify' || mode === 'watch'
  });
  loaded.secrets.forEach((s) => io.setSecret(s));
  loaded.warnings.forEach((w) => io.warning(w));
  if (mode === 'assess') {
    const { runAssessJob } = await import('./jobs/assess-pr.js');
    return await runAssessJob({
      io,
      ctx,
      config: loaded.config,
      workspace,
      gh: await github(token, ctx, io)
    });
  }
  if (mode === 'watch') {
    if (!token) throw new Error("mode 'watch' needs the `token` input to read deployments");
    const { runWatch } = await import('./watch-main.js');
    let client: Promise<GitHubClient> | null = null;
    await runWatch({
      io,
      ctx,
      config: loaded.config,
      inputs,
      workspace,
      gh: () => (client ??= github(token, ctx, io))
    });
    return;
  }
  await runVerify(io, ctx, loaded.config, inputs, workspace, token);
}

async function runVerify(
  io: JobIO,
  ctx: PostflightContext,
  config: Config,
  inputs: Record<string, string>,
  workspace: string,
  token: string
): Promise<void> {
  const sources = await createSources(config.sources, {
    maskSecret: (v: string) => io.setSecret(v),
    log: (m: string) => io.info(m),
    version: config.sha
  });
  // The client is built on first use, off the path to the first poll.
  let client: Promise<GitHubClient> | null = null;
  const gh = config.dryRun || !token ? null : () => (client ??= github(token, ctx, io));
  let openIncidents: IncidentIssue[] | undefined;
  const environmentUrl = ctx.deploymentStatus?.environmentUrl ?? undefined;
  const deploymentId = Number(inputs['deployment-id'] || ctx.deployment?.id || 0) || null;
  const deployment: DeploymentStatusSink | null =
    gh && deploymentId
      ? {
          set: async (state, description) => {
            const { setDeploymentStatus } = await import('./github/deployments.js');
            await setDeploymentStatus(await gh(), {
              owner: ctx.owner,
              repo: ctx.repo,
              deploymentId,
              state,
              description,
              logUrl: ctx.runUrl,
              environmentUrl
            });
          }
        }
      : null;
  const reportPath = path.join(
    process.env.RUNNER_TEMP || workspace,
    `postflight-report-${ctx.runId}-${ctx.runAttempt}.json`
  );
  // A cancelled job (SIGINT, then SIGTERM) still leaves its report, summary and deployment status.
  const termination = watchTermination({ log: (line) => io.info(line) });
  await verifyJob({
    cancel: termination.signal,
    config,
    sources,
    clock: systemClock,
    io,
    facts: {
      sha: config.sha,
      ref: ctx.deployment?.ref ?? ctx.ref,
      actor: ctx.actor,
      runUrl: ctx.runUrl,
      repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
      // The deployment itself (its environment URL, GitHub's "View deployment"), else the
      // environment's own deployment history, never the repository-wide list.
      deploymentUrl: deploymentId
        ? (environmentUrl ??
          `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/deployments/${encodeURIComponent(config.environment)}`)
        : undefined
    },
    reportPath,
    writeFile: async (p, content) => {
      await mkdir(path.dirname(p), { recursive: true });
      await writeFile(p, content);
    },
    deployment,
    assess: gh
      ? async () => {
          const client = await gh();
          const headSha = config.sha ?? ctx.sha;
          // The open incident (if any) is needed by publish anyway; reading it first lets a re-run
          // reuse the rollback target the earlier run chose instead of reading the history again.
          const { findOpenIncidents } = await import('./incident/github.js');
          openIncidents = await findOpenIncidents(
            client,
            { owner: ctx.owner, repo: ctx.repo },
            incidentKey(config, ctx)
          );
          const earlier = openIncidents[0]?.state;
          const { assessDeployedRelease } = await import('./jobs/rollback-assessment.js');
          const known =
            earlier?.headSha === headSha && earlier.assessment?.targetSha
              ? {
                  ref: earlier.assessment.targetRef ?? earlier.assessment.targetSha,
                  sha: earlier.assessment.targetSha
                }
              : undefined;
          return assessDeployedRelease({
            gh: client,
            owner: ctx.owner,
            repo: ctx.repo,
            environment: config.environment,
            headSha,
            workspace,
            settings: config.assess,
            target: known,
            targetHow: known
              ? `chosen by the earlier run for this release (incident #${openIncidents[0]!.number})`
              : undefined,
            log: (m) => io.info(m)
          });
        }
      : undefined,
    publish: gh
      ? async (outcome) => {
          const { publishVerification } = await import('./jobs/publish.js');
          await publishVerification({
            gh: await gh(),
            ctx,
            config,
            outcome,
            io,
            workspace,
            appToken: inputs['app-token'] || undefined,
            openIncidents,
            deployment
          });
        }
      : undefined
  }).finally(() => termination.dispose());
}

/** One incident per environment (and service): the same key the incident code files it under. */
function incidentKey(config: Config, ctx: PostflightContext) {
  return { environment: config.environment, service: config.incident.service ?? ctx.repo };
}

/** The deployed SHA defaults to the deployment's, then the workflow's; the environment likewise. */
function withContextDefaults(inputs: Record<string, string>, ctx: PostflightContext): Record<string, string> {
  let deployTime = inputs['deploy-time'] ?? '';
  if (deployTime === 'deployment-status') {
    deployTime = ctx.deploymentStatus?.createdAt ?? '';
    if (!deployTime) {
      throw new Error(
        "input 'deploy-time' is `deployment-status`, but the event has no deployment status with a created_at time (run on `deployment_status`, or give a timestamp)"
      );
    }
  }
  return {
    ...inputs,
    'deploy-time': deployTime,
    sha: inputs.sha || ctx.deployment?.sha || ctx.sha,
    environment: inputs.environment || ctx.deployment?.environment || ''
  };
}

async function github(token: string, ctx: PostflightContext, io: JobIO): Promise<GitHubClient> {
  const { createGitHubClient } = await import('./github/client.js');
  return createGitHubClient({
    token,
    baseUrl: ctx.apiUrl,
    userAgent: 'postflight',
    log: { debug: () => {}, info: (m) => io.info(m), warn: (m) => io.warning(m), error: (m) => io.error(m) }
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
