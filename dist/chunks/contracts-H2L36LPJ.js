import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  ContractParseError,
  INFO_ADVICE,
  errorMessage
} from "./chunk-JSDSSLXB.js";
import {
  detectContract,
  mightBeContract
} from "./chunk-52A2Q4QZ.js";
import "./chunk-CNPVSFHC.js";

// src/assess/contracts/index.ts
var KIND_LABEL = {
  openapi: "OpenAPI",
  graphql: "GraphQL",
  protobuf: "protobuf"
}, INFO_EXAMPLES = 3;
async function classifierFor(kind) {
  switch (kind) {
    case "openapi": {
      let module = await import("./openapi-4HZPQ3BS.js");
      return { diff: module.diffOpenApi, inventory: module.inventoryOpenApi };
    }
    case "graphql": {
      let module = await import("./graphql-RKVQEYRI.js");
      return { diff: module.diffGraphql, inventory: module.inventoryGraphql };
    }
    case "protobuf": {
      let module = await import("./protobuf-ZXMKNN54.js");
      return { diff: module.diffProtobuf, inventory: module.inventoryProtobuf };
    }
  }
}
function factorFor(file, severity, line, detail, recommendation) {
  return {
    kind: "contract",
    severity,
    path: file.path,
    line,
    commit: file.commits[0] ?? null,
    detail,
    recommendation
  };
}
function unreadable(file, kind, error) {
  let side = error instanceof ContractParseError ? error.side === "head" ? " in N" : " in N-1" : "";
  return factorFor(
    file,
    "warning",
    null,
    `${file.path}${side} could not be read as ${KIND_LABEL[kind]}: ${errorMessage(error)}. Its API changes were not checked.`,
    "Check this contract by hand before rolling back: compare what N offers with what N-1 offers."
  );
}
function toFactors(file, kind, findings) {
  let actionable = findings.filter((finding) => finding.severity !== "info"), infos = findings.filter((finding) => finding.severity === "info"), factors = actionable.map(
    (finding) => factorFor(file, finding.severity, finding.line, finding.detail, finding.recommendation)
  );
  if (actionable.length === 0 || infos.length > 0) {
    let examples = infos.slice(0, INFO_EXAMPLES).map((finding) => finding.detail), more = infos.length > INFO_EXAMPLES ? ` (and ${infos.length - INFO_EXAMPLES} more)` : "", summary = actionable.length === 0 ? `${KIND_LABEL[kind]} contract checked: nothing that clients of N use disappears or changes on rollback to N-1.` : `${KIND_LABEL[kind]} contract: ${infos.length} harmless change(s) on rollback.`, detail = examples.length > 0 ? `${summary} ${examples.join(" ")}${more}` : summary;
    factors.push(
      factorFor(
        file,
        "info",
        infos.find((finding) => finding.line !== null)?.line ?? null,
        detail,
        INFO_ADVICE
      )
    );
  }
  return factors;
}
async function addedInHead(file, kind, classifier, head) {
  let inventory = await classifier.inventory(head);
  return inventory.empty ? [
    factorFor(
      file,
      "info",
      null,
      `${KIND_LABEL[kind]} contract ${file.path} is new in N but declares nothing yet.`,
      INFO_ADVICE
    )
  ] : [
    factorFor(
      file,
      "blocker",
      1,
      `${KIND_LABEL[kind]} contract ${file.path} is new in N (${inventory.summary}): a rollback to N-1 removes all of it.`,
      `N added ${file.path}: clients that adopted it break on rollback; keep it in N-1 (expand first) or roll forward.`
    )
  ];
}
async function diffContract(file, head, base, kind) {
  try {
    if (head === null && base === null)
      return [
        factorFor(
          file,
          "warning",
          null,
          `${file.path}: content missing on both sides; the contract was not checked.`,
          "Check this contract by hand before rolling back."
        )
      ];
    if (head === null)
      return [
        factorFor(
          file,
          "info",
          null,
          `${KIND_LABEL[kind]} contract ${file.path} was deleted in N; a rollback restores it.`,
          INFO_ADVICE
        )
      ];
    let classifier = await classifierFor(kind);
    return base === null ? await addedInHead(file, kind, classifier, head) : toFactors(file, kind, await classifier.diff(head, base));
  } catch (error) {
    return [unreadable(file, kind, error)];
  }
}
export {
  detectContract,
  diffContract,
  mightBeContract
};
