import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/assess/contracts/finding.ts
var ContractParseError = class extends Error {
  constructor(side, message) {
    super(message);
    this.side = side;
    this.name = "ContractParseError";
  }
  side;
};
function removalAdvice(what) {
  return `N added ${what}, and a rollback to N-1 takes it away: check that no client depends on it yet (they have had little time to adopt it); if one does, roll forward.`;
}
function requirementAdvice(what) {
  return `N-1 requires ${what}, which N dropped: clients written for N do not send it and fail on rollback; roll forward, or make N-1 tolerate its absence first.`;
}
function changeAdvice(what) {
  return `N changed ${what}: clients built against N break on rollback; make N-1 accept both shapes (expand first) or roll forward.`;
}
function dangerAdvice(what) {
  return `Check that clients of N still work against N-1 for ${what} before rolling back; if they do not, roll forward.`;
}
var INFO_ADVICE = "Nothing to do for this contract: a rollback only restores what N-1 already offered.";
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}

export {
  ContractParseError,
  removalAdvice,
  requirementAdvice,
  changeAdvice,
  dangerAdvice,
  INFO_ADVICE,
  errorMessage
};
