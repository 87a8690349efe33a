import type { Assessment, Factor } from '../../src/assess/types.js';
import { brokeLine, deployLine, doLine, nextStep } from '../../src/report/decision.js';
import type { SignalEvidence, Verdict } from '../../src/verdict/types.js';

const TARGET = 'b'.repeat(40);

function signal(overrides: Partial<SignalEvidence> = {}): SignalEvidence {
  return {
    id: 'checkout',
    kind: 'count',
    critical: true,
    verdict: 'fail',
    reason: 'checkout: 1.9% errors vs 0.5% baseline, e-value 62.6 >= 60 (alpha 0.0167)',
    decidedAt: 600_000,
    canary: { errors: 228, total: 12_000, rate: 0.019 },
    baseline: { errors: 200, total: 40_000, rate: 0.005, source: 'pre-deploy' },
    sourceErrors: 0,
    series: [],
    ...overrides
  };
}

const fail = (signals = [signal()]): Verdict => ({
  verdict: 'fail',
  reason: 'x',
  decidedAt: 600_000,
  signals
});

function assessment(verdict: Assessment['verdict'], factors: Factor[] = []): Assessment {
  return {
    verdict,
    migrationsChanged: factors.some((f) => f.kind === 'migration'),
    contractsChanged: false,
    target: { ref: 'v1.4.1', sha: TARGET, how: 'last successful deployment', skipped: [] },
    factors,
    recommendation: verdict === 'unsafe' ? 'Do not roll back: 1 destructive migration.' : 'Roll back.'
  };
}

const dropColumn: Factor = {
  kind: 'migration',
  severity: 'blocker',
  path: 'db/migrate/20261120000000_drop_email.rb',
  line: 3,
  commit: null,
  detail:
    'remove_column users.email in db/migrate/20261120000000_drop_email.rb: destructive: N-1 may still read it',
  recommendation:
    'Do not roll back past this migration: N-1 still reads users.email; roll forward with a fix, or restore users.email first.'
};

describe('the three decision lines', () => {
  it('say what broke and by how much, in words', () => {
    expect(brokeLine(fail())).toBe('**Broke:** `checkout` errors 1.9% vs 0.50% before the deploy, ×3.8.');
    const level = signal({
      id: 'p99',
      kind: 'level',
      level: { value: 912, baseline: 280, max: 600, unit: 'ms' },
      canary: undefined
    });
    expect(brokeLine(fail([level, signal({ critical: false })]))).toBe(
      '**Broke:** `p99` at 912 ms, above its max of 600 ms (and 1 more signal).'
    );
    expect(
      brokeLine({ verdict: 'inconclusive', reason: 'no traffic. More.', decidedAt: 1, signals: [] })
    ).toBe('**Undecided:** no traffic.');
  });

  it('name the deploy with commit, PR, author, time, environment and links to the deployment itself', () => {
    const line = deployLine({
      environment: 'prod_eu & co',
      sha: 'a'.repeat(40),
      actor: 'octocat',
      pr: 42,
      repoUrl: 'https://github.com/acme/shop',
      deploymentUrl: 'https://shop.example.com',
      runUrl: 'javascript:alert(1)',
      deployTime: Date.UTC(2026, 10, 23, 3, 12),
      dryRun: false
    });
    expect(line).toBe(
      '**Deploy:** `aaaaaaa` (#42) by octocat to `prod_eu & co` at 03:12 UTC, 23 Nov 2026 · ' +
        `[commit](https://github.com/acme/shop/commit/${'a'.repeat(40)}) · [PR #42](https://github.com/acme/shop/pull/42) · ` +
        '[deployment](https://shop.example.com/)'
    );
  });

  it('advise against an unsafe rollback once, in plain words, with what to do instead', () => {
    const step = nextStep({
      verdict: fail(),
      assessment: assessment('unsafe', [dropColumn]),
      where: 'incident'
    });
    expect(step.kind).toBe('hold');
    const line = doLine(step);
    expect(line).toBe(
      '**Do not roll back:** remove\\_column users.email in db/migrate/20261120000000\\_drop\\_email.rb: destructive: the previous release may still read it. Instead, roll forward with a fix, or restore users.email first.'
    );
    expect(line).not.toContain('/rollback');
    expect(line).not.toMatch(/\bN-1\b/);
  });

  it('give exactly the command for a safe or cautious rollback, and what to check first', () => {
    const safe = doLine(nextStep({ verdict: fail(), assessment: assessment('safe'), where: 'elsewhere' }));
    expect(safe).toBe('**Do:** roll back to `bbbbbbb` (v1.4.1): comment `/rollback` on the incident issue.');
    const warning: Factor = { ...dropColumn, severity: 'warning', detail: 'adds index concurrently; slow' };
    const caution = doLine(
      nextStep({ verdict: fail(), assessment: assessment('caution', [warning]), where: 'incident' })
    );
    expect(caution).toContain('comment `/rollback` on this issue. Check first: db/migrate/');
  });

  it('never advise a rollback for a pass, and say undecided for what ended without a verdict', () => {
    const pass: Verdict = { verdict: 'pass', reason: 'ok', decidedAt: 60_000, signals: [] };
    expect(doLine(nextStep({ verdict: pass, assessment: null, where: 'incident' }))).toBe(
      '**Do:** nothing; the deploy stays.'
    );
    const unsure = { ...pass, verdict: 'inconclusive' as const };
    expect(doLine(nextStep({ verdict: unsure, assessment: null, where: 'incident' }))).not.toContain(
      '/rollback'
    );
  });
});

describe('findings as the incident embeds them', () => {
  it('group by file with short columns, advice under the table, in plain words', async () => {
    const { assessmentSection } = await import('../../src/report/findings.js');
    const second: Factor = { ...dropColumn, line: 9, detail: 'drops table legacy_users' };
    const md = assessmentSection(assessment('unsafe', [dropColumn, second]), {
      repoUrl: 'https://github.com/acme/shop',
      headSha: 'a'.repeat(40)
    });
    // One heading for the file, one table, one advice line for the two findings.
    expect(md.match(/\*\*`db\/migrate\/20261120000000_drop_email\.rb`\*\*/g)).toHaveLength(1);
    expect(md).toContain('| severity | line | finding |');
    expect(md).toContain('| **blocker** migration | 9 | drops table legacy\\_users |');
    expect(md.match(/^→ /gm)).toHaveLength(1);
    expect(md).not.toMatch(/\bN-1\b/);
    expect(md).toContain(
      '→ Do not roll back past this migration: the previous release still reads users.email'
    );
  });
});
