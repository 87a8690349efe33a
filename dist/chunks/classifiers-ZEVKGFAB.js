import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import "./chunk-6B7GX343.js";

// src/assess/classifiers.ts
async function loadDetectors() {
  let [migrations, contracts] = await Promise.all([import("./detect-WTYDT63V.js"), import("./detect-UJQPIUKY.js")]);
  return {
    detectMigration: migrations.detectMigration,
    detectContract: contracts.detectContract,
    mightBeContract: contracts.mightBeContract
  };
}
async function loadClassifiers() {
  let [migrations, contracts] = await Promise.all([import("./migrations-UWCKPMVX.js"), import("./contracts-ROUDXWTZ.js")]);
  return { classifyMigration: migrations.classifyMigration, diffContract: contracts.diffContract };
}
export {
  loadClassifiers,
  loadDetectors
};
