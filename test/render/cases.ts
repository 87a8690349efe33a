/**
 * The reports the rendering test looks at: incident bodies, job summaries, check-run outputs and
 * incident comments, rendered by the real renderers from verdicts shaped like the engine's
 * (the same fields, series and reason sentences `verdict/judge.ts` writes).
 */
import type { Assessment, Factor } from '../../src/assess/types.js';
import { recoveredComment } from '../../src/incident/comments.js';
import { renderIncident, type RollbackAdvice } from '../../src/incident/render.js';
import { emptyState, withTimeline } from '../../src/incident/state.js';
import { plainHeadline, renderVerifyMarkdown, type DeployFacts } from '../../src/report/verify-markdown.js';
import { decideRevert } from '../../src/revert/policy.js';
import type { SignalEvidence, Verdict } from '../../src/verdict/types.js';

export interface RenderCase {
  name: string;
  /** Where GitHub shows it: the page around the markdown differs. */
  surface: 'issue' | 'summary' | 'check-run' | 'comment';
  /** Issue title or check-run title: plain text, shown unrendered. */
  title: string;
  markdown: string;
  /** Whether the first screen must carry the three decision lines. */
  decides: boolean;
}

const HEAD = '9f3c2a17d5e04b6c8a1f2e3d4c5b6a7980fedcba';
const TARGET = '4b1d7e2c9a8f6e5d4c3b2a1908f7e6d5c4b3a291';
const MIGRATION_COMMIT = '7c6b5a49382716fedcba9876543210fedcba9876';
const DEPLOY = Date.UTC(2026, 10, 23, 3, 12, 0);
const MIN = 60_000;

function facts(overrides: Partial<DeployFacts> = {}): DeployFacts {
  return {
    environment: 'production',
    sha: HEAD,
    ref: 'main',
    actor: 'mona-deployer',
    runUrl: 'https://github.com/acme/shop/actions/runs/9876543210/attempts/1',
    deploymentUrl: 'https://shop.example.com',
    compareUrl: `https://github.com/acme/shop/compare/${TARGET}...${HEAD}`,
    repoUrl: 'https://github.com/acme/shop',
    deployTime: DEPLOY,
    dryRun: false,
    tolerance: 2,
    ...overrides
  };
}

/** A count signal as the judge reports it: pre-deploy slices at t <= 0, one point per poll after. */
function countSignal(
  id: string,
  verdict: SignalEvidence['verdict'],
  opts: { polls: number; every: number; before: number; now: number; critical?: boolean; spike?: boolean }
): SignalEvidence {
  const pre = [-10, -8, -6, -4, -2].map((m, i) => ({
    t: m * MIN,
    value: opts.before * (0.9 + 0.05 * i),
    group: 'baseline' as const
  }));
  const post = Array.from({ length: opts.polls }, (_, i) => {
    const progress = (i + 1) / opts.polls;
    const value = opts.spike
      ? opts.before * (i === 1 || i === 2 ? 4 : 1.05)
      : opts.before + (opts.now - opts.before) * Math.min(1, progress * 1.3);
    return { t: (i + 1) * opts.every, value, group: 'canary' as const };
  });
  const errors = Math.round(opts.now * 12_000);
  const stat = verdict === 'fail' ? 62.6 : 0.41;
  return {
    id,
    kind: 'count',
    critical: opts.critical ?? false,
    verdict,
    reason:
      verdict === 'fail'
        ? `${id}: ${(opts.now * 100).toFixed(1)}% errors vs ${(opts.before * 100).toFixed(1)}% baseline, e-value ${stat} >= 60 (alpha 0.0167)`
        : verdict === 'pass'
          ? `${id}: ${(opts.now * 100).toFixed(2)}% errors, confidently below ×1.5 the baseline`
          : `${id}: still undecided when the window closed, e-value ${stat} < 60`,
    decidedAt: verdict === 'pending' ? null : opts.polls * opts.every,
    canary: { errors, total: 12_000, rate: opts.now },
    baseline: {
      errors: Math.round(opts.before * 40_000),
      total: 40_000,
      rate: opts.before,
      source: 'pre-deploy'
    },
    statistic: stat,
    threshold: 60,
    alpha: 0.0167,
    sourceErrors: 0,
    series: [...pre, ...post]
  };
}

function latencySignal(verdict: SignalEvidence['verdict'], unit = 'ms'): SignalEvidence {
  return {
    id: 'p99-latency',
    kind: 'level',
    critical: false,
    verdict,
    reason:
      verdict === 'fail'
        ? 'p99-latency: 912 ms above max 600 ms on 2 polls in a row'
        : 'p99-latency: 288 ms within max 600 ms',
    decidedAt: verdict === 'fail' ? 9 * MIN : 10 * MIN,
    level: { value: verdict === 'fail' ? 912 : 288, baseline: 280, max: 600, unit },
    sourceErrors: 0,
    series: [
      ...[-6, -4, -2].map((m) => ({ t: m * MIN, value: 275 + m, group: 'baseline' as const })),
      ...Array.from({ length: 9 }, (_, i) => ({
        t: (i + 1) * MIN,
        value: verdict === 'fail' ? 290 + i * i * 8 : 280 + (i % 3) * 6,
        group: 'canary' as const
      }))
    ]
  };
}

function healthSignal(): SignalEvidence {
  return {
    id: 'health',
    kind: 'health',
    critical: true,
    verdict: 'pass',
    reason: 'health: 20 of 20 checks up',
    decidedAt: 5 * MIN,
    health: { consecutiveFailures: 0, checks: 20, failures: 0, lastDetail: 'UP' },
    sourceErrors: 0,
    series: []
  };
}

function migrationFinding(overrides: Partial<Factor> = {}): Factor {
  return {
    kind: 'migration',
    severity: 'blocker',
    path: 'db/migrate/20261120091500_drop_legacy_email_from_customers.rb',
    line: 3,
    commit: MIGRATION_COMMIT,
    detail:
      'drops column customers.legacy_email; the previous release still reads it, so rolling back breaks sign-in',
    recommendation: 'Roll forward with a fix, or restore the column in a new migration before rolling back.',
    category: 'destructive',
    framework: 'rails',
    ...overrides
  };
}

function unsafeAssessment(): Assessment {
  return {
    verdict: 'unsafe',
    migrationsChanged: true,
    contractsChanged: true,
    target: {
      ref: 'v2.14.0',
      sha: TARGET,
      how: 'last successful deployment to production (#412, 3 h ago)',
      skipped: []
    },
    factors: [
      migrationFinding(),
      migrationFinding({
        line: 4,
        detail:
          'adds NOT NULL to customers.region without a default; the previous release inserts rows without it',
        recommendation:
          'Roll forward with a fix, or restore the column in a new migration before rolling back.',
        category: 'constraining'
      }),
      {
        kind: 'contract',
        severity: 'warning',
        path: 'api/openapi/checkout-service-public-v3.yaml',
        line: 212,
        commit: MIGRATION_COMMIT,
        detail: 'response field `order.discounts[].code` removed; clients built against it would miss it',
        recommendation: 'Check the clients that read order.discounts before rolling back.',
        category: 'contract-removed'
      },
      {
        kind: 'dependency',
        severity: 'info',
        path: 'Gemfile.lock',
        line: null,
        commit: HEAD,
        detail: 'rack 3.1.8 → 3.1.12',
        recommendation: 'No action needed.',
        category: 'dependency'
      }
    ],
    recommendation:
      'Do not roll back: 2 destructive migrations (drops customers.legacy_email). Roll forward with a fix.'
  };
}

function safeAssessment(): Assessment {
  return {
    verdict: 'safe',
    migrationsChanged: false,
    contractsChanged: false,
    target: {
      ref: 'v2.14.0',
      sha: TARGET,
      how: 'last successful deployment to production (#412, 3 h ago)',
      skipped: []
    },
    factors: [],
    recommendation: 'Roll back to 4b1d7e2: nothing in the range blocks it.'
  };
}

function advice(verdict: Verdict, assessment: Assessment | null): RollbackAdvice {
  const policy = {
    verdict: verdict.verdict,
    assessment,
    mode: 'pull-request' as const,
    incidentState: null,
    revertsToday: 0,
    maxPerDay: 2,
    trigger: 'command' as const
  };
  return {
    decision: decideRevert(policy),
    overridable: decideRevert({ ...policy, override: { by: 'admin', reason: 'checked' } }).allowed,
    mode: 'pull-request'
  };
}

function incident(
  name: string,
  verdict: Verdict,
  assessment: Assessment | null,
  f: DeployFacts = facts()
): RenderCase {
  const at = new Date(DEPLOY + (verdict.decidedAt ?? 0)).toISOString();
  const state = withTimeline(emptyState(f.environment, 'shop', at), {
    at,
    kind: 'opened',
    text: verdict.reason
  });
  const rendered = renderIncident({
    key: { environment: f.environment, service: 'shop' },
    verdict,
    assessment,
    facts: f,
    state,
    rollback: advice(verdict, assessment),
    prByCommit: { [HEAD]: 1287, [MIGRATION_COMMIT]: 1279 },
    run: { runId: 9876543210, attempt: 1, kind: 'opened' }
  });
  return { name, surface: 'issue', title: rendered.title, markdown: rendered.body, decides: true };
}

function slowFailure(): Verdict {
  return {
    verdict: 'fail',
    reason: 'checkout failed: 1.9% errors vs 0.5% baseline, e-value 62.6 >= 60 (alpha 0.0167)',
    decidedAt: 14 * MIN,
    signals: [
      countSignal('checkout', 'fail', { polls: 14, every: MIN, before: 0.005, now: 0.019, critical: true }),
      countSignal('search', 'pass', { polls: 14, every: MIN, before: 0.002, now: 0.0021 }),
      latencySignal('pass'),
      healthSignal()
    ]
  };
}

function fastFailure(): Verdict {
  return {
    verdict: 'fail',
    reason: 'checkout failed: 31% errors vs 0.5% baseline, e-value 5210 >= 60 (alpha 0.0167)',
    decidedAt: 30_000,
    signals: [
      {
        ...countSignal('checkout', 'fail', {
          polls: 1,
          every: 30_000,
          before: 0.005,
          now: 0.31,
          critical: true
        }),
        // The engine stops at the first poll that decides: no pre-deploy slices were charted here.
        series: [{ t: 30_000, value: 0.31, group: 'canary' }]
      },
      { ...healthSignal(), verdict: 'pending', reason: '', decidedAt: null }
    ]
  };
}

function levelFailure(): Verdict {
  return {
    verdict: 'fail',
    reason: 'p99-latency failed: 912 ms above max 600 ms on 2 polls in a row',
    decidedAt: 9 * MIN,
    signals: [
      latencySignal('fail'),
      countSignal('checkout', 'pending', { polls: 9, every: MIN, before: 0.005, now: 0.006 })
    ]
  };
}

function passWithRecovery(): Verdict {
  return {
    verdict: 'pass',
    reason: 'every signal within tolerance',
    decidedAt: 10 * MIN,
    signals: [
      countSignal('checkout', 'pass', { polls: 10, every: MIN, before: 0.005, now: 0.0052, spike: true }),
      latencySignal('pass'),
      healthSignal()
    ]
  };
}

function hostile(): { verdict: Verdict; assessment: Assessment; facts: DeployFacts } {
  const evil = '@org/security <img src=x onerror=alert(1)> | `x` ``` [a](javascript:alert(1)) #1; "q"';
  const verdict = slowFailure();
  verdict.reason = `checkout failed ${evil}`;
  verdict.signals = [
    { ...verdict.signals[0]!, reason: evil },
    { ...latencySignal('fail', 'ms"; #quot; <b>x'), id: 'p99"latency' },
    ...verdict.signals.slice(1)
  ];
  const assessment = unsafeAssessment();
  assessment.factors = [
    migrationFinding({ detail: `${evil} | second`, recommendation: evil }),
    migrationFinding({
      path: 'db/migrate/20261121_parse_me.sql',
      severity: 'warning',
      detail:
        'could not parse the migration\nError: syntax error at or near "DROPP"\n    at Parser.parse (node_modules/pg/parser.js:120:11)\n    at readMigration (src/assess/migrations/sql.ts:44:9)',
      evidenceDetail:
        'Error: syntax error at or near "DROPP"\n    at Parser.parse (node_modules/pg/parser.js:120:11)',
      recommendation: 'Check this migration by hand before rolling back.'
    })
  ];
  assessment.target.how = evil;
  return {
    verdict,
    assessment,
    facts: facts({
      environment: 'prod_eu-west & co',
      actor: '@evil <b>',
      ref: 'main|x`y',
      runUrl: 'https://user:pw@ci.example.com/run (1)?token=s3cret'
    })
  };
}

export function renderCases(): RenderCase[] {
  const slow = slowFailure();
  const fast = fastFailure();
  const level = levelFailure();
  const pass = passWithRecovery();
  const bad = hostile();
  const summary = (name: string, v: Verdict, a: Assessment | null, f = facts()): RenderCase => ({
    name,
    surface: 'summary',
    title: 'Postflight',
    markdown: renderVerifyMarkdown(v, f, a),
    decides: true
  });
  const check = (name: string, v: Verdict, a: Assessment | null, f = facts()): RenderCase => ({
    name,
    surface: 'check-run',
    title: plainHeadline(v, f),
    markdown: renderVerifyMarkdown(v, f, a),
    decides: true
  });
  return [
    incident('incident-slow-fail-unsafe', slow, unsafeAssessment()),
    incident('incident-fast-fail-safe', fast, safeAssessment()),
    incident('incident-level-fail-no-assessment', level, null),
    incident('incident-hostile', bad.verdict, bad.assessment, bad.facts),
    summary('summary-slow-fail-unsafe', slow, unsafeAssessment()),
    summary('summary-pass-with-recovery', pass, null),
    check('check-run-fast-fail-safe', fast, safeAssessment()),
    check('check-run-hostile', bad.verdict, bad.assessment, bad.facts),
    {
      name: 'comment-recovered',
      surface: 'comment',
      title: 'Recovered',
      markdown: recoveredComment(pass, facts(), false),
      decides: false
    }
  ];
}
