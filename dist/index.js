import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  ACTION_INPUTS,
  loadConfig
} from "./chunks/chunk-2XJBBL7X.js";
import {
  createSources,
  systemClock,
  verifyJob
} from "./chunks/chunk-LYSPOVH7.js";
import "./chunks/chunk-HI6YRM7G.js";
import {
  ConfigError
} from "./chunks/chunk-HFEFXF2P.js";
import "./chunks/chunk-HZXPO654.js";
import "./chunks/chunk-IGMUNFP5.js";
import "./chunks/chunk-CNPVSFHC.js";

// src/main.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/jobs/actions-io.ts
function actionsIO(env = process.env, out = process.stdout) {
  let core = null, pending = [], withCore = (use) => {
    core ??= import("./chunks/core-43E75IZC.js"), pending.push(core.then(use));
  }, command = (name, message) => out.write(`::${name}::${escapeData(message)}
`);
  return {
    // The same lookup as core.getInput: INPUT_<NAME> with spaces as underscores, trimmed.
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim(),
    setSecret: (value) => {
      value && command("add-mask", value);
    },
    info: (message) => {
      out.write(message + `
`);
    },
    warning: (message) => command("warning", message),
    error: (message) => command("error", message),
    setOutput: (name, value) => withCore((c) => c.setOutput(name, value)),
    async summary(markdown) {
      env.GITHUB_STEP_SUMMARY && (withCore((c) => c.summary.addRaw(markdown, !0).write()), await pending.at(-1));
    },
    setFailed: (message) => {
      process.exitCode = 1, command("error", message);
    },
    async flush() {
      for (let result of await Promise.allSettled(pending))
        result.status === "rejected" && (process.exitCode = 1, command(
          "error",
          `Postflight could not write its outputs: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`
        ));
    }
  };
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

// src/jobs/termination.ts
var EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
function watchTermination(options = {}) {
  let controller = new AbortController(), emitter = options.emitter ?? process, exit = options.exit ?? ((code) => process.exit(code)), graceMs = options.graceMs ?? 4e3, handlers = /* @__PURE__ */ new Map();
  for (let name of Object.keys(EXIT_CODES)) {
    let handler = () => {
      if (controller.signal.aborted) {
        options.log?.(`Received ${name} as well: still writing the report.`);
        return;
      }
      options.log?.(`Received ${name}: stopping the verification and reporting what was observed.`), controller.abort(name), setTimeout(() => {
        options.log?.(`Still running ${graceMs / 1e3} s after ${name}: exiting.`), exit(EXIT_CODES[name]);
      }, graceMs).unref();
    };
    handlers.set(name, handler), emitter.on(name, handler);
  }
  return {
    signal: controller.signal,
    dispose() {
      for (let [name, handler] of handlers) emitter.off(name, handler);
    }
  };
}

// src/github/context.ts
function obj(value) {
  return value !== null && typeof value == "object" && !Array.isArray(value) ? value : void 0;
}
function str(value, where) {
  if (typeof value != "string") throw new Error(`The ${where} in the event payload is missing or not text.`);
  return value;
}
function num(value, where) {
  if (typeof value != "number" || !Number.isFinite(value))
    throw new Error(`The ${where} in the event payload is missing or not a number.`);
  return value;
}
function buildContext(source) {
  let { owner, repo } = source.repo;
  if (!owner || !repo)
    throw new Error('The repository is unknown: GITHUB_REPOSITORY must be set as "owner/repo".');
  let serverUrl = (source.serverUrl || "https://github.com").replace(/\/+$/, ""), apiUrl = (source.apiUrl || "https://api.github.com").replace(/\/+$/, ""), runAttempt = source.runAttempt && source.runAttempt > 0 ? source.runAttempt : 1, payload = source.payload ?? {}, context = {
    eventName: source.eventName,
    owner,
    repo,
    sha: source.sha,
    ref: source.ref,
    actor: source.actor,
    runId: source.runId,
    runAttempt,
    runUrl: `${serverUrl}/${owner}/${repo}/actions/runs/${source.runId}/attempts/${runAttempt}`,
    serverUrl,
    apiUrl
  };
  typeof payload.action == "string" && (context.action = payload.action);
  let repository = obj(payload.repository);
  typeof repository?.default_branch == "string" && (context.defaultBranch = repository.default_branch);
  let deployment = obj(payload.deployment);
  deployment && (context.deployment = {
    id: num(deployment.id, "deployment.id"),
    sha: str(deployment.sha, "deployment.sha"),
    ref: str(deployment.ref, "deployment.ref"),
    environment: str(deployment.environment, "deployment.environment"),
    ...typeof deployment.task == "string" ? { task: deployment.task } : {}
  });
  let status = obj(payload.deployment_status);
  status && (context.deploymentStatus = {
    id: num(status.id, "deployment_status.id"),
    state: str(status.state, "deployment_status.state"),
    description: typeof status.description == "string" ? status.description : null,
    environmentUrl: typeof status.environment_url == "string" && status.environment_url ? status.environment_url : null,
    createdAt: typeof status.created_at == "string" ? status.created_at : null
  });
  let pull = obj(payload.pull_request);
  if (pull) {
    let head = obj(pull.head) ?? {}, base = obj(pull.base) ?? {};
    context.pullRequest = {
      number: num(pull.number, "pull_request.number"),
      headSha: str(head.sha, "pull_request.head.sha"),
      headRef: str(head.ref, "pull_request.head.ref"),
      baseRef: str(base.ref, "pull_request.base.ref"),
      baseSha: str(base.sha, "pull_request.base.sha")
    };
  }
  let issue = obj(payload.issue);
  if (issue) {
    let labels = Array.isArray(issue.labels) ? issue.labels : [];
    context.issue = {
      number: num(issue.number, "issue.number"),
      title: typeof issue.title == "string" ? issue.title : "",
      labels: labels.map((l) => typeof l == "string" ? l : String(obj(l)?.name ?? "")).filter(Boolean),
      isPullRequest: obj(issue.pull_request) !== void 0
    };
  }
  let comment = obj(payload.comment);
  return comment && (context.comment = {
    id: num(comment.id, "comment.id"),
    body: typeof comment.body == "string" ? comment.body : "",
    author: str(obj(comment.user)?.login, "comment.user.login")
  }), context;
}
async function contextFromEnv(env = process.env) {
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    let { readFile } = await import("node:fs/promises");
    try {
      payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (error) {
      throw new Error(
        `GITHUB_EVENT_PATH (${env.GITHUB_EVENT_PATH}) could not be read as the event's JSON: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error }
      );
    }
  }
  let [owner = "", repo = ""] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return buildContext({
    eventName: env.GITHUB_EVENT_NAME ?? "",
    payload,
    sha: env.GITHUB_SHA ?? "",
    ref: env.GITHUB_REF ?? "",
    actor: env.GITHUB_ACTOR ?? "",
    runId: Number(env.GITHUB_RUN_ID ?? 0),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? 1),
    serverUrl: env.GITHUB_SERVER_URL,
    apiUrl: env.GITHUB_API_URL,
    repo: { owner, repo }
  });
}

// src/main.ts
async function run(io = actionsIO()) {
  try {
    await runMode(io);
  } catch (error) {
    io.setFailed(error instanceof ConfigError ? `Configuration: ${error.message}` : messageOf(error));
  } finally {
    await io.flush();
  }
}
async function runMode(io) {
  let mode = io.getInput("mode") || "verify";
  if (!["verify", "assess", "triage", "watch"].includes(mode))
    throw new Error(`input 'mode' must be one of verify, assess, triage, watch; got '${mode}'`);
  let ctx = await contextFromEnv(), inputs = Object.fromEntries(ACTION_INPUTS.map((i) => [i.name, io.getInput(i.name)])), workspace = process.env.GITHUB_WORKSPACE || process.cwd(), token = inputs.token ?? "";
  if (token && io.setSecret(token), inputs["app-token"] && io.setSecret(inputs["app-token"]), mode === "triage") {
    let { runTriage } = await import("./chunks/triage-4TYJMLYV.js");
    return await runTriage({ io, ctx, inputs, workspace, gh: await github(token, ctx, io) });
  }
  let loaded = await loadConfig({
    inputs: withContextDefaults(inputs, ctx),
    env: process.env,
    cwd: workspace,
    requireSources: mode === "verify" || mode === "watch"
  });
  if (loaded.secrets.forEach((s) => io.setSecret(s)), loaded.warnings.forEach((w) => io.warning(w)), mode === "assess") {
    let { runAssessJob } = await import("./chunks/assess-pr-YAGDM7AL.js");
    return await runAssessJob({
      io,
      ctx,
      config: loaded.config,
      workspace,
      gh: await github(token, ctx, io)
    });
  }
  if (mode === "watch") {
    if (!token) throw new Error("mode 'watch' needs the `token` input to read deployments");
    let { runWatch } = await import("./chunks/watch-main-7O2AVUKM.js"), client = null;
    await runWatch({
      io,
      ctx,
      config: loaded.config,
      inputs,
      workspace,
      gh: () => client ??= github(token, ctx, io)
    });
    return;
  }
  await runVerify(io, ctx, loaded.config, inputs, workspace, token);
}
async function runVerify(io, ctx, config, inputs, workspace, token) {
  let sources = await createSources(config.sources, {
    maskSecret: (v) => io.setSecret(v),
    log: (m) => io.info(m),
    version: config.sha
  }), client = null, gh = config.dryRun || !token ? null : () => client ??= github(token, ctx, io), openIncidents, environmentUrl = ctx.deploymentStatus?.environmentUrl ?? void 0, deploymentId = Number(inputs["deployment-id"] || ctx.deployment?.id || 0) || null, deployment = gh && deploymentId ? {
    set: async (state, description) => {
      let { setDeploymentStatus } = await import("./chunks/deployments-5IOIFUMC.js");
      await setDeploymentStatus(await gh(), {
        owner: ctx.owner,
        repo: ctx.repo,
        deploymentId,
        state,
        description,
        logUrl: ctx.runUrl,
        environmentUrl
      });
    }
  } : null, reportPath = path.join(
    process.env.RUNNER_TEMP || workspace,
    `postflight-report-${ctx.runId}-${ctx.runAttempt}.json`
  ), termination = watchTermination({ log: (line) => io.info(line) });
  await verifyJob({
    cancel: termination.signal,
    config,
    sources,
    clock: systemClock,
    io,
    facts: {
      sha: config.sha,
      ref: ctx.deployment?.ref ?? ctx.ref,
      actor: ctx.actor,
      runUrl: ctx.runUrl,
      repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
      // The deployment itself (its environment URL, GitHub's "View deployment"), else the
      // environment's own deployment history, never the repository-wide list.
      deploymentUrl: deploymentId ? environmentUrl ?? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/deployments/${encodeURIComponent(config.environment)}` : void 0
    },
    reportPath,
    writeFile: async (p, content) => {
      await mkdir(path.dirname(p), { recursive: !0 }), await writeFile(p, content);
    },
    deployment,
    assess: gh ? async () => {
      let client2 = await gh(), headSha = config.sha ?? ctx.sha, { findOpenIncidents } = await import("./chunks/github-WNSQHKAT.js");
      openIncidents = await findOpenIncidents(
        client2,
        { owner: ctx.owner, repo: ctx.repo },
        incidentKey(config, ctx)
      );
      let earlier = openIncidents[0]?.state, { assessDeployedRelease } = await import("./chunks/rollback-assessment-OYKWQS5R.js"), known = earlier?.headSha === headSha && earlier.assessment?.targetSha ? {
        ref: earlier.assessment.targetRef ?? earlier.assessment.targetSha,
        sha: earlier.assessment.targetSha
      } : void 0;
      return assessDeployedRelease({
        gh: client2,
        owner: ctx.owner,
        repo: ctx.repo,
        environment: config.environment,
        headSha,
        workspace,
        settings: config.assess,
        target: known,
        targetHow: known ? `chosen by the earlier run for this release (incident #${openIncidents[0].number})` : void 0,
        log: (m) => io.info(m)
      });
    } : void 0,
    publish: gh ? async (outcome) => {
      let { publishVerification } = await import("./chunks/publish-QRQIO5EK.js");
      await publishVerification({
        gh: await gh(),
        ctx,
        config,
        outcome,
        io,
        workspace,
        appToken: inputs["app-token"] || void 0,
        openIncidents,
        deployment
      });
    } : void 0
  }).finally(() => termination.dispose());
}
function incidentKey(config, ctx) {
  return { environment: config.environment, service: config.incident.service ?? ctx.repo };
}
function withContextDefaults(inputs, ctx) {
  let deployTime = inputs["deploy-time"] ?? "";
  if (deployTime === "deployment-status" && (deployTime = ctx.deploymentStatus?.createdAt ?? "", !deployTime))
    throw new Error(
      "input 'deploy-time' is `deployment-status`, but the event has no deployment status with a created_at time (run on `deployment_status`, or give a timestamp)"
    );
  return {
    ...inputs,
    "deploy-time": deployTime,
    sha: inputs.sha || ctx.deployment?.sha || ctx.sha,
    environment: inputs.environment || ctx.deployment?.environment || ""
  };
}
async function github(token, ctx, io) {
  let { createGitHubClient } = await import("./chunks/client-JMDYRW43.js");
  return createGitHubClient({
    token,
    baseUrl: ctx.apiUrl,
    userAgent: "postflight",
    log: { debug: () => {
    }, info: (m) => io.info(m), warn: (m) => io.warning(m), error: (m) => io.error(m) }
  });
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/index.ts
await run();
