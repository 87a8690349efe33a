import type { Assessment } from '../../src/assess/types.js';
import { plainHeadline, renderVerifyMarkdown, signalTable } from '../../src/report/verify-markdown.js';
import type { SignalEvidence, Verdict } from '../../src/verdict/types.js';

const signal: SignalEvidence = {
  id: 'checkout',
  kind: 'count',
  critical: true,
  verdict: 'fail',
  reason: 'checkout: 1.6% errors vs 0.5% baseline, e-value 157 >= 60 (alpha 0.0167)',
  decidedAt: 600_000,
  canary: { errors: 190, total: 12_000, rate: 0.016 },
  baseline: { errors: 200, total: 40_000, rate: 0.005, source: 'pre-deploy' },
  statistic: 157,
  threshold: 60,
  sourceErrors: 0,
  series: [1, 2, 3].map((i) => ({ t: i * 60_000, value: 0.005 * i, group: 'canary' as const }))
};
const verdict: Verdict = { verdict: 'fail', reason: signal.reason, decidedAt: 600_000, signals: [signal] };
const facts = {
  environment: 'prod_eu-west & co',
  sha: 'a'.repeat(40),
  deployTime: Date.UTC(2026, 10, 23, 3, 12),
  dryRun: false,
  repoUrl: 'https://github.com/acme/shop'
};

describe('the job summary and check-run output', () => {
  it('titles the check run in plain text: no entities, no markdown escapes', () => {
    expect(plainHeadline(verdict, facts)).toBe(
      'FAIL in prod_eu-west & co after 10 m: checkout: 1.6% errors vs 0.5% baseline, e-value 157 >= 60 (alpha 0.0167)'
    );
  });

  it('opens with the decision lines and never pairs "do not roll back" with a rollback command', () => {
    const unsafe: Assessment = {
      verdict: 'unsafe',
      migrationsChanged: true,
      contractsChanged: false,
      target: { ref: null, sha: 'b'.repeat(40), how: 'last good deploy', skipped: [] },
      factors: [
        {
          kind: 'migration',
          severity: 'blocker',
          path: 'db/1.sql',
          line: 1,
          commit: null,
          detail: 'drops table orders',
          recommendation: 'Roll forward with a fix.'
        }
      ],
      recommendation: 'Do not roll back.'
    };
    const md = renderVerifyMarkdown(verdict, facts, unsafe);
    const lines = md.split('\n\n').slice(1, 4);
    expect(lines[0]).toMatch(/^\*\*Broke:\*\* `checkout` errors 1\.6% vs 0\.50% before the deploy, ×3\.2\.$/);
    expect(lines[1]).toMatch(/^\*\*Deploy:\*\* `aaaaaaa` to `prod_eu-west & co` at 03:12 UTC/);
    expect(lines[2]).toBe(
      '**Do not roll back:** drops table orders (1.sql:1). Instead, roll forward with a fix.'
    );
    expect(md).not.toContain('/rollback');
    // The environment in a code span shows as written.
    expect(md).not.toContain('prod\\_eu');
  });

  it('says undecided, with why, for a signal that ended without a verdict', () => {
    const table = signalTable([{ ...signal, verdict: 'pending', reason: '', sourceErrors: 4 }]);
    expect(table).toContain('| `checkout` (critical) | undecided |');
    expect(table).toContain('- `checkout` undecided: the source failed 4 time(s)');
    expect(table).not.toContain('pending');
    expect(signalTable([{ ...signal, verdict: 'pending' }], false)).toContain('| pending |');
  });
});
