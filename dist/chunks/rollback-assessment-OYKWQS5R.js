import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  assessDeployedRelease,
  assessRange
} from "./chunk-GPCEXVD2.js";
import "./chunk-MILFKO5V.js";
import "./chunk-OI32R2KW.js";
import "./chunk-PSDHKS2V.js";
import "./chunk-CNPVSFHC.js";
export {
  assessDeployedRelease,
  assessRange
};
