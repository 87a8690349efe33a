/** The machine-readable report: everything the verdict was based on, for people and tools. */
import type { Config } from '../config/types.js';
import type { Assessment } from '../assess/types.js';
import type { Observation, Verdict } from '../verdict/types.js';

export interface VerifyReport {
  schemaVersion: 1;
  verdict: Verdict['verdict'];
  reason: string;
  /** ms after the deploy. */
  decidedAt: number | null;
  environment: string;
  sha: string | null;
  deployTime: string;
  settings: Pick<Config, 'alpha' | 'tolerance' | 'windowMs' | 'intervalMs' | 'baselineMs' | 'minErrors'>;
  signals: Verdict['signals'];
  /** Every poll with every reading and source error, in order. */
  observations: Observation[];
  assessment: Assessment | null;
  /** Present only when the run was cancelled (SIGINT/SIGTERM) before it could decide. */
  cancelled?: { reason: string; polls: number };
}

export function buildVerifyReport(
  config: Config,
  verdict: Verdict,
  observations: Observation[],
  deployTime: number,
  assessment: Assessment | null,
  cancelled?: { reason: string; polls: number }
): VerifyReport {
  return {
    schemaVersion: 1,
    verdict: verdict.verdict,
    reason: verdict.reason,
    decidedAt: verdict.decidedAt,
    environment: config.environment,
    sha: config.sha ?? null,
    deployTime: new Date(deployTime).toISOString(),
    settings: {
      alpha: config.alpha,
      tolerance: config.tolerance,
      windowMs: config.windowMs,
      intervalMs: config.intervalMs,
      baselineMs: config.baselineMs,
      minErrors: config.minErrors
    },
    signals: verdict.signals,
    observations,
    assessment,
    ...(cancelled ? { cancelled } : {})
  };
}
