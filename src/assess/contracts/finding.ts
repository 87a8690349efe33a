/**
 * What a contract classifier reports, before `index.ts` attaches the file and commit. Classifiers
 * compare head (N) with base (N-1): something present in N and missing in N-1 is what a rollback
 * takes away from clients.
 */
import type { Severity } from '../types.js';

/**
 * What N did to the element, read in the rollback direction: `added` (or relaxed) by N disappears
 * on rollback, `changed` by N reverts under clients that moved with it, `removed` by N reappears.
 */
export type ContractChange = 'added' | 'changed' | 'removed';

export interface ContractFinding {
  severity: Severity;
  /** Absent for findings that are none of the three (a default, a server URL, a doc note). */
  change?: ContractChange;
  /**
   * The element itself (`User.email`, `GET /orders`), so that one added thing reached through
   * several operations and media types is reported once.
   */
  subject?: string;
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

/**
 * For what N added: at incident time clients have had minutes to adopt it, so this is a check,
 * not a stop.
 */
export function removalAdvice(what: string): string {
  return `N added ${what}, and a rollback to N-1 takes it away: check that no client depends on it yet (they have had little time to adopt it); if one does, roll forward.`;
}

/** For what N-1 requires of clients that N stopped asking for: clients of N do not send it. */
export function requirementAdvice(what: string): string {
  return `N-1 requires ${what}, which N dropped: clients written for N do not send it and fail on rollback; roll forward, or make N-1 tolerate its absence first.`;
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
