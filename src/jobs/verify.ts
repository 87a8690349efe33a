/**
 * The `verify` job: poll, decide, then tell everyone. Everything with side effects arrives as an
 * argument, so the action, the CLI, the tests and the benchmarks run exactly this code.
 */
import type { Assessment } from '../assess/types.js';
import type { Config } from '../config/types.js';
import type { Source } from '../sources/types.js';
import type { Observation, Verdict } from '../verdict/types.js';
import type { Clock } from '../verify/clock.js';
import { runVerification } from '../verify/loop.js';
import { stepJudgeSettings } from '../verify/judge-settings.js';
import type { DeployFacts } from '../report/verify-markdown.js';
import { buildVerifyReport, type VerifyReport } from './verify-report.js';
import type { JobIO } from './io.js';

/** The deployment whose status this run reports, when there is one (GitHub Deployments API). */
export interface DeploymentStatusSink {
  set(state: 'in_progress' | 'success' | 'failure' | 'error', description: string): Promise<void>;
}

export interface VerifyDeps {
  config: Config;
  sources: Source[];
  clock: Clock;
  io: JobIO;
  facts: Omit<DeployFacts, 'deployTime' | 'dryRun' | 'environment'>;
  /** Where the JSON report goes. */
  reportPath: string;
  writeFile(path: string, content: string): Promise<void>;
  deployment?: DeploymentStatusSink | null;
  /** Runs on `fail` only, so the healthy path never loads the assessment code. */
  assess?: (verdict: Verdict) => Promise<Assessment | null>;
  /** After the verdict and assessment: incidents, check runs, reverts (later jobs hook in here). */
  publish?: (outcome: VerifyOutcome) => Promise<void>;
  /** Aborts when the run is cancelled (SIGINT/SIGTERM, see termination.ts); reason: the signal. */
  cancel?: AbortSignal;
}

export interface VerifyOutcome {
  verdict: Verdict;
  assessment: Assessment | null;
  report: VerifyReport;
  markdown: string;
  /** Whether the step should fail, after `fail-on-fail` and `on-inconclusive`. */
  stepFails: boolean;
  deployTime: number;
  facts: DeployFacts;
  /** Set when the run was cancelled before a verdict: nothing was assessed or published. */
  cancelled?: { reason: string; polls: number };
}

export async function verifyJob(deps: VerifyDeps): Promise<VerifyOutcome> {
  const { config, io, clock } = deps;
  const deployTime = config.deployTime ?? clock.now();
  const dryRun = config.dryRun;
  const deployment = dryRun ? null : (deps.deployment ?? null);

  io.info(
    `Verifying ${config.environment}: ${deps.sources.length} source(s), window ${config.windowMs / 1000}s, ` +
      `interval ${config.intervalMs / 1000}s, alpha ${config.alpha}, tolerance x${config.tolerance}`
  );
  const loop = runVerification({
    sources: deps.sources,
    settings: stepJudgeSettings(config),
    intervalMs: config.intervalMs,
    baselineMs: config.baselineMs,
    deployTime,
    clock,
    log: (line) => io.info(line),
    cancel: deps.cancel
  });
  // Marked while the first poll is already on its way: the status write must not delay it.
  const inProgress = softly(io, 'deployment status', () =>
    deployment?.set('in_progress', 'Postflight: verifying the deploy')
  );
  const { verdict, observations, polls, cancelled: stopped } = await loop;
  await inProgress;
  const cancelled = stopped ? { reason: stopped.reason, polls } : undefined;
  return concludeVerification(deps, {
    verdict,
    observations,
    deployTime,
    ...(cancelled ? { cancelled } : {})
  });
}

/** What sets a conclusion apart when it is not the verify step's (a watch run, say). */
export interface ConclusionOptions {
  verdict: Verdict;
  observations: Observation[];
  deployTime: number;
  /** Who decided, at the start of the deployment status (default `Postflight`). */
  decidedBy?: string;
  /** Sentences appended to the report (what the run could not see as the live loop would). */
  notes?: string[];
  /** The run was cancelled (SIGINT/SIGTERM): why, and after how many polls. */
  cancelled?: { reason: string; polls: number };
}

/**
 * Everything after the verdict: assessment on fail, report, outputs, summary, deployment status
 * and publishing. The verify step and `watch` both end here, so a failure found later is handled
 * exactly like one found in the step.
 */
export async function concludeVerification(
  deps: Omit<VerifyDeps, 'sources' | 'clock'>,
  { verdict, observations, deployTime, decidedBy = 'Postflight', notes = [], cancelled }: ConclusionOptions
): Promise<VerifyOutcome> {
  const { config, io } = deps;
  const dryRun = config.dryRun;
  const deployment = dryRun ? null : (deps.deployment ?? null);

  let assessment: Assessment | null = null;
  // A cancelled run reports what it saw and stops: no assessment, no incident, no revert.
  if (verdict.verdict === 'fail' && deps.assess && !cancelled) {
    try {
      assessment = await deps.assess(verdict);
    } catch (error) {
      // The verdict stands without it; say so loudly rather than hide the failure.
      io.warning(`Rollback assessment failed: ${messageOf(error)}`);
    }
  }

  // The deployed commit's pull request, when the event did not name one: the assessment read it
  // from the commit's merge or squash subject (its `head` is the full SHA; `sha:` may be short).
  const head = assessment?.head;
  const pr = deps.facts.pr ?? (head ? assessment?.pullRequests?.[head] : undefined);
  const facts: DeployFacts = {
    ...deps.facts,
    ...(pr !== undefined ? { pr } : {}),
    environment: config.environment,
    deployTime,
    dryRun,
    tolerance: config.tolerance
  };
  // The report's renderers load here, after the window: they are not on the path to the first poll.
  const { renderVerifyMarkdown } = await import('../report/verify-markdown.js');
  const markdown =
    renderVerifyMarkdown(verdict, facts, assessment) +
    notes.map((note) => `\n> **Note:** ${note}\n`).join('');
  const report = buildVerifyReport(config, verdict, observations, deployTime, assessment, cancelled);
  await deps.writeFile(deps.reportPath, JSON.stringify(report, null, 2) + '\n');

  const final = finalVerdict(verdict.verdict, config);
  io.setOutput('verdict', verdict.verdict);
  io.setOutput('reason', verdict.reason);
  io.setOutput('report', deps.reportPath);
  if (assessment) {
    io.setOutput('rollback-safety', assessment.verdict);
    io.setOutput('rollback-target', assessment.target.sha ?? '');
  }
  await io.summary(markdown);

  // The deployment records what was found, whatever the step does: a release that failed
  // verification must never look healthy to a later rollback-target search.
  // A cancelled run found nothing either way: `error`, neither success nor failure.
  const state = cancelled ? 'error' : verdict.verdict === 'fail' || final === 'fail' ? 'failure' : 'success';
  await softly(io, 'deployment status', () =>
    deployment?.set(state, `${decidedBy}: ${verdict.verdict}: ${verdict.reason}`)
  );

  const outcome: VerifyOutcome = {
    verdict,
    assessment,
    report,
    markdown,
    stepFails: final === 'fail' || cancelled !== undefined,
    deployTime,
    facts,
    ...(cancelled ? { cancelled } : {})
  };
  if (deps.publish && !dryRun && !cancelled) await deps.publish(outcome);

  if (verdict.verdict === 'inconclusive' && config.onInconclusive === 'neutral' && !cancelled) {
    io.warning(`Verification inconclusive: ${verdict.reason}`);
  }
  if (outcome.stepFails) io.setFailed(`Postflight: ${verdict.verdict}: ${verdict.reason}`);
  return outcome;
}

/** How the step ends: `fail-on-fail` and `on-inconclusive` turn the verdict into pass or fail. */
export function finalVerdict(
  verdict: Verdict['verdict'],
  config: Pick<Config, 'failOnFail' | 'onInconclusive'>
) {
  if (verdict === 'fail') return config.failOnFail ? 'fail' : 'pass';
  if (verdict === 'inconclusive') return config.onInconclusive === 'fail' ? 'fail' : 'pass';
  return 'pass';
}

/** GitHub writes around the verdict must not hide the verdict: log and go on. */
async function softly(io: JobIO, what: string, action: () => Promise<void> | undefined): Promise<void> {
  try {
    await action();
  } catch (error) {
    io.warning(`Could not update the ${what}: ${messageOf(error)}`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
