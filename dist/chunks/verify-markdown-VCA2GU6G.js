import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  chartsAndSignals,
  deployFacts,
  plainHeadline,
  renderVerifyMarkdown,
  shortUrl,
  signalResult,
  signalTable,
  verdictHeadline
} from "./chunk-UNEXY55E.js";
import "./chunk-GAYY3J2L.js";
import "./chunk-CNPVSFHC.js";
export {
  chartsAndSignals,
  deployFacts,
  plainHeadline,
  renderVerifyMarkdown,
  shortUrl,
  signalResult,
  signalTable,
  verdictHeadline
};
