/**
 * `mode: assess` on a pull request: "if this ships and breaks, can we roll back?" The PR's head
 * is N, the commit it branched from is N-1; the findings go into a check run on the head SHA
 * with annotations on the lines that say so.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { evidence } from '../assess/recommendation.js';
import { categoryOf } from '../assess/summary.js';
import type { Assessment, Factor, FactorCategory } from '../assess/types.js';
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
  const assessed = await assessRange({
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
  // The same findings, with advice for the author before the merge rather than for an incident.
  const assessment = forPullRequest(assessed);

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

/**
 * What would make a change safe to roll back, said to its author before the merge: the
 * expand/contract way, one release per step, so that every release can be rolled back alone.
 */
const AUTHOR_ADVICE: Partial<Record<FactorCategory, string>> = {
  destructive:
    'Split it the expand/contract way: first ship the code that stops using what this drops or renames, and make the drop in a later release, so that each release can be rolled back.',
  constraining:
    'Ship the code that always satisfies the new constraint (and a backfill) first, and add the constraint in a later release, so that the previous release can still write.',
  'data-rewrite':
    'Make the rewritten data readable by the previous release too, or ship the code that reads both shapes first and the rewrite in a later release.',
  edited:
    'Leave migrations that may have run alone: put the change in a new migration, so that every database ends in the same state.',
  unparsed:
    'Check this file by hand: Postflight could not read it, so it cannot say whether a rollback is safe.',
  'contract-changed':
    'Add the new shape beside the old one first (accept and return both), move clients to it, and remove the old one in a later release.',
  'contract-added':
    'Add the new field or endpoint in a release before any client depends on it, so that rolling this back never takes away something in use.',
  'contract-removed':
    'Make the previous release tolerate the missing field first (optional there), and stop sending it in a later release.',
  security:
    'Nothing to change for the merge: after it ships, do not roll back past this fix; if the release breaks, roll forward or revert only the change that broke.',
  hotfix:
    'Nothing to change for the merge: after it ships, a rollback would undo this fix, so prefer rolling forward if the release breaks.',
  'critical-path': 'Ask an owner of this path to review what undoing it would mean before this ships.',
  config:
    'Keep the previous release working with the new configuration (add keys before code reads them, remove them after), or ship the two separately.',
  infra:
    'Keep the previous release working with the new infrastructure, or ship the infrastructure change in a release of its own.'
};

/** Incident wording ("Do not roll back … roll forward") means nothing before the merge. */
const INCIDENT_WORDS = /\bdo not roll back\b|\broll forward\b|\brolling back\b/i;

function authorAdvice(factor: Factor): string {
  return (
    AUTHOR_ADVICE[categoryOf(factor)] ??
    'Split the change so that each release can be rolled back on its own.'
  );
}

/** The advice of the whole check: the finding that blocks (or the first to check) and its cure. */
export function prAdvice(a: Assessment): string {
  if (a.verdict === 'safe')
    return 'If this change ships and breaks, rolling it back looks safe: nothing in it blocks going back to the base branch.';
  const blocking = a.factors.filter((factor) => factor.severity === 'blocker');
  const top = blocking[0] ?? a.factors.find((factor) => factor.severity === 'warning');
  if (!top) return `Rolling this change back could not be fully checked: ${a.target.how}.`;
  const others =
    blocking.length > 1
      ? ` (and ${blocking.length - 1} more blocker${blocking.length > 2 ? 's' : ''} below)`
      : '';
  const lead =
    top.severity === 'blocker'
      ? `Before merging: if this change ships and breaks, it cannot be rolled back safely, because of ${evidence(top)}${others}.`
      : `Before merging, check ${evidence(top)}: it could make rolling this change back unsafe.`;
  return `${lead} ${authorAdvice(top)}`;
}

/** The assessment as the PR check shows it: the same findings, advice for the author. */
export function forPullRequest(a: Assessment): Assessment {
  return {
    ...a,
    recommendation: prAdvice(a),
    factors: a.factors.map((factor) =>
      factor.severity !== 'info' && INCIDENT_WORDS.test(factor.recommendation)
        ? { ...factor, recommendation: authorAdvice(factor) }
        : factor
    )
  };
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
