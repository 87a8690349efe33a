import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  PROMETHEUS,
  createPrometheusSource
} from "./chunk-DA2DW5VP.js";
import "./chunk-7LNICM4H.js";
import "./chunk-HZXPO654.js";
import "./chunk-IGMUNFP5.js";
import "./chunk-CNPVSFHC.js";
export {
  PROMETHEUS,
  createPrometheusSource
};
