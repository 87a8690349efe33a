/**
 * The machine-readable side of an assessment: every factor's category (filled from its kind and
 * severity where a classifier named none), counts by severity and category, and the order in
 * which findings matter (blockers first, then newest first).
 */
import {
  FACTOR_CATEGORIES,
  SEVERITIES,
  type CommitInfo,
  type Factor,
  type FactorCategory,
  type Severity
} from './types.js';

/** For factors from classifiers that name no category: the nearest one their kind and severity say. */
export function categoryOf(factor: Factor): FactorCategory {
  if (factor.category) return factor.category;
  switch (factor.kind) {
    case 'migration':
      return factor.severity === 'blocker'
        ? 'destructive'
        : factor.severity === 'warning'
          ? 'constraining'
          : 'additive';
    case 'contract':
      return factor.severity === 'blocker'
        ? 'contract-changed'
        : factor.severity === 'warning'
          ? 'contract-added'
          : 'contract-removed';
    case 'critical-change':
      return /security|CVE-|GHSA-/i.test(factor.detail) ? 'security' : 'critical-path';
    case 'config':
      return 'config';
    case 'dependency':
      return 'dependency';
    case 'multiple-releases':
      return 'releases';
    case 'incomplete':
      return 'incomplete';
    case 'target':
      return 'target';
  }
}

export interface AssessmentSummary {
  /** Findings per severity, every severity present (0 when none). */
  bySeverity: Record<Severity, number>;
  /** Findings per category, only the categories that occur, in FACTOR_CATEGORIES order. */
  byCategory: Partial<Record<FactorCategory, number>>;
}

export function summaryOf(factors: Factor[]): AssessmentSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<
    Severity,
    number
  >;
  const counts = new Map<FactorCategory, number>();
  for (const factor of factors) {
    bySeverity[factor.severity]++;
    const category = categoryOf(factor);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const byCategory: Partial<Record<FactorCategory, number>> = {};
  for (const category of FACTOR_CATEGORIES) {
    const count = counts.get(category);
    if (count) byCategory[category] = count;
  }
  return { bySeverity, byCategory };
}

const SEVERITY_RANK: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };

/**
 * Blockers first, then warnings, then info; within each, the finding of the newest commit first
 * (the range's commits are newest first), then by path and line for a stable order.
 */
export function byConsequence(commits: readonly CommitInfo[]): (a: Factor, b: Factor) => number {
  const rank = new Map(commits.map((commit, index) => [commit.sha, index]));
  const age = (factor: Factor): number =>
    factor.commit === null ? Infinity : (rank.get(factor.commit) ?? commits.length);
  return (a, b) =>
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    age(a) - age(b) ||
    (a.path === b.path ? 0 : a.path === null ? 1 : b.path === null ? -1 : a.path < b.path ? -1 : 1) ||
    (a.line ?? Infinity) - (b.line ?? Infinity);
}
