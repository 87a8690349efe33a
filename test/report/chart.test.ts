import { CHART_COLORS, signalChart } from '../../src/report/chart.js';
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

const axis = (chart: string) => JSON.parse(/x-axis "[^"]*" (\[.*\])/.exec(chart)![1]!) as string[];
const xTitle = (chart: string) => /x-axis "([^"]*)"/.exec(chart)![1]!;
const series = (chart: string, type = 'line') =>
  [...chart.matchAll(new RegExp(` ${type} (\\[.*\\])`, 'g'))].map((m) => JSON.parse(m[1]!) as number[]);
const palette = (chart: string) => /plotColorPalette: "([^"]*)"/.exec(chart)![1]!.split(', ');
const DEPLOY = Date.UTC(2026, 10, 23, 12, 0, 0);

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('the Mermaid chart of a signal', () => {
  const preDeploy = signal({
    baseline: { errors: 20, total: 2000, rate: 0.01, source: 'pre-deploy' },
    series: [
      { t: -120_000, value: 0.011, group: 'baseline' },
      { t: -60_000, value: 0.009, group: 'baseline' },
      { t: 30_000, value: 0.05, group: 'canary' },
      { t: 60_000, value: 0.06, group: 'canary' }
    ]
  });

  it('draws only measured points, with the reference and the limit as their own lines', () => {
    const chart = signalChart(preDeploy, { tolerance: 2, deployTime: DEPLOY });
    expect(axis(chart)).toEqual(['−120', '−60', '+30', '+60']);
    const [measured, reference, limit] = series(chart);
    expect(measured).toEqual([1.1, 0.9, 5, 6]);
    expect(reference).toEqual([1, 1, 1, 1]);
    expect(limit).toEqual([2, 2, 2, 2]);
    expect(palette(chart)).toEqual([CHART_COLORS.measured, CHART_COLORS.reference, CHART_COLORS.limit]);
    expect(chart).toContain(
      'blue: error rate · grey: before the deploy 1% · red: limit (×2 the baseline) 2%'
    );
    expect(Number(/y-axis "errors \(%\)" 0 --> ([\d.]+)/.exec(chart)![1])).toBeGreaterThanOrEqual(6);
  });

  it('names the deploy moment once and says when the slots are not equal time', () => {
    const chart = signalChart(preDeploy, { deployTime: DEPLOY });
    const block = chart.slice(chart.indexOf('```mermaid'), chart.lastIndexOf('```'));
    expect(block.match(/deploy/g)).toHaveLength(1);
    expect(axis(chart)).not.toContain('deploy');
    expect(xTitle(chart)).toBe('seconds since the deploy at 12:00 UTC (slots not to scale)');
    const even = signalChart(
      signal({
        series: [1, 2, 3, 4].map((i) => ({ t: i * 30_000, value: 0.01 * i, group: 'canary' as const }))
      })
    );
    expect(xTitle(even)).toBe('seconds since the deploy');
    const long = signalChart(
      signal({ series: [1, 2, 3, 4].map((i) => ({ t: i * 60_000, value: 0.01, group: 'canary' as const })) })
    );
    expect(axis(long)).toEqual(['+1', '+2', '+3', '+4']);
    expect(xTitle(long)).toBe('minutes since the deploy');
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
    );
    expect(series(chart)[1]).toEqual([1, 1.2]);
    expect(chart).toContain('purple: old version');
  });

  it('still draws a failure at the first poll, as labelled bars of the measurement and the limit', () => {
    const chart = signalChart(
      signal({
        baseline: { errors: 0, total: 0, rate: 0.01, source: 'absolute' },
        series: [{ t: 10_000, value: 0.5, group: 'canary' }]
      })
    );
    expect(chart).toContain('```mermaid');
    expect(axis(chart)).toEqual(['+10s measured', 'limit']);
    expect(series(chart, 'bar')).toEqual([[50, 1]]);
    expect(series(chart)).toEqual([]);
  });

  it('draws a level with its max and sanitises a hostile unit and id', () => {
    const chart = signalChart(
      signal({
        id: 'p99"latency',
        kind: 'level',
        level: { value: 900, baseline: 300, max: 500, unit: 'ms"; #quot; <b>' },
        series: [1, 2, 3].map((i) => ({ t: i * 30_000, value: 300 * i, group: 'canary' as const }))
      })
    );
    const [measured, reference, max] = series(chart);
    expect(measured).toEqual([300, 600, 900]);
    expect(reference).toEqual([300, 300, 300]);
    expect(max).toEqual([500, 500, 500]);
    for (const line of chart.split('\n').filter((l) => /^\s+(title|x-axis|y-axis)/.test(l))) {
      // Every string is one "...": no quote, entity or tag inside it.
      for (const str of line.match(/"[^"]*"/g) ?? []) expect(str.slice(1, -1)).not.toMatch(/[#;<>]/);
      expect((line.match(/"/g) ?? []).length % 2).toBe(0);
    }
  });

  it('says in one line why a chart cannot be drawn', () => {
    expect(signalChart(signal({ series: [] }))).toBe(
      '<sub>No chart for api: no reading arrived after the deploy.</sub>'
    );
    expect(signalChart(signal({ sourceErrors: 3 }))).toContain('the source failed on every poll');
  });

  it('uses colours that contrast at least 3:1 with GitHub light and dark pages and the dark chart', () => {
    for (const colour of Object.values(CHART_COLORS)) {
      expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, '#0d1117')).toBeGreaterThanOrEqual(3);
      expect(contrast(colour, '#333333')).toBeGreaterThanOrEqual(3);
    }
  });
});
