import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import "./chunk-I3DKRK5K.js";
import {
  loadConfig
} from "./chunk-PH3ZWUDS.js";
import {
  truncate
} from "./chunk-E27MP72C.js";
import {
  codeSpan,
  escapeInline,
  redactSecretsInText,
  renderAssessmentMarkdown
} from "./chunk-25DIJYAD.js";
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  object,
  string
} from "./chunk-7F2QW3Z7.js";
import "./chunk-457E4T6O.js";
import {
  createGitHubClient
} from "./chunk-6AT6R6NS.js";
import "./chunk-Q6ZGY7DF.js";
import "./chunk-6B7GX343.js";

// src/incident/markers.ts
var INCIDENT_MARKER = /<!-- postflight:incident env=(\S*) service=(\S*) -->/;
var ANY_RUN_MARKER = /<!-- postflight:run=\d+:\d+:[a-z-]+ -->/;
function parseIncidentMarker(body) {
  let match = INCIDENT_MARKER.exec(body ?? "");
  if (!match) return null;
  try {
    return { environment: decodeURIComponent(match[1]), service: decodeURIComponent(match[2]) };
  } catch {
    return null;
  }
}
function runMarker(mark) {
  return `<!-- postflight:run=${mark.runId}:${mark.attempt}:${mark.kind} -->`;
}
var COMMENT_MARKER = "<!-- postflight:comment -->";
function isPostflightComment(body) {
  let text = body ?? "";
  return text.includes(COMMENT_MARKER) || ANY_RUN_MARKER.test(text);
}

// src/incident/labels.ts
var KNOWN = {
  incident: { color: "b60205", description: "A production incident" },
  postflight: { color: "5319e7", description: "Opened and updated by Postflight" },
  acknowledged: { color: "0e8a16", description: "Someone is on it (/ack)" },
  "severity:critical": { color: "b60205", description: "A critical signal failed after a deploy" },
  "severity:high": { color: "d93f0b", description: "A deploy failed verification" },
  "severity:medium": { color: "fbca04", description: "Deploy verification was inconclusive" }
};
function labelSpec(name) {
  let known = KNOWN[name];
  return known ? { name, ...known } : name.startsWith("env:") ? { name, color: "1d76db", description: `Deploys to ${name.slice(4)}`.slice(0, 100) } : { name, color: "ededed", description: "Added by Postflight" };
}

// src/incident/state.ts
var STATE_LIMITS = { timeline: 60, reverts: 20, runs: 50 }, verdictKind = _enum(["pass", "fail", "inconclusive", "pending"]), revertRecordSchema = object({
  at: string(),
  /** The SHA production is moved back to. */
  target: string(),
  ref: string().nullable(),
  how: _enum(["dispatch", "pull-request"]),
  trigger: _enum(["automatic", "command"]),
  by: string().nullable(),
  /** The admin's reason when `/rollback --override` lifted a rule. */
  override: string().nullable(),
  outcome: _enum(["started", "failed"]),
  /** A link (dispatch run list, pull request) or the error. */
  detail: string()
}), timelineEntrySchema = object({
  at: string(),
  kind: _enum([
    "opened",
    "failure",
    "inconclusive",
    "recovered",
    "reassessed",
    "revert",
    "ack",
    "resolved",
    "duplicate"
  ]),
  text: string()
}), assessmentSummarySchema = object({
  verdict: _enum(["safe", "caution", "unsafe"]),
  targetSha: string().nullable(),
  targetRef: string().nullable(),
  migrationsChanged: boolean(),
  contractsChanged: boolean(),
  recommendation: string(),
  /** Blockers and warnings, so `/status` and `/rollback` can answer without re-assessing. */
  findings: array(
    object({
      kind: _enum([
        "migration",
        "contract",
        "critical-change",
        "config",
        "dependency",
        "multiple-releases",
        "incomplete",
        "target"
      ]),
      severity: _enum(["info", "warning", "blocker"]),
      path: string().nullable(),
      line: number().int().nullable(),
      detail: string()
    })
  )
}), incidentStateSchema = object({
  v: literal(1),
  environment: string(),
  service: string(),
  headSha: string().nullable(),
  lastVerdict: verdictKind,
  lastReason: string(),
  updatedAt: string(),
  assessment: assessmentSummarySchema.nullable(),
  reverts: array(revertRecordSchema),
  timeline: array(timelineEntrySchema),
  /** `runId:kind` of each run that already wrote here: the re-run guard without listing comments. */
  runs: array(string()),
  acknowledgedBy: string().nullable()
}), STATE_BLOCK = /<!-- postflight:state (\{.*?\}) -->/s;
function stateBlock(state) {
  return `<!-- postflight:state ${JSON.stringify(state).replace(
    /[<>&@]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  )} -->`;
}
function parseStateBlock(body) {
  let match = STATE_BLOCK.exec(body ?? "");
  if (!match) return null;
  try {
    let parsed = incidentStateSchema.safeParse(JSON.parse(match[1]));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
function replaceStateBlock(body, state) {
  return STATE_BLOCK.test(body) ? body.replace(STATE_BLOCK, () => stateBlock(state)) : `${body}
${stateBlock(state)}`;
}
function emptyState(environment, service, at) {
  return {
    v: 1,
    environment,
    service,
    headSha: null,
    lastVerdict: "pending",
    lastReason: "",
    updatedAt: at,
    assessment: null,
    reverts: [],
    timeline: [],
    runs: [],
    acknowledgedBy: null
  };
}
function withTimeline(state, entry) {
  let clean = { ...entry, text: redactSecretsInText(entry.text).slice(0, 500) };
  return {
    ...state,
    updatedAt: entry.at,
    timeline: [...state.timeline, clean].slice(-STATE_LIMITS.timeline)
  };
}
function withRevert(state, record) {
  let clean = {
    ...record,
    detail: redactSecretsInText(record.detail).slice(0, 500),
    override: record.override === null ? null : redactSecretsInText(record.override).slice(0, 500)
  };
  return { ...state, reverts: [...state.reverts, clean].slice(-STATE_LIMITS.reverts) };
}
function runKey(runId, kind) {
  return `${runId}:${kind}`;
}
function withRun(state, runId, kind) {
  let key = runKey(runId, kind);
  return state.runs.includes(key) ? state : { ...state, runs: [...state.runs, key].slice(-STATE_LIMITS.runs) };
}
function startedReverts(state) {
  return (state?.reverts ?? []).filter((r) => r.outcome === "started");
}
function countRevertsOnDay(states, now) {
  let day = now.toISOString().slice(0, 10);
  return states.flatMap((s) => startedReverts(s)).filter((r) => r.at.slice(0, 10) === day).length;
}

// src/incident/render.ts
var MAX_BODY = 65536;
var ACTION_START = "<!-- postflight:action -->", ACTION_END = "<!-- postflight:action-end -->", ACTION_SECTION = /<!-- postflight:action -->[^]*?<!-- postflight:action-end -->/, TIMELINE_START = "<!-- postflight:timeline -->", TIMELINE_END = "<!-- postflight:timeline-end -->", TIMELINE_SECTION = /<!-- postflight:timeline -->[^]*?<!-- postflight:timeline-end -->/;
function timelineSection(state, keep) {
  let timeline = state.timeline, lines = [TIMELINE_START];
  if (keep > 0 && timeline.length) {
    let kept = keep === 1 / 0 ? timeline : timeline.slice(-keep);
    lines.push("### Timeline", "", ...kept.map(timelineLine)), kept.length < timeline.length && lines.push("", `_${timeline.length - kept.length} older entries left out._`);
  }
  return lines.push(TIMELINE_END), lines.join(`
`);
}
function refreshBody(original, state, maxBody = MAX_BODY) {
  let started = revertStartedAction(state), body = started && ACTION_SECTION.test(original) ? original.replace(ACTION_SECTION, () => `${ACTION_START}
### What to do

${started}
${ACTION_END}`) : original;
  for (let keep of [1 / 0, 20, 5, 0]) {
    let section = timelineSection(state, keep), withTimeline2 = TIMELINE_SECTION.test(body) ? body.replace(TIMELINE_SECTION, () => section) : body, next = replaceStateBlock(withTimeline2, state);
    if (next.length <= maxBody) return next;
  }
  return replaceStateBlock(
    body.replace(TIMELINE_SECTION, () => timelineSection(state, 0)),
    state
  );
}
function timelineLine(entry) {
  return `- ${entry.at.replace("T", " ").replace(/\.\d+Z$/, "Z")} **${entry.kind}**: ${escapeInline(entry.text)}`;
}
function revertStartedAction(state) {
  let started = state.reverts.filter((r) => r.outcome === "started"), last = started[started.length - 1];
  return last ? `A revert to ${codeSpan(last.target.slice(0, 12))} was started at ${escapeInline(last.at)} (${last.how}): ${escapeInline(last.detail)}. Watch that it deploys, then \`/resolve\` this issue.` : null;
}

// src/incident/comments.ts
function finish(parts, run) {
  let hidden = [COMMENT_MARKER, run ? runMarker(run) : ""].filter(Boolean).join(`
`);
  return `${truncate(parts.join(`
`), MAX_BODY - hidden.length - 1)}
${hidden}`;
}
function reassessedComment(assessment, links, by, run) {
  let who = by ? ` (asked by ${escapeInline(by)})` : "";
  return finish([`### Reassessed${who}`, "", renderAssessmentMarkdown(assessment, links)], run);
}
function replyComment(text, run) {
  return finish([text], run);
}

// src/incident/github.ts
function toIncidentIssue(issue, key) {
  let body = issue.body ?? "";
  return {
    number: issue.number,
    url: issue.html_url,
    body,
    labels: issue.labels.map((l) => typeof l == "string" ? l : l.name ?? "").filter(Boolean),
    open: issue.state === "open",
    assignees: (issue.assignees ?? []).flatMap((a) => a ? [a.login] : []),
    state: parseStateBlock(body) ?? emptyState(key.environment, key.service, (/* @__PURE__ */ new Date(0)).toISOString())
  };
}
async function styleNewLabels(gh, repo, labels, ours, log) {
  let wanted = new Set(ours.map((n) => n.toLowerCase()));
  for (let label of labels) {
    if (typeof label == "string" || !label.name || !wanted.has(label.name.toLowerCase()) || label.description || (label.color ?? "").toLowerCase() !== "ededed") continue;
    let spec = labelSpec(label.name);
    if (spec.color !== "ededed")
      try {
        await gh.rest.issues.updateLabel({
          ...repo,
          name: label.name,
          color: spec.color,
          description: spec.description
        });
      } catch (error) {
        log?.(`Could not style label ${label.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
  }
}
async function appendTimeline(gh, repo, incident, update) {
  update.comment && await gh.rest.issues.createComment({ ...repo, issue_number: incident.number, body: update.comment });
  let state = withTimeline(incident.state, update.entry);
  update.run && (state = withRun(state, update.run.runId, update.run.kind)), update.mutate && (state = update.mutate(state));
  let body = refreshBody(incident.body, state), { data } = await gh.rest.issues.update({
    ...repo,
    issue_number: incident.number,
    body,
    ...update.labels ? { labels: update.labels } : {},
    ...update.assignees ? { assignees: update.assignees } : {},
    ...update.close ? { state: "closed", state_reason: update.close } : {}
  });
  return update.labels && await styleNewLabels(gh, repo, data.labels, update.labels), {
    ...incident,
    body,
    state,
    open: data.state === "open",
    labels: update.labels ?? incident.labels,
    assignees: update.assignees ?? incident.assignees
  };
}
function statusOf(error) {
  let status = error?.status;
  return typeof status == "number" ? status : void 0;
}

// src/incident/upsert.ts
function summarizeAssessment(a) {
  return {
    verdict: a.verdict,
    targetSha: a.target.sha,
    targetRef: a.target.ref,
    migrationsChanged: a.migrationsChanged,
    contractsChanged: a.contractsChanged,
    recommendation: a.recommendation.slice(0, 300),
    findings: [...a.factors].filter((f) => f.severity !== "info").sort((x, y) => +(y.severity === "blocker") - +(x.severity === "blocker")).slice(0, 20).map((f) => ({
      kind: f.kind,
      severity: f.severity,
      path: f.path,
      line: f.line,
      detail: f.detail.slice(0, 200)
    }))
  };
}
function assessmentFromSummary(s) {
  return {
    verdict: s.verdict,
    migrationsChanged: s.migrationsChanged,
    contractsChanged: s.contractsChanged,
    target: {
      sha: s.targetSha,
      ref: s.targetRef,
      how: "as assessed when the incident was last updated",
      skipped: []
    },
    factors: s.findings.map((f) => ({ ...f, commit: null, recommendation: "" })),
    recommendation: s.recommendation
  };
}
function isBot(login) {
  return /\[bot\]$/i.test(login);
}

// src/revert/policy.ts
function decideRevert(input) {
  let { assessment, override = null } = input, trigger = input.trigger ?? "automatic", hard = [], liftable = [];
  input.mode === "off" && hard.push("revert is off (`revert.mode: off`)"), input.verdict !== "fail" && hard.push(`the verdict is ${input.verdict}; only a failed deploy is reverted`);
  let target = assessment?.target.sha ? { sha: assessment.target.sha, ref: assessment.target.ref } : null;
  assessment ? target || hard.push(`there is no known-good target to revert to: ${assessment.target.how}`) : hard.push("there is no rollback assessment, so nothing shows a revert is safe");
  let done = startedReverts(input.incidentState), last = done[done.length - 1];
  last && hard.push(
    `this incident already reverted to ${last.target.slice(0, 12)} at ${last.at}; a second revert could loop`
  ), input.revertsToday >= input.maxPerDay && hard.push(
    `${input.revertsToday} revert(s) today in this environment; the limit is ${input.maxPerDay} per day`
  ), assessment && liftable.push(...blockingFindings(assessment, trigger));
  let lifted = override ? liftable : [], reasons = override ? hard : [...hard, ...liftable], allowed = reasons.length === 0;
  return {
    allowed,
    reasons,
    how: allowed && input.mode !== "off" ? input.mode : null,
    target: allowed ? target : null,
    lifted: allowed ? lifted : [],
    override: allowed ? override : null
  };
}
function blockingFindings(a, trigger) {
  let reasons = [], migrations = a.factors.filter((f) => f.kind === "migration" && f.severity !== "info");
  if (a.migrationsChanged) {
    migrations.length === 0 && reasons.push("a database migration changed in the range");
    for (let f of migrations) reasons.push(`migration ${location(f)}: ${f.detail}`);
  }
  let contracts = a.factors.filter((f) => f.kind === "contract" && f.severity !== "info");
  if (a.contractsChanged) {
    contracts.length === 0 && reasons.push("an API contract changed in the range");
    for (let f of contracts) reasons.push(`contract ${location(f)}: ${f.detail}`);
  }
  let counted = new Set(a.migrationsChanged ? migrations : []);
  if (a.contractsChanged) for (let f of contracts) counted.add(f);
  for (let f of a.factors)
    f.severity === "blocker" && !counted.has(f) && reasons.push(`${f.kind} ${location(f)}: ${f.detail}`);
  return reasons.length === 0 && a.verdict === "unsafe" && reasons.push("the rollback assessment says unsafe"), reasons.length === 0 && a.verdict === "caution" && trigger === "automatic" && reasons.push(
    "the rollback assessment says caution; an automatic revert needs safe (a person may still /rollback)"
  ), reasons;
}
function location(f) {
  return f.path ? f.line ? `${f.path}:${f.line}` : f.path : "(no file)";
}

// src/revert/execute.ts
async function executeRevert(gh, request) {
  try {
    return request.how === "dispatch" ? await dispatch(gh, request) : await pullRequest(gh, request);
  } catch (error) {
    return {
      ok: !1,
      how: request.how,
      detail: redactSecretsInText(error instanceof Error ? error.message : String(error)).slice(0, 500)
    };
  }
}
async function dispatch(gh, r) {
  let reason = redactSecretsInText(r.reason).slice(0, 500);
  return r.workflow ? (await gh.rest.actions.createWorkflowDispatch({
    ...r.repo,
    workflow_id: r.workflow,
    ref: r.defaultBranch,
    inputs: { ref: r.target.sha, reason, incident: String(r.incident) }
  }), {
    ok: !0,
    how: "dispatch",
    detail: `started workflow ${r.workflow} on ${r.defaultBranch} with ref ${r.target.sha}`,
    url: null
  }) : r.eventType ? (await gh.rest.repos.createDispatchEvent({
    ...r.repo,
    event_type: r.eventType,
    client_payload: {
      ref: r.target.sha,
      target_ref: r.target.ref,
      environment: r.environment,
      reason,
      incident: r.incident,
      reverted_sha: r.headSha
    }
  }), {
    ok: !0,
    how: "dispatch",
    detail: `sent repository_dispatch ${r.eventType} with ref ${r.target.sha}`,
    url: null
  }) : {
    ok: !1,
    how: "dispatch",
    detail: "revert.mode is dispatch but neither revert.workflow nor revert.event-type is set"
  };
}
function revertBranch(environment, incident) {
  return `postflight/revert-${environment.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "") || "env"}-${incident}`;
}
async function pullRequest(gh, r) {
  let { data: target } = await gh.rest.git.getCommit({ ...r.repo, commit_sha: r.target.sha }), message = `Revert to ${r.target.sha}: Postflight incident #${r.incident}

${redactSecretsInText(r.reason).slice(0, 2e3)}`, { data: commit } = await gh.rest.git.createCommit({
    ...r.repo,
    message,
    tree: target.tree.sha,
    parents: [r.headSha]
  }), branch = revertBranch(r.environment, r.incident);
  try {
    await gh.rest.git.createRef({ ...r.repo, ref: `refs/heads/${branch}`, sha: commit.sha });
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
    await gh.rest.git.updateRef({ ...r.repo, ref: `heads/${branch}`, sha: commit.sha, force: !0 });
  }
  let title = `Revert to ${r.target.sha.slice(0, 12)}: Postflight incident #${r.incident}`, body = [
    `Reverts \`${r.environment.replace(/[`\r\n]/g, "")}\` from \`${r.headSha.slice(0, 12)}\` to \`${r.target.sha.slice(0, 12)}\`: one commit whose tree is the target's tree.`,
    "",
    `Postflight incident: #${r.incident}`
  ].join(`
`);
  try {
    let { data: pr } = await gh.rest.pulls.create({
      ...r.repo,
      title,
      head: branch,
      base: r.defaultBranch,
      body
    });
    return {
      ok: !0,
      how: "pull-request",
      detail: `opened pull request #${pr.number}`,
      url: pr.html_url,
      branch,
      commit: commit.sha
    };
  } catch (error) {
    if (statusOf(error) !== 422) throw error;
    let { data: existing } = await gh.rest.pulls.list({
      ...r.repo,
      head: `${r.repo.owner}:${branch}`,
      state: "open"
    }), pr = existing[0];
    if (!pr) throw error;
    return {
      ok: !0,
      how: "pull-request",
      detail: `updated pull request #${pr.number}`,
      url: pr.html_url,
      branch,
      commit: commit.sha
    };
  }
}

// src/revert/attempt.ts
async function attemptRevert(input) {
  let policy = {
    verdict: input.verdict,
    assessment: input.assessment,
    mode: input.settings.mode,
    incidentState: input.incident.state,
    maxPerDay: input.settings.maxPerDay,
    override: input.override ?? null,
    trigger: input.trigger
  }, first = decideRevert({ ...policy, revertsToday: 0 });
  if (!first.allowed) return { decision: first, outcome: null, incident: input.incident };
  let today = await revertsOfToday(input.gh, input.repo, input.key, input.now), fresh = today.states.get(input.incident.number) ?? input.incident.state, decision = decideRevert({ ...policy, incidentState: fresh, revertsToday: today.count });
  if (!decision.allowed || !decision.how || !decision.target)
    return { decision, outcome: null, incident: input.incident };
  let reason = input.override ? `override by ${input.override.by}: ${input.override.reason}` : `${input.trigger === "automatic" ? "automatic revert" : `/rollback by ${input.by ?? "unknown"}`}: deploy failed verification`, client = decision.how === "pull-request" ? input.pullRequestClient ?? input.gh : input.gh, outcome = await executeRevert(client, {
    how: decision.how,
    repo: input.repo,
    environment: input.key.environment,
    incident: input.incident.number,
    target: decision.target,
    headSha: input.incident.state.headSha ?? "",
    reason,
    workflow: input.settings.workflow,
    eventType: input.settings.eventType,
    defaultBranch: input.settings.defaultBranch
  }), at = input.now.toISOString(), short = decision.target.sha.slice(0, 12), text = outcome.ok ? `revert to ${short} started (${outcome.how}): ${outcome.detail}` : `revert to ${short} failed (${outcome.how}): ${outcome.detail}`, incident = await appendTimeline(
    input.gh,
    input.repo,
    { ...input.incident, state: fresh },
    {
      entry: { at, kind: "revert", text },
      comment: revertComment(decision, outcome, input),
      ...input.run ? { run: { runId: input.run.runId, kind: "revert" } } : {},
      mutate: (state) => withRevert(state, {
        at,
        target: decision.target.sha,
        ref: decision.target.ref,
        how: outcome.how,
        trigger: input.trigger,
        by: input.by,
        override: input.override?.reason ?? null,
        outcome: outcome.ok ? "started" : "failed",
        detail: outcome.ok ? outcome.url ?? outcome.detail : outcome.detail
      })
    }
  );
  return { decision, outcome, incident };
}
function revertComment(decision, outcome, input) {
  let target = `${codeSpan(decision.target.sha.slice(0, 12))}${decision.target.ref ? ` (${escapeInline(decision.target.ref)})` : ""}`, who = input.trigger === "automatic" ? "Automatic revert" : `Revert requested by ${escapeInline(input.by ?? "someone")}`, lines = [`### ${outcome.ok ? "\u21A9\uFE0F" : "\u26D4"} ${who} to ${target}`, ""];
  if (lines.push(
    outcome.ok ? `Started: ${escapeInline(outcome.detail)}${outcome.url ? ` (${outcome.url})` : ""}.` : `It failed: ${escapeInline(outcome.detail)}`
  ), input.override) {
    lines.push(
      "",
      `**Override** by ${escapeInline(input.override.by)}: ${escapeInline(input.override.reason)}`,
      "",
      "Rules the override lifted:"
    );
    for (let lifted of decision.lifted) lines.push(`- ${escapeInline(lifted)}`);
  }
  return replyComment(lines.join(`
`), input.run ? { ...input.run, kind: "revert" } : void 0);
}
async function revertsOfToday(gh, repo, key, now) {
  let dayStart = `${now.toISOString().slice(0, 10)}T00:00:00Z`, issues = await gh.paginate(gh.rest.issues.listForRepo, {
    ...repo,
    state: "all",
    labels: "postflight",
    since: dayStart,
    per_page: 100
  }), states = /* @__PURE__ */ new Map();
  for (let issue of issues) {
    let state = parseStateBlock(issue.body);
    state && state.environment === key.environment && state.service === key.service && states.set(issue.number, state);
  }
  return { count: countRevertsOnDay([...states.values()], now), states };
}

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
async function reassessCommand(run) {
  if (!run.deps.reassess)
    return await run.reply(
      "Reassessing is not available in this workflow: the triage job has no access to the repository history."
    ), { handled: !0, command: "reassess", outcome: "not available" };
  let assessment = await run.deps.reassess(null);
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
    assessment = await run.deps.reassess(ref);
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
  let { io, ctx, gh } = deps, { config } = loadConfig({ inputs: deps.inputs, env: process.env, cwd: deps.workspace, requireSources: !1 }), appToken = deps.inputs["app-token"], result = await handleTriage(
    gh,
    { eventName: ctx.eventName, owner: ctx.owner, repo: ctx.repo, issue: ctx.issue, comment: ctx.comment, action: ctx.action },
    {
      now: () => /* @__PURE__ */ new Date(),
      revert: { ...config.revert, defaultBranch: ctx.defaultBranch ?? "main" },
      pullRequestClient: appToken ? createGitHubClient({ token: appToken, baseUrl: ctx.apiUrl, userAgent: "postflight" }) : void 0,
      repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
      reassess: async (target) => {
        let { assessDeployedRelease } = await import("./rollback-assessment-ICIIAGFO.js");
        return assessDeployedRelease({
          gh,
          owner: ctx.owner,
          repo: ctx.repo,
          environment: config.environment,
          headSha: config.sha ?? ctx.sha,
          workspace: deps.workspace,
          settings: config.assess,
          target: target ? { ref: target, sha: target } : void 0,
          log: (m) => io.info(m)
        });
      },
      log: (m) => io.info(m)
    }
  );
  io.info(result.handled ? `Triage: ${result.command}: ${result.outcome}` : `Triage: nothing to do (${result.why})`);
}
export {
  runTriage
};
