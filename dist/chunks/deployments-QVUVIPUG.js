import { createRequire as __pfCreateRequire } from 'node:module'; const require = __pfCreateRequire(import.meta.url);
import {
  DEPLOYMENT_DESCRIPTION_LIMIT,
  listDeployments,
  setDeploymentStatus
} from "./chunk-75MCN4GT.js";
import "./chunk-6B7GX343.js";
export {
  DEPLOYMENT_DESCRIPTION_LIMIT,
  listDeployments,
  setDeploymentStatus
};
