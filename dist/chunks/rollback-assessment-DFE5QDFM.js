import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  assessDeployedRelease,
  assessRange
} from "./chunk-FX7UIFSP.js";
import "./chunk-5QAPVCL2.js";
import "./chunk-75MCN4GT.js";
import "./chunk-6B7GX343.js";
export {
  assessDeployedRelease,
  assessRange
};
