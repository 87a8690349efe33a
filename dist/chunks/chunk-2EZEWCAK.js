import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  PartialPollError,
  createJudge,
  renderVerifyMarkdown
} from "./chunk-5A3AG2V3.js";

// src/verify/loop.ts
async function runVerification(options) {
  let { sources, settings, clock, deployTime, intervalMs } = options, log = options.log ?? (() => {
  }), specs = sources.flatMap((s) => [...s.signals]), judge = createJudge(settings, specs), observations = [], stop = new AbortController();
  if (specs.some((s) => s.baseline === "pre-deploy") && options.baselineMs > 0) {
    let slices = baselineSlices(deployTime, options.baselineMs, intervalMs), polled = await Promise.all(
      slices.map((w) => pollAll(sources, { ...w, phase: "baseline", signal: stop.signal }, w.to - deployTime))
    );
    for (let baseline of polled) {
      observations.push(baseline);
      let verdict = judge.observe(baseline);
      if (verdict.verdict !== "pending") return { verdict, observations, polls: 0 };
    }
    log(`baseline (${slices.length} slices): ${polled.map(describeObservation).join("; ")}`);
  }
  let from = deployTime, polls = 0, end = deployTime + settings.windowMs;
  for (; ; ) {
    if (!(polls === 0 && clock.now() - deployTime >= intervalMs)) {
      let next = Math.min(
        end,
        deployTime + (Math.floor((clock.now() - deployTime) / intervalMs) + 1) * intervalMs
      );
      await clock.sleep(next - clock.now(), stop.signal);
    }
    let to = Math.max(clock.now(), from + 1), observation = await pollAll(
      sources,
      { from, to, phase: "observe", signal: stop.signal },
      to - deployTime
    );
    polls += 1, observations.push(observation), from = to;
    let verdict = judge.observe(observation);
    if (options.onPoll?.(observation, verdict), log(
      `t+${Math.round((to - deployTime) / 1e3)}s: ${describeObservation(observation)} -> ${verdict.verdict}`
    ), verdict.verdict !== "pending")
      return stop.abort(), { verdict, observations, polls };
    if (to >= end)
      return stop.abort(), { verdict: judge.finish(to - deployTime), observations, polls };
  }
}
function baselineSlices(deployTime, baselineMs, intervalMs) {
  let count = Math.max(1, Math.min(MAX_BASELINE_SLICES, Math.floor(baselineMs / intervalMs))), size = baselineMs / count;
  return Array.from({ length: count }, (_, i) => ({
    from: Math.round(deployTime - baselineMs + i * size),
    to: Math.round(deployTime - baselineMs + (i + 1) * size)
  }));
}
var MAX_BASELINE_SLICES = 12;
async function pollAll(sources, window, t) {
  let results = await Promise.allSettled(sources.map((s) => s.poll(window))), readings = [], errors = [];
  return results.forEach((result, i) => {
    let source = sources[i];
    if (result.status === "fulfilled") readings.push(...result.value);
    else if (result.reason instanceof PartialPollError)
      readings.push(...result.reason.readings), errors.push(...result.reason.failures);
    else {
      let message = result.reason instanceof Error ? result.reason.message : String(result.reason);
      for (let spec of source.signals) errors.push({ signal: spec.id, message });
    }
  }), { t, readings, errors };
}
function describeObservation(o) {
  let parts = o.readings.map((r) => r.kind === "count" ? `${r.signal}[${r.group}] ${r.errors}/${r.total}` : r.kind === "level" ? `${r.signal}[${r.group}] ${r.value}` : `${r.signal} ${r.healthy ? "healthy" : "unhealthy"}`);
  for (let e of o.errors) parts.push(`${e.signal} error: ${e.message}`);
  return parts.join(", ") || "no readings";
}

// src/jobs/verify-report.ts
function buildVerifyReport(config, verdict, observations, deployTime, assessment) {
  return {
    schemaVersion: 1,
    verdict: verdict.verdict,
    reason: verdict.reason,
    decidedAt: verdict.decidedAt,
    environment: config.environment,
    sha: config.sha ?? null,
    deployTime: new Date(deployTime).toISOString(),
    settings: {
      alpha: config.alpha,
      tolerance: config.tolerance,
      windowMs: config.windowMs,
      intervalMs: config.intervalMs,
      baselineMs: config.baselineMs,
      minErrors: config.minErrors
    },
    signals: verdict.signals,
    observations,
    assessment
  };
}

// src/jobs/verify.ts
async function verifyJob(deps) {
  let { config, io, clock } = deps, deployTime = config.deployTime ?? clock.now(), dryRun = config.dryRun, deployment = dryRun ? null : deps.deployment ?? null;
  io.info(
    `Verifying ${config.environment}: ${deps.sources.length} source(s), window ${config.windowMs / 1e3}s, interval ${config.intervalMs / 1e3}s, alpha ${config.alpha}, tolerance x${config.tolerance}`
  );
  let loop = runVerification({
    sources: deps.sources,
    settings: {
      alpha: config.alpha,
      tolerance: config.tolerance,
      windowMs: config.windowMs,
      minErrors: config.minErrors,
      maxConsecutiveErrors: Math.max(1, ...config.sources.map((s) => s.maxConsecutiveErrors))
    },
    intervalMs: config.intervalMs,
    baselineMs: config.baselineMs,
    deployTime,
    clock,
    log: (line) => io.info(line)
  }), inProgress = softly(
    io,
    "deployment status",
    () => deployment?.set("in_progress", "Postflight: verifying the deploy")
  ), { verdict, observations } = await loop;
  await inProgress;
  let assessment = null;
  if (verdict.verdict === "fail" && deps.assess)
    try {
      assessment = await deps.assess(verdict);
    } catch (error) {
      io.warning(`Rollback assessment failed: ${messageOf(error)}`);
    }
  let facts = { ...deps.facts, environment: config.environment, deployTime, dryRun }, markdown = renderVerifyMarkdown(verdict, facts, assessment), report = buildVerifyReport(config, verdict, observations, deployTime, assessment);
  await deps.writeFile(deps.reportPath, JSON.stringify(report, null, 2) + `
`);
  let final = finalVerdict(verdict.verdict, config);
  io.setOutput("verdict", verdict.verdict), io.setOutput("reason", verdict.reason), io.setOutput("report", deps.reportPath), assessment && (io.setOutput("rollback-safety", assessment.verdict), io.setOutput("rollback-target", assessment.target.sha ?? "")), await io.summary(markdown);
  let state = verdict.verdict === "fail" || final === "fail" ? "failure" : "success";
  await softly(
    io,
    "deployment status",
    () => deployment?.set(state, `Postflight: ${verdict.verdict}: ${verdict.reason}`)
  );
  let outcome = {
    verdict,
    assessment,
    report,
    markdown,
    stepFails: final === "fail",
    deployTime,
    facts
  };
  return deps.publish && !dryRun && await deps.publish(outcome), verdict.verdict === "inconclusive" && config.onInconclusive === "neutral" && io.warning(`Verification inconclusive: ${verdict.reason}`), outcome.stepFails && io.setFailed(`Postflight: ${verdict.verdict}: ${verdict.reason}`), outcome;
}
function finalVerdict(verdict, config) {
  return verdict === "fail" ? config.failOnFail ? "fail" : "pass" : verdict === "inconclusive" && config.onInconclusive === "fail" ? "fail" : "pass";
}
async function softly(io, what, action) {
  try {
    await action();
  } catch (error) {
    io.warning(`Could not update the ${what}: ${messageOf(error)}`);
  }
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/jobs/terminal-io.ts
import { appendFile } from "node:fs/promises";
function terminalIO(options) {
  let stream = options.stream ?? process.stderr, secrets = [], mask = (text) => secrets.reduce((t, s) => t.split(s).join("***"), text), write = (prefix, message) => {
    options.quiet || stream.write(`${prefix}${mask(message)}
`);
  }, io = {
    outputs: {},
    failed: null,
    getInput: () => "",
    setOutput(name, value) {
      io.outputs[name] = value;
    },
    setSecret(value) {
      value && secrets.push(value);
    },
    info: (m) => write("", m),
    warning: (m) => write("warning: ", m),
    error: (m) => write("error: ", m),
    async summary(markdown) {
      options.summaryPath && await appendFile(options.summaryPath, mask(markdown) + `
`);
    },
    setFailed(message) {
      io.failed = message, write("error: ", message);
    }
  };
  return io;
}

// src/verify/clock.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms, signal) => new Promise((resolve) => {
    if (signal?.aborted || ms <= 0) return resolve();
    let timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: !0 });
    function done() {
      clearTimeout(timer), signal?.removeEventListener("abort", done), resolve();
    }
  })
};

export {
  verifyJob,
  terminalIO,
  systemClock
};
