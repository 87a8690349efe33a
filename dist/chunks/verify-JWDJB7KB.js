import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  terminalIO
} from "./chunk-WRWXDIR7.js";
import {
  systemClock,
  verifyJob
} from "./chunk-D6NZ5XVD.js";
import {
  createSource
} from "./chunk-JN5LHUOE.js";
import {
  loadConfig
} from "./chunk-BB7AT2A2.js";
import "./chunk-EFKKGGVN.js";
import "./chunk-457E4T6O.js";
import {
  UsageError
} from "./chunk-5SCNXZX5.js";
import "./chunk-H2R37RE4.js";
import "./chunk-KSO7XHXN.js";
import "./chunk-PNJ4ECDI.js";
import "./chunk-6B7GX343.js";

// src/commands/verify.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
async function verifyCommand(flags) {
  let file = typeof flags.config == "string" ? flags.config : void 0;
  if (!file) throw new UsageError("verify needs --config FILE");
  let reportPath = typeof flags.report == "string" ? flags.report : "postflight-report.json", summaryPath = typeof flags.summary == "string" ? flags.summary : void 0, io = terminalIO({ summaryPath }), { config, secrets, warnings } = await loadConfig({ file, inputs: {}, env: process.env, cwd: process.cwd() });
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
