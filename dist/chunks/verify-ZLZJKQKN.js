import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  systemClock,
  terminalIO,
  verifyJob
} from "./chunk-OMT4TELL.js";
import {
  createSources
} from "./chunk-JWUIGPKO.js";
import {
  loadConfig
} from "./chunk-VJTE2A2X.js";
import {
  UsageError
} from "./chunk-RK76LBPO.js";
import "./chunk-HFEFXF2P.js";
import "./chunk-HKY36KTA.js";
import "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";

// src/commands/verify.ts
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/jobs/termination.ts
var EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
function watchTermination(options = {}) {
  let controller = new AbortController(), emitter = options.emitter ?? process, exit = options.exit ?? ((code) => process.exit(code)), graceMs = options.graceMs ?? 4e3, handlers = /* @__PURE__ */ new Map();
  for (let name of Object.keys(EXIT_CODES)) {
    let handler = () => {
      if (controller.signal.aborted) {
        options.log?.(`Received ${name} as well: still writing the report.`);
        return;
      }
      options.log?.(`Received ${name}: stopping the verification and reporting what was observed.`), controller.abort(name), setTimeout(() => {
        options.log?.(`Still running ${graceMs / 1e3} s after ${name}: exiting.`), exit(EXIT_CODES[name]);
      }, graceMs).unref();
    };
    handlers.set(name, handler), emitter.on(name, handler);
  }
  return {
    signal: controller.signal,
    dispose() {
      for (let [name, handler] of handlers) emitter.off(name, handler);
    }
  };
}
function cancelledExitCode(reason) {
  return typeof reason == "string" && reason in EXIT_CODES ? EXIT_CODES[reason] : 1;
}

// src/commands/verify.ts
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
  let sources = await createSources(config.sources, { maskSecret: (v) => io.setSecret(v) }), termination = watchTermination({ log: (line) => io.info(line) }), outcome = await verifyJob({
    cancel: termination.signal,
    config,
    sources,
    clock: systemClock,
    io,
    facts: { sha: config.sha },
    reportPath,
    writeFile: async (p, content) => {
      await mkdir(path.dirname(path.resolve(p)), { recursive: !0 }), await writeFile(p, io.mask(content));
    }
  }).finally(() => termination.dispose());
  return process.stdout.write(io.mask(`${outcome.verdict.verdict}: ${outcome.verdict.reason}
`)), outcome.cancelled ? cancelledExitCode(outcome.cancelled.reason) : outcome.stepFails ? 1 : 0;
}
export {
  verifyCommand
};
