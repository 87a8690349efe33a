import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  assessRange,
  runGit
} from "./chunk-O7IW56ES.js";
import {
  MissingPermissionError
} from "./chunk-YPNLRQNF.js";
import {
  renderAssessmentMarkdown
} from "./chunk-XQ45XCVQ.js";
import {
  truncate,
  truncateWithNote
} from "./chunk-PSDHKS2V.js";

// src/jobs/assess-pr.ts
import { existsSync } from "node:fs";
import path from "node:path";

// src/github/checks.ts
var CHECK_OUTPUT_LIMIT = 65535, ANNOTATIONS_PER_REQUEST = 50, STATUS_DESCRIPTION_LIMIT = 140, CUT_NOTE = `

\u2026 (cut to fit GitHub's 65,535-character limit; the job summary has the full report)`;
async function publishCheckRun(gh, input) {
  validate(input);
  try {
    return await publishAsCheckRun(gh, input);
  } catch (error) {
    if (!(error instanceof MissingPermissionError) || error.permission.scope !== "checks") throw error;
    return publishAsCommitStatus(gh, input);
  }
}
function validate(input) {
  if (!/^[0-9a-f]{40}$/i.test(input.sha))
    throw new Error(`publishCheckRun: sha must be a full 40-character commit SHA, got "${input.sha}"`);
  if (!input.name.trim()) throw new Error("publishCheckRun: name must not be empty");
  if (input.status === "completed" && !input.conclusion)
    throw new Error("publishCheckRun: a completed check run needs a conclusion");
}
async function publishAsCheckRun(gh, input) {
  let { owner, repo } = input, annotations = (input.annotations ?? []).map((a) => ({
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    message: a.message,
    ...a.title ? { title: a.title } : {},
    ...a.rawDetails ? { raw_details: a.rawDetails } : {}
  })), output = (batch) => ({
    title: input.title,
    summary: truncateWithNote(input.summary, CHECK_OUTPUT_LIMIT, CUT_NOTE),
    ...input.text !== void 0 ? { text: truncateWithNote(input.text, CHECK_OUTPUT_LIMIT, CUT_NOTE) } : {},
    ...batch?.length ? { annotations: batch } : {}
  }), state = input.conclusion ? { status: input.status ?? "completed", conclusion: input.conclusion } : { status: input.status ?? "in_progress" }, requests = 0, previous;
  if (input.updateExisting !== !1) {
    let { data: existing } = await gh.rest.checks.listForRef({
      owner,
      repo,
      ref: input.sha,
      check_name: input.name,
      filter: "latest",
      per_page: 1
    });
    requests++, previous = existing.check_runs[0];
  }
  let fresh = annotations;
  if (previous && previous.output.annotations_count > 0 && annotations.length > 0) {
    let listed = await gh.paginate(gh.rest.checks.listAnnotations, {
      owner,
      repo,
      check_run_id: previous.id,
      per_page: 100
    });
    requests += Math.max(1, Math.ceil(listed.length / 100));
    let present = new Set(listed.map(annotationKey));
    fresh = annotations.filter((a) => !present.has(annotationKey(a)));
  }
  let batches = [];
  for (let i = 0; i < fresh.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(fresh.slice(i, i + ANNOTATIONS_PER_REQUEST));
  let first = previous ? await gh.rest.checks.update({
    owner,
    repo,
    check_run_id: previous.id,
    ...state,
    output: output(batches[0]),
    ...details(input)
  }) : await gh.rest.checks.create({
    owner,
    repo,
    head_sha: input.sha,
    name: input.name,
    ...state,
    output: output(batches[0]),
    ...details(input)
  });
  requests++;
  for (let batch of batches.slice(1))
    await gh.rest.checks.update({ owner, repo, check_run_id: first.data.id, output: output(batch) }), requests++;
  return { kind: "check-run", id: first.data.id, url: first.data.html_url, requests };
}
function annotationKey(a) {
  return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.message, a.title || ""]);
}
function details(input) {
  return input.detailsUrl ? { details_url: input.detailsUrl } : {};
}
async function publishAsCommitStatus(gh, input) {
  try {
    await gh.rest.repos.createCommitStatus({
      owner: input.owner,
      repo: input.repo,
      sha: input.sha,
      state: statusState(input.conclusion),
      context: input.name,
      description: truncate(input.title, STATUS_DESCRIPTION_LIMIT),
      ...input.detailsUrl ? { target_url: input.detailsUrl } : {}
    });
  } catch (error) {
    throw error instanceof MissingPermissionError ? new Error(
      "GitHub refused both a check run and a commit status: add `checks: write` (preferred) or `statuses: write` to the workflow's `permissions:` block.",
      { cause: error }
    ) : error;
  }
  return {
    kind: "status",
    requests: 1,
    note: "checks: write is missing from the workflow's permissions, so Postflight posted a commit status instead of a check run (no annotations or full report on the commit). Add `checks: write` to get the check run."
  };
}
function statusState(conclusion) {
  switch (conclusion) {
    case void 0:
      return "pending";
    case "success":
    case "neutral":
    case "skipped":
      return "success";
    case "cancelled":
      return "error";
    default:
      return "failure";
  }
}

// src/git/merge-base.ts
async function mergeBase(repo, a, b) {
  let { stdout, exitCode } = await runGit(repo, ["merge-base", a, b], { allowFailure: !0 });
  return exitCode === 0 && stdout.trim() ? stdout.trim() : null;
}

// src/jobs/assess-pr.ts
var READINESS_CHECK = "Postflight: rollback readiness";
async function runAssessJob(deps) {
  let { io, ctx, config, gh } = deps, pr = ctx.pullRequest, head = pr?.headSha ?? config.sha ?? ctx.sha, base = config.assess.target ?? pr?.baseSha;
  if (!base)
    throw new Error(
      "mode: assess needs a pull_request event, or the input `target` naming the release to roll back to"
    );
  pr && !config.assess.target && existsSync(path.join(deps.workspace, ".git")) && (base = await mergeBase(deps.workspace, pr.baseSha, pr.headSha).catch(() => null) ?? base);
  let how = config.assess.target ? "given as the `target` input" : `where pull request #${pr?.number} branches from ${pr?.baseRef}`, assessment = await assessRange({
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
  }), markdown = renderAssessmentMarkdown(assessment, {
    repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
    headSha: head
  }), conclusion = readinessConclusion(assessment, config.assess.failOn), result = await publishCheckRun(gh, {
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
  result.kind === "status" && io.warning(result.note), io.setOutput("rollback-safety", assessment.verdict), io.setOutput("rollback-target", base), await io.summary(markdown), conclusion === "failure" && io.setFailed(`Postflight: rollback readiness is ${assessment.verdict}: ${assessment.recommendation}`);
}
function readinessConclusion(a, failOn) {
  return a.verdict === "safe" ? "success" : failOn === "caution" || failOn === "unsafe" && a.verdict === "unsafe" ? "failure" : "neutral";
}
function readinessTitle(a) {
  let blockers = a.factors.filter((f) => f.severity === "blocker").length, warnings = a.factors.filter((f) => f.severity === "warning").length;
  return a.verdict === "safe" ? "A rollback of this change looks safe" : `Rollback ${a.verdict}: ${blockers} blocker(s), ${warnings} warning(s)`;
}
var LEVEL = {
  blocker: "failure",
  warning: "warning",
  info: "notice"
};
function annotationsFor(factors) {
  return factors.filter((f) => f.path !== null && f.line !== null).map((f) => ({
    path: f.path,
    startLine: f.line,
    endLine: f.line,
    level: LEVEL[f.severity],
    title: `${f.kind}: ${f.severity}`,
    message: `${f.detail}

${f.recommendation}`
  }));
}

export {
  publishCheckRun,
  READINESS_CHECK,
  runAssessJob,
  readinessConclusion,
  annotationsFor
};
