import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  appendTimeline,
  findOpenIncidents,
  statusOf,
  styleNewLabels,
  toIncidentIssue
} from "./chunk-GXQ2YWP5.js";
import "./chunk-3ICSUOJA.js";
import "./chunk-3NWGUEU3.js";
import "./chunk-XQ45XCVQ.js";
import "./chunk-CNPVSFHC.js";
export {
  appendTimeline,
  findOpenIncidents,
  statusOf,
  styleNewLabels,
  toIncidentIssue
};
