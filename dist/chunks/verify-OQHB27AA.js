import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  systemClock,
  terminalIO,
  verifyJob
} from "./chunk-2EZEWCAK.js";
import {
  createSource
} from "./chunk-5A3AG2V3.js";
import {
  loadConfig
} from "./chunk-OHFPNRGX.js";
import {
  UsageError
} from "./chunk-X3EY7YW3.js";
import "./chunk-HFEFXF2P.js";
import "./chunk-CNPVSFHC.js";

// src/commands/verify.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
async function verifyCommand(flags) {
  let file = typeof flags.config == "string" ? flags.config : void 0;
  if (!file) throw new UsageError("verify needs --config FILE");
  let reportPath = typeof flags.report == "string" ? flags.report : "postflight-report.json", summaryPath = typeof flags.summary == "string" ? flags.summary : void 0, io = terminalIO({ summaryPath }), { config, secrets, warnings } = await loadConfig({
    file,
    inputs: {},
    env: process.env,
    cwd: process.cwd()
  });
  secrets.forEach((s) => io.setSecret(s)), warnings.forEach((w) => io.warning(w)), flags["dry-run"] && (config.dryRun = !0);
  let sources = config.sources.map((s) => createSource(s, { maskSecret: (v) => io.setSecret(v) })), outcome = await verifyJob({
    config,
    sources,
    clock: systemClock,
    io,
    facts: { sha: config.sha },
    reportPath,
    writeFile: async (p, content) => {
      await mkdir(path.dirname(path.resolve(p)), { recursive: !0 }), await writeFile(p, content);
    }
  });
  return process.stdout.write(`${outcome.verdict.verdict}: ${outcome.verdict.reason}
`), outcome.stepFails ? 1 : 0;
}
export {
  verifyCommand
};
