import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  FACTOR_KINDS,
  SEVERITIES
} from "./chunk-3ICSUOJA.js";
import {
  _enum,
  array,
  boolean,
  deployFacts,
  literal,
  number,
  object,
  signalChart,
  signalTable,
  string,
  verdictHeadline
} from "./chunk-3NWGUEU3.js";
import {
  codeBlock,
  codeSpan,
  escapeInline,
  redactSecretsInText,
  redactUrl,
  renderAssessmentMarkdown
} from "./chunk-XQ45XCVQ.js";

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
  let failing = verdict.signals.filter((s) => s.verdict === "fail").map((s) => s.id), what = verdict.verdict === "fail" && failing.length ? `${failing.slice(0, 3).join(", ")}${failing.length > 3 ? ` and ${failing.length - 3} more` : ""} failed` : verdict.verdict === "fail" ? `deploy failed: ${verdict.reason}` : `verification ${verdict.verdict}: ${verdict.reason}`, service = showService && key.service ? ` (${key.service})` : "", title = `[postflight] ${key.environment}${service}: ${what}`.replace(/[\r\n\t]+/g, " ");
  return title.length > 200 ? `${title.slice(0, 199)}\u2026` : title;
}
function hiddenPart(input) {
  return [incidentMarker(input.key), input.run ? runMarker(input.run) : "", stateBlock(input.state)].filter(Boolean).join(`
`);
}
function renderVisible(input, budget, shortened) {
  let { verdict, assessment } = input, facts = safeFacts(input.facts), parts = [verdictHeadline(verdict, { environment: plainName(facts.environment) }), ""];
  parts.push("### Signals", "");
  let signals = budget.passingSignals ? verdict.signals : verdict.signals.filter((s) => s.verdict !== "pass");
  parts.push(signalTable(signals), "");
  let charts = verdict.signals.filter((s) => s.verdict === "fail" && s.kind !== "health").map((s) => signalChart(s)).filter((c) => c !== null), shown = budget.charts === "all" ? charts : budget.charts === "first" ? charts.slice(0, 1) : [];
  for (let chart of shown) parts.push(chart, "");
  if (parts.push("### Deploy", "", deployFacts({ ...facts, environment: plainName(facts.environment) }), ""), assessment) {
    let factors = assessment.factors.filter(
      (f) => (budget.infoFactors || f.severity !== "info") && (budget.warningFactors || f.severity !== "warning")
    ), links = { repoUrl: facts.repoUrl, headSha: facts.sha };
    parts.push(renderAssessmentMarkdown({ ...assessment, factors }, links, budget.maxFactors), "");
    let left = assessment.factors.length - factors.length;
    left && parts.push(`_${left} lower-severity finding(s) left out here; the JSON report has them all._`, "");
    let prs = pullRequestLinks(factors, input.prByCommit, facts.repoUrl);
    prs && parts.push(prs, "");
  } else verdict.verdict === "fail" && parts.push(
    "### Rollback safety",
    "",
    "No rollback assessment is available for this deploy; check migrations and API contracts by hand before rolling back.",
    ""
  );
  return parts.push(ACTION_START, "### What to do", "", recommendedAction(input, facts), ACTION_END, ""), parts.push(timelineSection(input.state, budget.timeline), ""), shortened.length && parts.push(
    `> [!NOTE]
> To stay within GitHub's ${MAX_BODY.toLocaleString("en-US")}-character limit this issue leaves out: ${shortened.join(", ")}. The JSON report of the workflow run has everything.`,
    ""
  ), parts.join(`
`);
}
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
function recommendedAction(input, facts) {
  let started = revertStartedAction(input.state);
  if (started) return started;
  let advice = input.rollback, assessment = input.assessment;
  if (input.verdict.verdict !== "fail")
    return "The verification could not decide. Look at the signals above; if the deploy is healthy, `/resolve` this issue, and if it is not, roll back by hand.";
  if (!advice || !assessment)
    return "Roll back by hand if the deploy is broken; Postflight has no assessment to base a revert on.";
  let lines = [], target = advice.decision.target ?? (assessment.target.sha ? { sha: assessment.target.sha, ref: assessment.target.ref } : null);
  if (advice.decision.allowed && target) {
    let via = advice.decision.how === "dispatch" ? "starts the configured revert workflow" : "opens a revert pull request";
    lines.push(
      `**Roll back:** comment ${codeSpan("/rollback")} on this issue (write access needed). It ${via} to ${codeSpan(target.sha.slice(0, 12))}${target.ref ? ` (${escapeInline(target.ref)})` : ""}.`
    );
  } else {
    lines.push(`**A revert is not allowed:** ${escapeInline(assessment.recommendation)}`, "");
    for (let reason of advice.decision.reasons) lines.push(`- ${escapeInline(reason)}`);
    advice.overridable && lines.push(
      "",
      `An admin who has checked these can still roll back with ${codeSpan("/rollback --override <reason>")}; the reason is recorded here.`
    );
  }
  return target && /^[0-9a-f]{7,64}$/i.test(target.sha) && facts.sha && /^[0-9a-f]{7,64}$/i.test(facts.sha) && lines.push(
    "",
    "To do it by hand, redeploy the target, or put its tree on top of the deployed commit (what the revert pull request does; merges in the range need no special care) and merge that:",
    "",
    codeBlock(
      [
        `git fetch origin ${facts.sha} ${target.sha}`,
        `git switch --create revert-to-${target.sha.slice(0, 12)} ${facts.sha}`,
        `git restore --source=${target.sha} --staged --worktree -- :/`,
        `git commit -m "Revert to ${target.sha}"`,
        `git push origin revert-to-${target.sha.slice(0, 12)}`
      ].join(`
`),
      "sh"
    )
  ), lines.join(`
`);
}
function pullRequestLinks(factors, prByCommit, repoUrl) {
  if (!prByCommit) return "";
  let numbers = [
    ...new Set(
      factors.map((f) => f.commit ? prByCommit[f.commit] : void 0).filter((n) => Number.isInteger(n))
    )
  ];
  return numbers.length ? `Pull requests behind these findings: ${numbers.slice(0, 30).map((n) => repoUrl ? `[#${n}](${repoUrl}/pull/${n})` : `#${n}`).join(", ")}` : "";
}
function safeFacts(facts) {
  let url = (u) => u && /^https?:\/\//i.test(u) ? redactUrl(u).replace("://***@", "://").replace(/[\s<>()[\]`]/g, percentEncode) : void 0;
  return {
    ...facts,
    sha: facts.sha && /^[0-9a-f]{7,64}$/i.test(facts.sha) ? facts.sha : void 0,
    runUrl: url(facts.runUrl),
    deploymentUrl: url(facts.deploymentUrl),
    compareUrl: url(facts.compareUrl),
    repoUrl: url(facts.repoUrl)
  };
}
function percentEncode(c) {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}
function plainName(name) {
  return name.replace(/[`\r\n]/g, "");
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
