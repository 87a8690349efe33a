/**
 * Guardrail rules for level signals (latency, saturation, crash-free rate) and health checks.
 * Deterministic rules rather than tests: a breach must persist to count, and a pass needs enough
 * clean checks. Pure state machines fed one reading at a time.
 */

export interface LevelRule {
  max?: number;
  min?: number;
  /** Fail when value > maxRatio x the baseline level (needs a baseline level). */
  maxRatio?: number;
  /** Consecutive breaching polls that fail the signal. */
  breachPolls: number;
  /** Clean polls needed before the signal may pass. */
  passPolls: number;
}

export interface LevelStatus {
  decision: 'fail' | null;
  /** Enough clean polls and not currently breaching: ready to pass if nothing else objects. */
  readyToPass: boolean;
  consecutiveBreaches: number;
  polls: number;
  cleanPolls: number;
  last: number | null;
  /** The bound the last value broke, in words, e.g. "above max 500". */
  breach: string | null;
}

export interface LevelGuard {
  observe(value: number, baseline: number | null): LevelStatus;
  status(): LevelStatus;
}

export function createLevelGuard(rule: LevelRule): LevelGuard {
  if (!(rule.breachPolls >= 1))
    throw new Error(`level guardrail: breachPolls must be >= 1, got ${rule.breachPolls}`);
  let consecutive = 0;
  let polls = 0;
  let clean = 0;
  let last: number | null = null;
  let breach: string | null = null;
  let decision: 'fail' | null = null;

  function observe(value: number, baseline: number | null): LevelStatus {
    if (!Number.isFinite(value))
      throw new Error(`level guardrail: value must be a finite number, got ${value}`);
    polls += 1;
    last = value;
    breach = breachOf(rule, value, baseline);
    if (breach) consecutive += 1;
    else {
      consecutive = 0;
      clean += 1;
    }
    if (decision === null && consecutive >= rule.breachPolls) decision = 'fail';
    return status();
  }

  function status(): LevelStatus {
    return {
      decision,
      readyToPass: decision === null && consecutive === 0 && clean >= rule.passPolls,
      consecutiveBreaches: consecutive,
      polls,
      cleanPolls: clean,
      last,
      breach
    };
  }

  return { observe, status };
}

function breachOf(rule: LevelRule, value: number, baseline: number | null): string | null {
  if (rule.max !== undefined && value > rule.max) return `above max ${fmt(rule.max)}`;
  if (rule.min !== undefined && value < rule.min) return `below min ${fmt(rule.min)}`;
  if (rule.maxRatio !== undefined && baseline !== null && baseline > 0 && value > rule.maxRatio * baseline) {
    return `above x${fmt(rule.maxRatio)} the baseline ${fmt(baseline)}`;
  }
  return null;
}

export interface HealthRule {
  /** Consecutive unhealthy checks that fail the signal. */
  failAfter: number;
  /** Healthy checks needed before the signal may pass (the last one must be healthy). */
  passChecks: number;
}

export interface HealthStatus {
  decision: 'fail' | null;
  readyToPass: boolean;
  consecutiveFailures: number;
  checks: number;
  failures: number;
  healthyChecks: number;
  lastDetail: string;
}

export interface HealthGuard {
  observe(healthy: boolean, detail: string): HealthStatus;
  status(): HealthStatus;
}

export function createHealthGuard(rule: HealthRule): HealthGuard {
  if (!(rule.failAfter >= 1))
    throw new Error(`health guardrail: failAfter must be >= 1, got ${rule.failAfter}`);
  let consecutive = 0;
  let checks = 0;
  let failures = 0;
  let healthyChecks = 0;
  let lastDetail = '';
  let decision: 'fail' | null = null;

  function observe(healthy: boolean, detail: string): HealthStatus {
    checks += 1;
    lastDetail = detail;
    if (healthy) {
      consecutive = 0;
      healthyChecks += 1;
    } else {
      consecutive += 1;
      failures += 1;
    }
    if (decision === null && consecutive >= rule.failAfter) decision = 'fail';
    return status();
  }

  function status(): HealthStatus {
    return {
      decision,
      readyToPass: decision === null && consecutive === 0 && healthyChecks >= rule.passChecks,
      consecutiveFailures: consecutive,
      checks,
      failures,
      healthyChecks,
      lastDetail
    };
  }

  return { observe, status };
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toPrecision(3).replace(/\.?0+$/, '');
}
