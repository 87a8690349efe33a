/**
 * After the verdict, on GitHub: the check run on the deployed SHA, the incident issue (open,
 * update, or note the recovery), and the opt-in revert. Each step is independent: one failing
 * (a missing permission, say) is reported and does not stop the others or hide the verdict.
 */
import type { Config } from '../config/types.js';
import type { GitHubClient } from '../github/client.js';
import { publishCheckRun, type CheckConclusion } from '../github/checks.js';
import type { PostflightContext } from '../github/context.js';
import { plainHeadline } from '../report/verify-markdown.js';
import { createGitHubClient } from '../github/client.js';
import { publishIncident } from '../incident/publish.js';
import type { IncidentIssue } from '../incident/github.js';
import { annotationsFor } from './assess-pr.js';
import type { JobIO } from './io.js';
import type { DeploymentStatusSink, VerifyOutcome } from './verify.js';

export const VERIFICATION_CHECK = 'Postflight: deploy verification';

export interface PublishDeps {
  gh: GitHubClient;
  ctx: PostflightContext;
  config: Config;
  outcome: VerifyOutcome;
  io: JobIO;
  workspace: string;
  /** An app token for revert pull requests (pull requests opened with GITHUB_TOKEN start no CI). */
  appToken?: string;
  /** Open incidents as the assessment step listed them, when it ran. */
  openIncidents?: IncidentIssue[];
  /** The deployment's status, so a revert attempt shows there too. */
  deployment?: DeploymentStatusSink | null;
}

export async function publishVerification(deps: PublishDeps): Promise<void> {
  const { gh, ctx, config, outcome, io } = deps;
  const sha = config.sha ?? ctx.sha;
  // The incident first: the check run's summary then matches what the issue says.
  await step(io, 'incident issue', async () => {
    const { upsert, revert } = await publishIncident(outcome, {
      gh,
      openIncidents: deps.openIncidents,
      pullRequestClient: deps.appToken
        ? createGitHubClient({ token: deps.appToken, baseUrl: ctx.apiUrl, userAgent: 'postflight' })
        : undefined,
      repo: { owner: ctx.owner, repo: ctx.repo },
      run: { runId: ctx.runId, attempt: ctx.runAttempt },
      config,
      service: config.incident.service ?? ctx.repo,
      facts: outcome.facts,
      defaultBranch: ctx.defaultBranch ?? 'main',
      prByCommit: outcome.assessment?.pullRequests,
      now: () => new Date(),
      log: (m) => io.info(m)
    });
    if (upsert.action !== 'none') io.setOutput('incident', String(upsert.incident.number));
    if (revert?.outcome) {
      const what = `Postflight: revert ${revert.outcome.ok ? 'started' : 'failed'} (${revert.outcome.how}): ${revert.outcome.detail}`;
      io.info(what);
      // The deployment stays failed; its latest status now also says what was done about it.
      await deps.deployment?.set('failure', what);
    }
  });
  await step(io, 'check run', async () => {
    const result = await publishCheckRun(gh, {
      owner: ctx.owner,
      repo: ctx.repo,
      sha,
      name: VERIFICATION_CHECK,
      conclusion: checkConclusion(outcome, config),
      title: plainHeadline(outcome.verdict, config),
      summary: outcome.markdown,
      annotations: outcome.assessment ? annotationsFor(outcome.assessment.factors) : [],
      detailsUrl: ctx.runUrl,
      // A first attempt cannot have made one yet: skip the lookup, save a call.
      updateExisting: ctx.runAttempt > 1
    });
    if (result.kind === 'status') await io.summary(`> **Note:** ${result.note}\n`);
  });
}

function checkConclusion(outcome: VerifyOutcome, config: Config): CheckConclusion {
  const v = outcome.verdict.verdict;
  if (v === 'pass') return 'success';
  if (v === 'fail') return config.failOnFail ? 'failure' : 'neutral';
  return config.onInconclusive === 'fail'
    ? 'failure'
    : config.onInconclusive === 'pass'
      ? 'success'
      : 'neutral';
}

async function step(io: JobIO, what: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    io.error(
      `Postflight could not publish the ${what}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
