import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-5SCNXZX5.js";
import "./chunk-6B7GX343.js";

// src/commands/assess.ts
async function assessCommand(flags) {
  let need = (name) => {
    let value = flags[name];
    if (typeof value != "string" || !value) throw new UsageError(`assess needs --${name}`);
    return value;
  }, { runAssessCommand } = await import("./cli-assess-E2I5FR7T.js"), { output, exitCode } = await runAssessCommand({
    repo: need("repo"),
    base: need("base"),
    head: need("head"),
    configFile: typeof flags.config == "string" ? flags.config : void 0,
    json: flags.json === !0
  });
  return process.stdout.write(output.endsWith(`
`) ? output : output + `
`), exitCode;
}
export {
  assessCommand
};
