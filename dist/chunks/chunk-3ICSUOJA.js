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
];

export {
  SEVERITIES,
  FACTOR_KINDS
};
