import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  assess,
  localChangeSet,
  renderAssessmentText
} from "./chunk-4KX6BBCH.js";
import {
  ASSESS_DEFAULTS,
  loadConfig
} from "./chunk-UPNSJYJW.js";
import "./chunk-2OAZCE73.js";
import "./chunk-IVKVIPVY.js";
import "./chunk-CNPVSFHC.js";

// src/assess/cli-assess.ts
var NO_SETTINGS = {
  criticalPaths: [],
  migrationGlobs: [],
  contractGlobs: [],
  failOn: ASSESS_DEFAULTS.failOn
};
async function readAssessSettings(configFile) {
  let { config } = loadConfig({
    file: configFile,
    inputs: {},
    env: process.env,
    cwd: process.cwd(),
    requireSources: !1
  });
  return {
    criticalPaths: config.assess.criticalPaths,
    migrationGlobs: config.assess.migrations,
    contractGlobs: config.assess.contracts,
    failOn: config.assess.failOn
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
      if (typeof args[key] != "string" || args[key].trim() === "")
        throw new Error(
          `--${key} is required (a ${key === "repo" ? "path to a git working copy" : "ref or SHA"})`
        );
    let settings = args.configFile ? await readAssessSettings(args.configFile) : NO_SETTINGS, changes = await localChangeSet({ repo: args.repo, base: args.base, head: args.head });
    try {
      let target = {
        ref: args.base,
        sha: changes.base,
        how: "given as --base",
        skipped: []
      }, assessment = await assess(changes, target, settings, deps);
      return {
        output: args.json ? assessmentJson(assessment) : renderAssessmentText(assessment),
        exitCode: fails(assessment.verdict, settings.failOn) ? 1 : 0
      };
    } finally {
      changes.close();
    }
  } catch (error) {
    return {
      output: `postflight assess: ${error instanceof Error ? error.message : String(error)}
`,
      exitCode: 2
    };
  }
}
export {
  assessmentJson,
  readAssessSettings,
  runAssessCommand
};
