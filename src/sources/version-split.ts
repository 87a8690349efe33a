/**
 * Which population a series belongs to, for every source that can split its data by version
 * (a Prometheus label, a Datadog tag, a New Relic facet). With a split, the deployed version is
 * the canary and the old one (or every other value) the concurrent baseline; without one, the
 * phase decides: the pre-deploy window is the baseline, the polls after the deploy the canary.
 */
import type { Group, PollWindow } from './types.js';

export interface VersionSplit {
  canary: string;
  /** Unset: every value other than the canary's is the baseline. */
  baseline?: string;
}

/** The group a series with this version value reports for, or undefined when it is neither. */
export function groupOf(
  value: string | undefined,
  split: VersionSplit | undefined,
  phase: PollWindow['phase']
): Group | undefined {
  if (!split) return phase === 'baseline' ? 'baseline' : 'canary';
  if (value === split.canary) return 'canary';
  if (split.baseline !== undefined) return value === split.baseline ? 'baseline' : undefined;
  return value === undefined ? undefined : 'baseline';
}
