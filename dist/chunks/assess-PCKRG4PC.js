import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  UsageError
} from "./chunk-RK76LBPO.js";
import "./chunk-CNPVSFHC.js";

// src/commands/assess.ts
async function assessCommand(flags) {
  let need = (name) => {
    let value = flags[name];
    if (typeof value != "string" || !value) throw new UsageError(`assess needs --${name}`);
    return value;
  }, { runAssessCommand } = await import("./cli-assess-KGYJNUFM.js"), { output, exitCode } = await runAssessCommand({
    repo: need("repo"),
    base: need("base"),
    head: need("head"),
    configFile: typeof flags.config == "string" ? flags.config : void 0,
    json: flags.json === !0,
    verbose: flags.verbose === !0
  });
  return process.stdout.write(output.endsWith(`
`) ? output : output + `
`), exitCode;
}
export {
  assessCommand
};
