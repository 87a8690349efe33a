/** The text report: decision first, grouped by file, a page long unless --verbose. */
import { describe, expect, it } from '@jest/globals';
import { recommend } from '../../src/assess/recommendation.js';
import { renderAssessmentText } from '../../src/assess/render-text.js';
import { byConsequence, summaryOf } from '../../src/assess/summary.js';
import type { Assessment, CommitInfo, Factor, RollbackTarget } from '../../src/assess/types.js';

const target: RollbackTarget = {
  ref: 'v1.4.0',
  sha: '1a2b3c4'.padEnd(40, '0'),
  how: 'given as --base',
  skipped: []
};
const head = '9f8e7d6'.padEnd(40, '0');

function finding(
  severity: Factor['severity'],
  path: string,
  line: number,
  extra: Partial<Factor> = {}
): Factor {
  return {
    kind: 'migration',
    severity,
    path,
    line,
    commit: 'c1',
    detail: `${severity} at ${path}:${line}`,
    recommendation: 'Roll forward with a fix.',
    ...extra
  };
}

function assessment(factors: Factor[]): Assessment {
  const verdict = factors.some((f) => f.severity === 'blocker') ? 'unsafe' : 'caution';
  return {
    verdict,
    head,
    migrationsChanged: true,
    contractsChanged: false,
    target,
    factors,
    recommendation: recommend(verdict, target, factors, head)
  };
}

describe('the text report', () => {
  it('prints a readable page for a range with hundreds of findings, and everything with --verbose', () => {
    const factors: Factor[] = [];
    for (let file = 0; file < 40; file++) {
      for (let line = 1; line <= 3; line++)
        factors.push(finding('blocker', `db/migrate/${file}_drop.sql`, line));
    }
    for (let i = 0; i < 200; i++)
      factors.push(finding('info', `db/migrate/add_${i}.sql`, 1, { category: 'additive' }));
    const text = renderAssessmentText(assessment(factors));
    expect(text.split('\n').length).toBeLessThan(60);
    expect(text).toContain('Findings: 120 blockers, 0 warnings, 200 info');
    expect(text).toContain('Info (200): 200 additive; --verbose lists them.');
    expect(text).toMatch(/… and \d+ more findings in \d+ more files \(--verbose lists them\)/);
    // Grouped by file: each file named once, its advice said once.
    expect(text.match(/db\/migrate\/0_drop\.sql \(migration\)/g)).toHaveLength(1);
    expect(text.match(/-> Roll forward with a fix\./g)!.length).toBeLessThan(10);

    const verbose = renderAssessmentText(assessment(factors), { verbose: true });
    expect(verbose).toContain('db/migrate/39_drop.sql (migration)');
    expect(verbose).toContain('info at db/migrate/add_199.sql:1');
  });

  it('counts migrations, not findings, in "destructive migrations", and quotes one finding once', () => {
    const factors = [
      finding('blocker', 'db/migrate/1_drop.sql', 3),
      finding('blocker', 'db/migrate/1_drop.sql', 4),
      finding('blocker', 'db/migrate/2_drop.sql', 1)
    ];
    const advice = recommend('unsafe', target, factors, head);
    expect(advice).toContain('it is blocked by 2 destructive migrations;');
    expect(advice.match(/db\/migrate\/1_drop\.sql:3/g)).toHaveLength(1);
    expect(advice).toMatch(/^Do not roll back from 9f8e7d6 \(N, deployed\) to 1a2b3c4 \(v1\.4\.0, N-1\)/);
  });

  it('orders blockers first, then the newest commit first', () => {
    const commits = ['new', 'mid', 'old'].map((sha): CommitInfo => ({
      sha,
      subject: sha,
      body: '',
      author: 'a',
      date: '2026-01-01T00:00:00Z'
    }));
    const factors = [
      finding('warning', 'a.sql', 1, { commit: 'new' }),
      finding('blocker', 'b.sql', 1, { commit: 'old' }),
      finding('blocker', 'c.sql', 1, { commit: 'new' }),
      finding('blocker', 'a.sql', 1, { commit: null })
    ].sort(byConsequence(commits));
    expect(factors.map((f) => `${f.severity}:${f.path}`)).toEqual([
      'blocker:c.sql',
      'blocker:b.sql',
      'blocker:a.sql',
      'warning:a.sql'
    ]);
  });

  it('shows framework and dialect beside the file, and counts by severity and category', () => {
    const factors = [
      finding('blocker', 'migrations/versions/ab12_drop.py', 9, {
        framework: 'alembic',
        dialect: 'mysql',
        category: 'destructive'
      }),
      finding('warning', 'api/openapi.yaml', 4, {
        kind: 'contract',
        category: 'contract-added',
        framework: 'openapi'
      }),
      finding('info', 'api/openapi.yaml', 8, { kind: 'contract' })
    ];
    const text = renderAssessmentText(assessment(factors));
    expect(text).toContain('  migrations/versions/ab12_drop.py (migration, alembic, mysql)');
    expect(text).toContain('  api/openapi.yaml (contract, openapi)');
    expect(summaryOf(factors)).toEqual({
      bySeverity: { info: 1, warning: 1, blocker: 1 },
      byCategory: { destructive: 1, 'contract-removed': 1, 'contract-added': 1 }
    });
  });
});
