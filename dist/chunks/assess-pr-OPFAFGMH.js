import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  READINESS_CHECK,
  annotationsFor,
  readinessConclusion,
  runAssessJob
} from "./chunk-D3MYGD56.js";
import "./chunk-FX7UIFSP.js";
import "./chunk-5QAPVCL2.js";
import "./chunk-Q6ZGY7DF.js";
import "./chunk-KSO7XHXN.js";
import "./chunk-75MCN4GT.js";
import "./chunk-6B7GX343.js";
export {
  READINESS_CHECK,
  annotationsFor,
  readinessConclusion,
  runAssessJob
};
