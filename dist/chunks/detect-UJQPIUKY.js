import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  detectContract,
  looksLikeOpenApi,
  mightBeContract
} from "./chunk-Y2UFKRCD.js";
import "./chunk-6B7GX343.js";
export {
  detectContract,
  looksLikeOpenApi,
  mightBeContract
};
