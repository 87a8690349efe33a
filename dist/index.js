import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  ACTION_INPUTS,
  loadConfig
} from "./chunks/chunk-4WDQEOLF.js";
import {
  ConfigError
} from "./chunks/chunk-HFEFXF2P.js";
import {
  renderVerifyMarkdown
} from "./chunks/chunk-3NWGUEU3.js";
import "./chunks/chunk-XQ45XCVQ.js";
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

// src/sources/types.ts
var SourceError = class extends Error {
  constructor(message, sourceId, status, retryable = !1) {
    super(message);
    this.sourceId = sourceId;
    this.status = status;
    this.retryable = retryable;
    this.name = "SourceError";
  }
  sourceId;
  status;
  retryable;
}, PartialPollError = class extends SourceError {
  constructor(sourceId, readings, failures) {
    super(failures.map((f) => f.message).join("; "), sourceId);
    this.readings = readings;
    this.failures = failures;
    this.name = "PartialPollError";
  }
  readings;
  failures;
};

// src/verdict/math.ts
function logMixture(logValues, weights) {
  let max = -1 / 0;
  for (let v of logValues) v > max && (max = v);
  if (max === -1 / 0) return -1 / 0;
  if (max === 1 / 0) return 1 / 0;
  let sum2 = 0;
  return logValues.forEach((v, k) => {
    sum2 += (weights[k] ?? 0) * Math.exp(v - max);
  }), max + Math.log(sum2);
}
function xlogy(x, y) {
  return x === 0 ? 0 : x * Math.log(y);
}
function binomialLogLik(errors, total, p) {
  return xlogy(errors, p) + xlogy(total - errors, 1 - p);
}
function pearsonDispersion(intervals) {
  let used = intervals.filter((c) => c.total > 0), errors = used.reduce((s, c) => s + c.errors, 0), total = used.reduce((s, c) => s + c.total, 0);
  if (used.length < 2 || total <= 0) return { chi2: 0, df: 0 };
  let p = errors / total;
  if (p <= 0 || p >= 1) return { chi2: 0, df: used.length - 1 };
  let chi2 = 0;
  for (let c of used) {
    let expected = c.total * p;
    chi2 += (c.errors - expected) ** 2 / (expected * (1 - p));
  }
  return { chi2, df: used.length - 1 };
}

// src/verdict/sequential.ts
var FAIL_GRID = [
  { factor: 1.25, weight: 0.06 },
  { factor: 1.5, weight: 0.16 },
  { factor: 1.75, weight: 0.2 },
  { factor: 2, weight: 0.2 },
  { factor: 2.5, weight: 0.16 },
  { factor: 3.5, weight: 0.1 },
  { factor: 5, weight: 0.07 },
  { factor: 10, weight: 0.05 }
], PASS_GRID = [
  { factor: 0.8, weight: 0.15 },
  { factor: 0.65, weight: 0.2 },
  { factor: 0.5, weight: 0.25 },
  { factor: 0.35, weight: 0.2 },
  { factor: 0.2, weight: 0.12 },
  { factor: 0.05, weight: 0.08 }
], DISPERSION_PRIOR_DF = 2, DISPERSION_PER_ERROR = 0.015, DISPERSION_MARGIN = 1, MAX_RATE = 1 - 1e-9;
function createCountTest(options) {
  validate(options);
  let { mode, alpha, minErrors } = options, r0 = mode === "absolute" ? 1 : options.tolerance, passRatio = mode === "absolute" ? 1 : options.passRatio, failRatios = FAIL_GRID.map((g) => r0 * g.factor), passRatios = PASS_GRID.map((g) => passRatio * g.factor), failWeights = normalised(FAIL_GRID.map((g) => g.weight)), passWeights = normalised(PASS_GRID.map((g) => g.weight)), baselineCells = [], canaryCells = [], concurrentCells = [], steps = [], dispersion = { chi2: 0, df: 0 }, record = (expected, fail, pass) => {
    steps.push({ phi: dispersionOf(dispersion, expected), expected, fail, pass });
  }, rawFail = failRatios.map(() => 0), rawPass = passRatios.map(() => 0), reference = mode === "absolute" ? options.maxErrorRate ?? null : null, frozen = mode !== "pre-deploy", blocked = null, failed = !1, passed = !1, baselineDispersion = { chi2: 0, df: 0 }, cached = null, canaryTotal = { errors: 0, total: 0 }, baselineTotal = { errors: 0, total: 0 };
  function freezeBaseline() {
    if (frozen = !0, baselineTotal.total <= 0) {
      blocked = "no pre-deploy baseline traffic to compare with";
      return;
    }
    baselineDispersion = pearsonDispersion(baselineCells), dispersion = baselineDispersion;
  }
  function addBaseline(cell) {
    if (frozen) throw new Error("count test: baseline counts must come before the first canary interval");
    checkCell(cell, "baseline"), baselineCells.push(cell), cached = null, baselineTotal.errors += cell.errors, baselineTotal.total += cell.total;
  }
  function addInterval(interval) {
    frozen || freezeBaseline(), checkCell(interval.canary, "canary"), interval.baseline && checkCell(interval.baseline, "baseline");
    let { canary } = interval;
    if (canaryTotal.errors += canary.errors, canaryTotal.total += canary.total, mode === "concurrent") {
      let base = interval.baseline ?? { errors: 0, total: 0 };
      baselineTotal.errors += base.errors, baselineTotal.total += base.total;
      let cell = { c: canary.errors, b: base.errors, nc: canary.total, nb: base.total };
      if (cell.nc > 0 && cell.nb > 0 && cell.c + cell.b > 0) {
        concurrentCells.push(cell);
        let atR0 = splitLogLik(cell, r0), atPass = splitLogLik(cell, passRatio);
        record(
          cell.c + cell.b,
          failRatios.map((rho) => splitLogLik(cell, rho) - atR0),
          passRatios.map((rho) => splitLogLik(cell, rho) - atPass)
        ), dispersion = splitDispersion(concurrentCells);
      }
    } else if (mode === "pre-deploy" && blocked === null) {
      canaryCells.push(canary);
      let B = baselineTotal, C = canaryTotal, atR0 = predictiveLogLik(B, C, r0), nextFail = failRatios.map((rho) => predictiveLogLik(B, C, rho) - atR0), atPass = predictiveLogLik(B, C, passRatio), nextPass = passRatios.map((rho) => predictiveLogLik(B, C, rho) - atPass);
      record(
        canary.total * B.errors / B.total,
        nextFail.map((v, k) => v - rawFail[k]),
        nextPass.map((v, k) => v - rawPass[k])
      ), [rawFail, rawPass] = [nextFail, nextPass];
      let can = pearsonDispersion(canaryCells);
      dispersion = { chi2: baselineDispersion.chi2 + can.chi2, df: baselineDispersion.df + can.df };
    } else if (mode === "absolute" && reference !== null) {
      canaryCells.push(canary);
      let p0 = Math.min(MAX_RATE, reference), atP0 = binomialLogLik(canary.errors, canary.total, p0), logRatio = (rho) => binomialLogLik(canary.errors, canary.total, Math.min(MAX_RATE, rho * reference)) - atP0;
      record(canary.total * reference, failRatios.map(logRatio), passRatios.map(logRatio)), dispersion = pearsonDispersion(canaryCells);
    }
    return cached = null, status();
  }
  function status() {
    return cached ??= computeStatus(), cached;
  }
  function computeStatus() {
    let llFail = failRatios.map(() => 0), llPass = passRatios.map(() => 0);
    for (let step of steps) {
      let temper = Math.max(step.phi, dispersionOf(dispersion, step.expected));
      step.fail.forEach((v, k) => llFail[k] += v / temper), step.pass.forEach((v, k) => llPass[k] += v / temper);
    }
    let eFail = Math.exp(logMixture(llFail, failWeights)), ePass = Math.exp(logMixture(llPass, passWeights)), failThreshold = 1 / alpha, passThreshold = 1 / alpha;
    blocked === null && !failed && (eFail >= failThreshold && canaryTotal.errors >= minErrors ? failed = !0 : ePass >= passThreshold && (passed = !0));
    let now = failed ? "fail" : passed ? "pass" : null, refRate = mode === "absolute" ? reference : rateOf(baselineTotal), canaryRate = rateOf(canaryTotal);
    return {
      decision: now,
      blocked,
      eFail,
      failThreshold,
      ePass,
      passThreshold,
      failAlpha: alpha,
      phi: dispersionOf(dispersion, steps.at(-1)?.expected ?? 0),
      tolerance: r0,
      canary: { ...canaryTotal },
      baseline: { ...baselineTotal },
      referenceRate: refRate,
      passReferenceRate: refRate,
      ratio: refRate !== null && refRate > 0 && canaryRate !== null ? canaryRate / refRate : null
    };
  }
  return { addBaseline, addInterval, status };
}
function predictiveLogLik(baseline, canary, rho) {
  return canary.total <= 0 ? 0 : splitLogLik({ c: canary.errors, b: baseline.errors, nc: canary.total, nb: baseline.total }, rho);
}
function splitLogLik(cell, rho) {
  return xlogy(cell.c, rho * cell.nc) - (cell.c + cell.b) * Math.log(rho * cell.nc + cell.nb) + xlogy(cell.b, cell.nb);
}
function splitDispersion(cells) {
  let C = cells.reduce((s, x) => s + x.c, 0), B = cells.reduce((s, x) => s + x.b, 0), NC = cells.reduce((s, x) => s + x.nc, 0), NB = cells.reduce((s, x) => s + x.nb, 0);
  if (cells.length < 2 || C === 0 || B === 0) return { chi2: 0, df: Math.max(0, cells.length - 1) };
  let rho = C / NC / (B / NB), chi2 = 0;
  for (let x of cells) {
    let m = x.c + x.b, p = rho * x.nc / (rho * x.nc + x.nb);
    chi2 += (x.c - m * p) ** 2 / (m * p * (1 - p));
  }
  return { chi2, df: cells.length - 1 };
}
function dispersionOf({ chi2, df }, expectedErrors) {
  let prior = 1 + DISPERSION_PER_ERROR * expectedErrors, estimate = (chi2 + DISPERSION_PRIOR_DF * prior) / (df + DISPERSION_PRIOR_DF);
  return 1 + Math.max(0, estimate - 1) * (1 + DISPERSION_MARGIN / Math.sqrt(df + DISPERSION_PRIOR_DF));
}
function normalised(weights) {
  let sum2 = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / sum2);
}
function rateOf(cell) {
  return cell.total > 0 ? cell.errors / cell.total : null;
}
function checkCell(cell, what) {
  let { errors, total } = cell;
  if (!Number.isFinite(errors) || !Number.isFinite(total) || errors < 0 || total < 0 || errors > total)
    throw new Error(
      `count test: ${what} counts must be finite with 0 <= errors <= total, got errors=${errors} total=${total}`
    );
}
function validate(o) {
  if (!(o.alpha > 0 && o.alpha < 1)) throw new Error(`count test: alpha must be in (0, 1), got ${o.alpha}`);
  if (!(o.tolerance >= 1)) throw new Error(`count test: tolerance must be >= 1, got ${o.tolerance}`);
  if (!(o.passRatio > 0)) throw new Error(`count test: passRatio must be > 0, got ${o.passRatio}`);
  if (o.mode === "absolute" && !(o.maxErrorRate !== void 0 && o.maxErrorRate > 0 && o.maxErrorRate < 1))
    throw new Error(`count test: absolute mode needs maxErrorRate in (0, 1), got ${o.maxErrorRate}`);
  if (o.baselineSpend !== void 0 && !(o.baselineSpend > 0 && o.baselineSpend < 1))
    throw new Error(`count test: baselineSpend must be in (0, 1), got ${o.baselineSpend}`);
}

// src/verdict/guardrails.ts
function createLevelGuard(rule) {
  if (!(rule.breachPolls >= 1))
    throw new Error(`level guardrail: breachPolls must be >= 1, got ${rule.breachPolls}`);
  let consecutive = 0, polls = 0, clean = 0, last = null, breach = null, decision = null;
  function observe(value, baseline) {
    if (!Number.isFinite(value))
      throw new Error(`level guardrail: value must be a finite number, got ${value}`);
    return polls += 1, last = value, breach = breachOf(rule, value, baseline), breach ? consecutive += 1 : (consecutive = 0, clean += 1), decision === null && consecutive >= rule.breachPolls && (decision = "fail"), status();
  }
  function status() {
    return {
      decision,
      readyToPass: decision === null && consecutive === 0 && clean >= rule.passPolls,
      consecutiveBreaches: consecutive,
      polls,
      cleanPolls: clean,
      last,
      breach
    };
  }
  return { observe, status };
}
function breachOf(rule, value, baseline) {
  return rule.max !== void 0 && value > rule.max ? `above max ${fmt(rule.max)}` : rule.min !== void 0 && value < rule.min ? `below min ${fmt(rule.min)}` : rule.maxRatio !== void 0 && baseline !== null && baseline > 0 && value > rule.maxRatio * baseline ? `above x${fmt(rule.maxRatio)} the baseline ${fmt(baseline)}` : null;
}
function createHealthGuard(rule) {
  if (!(rule.failAfter >= 1))
    throw new Error(`health guardrail: failAfter must be >= 1, got ${rule.failAfter}`);
  let consecutive = 0, checks = 0, failures = 0, healthyChecks = 0, lastDetail = "", decision = null;
  function observe(healthy, detail) {
    return checks += 1, lastDetail = detail, healthy ? (consecutive = 0, healthyChecks += 1) : (consecutive += 1, failures += 1), decision === null && consecutive >= rule.failAfter && (decision = "fail"), status();
  }
  function status() {
    return {
      decision,
      readyToPass: decision === null && consecutive === 0 && healthyChecks >= rule.passChecks,
      consecutiveFailures: consecutive,
      checks,
      failures,
      healthyChecks,
      lastDetail
    };
  }
  return { observe, status };
}
function fmt(n) {
  return Number.isInteger(n) ? String(n) : n.toPrecision(3).replace(/\.?0+$/, "");
}

// src/verdict/words.ts
function percent(rate2) {
  return rate2 === null || !Number.isFinite(rate2) ? "n/a" : rate2 === 0 ? "0%" : `${significant(rate2 * 100)}%`;
}
function significant(n) {
  if (!Number.isFinite(n)) return n > 0 ? "inf" : String(n);
  if (n === 0) return "0";
  let abs = Math.abs(n);
  if (abs >= 1e6 || abs < 1e-4) return n.toExponential(2);
  if (abs >= 1e3) return String(Math.round(n));
  let scale = Math.pow(10, 2 - Math.floor(Math.log10(abs)));
  return String(Math.round(n * scale) / scale);
}
function duration(ms) {
  let totalSeconds = Math.max(0, Math.round(ms / 1e3)), m = Math.floor(totalSeconds / 60), s = totalSeconds % 60;
  return m === 0 ? `${s} s` : s === 0 ? `${m} m` : `${m} m ${s} s`;
}

// src/verdict/judge.ts
var DEFAULT_PASS_RATIO = 2, DEFAULT_BREACH_POLLS = 2, DEFAULT_PASS_CHECKS = 3, DEFAULT_FAIL_AFTER = 3;
function createJudge(settings, specs) {
  validateSettings(settings);
  let ids = /* @__PURE__ */ new Set();
  for (let spec of specs) {
    if (ids.has(spec.id)) throw new Error(`judge: signal id '${spec.id}' appears twice; ids must be unique`);
    ids.add(spec.id);
  }
  let countSignals = specs.filter((s) => s.kind === "count").length, alphaShare = countSignals > 0 ? settings.alpha / countSignals : settings.alpha, states = specs.map((spec) => initialState(spec, settings, alphaShare)), final = null;
  function observe(obs) {
    if (final) return final;
    if (!Number.isFinite(obs.t))
      throw new Error(`judge: observation time must be a finite number of ms, got ${obs.t}`);
    for (let state of states) {
      let readings = obs.readings.filter((r) => r.signal === state.spec.id), error = obs.errors.find((e) => e.signal === state.spec.id);
      obs.t <= 0 ? feedBaseline(state, readings, error?.message ?? null, obs.t) : state.ended || feedPoll(state, readings, error?.message ?? null, obs.t);
    }
    let verdict = overall(states, obs.t, !1);
    if (verdict.verdict !== "pending") final = verdict;
    else if (obs.t >= settings.windowMs) return finish(obs.t);
    return verdict;
  }
  function finish(t) {
    if (final) return final;
    for (let state of states) state.ended || (state.ended = closeAtWindowEnd(state, t));
    return final = overall(states, t, !0), final;
  }
  return { observe, finish };
}
function initialState(spec, settings, alphaShare) {
  let base = {
    spec,
    alpha: void 0,
    passRatio: Math.max(settings.passRatio ?? DEFAULT_PASS_RATIO, settings.tolerance),
    maxErrors: spec.maxConsecutiveErrors ?? settings.maxConsecutiveErrors,
    passChecks: Math.max(1, settings.passChecks ?? DEFAULT_PASS_CHECKS),
    consecutiveErrors: 0,
    sourceErrors: 0,
    lastError: null,
    ended: null,
    series: []
  };
  if (spec.kind === "count") {
    let mode = countMode(spec), test = createCountTest({
      mode,
      alpha: alphaShare,
      tolerance: settings.tolerance,
      passRatio: base.passRatio,
      minErrors: settings.minErrors,
      ...spec.maxErrorRate !== void 0 ? { maxErrorRate: spec.maxErrorRate } : {}
    });
    return { ...base, alpha: alphaShare, count: { test, mode, baselineError: null } };
  }
  if (spec.kind === "level") {
    if (spec.max === void 0 && spec.min === void 0 && spec.maxRatio === void 0)
      throw new Error(`judge: level signal '${spec.id}' needs at least one of max, min or maxRatio`);
    let guard = createLevelGuard({
      ...spec.max !== void 0 ? { max: spec.max } : {},
      ...spec.min !== void 0 ? { min: spec.min } : {},
      ...spec.maxRatio !== void 0 ? { maxRatio: spec.maxRatio } : {},
      breachPolls: settings.breachPolls ?? DEFAULT_BREACH_POLLS,
      passPolls: base.passChecks
    });
    return { ...base, level: { guard, baselineValues: [], lastBaseline: null } };
  }
  let failAfter = spec.failAfter ?? DEFAULT_FAIL_AFTER, health = createHealthGuard({ failAfter, passChecks: base.passChecks });
  return { ...base, health };
}
function countMode(spec) {
  if (spec.baseline === "concurrent") return "concurrent";
  if (spec.baseline === "absolute") {
    if (spec.maxErrorRate === void 0)
      throw new Error(`judge: count signal '${spec.id}' has an absolute baseline but no maxErrorRate`);
    return "absolute";
  }
  if (spec.baseline === "pre-deploy") return "pre-deploy";
  if (spec.maxErrorRate !== void 0) return "absolute";
  throw new Error(
    `judge: count signal '${spec.id}' has baseline 'none' and no maxErrorRate; nothing to compare with`
  );
}
function feedBaseline(state, readings, error, t) {
  error && state.count?.mode === "pre-deploy" && (state.count.baselineError = error);
  for (let r of readings)
    r.kind === "count" && state.count?.mode === "pre-deploy" ? (state.count.test.addBaseline({ errors: r.errors, total: r.total }), r.total > 0 && state.series.push({ t, value: r.errors / r.total, group: "baseline" })) : r.kind === "level" && state.level && state.level.baselineValues.push(r.value);
}
function feedPoll(state, readings, error, t) {
  let { spec } = state;
  if (error !== null) {
    if (state.sourceErrors += 1, state.consecutiveErrors += 1, state.lastError = error, state.consecutiveErrors >= state.maxErrors) {
      let onError = spec.onError ?? "inconclusive";
      state.ended = {
        verdict: onError,
        reason: `${spec.id}: source failed ${state.consecutiveErrors} polls in a row (last: ${error}); ended as ${onError}`,
        decidedAt: t
      };
    }
    return;
  }
  readings.length !== 0 && (state.consecutiveErrors = 0, state.count ? feedCount(state, readings, t) : state.level ? feedLevel(state, readings, t) : state.health && feedHealth(state, readings, t));
}
function sumCounts(readings, group) {
  let mine = readings.filter(
    (r) => r.kind === "count" && r.group === group
  );
  if (mine.length !== 0)
    return { errors: mine.reduce((s, r) => s + r.errors, 0), total: mine.reduce((s, r) => s + r.total, 0) };
}
function feedCount(state, readings, t) {
  let count = state.count, canary = sumCounts(readings, "canary");
  if (!canary) return;
  let baseline = count.mode === "concurrent" ? sumCounts(readings, "baseline") : void 0, status = count.test.addInterval({ canary, ...baseline ? { baseline } : {} });
  if (canary.total > 0 && state.series.push({ t, value: canary.errors / canary.total, group: "canary" }), baseline && baseline.total > 0 && state.series.push({ t, value: baseline.errors / baseline.total, group: "baseline" }), status.blocked) {
    let why = count.baselineError ? `${status.blocked} (baseline query failed: ${count.baselineError})` : status.blocked;
    state.ended = { verdict: "inconclusive", reason: `${state.spec.id}: ${why}`, decidedAt: t };
  } else status.decision === "fail" && (state.ended = { verdict: "fail", reason: countReason(state, status, t), decidedAt: t });
}
function feedLevel(state, readings, t) {
  let level = state.level, canary = readings.find((r) => r.kind === "level" && r.group === "canary");
  if (!canary || canary.kind !== "level") return;
  let concurrent = readings.find((r) => r.kind === "level" && r.group === "baseline"), baselineLevel = concurrent && concurrent.kind === "level" ? concurrent.value : level.baselineValues.length ? mean(level.baselineValues) : null;
  level.lastBaseline = baselineLevel;
  let status = level.guard.observe(canary.value, baselineLevel);
  state.series.push({ t, value: canary.value, group: "canary" }), concurrent && concurrent.kind === "level" && state.series.push({ t, value: concurrent.value, group: "baseline" }), status.decision === "fail" && (state.ended = {
    verdict: "fail",
    reason: `${state.spec.id} ${significant(canary.value)}${unit(state.spec)} ${status.breach} for ${status.consecutiveBreaches} polls in a row after ${duration(t)}`,
    decidedAt: t
  });
}
function feedHealth(state, readings, t) {
  for (let r of readings) {
    if (r.kind !== "health") continue;
    let status = state.health.observe(r.healthy, r.detail);
    state.series.push({ t, value: r.healthy ? 1 : 0, group: "canary" }), status.decision === "fail" && !state.ended && (state.ended = {
      verdict: "fail",
      reason: `${state.spec.id} unhealthy ${status.consecutiveFailures} checks in a row (${r.detail}) after ${duration(t)}`,
      decidedAt: t
    });
  }
}
function readyToPass(state) {
  return state.ended ? state.ended.verdict === "pass" : state.count ? state.count.test.status().decision === "pass" : state.level ? state.level.guard.status().readyToPass : state.health.status().readyToPass;
}
function closeAtWindowEnd(state, t) {
  let { spec } = state;
  if (state.count) {
    let status2 = state.count.test.status();
    if (status2.canary.total === 0) {
      let why2 = state.sourceErrors > 0 ? `no traffic observed (${state.sourceErrors} source errors)` : "no traffic observed";
      return { verdict: "inconclusive", reason: `${spec.id}: ${why2} in ${duration(t)}`, decidedAt: t };
    }
    return status2.decision === "pass" ? { verdict: "pass", reason: countReason(state, status2, t), decidedAt: t } : state.count.mode === "concurrent" && status2.baseline.total === 0 ? {
      verdict: "inconclusive",
      reason: `${spec.id}: no baseline-group traffic to compare with in ${duration(t)}`,
      decidedAt: t
    } : state.count.mode === "absolute" && status2.canary.total >= state.passChecks && rate(status2.canary) <= (status2.referenceRate ?? 0) ? {
      verdict: "pass",
      reason: `${spec.id} error rate ${percent(rate(status2.canary))} (${status2.canary.errors}/${status2.canary.total}) within the acceptable ${percent(status2.referenceRate)} over ${duration(t)}`,
      decidedAt: t
    } : { verdict: "inconclusive", reason: countReason(state, status2, t), decidedAt: t };
  }
  if (state.level) {
    let status2 = state.level.guard.status();
    if (status2.readyToPass)
      return {
        verdict: "pass",
        reason: `${spec.id} within bounds on ${status2.cleanPolls} of ${status2.polls} polls (last ${significant(status2.last)}${unit(spec)})`,
        decidedAt: t
      };
    let why2 = status2.polls === 0 ? "no data" : status2.breach ? `last value ${significant(status2.last)}${unit(spec)} ${status2.breach}` : `only ${status2.cleanPolls} clean polls, ${state.passChecks} needed`;
    return { verdict: "inconclusive", reason: `${spec.id}: ${why2} in ${duration(t)}`, decidedAt: t };
  }
  let status = state.health.status();
  if (status.readyToPass)
    return {
      verdict: "pass",
      reason: `${spec.id} healthy on ${status.healthyChecks} of ${status.checks} checks`,
      decidedAt: t
    };
  let why = status.checks === 0 ? "no health checks completed" : `${status.healthyChecks} healthy of ${status.checks} checks, last: ${status.lastDetail}`;
  return { verdict: "inconclusive", reason: `${spec.id}: ${why} in ${duration(t)}`, decidedAt: t };
}
function overall(states, t, atEnd) {
  let failed = states.filter((s) => s.ended?.verdict === "fail").sort((a, b) => a.ended.decidedAt - b.ended.decidedAt), criticalFail = failed.find((s) => s.spec.critical), open = states.filter((s) => !s.ended), allReady = states.length > 0 && states.every(readyToPass), verdict = "pending", decisive;
  criticalFail ? [verdict, decisive] = ["fail", criticalFail] : failed.length > 0 && (atEnd || open.every(readyToPass)) ? [verdict, decisive] = ["fail", failed[0]] : allReady ? verdict = "pass" : (atEnd || open.length === 0) && (verdict = states.length === 0 ? "inconclusive" : states.every((s) => s.ended?.verdict === "pass") ? "pass" : "inconclusive", decisive = states.find((s) => s.ended?.verdict !== "pass"));
  let signals = states.map((s) => evidence(s, verdict === "pass", t));
  return {
    verdict,
    reason: overallReason(verdict, decisive, signals),
    decidedAt: verdict === "pending" ? null : t,
    signals
  };
}
function overallReason(verdict, decisive, signals) {
  return signals.length === 0 ? "no signals configured: nothing to judge" : verdict === "pending" ? `watching ${signals.filter((s) => s.verdict === "pending").length} of ${signals.length} signals` : verdict === "pass" ? `all ${signals.length} signals passed: ${signals.map((s) => s.reason).join("; ")}` : (decisive ? signals.find((s) => s.id === decisive.spec.id)?.reason : void 0) ?? `${verdict}`;
}
function evidence(state, overallPass, t) {
  let { spec } = state, verdict = state.ended?.verdict ?? "pending", reason = state.ended?.reason ?? "", decidedAt = state.ended?.decidedAt ?? null;
  !state.ended && overallPass && ([verdict, reason, decidedAt] = ["pass", closeAtWindowEnd(state, t).reason, t]);
  let out = {
    id: spec.id,
    kind: spec.kind,
    critical: spec.critical,
    verdict,
    reason,
    decidedAt,
    sourceErrors: state.sourceErrors,
    series: state.series
  };
  if (state.count) {
    let s = state.count.test.status();
    reason || (out.reason = t <= 0 ? `${spec.id}: collecting the baseline` : countReason(state, s, t)), out.canary = { ...s.canary, rate: rate(s.canary) }, out.baseline = { ...s.baseline, rate: s.referenceRate ?? rate(s.baseline), source: spec.baseline };
    let showPass = verdict === "pass";
    out.statistic = showPass ? s.ePass : s.eFail, out.threshold = showPass ? s.passThreshold : s.failThreshold, state.alpha !== void 0 && (out.alpha = state.alpha);
  } else if (state.level) {
    let s = state.level.guard.status();
    out.level = {
      value: s.last ?? NaN,
      ...state.level.lastBaseline !== null ? { baseline: state.level.lastBaseline } : {},
      ...spec.max !== void 0 ? { max: spec.max } : {},
      ...spec.min !== void 0 ? { min: spec.min } : {},
      ...spec.unit !== void 0 ? { unit: spec.unit } : {}
    }, reason || (out.reason = s.polls === 0 ? `${spec.id}: no data yet` : `${spec.id} ${significant(s.last)}${unit(spec)}${s.breach ? ` ${s.breach}` : " within bounds"}`);
  } else if (state.health) {
    let s = state.health.status();
    out.health = {
      consecutiveFailures: s.consecutiveFailures,
      checks: s.checks,
      failures: s.failures,
      lastDetail: s.lastDetail
    }, reason || (out.reason = `${spec.id}: ${s.healthyChecks} healthy of ${s.checks} checks`);
  }
  return state.lastError && !reason && (out.reason = `${spec.id}: last poll failed (${state.lastError})`), out;
}
function countReason(state, s, t) {
  let { spec } = state, mode = state.count.mode, canaryRate = rate(s.canary), ref = mode === "absolute" ? `acceptable ${percent(s.referenceRate)}` : mode === "pre-deploy" ? `pre-deploy baseline ${percent(s.referenceRate)} (${s.baseline.errors}/${s.baseline.total})` : `baseline ${percent(s.referenceRate)}`, ratio = s.ratio !== null ? `x${significant(s.ratio)}, ` : "", tolerance = mode === "absolute" ? "" : `tolerance x${significant(s.tolerance)}`, head = `${spec.id} error rate ${percent(canaryRate)} (${s.canary.errors}/${s.canary.total}) vs ${ref} (${ratio}${tolerance || "limit"})`, dispersion = s.phi > 1.05 ? `, dispersion x${significant(s.phi)}` : "", alpha = `alpha ${significant(state.alpha)}`;
  if (s.decision === "fail")
    return `${head}; e-value ${significant(s.eFail)} >= ${significant(s.failThreshold)} (${alpha}${dispersion}) after ${duration(t)}`;
  if (s.decision === "pass") {
    let below = mode === "absolute" ? "the acceptable rate" : `x${significant(state.passRatio)} the baseline`;
    return `${head}; pass e-value ${significant(s.ePass)} >= ${significant(s.passThreshold)}: confidently below ${below} (${alpha}${dispersion}) after ${duration(t)}`;
  }
  let minNote = s.eFail >= s.failThreshold ? `, but only ${s.canary.errors} errors (fewer than min-errors)` : "";
  return `${head}; e-value ${significant(s.eFail)} < ${significant(s.failThreshold)}${minNote}, pass e-value ${significant(s.ePass)} < ${significant(s.passThreshold)} (${alpha}${dispersion}): not enough evidence either way after ${duration(t)}`;
}
function rate(cell) {
  return cell.total > 0 ? cell.errors / cell.total : 0;
}
function mean(values) {
  return values.reduce((s, v) => s + v, 0) / values.length;
}
function unit(spec) {
  return spec.unit ? ` ${spec.unit}` : "";
}
function validateSettings(s) {
  let bad = (key, expected, got) => new Error(`judge settings: ${key} must be ${expected}, got ${String(got)}`);
  if (!(s.alpha > 0 && s.alpha < 1)) throw bad("alpha", "in (0, 1)", s.alpha);
  if (!(s.tolerance >= 1)) throw bad("tolerance", ">= 1", s.tolerance);
  if (!(s.windowMs > 0)) throw bad("windowMs", "> 0", s.windowMs);
  if (!(s.minErrors >= 0)) throw bad("minErrors", ">= 0", s.minErrors);
  if (!(s.maxConsecutiveErrors >= 1)) throw bad("maxConsecutiveErrors", ">= 1", s.maxConsecutiveErrors);
  if (s.passRatio !== void 0 && !(s.passRatio > 1)) throw bad("passRatio", "> 1", s.passRatio);
}

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

// src/sources/deps.ts
function registerSecrets(deps, secrets) {
  let present = [...new Set(secrets.filter((s) => typeof s == "string" && s.length > 0))];
  for (let secret of present) deps.maskSecret?.(secret);
  return present;
}

// src/sources/transport/request.ts
import { setTimeout as delay } from "node:timers/promises";

// src/sources/transport/redact.ts
var SECRET_PARAM = /(token|key|secret|password|passwd|pwd|auth|signature|sig|credential|session|code)/i, SECRET_HEADER = /(authorization|token|key|secret|password|cookie|credential|session|signature)/i;
function redactUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return url.replace(/\/\/[^/@?#]*@/, "//***@").replace(/\?.*$/, "?***");
  }
  (parsed.username || parsed.password) && (parsed.username = "***", parsed.password = "");
  for (let name of [...new Set(parsed.searchParams.keys())])
    SECRET_PARAM.test(name) && parsed.searchParams.set(name, "***");
  return parsed.toString().replaceAll("%2A%2A%2A", "***");
}
function isSecretHeader(name) {
  return SECRET_HEADER.test(name);
}
function scrubSecrets(text, secrets) {
  let out = text;
  for (let secret of [...secrets].sort((a, b) => b.length - a.length))
    secret.length >= 4 && (out = out.split(secret).join("***"));
  return out;
}
function secretsInUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return [];
  }
  let found = [];
  parsed.password && found.push(decodeURIComponent(parsed.password), parsed.password);
  for (let [name, value] of parsed.searchParams) SECRET_PARAM.test(name) && value && found.push(value);
  return [...new Set(found)];
}

// src/sources/transport/proxy.ts
function pick(env, name) {
  let value = env[name] ?? env[name.toLowerCase()];
  return value && value.trim() !== "" ? value.trim() : void 0;
}
function proxySettings(env) {
  let httpProxy = pick(env, "HTTP_PROXY"), httpsProxy = pick(env, "HTTPS_PROXY");
  if (!(!httpProxy && !httpsProxy))
    return {
      httpProxy: httpProxy ?? "",
      httpsProxy: httpsProxy ?? httpProxy ?? "",
      noProxy: pick(env, "NO_PROXY") ?? ""
    };
}
function proxyEnvFor(env) {
  let settings = proxySettings(env);
  if (!settings) return;
  let proxyEnv = {};
  return settings.httpProxy && (proxyEnv.HTTP_PROXY = settings.httpProxy), settings.httpsProxy && (proxyEnv.HTTPS_PROXY = settings.httpsProxy), settings.noProxy && (proxyEnv.NO_PROXY = settings.noProxy), proxyEnv;
}

// src/sources/transport/transport.ts
var ResponseTooLargeError = class extends Error {
  constructor(limit) {
    super(`response larger than ${limit} bytes`);
    this.limit = limit;
    this.name = "ResponseTooLargeError";
  }
  limit;
}, DEFAULT_HEADERS = {
  "accept-encoding": "gzip, deflate, br",
  "user-agent": "postflight"
}, UnusableAnswerError = class extends Error {
  constructor(message) {
    super(message), this.name = "UnusableAnswerError";
  }
}, MAX_REDIRECTS = 20;
function crossOriginStripped(name) {
  let lower = name.toLowerCase();
  return lower === "authorization" || lower === "cookie" || lower === "proxy-authorization" || isSecretHeader(name);
}
var nodeTransport = async (request2) => {
  let url = new URL(request2.url), method = request2.method, body = request2.body, headers = { ...request2.headers };
  for (let redirects = 0; ; redirects++) {
    let answer = await exchange({ url, method, headers, body }, request2), location = answer.headers.get("location");
    if (!isRedirect(answer.status) || location === null) return answer;
    if (redirects >= MAX_REDIRECTS) throw new UnusableAnswerError(`more than ${MAX_REDIRECTS} redirects`);
    let next = new URL(location, url);
    if (next.protocol !== "http:" && next.protocol !== "https:")
      throw new UnusableAnswerError(`redirect to an unsupported scheme (${next.protocol})`);
    (answer.status === 303 || (answer.status === 301 || answer.status === 302) && method === "POST") && (method !== "HEAD" && (method = "GET"), body = void 0, headers = withoutHeaders(headers, (name) => name === "content-type" || name === "content-length")), next.origin !== url.origin && (headers = withoutHeaders(headers, crossOriginStripped)), url = next;
  }
};
function isRedirect(status) {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}
function withoutHeaders(headers, dropped) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !dropped(name.toLowerCase())));
}
async function exchange(hop, request2) {
  try {
    return await exchangeOnce(hop, request2, !0);
  } catch (error) {
    if (!(error instanceof StaleSocketError) || request2.signal.aborted) throw error;
    return exchangeOnce(hop, request2, !1);
  }
}
var StaleSocketError = class extends Error {
  constructor(cause) {
    super("kept-alive socket closed by the server");
    this.cause = cause;
  }
  cause;
};
function exchangeOnce({ url, method, headers, body }, request2, pooled) {
  let secure = url.protocol === "https:";
  if (!secure && url.protocol !== "http:")
    return Promise.reject(
      new UnusableAnswerError(`unsupported URL scheme ${url.protocol} (expected http: or https:)`)
    );
  let client = builtin(secure ? "node:https" : "node:http"), given = new Set(Object.keys(headers).map((name) => name.toLowerCase())), defaults = Object.entries(DEFAULT_HEADERS).filter(([name]) => !given.has(name)), sendHeaders = { ...Object.fromEntries(defaults), ...headers };
  return body !== void 0 && !given.has("content-length") && (sendHeaders["content-length"] = String(Buffer.byteLength(body))), new Promise((resolve, reject) => {
    let req = client.request(url, {
      method,
      headers: sendHeaders,
      agent: pooled ? agentFor(secure, request2.env) : newAgent(secure, request2.env, !1),
      signal: request2.signal
    }), answered = !1;
    req.on(
      "error",
      (error) => reject(pooled && !answered && req.reusedSocket && isReset(error) ? new StaleSocketError(error) : error)
    ), req.on("response", (response) => {
      answered = !0, readResponse(response, method, request2.maxResponseBytes).then(resolve, (error) => {
        response.destroy(), reject(error);
      });
    }), req.end(body);
  });
}
function isReset(error) {
  let code = error.code;
  return code === "ECONNRESET" || code === "EPIPE";
}
async function readResponse(response, method, maxBytes) {
  let headers = responseHeaders(response.headers), status = response.statusCode ?? 0;
  if (method === "HEAD" || status === 204 || status === 304)
    return response.resume(), { status, headers, body: "" };
  let declared = Number(headers.get("content-length")), encoding = (headers.get("content-encoding") ?? "").trim().toLowerCase();
  if ((encoding === "" || encoding === "identity") && Number.isFinite(declared) && declared > maxBytes)
    throw new ResponseTooLargeError(maxBytes);
  let bytes = await readCapped(decoded(response, encoding), maxBytes);
  return { status, headers, body: new TextDecoder().decode(bytes) };
}
function decoded(response, encoding) {
  if (encoding === "" || encoding === "identity") return response;
  let zlib = builtin("node:zlib"), decoder = encoding === "gzip" || encoding === "x-gzip" ? zlib.createGunzip() : encoding === "deflate" ? zlib.createInflate() : encoding === "br" ? zlib.createBrotliDecompress() : void 0;
  if (!decoder) throw new UnusableAnswerError(`unsupported content-encoding "${encoding}"`);
  return response.on("error", (error) => decoder.destroy(error)), response.pipe(decoder);
}
async function readCapped(stream, maxBytes) {
  let chunks = [], size = 0;
  for await (let chunk of stream) {
    if (size += chunk.byteLength, size > maxBytes)
      throw stream.destroy(), new ResponseTooLargeError(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
function responseHeaders(raw) {
  return {
    get(name) {
      let value = raw[name.toLowerCase()];
      return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
    }
  };
}
function builtin(id) {
  return process.getBuiltinModule(id);
}
var agents = /* @__PURE__ */ new Map();
function agentFor(secure, env) {
  let key = `${secure ? "https" : "http"} ${JSON.stringify(proxyEnvFor(env) ?? null)}`, agent = agents.get(key);
  return agent || (agent = newAgent(secure, env, !0), agents.set(key, agent)), agent;
}
function newAgent(secure, env, keepAlive) {
  let proxyEnv = proxyEnvFor(env);
  if (proxyEnv && !supportsProxyEnv(process.versions.node))
    throw new UnusableAnswerError(
      `HTTP(S)_PROXY is set, but Node ${process.versions.node} has no built-in proxy support (Node 24.5 or later has it)`
    );
  let options = { keepAlive, ...proxyEnv ? { proxyEnv } : {} };
  return secure ? new (builtin("node:https")).Agent(options) : new (builtin("node:http")).Agent(options);
}
function supportsProxyEnv(version) {
  let [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 24 || major === 24 && minor >= 5;
}

// src/sources/transport/request.ts
var RequestError = class extends SourceError {
  constructor(message, sourceId, failure, code, reason = message) {
    super(message, sourceId, void 0, failure === "network" || failure === "timeout");
    this.failure = failure;
    this.code = code;
    this.reason = reason;
    this.name = "RequestError";
  }
  failure;
  code;
  reason;
}, DEFAULT_BACKOFF_MS = 500, DEFAULT_MAX_DELAY_MS = 3e4;
async function request(options, deps = {}) {
  let transport = deps.transport ?? nodeTransport, sleep = deps.sleep ?? defaultSleep, random = deps.random ?? Math.random, now = deps.now ?? (() => performance.now()), backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS, maxDelayMs = options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS, method = options.method ?? "GET", where = `${method} ${redactUrl(options.url)}`, { url, headers, urlSecrets } = moveCredentialsToHeader(options.url, options.headers ?? {}), secrets = [...options.secrets ?? [], ...urlSecrets], clean = (text) => scrubSecrets(text, secrets), fail = (message, failure, code) => new RequestError(
    clean(`source "${options.sourceId}": ${where}: ${message}`),
    options.sourceId,
    failure,
    code,
    clean(message)
  ), env = deps.env ?? process.env;
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw fail("cancelled", "aborted");
    let timeout = AbortSignal.timeout(options.timeoutMs), signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout, started = now(), canRetry = attempt <= options.retries, waitMs;
    try {
      let response = await transport({
        url,
        method,
        headers,
        signal,
        maxResponseBytes: options.maxResponseBytes,
        env,
        ...options.body !== void 0 ? { body: options.body } : {}
      }), body = response.body, latencyMs = Math.max(0, Math.round(now() - started));
      if (!(options.retryOnStatus !== !1 && (response.status === 429 || response.status >= 500)) || !canRetry)
        return { status: response.status, headers: response.headers, body, latencyMs, attempts: attempt };
      let asked = parseRetryAfter(response.headers.get("retry-after"), Date.now());
      if (asked !== void 0 && asked > maxDelayMs)
        return deps.log?.(
          `${options.sourceId}: HTTP ${response.status}, Retry-After ${Math.round(asked / 1e3)} s is beyond the ${Math.round(maxDelayMs / 1e3)} s ceiling; not retrying`
        ), { status: response.status, headers: response.headers, body, latencyMs, attempts: attempt };
      waitMs = asked ?? backoff(attempt, backoffMs, maxDelayMs, random), deps.log?.(
        `${options.sourceId}: HTTP ${response.status} from ${where}; retry ${attempt} of ${options.retries} in ${waitMs} ms`
      );
    } catch (error) {
      if (error instanceof RequestError) throw error;
      if (options.signal?.aborted) throw fail("cancelled", "aborted");
      if (error instanceof ResponseTooLargeError)
        throw fail(`response larger than ${options.maxResponseBytes} bytes (maxResponseBytes)`, "too-large");
      if (error instanceof UnusableAnswerError) throw fail(error.message, "network");
      let timedOut = timeout.aborted, code = timedOut ? void 0 : systemCode(error), reason = timedOut ? `no response within ${options.timeoutMs} ms` : describeNetworkError(error);
      if (!canRetry) {
        let tries = attempt > 1 ? ` (after ${attempt} attempts)` : "";
        throw fail(reason + tries, timedOut ? "timeout" : "network", code);
      }
      waitMs = backoff(attempt, backoffMs, maxDelayMs, random), deps.log?.(
        clean(
          `${options.sourceId}: ${reason} from ${where}; retry ${attempt} of ${options.retries} in ${waitMs} ms`
        )
      );
    }
    await sleep(waitMs, options.signal);
  }
}
function moveCredentialsToHeader(raw, given) {
  let urlSecrets = secretsInUrl(raw), parsed;
  try {
    parsed = new URL(raw);
  } catch {
    return { url: raw, headers: given, urlSecrets };
  }
  if (!parsed.username && !parsed.password) return { url: raw, headers: given, urlSecrets };
  let user = decodeURIComponent(parsed.username), password = decodeURIComponent(parsed.password), encoded = Buffer.from(`${user}:${password}`).toString("base64");
  urlSecrets.push(`${parsed.username}:${parsed.password}`, encoded), parsed.username = "", parsed.password = "";
  let hasAuth = Object.keys(given).some((name) => name.toLowerCase() === "authorization");
  return {
    url: parsed.toString(),
    headers: hasAuth ? given : { ...given, authorization: `Basic ${encoded}` },
    urlSecrets
  };
}
function backoff(attempt, baseMs, maxMs, random) {
  let ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + random() * ceiling / 2);
}
function parseRetryAfter(value, nowMs) {
  if (value === null) return;
  let trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  let date = Date.parse(trimmed);
  if (!Number.isNaN(date))
    return Math.max(0, date - nowMs);
}
function systemCode(error) {
  let cause = error?.cause;
  if (cause && typeof cause.code == "string") return cause.code;
  let own = error?.code;
  return typeof own == "string" ? own : void 0;
}
var NETWORK_WORDS = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  EPIPE: "connection closed while sending",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "DNS lookup failed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ECONNABORTED: "connection aborted"
};
function describeNetworkError(error) {
  let code = systemCode(error);
  if (code) return `${NETWORK_WORDS[code] ?? "network error"} (${code})`;
  let cause = error?.cause;
  return `network error: ${typeof cause?.message == "string" ? cause.message : error instanceof Error ? error.message : String(error)}`;
}
async function defaultSleep(ms, signal) {
  ms <= 0 || await delay(ms, void 0, signal ? { signal } : {}).catch(() => {
  });
}

// src/sources/http/json-path.ts
var STEP = /^(?:\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[(?:"([^"]*)"|'([^']*)')\])/;
function parseJsonPath(path2) {
  if (!path2.startsWith("$"))
    throw new Error(`JSON path "${path2}" must start with "$" (e.g. "$.status" or "$.checks[0].name")`);
  let steps = [], rest = path2.slice(1);
  for (; rest.length > 0; ) {
    let match = STEP.exec(rest);
    if (!match)
      throw new Error(
        `JSON path "${path2}" is not understood at "${rest}"; use .name, [index] or ["name"] steps`
      );
    match[1] !== void 0 ? steps.push(match[1]) : match[2] !== void 0 ? steps.push(Number(match[2])) : steps.push(match[3] ?? match[4] ?? ""), rest = rest.slice(match[0].length);
  }
  return steps;
}
function evaluateJsonPath(document, steps) {
  let current = document;
  for (let step of steps)
    if (typeof step == "number") {
      if (!Array.isArray(current)) return;
      current = current[step];
    } else {
      if (current === null || typeof current != "object" || Array.isArray(current) || !Object.hasOwn(current, step)) return;
      current = current[step];
    }
  return current;
}

// src/sources/http/health-formats.ts
var IETF_HEALTHY = /* @__PURE__ */ new Set(["pass", "ok", "up"]), IETF_WARN = /* @__PURE__ */ new Set(["warn"]), IETF_UNHEALTHY = /* @__PURE__ */ new Set(["fail", "error", "down"]), ACTUATOR_STATUSES = /* @__PURE__ */ new Set(["UP", "DOWN", "OUT_OF_SERVICE", "UNKNOWN"]);
function detectFormat(configured, contentType, json) {
  if (configured !== "auto") return configured;
  let type = (contentType ?? "").toLowerCase();
  if (type.includes("application/health+json")) return "health+json";
  if (type.includes("spring-boot.actuator")) return "actuator";
  let status = statusOf(json);
  if (status === void 0) return "plain";
  if (ACTUATOR_STATUSES.has(status)) return "actuator";
  let lower = status.toLowerCase();
  return IETF_HEALTHY.has(lower) || IETF_WARN.has(lower) || IETF_UNHEALTHY.has(lower) ? "health+json" : "plain";
}
function statusOf(json) {
  if (json === null || typeof json != "object" || Array.isArray(json)) return;
  let status = json.status;
  return typeof status == "string" ? status : void 0;
}
function readHealthJson(json) {
  let status = statusOf(json);
  if (status === void 0) return { healthy: !1, summary: 'health+json body has no "status" string' };
  let lower = status.toLowerCase(), failing = checksWithStatus(json, IETF_UNHEALTHY), warning = checksWithStatus(json, IETF_WARN), named = (list) => list.length > 0 ? ` (${list.join(", ")})` : "";
  return IETF_UNHEALTHY.has(lower) ? { healthy: !1, summary: `health+json status ${status}${named(failing)}` } : IETF_WARN.has(lower) ? {
    healthy: !0,
    summary: `health+json status ${status}${named(warning)}`,
    note: `warn${named(warning)}`
  } : IETF_HEALTHY.has(lower) ? { healthy: !0, summary: `health+json status ${status}` } : { healthy: !1, summary: `health+json status "${status}" is not one of pass, warn, fail` };
}
function checksWithStatus(json, statuses) {
  let checks = json.checks;
  if (checks === null || typeof checks != "object" || Array.isArray(checks)) return [];
  let names = [];
  for (let [name, results] of Object.entries(checks)) {
    let list = Array.isArray(results) ? results : [results];
    for (let result of list) {
      let s = statusOf(result);
      if (s === void 0 || !statuses.has(s.toLowerCase())) continue;
      let output = result.output, id = result.componentId, label = typeof id == "string" && !name.includes(id) ? `${name} ${id}` : name;
      names.push(
        typeof output == "string" && output !== "" ? `${label}: ${s}, ${output}` : `${label}: ${s}`
      );
    }
  }
  return names;
}
function readActuator(json) {
  let status = statusOf(json);
  if (status === void 0) return { healthy: !1, summary: 'actuator body has no "status" string' };
  let notUp = [];
  collectComponents(json, "", notUp);
  let named = notUp.length > 0 ? ` (${notUp.join(", ")})` : "";
  switch (status) {
    case "UP":
      return { healthy: !0, summary: "actuator status UP" };
    // Spring maps UNKNOWN to HTTP 200: the application does not consider itself down.
    case "UNKNOWN":
      return { healthy: !0, summary: `actuator status UNKNOWN${named}`, note: "actuator status UNKNOWN" };
    case "DOWN":
    case "OUT_OF_SERVICE":
      return { healthy: !1, summary: `actuator status ${status}${named}` };
    default:
      return {
        healthy: !1,
        summary: `actuator status "${status}" is not one of UP, DOWN, OUT_OF_SERVICE, UNKNOWN`
      };
  }
}
function collectComponents(node, prefix, out) {
  let components = node.components;
  if (!(components === null || typeof components != "object" || Array.isArray(components)))
    for (let [name, component] of Object.entries(components)) {
      let path2 = prefix ? `${prefix}.${name}` : name, nested = component.components;
      if (nested && typeof nested == "object") {
        let before = out.length;
        if (collectComponents(component, path2, out), out.length > before) continue;
      }
      let s = statusOf(component);
      s !== void 0 && s !== "UP" && out.push(`${path2}: ${s}`);
    }
}

// src/sources/http/version-check.ts
var HEX_SHA = /^[0-9a-f]{7,64}$/i, SHA_TOKEN = /\b[0-9a-f]{7,64}\b/gi, VERSION_FIELDS = [
  ["version"],
  ["sha"],
  ["commit"],
  ["revision"],
  ["build", "version"],
  ["git", "commit", "id"],
  ["app", "version"]
];
function sameVersion(seen, wanted) {
  let a = seen.trim().toLowerCase(), b = wanted.trim().toLowerCase();
  return a === b ? !0 : !HEX_SHA.test(a) || !HEX_SHA.test(b) ? !1 : a.startsWith(b) || b.startsWith(a);
}
function checkVersion(expected, response, json) {
  let wanted = expected.value, live = { live: !0, detail: `version ${short(wanted)} live` };
  if (expected.header) {
    let seen = response.headers.get(expected.header);
    return seen === null ? {
      live: !1,
      detail: `version ${short(wanted)} not live yet, saw no ${expected.header} header`
    } : sameVersion(seen, wanted) ? live : { live: !1, detail: `version ${short(wanted)} not live yet, saw ${short(seen.trim())}` };
  }
  if (response.body.includes(wanted)) return live;
  if (HEX_SHA.test(wanted)) {
    for (let token of response.body.match(SHA_TOKEN) ?? []) if (sameVersion(token, wanted)) return live;
  }
  return {
    live: !1,
    detail: `version ${short(wanted)} not live yet, saw ${describeSeen(response.body, json)}`
  };
}
function describeSeen(body, json) {
  for (let path2 of VERSION_FIELDS) {
    let node = json;
    for (let key of path2)
      node = node !== null && typeof node == "object" ? node[key] : void 0;
    if (typeof node == "string" || typeof node == "number") return short(String(node));
  }
  let token = body.match(SHA_TOKEN)?.[0];
  return token ? short(token) : "no version in the body";
}
function short(version) {
  return HEX_SHA.test(version) && version.length > 12 ? version.slice(0, 12) : version.slice(0, 64);
}

// src/sources/http/source.ts
var SERVICE_DOWN_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "ERR_TLS_CERT_ALTNAME_INVALID"
]);
function createHttpSource(config, deps = {}) {
  let expectations = validate2(config), secrets = registerSecrets(deps, [
    ...Object.entries(config.headers).filter(([name]) => isSecretHeader(name)).map(([, value]) => value),
    ...secretsInUrl(config.url)
  ]), signals = [
    {
      id: config.id,
      kind: "health",
      baseline: "absolute",
      critical: config.critical,
      failAfter: config.failAfter
    },
    {
      id: `${config.id}:errors`,
      kind: "count",
      baseline: "absolute",
      critical: config.critical,
      maxErrorRate: config.maxErrorRate
    }
  ];
  async function probe(signal) {
    let response;
    try {
      response = await request(
        {
          sourceId: config.id,
          url: config.url,
          method: config.method,
          headers: config.headers,
          timeoutMs: config.timeoutMs,
          retries: config.retries,
          retryOnStatus: !1,
          maxResponseBytes: config.maxResponseBytes,
          signal,
          secrets
        },
        deps
      );
    } catch (error) {
      if (error instanceof RequestError && (error.failure === "timeout" || error.failure === "network" && SERVICE_DOWN_CODES.has(error.code ?? "")))
        return { healthy: !1, detail: error.reason };
      throw error;
    }
    return judgeResponse(config, expectations, response);
  }
  return {
    id: config.id,
    type: "http",
    critical: config.critical,
    signals,
    async poll(window) {
      if (window.phase === "baseline") return [];
      let results = [];
      for (let i = 0; i < config.probes; i++) results.push(await probe(window.signal));
      let failures = results.filter((r) => !r.healthy), shown = failures[0] ?? results[results.length - 1], tally = config.probes > 1 && failures.length > 0 ? ` [${failures.length} of ${config.probes} probes unhealthy]` : "", health = {
        signal: config.id,
        kind: "health",
        group: "canary",
        healthy: failures.length === 0,
        detail: shown.detail + tally,
        ...shown.latencyMs !== void 0 ? { latencyMs: shown.latencyMs } : {}
      }, count = {
        signal: `${config.id}:errors`,
        kind: "count",
        group: "canary",
        errors: failures.length,
        total: results.length
      };
      return [health, count];
    }
  };
}
function validate2(config) {
  let where = `http source "${config.id}"`, url;
  try {
    url = new URL(config.url);
  } catch {
    throw new Error(`${where}: url must be an absolute http(s) URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`${where}: url must use http or https, not ${url.protocol}`);
  if (!Number.isInteger(config.probes) || config.probes < 1)
    throw new Error(`${where}: probes must be a whole number of at least 1, got ${config.probes}`);
  for (let status of config.expectStatus)
    if (!Number.isInteger(status) || status < 100 || status > 599)
      throw new Error(`${where}: expect-status entries must be HTTP status codes (100-599), got ${status}`);
  return config.expect.map((entry, i) => {
    if (entry.equals === void 0 && entry.contains === void 0)
      throw new Error(`${where}: expect[${i}] (${entry.path}) needs "equals" or "contains"`);
    try {
      return { ...entry, steps: parseJsonPath(entry.path) };
    } catch (error) {
      throw new Error(`${where}: expect[${i}]: ${error.message}`, { cause: error });
    }
  });
}
function judgeResponse(config, expectations, response) {
  let problems = [], notes = [], json = parseJson(response.body), format = detectFormat(config.format, response.headers.get("content-type"), json), summary;
  if (format !== "plain") {
    let verdict = json === void 0 ? { healthy: !1, summary: `body is not JSON (expected ${format})` } : format === "actuator" ? readActuator(json) : readHealthJson(json);
    summary = verdict.summary, verdict.healthy || problems.push(verdict.summary), verdict.note && notes.push(verdict.note);
  }
  config.bodyContains !== void 0 && !response.body.includes(config.bodyContains) && problems.push(`body does not contain ${JSON.stringify(config.bodyContains)}`);
  for (let expectation of expectations) {
    let problem = checkExpectation(expectation, json);
    problem && problems.push(problem);
  }
  if (config.maxLatencyMs !== void 0 && response.latencyMs > config.maxLatencyMs && problems.push(`slower than ${config.maxLatencyMs} ms`), config.expectVersion) {
    let version = checkVersion(config.expectVersion, response, json);
    version.live ? notes.push(version.detail) : problems.push(version.detail);
  }
  let statusOk = config.expectStatus.length === 0 ? response.status >= 200 && response.status < 300 : config.expectStatus.includes(response.status);
  !statusOk && problems.length === 0 && problems.push(
    config.expectStatus.length === 0 ? "expected a 2xx status" : `expected status ${config.expectStatus.join(" or ")}`
  );
  let head = `HTTP ${response.status} in ${response.latencyMs} ms`, words = problems.length > 0 ? problems : [summary, ...notes.filter((n) => !summary?.includes(n))].filter((s) => !!s), uniqueWords = [...new Set(words)];
  return {
    healthy: statusOk && problems.length === 0,
    detail: uniqueWords.length > 0 ? `${head}: ${uniqueWords.join("; ")}` : head,
    latencyMs: response.latencyMs
  };
}
function parseJson(body) {
  let trimmed = body.trim();
  if (!(!trimmed.startsWith("{") && !trimmed.startsWith("[")))
    try {
      return JSON.parse(trimmed);
    } catch {
      return;
    }
}
function checkExpectation(expectation, json) {
  if (json === void 0) return `${expectation.path}: body is not JSON`;
  let actual = evaluateJsonPath(json, expectation.steps);
  if (actual === void 0) return `${expectation.path} is missing`;
  if (expectation.equals !== void 0 && !(actual === expectation.equals || typeof actual != "object" && actual !== null && String(actual) === String(expectation.equals)))
    return `${expectation.path} is ${JSON.stringify(actual)}, expected ${JSON.stringify(expectation.equals)}`;
  if (expectation.contains !== void 0) {
    let needle = expectation.contains;
    if (!(Array.isArray(actual) ? actual.some((item) => item === needle || typeof item != "object" && String(item) === needle) : typeof actual == "string" ? actual.includes(needle) : JSON.stringify(actual).includes(needle)))
      return `${expectation.path} does not contain ${JSON.stringify(needle)} (is ${truncate(JSON.stringify(actual))})`;
  }
}
function truncate(text, max = 80) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}

// src/sources/prometheus/api.ts
function queryEndpoint(baseUrl) {
  return `${baseUrl.replace(/\/+$/, "")}/api/v1/query`;
}
async function instantQuery(options, query, timeSec, signal, deps) {
  let url = queryEndpoint(options.baseUrl), form = new URLSearchParams({ query, time: timeSec.toFixed(3) }), response = await request(
    {
      sourceId: options.sourceId,
      url,
      method: "POST",
      headers: {
        ...options.headers,
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json"
      },
      body: form.toString(),
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      maxResponseBytes: options.maxResponseBytes,
      signal,
      secrets: options.secrets
    },
    deps
  ), fail = (message, retryable = !1) => new SourceError(
    scrubSecrets(
      `source "${options.sourceId}": POST ${redactUrl(url)}: ${message}; query: ${shorten(query)}`,
      options.secrets
    ),
    options.sourceId,
    response.status,
    retryable
  ), envelope;
  try {
    envelope = JSON.parse(response.body);
  } catch {
    envelope = void 0;
  }
  let apiError = envelope && envelope.status === "error" ? `${typeof envelope.errorType == "string" ? envelope.errorType : "error"}: ${typeof envelope.error == "string" ? envelope.error : "no message"}` : void 0;
  if (response.status !== 200 || !envelope || envelope.status !== "success") {
    let what = apiError ?? (envelope ? "unexpected response" : `response is not JSON (${shorten(response.body, 120)})`), attempts = response.attempts > 1 ? ` after ${response.attempts} attempts` : "";
    throw response.status === 400 ? fail(`HTTP 400, the query was rejected (${what})`) : response.status === 422 ? fail(`HTTP 422, the query could not be executed (${what})`) : response.status === 401 || response.status === 403 ? fail(`HTTP ${response.status}, check the credentials (${what})`) : response.status === 429 || response.status >= 500 ? fail(`HTTP ${response.status}${attempts} (${what})`, !0) : fail(`HTTP ${response.status} (${what})`);
  }
  for (let note of [envelope.warnings, envelope.infos])
    if (Array.isArray(note))
      for (let w of note)
        deps.log?.(
          scrubSecrets(
            `${options.sourceId}: Prometheus warning: ${String(w)}; query: ${shorten(query)}`,
            options.secrets
          )
        );
  return parseResult(envelope.data, fail);
}
function parseResult(data, fail) {
  if (!data || typeof data != "object") throw fail('response has no "data"');
  let { resultType, result } = data;
  if (resultType === "scalar") return [{ labels: {}, value: parseSampleValue(result, fail) }];
  if (resultType !== "vector")
    throw fail(
      `result type is ${JSON.stringify(resultType)}; expected an instant vector or a scalar (is a range selector missing a function such as increase()?)`
    );
  if (!Array.isArray(result)) throw fail("vector result is not a list");
  return result.map((series) => {
    let s = series;
    return { labels: s.metric && typeof s.metric == "object" ? s.metric : {}, value: parseSampleValue(s.value, fail) };
  });
}
function parseSampleValue(sample, fail) {
  if (!Array.isArray(sample) || sample.length !== 2 || typeof sample[1] != "string")
    throw fail('sample is not [time, "value"]');
  let text = sample[1];
  if (text === "NaN") return Number.NaN;
  if (text === "+Inf" || text === "Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  let value = Number(text);
  if (text.trim() === "" || Number.isNaN(value))
    throw fail(`sample value ${JSON.stringify(text)} is not a number`);
  return value;
}
function shorten(text, max = 200) {
  let flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}

// src/sources/prometheus/promql-duration.ts
function promDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0)
    throw new Error(`window length must be a non-negative number of ms, got ${ms}`);
  let seconds = Math.max(1, Math.round(ms / 1e3)), parts = [];
  for (let [unit2, size] of [
    ["d", 86400],
    ["h", 3600],
    ["m", 60],
    ["s", 1]
  ]) {
    let n = Math.floor(seconds / size);
    n > 0 && parts.push(`${n}${unit2}`), seconds -= n * size;
  }
  return parts.join("");
}

// src/sources/prometheus/source.ts
function createPrometheusSource(config, deps = {}) {
  let version = config.compare?.canary ?? deps.version;
  validate3(config, version);
  let authHeader = authorization(config), secrets = registerSecrets(deps, [
    config.auth?.type === "basic" ? config.auth.password : void 0,
    config.auth?.type === "bearer" ? config.auth.token : void 0,
    authHeader,
    authHeader?.replace(/^\w+ /, ""),
    ...Object.entries(config.headers).filter(([name]) => isSecretHeader(name)).map(([, value]) => value),
    ...secretsInUrl(config.url)
  ]), client = {
    sourceId: config.id,
    baseUrl: config.url,
    headers: { ...config.headers, ...authHeader ? { authorization: authHeader } : {} },
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets
  }, compare = config.compare, countMode2 = config.errors !== void 0 ? "errors" : config.ratio !== void 0 ? "ratio" : void 0, signals = [];
  countMode2 && signals.push({
    id: config.id,
    kind: "count",
    baseline: compare ? "concurrent" : "pre-deploy",
    critical: config.critical
  });
  for (let level of config.levels)
    signals.push({
      id: `${config.id}:${level.name}`,
      kind: "level",
      baseline: levelBaseline(level, !!compare),
      critical: config.critical,
      ...level.max !== void 0 ? { max: level.max } : {},
      ...level.min !== void 0 ? { min: level.min } : {},
      ...level.maxRatio !== void 0 ? { maxRatio: level.maxRatio } : {},
      ...level.unit !== void 0 ? { unit: level.unit } : {}
    });
  let log = (line) => deps.log?.(`${config.id}: ${line}`);
  return {
    id: config.id,
    type: "prometheus",
    critical: config.critical,
    signals,
    async poll(window) {
      if (window.phase === "baseline" && compare) return [];
      let split = window.phase === "observe" && compare ? compare : void 0, substitute = (query) => query.replaceAll("$window", promDuration(window.to - window.from)).replaceAll("$version", version ?? ""), run2 = (query) => instantQuery(client, substitute(query), window.to / 1e3, window.signal, deps), keyOf = (s) => split ? s.labels[split.label] ?? "" : "", groupsFor = (keys) => groups(keys, split, window.phase), levels = config.levels.filter(
        (l) => window.phase === "observe" || levelBaseline(l, !!compare) === "pre-deploy"
      ), [countResults, ...levelResults] = await Promise.allSettled([
        countMode2 === "errors" ? Promise.all([run2(config.errors), run2(config.total)]) : countMode2 === "ratio" ? Promise.all([run2(config.ratio), run2(config.traffic)]) : Promise.resolve(void 0),
        ...levels.map((level) => run2(level.query))
      ]), readings = [], failures = [], attempt = (signal, read) => {
        try {
          read();
        } catch (error) {
          failures.push({ signal, error });
        }
      };
      if (countResults.status === "rejected")
        failures.push({ signal: config.id, error: countResults.reason });
      else if (countResults.value && countMode2) {
        let [first, traffic] = countResults.value;
        attempt(config.id, () => {
          let perKey = countMode2 === "errors" ? errorsAndTotal(first, traffic, keyOf) : ratioTimesTraffic(first, traffic, keyOf, config.id);
          for (let [group, keys] of groupsFor(perKey.keys())) {
            let counts = keys.map((k) => perKey.get(k));
            if (counts.length === 0 || counts.some((c) => c === void 0)) {
              log(`no data for ${group} counts (${describeEmpty(countMode2, first, traffic)})`);
              continue;
            }
            let total = Math.round(counts.reduce((sum2, c) => sum2 + c.total, 0)), errors = Math.min(total, Math.round(counts.reduce((sum2, c) => sum2 + c.errors, 0)));
            readings.push({ signal: config.id, kind: "count", group, errors: Math.max(0, errors), total });
          }
        });
      }
      if (levels.forEach((level, i) => {
        let signal = `${config.id}:${level.name}`, result = levelResults[i];
        if (result.status === "rejected") {
          failures.push({ signal, error: result.reason });
          return;
        }
        attempt(signal, () => {
          let perKey = collect(result.value, keyOf);
          for (let [group, keys] of groupsFor(perKey.keys())) {
            let values = keys.flatMap((k) => perKey.get(k));
            if (values.length === 0) {
              log(`no data for ${signal} (${group})`);
              continue;
            }
            if (!split && values.length > 1)
              throw new SourceError(
                `source "${config.id}": level "${level.name}" returned ${values.length} series; aggregate it to one (e.g. max(...) or histogram_quantile over sum by (le))`,
                config.id
              );
            let value = values.reduce((a, b) => a + b, 0) / values.length;
            readings.push({
              signal,
              kind: "level",
              group,
              value,
              ...level.unit !== void 0 ? { unit: level.unit } : {}
            });
          }
        });
      }), failures.length === 0) return readings;
      let asked = (countMode2 ? 1 : 0) + levels.length;
      throw failures.length === asked ? failures[0].error : new PartialPollError(
        config.id,
        readings,
        failures.map((f) => ({
          signal: f.signal,
          message: f.error instanceof Error ? f.error.message : String(f.error)
        }))
      );
    }
  };
}
function levelBaseline(level, compare) {
  return compare ? "concurrent" : level.maxRatio !== void 0 ? "pre-deploy" : "absolute";
}
function groups(keys, split, phase) {
  let all = [...keys];
  if (!split) return /* @__PURE__ */ new Map([[phase === "baseline" ? "baseline" : "canary", all.filter((k) => k === "")]]);
  let canary = all.filter((k) => k === split.canary), baseline = all.filter(
    (k) => split.baseline !== void 0 ? k === split.baseline : k !== split.canary
  );
  return /* @__PURE__ */ new Map([
    ["canary", canary],
    ["baseline", baseline]
  ]);
}
function collect(samples, keyOf) {
  let out = /* @__PURE__ */ new Map();
  for (let sample of samples) {
    if (!Number.isFinite(sample.value)) continue;
    let key = keyOf(sample);
    out.set(key, [...out.get(key) ?? [], sample.value]);
  }
  return out;
}
function errorsAndTotal(errors, total, keyOf) {
  let errorsByKey = collect(errors, keyOf), totalByKey = collect(total, keyOf), out = /* @__PURE__ */ new Map();
  for (let [key, totals] of totalByKey) {
    let errs = errorsByKey.get(key);
    out.set(
      key,
      errs === void 0 && errorsByKey.size === 0 ? void 0 : { errors: sum(errs ?? []), total: sum(totals) }
    );
  }
  return out;
}
function ratioTimesTraffic(ratio, traffic, keyOf, id) {
  let ratioByKey = collect(ratio, keyOf), trafficByKey = collect(traffic, keyOf), out = /* @__PURE__ */ new Map();
  for (let [key, traffics] of trafficByKey) {
    let ratios = ratioByKey.get(key);
    if (ratios && ratios.length > 1)
      throw new SourceError(
        `source "${id}": the ratio query returned ${ratios.length} series${key ? ` for ${key}` : ""}; it must return one per compared group`,
        id
      );
    let total = sum(traffics);
    out.set(key, ratios ? { errors: ratios[0] * total, total } : void 0);
  }
  return out;
}
function describeEmpty(mode, first, second) {
  let names = mode === "errors" ? ["errors", "total"] : ["ratio", "traffic"], empty = [first, second].map((r, i) => r.some((s) => Number.isFinite(s.value)) ? void 0 : names[i]).filter(Boolean);
  if (empty.length === 0) return "no series for this group";
  let hint = empty.includes("errors") ? "; if no errors is expected to return nothing, append `or vector(0)`" : "";
  return `the ${empty.join(" and ")} quer${empty.length > 1 ? "ies" : "y"} returned no samples${hint}`;
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}
function authorization(config) {
  if (config.auth)
    return config.auth.type === "bearer" ? `Bearer ${config.auth.token}` : `Basic ${Buffer.from(`${config.auth.username}:${config.auth.password}`).toString("base64")}`;
}
function validate3(config, version) {
  let where = `prometheus source "${config.id}"`, url;
  try {
    url = new URL(config.url);
  } catch {
    throw new Error(
      `${where}: url must be an absolute http(s) URL of the Prometheus API base (e.g. https://prometheus.example.com or .../prometheus)`
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new Error(`${where}: url must use http or https, not ${url.protocol}`);
  let pair = (a, b) => {
    if (config[a] === void 0 != (config[b] === void 0))
      throw new Error(`${where}: "${a}" and "${b}" go together; set both or neither`);
  };
  if (pair("errors", "total"), pair("ratio", "traffic"), config.errors !== void 0 && config.ratio !== void 0)
    throw new Error(`${where}: set either errors + total or ratio + traffic, not both`);
  if (config.errors === void 0 && config.ratio === void 0 && config.levels.length === 0)
    throw new Error(`${where}: nothing to measure; set errors + total, ratio + traffic, or levels`);
  let names = /* @__PURE__ */ new Set();
  for (let level of config.levels) {
    if (!level.name) throw new Error(`${where}: every level needs a name`);
    if (names.has(level.name)) throw new Error(`${where}: level name "${level.name}" is used twice`);
    names.add(level.name);
  }
  if (config.compare && !config.compare.label)
    throw new Error(`${where}: compare.label must name the label that tells versions apart`);
  let queries = [
    config.errors,
    config.total,
    config.ratio,
    config.traffic,
    ...config.levels.map((l) => l.query)
  ];
  if (version === void 0 && queries.some((q) => q?.includes("$version")))
    throw new Error(
      `${where}: a query uses $version but no version is known; set compare.canary or the deployed sha`
    );
}

// src/sources/registry.ts
var factories = {
  http: (config, deps) => createHttpSource(config, deps),
  prometheus: (config, deps) => createPrometheusSource(config, deps)
}, knownSourceTypes = Object.keys(factories);
function createSource(config, deps = {}) {
  let type = config.type, factory = typeof type == "string" && Object.hasOwn(factories, type) ? factories[type] : void 0;
  if (!factory) {
    let id = config.id;
    throw new Error(
      `source ${typeof id == "string" ? `"${id}" ` : ""}has unknown type ${JSON.stringify(type)}; known types: ${knownSourceTypes.join(", ")}`
    );
  }
  return withErrorPolicy(factory(config, deps), config);
}
function withErrorPolicy(source, config) {
  let signals = source.signals.map((spec) => ({
    ...spec,
    onError: spec.onError ?? config.onError,
    maxConsecutiveErrors: spec.maxConsecutiveErrors ?? config.maxConsecutiveErrors
  }));
  return { ...source, signals };
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
    io.setFailed(error instanceof ConfigError ? `Configuration: ${error.message}` : messageOf2(error));
  } finally {
    await io.flush();
  }
}
async function runMode(io) {
  let mode = io.getInput("mode") || "verify";
  if (!["verify", "assess", "triage"].includes(mode))
    throw new Error(`input 'mode' must be one of verify, assess, triage; got '${mode}'`);
  let ctx = await contextFromEnv(), inputs = Object.fromEntries(ACTION_INPUTS.map((i) => [i.name, io.getInput(i.name)])), workspace = process.env.GITHUB_WORKSPACE || process.cwd(), token = inputs.token ?? "";
  if (token && io.setSecret(token), inputs["app-token"] && io.setSecret(inputs["app-token"]), mode === "triage") {
    let { runTriage } = await import("./chunks/triage-5CP5RJKU.js");
    return await runTriage({ io, ctx, inputs, workspace, gh: await github(token, ctx, io) });
  }
  let loaded = await loadConfig({
    inputs: withContextDefaults(inputs, ctx),
    env: process.env,
    cwd: workspace,
    requireSources: mode === "verify"
  });
  if (loaded.secrets.forEach((s) => io.setSecret(s)), loaded.warnings.forEach((w) => io.warning(w)), mode === "assess") {
    let { runAssessJob } = await import("./chunks/assess-pr-RRH6HO22.js");
    return await runAssessJob({
      io,
      ctx,
      config: loaded.config,
      workspace,
      gh: await github(token, ctx, io)
    });
  }
  await runVerify(io, ctx, loaded.config, inputs, workspace, token);
}
async function runVerify(io, ctx, config, inputs, workspace, token) {
  let sources = config.sources.map(
    (s) => createSource(s, {
      maskSecret: (v) => io.setSecret(v),
      log: (m) => io.info(m),
      version: config.sha
    })
  ), client = null, gh = config.dryRun || !token ? null : () => client ??= github(token, ctx, io), openIncidents, environmentUrl = ctx.deploymentStatus?.environmentUrl ?? void 0, deploymentId = Number(inputs["deployment-id"] || ctx.deployment?.id || 0) || null, deployment = gh && deploymentId ? {
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
  );
  await verifyJob({
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
      deploymentUrl: deploymentId ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/deployments` : void 0
    },
    reportPath,
    writeFile: async (p, content) => {
      await mkdir(path.dirname(p), { recursive: !0 }), await writeFile(p, content);
    },
    deployment,
    assess: gh ? async () => {
      let client2 = await gh(), headSha = config.sha ?? ctx.sha, { findOpenIncidents } = await import("./chunks/github-5BMX3477.js");
      openIncidents = await findOpenIncidents(
        client2,
        { owner: ctx.owner, repo: ctx.repo },
        incidentKey(config, ctx)
      );
      let earlier = openIncidents[0]?.state, { assessDeployedRelease } = await import("./chunks/rollback-assessment-VNTABOU6.js"), known = earlier?.headSha === headSha && earlier.assessment?.targetSha ? {
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
      let { publishVerification } = await import("./chunks/publish-D6DBN3IC.js");
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
  });
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
function messageOf2(error) {
  return error instanceof Error ? error.message : String(error);
}

// src/index.ts
await run();
