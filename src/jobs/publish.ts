/**
 * After the verdict, on GitHub: the check run on the deployed SHA, the incident issue (open,
 * update, or note the recovery), and the opt-in revert. Each step is independent: one failing
 * (a missing permission, say) is reported and does not stop the others or hide the verdict.
 */
import type { Config } from '../config/types.js';
import type { GitHubClient } from '../github/client.js';
import { publishCheckRun, type CheckConclusion } from '../github/checks.js';
import type { PostflightContext } from '../github/context.js';
import { verdictHeadline } from '../report/verify-markdown.js';
import { annotationsFor } from './assess-pr.js';
import type { JobIO } from './io.js';
import type { VerifyOutcome } from './verify.js';

export const VERIFICATION_CHECK = 'Postflight: deploy verification';

export interface PublishDeps {
  gh: GitHubClient;
  ctx: PostflightContext;
  config: Config;
  outcome: VerifyOutcome;
  io: JobIO;
  workspace: string;
  /** The token for revert pull requests (an app token triggers CI; GITHUB_TOKEN does not). */
  token: string;
}

export async function publishVerification(deps: PublishDeps): Promise<void> {
  const { gh, ctx, config, outcome, io } = deps;
  const sha = config.sha ?? ctx.sha;
  await step(io, 'check run', async () => {
    const result = await publishCheckRun(gh, {
      owner: ctx.owner,
      repo: ctx.repo,
      sha,
      name: VERIFICATION_CHECK,
      conclusion: checkConclusion(outcome, config),
      title: verdictHeadline(outcome.verdict, config).replace(/\*\*/g, '').slice(0, 200),
      summary: outcome.markdown,
      annotations: outcome.assessment ? annotationsFor(outcome.assessment.factors) : [],
      detailsUrl: ctx.runUrl
    });
    if (result.kind === 'status') await io.summary(`> **Note:** ${result.note}\n`);
  });
}

function checkConclusion(outcome: VerifyOutcome, config: Config): CheckConclusion {
  const v = outcome.verdict.verdict;
  if (v === 'pass') return 'success';
  if (v === 'fail') return config.failOnFail ? 'failure' : 'neutral';
  return config.onInconclusive === 'fail' ? 'failure' : config.onInconclusive === 'pass' ? 'success' : 'neutral';
}

async function step(io: JobIO, what: string, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    io.error(`Postflight could not publish the ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
