import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  appendTimeline,
  findOpenIncidents,
  statusOf,
  styleNewLabels,
  toIncidentIssue
} from "./chunk-RE35IAR2.js";
import "./chunk-OI32R2KW.js";
import "./chunk-HI6YRM7G.js";
import "./chunk-UNEXY55E.js";
import "./chunk-GAYY3J2L.js";
import "./chunk-CNPVSFHC.js";
export {
  appendTimeline,
  findOpenIncidents,
  statusOf,
  styleNewLabels,
  toIncidentIssue
};
