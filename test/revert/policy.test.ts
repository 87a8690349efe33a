import fc from 'fast-check';
import { decideRevert, type RevertPolicyInput } from '../../src/revert/policy.js';
import { emptyState, withRevert } from '../../src/incident/state.js';
import type { Assessment, Factor } from '../../src/assess/types.js';
import { factor, safeAssessment, unsafeAssessment, TARGET } from '../incident/fixtures.js';

function input(overrides: Partial<RevertPolicyInput> = {}): RevertPolicyInput {
  return {
    verdict: 'fail',
    assessment: safeAssessment(),
    mode: 'dispatch',
    incidentState: emptyState('production', 'shop', '2026-11-23T00:00:00Z'),
    revertsToday: 0,
    maxPerDay: 1,
    ...overrides
  };
}

describe('revert policy', () => {
  it('allows a revert of a failed deploy with a safe assessment and a target', () => {
    expect(decideRevert(input())).toEqual({
      allowed: true,
      reasons: [],
      how: 'dispatch',
      target: { sha: TARGET, ref: 'v1.4.1' },
      lifted: [],
      override: null
    });
    expect(decideRevert(input({ mode: 'pull-request' })).how).toBe('pull-request');
  });

  it('names each blocking migration and contract with path:line', () => {
    const assessment = safeAssessment({
      verdict: 'unsafe',
      migrationsChanged: true,
      contractsChanged: true,
      factors: [
        factor(),
        factor({
          kind: 'contract',
          severity: 'warning',
          path: 'api/openapi.yaml',
          line: 88,
          detail: 'removes GET /orders/{id}/email'
        })
      ]
    });
    const d = decideRevert(input({ assessment }));
    expect(d.allowed).toBe(false);
    expect(d.how).toBeNull();
    expect(d.reasons).toEqual([
      'migration db/migrate/20261120_drop_orders_email.rb:3: drops column orders.email; the old code still reads it',
      'contract api/openapi.yaml:88: removes GET /orders/{id}/email'
    ]);
  });

  it('refuses without a fail verdict, a target, or when off', () => {
    expect(decideRevert(input({ verdict: 'inconclusive' })).reasons[0]).toMatch(/verdict is inconclusive/);
    const noTarget = safeAssessment({
      target: { ref: null, sha: null, how: 'no earlier healthy deployment', skipped: [] }
    });
    expect(decideRevert(input({ assessment: noTarget })).reasons[0]).toMatch(
      /no known-good target.*no earlier healthy/
    );
    expect(decideRevert(input({ mode: 'off' })).allowed).toBe(false);
    expect(decideRevert(input({ assessment: null })).allowed).toBe(false);
  });

  it('never reverts twice for one incident, and keeps to the daily limit', () => {
    const state = withRevert(emptyState('p', 's', 'x'), {
      at: '2026-11-23T01:00:00Z',
      target: TARGET,
      ref: null,
      how: 'dispatch',
      trigger: 'automatic',
      by: null,
      override: null,
      outcome: 'started',
      detail: ''
    });
    expect(decideRevert(input({ incidentState: state })).reasons[0]).toMatch(/already reverted.*could loop/);
    expect(decideRevert(input({ revertsToday: 1, maxPerDay: 1 })).reasons[0]).toMatch(/limit is 1 per day/);
  });

  it('lets an admin override migrations and blockers, recording what was lifted, but never the loop or target rule', () => {
    const override = { by: 'admin', reason: 'column unused since v1.2' };
    const d = decideRevert(input({ assessment: unsafeAssessment(), override }));
    expect(d.allowed).toBe(true);
    expect(d.override).toEqual(override);
    expect(d.lifted[0]).toContain('db/migrate/20261120_drop_orders_email.rb:3');
    const noTarget = { ...unsafeAssessment(), target: { ref: null, sha: null, how: 'none', skipped: [] } };
    expect(decideRevert(input({ assessment: noTarget, override })).allowed).toBe(false);
    const reverted = withRevert(emptyState('p', 's', 'x'), {
      at: 'x',
      target: TARGET,
      ref: null,
      how: 'dispatch',
      trigger: 'command',
      by: 'a',
      override: null,
      outcome: 'started',
      detail: ''
    });
    expect(
      decideRevert(input({ assessment: unsafeAssessment(), override, incidentState: reverted })).allowed
    ).toBe(false);
  });

  it('needs safe for an automatic revert, while a person may accept caution', () => {
    const caution = safeAssessment({
      verdict: 'caution',
      factors: [factor({ kind: 'config', severity: 'warning' })]
    });
    expect(decideRevert(input({ assessment: caution })).allowed).toBe(false);
    expect(decideRevert(input({ assessment: caution, trigger: 'command' })).allowed).toBe(true);
  });

  const sha = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 40, maxLength: 40 });
  const severity = fc.constantFrom<Factor['severity']>('info', 'warning', 'blocker');
  const kind = fc.constantFrom<Factor['kind']>(
    'migration',
    'contract',
    'critical-change',
    'config',
    'dependency',
    'multiple-releases',
    'incomplete',
    'target'
  );
  const factorArb = fc.record({
    kind,
    severity,
    path: fc.option(fc.string({ maxLength: 30 }), { nil: null }),
    line: fc.option(fc.integer({ min: 1, max: 9999 }), { nil: null }),
    commit: fc.option(sha, { nil: null }),
    detail: fc.string({ maxLength: 40 }),
    recommendation: fc.string({ maxLength: 40 })
  });
  const assessmentArb: fc.Arbitrary<Assessment> = fc.record({
    verdict: fc.constantFrom<Assessment['verdict']>('safe', 'caution', 'unsafe'),
    migrationsChanged: fc.boolean(),
    contractsChanged: fc.boolean(),
    target: fc.record({
      ref: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
      sha: fc.option(sha, { nil: null }),
      how: fc.string({ maxLength: 20 }),
      skipped: fc.constant([])
    }),
    factors: fc.array(factorArb, { maxLength: 8 }),
    recommendation: fc.string({ maxLength: 20 })
  });

  it('property: no automatic revert ever happens when a migration or a contract changed', () => {
    fc.assert(
      fc.property(
        assessmentArb,
        fc.constantFrom<RevertPolicyInput['verdict']>('pass', 'fail', 'inconclusive', 'pending'),
        fc.constantFrom<RevertPolicyInput['mode']>('off', 'dispatch', 'pull-request'),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (assessment, verdict, mode, revertsToday, maxPerDay) => {
          const d = decideRevert({ verdict, assessment, mode, incidentState: null, revertsToday, maxPerDay });
          if (
            assessment.migrationsChanged ||
            assessment.contractsChanged ||
            assessment.factors.some((f) => f.severity === 'blocker')
          ) {
            expect(d.allowed).toBe(false);
            expect(d.how).toBeNull();
          }
          if (d.allowed) expect(d.how).toBe(mode);
        }
      ),
      { numRuns: 500 }
    );
  });
});
