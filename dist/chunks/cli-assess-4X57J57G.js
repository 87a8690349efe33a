import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  assess,
  localChangeSet,
  renderAssessmentText
} from "./chunk-L442GQA4.js";
import {
  ASSESS_DEFAULTS,
  assessSchema
} from "./chunk-OBVMUST6.js";
import {
  require_dist
} from "./chunk-2OAZCE73.js";
import "./chunk-IVKVIPVY.js";
import {
  __toESM
} from "./chunk-CNPVSFHC.js";

// src/assess/cli-assess.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
var NO_SETTINGS = { criticalPaths: [], migrationGlobs: [], contractGlobs: [], failOn: ASSESS_DEFAULTS.failOn };
async function readAssessSettings(configFile) {
  let text;
  try {
    text = await readFile(configFile, "utf8");
  } catch (error) {
    throw new Error(`config file ${configFile} could not be read: ${error.message}`);
  }
  let data;
  try {
    data = (0, import_yaml.parse)(text);
  } catch (error) {
    throw new Error(`config file ${configFile} is not valid YAML: ${error.message}`);
  }
  if (data == null) return NO_SETTINGS;
  if (typeof data != "object" || Array.isArray(data)) throw new Error(`config file ${configFile}: expected a mapping of keys at the top`);
  let section = data.assess ?? {}, parsed = assessSchema.safeParse(section);
  if (!parsed.success) {
    let problems = parsed.error.issues.map((issue) => `assess${issue.path.map((p) => typeof p == "number" ? `[${p}]` : `.${String(p)}`).join("")}: ${issue.message}`);
    throw new Error(`config file ${configFile}: ${problems.join("; ")}`);
  }
  return {
    criticalPaths: parsed.data["critical-paths"],
    migrationGlobs: parsed.data.migrations,
    contractGlobs: parsed.data.contracts,
    failOn: parsed.data["fail-on"]
  };
}
function assessmentJson(a) {
  let shape = {
    verdict: a.verdict,
    migrationsChanged: a.migrationsChanged,
    contractsChanged: a.contractsChanged,
    target: { ref: a.target.ref, sha: a.target.sha },
    factors: a.factors.map((f) => ({
      kind: f.kind,
      severity: f.severity,
      path: f.path,
      line: f.line,
      commit: f.commit,
      detail: f.detail,
      recommendation: f.recommendation
    }))
  };
  return `${JSON.stringify(shape, null, 2)}
`;
}
function fails(verdict, failOn) {
  return failOn === "never" ? !1 : verdict === "unsafe" || failOn === "caution" && verdict === "caution";
}
async function runAssessCommand(args, deps = {}) {
  try {
    for (let key of ["repo", "base", "head"])
      if (typeof args[key] != "string" || args[key].trim() === "") throw new Error(`--${key} is required (a ${key === "repo" ? "path to a git working copy" : "ref or SHA"})`);
    let settings = args.configFile ? await readAssessSettings(args.configFile) : NO_SETTINGS, changes = await localChangeSet({ repo: args.repo, base: args.base, head: args.head });
    try {
      let target = { ref: args.base, sha: changes.base, how: "given as --base", skipped: [] }, assessment = await assess(changes, target, settings, deps);
      return {
        output: args.json ? assessmentJson(assessment) : renderAssessmentText(assessment),
        exitCode: fails(assessment.verdict, settings.failOn) ? 1 : 0
      };
    } finally {
      changes.close();
    }
  } catch (error) {
    return { output: `postflight assess: ${error instanceof Error ? error.message : String(error)}
`, exitCode: 2 };
  }
}
export {
  assessmentJson,
  readAssessSettings,
  runAssessCommand
};
