/**
 * What a contract classifier reports, before `index.ts` attaches the file and commit. Classifiers
 * compare head (N) with base (N-1): something present in N and missing in N-1 is what a rollback
 * takes away from clients.
 */
import type { Severity } from '../types.js';

export interface ContractFinding {
  severity: Severity;
  /** 1-based line in the head file (null when the element only exists in the base file). */
  line: number | null;
  detail: string;
  recommendation: string;
}

/** Raised by a classifier when one side cannot be parsed; `index.ts` turns it into a warning. */
export class ContractParseError extends Error {
  constructor(
    readonly side: 'head' | 'base',
    message: string
  ) {
    super(message);
    this.name = 'ContractParseError';
  }
}

/** How much a whole contract offers, for "a rollback removes all of it". */
export interface ContractInventory {
  /** e.g. "12 operations", "8 types", "3 services with 9 rpcs". */
  summary: string;
  /** Whether the contract declares anything at all (an empty file is not a blocker). */
  empty: boolean;
}

export function removalAdvice(what: string): string {
  return `N added ${what}: clients that adopted it break on rollback; keep it in N-1 (expand first) or roll forward.`;
}

export function changeAdvice(what: string): string {
  return `N changed ${what}: clients built against N break on rollback; make N-1 accept both shapes (expand first) or roll forward.`;
}

export function dangerAdvice(what: string): string {
  return `Check that clients of N still work against N-1 for ${what} before rolling back; if they do not, roll forward.`;
}

export const INFO_ADVICE =
  'Nothing to do for this contract: a rollback only restores what N-1 already offered.';

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
