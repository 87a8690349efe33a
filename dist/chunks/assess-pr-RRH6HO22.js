import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  READINESS_CHECK,
  annotationsFor,
  readinessConclusion,
  runAssessJob
} from "./chunk-AUHSW545.js";
import "./chunk-O7IW56ES.js";
import "./chunk-YPNLRQNF.js";
import "./chunk-3ICSUOJA.js";
import "./chunk-XQ45XCVQ.js";
import "./chunk-PSDHKS2V.js";
import "./chunk-CNPVSFHC.js";
export {
  READINESS_CHECK,
  annotationsFor,
  readinessConclusion,
  runAssessJob
};
