import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  attemptRevert,
  decideRevert,
  upsertIncident
} from "./chunk-EX6PBXOH.js";
import {
  annotationsFor,
  publishCheckRun
} from "./chunk-C4ODHFRU.js";
import "./chunk-GPCEXVD2.js";
import "./chunk-MILFKO5V.js";
import {
  createGitHubClient
} from "./chunk-KBK4BFYL.js";
import "./chunk-YPNLRQNF.js";
import "./chunk-RE35IAR2.js";
import "./chunk-OI32R2KW.js";
import "./chunk-PSDHKS2V.js";
import "./chunk-HI6YRM7G.js";
import {
  plainHeadline
} from "./chunk-UNEXY55E.js";
import "./chunk-GAYY3J2L.js";
import "./chunk-CNPVSFHC.js";

// src/incident/publish.ts
async function publishIncident(outcome, deps) {
  let { config } = deps;
  if (!config.incident.enabled) return { upsert: { action: "none" }, revert: null };
  let key = { environment: config.environment, service: deps.service }, revert = revertSettings(deps), upsert = await upsertIncident({
    gh: deps.gh,
    openIncidents: deps.openIncidents,
    repo: deps.repo,
    key,
    verdict: outcome.verdict,
    assessment: outcome.assessment,
    facts: { ...deps.facts, environment: config.environment, deployTime: outcome.deployTime, dryRun: !1 },
    run: deps.run,
    settings: {
      closeOnRecovery: config.incident.closeOnRecovery,
      onInconclusive: config.incident.onInconclusive,
      labels: config.incident.labels,
      assignees: config.incident.assignees,
      assignActor: deps.assignActor ?? !0,
      serviceInTitle: config.incident.service !== void 0
    },
    now: deps.now(),
    rollback: (state) => rollbackAdvice(state, outcome, revert),
    prByCommit: deps.prByCommit,
    log: deps.log
  });
  if (deps.log?.(`Incident: ${upsert.action}${upsert.action === "none" ? "" : ` #${upsert.incident.number}`}`), !(outcome.verdict.verdict === "fail" && config.revert.mode !== "off") || upsert.action === "none" || upsert.action === "unchanged" || upsert.action === "merged")
    return { upsert, revert: null };
  let result = await attemptRevert({
    gh: deps.gh,
    pullRequestClient: deps.pullRequestClient,
    repo: deps.repo,
    key,
    incident: upsert.incident,
    verdict: outcome.verdict.verdict,
    assessment: outcome.assessment,
    settings: revert,
    trigger: "automatic",
    by: null,
    now: deps.now(),
    run: deps.run
  });
  return deps.log?.(
    result.outcome ? `Automatic revert ${result.outcome.ok ? "started" : "failed"}: ${result.outcome.detail}` : `No automatic revert: ${result.decision.reasons.join("; ")}`
  ), { upsert, revert: result };
}
function revertSettings(deps) {
  let r = deps.config.revert;
  return {
    mode: r.mode,
    workflow: r.workflow,
    eventType: r.eventType,
    maxPerDay: r.maxPerDay,
    defaultBranch: deps.defaultBranch
  };
}
function rollbackAdvice(state, outcome, revert) {
  if (!outcome.assessment) return null;
  let mode = revert.mode === "off" ? "pull-request" : revert.mode, input = {
    verdict: outcome.verdict.verdict,
    assessment: outcome.assessment,
    mode,
    incidentState: state,
    revertsToday: 0,
    maxPerDay: revert.maxPerDay,
    trigger: "command"
  };
  return {
    decision: decideRevert(input),
    overridable: decideRevert({ ...input, override: { by: "admin", reason: "check" } }).allowed,
    mode
  };
}

// src/jobs/publish.ts
var VERIFICATION_CHECK = "Postflight: deploy verification";
async function publishVerification(deps) {
  let { gh, ctx, config, outcome, io } = deps, sha = config.sha ?? ctx.sha;
  await step(io, "incident issue", async () => {
    let { upsert, revert } = await publishIncident(outcome, {
      gh,
      openIncidents: deps.openIncidents,
      pullRequestClient: deps.appToken ? createGitHubClient({ token: deps.appToken, baseUrl: ctx.apiUrl, userAgent: "postflight" }) : void 0,
      repo: { owner: ctx.owner, repo: ctx.repo },
      run: { runId: ctx.runId, attempt: ctx.runAttempt },
      config,
      service: config.incident.service ?? ctx.repo,
      facts: outcome.facts,
      defaultBranch: ctx.defaultBranch ?? "main",
      prByCommit: outcome.assessment?.pullRequests,
      now: () => /* @__PURE__ */ new Date(),
      log: (m) => io.info(m)
    });
    if (upsert.action !== "none" && io.setOutput("incident", String(upsert.incident.number)), revert?.outcome) {
      let what = `Postflight: revert ${revert.outcome.ok ? "started" : "failed"} (${revert.outcome.how}): ${revert.outcome.detail}`;
      io.info(what), await deps.deployment?.set("failure", what);
    }
  }), await step(io, "check run", async () => {
    let result = await publishCheckRun(gh, {
      owner: ctx.owner,
      repo: ctx.repo,
      sha,
      name: VERIFICATION_CHECK,
      conclusion: checkConclusion(outcome, config),
      title: plainHeadline(outcome.verdict, config),
      summary: outcome.markdown,
      annotations: outcome.assessment ? annotationsFor(outcome.assessment.factors) : [],
      detailsUrl: ctx.runUrl,
      // A first attempt cannot have made one yet: skip the lookup, save a call.
      updateExisting: ctx.runAttempt > 1
    });
    result.kind === "status" && await io.summary(`> **Note:** ${result.note}
`);
  });
}
function checkConclusion(outcome, config) {
  let v = outcome.verdict.verdict;
  return v === "pass" ? "success" : v === "fail" ? config.failOnFail ? "failure" : "neutral" : config.onInconclusive === "fail" ? "failure" : config.onInconclusive === "pass" ? "success" : "neutral";
}
async function step(io, what, action) {
  try {
    await action();
  } catch (error) {
    io.error(
      `Postflight could not publish the ${what}: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
export {
  VERIFICATION_CHECK,
  publishVerification
};
