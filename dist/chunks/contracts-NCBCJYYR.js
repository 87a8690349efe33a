import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  ContractParseError,
  INFO_ADVICE,
  errorMessage,
  removalAdvice
} from "./chunk-TQCAESDJ.js";
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
      let module = await import("./openapi-OWSB5O6N.js");
      return { diff: module.diffOpenApi, inventory: module.inventoryOpenApi };
    }
    case "graphql": {
      let module = await import("./graphql-DZUN7CYW.js");
      return { diff: module.diffGraphql, inventory: module.inventoryGraphql };
    }
    case "protobuf": {
      let module = await import("./protobuf-LKNIR374.js");
      return { diff: module.diffProtobuf, inventory: module.inventoryProtobuf };
    }
  }
}
var CATEGORY = {
  added: "contract-added",
  changed: "contract-changed",
  removed: "contract-removed"
};
function factorFor(file, kind, severity, line, detail, recommendation, category) {
  return {
    kind: "contract",
    severity,
    path: file.path,
    line,
    commit: file.commits[0] ?? null,
    detail,
    recommendation,
    category,
    framework: kind
  };
}
function unreadable(file, kind, error) {
  let side = error instanceof ContractParseError ? error.side === "head" ? " in N" : " in N-1" : "", factor = factorFor(
    file,
    kind,
    "warning",
    null,
    `${file.path}${side} does not parse as ${KIND_LABEL[kind]}, so its API changes were not checked.`,
    "Check this contract by hand before rolling back: compare what N offers with what N-1 offers.",
    "unparsed"
  );
  return factor.evidenceDetail = errorMessage(error), factor;
}
function mergeRepeats(findings) {
  let first = /* @__PURE__ */ new Map(), kept = [];
  for (let finding of findings) {
    let key = finding.subject !== void 0 && finding.line !== null ? `${finding.change ?? ""}\0${finding.subject}\0${finding.line}` : null, seen = key === null ? void 0 : first.get(key);
    if (seen) {
      seen.repeats++;
      continue;
    }
    let entry = { finding: { ...finding }, repeats: 0 };
    key !== null && first.set(key, entry), kept.push(entry.finding);
  }
  for (let { finding, repeats } of first.values())
    repeats > 0 && (finding.detail = `${finding.detail.replace(/\.$/, "")} (the same element, reached through ${repeats} more operation${repeats === 1 ? "" : "s"} or media type${repeats === 1 ? "" : "s"}).`);
  return kept;
}
function toFactors(file, kind, findings) {
  let actionable = mergeRepeats(findings.filter((finding) => finding.severity !== "info")), infos = findings.filter((finding) => finding.severity === "info"), factors = actionable.map(
    (finding) => factorFor(
      file,
      kind,
      finding.severity,
      finding.line,
      finding.detail,
      finding.recommendation,
      CATEGORY[finding.change ?? "changed"]
    )
  );
  if (actionable.length === 0 || infos.length > 0) {
    let examples = infos.slice(0, INFO_EXAMPLES).map((finding) => finding.detail), more = infos.length > INFO_EXAMPLES ? ` (and ${infos.length - INFO_EXAMPLES} more)` : "", summary = actionable.length === 0 ? `${KIND_LABEL[kind]} contract checked: nothing that clients of N use disappears or changes on rollback to N-1.` : `${KIND_LABEL[kind]} contract: ${infos.length} harmless change(s) on rollback.`, detail = examples.length > 0 ? `${summary} ${examples.join(" ")}${more}` : summary;
    factors.push(
      factorFor(
        file,
        kind,
        "info",
        infos.find((finding) => finding.line !== null)?.line ?? null,
        detail,
        INFO_ADVICE,
        infos.some((finding) => finding.change === "removed") ? "contract-removed" : "contract-changed"
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
      kind,
      "info",
      null,
      `${KIND_LABEL[kind]} contract ${file.path} is new in N but declares nothing yet.`,
      INFO_ADVICE,
      "contract-added"
    )
  ] : [
    factorFor(
      file,
      kind,
      "warning",
      1,
      `${KIND_LABEL[kind]} contract ${file.path} is new in N (${inventory.summary}): a rollback to N-1 removes all of it.`,
      removalAdvice(`${file.path} (${inventory.summary})`),
      "contract-added"
    )
  ];
}
async function diffContract(file, head, base, kind) {
  try {
    if (head === null && base === null)
      return [
        factorFor(
          file,
          kind,
          "warning",
          null,
          `${file.path}: content missing on both sides; the contract was not checked.`,
          "Check this contract by hand before rolling back.",
          "unparsed"
        )
      ];
    if (head === null)
      return [
        factorFor(
          file,
          kind,
          "info",
          null,
          `${KIND_LABEL[kind]} contract ${file.path} was deleted in N; a rollback restores it.`,
          INFO_ADVICE,
          "contract-removed"
        )
      ];
    let classifier = await classifierFor(kind);
    return base !== null && head === base ? (await classifier.inventory(head), toFactors(file, kind, [])) : base === null ? await addedInHead(file, kind, classifier, head) : toFactors(file, kind, await classifier.diff(head, base));
  } catch (error) {
    return [unreadable(file, kind, error)];
  }
}
export {
  detectContract,
  diffContract,
  mightBeContract
};
