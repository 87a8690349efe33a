/** On a pull request the advice speaks to the author before the merge, never to an incident. */
import { describe, expect, it } from '@jest/globals';
import { forPullRequest, prAdvice } from '../../src/jobs/assess-pr.js';
import { recommend } from '../../src/assess/recommendation.js';
import type { Assessment, Factor, RollbackTarget } from '../../src/assess/types.js';

const target: RollbackTarget = {
  ref: 'main',
  sha: 'a'.repeat(40),
  how: 'where pull request #7 branches from main',
  skipped: []
};

function assessment(factors: Factor[]): Assessment {
  const verdict = factors.some((f) => f.severity === 'blocker')
    ? 'unsafe'
    : factors.some((f) => f.severity === 'warning')
      ? 'caution'
      : 'safe';
  return {
    verdict,
    head: 'b'.repeat(40),
    migrationsChanged: true,
    contractsChanged: false,
    target,
    factors,
    recommendation: recommend(verdict, target, factors, 'b'.repeat(40))
  };
}

const dropColumn: Factor = {
  kind: 'migration',
  severity: 'blocker',
  path: 'db/migrate/20260101_remove_email.rb',
  line: 3,
  commit: 'c1',
  detail: 'remove_column users.email: N-1 still reads it',
  recommendation: 'Do not roll back: roll forward with a fix.',
  category: 'destructive',
  framework: 'rails'
};

describe('advice on a pull request', () => {
  it('tells the author how to make a dropped column safe to roll back, naming the finding', () => {
    const pr = forPullRequest(assessment([dropColumn]));
    expect(pr.recommendation).toContain('db/migrate/20260101_remove_email.rb:3: remove_column users.email');
    expect(pr.recommendation).toContain('first ship the code that stops using what this drops or renames');
    expect(pr.recommendation).toContain('the drop in a later release');
    expect(pr.recommendation).not.toMatch(/do not roll back|roll forward/i);
    expect(pr.factors[0]!.recommendation).not.toMatch(/do not roll back|roll forward/i);
  });

  it('asks for a new field to ship before any client depends on it', () => {
    const added: Factor = {
      kind: 'contract',
      severity: 'warning',
      path: 'api/openapi.yaml',
      line: 12,
      commit: 'c1',
      detail: 'GET /v2/orders: offered by N, missing from N-1.',
      recommendation:
        'N added GET /v2/orders, and a rollback to N-1 takes it away: ...; if one does, roll forward.',
      category: 'contract-added',
      framework: 'openapi'
    };
    const advice = prAdvice(assessment([added]));
    expect(advice).toMatch(/^Before merging, check api\/openapi\.yaml:12: GET \/v2\/orders/);
    expect(advice).toContain('before any client depends on it');
  });

  it('says a safe change is safe, and keeps info findings as they are', () => {
    const info: Factor = {
      ...dropColumn,
      severity: 'info',
      recommendation: 'Nothing to do.',
      category: 'additive'
    };
    const pr = forPullRequest(assessment([info]));
    expect(pr.recommendation).toMatch(/^If this change ships and breaks, rolling it back looks safe/);
    expect(pr.factors[0]).toEqual(info);
  });
});
