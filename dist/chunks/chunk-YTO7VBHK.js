import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/sources/readings.ts
function mergeReadings(readings) {
  let out = /* @__PURE__ */ new Map(), levelCounts = /* @__PURE__ */ new Map();
  for (let r of readings) {
    let key = `${r.signal}\0${r.group}`, seen = out.get(key);
    if (!seen)
      out.set(key, { ...r }), levelCounts.set(key, 1);
    else if (seen.kind === "count" && r.kind === "count")
      seen.errors += r.errors, seen.total += r.total;
    else if (seen.kind === "level" && r.kind === "level") {
      let n = levelCounts.get(key);
      seen.value = (seen.value * n + r.value) / (n + 1), levelCounts.set(key, n + 1);
    }
  }
  return [...out.values()];
}
function bucketCursor() {
  let next;
  return {
    from: (windowFrom) => next ??= windowFrom,
    counted: (end) => {
      next = Math.max(next ?? end, end);
    }
  };
}

export {
  mergeReadings,
  bucketCursor
};
