import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  detectMigration,
  isDownSideKind
} from "./chunk-OR2FWXBX.js";
import "./chunk-6B7GX343.js";
export {
  detectMigration,
  isDownSideKind
};
