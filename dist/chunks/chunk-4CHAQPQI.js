import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/sources/version-split.ts
function groupOf(value, split, phase) {
  return split ? value === split.canary ? "canary" : split.baseline !== void 0 ? value === split.baseline ? "baseline" : void 0 : value === void 0 ? void 0 : "baseline" : phase === "baseline" ? "baseline" : "canary";
}

export {
  groupOf
};
