import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  concludeVerification,
  createJudge,
  createSources,
  stepJudgeSettings,
  systemClock,
  watchAlpha
} from "./chunk-LYSPOVH7.js";
import {
  mergeReadings
} from "./chunk-YTO7VBHK.js";
import {
  PartialPollError
} from "./chunk-HZXPO654.js";
import "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";

// src/watch-main.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/verify/history-run.ts
var MAX_BASELINE_SLICES = 12;
async function runFromHistory(options) {
  let { settings, deployTime, intervalMs } = options, log = options.log ?? (() => {
  }), notes = [], withHistory = options.sources.filter((s) => typeof s.history == "function"), withoutHistory = options.sources.filter((s) => typeof s.history != "function");
  for (let source of withoutHistory)
    notes.push(
      options.live ? `source "${source.id}" (${source.type}) keeps no history: it was polled once, at the watch's moment, not over the whole time since the deploy` : `source "${source.id}" (${source.type}) keeps no history and cannot be replayed; its signals are left out`
    );
  let specs = (options.live ? options.sources : withHistory).flatMap((s) => [...s.signals]), judge = createJudge(settings, specs), observations = [];
  if (specs.some((s) => s.baseline === "pre-deploy") && options.baselineMs > 0) {
    let count = Math.max(1, Math.min(MAX_BASELINE_SLICES, Math.floor(options.baselineMs / intervalMs))), stepMs = options.baselineMs / count, steps = await readHistory(withHistory, {
      from: deployTime - options.baselineMs,
      to: deployTime,
      stepMs,
      phase: "baseline",
      signal: options.signal
    });
    for (let source of withoutHistory.filter((s) => s.signals.some((x) => x.baseline === "pre-deploy")))
      notes.push(`source "${source.id}" has no pre-deploy history: its pre-deploy baseline is missing`);
    for (let [at, observation] of steps) {
      let verdict2 = judge.observe({ ...observation, t: at - deployTime });
      if (observations.push({ ...observation, t: at - deployTime }), verdict2.verdict !== "pending") return { verdict: verdict2, observations, notes, specs, evaluatedTo: 0 };
    }
  }
  let lastStep = Math.min(
    Math.floor((options.until - deployTime) / intervalMs),
    Math.ceil(settings.windowMs / intervalMs)
  ), verdict = {
    verdict: "pending",
    reason: "no step after the deploy yet",
    decidedAt: null,
    signals: []
  }, evaluatedTo = 0;
  if (lastStep >= 1) {
    let steps = await readHistory(withHistory, {
      from: deployTime,
      to: deployTime + lastStep * intervalMs,
      stepMs: intervalMs,
      phase: "observe",
      signal: options.signal
    }), live = options.live && withoutHistory.length > 0 ? await pollLive(withoutHistory, options) : void 0, ordered = [...steps.entries()].sort((a, b) => a[0] - b[0]);
    for (let [index, [at, observation]] of ordered.entries()) {
      let t = at - deployTime, merged = index === ordered.length - 1 && live ? {
        t,
        readings: [...observation.readings, ...live.readings],
        errors: [...observation.errors, ...live.errors]
      } : { ...observation, t };
      if (observations.push(merged), evaluatedTo = t, verdict = judge.observe(merged), verdict.verdict !== "pending") break;
    }
  }
  return verdict.verdict === "pending" && options.until - deployTime >= settings.windowMs && (verdict = judge.finish(Math.min(settings.windowMs, Math.max(evaluatedTo, 1)))), log(
    `history ${Math.round(evaluatedTo / 1e3)}s after the deploy: ${verdict.verdict}${verdict.verdict === "pending" ? "" : `: ${verdict.reason}`}`
  ), { verdict, observations, notes, specs, evaluatedTo };
}
async function readHistory(sources, range) {
  let count = Math.round((range.to - range.from) / range.stepMs), times = Array.from({ length: count }, (_, k) => Math.round(range.from + (k + 1) * range.stepMs)), steps = new Map(
    times.map((at) => [at, { readings: [], errors: [] }])
  );
  (await Promise.allSettled(sources.map((s) => s.history(range)))).forEach((answer, i) => {
    let source = sources[i];
    if (answer.status === "rejected") {
      let message = answer.reason instanceof Error ? answer.reason.message : String(answer.reason);
      for (let step of steps.values())
        for (let spec of source.signals) step.errors.push({ signal: spec.id, message });
      return;
    }
    for (let step of answer.value) {
      let target = steps.get(stepFor(times, step.at));
      target && (target.readings.push(...step.readings), target.errors.push(...step.failures ?? []));
    }
  });
  for (let step of steps.values()) step.readings = mergeReadings(step.readings);
  return steps;
}
function stepFor(times, at) {
  for (let t of times) if (t >= at - 1) return t;
  return Number.NaN;
}
async function pollLive(sources, options) {
  let now = options.live.now, window = {
    from: now - options.intervalMs,
    to: now,
    phase: "observe",
    signal: options.signal
  }, results = await Promise.allSettled(sources.map((s) => s.poll(window))), readings = [], errors = [];
  return results.forEach((result, i) => {
    if (result.status === "fulfilled") readings.push(...result.value);
    else if (result.reason instanceof PartialPollError)
      readings.push(...result.reason.readings), errors.push(...result.reason.failures);
    else {
      let message = result.reason instanceof Error ? result.reason.message : String(result.reason);
      for (let spec of sources[i].signals) errors.push({ signal: spec.id, message });
    }
  }), { readings, errors };
}

// src/jobs/watch.ts
var STEP_STARTED = "Postflight: verifying";
async function watchJob(deps) {
  let { config, io, clock } = deps;
  if (!config.watch)
    throw new Error(
      "mode `watch` needs `watch.for` in the configuration (or the `watch-for` input), e.g. `2h`"
    );
  let environments = config.environment.split(",").map((e) => e.trim()).filter(Boolean), results = [];
  for (let environment of environments)
    results.push(await watchEnvironment(deps, environment, config.watch));
  return await io.summary(renderWatchSummary(results, clock.now())), results;
}
async function watchEnvironment(deps, environment, watch) {
  let { config, io, clock } = deps, deployment = await deps.deployments.newest(environment);
  if (!deployment)
    return io.info(`watch ${environment}: no deployment`), { environment, action: "none-deployed" };
  let now = clock.now(), deployTime = deployMoment(deployment), skip = (why) => (io.info(`watch ${environment}: deployment ${deployment.id} (${short(deployment.sha)}) ${why}`), { environment, action: "skipped", deployment, why }), failed = deployment.statuses.find((s) => s.state === "failure" || s.state === "error");
  if (failed) return skip(`is already failed ("${failed.description}"); a deployment is failed once`);
  let latest = deployment.statuses[0];
  if (latest?.state !== "success")
    return skip(
      `is not marked successful (latest status: ${latest?.state ?? "none"}); the step decides it first`
    );
  if (now - deployTime >= watch.for)
    return skip(
      `was deployed ${duration(now - deployTime)} ago, longer than watch-for ${duration(watch.for)}`
    );
  let until = now - config.intervalMs;
  if (until - deployTime < config.intervalMs)
    return skip(`was deployed ${duration(now - deployTime)} ago: nothing settled to watch yet`);
  let watchConfig = {
    ...config,
    environment,
    sha: deployment.sha,
    deployTime,
    alpha: watchAlpha(config)
  }, stop = new AbortController(), run = await runFromHistory({
    sources: await deps.sources(deployment),
    settings: {
      ...stepJudgeSettings(config),
      alpha: watchConfig.alpha,
      windowMs: watch.for,
      // A bake as long as the watch: it can only fail (or stay quiet), never pass and stop looking,
      // so a regression that starts an hour in is still caught within the same alpha.
      bakeMs: watch.for
    },
    intervalMs: config.intervalMs,
    baselineMs: config.baselineMs,
    deployTime,
    until,
    live: { now },
    signal: stop.signal,
    log: (line) => io.info(`watch ${environment}: ${line}`)
  });
  stop.abort();
  let base = {
    environment,
    action: "watched",
    deployment,
    deployTime,
    verdict: run.verdict,
    evaluatedTo: run.evaluatedTo,
    notes: run.notes
  };
  for (let note of run.notes) io.info(`watch ${environment}: ${note}`);
  if (io.info(
    `watch ${environment}: deployment ${deployment.id} (${short(deployment.sha)}), ${duration(run.evaluatedTo)} after the deploy: ${run.verdict.verdict}${run.verdict.verdict === "pending" ? " (still within tolerance or undecided)" : `: ${run.verdict.reason}`}`
  ), run.verdict.verdict !== "fail") return base;
  let verdict = {
    ...run.verdict,
    reason: `${run.verdict.reason} (found by mode: watch ${duration(now - deployTime)} after the deploy, from the sources' history)`
  }, outcome = await concludeVerification(
    { config: watchConfig, io, ...deps.conclusion(deployment, watchConfig) },
    {
      verdict,
      observations: run.observations,
      deployTime,
      decidedBy: "Postflight watch",
      notes: [
        `found by \`mode: watch\` ${duration(now - deployTime)} after the deploy, from the sources' history (the watch spends ${watch.alphaShare} of alpha).`,
        ...run.notes
      ]
    }
  );
  return { ...base, outcome };
}
function deployMoment(deployment) {
  let oldestFirst = [...deployment.statuses].reverse(), started = oldestFirst.find(
    (s) => s.state === "in_progress" && s.description.startsWith(STEP_STARTED)
  ), succeeded = oldestFirst.find((s) => s.state === "success");
  return Date.parse((started ?? succeeded ?? deployment).createdAt);
}
function renderWatchSummary(results, now) {
  let rows = results.map((r) => {
    if (r.action === "none-deployed") return `| ${r.environment} | none | | no deployment |`;
    let sha = `\`${short(r.deployment.sha)}\``;
    if (r.action === "skipped") return `| ${r.environment} | ${sha} | | skipped: ${cell(r.why)} |`;
    let age = duration(now - r.deployTime), what = r.verdict.verdict === "pending" ? `no regression so far (judged up to ${duration(r.evaluatedTo)} after the deploy)` : `**${r.verdict.verdict}**: ${r.verdict.reason}`;
    return `| ${r.environment} | ${sha} | ${age} | ${cell(what)} |`;
  }), notes = results.flatMap(
    (r) => r.action === "watched" ? r.notes.map((n) => `> ${r.environment}: ${n}`) : []
  );
  return [
    "### Postflight watch",
    "",
    "| environment | deployment | deployed | result |",
    "|---|---|---|---|",
    ...rows,
    "",
    ...notes,
    ""
  ].join(`
`);
}
function cell(text) {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}
function short(sha) {
  return sha.slice(0, 7);
}
function duration(ms) {
  let s = Math.max(0, Math.round(ms / 1e3));
  if (s < 60) return `${s}s`;
  let m = Math.floor(s / 60);
  return m < 60 ? `${m}m${s % 60 ? `${s % 60}s` : ""}` : `${Math.floor(m / 60)}h${m % 60 ? `${m % 60}m` : ""}`;
}

// src/watch-main.ts
async function runWatch({
  io,
  ctx,
  config,
  inputs,
  workspace,
  gh,
  clock = systemClock
}) {
  let repo = { owner: ctx.owner, repo: ctx.repo };
  return watchJob({
    config,
    clock,
    io,
    sources: (deployment) => createSources(
      config.sources.map((s) => forDeployment(s, deployment)),
      {
        maskSecret: (v) => io.setSecret(v),
        log: (m) => io.info(m),
        version: deployment.sha
      }
    ),
    deployments: {
      async newest(environment) {
        let { listDeployments } = await import("./deployments-5IOIFUMC.js"), [newest] = await listDeployments(await gh(), {
          ...repo,
          environment,
          limit: 1,
          statusesPerDeployment: 30
        });
        return newest ?? null;
      }
    },
    conclusion(deployment, watchConfig) {
      let openIncidents, sink = {
        set: async (state, description) => {
          let { setDeploymentStatus } = await import("./deployments-5IOIFUMC.js");
          await setDeploymentStatus(await gh(), {
            ...repo,
            deploymentId: deployment.id,
            state,
            description,
            logUrl: ctx.runUrl
          });
        }
      };
      return {
        facts: {
          sha: deployment.sha,
          ref: deployment.ref,
          actor: ctx.actor,
          runUrl: ctx.runUrl,
          repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
          deploymentUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/deployments`
        },
        reportPath: path.join(
          process.env.RUNNER_TEMP || workspace,
          `postflight-watch-${deployment.environment}-${deployment.id}-${ctx.runId}.json`
        ),
        writeFile: async (p, content) => {
          await mkdir(path.dirname(p), { recursive: !0 }), await writeFile(p, content);
        },
        deployment: sink,
        assess: async () => {
          let client = await gh(), { findOpenIncidents } = await import("./github-WNSQHKAT.js");
          openIncidents = await findOpenIncidents(client, repo, {
            environment: deployment.environment,
            service: watchConfig.incident.service ?? ctx.repo
          });
          let { assessDeployedRelease } = await import("./rollback-assessment-OYKWQS5R.js");
          return assessDeployedRelease({
            gh: client,
            ...repo,
            environment: deployment.environment,
            headSha: deployment.sha,
            workspace,
            settings: watchConfig.assess,
            log: (m) => io.info(m)
          });
        },
        publish: async (outcome) => {
          let { publishVerification } = await import("./publish-QRQIO5EK.js");
          await publishVerification({
            gh: await gh(),
            ctx,
            config: watchConfig,
            outcome,
            io,
            workspace,
            appToken: inputs["app-token"] || void 0,
            openIncidents,
            deployment: sink
          });
        }
      };
    }
  });
}
function forDeployment(source, deployment) {
  if (source.type !== "prometheus" || !source.compare) return source;
  let workflowSha = process.env.GITHUB_SHA;
  return workflowSha && source.compare.canary === workflowSha ? { ...source, compare: { ...source.compare, canary: deployment.sha } } : source;
}
export {
  runWatch
};
