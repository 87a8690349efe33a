import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  READINESS_CHECK,
  annotationsFor,
  readinessConclusion,
  runAssessJob
} from "./chunk-ZEQXUE7Q.js";
import "./chunk-OG4QWGN4.js";
import "./chunk-456PUG7Q.js";
import "./chunk-25DIJYAD.js";
import "./chunk-Q6ZGY7DF.js";
import "./chunk-L7M3CB3C.js";
import "./chunk-6B7GX343.js";
export {
  READINESS_CHECK,
  annotationsFor,
  readinessConclusion,
  runAssessJob
};
