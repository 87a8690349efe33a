import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/cli-main.ts
import { parseArgs } from "node:util";
var USAGE = `Usage:
  postflight verify --config FILE [--dry-run] [--report PATH] [--summary PATH]
  postflight replay --config FILE --trace FILE.csv [--json]
  postflight replay --config FILE --from-sources --deploy-time ISO [--json]
  postflight assess --repo PATH --base REF --head REF [--config FILE] [--json] [--verbose]
  postflight demo [--out DIR]

verify   polls the configured sources after a deploy and prints the verdict (never writes to GitHub)
replay   runs the verdict engine over a recorded trace on a virtual clock (backtesting), or over a
         past deploy from the sources' own history (--from-sources, e.g. Prometheus query_range)
assess   rollback safety of moving from --head (N) back to --base (N-1) in a local git repository
demo     starts a local service, "deploys" a bad version and verifies it (no accounts needed)`, UsageError = class extends Error {
};
async function main(argv) {
  let [command, ...rest] = argv;
  switch (command) {
    case "verify":
      return (await import("./verify-ZLZJKQKN.js")).verifyCommand(
        parse(rest, { config: "string", "dry-run": "boolean", report: "string", summary: "string" })
      );
    case "replay":
      return (await import("./replay-BGJ5ESH3.js")).replayCommand(
        parse(rest, {
          config: "string",
          trace: "string",
          json: "boolean",
          "from-sources": "boolean",
          "deploy-time": "string"
        })
      );
    case "assess":
      return (await import("./assess-PCKRG4PC.js")).assessCommand(
        parse(rest, {
          repo: "string",
          base: "string",
          head: "string",
          config: "string",
          json: "boolean",
          verbose: "boolean"
        })
      );
    case "demo":
      return (await import("./demo-DGFBMKPN.js")).demoCommand(parse(rest, { out: "string" }));
    case void 0:
    case "-h":
    case "--help":
    case "help":
      return process.stdout.write(USAGE + `
`), command === void 0 ? 2 : 0;
    default:
      throw new UsageError(`unknown command '${command}'; expected one of verify, replay, assess, demo`);
  }
}
function parse(args, flags) {
  try {
    let { values } = parseArgs({
      args,
      options: Object.fromEntries(Object.entries(flags).map(([k, type]) => [k, { type }])),
      strict: !0,
      allowPositionals: !1
    });
    return values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export {
  USAGE,
  UsageError,
  main
};
