import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  require_graphql
} from "./chunk-3XTFT2VL.js";
import "./chunk-6B7GX343.js";
export default require_graphql();
