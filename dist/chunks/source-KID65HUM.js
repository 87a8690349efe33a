import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  createPrometheusSource
} from "./chunk-JEEUEYCW.js";
import "./chunk-7LNICM4H.js";
import "./chunk-HKY36KTA.js";
import "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";

// src/sources/loki/source.ts
function createLokiSource(config, deps = {}) {
  let { tenant, ...rest } = config;
  return createPrometheusSource({ ...rest, type: "prometheus" }, deps, {
    type: "loki",
    apiPath: "/loki/api/v1",
    ...tenant !== void 0 ? { headers: { "X-Scope-OrgID": tenant } } : {}
  });
}
export {
  createLokiSource
};
