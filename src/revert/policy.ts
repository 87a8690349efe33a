/**
 * Whether Postflight may revert a deploy, automatically or on `/rollback`. Pure: every rule that
 * blocks adds a reason in words (with the `path:line` of each blocking migration or contract), so
 * the incident can say exactly why not. The rules, in order:
 *   - revert is configured (`revert.mode` is not `off`);
 *   - the verdict is `fail`;
 *   - a known-good target exists (never lifted);
 *   - this incident has not reverted already, so a revert cannot loop (never lifted);
 *   - at most `maxPerDay` reverts per environment per day (never lifted);
 *   - no migration and no API contract changed, nothing blocks, and an automatic revert also needs
 *     the assessment to say `safe`. An admin's `/rollback --override <reason>` lifts these only.
 */
import type { Assessment, Factor } from '../assess/types.js';
import type { RevertConfig } from '../config/types.js';
import type { Verdict } from '../verdict/types.js';
import { startedReverts, type IncidentState } from '../incident/state.js';

export type RevertHow = 'dispatch' | 'pull-request';

export interface RevertOverride {
  by: string;
  reason: string;
}

export interface RevertPolicyInput {
  verdict: Verdict['verdict'];
  assessment: Assessment | null;
  mode: RevertConfig['mode'];
  incidentState: IncidentState | null;
  /** Started reverts in this environment on this (UTC) day, across incidents. */
  revertsToday: number;
  maxPerDay: number;
  /** Only ever passed for an admin; the caller checks the permission. */
  override?: RevertOverride | null;
  /** A person asked with `/rollback`: a `caution` assessment is theirs to accept. */
  trigger?: 'automatic' | 'command';
}

export interface RevertDecision {
  allowed: boolean;
  /** Why not (empty when allowed). */
  reasons: string[];
  how: RevertHow | null;
  target: { sha: string; ref: string | null } | null;
  /** Rules the override lifted, so the record says what the admin accepted. */
  lifted: string[];
  override: RevertOverride | null;
}

export function decideRevert(input: RevertPolicyInput): RevertDecision {
  const { assessment, override = null } = input;
  const trigger = input.trigger ?? 'automatic';
  const hard: string[] = [];
  const liftable: string[] = [];

  if (input.mode === 'off') hard.push('revert is off (`revert.mode: off`)');
  if (input.verdict !== 'fail')
    hard.push(`the verdict is ${input.verdict}; only a failed deploy is reverted`);

  const target = assessment?.target.sha ? { sha: assessment.target.sha, ref: assessment.target.ref } : null;
  if (!assessment) hard.push('there is no rollback assessment, so nothing shows a revert is safe');
  else if (!target) hard.push(`there is no known-good target to revert to: ${assessment.target.how}`);

  const done = startedReverts(input.incidentState);
  const last = done[done.length - 1];
  if (last) {
    hard.push(
      `this incident already reverted to ${last.target.slice(0, 12)} at ${last.at}; a second revert could loop`
    );
  }
  if (input.revertsToday >= input.maxPerDay) {
    hard.push(
      `${input.revertsToday} revert(s) today in this environment; the limit is ${input.maxPerDay} per day`
    );
  }

  if (assessment) liftable.push(...blockingFindings(assessment, trigger));

  const lifted = override ? liftable : [];
  const reasons = override ? hard : [...hard, ...liftable];
  const allowed = reasons.length === 0;
  return {
    allowed,
    reasons,
    how: allowed && input.mode !== 'off' ? input.mode : null,
    target: allowed ? target : null,
    lifted: allowed ? lifted : [],
    override: allowed ? override : null
  };
}

/** Findings that an admin may choose to accept: changed schema, changed contracts, blockers. */
function blockingFindings(a: Assessment, trigger: 'automatic' | 'command'): string[] {
  const reasons: string[] = [];
  const migrations = a.factors.filter((f) => f.kind === 'migration' && f.severity !== 'info');
  if (a.migrationsChanged) {
    if (migrations.length === 0) reasons.push('a database migration changed in the range');
    for (const f of migrations) reasons.push(`migration ${location(f)}: ${f.detail}`);
  }
  const contracts = a.factors.filter((f) => f.kind === 'contract' && f.severity !== 'info');
  if (a.contractsChanged) {
    if (contracts.length === 0) reasons.push('an API contract changed in the range');
    for (const f of contracts) reasons.push(`contract ${location(f)}: ${f.detail}`);
  }
  const counted = new Set<Factor>(a.migrationsChanged ? migrations : []);
  if (a.contractsChanged) for (const f of contracts) counted.add(f);
  for (const f of a.factors) {
    if (f.severity === 'blocker' && !counted.has(f)) reasons.push(`${f.kind} ${location(f)}: ${f.detail}`);
  }
  if (reasons.length === 0 && a.verdict === 'unsafe') reasons.push('the rollback assessment says unsafe');
  if (reasons.length === 0 && a.verdict === 'caution' && trigger === 'automatic') {
    reasons.push(
      'the rollback assessment says caution; an automatic revert needs safe (a person may still /rollback)'
    );
  }
  return reasons;
}

export function location(f: Pick<Factor, 'path' | 'line'>): string {
  if (!f.path) return '(no file)';
  return f.line ? `${f.path}:${f.line}` : f.path;
}
