import { describe, expect, it } from '@jest/globals';
import { renderAssessmentMarkdown } from '../../src/report/assessment-markdown.js';
import type { Assessment, Factor } from '../../src/assess/types.js';

const base: Factor = {
  kind: 'migration',
  severity: 'info',
  path: 'db/migrate/1_add.rb',
  line: 1,
  commit: null,
  detail: 'add_column users.nickname',
  recommendation: 'Nothing to do.',
  category: 'additive',
  framework: 'rails'
};

function assessment(factors: Factor[]): Assessment {
  return {
    verdict: factors.some((f) => f.severity === 'blocker') ? 'unsafe' : 'safe',
    migrationsChanged: true,
    contractsChanged: false,
    target: { ref: 'v1', sha: 'a'.repeat(40), how: 'given', skipped: [] },
    factors,
    recommendation: 'Advice.'
  };
}

describe('renderAssessmentMarkdown', () => {
  it('lists what needs action with framework and dialect, and counts the additive rest', () => {
    const infos = Array.from({ length: 40 }, (_, i) => ({ ...base, path: `db/migrate/${i}_add.rb` }));
    const blocker: Factor = {
      ...base,
      severity: 'blocker',
      path: 'db/migrate/9_drop.rb',
      detail: 'remove_column users.email',
      category: 'destructive',
      dialect: 'postgres'
    };
    const markdown = renderAssessmentMarkdown(assessment([blocker, ...infos]));
    expect(markdown).toContain('**Findings:** 1 blocker(s), 0 warning(s), 40 info');
    expect(markdown).toContain('| migration (rails, postgres) |');
    expect(markdown).toContain('40 info finding(s) not listed: 40 additive.');
    expect(markdown).not.toContain('db/migrate/0_add.rb');
  });

  it('lists info findings when they are all there is', () => {
    const markdown = renderAssessmentMarkdown(assessment([base]));
    expect(markdown).toContain('add\\_column users.nickname');
    expect(markdown).not.toContain('not listed');
  });
});
