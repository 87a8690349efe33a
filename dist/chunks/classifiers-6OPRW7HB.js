import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import "./chunk-CNPVSFHC.js";

// src/assess/classifiers.ts
async function loadDetectors() {
  let [migrations, locations, contracts] = await Promise.all([
    import("./detect-3ZWODYOZ.js"),
    import("./locations-DJAEUPV3.js"),
    import("./detect-Q2NC3QEC.js")
  ]);
  return {
    detectMigration: migrations.detectMigration,
    detectContract: contracts.detectContract,
    mightBeContract: contracts.mightBeContract,
    migrationLayout: locations.discoverMigrationLayout
  };
}
async function loadClassifiers() {
  let [migrations, contracts] = await Promise.all([
    import("./migrations-7A2KPVDA.js"),
    import("./contracts-7A3BGAN4.js")
  ]);
  return {
    classifyMigration: migrations.classifyMigration,
    classifyMigrationRange: (candidates, read) => migrations.classifyMigrationRange(candidates, read),
    diffContract: contracts.diffContract,
    warmUp: migrations.warmUpMigrations,
    isSlowToStart: migrations.needsPostgresParser
  };
}
export {
  loadClassifiers,
  loadDetectors
};
