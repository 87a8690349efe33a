import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  appendTimeline,
  findOpenIncidents,
  statusOf,
  styleNewLabels,
  toIncidentIssue
} from "./chunk-W2CA3BJ3.js";
import "./chunk-H2R37RE4.js";
import "./chunk-KSO7XHXN.js";
import "./chunk-PNJ4ECDI.js";
import "./chunk-6B7GX343.js";
export {
  appendTimeline,
  findOpenIncidents,
  statusOf,
  styleNewLabels,
  toIncidentIssue
};
