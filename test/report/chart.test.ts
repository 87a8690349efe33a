import { signalChart } from '../../src/report/chart.js';
import type { SignalEvidence } from '../../src/verdict/types.js';

function signal(overrides: Partial<SignalEvidence>): SignalEvidence {
  return {
    id: 'api',
    kind: 'count',
    critical: false,
    verdict: 'fail',
    reason: 'x',
    decidedAt: 60_000,
    sourceErrors: 0,
    series: [],
    ...overrides
  };
}

const axis = (chart: string) => JSON.parse(/x-axis (\[.*\])/.exec(chart)![1]!) as string[];
const lines = (chart: string) =>
  [...chart.matchAll(/ line (\[.*\])/g)].map((m) => JSON.parse(m[1]!) as number[]);

describe('the Mermaid chart of a signal', () => {
  it('marks the deploy between the pre-deploy slices and the new version, with the baseline as a second line', () => {
    const chart = signalChart(
      signal({
        baseline: { errors: 20, total: 2000, rate: 0.01, source: 'pre-deploy' },
        series: [
          { t: -120_000, value: 0.011, group: 'baseline' },
          { t: -60_000, value: 0.009, group: 'baseline' },
          { t: 30_000, value: 0.05, group: 'canary' },
          { t: 60_000, value: 0.06, group: 'canary' }
        ]
      })
    )!;
    expect(axis(chart)).toEqual(['-2m', '-1m', 'deploy', '+30s', '+1m']);
    const [rate, baseline] = lines(chart);
    expect(rate).toEqual([1.1, 0.9, 1, 5, 6]);
    expect(baseline).toEqual([1, 1, 1, 1, 1]);
    expect(Number(/y-axis "error rate %" 0 --> ([\d.]+)/.exec(chart)![1])).toBeGreaterThanOrEqual(6);
  });

  it('draws the old version per poll for a concurrent comparison', () => {
    const chart = signalChart(
      signal({
        baseline: { errors: 10, total: 1000, rate: 0.01, source: 'concurrent' },
        series: [
          { t: 10_000, value: 0.03, group: 'canary' },
          { t: 10_000, value: 0.01, group: 'baseline' },
          { t: 20_000, value: 0.04, group: 'canary' },
          { t: 20_000, value: 0.012, group: 'baseline' }
        ]
      })
    )!;
    expect(chart).toContain('second line: old version');
    expect(lines(chart)[1]!.slice(1)).toEqual([1, 1.2]);
  });

  it('has nothing to draw from a single poll', () => {
    expect(signalChart(signal({ series: [{ t: 10_000, value: 0.5, group: 'canary' }] }))).toBeNull();
  });
});
