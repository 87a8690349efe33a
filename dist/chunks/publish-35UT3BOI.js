import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  annotationsFor,
  publishCheckRun
} from "./chunk-ZEQXUE7Q.js";
import "./chunk-OG4QWGN4.js";
import "./chunk-456PUG7Q.js";
import {
  verdictHeadline
} from "./chunk-E27MP72C.js";
import "./chunk-25DIJYAD.js";
import "./chunk-Q6ZGY7DF.js";
import "./chunk-L7M3CB3C.js";
import "./chunk-6B7GX343.js";

// src/jobs/publish.ts
var VERIFICATION_CHECK = "Postflight: deploy verification";
async function publishVerification(deps) {
  let { gh, ctx, config, outcome, io } = deps, sha = config.sha ?? ctx.sha;
  await step(io, "check run", async () => {
    let result = await publishCheckRun(gh, {
      owner: ctx.owner,
      repo: ctx.repo,
      sha,
      name: VERIFICATION_CHECK,
      conclusion: checkConclusion(outcome, config),
      title: verdictHeadline(outcome.verdict, config).replace(/\*\*/g, "").slice(0, 200),
      summary: outcome.markdown,
      annotations: outcome.assessment ? annotationsFor(outcome.assessment.factors) : [],
      detailsUrl: ctx.runUrl
    });
    result.kind === "status" && await io.summary(`> **Note:** ${result.note}
`);
  });
}
function checkConclusion(outcome, config) {
  let v = outcome.verdict.verdict;
  return v === "pass" ? "success" : v === "fail" ? config.failOnFail ? "failure" : "neutral" : config.onInconclusive === "fail" ? "failure" : config.onInconclusive === "pass" ? "success" : "neutral";
}
async function step(io, what, action) {
  try {
    await action();
  } catch (error) {
    io.error(`Postflight could not publish the ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
export {
  VERIFICATION_CHECK,
  publishVerification
};
