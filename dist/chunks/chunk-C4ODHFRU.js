import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  assessRange,
  categoryOf,
  evidence,
  runGit,
  summaryOf
} from "./chunk-GPCEXVD2.js";
import {
  MissingPermissionError
} from "./chunk-YPNLRQNF.js";
import {
  truncate,
  truncateWithNote
} from "./chunk-PSDHKS2V.js";
import {
  escapeInline
} from "./chunk-GAYY3J2L.js";

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
    // GitHub shows the title as plain text on one line: markdown or entities would show literally.
    title: input.title.replace(/\s+/g, " ").trim(),
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

// src/report/assessment-markdown.ts
var SEVERITY_ICON = { blocker: "\u26D4", warning: "\u26A0\uFE0F", info: "\u2139\uFE0F" }, VERDICT_ICON = { safe: "\u{1F7E2}", caution: "\u{1F7E1}", unsafe: "\u{1F534}" };
function renderAssessmentMarkdown(a, links = {}, maxFactors = 50) {
  let target = a.target.sha ? `\`${a.target.sha.slice(0, 12)}\`${a.target.ref ? ` (${escapeInline(a.target.ref)})` : ""}: ${escapeInline(a.target.how)}` : `none: ${escapeInline(a.target.how)}`, lines = [
    `### Rollback safety: ${VERDICT_ICON[a.verdict]} ${a.verdict}`,
    "",
    `**Recommendation:** ${escapeInline(a.recommendation)}`,
    "",
    `- target: ${target}`,
    `- migrations changed in the range: ${a.migrationsChanged ? "**yes**" : "no"}`,
    `- API contracts changed in the range: ${a.contractsChanged ? "**yes**" : "no"}`
  ];
  if (a.target.skipped.length) {
    lines.push(`- releases that a rollback would also undo or that were skipped: ${a.target.skipped.length}`);
    for (let s of a.target.skipped.slice(0, 10))
      lines.push(
        `  - \`${s.sha.slice(0, 12)}\`${s.ref ? ` (${escapeInline(s.ref)})` : ""}: ${escapeInline(s.reason)}`
      );
  }
  if (lines.push(""), a.factors.length === 0)
    return lines.push("Nothing in the range makes a rollback risky."), lines.join(`
`);
  let { bySeverity } = summaryOf(a.factors);
  lines.push(
    `**Findings:** ${bySeverity.blocker} blocker(s), ${bySeverity.warning} warning(s), ${bySeverity.info} info`,
    ""
  );
  let actionable = a.factors.filter((f) => f.severity !== "info"), listed = actionable.length ? actionable : a.factors;
  lines.push("| severity | kind | where | finding | recommendation |", "|---|---|---|---|---|");
  for (let f of listed.slice(0, maxFactors))
    lines.push(
      `| ${SEVERITY_ICON[f.severity]} ${f.severity} | ${kindLabel(f)} | ${where(f, links)} | ${escapeInline(f.detail)} | ${escapeInline(f.recommendation)} |`
    );
  listed.length > maxFactors && lines.push("", `_${listed.length - maxFactors} more finding(s) are in the JSON report._`);
  let infos = a.factors.filter((f) => f.severity === "info");
  return actionable.length && infos.length && lines.push("", `${SEVERITY_ICON.info} ${infos.length} info finding(s) not listed: ${infoCounts(infos)}.`), lines.join(`
`);
}
function where(f, links) {
  let parts = [];
  if (f.path) {
    let label = `${f.path}${f.line ? `:${f.line}` : ""}`, ref = f.commit ?? links.headSha;
    parts.push(
      links.repoUrl && ref ? `[${escapeInline(label)}](${links.repoUrl}/blob/${ref}/${encodePath(f.path)}${f.line ? `#L${f.line}` : ""})` : escapeInline(label)
    );
  }
  if (f.commit) {
    let short = f.commit.slice(0, 7);
    parts.push(links.repoUrl ? `[${short}](${links.repoUrl}/commit/${f.commit})` : short);
  }
  return parts.join(" ") || "\u2014";
}
function kindLabel(f) {
  let traits = [f.framework, f.dialect].filter(Boolean).map((t) => escapeInline(String(t)));
  return traits.length ? `${f.kind} (${traits.join(", ")})` : f.kind;
}
function infoCounts(factors) {
  let counts = /* @__PURE__ */ new Map();
  for (let factor of factors) {
    let category = categoryOf(factor);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([category, count]) => `${count} ${category}`).join(", ");
}
function encodePath(p) {
  return p.split("/").map(encodeURIComponent).join("/");
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
  let how = config.assess.target ? "given as the `target` input" : `where pull request #${pr?.number} branches from ${pr?.baseRef}`, assessed = await assessRange({
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
  }), assessment = forPullRequest(assessed), markdown = renderAssessmentMarkdown(assessment, {
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
var AUTHOR_ADVICE = {
  destructive: "Split it the expand/contract way: first ship the code that stops using what this drops or renames, and make the drop in a later release, so that each release can be rolled back.",
  constraining: "Ship the code that always satisfies the new constraint (and a backfill) first, and add the constraint in a later release, so that the previous release can still write.",
  "data-rewrite": "Make the rewritten data readable by the previous release too, or ship the code that reads both shapes first and the rewrite in a later release.",
  edited: "Leave migrations that may have run alone: put the change in a new migration, so that every database ends in the same state.",
  unparsed: "Check this file by hand: Postflight could not read it, so it cannot say whether a rollback is safe.",
  "contract-changed": "Add the new shape beside the old one first (accept and return both), move clients to it, and remove the old one in a later release.",
  "contract-added": "Add the new field or endpoint in a release before any client depends on it, so that rolling this back never takes away something in use.",
  "contract-removed": "Make the previous release tolerate the missing field first (optional there), and stop sending it in a later release.",
  security: "Nothing to change for the merge: after it ships, do not roll back past this fix; if the release breaks, roll forward or revert only the change that broke.",
  hotfix: "Nothing to change for the merge: after it ships, a rollback would undo this fix, so prefer rolling forward if the release breaks.",
  "critical-path": "Ask an owner of this path to review what undoing it would mean before this ships.",
  config: "Keep the previous release working with the new configuration (add keys before code reads them, remove them after), or ship the two separately.",
  infra: "Keep the previous release working with the new infrastructure, or ship the infrastructure change in a release of its own."
}, INCIDENT_WORDS = /\bdo not roll back\b|\broll forward\b|\brolling back\b/i;
function authorAdvice(factor) {
  return AUTHOR_ADVICE[categoryOf(factor)] ?? "Split the change so that each release can be rolled back on its own.";
}
function prAdvice(a) {
  if (a.verdict === "safe")
    return "If this change ships and breaks, rolling it back looks safe: nothing in it blocks going back to the base branch.";
  let blocking = a.factors.filter((factor) => factor.severity === "blocker"), top = blocking[0] ?? a.factors.find((factor) => factor.severity === "warning");
  if (!top) return `Rolling this change back could not be fully checked: ${a.target.how}.`;
  let others = blocking.length > 1 ? ` (and ${blocking.length - 1} more blocker${blocking.length > 2 ? "s" : ""} below)` : "";
  return `${top.severity === "blocker" ? `Before merging: if this change ships and breaks, it cannot be rolled back safely, because of ${evidence(top)}${others}.` : `Before merging, check ${evidence(top)}: it could make rolling this change back unsafe.`} ${authorAdvice(top)}`;
}
function forPullRequest(a) {
  return {
    ...a,
    recommendation: prAdvice(a),
    factors: a.factors.map(
      (factor) => factor.severity !== "info" && INCIDENT_WORDS.test(factor.recommendation) ? { ...factor, recommendation: authorAdvice(factor) } : factor
    )
  };
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
  prAdvice,
  forPullRequest,
  readinessConclusion,
  annotationsFor
};
