import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  detectMigration,
  isDownSideKind
} from "./chunk-ANYHBLUX.js";
import "./chunk-CNPVSFHC.js";
export {
  detectMigration,
  isDownSideKind
};
