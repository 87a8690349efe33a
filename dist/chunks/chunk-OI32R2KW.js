import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/assess/types.ts
var SEVERITIES = ["info", "warning", "blocker"], FACTOR_KINDS = [
  "migration",
  "contract",
  "critical-change",
  "config",
  "dependency",
  "multiple-releases",
  "incomplete",
  "target"
], FACTOR_CATEGORIES = [
  "destructive",
  "constraining",
  "data-rewrite",
  "additive",
  "edited",
  "moved",
  "unparsed",
  "contract-removed",
  "contract-changed",
  "contract-added",
  "security",
  "hotfix",
  "critical-path",
  "config",
  "infra",
  "dependency",
  "releases",
  "target",
  "incomplete"
];

export {
  SEVERITIES,
  FACTOR_KINDS,
  FACTOR_CATEGORIES
};
