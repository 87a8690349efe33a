/**
 * Every default in one place, in the form users write them (durations as strings), so the JSON
 * Schema shows `10m` rather than `600000` and the verdict engineer can tune a number in one spot.
 */
export const DEFAULT_CONFIG_FILE = '.github/postflight.yml';

export const DEFAULTS = {
  environment: 'production',
  window: '10m',
  interval: '30s',
  baseline: '30m',
  alpha: 0.05,
  /** Error-rate ratio r0 the deploy may have over the baseline before it counts as worse. */
  tolerance: 1.1,
  minErrors: 5,
  onInconclusive: 'neutral',
  failOnFail: true,
  dryRun: false
} as const;

export const SOURCE_DEFAULTS = {
  critical: false,
  timeout: '10s',
  retries: 2,
  maxResponseBytes: 1024 * 1024,
  maxConsecutiveErrors: 3,
  onError: 'inconclusive'
} as const;

export const HTTP_DEFAULTS = {
  method: 'GET',
  format: 'auto',
  probes: 1,
  failAfter: 3,
  maxErrorRate: 0.01
} as const;

export const ASSESS_DEFAULTS = { failOn: 'never' } as const;

export const INCIDENT_DEFAULTS = { enabled: true, onInconclusive: false, closeOnRecovery: false } as const;

export const REVERT_DEFAULTS = { mode: 'off', maxPerDay: 1 } as const;
