import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  FACTOR_KINDS,
  SEVERITIES
} from "./chunk-OI32R2KW.js";
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  object,
  string
} from "./chunk-HI6YRM7G.js";
import {
  assessmentSection,
  brokeLine,
  chartsAndSignals,
  deployFacts,
  deployLine,
  doLine,
  nextStep,
  verdictHeadline
} from "./chunk-UNEXY55E.js";
import {
  codeBlock,
  codeSpan,
  escapeInline,
  linkUrl,
  redactSecretsInText
} from "./chunk-GAYY3J2L.js";

// src/incident/labels.ts
function environmentLabel(environment) {
  return `env:${environment}`.slice(0, 50);
}
function severityOf(verdict) {
  return verdict.verdict !== "fail" ? "severity:medium" : verdict.signals.some((s) => s.critical && s.verdict === "fail") ? "severity:critical" : "severity:high";
}
function incidentLabels(environment, verdict, extra = []) {
  let names = ["incident", "postflight", environmentLabel(environment), severityOf(verdict), ...extra];
  return [...new Set(names.map((n) => n.slice(0, 50)).filter(Boolean))];
}
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

// src/incident/markers.ts
var INCIDENT_MARKER = /<!-- postflight:incident env=(\S*) service=(\S*) -->/;
var ANY_RUN_MARKER = /<!-- postflight:run=\d+:\d+:[a-z-]+ -->/;
function incidentMarker(key) {
  return `<!-- postflight:incident env=${encodeURIComponent(key.environment)} service=${encodeURIComponent(key.service)} -->`;
}
function parseIncidentMarker(body) {
  let match = INCIDENT_MARKER.exec(body ?? "");
  if (!match) return null;
  try {
    return { environment: decodeURIComponent(match[1]), service: decodeURIComponent(match[2]) };
  } catch {
    return null;
  }
}
function isSameIncident(a, b) {
  return a.environment === b.environment && a.service === b.service;
}
function runMarker(mark) {
  return `<!-- postflight:run=${mark.runId}:${mark.attempt}:${mark.kind} -->`;
}
var COMMENT_MARKER = "<!-- postflight:comment -->";
function isPostflightComment(body) {
  let text = body ?? "";
  return text.includes(COMMENT_MARKER) || ANY_RUN_MARKER.test(text);
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
      kind: _enum(FACTOR_KINDS),
      severity: _enum(SEVERITIES),
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
var MAX_BODY = 65536, FULL = {
  charts: "all",
  infoFactors: !0,
  warningFactors: !0,
  maxFactors: 50,
  timeline: 1 / 0,
  passingSignals: !0
}, STEPS = [
  { budget: { charts: "first" }, what: "charts beyond the first" },
  { budget: { infoFactors: !1 }, what: "info findings" },
  { budget: { timeline: 10 }, what: "older timeline entries" },
  { budget: { warningFactors: !1 }, what: "warning findings" },
  { budget: { passingSignals: !1 }, what: "signals that passed" },
  { budget: { charts: "none" }, what: "all charts" },
  { budget: { timeline: 0 }, what: "the timeline" },
  { budget: { maxFactors: 10 }, what: "blocking findings beyond the first 10" }
];
function renderIncident(input) {
  let max = input.maxBody ?? MAX_BODY, hidden = hiddenPart(input), room = max - hidden.length - 1, budget = FULL, shortened = [], visible = renderVisible(input, budget, shortened);
  for (let step of STEPS) {
    if (visible.length <= room) break;
    budget = { ...budget, ...step.budget }, shortened.push(step.what), visible = renderVisible(input, budget, shortened);
  }
  return visible.length > room && (shortened.push("the end of the body"), visible = cutToFit(renderVisible(input, budget, shortened), room)), {
    title: incidentTitle(input.key, input.verdict, input.serviceInTitle),
    body: `${visible}
${hidden}`,
    labels: incidentLabels(input.key.environment, input.verdict, input.extraLabels),
    shortened
  };
}
function incidentTitle(key, verdict, showService = !1) {
  let failing = verdict.signals.filter((s) => s.verdict === "fail").map((s) => s.id), what = verdict.verdict === "fail" && failing.length ? `${failing.slice(0, 3).join(", ")}${failing.length > 3 ? ` and ${failing.length - 3} more` : ""} failed` : verdict.verdict === "fail" ? `deploy failed: ${verdict.reason}` : (
    // A report written after the window closed: what did not decide is undecided, never pending.
    `verification undecided: ${verdict.reason}`
  ), service = showService && key.service ? ` (${key.service})` : "", title = `[postflight] ${key.environment}${service}: ${what}`.replace(/[\r\n\t]+/g, " ");
  return title.length > 200 ? `${title.slice(0, 199)}\u2026` : title;
}
function hiddenPart(input) {
  return [incidentMarker(input.key), input.run ? runMarker(input.run) : "", stateBlock(input.state)].filter(Boolean).join(`
`);
}
function renderVisible(input, budget, shortened) {
  let { verdict, assessment } = input, facts = safeFacts(input.facts), pr = facts.pr ?? (facts.sha ? input.prByCommit?.[facts.sha] : void 0), step = decideNextStep(input), parts = [
    brokeLine(verdict),
    "",
    deployLine({ ...facts, ...pr ? { pr } : {} }),
    "",
    DO_START,
    doLine(step),
    DO_END,
    ""
  ], signals = budget.passingSignals ? verdict.signals : verdict.signals.filter((s) => s.verdict !== "pass");
  if (parts.push(...chartsAndSignals(verdict, facts, !0, budget.charts, signals)), assessment) {
    let factors = assessment.factors.filter(
      (f) => (budget.infoFactors || f.severity !== "info") && (budget.warningFactors || f.severity !== "warning")
    ), links = { repoUrl: facts.repoUrl, headSha: facts.sha, prByCommit: input.prByCommit };
    parts.push(assessmentSection({ ...assessment, factors }, links, budget.maxFactors), "");
    let left = assessment.factors.length - factors.length;
    left && parts.push(`_${left} lower-severity finding(s) left out here; the JSON report has them all._`, "");
  } else verdict.verdict === "fail" && parts.push(
    "### Rollback safety",
    "",
    "No rollback assessment is available for this deploy; check migrations and API contracts by hand before rolling back.",
    ""
  );
  return parts.push(ACTION_START, "### What to do", "", whatToDo(step, facts), ACTION_END, ""), parts.push(
    "<details><summary>How it was decided</summary>",
    "",
    verdictHeadline(verdict, { environment: facts.environment }),
    "",
    deployFacts(facts),
    "",
    "</details>",
    ""
  ), parts.push(timelineSection(input.state, budget.timeline), ""), shortened.length && parts.push(
    `> [!NOTE]
> To stay within GitHub's ${MAX_BODY.toLocaleString("en-US")}-character limit this issue leaves out: ${shortened.join(", ")}. The JSON report of the workflow run has everything.`,
    ""
  ), parts.join(`
`);
}
var DO_START = "<!-- postflight:do -->", DO_END = "<!-- postflight:do-end -->", DO_SECTION = /<!-- postflight:do -->[^]*?<!-- postflight:do-end -->/, ACTION_START = "<!-- postflight:action -->", ACTION_END = "<!-- postflight:action-end -->", ACTION_SECTION = /<!-- postflight:action -->[^]*?<!-- postflight:action-end -->/, TIMELINE_START = "<!-- postflight:timeline -->", TIMELINE_END = "<!-- postflight:timeline-end -->", TIMELINE_SECTION = /<!-- postflight:timeline -->[^]*?<!-- postflight:timeline-end -->/;
function timelineSection(state, keep) {
  let timeline = state.timeline, lines = [TIMELINE_START];
  if (keep > 0 && timeline.length) {
    let kept = keep === 1 / 0 ? timeline : timeline.slice(-keep);
    lines.push("### Timeline", "");
    let open = kept.slice(-5), folded = kept.slice(0, -5);
    folded.length && lines.push(
      `<details><summary>${folded.length} earlier entries</summary>`,
      "",
      ...folded.map(timelineLine),
      "",
      "</details>",
      ""
    ), lines.push(...open.map(timelineLine)), kept.length < timeline.length && lines.push("", `_${timeline.length - kept.length} older entries left out._`);
  }
  return lines.push(TIMELINE_END), lines.join(`
`);
}
function refreshBody(original, state, maxBody = MAX_BODY) {
  let started = startedRevert(state), body = original;
  if (started) {
    let step = { kind: "started", revert: started };
    ACTION_SECTION.test(body) && (body = body.replace(
      ACTION_SECTION,
      () => `${ACTION_START}
### What to do

${whatToDo(step)}
${ACTION_END}`
    )), DO_SECTION.test(body) && (body = body.replace(DO_SECTION, () => `${DO_START}
${doLine(step)}
${DO_END}`));
  }
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
function startedRevert(state) {
  let started = state.reverts.filter((r) => r.outcome === "started"), last = started[started.length - 1];
  return last ? { target: last.target, at: last.at, how: last.how, detail: last.detail } : null;
}
function decideNextStep(input) {
  return nextStep({
    verdict: input.verdict,
    assessment: input.assessment,
    rollback: input.rollback,
    started: startedRevert(input.state),
    where: "incident"
  });
}
function whatToDo(step, facts) {
  switch (step.kind) {
    case "started":
      return `A revert to ${codeSpan(step.revert.target.slice(0, 12))} was started at ${escapeInline(step.revert.at)} (${escapeInline(step.revert.how)}): ${escapeInline(step.revert.detail)}. Watch that it deploys, then comment ${codeSpan("/resolve")} on this issue.`;
    case "keep":
      return "Nothing: every signal passed. Close this issue with `/resolve` when you agree.";
    case "undecided":
      return `Postflight could not decide: ${escapeInline(step.why)}. Look at the signals above; if the deploy is healthy, comment ${codeSpan("/resolve")}, and if it is not, roll back by hand.`;
    case "by-hand":
      return `Postflight will not revert: ${escapeInline(step.why)}. If the deploy is broken and you have checked, redeploy the last good release by hand.`;
    case "rollback": {
      let sha = step.target.sha, lines = [
        `Comment ${codeSpan("/rollback")} on this issue (write access needed). It ${step.via} to ${codeSpan(sha.slice(0, 12))}${step.target.ref ? ` (${escapeInline(step.target.ref)})` : ""}.`
      ];
      return step.check && lines.push("", `Check first: ${escapeInline(step.check)}.`), facts?.sha && /^[0-9a-f]{7,64}$/i.test(sha) && /^[0-9a-f]{7,64}$/i.test(facts.sha) && lines.push(
        "",
        "<details><summary>The same by hand, if <code>/rollback</code> is not available</summary>",
        "",
        "Put the target's tree on top of the deployed commit (what the revert pull request does) and merge it:",
        "",
        codeBlock(
          [
            `git fetch origin ${facts.sha} ${sha}`,
            `git switch --create revert-to-${sha.slice(0, 12)} ${facts.sha}`,
            `git restore --source=${sha} --staged --worktree -- :/`,
            `git commit -m "Revert to ${sha}"`,
            `git push origin revert-to-${sha.slice(0, 12)}`
          ].join(`
`),
          "sh"
        ),
        "",
        "</details>"
      ), lines.join(`
`);
    }
    case "hold": {
      let lines = [`**Do not roll back.** ${escapeInline(step.why)}.`, ""];
      if (step.reasons.length > 1) {
        lines.push("Everything that stands in the way:", "");
        for (let reason of step.reasons) lines.push(`- ${escapeInline(firstLine(reason))}`);
        lines.push("");
      }
      return lines.push(`**Instead:** ${escapeInline(step.instead)}.`), step.override && lines.push(
        "",
        "Only an admin who has checked each of these can lift them (an override is recorded on this issue; `/help` explains it)."
      ), lines.join(`
`);
    }
  }
}
function safeFacts(facts) {
  let url = linkUrl;
  return {
    ...facts,
    sha: facts.sha && /^[0-9a-f]{7,64}$/i.test(facts.sha) ? facts.sha : void 0,
    runUrl: url(facts.runUrl),
    deploymentUrl: url(facts.deploymentUrl),
    compareUrl: url(facts.compareUrl),
    repoUrl: url(facts.repoUrl)
  };
}
function firstLine(text) {
  let line = (text.split(/\r?\n/)[0] ?? "").trim();
  return line.length > 240 ? `${line.slice(0, 239)}\u2026` : line;
}
function cutToFit(text, room) {
  let note = `

_(cut to fit GitHub\u2019s size limit)_`, cut = text.slice(0, Math.max(0, room - note.length - 20)), nl = cut.lastIndexOf(`
`);
  nl > cut.length * 0.8 && (cut = cut.slice(0, nl));
  let fences = cut.match(/^ {0,3}`{3,}/gm) ?? [];
  return fences.length % 2 === 1 && (cut += `
${fences[fences.length - 1].trim()}`), cut + note;
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
async function findOpenIncidents(gh, repo, key) {
  return (await gh.paginate(gh.rest.issues.listForRepo, {
    ...repo,
    state: "open",
    labels: "postflight",
    per_page: 100
  })).filter((i) => !i.pull_request).filter((i) => {
    let found = parseIncidentMarker(i.body);
    return found !== null && isSameIncident(found, key);
  }).map((i) => toIncidentIssue(i, key)).sort((a, b) => a.number - b.number);
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

export {
  parseIncidentMarker,
  runMarker,
  COMMENT_MARKER,
  isPostflightComment,
  severityOf,
  parseStateBlock,
  emptyState,
  withTimeline,
  withRevert,
  runKey,
  withRun,
  startedReverts,
  countRevertsOnDay,
  MAX_BODY,
  renderIncident,
  timelineLine,
  toIncidentIssue,
  findOpenIncidents,
  styleNewLabels,
  appendTimeline,
  statusOf
};
