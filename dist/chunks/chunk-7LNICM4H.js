import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/sources/signal-specs.ts
function countSignal(id, critical, concurrent) {
  return { id, kind: "count", baseline: concurrent ? "concurrent" : "pre-deploy", critical };
}
function levelBaseline(level, concurrent) {
  return concurrent ? "concurrent" : level.maxRatio !== void 0 ? "pre-deploy" : "absolute";
}
function levelSignal(id, level, critical, concurrent) {
  return {
    id,
    kind: "level",
    baseline: levelBaseline(level, concurrent),
    critical,
    ...level.max !== void 0 ? { max: level.max } : {},
    ...level.min !== void 0 ? { min: level.min } : {},
    ...level.maxRatio !== void 0 ? { maxRatio: level.maxRatio } : {},
    ...level.unit !== void 0 ? { unit: level.unit } : {}
  };
}

export {
  countSignal,
  levelBaseline,
  levelSignal
};
