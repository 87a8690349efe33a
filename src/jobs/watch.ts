/**
 * The `watch` job, for a `schedule` workflow: for each watched environment's newest deployment
 * younger than `watch.for`, re-evaluate it over [deploy, now] from the sources' history and, on a
 * fail, do exactly what a failed verify step does (verify.ts `concludeVerification`), once.
 *
 * Once: a deployment that already has a `failure` or `error` status (from the step or an earlier
 * watch) is not failed again. Alpha: the watch spends alpha * s on one e-process per deployment,
 * re-evaluated from the deploy on every run (verify/alpha-share.ts, README "Watch after the deploy").
 */
import type { Config } from '../config/types.js';
import type { Source } from '../sources/types.js';
import type { Clock } from '../verify/clock.js';
import { watchAlpha } from '../verify/alpha-share.js';
import { stepJudgeSettings } from '../verify/judge-settings.js';
import { runFromHistory } from '../verify/history-run.js';
import type { Verdict } from '../verdict/types.js';
import { concludeVerification, type VerifyDeps, type VerifyOutcome } from './verify.js';
import type { JobIO } from './io.js';

export interface WatchedDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  createdAt: string;
  /** Newest first, as GitHub lists them. */
  statuses: { state: string; description: string; createdAt: string }[];
}

export interface DeploymentFeed {
  /** The newest deployment of the environment, with its statuses; null when there is none. */
  newest(environment: string): Promise<WatchedDeployment | null>;
}

/** What the verify step's conclusion needs for one deployment (status sink, assess, publish). */
export type ConclusionDeps = Pick<
  VerifyDeps,
  'facts' | 'reportPath' | 'writeFile' | 'deployment' | 'assess' | 'publish'
>;

export interface WatchDeps {
  config: Config;
  /** Sources for one deployment (its SHA is the version a `compare` or `$version` query needs). */
  sources(deployment: WatchedDeployment): Source[] | Promise<Source[]>;
  clock: Clock;
  io: JobIO;
  deployments: DeploymentFeed;
  conclusion(deployment: WatchedDeployment, config: Config): ConclusionDeps;
}

export type WatchResult =
  | { environment: string; action: 'none-deployed' }
  | { environment: string; action: 'skipped'; deployment: WatchedDeployment; why: string }
  | {
      environment: string;
      action: 'watched';
      deployment: WatchedDeployment;
      deployTime: number;
      verdict: Verdict;
      evaluatedTo: number;
      notes: string[];
      outcome?: VerifyOutcome;
    };

/** Status descriptions the verify step writes while it polls: their time is the step's deploy time. */
const STEP_STARTED = 'Postflight: verifying';

export async function watchJob(deps: WatchDeps): Promise<WatchResult[]> {
  const { config, io, clock } = deps;
  if (!config.watch)
    throw new Error(
      'mode `watch` needs `watch.for` in the configuration (or the `watch-for` input), e.g. `2h`'
    );
  const environments = config.environment
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  const results: WatchResult[] = [];
  for (const environment of environments) {
    results.push(await watchEnvironment(deps, environment, config.watch));
  }
  await io.summary(renderWatchSummary(results, clock.now()));
  return results;
}

async function watchEnvironment(
  deps: WatchDeps,
  environment: string,
  watch: NonNullable<Config['watch']>
): Promise<WatchResult> {
  const { config, io, clock } = deps;
  const deployment = await deps.deployments.newest(environment);
  if (!deployment) {
    io.info(`watch ${environment}: no deployment`);
    return { environment, action: 'none-deployed' };
  }
  const now = clock.now();
  const deployTime = deployMoment(deployment);
  const skip = (why: string): WatchResult => {
    io.info(`watch ${environment}: deployment ${deployment.id} (${short(deployment.sha)}) ${why}`);
    return { environment, action: 'skipped', deployment, why };
  };
  const failed = deployment.statuses.find((s) => s.state === 'failure' || s.state === 'error');
  if (failed) return skip(`is already failed ("${failed.description}"); a deployment is failed once`);
  const latest = deployment.statuses[0];
  if (latest?.state !== 'success')
    return skip(
      `is not marked successful (latest status: ${latest?.state ?? 'none'}); the step decides it first`
    );
  if (now - deployTime >= watch.for)
    return skip(
      `was deployed ${duration(now - deployTime)} ago, longer than watch-for ${duration(watch.for)}`
    );
  // The newest step is left for the next run: a store may still be filling it (late scrapes).
  const until = now - config.intervalMs;
  if (until - deployTime < config.intervalMs)
    return skip(`was deployed ${duration(now - deployTime)} ago: nothing settled to watch yet`);

  const watchConfig: Config = {
    ...config,
    environment,
    sha: deployment.sha,
    deployTime,
    alpha: watchAlpha(config)
  };
  const stop = new AbortController();
  const run = await runFromHistory({
    sources: await deps.sources(deployment),
    settings: {
      ...stepJudgeSettings(config),
      alpha: watchConfig.alpha,
      windowMs: watch.for,
      // A bake as long as the watch: it can only fail (or stay quiet), never pass and stop looking,
      // so a regression that starts an hour in is still caught within the same alpha.
      bakeMs: watch.for
    },
    intervalMs: config.intervalMs,
    baselineMs: config.baselineMs,
    deployTime,
    until,
    live: { now },
    signal: stop.signal,
    log: (line) => io.info(`watch ${environment}: ${line}`)
  });
  stop.abort();
  const base = {
    environment,
    action: 'watched' as const,
    deployment,
    deployTime,
    verdict: run.verdict,
    evaluatedTo: run.evaluatedTo,
    notes: run.notes
  };
  for (const note of run.notes) io.info(`watch ${environment}: ${note}`);
  io.info(
    `watch ${environment}: deployment ${deployment.id} (${short(deployment.sha)}), ${duration(run.evaluatedTo)} after the deploy: ${run.verdict.verdict}${run.verdict.verdict === 'pending' ? ' (still within tolerance or undecided)' : `: ${run.verdict.reason}`}`
  );
  if (run.verdict.verdict !== 'fail') return base;
  // The reason travels to the incident, the statuses and the check run: it says who found it.
  const verdict = {
    ...run.verdict,
    reason: `${run.verdict.reason} (found by mode: watch ${duration(now - deployTime)} after the deploy, from the sources' history)`
  };
  const outcome = await concludeVerification(
    { config: watchConfig, io, ...deps.conclusion(deployment, watchConfig) },
    {
      verdict,
      observations: run.observations,
      deployTime,
      decidedBy: 'Postflight watch',
      notes: [
        `found by \`mode: watch\` ${duration(now - deployTime)} after the deploy, from the sources' history (the watch spends ${watch.alphaShare} of alpha).`,
        ...run.notes
      ]
    }
  );
  return { ...base, outcome };
}

/**
 * The deploy moment as the verify step counted it: when it marked the deployment in progress; a
 * deployment the step never saw counts from its first success status, else from its creation.
 */
export function deployMoment(deployment: WatchedDeployment): number {
  const oldestFirst = [...deployment.statuses].reverse();
  const started = oldestFirst.find(
    (s) => s.state === 'in_progress' && s.description.startsWith(STEP_STARTED)
  );
  const succeeded = oldestFirst.find((s) => s.state === 'success');
  return Date.parse((started ?? succeeded ?? deployment).createdAt);
}

function renderWatchSummary(results: WatchResult[], now: number): string {
  const rows = results.map((r) => {
    if (r.action === 'none-deployed') return `| ${r.environment} | none | | no deployment |`;
    const sha = `\`${short(r.deployment.sha)}\``;
    if (r.action === 'skipped') return `| ${r.environment} | ${sha} | | skipped: ${cell(r.why)} |`;
    const age = duration(now - r.deployTime);
    const what =
      r.verdict.verdict === 'pending'
        ? `no regression so far (judged up to ${duration(r.evaluatedTo)} after the deploy)`
        : `**${r.verdict.verdict}**: ${r.verdict.reason}`;
    return `| ${r.environment} | ${sha} | ${age} | ${cell(what)} |`;
  });
  const notes = results.flatMap((r) =>
    r.action === 'watched' ? r.notes.map((n) => `> ${r.environment}: ${n}`) : []
  );
  return [
    '### Postflight watch',
    '',
    '| environment | deployment | deployed | result |',
    '|---|---|---|---|',
    ...rows,
    '',
    ...notes,
    ''
  ].join('\n');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

function duration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${s % 60 ? `${s % 60}s` : ''}`;
  return `${Math.floor(m / 60)}h${m % 60 ? `${m % 60}m` : ''}`;
}
