import { describe, expect, it } from '@jest/globals';
import { renderVerifyMarkdown } from '../../src/report/verify-markdown.js';
import { countSignal, facts, failVerdict } from '../incident/fixtures.js';

describe('verify markdown with hostile names and units', () => {
  it('an environment name with backticks stays inside its code span', () => {
    const md = renderVerifyMarkdown(
      failVerdict(),
      facts({ environment: 'prod` <img src=x onerror=alert(1)> `' })
    );
    expect(md).toContain('in `` prod` <img src=x onerror=alert(1)> ` ``');
    expect(md).not.toMatch(/in `prod`/);
  });

  it('a unit is escaped in the table and cannot close the chart fence', () => {
    const signal = {
      ...countSignal('api:p99', 'fail', true),
      kind: 'level' as const,
      level: { value: 2, baseline: 1, max: 1.5, unit: '@octocat ```\n<img src=x onerror=alert(1)>' }
    };
    const md = renderVerifyMarkdown(failVerdict([signal]), facts());
    const table = md.split('\n').filter((line) => line.startsWith('|'));
    expect(table.join('\n')).not.toContain('<img');
    expect(table.join('\n')).not.toContain('@octocat');
    // Only the chart's own fences: the unit's backticks were taken out of the mermaid block.
    expect(md.match(/```/g)).toHaveLength(2);
  });
});
