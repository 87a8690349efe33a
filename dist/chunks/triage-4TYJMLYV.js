import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  assessmentFromSummary,
  attemptRevert,
  decideRevert,
  isBot,
  location,
  reassessedComment,
  replyComment,
  summarizeAssessment
} from "./chunk-EX6PBXOH.js";
import {
  createGitHubClient
} from "./chunk-KBK4BFYL.js";
import "./chunk-YPNLRQNF.js";
import {
  appendTimeline,
  isPostflightComment,
  parseIncidentMarker,
  timelineLine,
  toIncidentIssue
} from "./chunk-RE35IAR2.js";
import "./chunk-OI32R2KW.js";
import {
  loadConfig
} from "./chunk-2XJBBL7X.js";
import "./chunk-HI6YRM7G.js";
import "./chunk-HFEFXF2P.js";
import "./chunk-UNEXY55E.js";
import {
  codeSpan,
  escapeInline,
  redactSecretsInText
} from "./chunk-GAYY3J2L.js";
import "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";

// src/triage/commands.ts
var COMMAND_HELP = [
  "`/status`: the last verdict and the rollback assessment",
  "`/reassess`: assess the rollback again and post the result",
  "`/ack`: assign yourself and mark the incident acknowledged",
  "`/resolve [note]`: close the incident, with an optional note",
  "`/rollback [ref]`: revert to the known-good target (or to `ref`) when the policy allows it",
  "`/rollback --override <reason>`: admins only; revert despite migrations, contracts or blockers"
];
var COMMAND_LINE = /^ {0,3}\/([A-Za-z][\w-]*)(?:[ \t]+(.*))?$/, FENCE = /^ {0,3}(`{3,}|~{3,})/;
function parseCommand(body) {
  let line = firstCommandLine(body);
  if (line === null) return null;
  let match = COMMAND_LINE.exec(line);
  if (!match) return null;
  let name = match[1].toLowerCase(), args = (match[2] ?? "").trim();
  switch (name) {
    case "status":
    case "reassess":
    case "ack":
      return args ? invalid(name, `\`/${name}\` takes no arguments.`) : { kind: name };
    case "resolve":
      return { kind: "resolve", note: args ? args.slice(0, 1e3) : null };
    case "rollback":
      return parseRollback(args);
    default:
      return {
        kind: "unknown",
        name,
        reply: `Postflight does not know \`/${sanitizeName(name)}\`. Commands it understands:

${COMMAND_HELP.map((h) => `- ${h}`).join(`
`)}`
      };
  }
}
function parseRollback(args) {
  if (!args) return { kind: "rollback", ref: null, override: null };
  let override = /^--override(?:[ \t]+(.*))?$/.exec(args);
  if (override) {
    let reason = (override[1] ?? "").trim();
    return reason ? { kind: "rollback", ref: null, override: { reason: reason.slice(0, 1e3) } } : invalid(
      "rollback",
      "`/rollback --override` needs a reason, e.g. `/rollback --override the migration is additive`."
    );
  }
  return args.startsWith("-") ? invalid("rollback", "The only option of `/rollback` is `--override <reason>`.") : /\s/.test(args) ? invalid("rollback", "`/rollback` takes one ref (a tag, branch or SHA) at most.") : isSafeRef(args) ? { kind: "rollback", ref: args, override: null } : invalid("rollback", "That is not a ref Postflight accepts: use a tag, branch or commit SHA.");
}
function isSafeRef(ref) {
  return ref.length <= 200 && /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(ref) && !ref.includes("..") && !ref.includes("//") && !ref.endsWith("/") && !ref.endsWith(".lock") && !ref.endsWith(".");
}
function firstCommandLine(body) {
  let fence = null;
  for (let raw of body.replace(/\r\n?/g, `
`).split(`
`)) {
    let fenceMatch = FENCE.exec(raw);
    if (fence) {
      fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && raw.trim() === fenceMatch[1] && (fence = null);
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (!/^( {4}|\t)/.test(raw) && !/^\s*>/.test(raw) && /^ {0,3}\//.test(raw))
      return raw.trimEnd();
  }
  return null;
}
function invalid(name, reply) {
  return {
    kind: "invalid",
    name,
    reply: `${reply}

Commands Postflight understands:

${COMMAND_HELP.map((h) => `- ${h}`).join(`
`)}`
  };
}
function sanitizeName(name) {
  return name.slice(0, 40);
}

// src/triage/status.ts
function statusReply(state) {
  let lines = [
    `**Status of ${codeSpan(state.environment)}${state.service ? ` (${escapeInline(state.service)})` : ""}**`,
    "",
    `- last verdict: **${state.lastVerdict}**${state.lastReason ? `: ${escapeInline(state.lastReason)}` : ""}`,
    `- deployed commit: ${state.headSha ? codeSpan(state.headSha.slice(0, 12)) : "unknown"}`
  ], a = state.assessment;
  if (a) {
    let target = a.targetSha ? `${codeSpan(a.targetSha.slice(0, 12))}${a.targetRef ? ` (${escapeInline(a.targetRef)})` : ""}` : "none";
    lines.push(
      `- rollback safety: **${a.verdict}**, target ${target}; migrations changed: ${a.migrationsChanged ? "yes" : "no"}, contracts changed: ${a.contractsChanged ? "yes" : "no"}`,
      `- recommendation: ${escapeInline(a.recommendation)}`
    );
    for (let f of a.findings.filter((x) => x.severity === "blocker").slice(0, 5))
      lines.push(`  - \u26D4 ${f.kind} ${escapeInline(location(f))}: ${escapeInline(f.detail)}`);
  } else
    lines.push("- rollback safety: not assessed");
  let reverts = state.reverts;
  if (reverts.length) {
    let last = reverts[reverts.length - 1];
    lines.push(
      `- reverts: ${reverts.length}, the last ${last.outcome} at ${escapeInline(last.at)} (${last.how}): ${escapeInline(last.detail)}`
    );
  }
  state.acknowledgedBy && lines.push(`- acknowledged by ${escapeInline(state.acknowledgedBy)}`);
  let recent = state.timeline.slice(-3);
  return recent.length && lines.push("", "Latest:", ...recent.map(timelineLine)), lines.join(`
`);
}

// src/triage/handle.ts
var WRITE_ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
async function handleTriage(gh, context, deps) {
  let ignore = (why) => (deps.log?.(`Triage: ignored, ${why}`), { handled: !1, why });
  if (context.eventName !== "issue_comment")
    return ignore(`the event is ${context.eventName}, not issue_comment`);
  if (context.action && context.action !== "created")
    return ignore(`the comment was ${context.action}, not created`);
  let { issue, comment } = context;
  if (!issue || !comment) return ignore("the event has no issue or comment");
  if (issue.isPullRequest) return ignore("the comment is on a pull request");
  if (isBot(comment.author)) return ignore(`${comment.author} is a bot`);
  if (isPostflightComment(comment.body)) return ignore("the comment is Postflight\u2019s own");
  let command = parseCommand(comment.body);
  if (!command) return ignore("the comment holds no command");
  let repo = { owner: context.owner, repo: context.repo }, { data: raw } = await gh.rest.issues.get({ ...repo, issue_number: issue.number }), key = parseIncidentMarker(raw.body);
  if (!key) return ignore(`issue #${issue.number} is not a Postflight incident`);
  let incident = toIncidentIssue(raw, key), reply = (text) => gh.rest.issues.createComment({ ...repo, issue_number: issue.number, body: replyComment(text) }), role = await roleOf(gh, repo, comment.author);
  if (!WRITE_ROLES.has(role))
    return await reply(
      `Sorry, ${escapeInline(comment.author)}: Postflight commands need write access to this repository (you have ${role}).`
    ), { handled: !0, command: command.kind, outcome: `refused: ${comment.author} has ${role}` };
  if (command.kind === "unknown" || command.kind === "invalid")
    return await reply(command.reply), { handled: !0, command: command.kind, outcome: "replied with help" };
  await gh.rest.reactions.createForIssueComment({
    ...repo,
    comment_id: comment.id,
    content: command.kind === "rollback" ? "rocket" : "+1"
  });
  let run = { gh, repo, key, incident, login: comment.author, role, deps, reply };
  switch (command.kind) {
    case "status":
      return statusCommand(run);
    case "ack":
      return ackCommand(run);
    case "resolve":
      return resolveCommand(run, command.note);
    case "reassess":
      return reassessCommand(run);
    case "rollback":
      return rollbackCommand(run, command.ref, command.override);
  }
}
async function roleOf(gh, repo, login) {
  try {
    let { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login }), known = ["admin", "maintain", "write", "triage", "read", "none"], roleName = data.role_name;
    return roleName && known.includes(roleName) ? roleName : known.includes(data.permission) ? data.permission : "none";
  } catch (error) {
    if (error.status === 404) return "none";
    throw error;
  }
}
async function statusCommand(run) {
  return await run.reply(statusReply(run.incident.state)), { handled: !0, command: "status", outcome: "replied with the status" };
}
async function ackCommand(run) {
  let at = run.deps.now().toISOString();
  return await appendTimeline(run.gh, run.repo, run.incident, {
    entry: { at, kind: "ack", text: `acknowledged by ${run.login}` },
    mutate: (state) => ({ ...state, acknowledgedBy: run.login }),
    labels: [.../* @__PURE__ */ new Set([...run.incident.labels, "acknowledged"])],
    assignees: [.../* @__PURE__ */ new Set([...run.incident.assignees, run.login])].slice(0, 10)
  }), { handled: !0, command: "ack", outcome: `assigned ${run.login}` };
}
async function resolveCommand(run, note) {
  let at = run.deps.now().toISOString(), clean = note ? redactSecretsInText(note) : null;
  return await appendTimeline(run.gh, run.repo, run.incident, {
    entry: { at, kind: "resolved", text: `resolved by ${run.login}${clean ? `: ${clean}` : ""}` },
    comment: replyComment(
      `Resolved by ${escapeInline(run.login)}${clean ? `: ${escapeInline(clean)}` : "."}`
    ),
    close: "completed"
  }), { handled: !0, command: "resolve", outcome: "closed the incident" };
}
function aboutIncident(run) {
  return { headSha: run.incident.state.headSha, environment: run.key.environment };
}
async function reassessCommand(run) {
  if (!run.deps.reassess)
    return await run.reply(
      "Reassessing is not available in this workflow: the triage job has no access to the repository history."
    ), { handled: !0, command: "reassess", outcome: "not available" };
  let assessment = await run.deps.reassess(null, aboutIncident(run));
  return assessment ? (await appendTimeline(run.gh, run.repo, run.incident, {
    entry: {
      at: run.deps.now().toISOString(),
      kind: "reassessed",
      text: `rollback safety ${assessment.verdict} (asked by ${run.login})`
    },
    comment: reassessedComment(
      assessment,
      { repoUrl: run.deps.repoUrl, headSha: run.incident.state.headSha ?? void 0 },
      run.login
    ),
    mutate: (state) => ({ ...state, assessment: summarizeAssessment(assessment) })
  }), { handled: !0, command: "reassess", outcome: `assessed ${assessment.verdict}` }) : (await run.reply("The reassessment found nothing to assess (no deployed commit or no history)."), { handled: !0, command: "reassess", outcome: "nothing to assess" });
}
async function rollbackCommand(run, ref, override) {
  if (override && run.role !== "admin")
    return await run.reply(
      `Only repository admins may use \`/rollback --override\`; ${escapeInline(run.login)} has ${run.role}.`
    ), { handled: !0, command: "rollback", outcome: "refused: override needs admin" };
  if (!run.incident.open)
    return await run.reply("This incident is closed; Postflight reverts only for open incidents."), { handled: !0, command: "rollback", outcome: "refused: incident closed" };
  let assessment;
  if (ref) {
    if (!run.deps.reassess)
      return await run.reply(
        `Rolling back to a named ref needs a fresh assessment of ${escapeInline(ref)}, which this workflow cannot make. Use \`/rollback\` for the assessed target.`
      ), { handled: !0, command: "rollback", outcome: "refused: cannot assess the ref" };
    assessment = await run.deps.reassess(ref, aboutIncident(run));
  } else {
    let summary = run.incident.state.assessment;
    assessment = summary ? assessmentFromSummary(summary) : null;
  }
  let settings = {
    ...run.deps.revert,
    mode: run.deps.revert.mode === "off" ? "pull-request" : run.deps.revert.mode
  }, result = await attemptRevert({
    gh: run.gh,
    pullRequestClient: run.deps.pullRequestClient,
    repo: run.repo,
    key: run.key,
    incident: run.incident,
    verdict: run.incident.state.lastVerdict,
    assessment,
    settings,
    trigger: "command",
    by: run.login,
    override: override ? { by: run.login, reason: redactSecretsInText(override.reason) } : null,
    now: run.deps.now()
  });
  if (!result.decision.allowed) {
    let overridable = !override && decideRevert({
      verdict: run.incident.state.lastVerdict,
      assessment,
      mode: settings.mode,
      incidentState: run.incident.state,
      revertsToday: 0,
      maxPerDay: settings.maxPerDay,
      override: { by: run.login, reason: "check" },
      trigger: "command"
    }).allowed, lines = [
      "A revert is not allowed:",
      "",
      ...result.decision.reasons.map((r) => `- ${escapeInline(r)}`)
    ];
    return overridable && lines.push(
      "",
      "An admin who has checked these can run `/rollback --override <reason>`; the reason is recorded."
    ), await run.reply(lines.join(`
`)), { handled: !0, command: "rollback", outcome: `refused: ${result.decision.reasons.join("; ")}` };
  }
  return {
    handled: !0,
    command: "rollback",
    outcome: result.outcome?.ok ? `started: ${result.outcome.detail}` : `failed: ${result.outcome?.detail ?? ""}`
  };
}

// src/jobs/triage.ts
async function runTriage(deps) {
  let { io, ctx, gh } = deps, { config } = await loadConfig({
    inputs: deps.inputs,
    env: process.env,
    cwd: deps.workspace,
    requireSources: !1
  }), appToken = deps.inputs["app-token"], result = await handleTriage(
    gh,
    {
      eventName: ctx.eventName,
      owner: ctx.owner,
      repo: ctx.repo,
      issue: ctx.issue,
      comment: ctx.comment,
      action: ctx.action
    },
    {
      now: () => /* @__PURE__ */ new Date(),
      revert: { ...config.revert, defaultBranch: ctx.defaultBranch ?? "main" },
      pullRequestClient: appToken ? createGitHubClient({ token: appToken, baseUrl: ctx.apiUrl, userAgent: "postflight" }) : void 0,
      repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
      // The comment's event carries the default branch's SHA, not the deployed one: the
      // incident's state says which release and environment it is about.
      reassess: async (target, incident) => {
        if (!incident.headSha) return null;
        let { assessDeployedRelease } = await import("./rollback-assessment-OYKWQS5R.js");
        return assessDeployedRelease({
          gh,
          owner: ctx.owner,
          repo: ctx.repo,
          environment: incident.environment,
          headSha: incident.headSha,
          workspace: deps.workspace,
          settings: config.assess,
          target: target ? { ref: target, sha: target } : void 0,
          log: (m) => io.info(m)
        });
      },
      log: (m) => io.info(m)
    }
  );
  io.info(
    result.handled ? `Triage: ${result.command}: ${result.outcome}` : `Triage: nothing to do (${result.why})`
  );
}
export {
  runTriage
};
