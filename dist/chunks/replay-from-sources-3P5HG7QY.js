import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  signalTable
} from "./chunk-LH5M5X4K.js";
import {
  createJudge,
  createSources,
  stepJudgeSettings
} from "./chunk-JWUIGPKO.js";
import {
  loadConfig
} from "./chunk-VJTE2A2X.js";
import {
  UsageError
} from "./chunk-RK76LBPO.js";
import "./chunk-HFEFXF2P.js";
import {
  mergeReadings
} from "./chunk-YTO7VBHK.js";
import {
  PartialPollError
} from "./chunk-HKY36KTA.js";
import {
  scrubSecrets
} from "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";

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

// src/replay/from-sources.ts
async function replayFromSources(options) {
  let { config, deployTime, now } = options;
  if (deployTime >= now)
    throw new Error(
      `--deploy-time ${new Date(deployTime).toISOString()} is not in the past; a backtest needs a deploy that happened`
    );
  if (!options.sources.some((s) => typeof s.history == "function"))
    throw new Error(
      `none of the configured sources (${options.sources.map((s) => `${s.id}: ${s.type}`).join(", ")}) keeps history; --from-sources needs a metrics store such as prometheus`
    );
  let result = await runFromHistory({
    sources: options.sources,
    settings: stepJudgeSettings(config),
    intervalMs: config.intervalMs,
    baselineMs: config.baselineMs,
    deployTime,
    until: Math.min(now, deployTime + config.windowMs),
    signal: options.signal ?? new AbortController().signal,
    ...options.log ? { log: options.log } : {}
  });
  return now < deployTime + config.windowMs && result.notes.push(
    `the window has not closed yet: judged up to ${Math.round((now - deployTime) / 1e3)} s after the deploy`
  ), result;
}

// src/commands/replay-from-sources.ts
async function replayFromSourcesCommand(flags, now = () => Date.now()) {
  let deployTime = typeof flags["deploy-time"] == "string" ? flags["deploy-time"] : void 0;
  if (!deployTime)
    throw new UsageError("--from-sources needs --deploy-time, the deploy moment as an ISO 8601 time");
  let { config, secrets } = await loadConfig({
    ...typeof flags.config == "string" ? { file: flags.config } : {},
    inputs: { "deploy-time": deployTime },
    env: process.env,
    cwd: process.cwd(),
    requireSources: !0
  }), log = (line) => process.stderr.write(scrubSecrets(line, secrets) + `
`), sources = await createSources(config.sources, { log, version: config.sha }), result = await replayFromSources({
    config,
    sources,
    deployTime: config.deployTime,
    now: now(),
    log
  }), { verdict } = result, kind = verdict.verdict === "pending" ? "pending" : verdict.verdict, decidedAt = verdict.decidedAt === null ? null : verdict.decidedAt / 1e3, described = result.specs.filter((s) => s.description).map((s) => ({ id: s.id, description: s.description }));
  if (flags.json)
    return process.stdout.write(
      scrubSecrets(
        JSON.stringify({
          verdict: kind,
          decidedAt,
          reason: verdict.reason,
          signals: verdict.signals.map((s) => ({ id: s.id, verdict: s.verdict, reason: s.reason })),
          described,
          notes: result.notes
        }),
        secrets
      ) + `
`
    ), 0;
  let when = decidedAt === null ? "at the end of the window (or of the history so far)" : `${decidedAt} s after the deploy`, lines = [
    `${kind.toUpperCase()} ${when}: ${verdict.reason}`,
    "",
    signalTable(verdict.signals),
    ...described.map((d) => `
signal '${d.id}': ${d.description}`),
    ...result.notes.map((n) => `
note: ${n}`)
  ];
  return process.stdout.write(scrubSecrets(lines.join(`
`), secrets) + `
`), 0;
}
export {
  replayFromSourcesCommand
};
