import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  COMMENT_MARKER,
  MAX_BODY,
  appendTimeline,
  countRevertsOnDay,
  emptyState,
  findOpenIncidents,
  parseStateBlock,
  renderIncident,
  runKey,
  runMarker,
  severityOf,
  startedReverts,
  statusOf,
  styleNewLabels,
  toIncidentIssue,
  withRevert,
  withRun,
  withTimeline
} from "./chunk-RE35IAR2.js";
import {
  assessmentSection,
  brokeLine,
  deployLine,
  signalTable,
  truncate,
  verdictHeadline
} from "./chunk-UNEXY55E.js";
import {
  codeSpan,
  escapeInline,
  redactSecretsInText
} from "./chunk-GAYY3J2L.js";

// src/incident/comments.ts
function finish(parts, run) {
  let hidden = [COMMENT_MARKER, run ? runMarker(run) : ""].filter(Boolean).join(`
`);
  return `${truncate(parts.join(`
`), MAX_BODY - hidden.length - 1)}
${hidden}`;
}
function plainEnvironment(facts) {
  return { ...facts, environment: facts.environment.replace(/[\r\n]/g, " ") };
}
function failureComment(verdict, facts, assessment, run) {
  let f = plainEnvironment(facts), parts = [`### ${verdict.verdict === "fail" ? "New failure" : "Verification undecided"}`, "", brokeLine(verdict), "", deployLine(f), ""];
  return assessment && parts.push(`**Rollback safety:** ${assessment.verdict}: ${escapeInline(assessment.recommendation)}`, ""), parts.push(signalTable(verdict.signals), "", verdictHeadline(verdict, f)), finish(parts, run);
}
function recoveredComment(verdict, facts, closing, run) {
  let f = plainEnvironment(facts), parts = [
    "### Recovered",
    "",
    brokeLine(verdict),
    "",
    deployLine(f),
    "",
    signalTable(verdict.signals),
    "",
    verdictHeadline(verdict, f),
    ""
  ];
  return parts.push(
    closing ? "Closing this incident (`close-on-recovery: true`)." : "When you agree it is over, close it with `/resolve`."
  ), finish(parts, run);
}
function reassessedComment(assessment, links, by, run) {
  let who = by ? ` (asked by ${escapeInline(by)})` : "";
  return finish([`### Reassessed${who}`, "", assessmentSection(assessment, links)], run);
}
function replyComment(text, run) {
  return finish([text], run);
}
function duplicateComment(loserNumber, loserBody, run) {
  let visible = stripHidden(loserBody);
  return finish(
    [
      `### Merged from #${loserNumber}`,
      "",
      `A concurrent run opened #${loserNumber} for the same incident; it was closed as a duplicate of this one. Its report:`,
      "",
      visible
    ],
    run
  );
}
function stripHidden(body) {
  return body.replace(/<!-- postflight:[^]*?-->\n?/g, "").trimEnd();
}

// src/incident/lock.ts
import { createHash } from "node:crypto";
var LOCK_DEFAULTS = {
  ttlMs: 5 * 6e4,
  waitMs: 6e4,
  retryMs: 1e3,
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
}, LOCK_NAMESPACE = "postflight/locks/", MAX_NAME = 180;
function lockRefName(environment) {
  let encoded = [...Buffer.from(environment, "utf8")].map((byte) => {
    let c = String.fromCharCode(byte);
    return /[A-Za-z0-9-]/.test(c) ? c : `_${byte.toString(16).padStart(2, "0")}`;
  }).join(""), name = encoded.length <= MAX_NAME ? encoded : `${encoded.slice(0, MAX_NAME - 17)}-${createHash("sha256").update(environment).digest("hex").slice(0, 16)}`;
  return `${LOCK_NAMESPACE}${name || "_"}`;
}
async function acquireIncidentLock(input) {
  let settings = { ...LOCK_DEFAULTS, ...input.settings }, { gh, repo } = input, name = lockRefName(input.environment), warn = (why) => input.log?.(
    `Warning: could not take the incident lock for ${input.environment} (${why}); going on without it: concurrent runs may open duplicate incidents, which are then closed.`
  ), lockCommit = (parent) => createLockCommit(gh, repo, input, settings.now(), parent), ours;
  try {
    ours = await lockCommit();
  } catch (error) {
    return warn(permissionHint(error)), { kind: "unavailable" };
  }
  try {
    return await gh.rest.git.createRef({ ...repo, ref: `refs/${name}`, sha: ours }), held(gh, repo, name, ours, settings, input.log);
  } catch (error) {
    if (statusOf(error) !== 422)
      return warn(permissionHint(error)), { kind: "unavailable" };
  }
  let giveUpAt = settings.now() + settings.waitMs;
  for (; ; ) {
    try {
      let current = await currentLock(gh, repo, name);
      if (!current) return { kind: "released" };
      if (settings.now() - current.takenAt > settings.ttlMs) {
        let takeover = await lockCommit(current.sha);
        try {
          return await gh.rest.git.updateRef({ ...repo, ref: name, sha: takeover, force: !1 }), input.log?.(
            `Took over the incident lock for ${input.environment}: it was taken at ${new Date(current.takenAt).toISOString()} by a run that never released it.`
          ), held(gh, repo, name, takeover, settings, input.log);
        } catch (error) {
          if (statusOf(error) !== 422) throw error;
        }
      }
    } catch (error) {
      return warn(permissionHint(error)), { kind: "unavailable" };
    }
    if (settings.now() >= giveUpAt)
      return warn(`another run has held it for more than ${Math.round(settings.waitMs / 1e3)} s`), { kind: "unavailable" };
    await settings.sleep(settings.retryMs + Math.floor(Math.random() * (settings.retryMs / 2)));
  }
}
async function createLockCommit(gh, repo, input, now, parent) {
  let at = new Date(now).toISOString(), note = { environment: input.environment, runId: input.runId, at }, { data: tree } = await gh.rest.git.createTree({
    ...repo,
    tree: [{ path: "lock.json", mode: "100644", type: "blob", content: JSON.stringify(note) + `
` }]
  }), { data: commit } = await gh.rest.git.createCommit({
    ...repo,
    message: `Postflight incident lock for ${input.environment}, held by run ${input.runId}`,
    tree: tree.sha,
    parents: parent ? [parent] : [],
    author: { name: "postflight", email: "postflight@users.noreply.github.com", date: at }
  });
  return commit.sha;
}
async function currentLock(gh, repo, name) {
  let sha;
  try {
    ({
      data: {
        object: { sha }
      }
    } = await gh.rest.git.getRef({ ...repo, ref: name }));
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
  let { data } = await gh.rest.git.getCommit({ ...repo, commit_sha: sha }), takenAt = Date.parse(data.author.date);
  return { sha, takenAt: Number.isNaN(takenAt) ? 0 : takenAt };
}
function held(gh, repo, name, sha, settings, log) {
  let takenAt = settings.now();
  return {
    kind: "held",
    ref: `refs/${name}`,
    async release() {
      try {
        if (settings.now() - takenAt > settings.ttlMs / 2) {
          let { data } = await gh.rest.git.getRef({ ...repo, ref: name });
          if (data.object.sha !== sha) return;
        }
        await gh.rest.git.deleteRef({ ...repo, ref: name });
      } catch (error) {
        log?.(
          `Could not release the incident lock refs/${name} (${messageOf(error)}); it expires on its own.`
        );
      }
    }
  };
}
function permissionHint(error) {
  let status = statusOf(error), hint = status === 403 || status === 404 ? "; the lock needs `contents: write` in the workflow's `permissions:`" : "";
  return `${messageOf(error)}${hint}`;
}
function messageOf(error) {
  return error instanceof Error ? error.message.split(`
`)[0] : String(error);
}

// src/incident/upsert.ts
async function upsertIncident(input) {
  let { verdict } = input;
  if (verdict.verdict === "pending") return { action: "none" };
  let current = (input.openIncidents ?? await findOpenIncidents(input.gh, input.repo, input.key))[0];
  return verdict.verdict === "pass" ? current ? recover(input, current) : { action: "none" } : current ? update(input, current) : verdict.verdict === "inconclusive" && !input.settings.onInconclusive ? { action: "none" } : createUnderLock(input);
}
var LOCK_ROUNDS = 3;
async function createUnderLock(input) {
  let { gh, repo, key } = input;
  for (let round = 0; round < LOCK_ROUNDS; round++) {
    let lock = await acquireIncidentLock({
      gh,
      repo,
      environment: key.environment,
      runId: input.run.runId,
      settings: input.lock,
      log: input.log
    });
    if (lock.kind === "unavailable") break;
    if (lock.kind === "released") {
      let opened = (await findOpenIncidents(gh, repo, key))[0];
      if (opened) return update(input, opened);
      continue;
    }
    try {
      let opened = (await findOpenIncidents(gh, repo, key))[0];
      return opened ? await update(input, opened) : await create(input, { checkDuplicates: !1 });
    } finally {
      await lock.release();
    }
  }
  return create(input);
}
function kindsFor(verdict) {
  return verdict === "pass" ? ["recovered"] : verdict === "fail" ? ["opened", "failure"] : ["opened", "inconclusive"];
}
function alreadyWritten(state, runId, verdict) {
  return kindsFor(verdict).some((kind) => state.runs.includes(runKey(runId, kind)));
}
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
function withVerdict(state, input) {
  return {
    ...state,
    headSha: input.facts.sha ?? state.headSha,
    lastVerdict: input.verdict.verdict,
    lastReason: input.verdict.reason.slice(0, 300),
    assessment: input.assessment ? summarizeAssessment(input.assessment) : state.assessment
  };
}
async function create(input, { checkDuplicates = !0 } = {}) {
  let { gh, repo, key, verdict, run } = input, at = input.now.toISOString(), state = withVerdict(emptyState(key.environment, key.service, at), input);
  state = withTimeline(state, { at, kind: "opened", text: `${verdict.verdict}: ${verdict.reason}` }), state = withRun(state, run.runId, "opened");
  let rendered = renderIncident({
    key,
    verdict,
    assessment: input.assessment,
    facts: input.facts,
    state,
    rollback: input.rollback?.(state) ?? null,
    prByCommit: input.prByCommit,
    run: { ...run, kind: "opened" },
    extraLabels: input.settings.labels,
    serviceInTitle: input.settings.serviceInTitle
  }), assignees = chooseAssignees(input), { issue: created, labels } = await createIssue(
    input,
    { title: rendered.title, body: rendered.body, labels: rendered.labels },
    assignees
  );
  if (await styleNewLabels(gh, repo, labels, rendered.labels, input.log), rendered.shortened.length && input.log?.(`Incident #${created.number} was shortened to fit: ${rendered.shortened.join(", ")}`), !checkDuplicates) return { action: "opened", incident: created };
  let winner = (await findOpenIncidents(gh, repo, key))[0];
  return !winner || winner.number >= created.number ? { action: "opened", incident: created } : (await gh.rest.issues.createComment({
    ...repo,
    issue_number: winner.number,
    body: duplicateComment(created.number, created.body, { ...run, kind: "duplicate" })
  }), await gh.rest.issues.update({
    ...repo,
    issue_number: created.number,
    state: "closed",
    state_reason: "duplicate",
    // Without the incident marker, later runs and triage no longer take it for an incident.
    body: `Duplicate of #${winner.number}: a concurrent run opened that incident first; this report was moved there.

<!-- postflight:duplicate-of=${winner.number} -->`
  }), input.log?.(
    `Incident #${created.number} duplicated #${winner.number}; closed it and moved its report there.`
  ), { action: "merged", incident: winner, duplicate: created.number });
}
async function createIssue(input, content, assignees) {
  let { gh, repo, key } = input;
  try {
    let { data } = await gh.rest.issues.create({ ...repo, ...content, assignees });
    return { issue: toIncidentIssue(data, key), labels: data.labels };
  } catch (error) {
    if (statusOf(error) !== 422 || assignees.length === 0) throw error;
    let { data } = await gh.rest.issues.create({ ...repo, ...content }), issue = toIncidentIssue(data, key);
    for (let login of assignees)
      try {
        await gh.rest.issues.addAssignees({ ...repo, issue_number: issue.number, assignees: [login] }), issue.assignees.push(login);
      } catch {
        input.log?.(
          `Could not assign ${login} to incident #${issue.number}; they may lack access to the repository.`
        );
      }
    return { issue, labels: data.labels };
  }
}
function chooseAssignees(input) {
  let configured = input.settings.assignees.filter((a) => !isBot(a));
  if (configured.length) return [...new Set(configured)].slice(0, 10);
  let actor = input.facts.actor;
  return input.settings.assignActor && actor && !isBot(actor) ? [actor] : [];
}
function isBot(login) {
  return /\[bot\]$/i.test(login);
}
async function update(input, incident) {
  let { verdict, run } = input;
  if (alreadyWritten(incident.state, run.runId, verdict.verdict)) return { action: "unchanged", incident };
  let kind = verdict.verdict === "fail" ? "failure" : "inconclusive", at = input.now.toISOString();
  return { action: "updated", incident: await appendTimeline(input.gh, input.repo, incident, {
    entry: { at, kind, text: `${verdict.verdict}: ${verdict.reason}` },
    comment: failureComment(verdict, input.facts, input.assessment, { ...run, kind }),
    run: { runId: run.runId, kind },
    mutate: (state) => withVerdict(state, input),
    labels: escalatedLabels(incident.labels, verdict)
  }) };
}
var SEVERITY_RANK = {
  "severity:medium": 1,
  "severity:high": 2,
  "severity:critical": 3
};
function escalatedLabels(labels, verdict) {
  let next = severityOf(verdict), current = Math.max(0, ...labels.map((l) => SEVERITY_RANK[l] ?? 0));
  if (!((SEVERITY_RANK[next] ?? 0) <= current))
    return [...labels.filter((l) => !(l in SEVERITY_RANK)), next];
}
async function recover(input, incident) {
  let { verdict, run } = input;
  if (alreadyWritten(incident.state, run.runId, "pass")) return { action: "unchanged", incident };
  let closing = input.settings.closeOnRecovery;
  return { action: "recovered", incident: await appendTimeline(input.gh, input.repo, incident, {
    entry: { at: input.now.toISOString(), kind: "recovered", text: `pass: ${verdict.reason}` },
    comment: recoveredComment(verdict, input.facts, closing, { ...run, kind: "recovered" }),
    run: { runId: run.runId, kind: "recovered" },
    mutate: (state) => withVerdict(state, input),
    ...closing ? { close: "completed" } : {}
  }) };
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

export {
  reassessedComment,
  replyComment,
  upsertIncident,
  summarizeAssessment,
  assessmentFromSummary,
  isBot,
  decideRevert,
  location,
  attemptRevert
};
