import { describe, expect, it } from '@jest/globals';
import { findRollbackTarget, type DeploymentRecord } from '../../src/assess/history.js';

const N = 'n'.repeat(40);

function deployment(id: number, sha: string, states: [string, string?][], ref = `v${id}`): DeploymentRecord {
  return {
    id,
    sha,
    ref,
    createdAt: `2024-05-0${id}T10:00:00Z`,
    statuses: states.map(([state, description = ''], i) => ({
      state,
      description,
      createdAt: `2024-05-0${id}T10:0${9 - i}:00Z`
    }))
  };
}

const opts = { headSha: N, environment: 'production' };

describe('findRollbackTarget', () => {
  it('picks the newest earlier deployment that succeeded', () => {
    const target = findRollbackTarget(
      [
        deployment(5, N, [['failure', 'Postflight: error rate up']]),
        deployment(4, 'd4', [['success']]),
        deployment(3, 'd3', [['success']])
      ],
      opts
    );
    expect(target).toMatchObject({ sha: 'd4', ref: 'v4', skipped: [] });
    expect(target.how).toMatch(/^last successful deployment to production \(#4/);
  });

  it('skips a previous release that also failed verification after succeeding, and names why', () => {
    const target = findRollbackTarget(
      [
        deployment(5, N, [['in_progress']]),
        deployment(4, 'd4', [['failure', 'Postflight: latency'], ['success']]),
        deployment(3, 'd3', [['inactive'], ['success']])
      ],
      opts
    );
    expect(target.sha).toBe('d3');
    expect(target.skipped).toEqual([
      { sha: 'd4', ref: 'v4', reason: 'also failed verification at 2024-05-04T10:09:00Z' }
    ]);
    expect(target.how).toMatch(/passed over 1 later release/);
  });

  it('lists several releases between head and the target', () => {
    const target = findRollbackTarget(
      [
        deployment(6, N, [['success']]),
        deployment(5, 'd5', [['error', 'deploy script crashed']]),
        deployment(4, 'd4', [['pending']]),
        deployment(3, 'd3', [['success']])
      ],
      opts
    );
    expect(target.sha).toBe('d3');
    expect(target.skipped.map((s) => [s.sha, s.reason])).toEqual([
      ['d5', 'marked error at 2024-05-05T10:09:00Z'],
      ['d4', 'never succeeded']
    ]);
  });

  it('ignores redeployments of head itself and deployments newer than it', () => {
    const target = findRollbackTarget(
      [
        deployment(7, 'later', [['success']]),
        deployment(6, N, [['failure']]),
        deployment(5, N, [['success']]),
        deployment(4, 'd4', [['success']])
      ],
      opts
    );
    expect(target.sha).toBe('d4');
  });

  it('returns no target when there is no earlier successful deployment', () => {
    expect(findRollbackTarget([], opts)).toEqual({
      ref: null,
      sha: null,
      how: 'no earlier successful deployment to production',
      skipped: []
    });
    const onlyFailures = findRollbackTarget(
      [deployment(5, N, [['success']]), deployment(4, 'd4', [['failure']])],
      opts
    );
    expect(onlyFailures.sha).toBeNull();
    expect(onlyFailures.skipped).toHaveLength(1);
  });

  it('lets an override win', () => {
    const target = findRollbackTarget([deployment(4, 'd4', [['success']])], {
      ...opts,
      override: { ref: 'v1.2.0', sha: 'abc' }
    });
    expect(target).toEqual({ ref: 'v1.2.0', sha: 'abc', how: 'given as input', skipped: [] });
  });

  it('rejects input that is not a deployment history', () => {
    expect(() => findRollbackTarget([], { ...opts, headSha: '' })).toThrow(/headSha/);
    expect(() => findRollbackTarget([{ id: 1 } as DeploymentRecord], opts)).toThrow(
      /deployment 1 must have a sha/
    );
  });
});
