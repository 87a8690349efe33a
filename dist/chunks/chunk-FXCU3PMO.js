import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  escapeInline,
  renderAssessmentMarkdown
} from "./chunk-XQ45XCVQ.js";

// src/report/format.ts
function formatDuration(ms) {
  if (!Number.isFinite(ms)) return "?";
  let s = Math.round(ms / 1e3);
  if (s < 60) return `${s} s`;
  let m = Math.floor(s / 60), rest = s % 60;
  if (m < 60) return rest ? `${m} m ${rest} s` : `${m} m`;
  let h = Math.floor(m / 60);
  return m % 60 ? `${h} h ${m % 60} m` : `${h} h`;
}
function formatPercent(rate) {
  if (!Number.isFinite(rate)) return "n/a";
  let pct = rate * 100;
  return pct === 0 ? "0%" : pct < 0.01 ? "<0.01%" : pct < 1 ? `${pct.toFixed(2)}%` : `${pct.toFixed(1)}%`;
}
function formatNumber(n) {
  return Number.isFinite(n) ? Math.abs(n) >= 1e6 ? n.toExponential(2) : Number.isInteger(n) ? String(n) : Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3) : String(n);
}
function formatOffset(ms) {
  return `${ms < 0 ? "-" : "+"}${formatDuration(Math.abs(ms)).replace(/ /g, "")}`;
}
function truncate(text, max, note = `

_(cut to fit GitHub\u2019s size limit)_`) {
  if (text.length <= max) return text;
  let room = Math.max(0, max - note.length), cut = text.lastIndexOf(`
`, room);
  return text.slice(0, cut > room * 0.8 ? cut : room) + note;
}

// src/report/chart.ts
var MAX_POINTS = 40;
function signalChart(signal) {
  let isRate = signal.kind === "count", scale = isRate ? 100 : 1, after = signal.series.filter((p) => p.group === "canary" && p.t > 0);
  if (after.length < 2) return null;
  let before = signal.series.filter((p) => p.t <= 0), concurrentByT = new Map(
    signal.series.filter((p) => p.group === "baseline" && p.t > 0).map((p) => [p.t, p.value])
  ), reference = signal.baseline && signal.baseline.source !== "concurrent" ? signal.baseline.rate : signal.level?.baseline, referenceName = signal.baseline?.source === "absolute" ? "limit" : "baseline", firstConcurrent = concurrentByT.values().next().value, points = [
    ...downsample(before, Math.min(before.length, 8)),
    {
      t: 0,
      value: reference ?? before.at(-1)?.value ?? firstConcurrent ?? after[0].value,
      group: "deploy"
    },
    ...downsample(after, MAX_POINTS)
  ], labels = points.map((p) => p.t === 0 ? "deploy" : formatOffset(p.t)), values = points.map((p) => round(p.value * scale)), second = points.map((p) => {
    let v = p.t > 0 ? concurrentByT.get(p.t) ?? reference : reference ?? firstConcurrent;
    return v === void 0 ? null : round(v * scale);
  }), hasSecond = second.every((v) => v !== null), limit = signal.level?.max !== void 0 ? signal.level.max * scale : void 0, all = [...values, ...hasSecond ? second : []], top = niceCeiling(Math.max(...all, limit ?? 0, isRate ? 0.1 : 1)), unit = isRate ? "error rate %" : signal.level?.unit ?? "value", secondName = concurrentByT.size ? "old version" : referenceName, lines = [
    "```mermaid",
    "---",
    "config:",
    "  xyChart:",
    "    width: 720",
    "    height: 260",
    "---",
    "xychart-beta",
    `  title "${sanitize(signal.id)}: ${unit}${hasSecond ? ` (second line: ${secondName})` : ""}"`,
    `  x-axis [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `  y-axis "${unit}" 0 --> ${top}`,
    `  line [${values.join(", ")}]`
  ];
  return hasSecond && lines.push(`  line [${second.join(", ")}]`), lines.push("```"), lines.join(`
`);
}
function downsample(items, max) {
  if (items.length <= max) return items;
  let step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)]);
}
function round(v) {
  return Number.isFinite(v) ? Number(v.toPrecision(4)) : 0;
}
function niceCeiling(v) {
  let exp = Math.pow(10, Math.floor(Math.log10(v)));
  for (let m of [1, 2, 2.5, 5, 10]) if (m * exp >= v) return Number((m * exp).toPrecision(3));
  return v;
}
function sanitize(text) {
  return text.replace(/["`\n\r]/g, "");
}

// src/report/verify-markdown.ts
var ICON = { pass: "\u2705", fail: "\u274C", inconclusive: "\u26A0\uFE0F", pending: "\u23F3" };
function verdictHeadline(verdict, facts) {
  let when = verdict.decidedAt === null ? "" : ` after ${formatDuration(verdict.decidedAt)}`;
  return `${ICON[verdict.verdict] ?? ""} **${verdict.verdict.toUpperCase()}** in \`${facts.environment}\`${when}: ${escapeInline(verdict.reason)}`;
}
function signalTable(signals) {
  return [
    "| signal | verdict | baseline | now | statistic / threshold | reason |",
    "|---|---|---|---|---|---|",
    ...signals.map((s) => {
      let [baseline, now] = describeValues(s), stat = s.statistic !== void 0 && s.threshold !== void 0 ? `${formatNumber(s.statistic)} / ${formatNumber(s.threshold)}` : s.health ? `${s.health.consecutiveFailures} in a row` : "";
      return `| ${ICON[s.verdict] ?? ""} ${escapeInline(s.id)}${s.critical ? " (critical)" : ""} | ${s.verdict} | ${baseline} | ${now} | ${stat} | ${escapeInline(s.reason)} |`;
    })
  ].join(`
`);
}
function describeValues(s) {
  if (s.kind === "count") {
    let base = s.baseline ? s.baseline.source === "absolute" ? `limit ${formatPercent(s.baseline.rate)}` : `${formatPercent(s.baseline.rate)} (${s.baseline.errors}/${s.baseline.total}, ${s.baseline.source})` : "\u2014", now = s.canary ? `${formatPercent(s.canary.rate)} (${s.canary.errors}/${s.canary.total})` : "no data";
    return [base, now];
  }
  if (s.kind === "level" && s.level) {
    let unit = s.level.unit ? ` ${s.level.unit}` : "", limits = [
      s.level.max !== void 0 ? `max ${s.level.max}` : "",
      s.level.min !== void 0 ? `min ${s.level.min}` : ""
    ].filter(Boolean).join(", ");
    return [s.level.baseline !== void 0 ? `${formatNumber(s.level.baseline)}${unit}` : limits || "\u2014", `${formatNumber(s.level.value)}${unit}`];
  }
  return s.health ? ["healthy", `${s.health.checks - s.health.failures}/${s.health.checks} healthy`] : ["\u2014", "no data"];
}
function renderVerifyMarkdown(verdict, facts, assessment = null) {
  let parts = ["## Postflight: deploy verification", "", verdictHeadline(verdict, facts), ""];
  facts.dryRun && parts.push("_Dry run: nothing was written to GitHub._", ""), parts.push(signalTable(verdict.signals), "");
  let charted = verdict.signals.filter((s) => s.kind !== "health").sort((a, b) => +(b.verdict === "fail") - +(a.verdict === "fail"));
  for (let s of charted) {
    let chart = signalChart(s);
    chart && parts.push(chart, "");
  }
  return assessment && parts.push(renderAssessmentMarkdown(assessment, { repoUrl: facts.repoUrl, headSha: facts.sha }), ""), parts.push(deployFacts(facts)), parts.join(`
`);
}
function deployFacts(facts) {
  let lines = [
    `**Deploy** to \`${escapeInline(facts.environment)}\` at ${new Date(facts.deployTime).toISOString()}`
  ];
  return facts.sha && lines.push(`- commit: \`${facts.sha.slice(0, 12)}\`${facts.ref ? ` (${escapeInline(facts.ref)})` : ""}`), facts.actor && lines.push(`- by: ${escapeInline(facts.actor)}`), facts.runUrl && lines.push(`- workflow run: ${facts.runUrl}`), facts.deploymentUrl && lines.push(`- deployment: ${facts.deploymentUrl}`), facts.compareUrl && lines.push(`- changes: ${facts.compareUrl}`), lines.join(`
`);
}

export {
  truncate,
  signalChart,
  verdictHeadline,
  signalTable,
  renderVerifyMarkdown,
  deployFacts
};
