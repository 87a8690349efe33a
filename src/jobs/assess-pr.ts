/**
 * `mode: assess` on a pull request: "if this ships and breaks, can we roll back?" The PR's head
 * is N, the commit it branched from is N-1; the findings go into a check run on the head SHA
 * with annotations on the lines that say so.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Assessment, Factor } from '../assess/types.js';
import type { Config } from '../config/types.js';
import type { GitHubClient } from '../github/client.js';
import { publishCheckRun, type CheckAnnotation, type CheckConclusion } from '../github/checks.js';
import type { PostflightContext } from '../github/context.js';
import { renderAssessmentMarkdown } from '../report/assessment-markdown.js';
import { mergeBase } from '../git/merge-base.js';
import { assessRange } from './rollback-assessment.js';
import type { JobIO } from './io.js';

export const READINESS_CHECK = 'Postflight: rollback readiness';

export async function runAssessJob(deps: {
  io: JobIO;
  ctx: PostflightContext;
  config: Config;
  workspace: string;
  gh: GitHubClient;
}): Promise<void> {
  const { io, ctx, config, gh } = deps;
  const pr = ctx.pullRequest;
  const head = pr?.headSha ?? config.sha ?? ctx.sha;
  let base = config.assess.target ?? pr?.baseSha;
  if (!base) {
    throw new Error(
      'mode: assess needs a pull_request event, or the input `target` naming the release to roll back to'
    );
  }
  if (pr && !config.assess.target && existsSync(path.join(deps.workspace, '.git'))) {
    base = (await mergeBase(deps.workspace, pr.baseSha, pr.headSha).catch(() => null)) ?? base;
  }
  const how = config.assess.target
    ? 'given as the `target` input'
    : `where pull request #${pr?.number} branches from ${pr?.baseRef}`;
  const assessment = await assessRange({
    gh,
    owner: ctx.owner,
    repo: ctx.repo,
    environment: config.environment,
    headSha: head,
    workspace: deps.workspace,
    settings: config.assess,
    base,
    target: { ref: config.assess.target ?? pr?.baseRef ?? null, sha: base, how, skipped: [] },
    log: (m) => io.info(m)
  });

  const markdown = renderAssessmentMarkdown(assessment, {
    repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
    headSha: head
  });
  const conclusion = readinessConclusion(assessment, config.assess.failOn);
  const result = await publishCheckRun(gh, {
    owner: ctx.owner,
    repo: ctx.repo,
    sha: head,
    name: READINESS_CHECK,
    conclusion,
    title: readinessTitle(assessment),
    summary: markdown,
    annotations: annotationsFor(assessment.factors),
    detailsUrl: ctx.runUrl
  });
  if (result.kind === 'status') io.warning(result.note);
  io.setOutput('rollback-safety', assessment.verdict);
  io.setOutput('rollback-target', base);
  await io.summary(markdown);
  if (conclusion === 'failure')
    io.setFailed(`Postflight: rollback readiness is ${assessment.verdict}: ${assessment.recommendation}`);
}

/** `fail-on: never` reports findings as neutral; otherwise the named level and worse fail. */
export function readinessConclusion(a: Assessment, failOn: Config['assess']['failOn']): CheckConclusion {
  if (a.verdict === 'safe') return 'success';
  if (failOn === 'caution' || (failOn === 'unsafe' && a.verdict === 'unsafe')) return 'failure';
  return 'neutral';
}

function readinessTitle(a: Assessment): string {
  const blockers = a.factors.filter((f) => f.severity === 'blocker').length;
  const warnings = a.factors.filter((f) => f.severity === 'warning').length;
  if (a.verdict === 'safe') return 'A rollback of this change looks safe';
  return `Rollback ${a.verdict}: ${blockers} blocker(s), ${warnings} warning(s)`;
}

const LEVEL: Record<Factor['severity'], CheckAnnotation['level']> = {
  blocker: 'failure',
  warning: 'warning',
  info: 'notice'
};

export function annotationsFor(factors: Factor[]): CheckAnnotation[] {
  return factors
    .filter((f): f is Factor & { path: string; line: number } => f.path !== null && f.line !== null)
    .map((f) => ({
      path: f.path,
      startLine: f.line,
      endLine: f.line,
      level: LEVEL[f.severity],
      title: `${f.kind}: ${f.severity}`,
      message: `${f.detail}\n\n${f.recommendation}`
    }));
}
