/** Verdicts, assessments and deploy facts for the incident, triage and revert tests. */
import type { Assessment, Factor } from '../../src/assess/types.js';
import type { SignalEvidence, Verdict } from '../../src/verdict/types.js';
import type { DeployFacts } from '../../src/report/verify-markdown.js';

export const HEAD = 'a'.repeat(40);
export const TARGET = 'b'.repeat(40);

export function countSignal(
  id: string,
  verdict: SignalEvidence['verdict'],
  critical = false,
  points = 12
): SignalEvidence {
  return {
    id,
    kind: 'count',
    critical,
    verdict,
    reason:
      verdict === 'fail'
        ? `${id}: 9.0% errors vs 0.5% baseline, e-value 412 > 40`
        : `${id}: within tolerance`,
    decidedAt: 120_000,
    canary: { errors: 90, total: 1000, rate: 0.09 },
    baseline: { errors: 5, total: 1000, rate: 0.005, source: 'pre-deploy' },
    statistic: verdict === 'fail' ? 412 : 0.4,
    threshold: 40,
    alpha: 0.025,
    sourceErrors: 0,
    series: Array.from({ length: points }, (_, i) => ({
      t: i * 30_000,
      value: verdict === 'fail' ? 0.01 * i : 0.004,
      group: 'canary' as const
    }))
  };
}

export function failVerdict(
  signals: SignalEvidence[] = [countSignal('http:errors', 'fail', true), countSignal('checkout', 'pass')]
): Verdict {
  return {
    verdict: 'fail',
    reason: 'http:errors failed: 9.0% errors vs 0.5% baseline',
    decidedAt: 120_000,
    signals
  };
}

export function passVerdict(): Verdict {
  return {
    verdict: 'pass',
    reason: 'every signal within tolerance',
    decidedAt: 300_000,
    signals: [countSignal('http:errors', 'pass', true)]
  };
}

export function inconclusiveVerdict(): Verdict {
  return {
    verdict: 'inconclusive',
    reason: 'no traffic in the window',
    decidedAt: 600_000,
    signals: [countSignal('http:errors', 'inconclusive')]
  };
}

export function factor(overrides: Partial<Factor> = {}): Factor {
  return {
    kind: 'migration',
    severity: 'blocker',
    path: 'db/migrate/20261120_drop_orders_email.rb',
    line: 3,
    commit: 'c'.repeat(40),
    detail: 'drops column orders.email; the old code still reads it',
    recommendation: 'roll forward with a fix, or restore the column first',
    ...overrides
  };
}

export function safeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    verdict: 'safe',
    migrationsChanged: false,
    contractsChanged: false,
    target: {
      ref: 'v1.4.1',
      sha: TARGET,
      how: 'last successful deployment to production (#41)',
      skipped: []
    },
    factors: [],
    recommendation: 'Roll back: nothing in the range makes it risky.',
    ...overrides
  };
}

export function unsafeAssessment(): Assessment {
  return safeAssessment({
    verdict: 'unsafe',
    migrationsChanged: true,
    factors: [factor()],
    recommendation: 'Roll forward: a destructive migration ran.'
  });
}

export function facts(overrides: Partial<DeployFacts> = {}): DeployFacts {
  return {
    environment: 'production',
    sha: HEAD,
    ref: 'main',
    actor: 'octocat',
    runUrl: 'https://github.com/acme/shop/actions/runs/77',
    deploymentUrl: 'https://github.com/acme/shop/deployments/production',
    compareUrl: `https://github.com/acme/shop/compare/${TARGET}...${HEAD}`,
    repoUrl: 'https://github.com/acme/shop',
    deployTime: Date.UTC(2026, 10, 23, 12, 0, 0),
    dryRun: false,
    ...overrides
  };
}
