import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  assessDeployedRelease,
  assessRange
} from "./chunk-OG4QWGN4.js";
import "./chunk-456PUG7Q.js";
import "./chunk-L7M3CB3C.js";
import "./chunk-6B7GX343.js";
export {
  assessDeployedRelease,
  assessRange
};
