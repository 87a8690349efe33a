import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  createJudge,
  stepJudgeSettings
} from "./chunk-JWUIGPKO.js";
import {
  PartialPollError
} from "./chunk-HKY36KTA.js";

// src/verify/loop.ts
var PollStopped = class extends Error {
};
async function runVerification(options) {
  let { sources, settings, clock, deployTime, intervalMs } = options, log = options.log ?? (() => {
  }), specs = sources.flatMap((s) => [...s.signals]), judge = createJudge(settings, specs), observations = [], stop = new AbortController(), end = deployTime + settings.windowMs, deadline = Math.max(end, clock.now()) + intervalMs;
  clock.alarm?.(deadline, stop.signal).then((fired) => {
    fired && stop.abort(
      new PollStopped(
        `no answer by the verification deadline (window ${settings.windowMs / 1e3}s + one ${intervalMs / 1e3}s interval); request aborted`
      )
    );
  });
  let cancel = options.cancel, onCancel = () => stop.abort(new PollStopped(`run cancelled (${describeReason(cancel?.reason)}); request aborted`));
  cancel?.aborted ? onCancel() : cancel?.addEventListener("abort", onCancel, { once: !0 });
  let cancelled = (polls) => {
    let t = Math.max(0, clock.now() - deployTime);
    return {
      verdict: {
        ...judge.finish(t),
        verdict: "inconclusive",
        reason: `cancelled after ${polls} poll${polls === 1 ? "" : "s"} (${describeReason(cancel?.reason)})`,
        decidedAt: t
      },
      observations,
      polls,
      cancelled: { reason: describeReason(cancel?.reason) }
    };
  };
  try {
    return await poll();
  } finally {
    cancel?.removeEventListener("abort", onCancel), stop.abort();
  }
  async function poll() {
    if (specs.some((s) => s.baseline === "pre-deploy") && options.baselineMs > 0) {
      let slices = baselineSlices(deployTime, options.baselineMs, intervalMs), polled = await Promise.all(
        slices.map(
          (w) => pollAll(sources, { ...w, phase: "baseline", signal: stop.signal }, w.to - deployTime)
        )
      );
      if (cancel?.aborted) return cancelled(0);
      for (let baseline of polled) {
        observations.push(baseline);
        let verdict = judge.observe(baseline);
        if (verdict.verdict !== "pending") return { verdict, observations, polls: 0 };
      }
      log(`baseline (${slices.length} slices): ${polled.map(describeObservation).join("; ")}`);
    }
    let from = deployTime, polls = 0;
    for (; ; ) {
      if (!(polls === 0 && clock.now() - deployTime >= intervalMs)) {
        let next = Math.min(
          end,
          deployTime + (Math.floor((clock.now() - deployTime) / intervalMs) + 1) * intervalMs
        );
        await clock.sleep(next - clock.now(), stop.signal);
      }
      if (cancel?.aborted) return cancelled(polls);
      let to = Math.max(clock.now(), from + 1), observation = await pollAll(
        sources,
        { from, to, phase: "observe", signal: stop.signal },
        to - deployTime
      );
      if (cancel?.aborted) return cancelled(polls);
      polls += 1, observations.push(observation), from = to;
      let verdict = judge.observe(observation);
      options.onPoll?.(observation, verdict);
      let baking = verdict.bakeLeftMs !== void 0 ? ` (bake ends in ${Math.ceil(verdict.bakeLeftMs / 1e3)}s)` : "";
      if (log(
        `t+${Math.round((to - deployTime) / 1e3)}s: ${describeObservation(observation)} -> ${verdict.verdict}${baking}`
      ), verdict.verdict !== "pending") return { verdict, observations, polls };
      if (to >= end || stop.signal.aborted)
        return { verdict: judge.finish(Math.max(to, clock.now()) - deployTime), observations, polls };
    }
  }
}
function describeReason(reason) {
  return typeof reason == "string" ? reason : reason instanceof Error ? reason.message : "aborted";
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
  let results = await Promise.allSettled(sources.map((s) => untilStopped(s.poll(window), window.signal))), readings = [], errors = [];
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
function untilStopped(work, signal) {
  return signal.aborted ? Promise.reject(stoppedError(signal)) : new Promise((resolve, reject) => {
    let onAbort = () => reject(stoppedError(signal));
    signal.addEventListener("abort", onAbort, { once: !0 }), work.then(
      (value) => {
        signal.removeEventListener("abort", onAbort), resolve(value);
      },
      (error) => {
        signal.removeEventListener("abort", onAbort), reject(signal.aborted ? stoppedError(signal) : error);
      }
    );
  });
}
function stoppedError(signal) {
  return signal.reason instanceof PollStopped ? signal.reason : new PollStopped("aborted");
}
function describeObservation(o) {
  let parts = o.readings.map((r) => r.kind === "count" ? `${r.signal}[${r.group}] ${r.errors}/${r.total}` : r.kind === "level" ? `${r.signal}[${r.group}] ${r.value}` : `${r.signal} ${r.healthy ? "healthy" : "unhealthy"}`);
  for (let e of o.errors) parts.push(`${e.signal} error: ${e.message}`);
  return parts.join(", ") || "no readings";
}

// src/jobs/verify-report.ts
function buildVerifyReport(config, verdict, observations, deployTime, assessment, cancelled) {
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
    assessment,
    ...cancelled ? { cancelled } : {}
  };
}

// src/jobs/verify.ts
async function verifyJob(deps) {
  let { config, io, clock } = deps, deployTime = config.deployTime ?? clock.now(), deployment = config.dryRun ? null : deps.deployment ?? null;
  io.info(
    `Verifying ${config.environment}: ${deps.sources.length} source(s), window ${config.windowMs / 1e3}s, interval ${config.intervalMs / 1e3}s, alpha ${config.alpha}, tolerance x${config.tolerance}`
  );
  let loop = runVerification({
    sources: deps.sources,
    settings: stepJudgeSettings(config),
    intervalMs: config.intervalMs,
    baselineMs: config.baselineMs,
    deployTime,
    clock,
    log: (line) => io.info(line),
    cancel: deps.cancel
  }), inProgress = softly(
    io,
    "deployment status",
    () => deployment?.set("in_progress", "Postflight: verifying the deploy")
  ), { verdict, observations, polls, cancelled: stopped } = await loop;
  await inProgress;
  let cancelled = stopped ? { reason: stopped.reason, polls } : void 0;
  return concludeVerification(deps, {
    verdict,
    observations,
    deployTime,
    ...cancelled ? { cancelled } : {}
  });
}
async function concludeVerification(deps, { verdict, observations, deployTime, decidedBy = "Postflight", notes = [], cancelled }) {
  let { config, io } = deps, dryRun = config.dryRun, deployment = dryRun ? null : deps.deployment ?? null, assessment = null;
  if (verdict.verdict === "fail" && deps.assess && !cancelled)
    try {
      assessment = await deps.assess(verdict);
    } catch (error) {
      io.warning(`Rollback assessment failed: ${messageOf(error)}`);
    }
  let head = assessment?.head, pr = deps.facts.pr ?? (head ? assessment?.pullRequests?.[head] : void 0), facts = {
    ...deps.facts,
    ...pr !== void 0 ? { pr } : {},
    environment: config.environment,
    deployTime,
    dryRun,
    tolerance: config.tolerance
  }, { renderVerifyMarkdown } = await import("./verify-markdown-KM33HG4S.js"), markdown = renderVerifyMarkdown(verdict, facts, assessment) + notes.map((note) => `
> **Note:** ${note}
`).join(""), report = buildVerifyReport(config, verdict, observations, deployTime, assessment, cancelled);
  await deps.writeFile(deps.reportPath, JSON.stringify(report, null, 2) + `
`);
  let final = finalVerdict(verdict.verdict, config);
  io.setOutput("verdict", verdict.verdict), io.setOutput("reason", verdict.reason), io.setOutput("report", deps.reportPath), assessment && (io.setOutput("rollback-safety", assessment.verdict), io.setOutput("rollback-target", assessment.target.sha ?? "")), await io.summary(markdown);
  let state = cancelled ? "error" : verdict.verdict === "fail" || final === "fail" ? "failure" : "success";
  await softly(
    io,
    "deployment status",
    () => deployment?.set(state, `${decidedBy}: ${verdict.verdict}: ${verdict.reason}`)
  );
  let outcome = {
    verdict,
    assessment,
    report,
    markdown,
    stepFails: final === "fail" || cancelled !== void 0,
    deployTime,
    facts,
    ...cancelled ? { cancelled } : {}
  };
  return deps.publish && !dryRun && !cancelled && await deps.publish(outcome), verdict.verdict === "inconclusive" && config.onInconclusive === "neutral" && !cancelled && io.warning(`Verification inconclusive: ${verdict.reason}`), outcome.stepFails && io.setFailed(`Postflight: ${verdict.verdict}: ${verdict.reason}`), outcome;
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
    mask,
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
  }),
  alarm: (at, signal) => new Promise((resolve) => {
    if (signal.aborted) return resolve(!1);
    let timer, onAbort = () => {
      clearTimeout(timer), resolve(!1);
    }, arm = () => {
      let left = at - Date.now();
      if (left <= 0)
        return signal.removeEventListener("abort", onAbort), resolve(!0);
      timer = setTimeout(arm, Math.min(left, 2147483647));
    };
    signal.addEventListener("abort", onAbort, { once: !0 }), arm();
  })
};

export {
  verifyJob,
  terminalIO,
  systemClock
};
