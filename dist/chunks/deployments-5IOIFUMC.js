import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  DEPLOYMENT_DESCRIPTION_LIMIT,
  listDeployments,
  setDeploymentStatus
} from "./chunk-PSDHKS2V.js";
import "./chunk-CNPVSFHC.js";
export {
  DEPLOYMENT_DESCRIPTION_LIMIT,
  listDeployments,
  setDeploymentStatus
};
