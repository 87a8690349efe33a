import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/report/escape.ts
var BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, LINE_BREAK = /\r\n?|\n/g;
function visibleControls(text) {
  return text.replace(BIDI_CONTROLS, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function escapeInline(text) {
  return visibleControls(redactSecretsInText(text)).replace(LINE_BREAK, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]|~]/g, (c) => `\\${c}`).replace(/^(\s*)([#+]|\d+\.)/, "$1\\$2").replace(/@(?=[A-Za-z0-9])/g, "@\u200D").replace(/^(\s*)([-=]{3,})/, "$1\\$2");
}
function codeSpan(text) {
  let clean = visibleControls(redactSecretsInText(text)).replace(LINE_BREAK, " ");
  if (!clean.trim()) return "` `";
  let longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((m) => m.length)), fence = "`".repeat(longest + 1), pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${fence}${pad}${clean}${pad}${fence}`;
}
function codeSpanInTable(text) {
  return codeSpan(text).replace(/\|/g, "\\|");
}
function tableCell(text, max = 120) {
  let flat = text.replace(/\s+/g, " ").trim();
  return escapeInline(flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat);
}
function linkText(text) {
  return escapeInline(text);
}
function linkUrl(raw) {
  if (!(!raw || !/^https?:\/\//i.test(raw)))
    return redactUrl(raw).replace("://***@", "://").replace(/[\s<>()[\]`"']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function mermaidString(text, max = 80) {
  let clean = visibleControls(redactSecretsInText(text)).replace(/[\r\n\t]+/g, " ").replace(/"/g, "\u201D").replace(/`/g, "\u2019").replace(/#/g, "\u2116").replace(/;/g, ",").replace(/</g, "\u2039").replace(/>/g, "\u203A").replace(/[\\{}]/g, " ").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}
function plainText(text, max = 200) {
  let clean = redactSecretsInText(text).replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}
function codeBlock(text, lang = "") {
  let clean = visibleControls(redactSecretsInText(text)), longest = Math.max(2, ...(clean.match(/`+/g) ?? []).map((m) => m.length)), fence = "`".repeat(longest + 1);
  return `${fence}${lang}
${clean}
${fence}`;
}
function redactUrl(raw) {
  try {
    let url = new URL(raw);
    (url.username || url.password) && (url.username = "***", url.password = "");
    for (let key of [...url.searchParams.keys()])
      SECRET_PARAM.test(key) && url.searchParams.set(key, "***");
    return url.toString();
  } catch {
    return raw;
  }
}
var SECRET_PARAM = /token|key|secret|password|passwd|pwd|auth|signature|sig|credential/i, URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]]+/g, TOKEN_SHAPES = /\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abpr]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b/g;
function redactSecretsInText(text) {
  return text.replace(URL_IN_TEXT, (u) => redactUrl(u)).replace(TOKEN_SHAPES, "***");
}

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
function formatRatio(value, reference) {
  if (!Number.isFinite(value) || !Number.isFinite(reference) || reference <= 0) return "n/a";
  let r = value / reference;
  return `\xD7${r >= 10 ? r.toFixed(0) : r >= 1.1 ? r.toFixed(1) : r.toFixed(2)}`;
}
function formatClock(epochMs) {
  if (!Number.isFinite(epochMs)) return "unknown time";
  let d = new Date(epochMs), month = d.toLocaleString("en-US", { month: "short", timeZone: "UTC" }), hh = String(d.getUTCHours()).padStart(2, "0"), mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${hh}:${mm} UTC, ${d.getUTCDate()} ${month} ${d.getUTCFullYear()}`;
}

// src/report/chart.ts
var CHART_COLORS = {
  measured: "#2f81f7",
  reference: "#8b949e",
  limit: "#e5534b",
  old: "#a371f7"
}, COLOR_WORDS = {
  measured: "blue",
  reference: "grey",
  limit: "red",
  old: "purple"
}, MAX_AFTER = 16, MAX_BEFORE = 5;
function signalChart(signal, options = {}) {
  let name = signal.id.replace(/[`\r\n]/g, "");
  if (signal.kind === "health") return noChart(name, "health checks are up or down, see the table");
  let isRate = signal.kind === "count", scale = isRate ? 100 : 1, after = signal.series.filter((p) => p.group === "canary" && p.t > 0 && Number.isFinite(p.value));
  if (after.length === 0)
    return noChart(
      name,
      signal.sourceErrors > 0 ? `the source failed on every poll after the deploy (${signal.sourceErrors} error(s))` : "no reading arrived after the deploy"
    );
  let before = signal.series.filter((p) => p.t <= 0 && Number.isFinite(p.value)), shownBefore = downsample(before, MAX_BEFORE), shownAfter = downsample(after, MAX_AFTER), points = [...shownBefore, ...shownAfter], times = points.map((p) => p.t), series = [
    { role: "measured", name: isRate ? "error rate" : "measured", values: points.map((p) => p.value) }
  ], concurrent = new Map(
    signal.series.filter((p) => p.group === "baseline" && p.t > 0).map((p) => [p.t, p.value])
  ), oldValues = times.map((t) => concurrent.get(t));
  concurrent.size && oldValues.every((v) => v !== void 0) && series.push({ role: "old", name: "old version", values: oldValues });
  for (let line of referenceLines(signal, options.tolerance))
    series.push({ role: line.role, name: line.name, values: times.map(() => line.value) });
  let unit = isRate ? "%" : mermaidString(signal.level?.unit ?? "", 16), scaled = series.map((s) => ({ ...s, values: s.values.map((v) => round(v * scale)) })), top = niceCeiling(Math.max(...scaled.flatMap((s) => s.values), isRate ? 0.1 : 1)), title = mermaidString(`${name}: ${isRate ? "error rate" : "level"}${unit ? ` (${unit})` : ""}`), yTitle = mermaidString(isRate ? "errors (%)" : unit || "value", 24), lines = points.length >= 2, body = lines ? lineChart(scaled, times, options.deployTime, title, yTitle, top) : barChart(scaled, times, title, yTitle, top), legend = lines ? scaled.map(
    (s) => `${COLOR_WORDS[s.role]}: ${s.name}${s.role === "measured" ? "" : ` ${formatValue(s.values[0], unit)}`}`
  ).join(" \xB7 ") : `bars: ${scaled.map((s) => `${s.role === "measured" ? "measured" : s.name} ${formatValue(s.values[0], unit)}`).join(" \xB7 ")}`;
  return `${body}

<sub>${escapeLegend(name)} \xB7 ${escapeLegend(legend)}</sub>`;
}
function lineChart(series, times, deployTime, title, yTitle, top) {
  let minutes = Math.max(...times.map(Math.abs)) >= 18e4, labels = times.map((t) => t === 0 ? "0" : axisLabel(t, minutes)), deployAt = deployTime === void 0 ? "" : ` at ${clock(deployTime)}`, xTitle = `${minutes ? "minutes" : "seconds"} since the deploy${deployAt}${equalSteps(times) ? "" : " (slots not to scale)"}`;
  return mermaidBlock(series, [
    `  title "${title}"`,
    `  x-axis "${mermaidString(xTitle)}" [${labels.map((l) => `"${l}"`).join(", ")}]`,
    `  y-axis "${yTitle}" 0 --> ${top}`,
    ...series.map((s) => `  line [${s.values.join(", ")}]`)
  ]);
}
function barChart(series, times, title, yTitle, top) {
  let labels = series.map(
    (s) => s.role === "measured" ? `${formatOffset(times[0])} measured` : s.name.replace(/ \(.*\)$/, "")
  );
  return mermaidBlock(series.slice(0, 1), [
    `  title "${title}"`,
    `  x-axis "one poll after the deploy" [${labels.map((l) => `"${mermaidString(l, 24)}"`).join(", ")}]`,
    `  y-axis "${yTitle}" 0 --> ${top}`,
    `  bar [${series.map((s) => s.values[0]).join(", ")}]`
  ]);
}
function mermaidBlock(series, lines) {
  return [
    "```mermaid",
    "---",
    "config:",
    "  themeVariables:",
    "    xyChart:",
    `      plotColorPalette: "${series.map((s) => CHART_COLORS[s.role]).join(", ")}"`,
    "  xyChart:",
    "    width: 640",
    "    height: 260",
    "    xAxis:",
    "      labelFontSize: 12",
    "    yAxis:",
    "      labelFontSize: 12",
    "---",
    "xychart-beta",
    ...lines,
    "```"
  ].join(`
`);
}
function referenceLines(signal, tolerance) {
  let lines = [];
  if (signal.kind === "count" && signal.baseline) {
    let b = signal.baseline;
    b.source === "absolute" ? lines.push({ role: "limit", name: "limit", value: b.rate }) : b.source !== "none" && (b.source === "pre-deploy" && lines.push({ role: "reference", name: "before the deploy", value: b.rate }), tolerance !== void 0 && Number.isFinite(tolerance) && tolerance > 0 && b.rate > 0 && lines.push({ role: "limit", name: `limit (\xD7${tolerance} the baseline)`, value: b.rate * tolerance }));
  }
  if (signal.kind === "level" && signal.level) {
    let l = signal.level;
    l.baseline !== void 0 && lines.push({ role: "reference", name: "before the deploy", value: l.baseline }), l.max !== void 0 ? lines.push({ role: "limit", name: "max", value: l.max }) : l.min !== void 0 && lines.push({ role: "limit", name: "min", value: l.min });
  }
  return lines.filter((l) => Number.isFinite(l.value));
}
function axisLabel(t, minutes) {
  let v = minutes ? Number((t / 6e4).toFixed(1)) : Math.round(t / 1e3);
  return `${t < 0 ? "\u2212" : "+"}${Math.abs(v)}`;
}
function equalSteps(times) {
  let gaps = times.slice(1).map((t, i) => t - times[i]);
  return gaps.length < 2 ? !0 : Math.max(...gaps) <= Math.min(...gaps) * 1.25;
}
function noChart(name, why) {
  return `<sub>No chart for ${escapeLegend(name)}: ${why}.</sub>`;
}
function escapeLegend(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`).replace(/@(?=[A-Za-z0-9])/g, "@\u200D");
}
function formatValue(v, unit) {
  return unit === "%" ? `${v}%` : `${v}${unit ? ` ${unit}` : ""}`;
}
function clock(epochMs) {
  let d = new Date(epochMs);
  return Number.isFinite(epochMs) ? `${d.toISOString().slice(11, 16)} UTC` : "?";
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

// src/report/decision.ts
function nextStep(input) {
  let { verdict, assessment, rollback } = input;
  if (input.started) return { kind: "started", revert: input.started };
  if (verdict.verdict === "pass") return { kind: "keep", text: "nothing; the deploy stays." };
  if (verdict.verdict !== "fail") return { kind: "undecided", why: verdict.reason, where: input.where };
  let target = assessment?.target.sha ? { sha: assessment.target.sha, ref: assessment.target.ref } : null;
  if (!assessment)
    return {
      kind: "by-hand",
      why: "there is no rollback assessment, so check migrations and API contracts before rolling back",
      target: null
    };
  if (rollback) {
    if (rollback.decision.allowed && (rollback.decision.target ?? target))
      return {
        kind: "rollback",
        target: rollback.decision.target ?? target,
        via: rollback.decision.how === "dispatch" ? "starts the configured revert workflow" : "opens a revert pull request",
        check: assessment.verdict === "caution" ? cautionNote(assessment) : null,
        where: input.where
      };
    let reasons = rollback.decision.reasons.length ? rollback.decision.reasons : [assessment.recommendation];
    return hold(assessment, target, reasons, rollback.overridable);
  }
  return assessment.verdict === "unsafe" || !target ? hold(assessment, target, [assessment.recommendation], !1) : {
    kind: "rollback",
    target,
    via: "opens a revert (as configured)",
    check: assessment.verdict === "caution" ? cautionNote(assessment) : null,
    where: input.where
  };
}
function hold(assessment, target, reasons, override) {
  let unsafe = assessment.verdict === "unsafe" || !target, blocker = assessment.factors.find((f) => f.severity === "blocker"), instead = unsafe ? insteadOf(blocker?.recommendation ?? "") : `redeploy ${target.sha.slice(0, 7)}${target.ref ? ` (${target.ref})` : ""} by hand; the assessment found nothing that makes it unsafe`, finding = unsafe && blocker ? findingWhy(blocker) : "", blockers = assessment.factors.filter((f) => f.severity === "blocker").length;
  return {
    kind: "hold",
    why: finding || oneSentence(reasons[0] ?? "") || oneSentence(assessment.recommendation) || "the rollback assessment says unsafe",
    more: Math.max(0, (finding ? blockers : reasons.length) - 1),
    instead,
    override: override && unsafe,
    reasons
  };
}
function findingWhy(f) {
  let what = plainWords(oneSentence(f.detail).split(";")[0].trim());
  if (!what) return "";
  let name = f.path?.split("/").pop(), file = name && !what.includes(f.path) ? ` (${name}${f.line ? `:${f.line}` : ""})` : "";
  return `${what}${file}`;
}
function insteadOf(recommendation) {
  let sentence = plainWords(recommendation.replace(/\s+/g, " ")), forward = /\b(roll forward|expand)\b.*?(?=\.(?:\s|$)|$)/i.exec(sentence);
  return forward ? forward[0].trim() : "roll forward with a fix";
}
function plainWords(text) {
  return text.replace(/\bN-1\b/g, "the previous release").replace(/\bN\b(?= (?:is|still|adds|drops|reads|writes))/g, "this release");
}
function cautionNote(a) {
  let warnings = a.factors.filter((f) => f.severity === "warning");
  if (!warnings.length) return oneSentence(a.recommendation);
  let first = warnings[0];
  return `${first.path ? `${first.path}${first.line ? `:${first.line}` : ""}` : first.kind}: ${oneSentence(first.detail)}${warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : ""}`;
}
function lowerFirst(text) {
  return /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
}
function oneSentence(text) {
  let flat = (text.trim().split(/\r?\n/)[0] ?? "").replace(/\s+/g, " ").trim(), end = flat.search(/[.!?](\s|$)/), first = end > 0 ? flat.slice(0, end) : flat;
  return first.length > 160 ? `${first.slice(0, 159)}\u2026` : first;
}
function decisionLines(verdict, facts, step, final = !0) {
  return [brokeLine(verdict, final), deployLine(facts), doLine(step)].join(`

`);
}
function brokeLine(verdict, final = !0) {
  if (verdict.verdict === "pass")
    return `**Healthy:** every signal stayed within its limits${verdict.decidedAt === null ? "" : ` (decided ${formatDuration(verdict.decidedAt)} after the deploy)`}.`;
  if (verdict.verdict !== "fail")
    return `**${final ? "Undecided" : "Still watching"}:** ${escapeInline(oneSentence(verdict.reason))}.`;
  let failed = verdict.signals.filter((s) => s.verdict === "fail").sort((a, b) => Number(b.critical) - Number(a.critical));
  if (!failed.length) return `**Broke:** ${escapeInline(oneSentence(verdict.reason))}.`;
  let more = failed.length > 1 ? ` (and ${failed.length - 1} more signal${failed.length > 2 ? "s" : ""})` : "";
  return `**Broke:** ${howMuch(failed[0])}${more}.`;
}
function howMuch(s) {
  let name = codeSpan(s.id);
  if (s.kind === "count" && s.canary) {
    let now = formatPercent(s.canary.rate), b = s.baseline;
    if (!b || b.source === "none") return `${name} errors at ${now}`;
    if (b.source === "absolute") return `${name} errors ${now}, over the ${formatPercent(b.rate)} limit`;
    let where = b.source === "concurrent" ? "on the old version" : "before the deploy";
    return `${name} errors ${now} vs ${formatPercent(b.rate)} ${where}, ${formatRatio(s.canary.rate, b.rate)}`;
  }
  if (s.kind === "level" && s.level) {
    let l = s.level, unit = l.unit ? ` ${escapeInline(l.unit)}` : "", now = `${formatNumber(l.value)}${unit}`;
    return l.max !== void 0 && l.value > l.max ? `${name} at ${now}, above its max of ${formatNumber(l.max)}${unit}` : l.min !== void 0 && l.value < l.min ? `${name} at ${now}, below its min of ${formatNumber(l.min)}${unit}` : l.baseline !== void 0 ? `${name} at ${now} vs ${formatNumber(l.baseline)}${unit} before the deploy, ${formatRatio(l.value, l.baseline)}` : `${name} at ${now}`;
  }
  if (s.kind === "health" && s.health) {
    let h = s.health, detail = h.lastDetail ? `: ${escapeInline(oneSentence(h.lastDetail).slice(0, 80))}` : "";
    return `${name} failed ${h.consecutiveFailures} health check${h.consecutiveFailures === 1 ? "" : "s"} in a row${detail}`;
  }
  return `${name}: ${escapeInline(oneSentence(s.reason))}`;
}
function deployLine(facts) {
  let sha = facts.sha && /^[0-9a-f]{7,64}$/i.test(facts.sha) ? facts.sha : null, what = [
    sha ? codeSpan(sha.slice(0, 7)) : "an unknown commit",
    facts.pr ? `(#${facts.pr})` : "",
    facts.actor ? `by ${escapeInline(facts.actor)}` : ""
  ].filter(Boolean).join(" "), repo = linkUrl(facts.repoUrl), links = [
    sha && repo ? link("commit", `${repo}/commit/${sha}`) : "",
    facts.pr && repo ? link(`PR #${facts.pr}`, `${repo}/pull/${facts.pr}`) : "",
    facts.compareUrl ? link("changes", facts.compareUrl) : "",
    facts.deploymentUrl ? link("deployment", facts.deploymentUrl) : "",
    facts.runUrl ? link("run", facts.runUrl) : ""
  ].filter(Boolean), env = codeSpan(facts.environment);
  return `**Deploy:** ${what} to ${env} at ${formatClock(facts.deployTime)}${links.length ? ` \xB7 ${links.join(" \xB7 ")}` : ""}`;
}
function link(text, url) {
  let safe = linkUrl(url);
  return safe ? `[${linkText(text)}](${safe})` : "";
}
function doLine(step) {
  switch (step.kind) {
    case "keep":
      return `**Do:** ${step.text}`;
    case "undecided":
      return step.where === "incident" ? "**Do:** check the signals below by hand; `/resolve` this issue if the deploy is healthy, roll back by hand if it is not." : "**Do:** check the signals below by hand; Postflight could not decide.";
    case "rollback": {
      let to = `${codeSpan(step.target.sha.slice(0, 7))}${step.target.ref ? ` (${escapeInline(step.target.ref)})` : ""}`, where = step.where === "incident" ? "on this issue" : "on the incident issue", check = step.check ? ` Check first: ${escapeInline(step.check)}.` : "";
      return `**Do:** roll back to ${to}: comment ${codeSpan("/rollback")} ${where}.${check}`;
    }
    case "hold":
      return `**Do not roll back:** ${escapeInline(step.why)}${step.more ? ` (and ${step.more} more)` : ""}. Instead, ${escapeInline(lowerFirst(step.instead))}.`;
    case "by-hand":
      return `**Do:** decide by hand: ${escapeInline(step.why)}.`;
    case "started":
      return `**Doing:** a revert to ${codeSpan(step.revert.target.slice(0, 7))} started at ${escapeInline(step.revert.at)}; watch it deploy, then ${codeSpan("/resolve")}.`;
  }
}

// src/report/findings.ts
var SEVERITY_WORD = {
  blocker: "**blocker**",
  warning: "warning",
  info: "note"
}, CELL = 120, SEVERITY_ORDER = ["blocker", "warning", "info"];
function assessmentSection(a, links = {}, maxFactors = 50) {
  let target = a.target.sha ? `${codeSpan(a.target.sha.slice(0, 7))}${a.target.ref ? ` (${escapeInline(a.target.ref)})` : ""}, ${escapeInline(a.target.how)}` : `none: ${escapeInline(a.target.how)}`, lines = [
    `### Rollback safety: ${a.verdict}`,
    "",
    `**Target:** ${target}`,
    "",
    `Migrations changed: ${a.migrationsChanged ? "**yes**" : "no"} \xB7 API contracts changed: ${a.contractsChanged ? "**yes**" : "no"} \xB7 other releases a rollback also undoes: ${a.target.skipped.length}`
  ];
  if (a.target.skipped.length) {
    lines.push("");
    for (let s of a.target.skipped.slice(0, 10))
      lines.push(
        `- ${codeSpan(s.sha.slice(0, 7))}${s.ref ? ` (${escapeInline(s.ref)})` : ""}: ${escapeInline(s.reason)}`
      );
  }
  if (lines.push(""), a.factors.length === 0)
    return lines.push("Nothing in the range makes a rollback risky."), lines.join(`
`);
  let shown = [...a.factors].sort((x, y) => SEVERITY_ORDER.indexOf(x.severity) - SEVERITY_ORDER.indexOf(y.severity)).slice(0, maxFactors), blockers = shown.filter((f) => f.severity === "blocker"), rest = shown.filter((f) => f.severity !== "blocker");
  if (blockers.length && lines.push(byFile(blockers, links), ""), rest.length) {
    let warnings = rest.filter((f) => f.severity === "warning").length, notes = rest.length - warnings, what = [warnings ? `${warnings} warning(s)` : "", notes ? `${notes} note(s)` : ""].filter(Boolean).join(", ");
    lines.push(`<details><summary>${what}</summary>`, "", byFile(rest, links), "", "</details>", "");
  }
  return a.factors.length > maxFactors && lines.push(`_${a.factors.length - maxFactors} more finding(s) are in the JSON report._`, ""), lines.join(`
`).trimEnd();
}
function byFile(factors, links) {
  let groups = /* @__PURE__ */ new Map();
  for (let f of factors) {
    let key = f.path ?? "", group = groups.get(key);
    group ? group.push(f) : groups.set(key, [f]);
  }
  let out = [];
  for (let [path, group] of groups) {
    out.push(fileHeading(path, group, links), "", "| severity | line | finding |", "|---|---|---|");
    for (let f of group)
      out.push(
        `| ${SEVERITY_WORD[f.severity]} ${f.kind} | ${f.line ?? "\u2014"} | ${tableCell(headline(f.detail), CELL)} |`
      );
    let advice = [
      ...new Set(group.map((f) => plainWords(f.recommendation.replace(/\s+/g, " ").trim())))
    ].filter(Boolean);
    out.push("");
    for (let f of group) {
      let full = headline(f.detail);
      full.length > CELL && out.push(`- ${f.line ? `line ${f.line}` : f.kind}: ${escapeInline(full)}`);
    }
    group.some((f) => headline(f.detail).length > CELL) && out.push("");
    for (let r of advice) out.push(`\u2192 ${escapeInline(r)}`, "");
    let raw = group.map((f) => [f, rawEvidence(f)]).filter((e) => e[1] !== null);
    for (let [f, text] of raw)
      out.push(
        `<details><summary>parser output${f.line ? ` (line ${f.line})` : ""}</summary>`,
        "",
        codeBlock(text.split(`
`).slice(0, 20).join(`
`).slice(0, 2e3)),
        "",
        "</details>",
        ""
      );
  }
  return out.join(`
`).trimEnd();
}
function fileHeading(path, group, links) {
  if (!path) return "**Across the range**";
  let first = group.find((f) => f.commit) ?? group[0], repo = linkUrl(links.repoUrl), ref = first.commit ?? links.headSha, parts = [];
  if (repo && ref && parts.push(`[file](${repo}/blob/${ref}/${encodePath(path)}${first.line ? `#L${first.line}` : ""})`), first.commit) {
    let short = first.commit.slice(0, 7);
    parts.push(repo ? `commit [${short}](${repo}/commit/${first.commit})` : `commit ${short}`);
    let pr = links.prByCommit?.[first.commit];
    pr && Number.isInteger(pr) && parts.push(repo ? `[#${pr}](${repo}/pull/${pr})` : `#${pr}`);
  }
  return `**${codeSpan(path)}**${parts.length ? ` \xB7 ${parts.join(" \xB7 ")}` : ""}`;
}
function headline(detail) {
  return plainWords(detail.split(/\r?\n/)[0] ?? "").replace(/\s+at\s+\S+\s+\(.*$/, "").trim() || "see the parser output below";
}
function rawEvidence(f) {
  return f.evidenceDetail?.trim() ? f.evidenceDetail.trim() : /\r?\n/.test(f.detail.trim()) ? f.detail.trim() : null;
}
function encodePath(p) {
  return p.split("/").map(encodeURIComponent).join("/");
}

// src/report/verify-markdown.ts
function signalResult(s, final = !0) {
  return s.verdict === "pending" ? final ? "undecided" : "pending" : s.verdict === "inconclusive" ? "undecided" : s.verdict;
}
function verdictWord(verdict, final = !0) {
  return verdict === "pending" && !final ? "PENDING" : verdict === "pass" || verdict === "fail" ? verdict.toUpperCase() : "UNDECIDED";
}
function verdictHeadline(verdict, facts, final = !0) {
  let when = verdict.decidedAt === null ? "" : ` after ${formatDuration(verdict.decidedAt)}`;
  return `**${verdictWord(verdict.verdict, final)}** in ${codeSpan(facts.environment)}${when}: ${escapeInline(verdict.reason)}`;
}
function plainHeadline(verdict, facts, final = !0) {
  let when = verdict.decidedAt === null ? "" : ` after ${formatDuration(verdict.decidedAt)}`;
  return plainText(
    `${verdictWord(verdict.verdict, final)} in ${facts.environment}${when}: ${verdict.reason}`
  );
}
function signalTable(signals, final = !0) {
  let rows = signals.map((s) => {
    let [before, now] = describeValues(s), result = signalResult(s, final), stat = s.statistic !== void 0 && s.threshold !== void 0 ? `${formatNumber(s.statistic)} / ${formatNumber(s.threshold)}` : s.health ? `${s.health.consecutiveFailures} in a row` : "\u2014";
    return `| ${codeSpanInTable(s.id)}${s.critical ? " (critical)" : ""} | ${result === "fail" ? "**fail**" : result} | ${before} \u2192 ${now} | ${stat} |`;
  }), reasons = signals.map((s) => {
    let result = signalResult(s, final), why = result === "undecided" ? undecidedWhy(s) : s.reason;
    return `- ${codeSpan(s.id)} ${result}: ${escapeInline(why)}`;
  });
  return [
    "| signal | result | before \u2192 after | e-value / limit |",
    "|---|---|---|---|",
    ...rows,
    "",
    ...reasons
  ].join(`
`);
}
function undecidedWhy(s) {
  let reason = s.reason.trim();
  return reason && !/^pending\b/i.test(reason) ? reason : s.sourceErrors > 0 ? `the source failed ${s.sourceErrors} time(s), so the evidence never sufficed` : "the window ended before the evidence was strong enough either way";
}
function describeValues(s) {
  if (s.kind === "count") {
    let base = s.baseline ? s.baseline.source === "absolute" ? `limit ${formatPercent(s.baseline.rate)}` : formatPercent(s.baseline.rate) : "\u2014", now = s.canary ? formatPercent(s.canary.rate) : "no data";
    return [base, now];
  }
  if (s.kind === "level" && s.level) {
    let unit = s.level.unit ? ` ${tableCell(s.level.unit, 16)}` : "", limits = [
      s.level.max !== void 0 ? `max ${formatNumber(s.level.max)}` : "",
      s.level.min !== void 0 ? `min ${formatNumber(s.level.min)}` : ""
    ].filter(Boolean).join(", ");
    return [s.level.baseline !== void 0 ? `${formatNumber(s.level.baseline)}${unit}` : limits || "\u2014", `${formatNumber(s.level.value)}${unit}`];
  }
  return s.health ? ["healthy", `${s.health.checks - s.health.failures}/${s.health.checks} ok`] : ["\u2014", "no data"];
}
function renderVerifyMarkdown(verdict, facts, assessment = null, options = {}) {
  let final = options.final ?? !0, step = nextStep({ verdict, assessment, where: "elsewhere" }), parts = [
    `## Postflight: ${codeSpan(facts.environment)} deploy ${verdictWord(verdict.verdict, final).toLowerCase()}`,
    "",
    decisionLines(verdict, facts, step, final),
    ""
  ];
  return facts.dryRun && parts.push("_Dry run: nothing was written to GitHub._", ""), parts.push(...chartsAndSignals(verdict, facts, final, "all")), assessment && parts.push(assessmentSection(assessment, { repoUrl: facts.repoUrl, headSha: facts.sha }), ""), parts.push(
    "<details><summary>How it was decided</summary>",
    "",
    verdictHeadline(verdict, facts, final),
    "",
    deployFacts(facts),
    "",
    "</details>"
  ), parts.join(`
`);
}
function chartsAndSignals(verdict, facts, final, charts, signals = verdict.signals) {
  let options = { tolerance: facts.tolerance, deployTime: facts.deployTime }, charted = verdict.signals.filter((s) => s.kind !== "health"), failing = charted.filter((s) => s.verdict === "fail"), others = charted.filter((s) => s.verdict !== "fail"), limit = charts === "all" ? 1 / 0 : charts === "first" ? 1 : 0, parts = [], open = failing.slice(0, limit);
  for (let s of open) parts.push(signalChart(s, options), "");
  if (charts !== "all" && failing.length > open.length && parts.push(
    `<sub>${failing.length - open.length} more chart(s) left out to fit GitHub's size limit.</sub>`,
    ""
  ), parts.push("### Signals", "", signalTable(signals, final), ""), charts === "all" && others.length) {
    parts.push(`<details><summary>Charts of the other ${others.length} signal(s)</summary>`, "");
    for (let s of others) parts.push(signalChart(s, options), "");
    parts.push("</details>", "");
  }
  return parts;
}
function deployFacts(facts) {
  let lines = [`**Deploy** to ${codeSpan(facts.environment)} at ${formatClock(facts.deployTime)}`];
  facts.sha && lines.push(
    `- commit: ${codeSpan(facts.sha.slice(0, 12))}${facts.ref ? ` (${escapeInline(facts.ref)})` : ""}`
  ), facts.actor && lines.push(`- by: ${escapeInline(facts.actor)}`);
  let urls = [
    ["workflow run", facts.runUrl],
    ["deployment", facts.deploymentUrl],
    ["changes", facts.compareUrl]
  ];
  for (let [name, raw] of urls) {
    let url = linkUrl(raw);
    url && lines.push(`- ${name}: [${shortUrl(url)}](${url})`);
  }
  return lines.join(`
`);
}
function shortUrl(url) {
  try {
    let u = new URL(url), path = u.pathname.replace(/\/$/, ""), short = path.length > 32 ? `${path.slice(0, 14)}\u2026${path.slice(-14)}` : path;
    return escapeInline(`${u.host}${short}`);
  } catch {
    return escapeInline(url.slice(0, 40));
  }
}

export {
  signalResult,
  verdictHeadline,
  plainHeadline,
  signalTable,
  renderVerifyMarkdown,
  chartsAndSignals,
  deployFacts,
  shortUrl
};
