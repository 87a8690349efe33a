import { parseTrace, TraceError } from '../../src/replay/trace.js';
import { inferSpecs, replay } from '../../src/replay/replay.js';
import type { JudgeSettings } from '../../src/verdict/types.js';
import type { SignalSpec } from '../../src/sources/types.js';

const settings: JudgeSettings = {
  alpha: 0.05,
  tolerance: 1.1,
  windowMs: 600_000,
  minErrors: 5,
  maxConsecutiveErrors: 3
};

/** A CSV with a concurrent baseline: the canary has `canaryErrors` of 200 per 10 s interval. */
function concurrentTrace(canaryErrors: number, seconds = 600): string {
  const lines = ['t,signal,group,errors,total'];
  for (let t = 10; t <= seconds; t += 10) {
    lines.push(`${t},http_5xx,canary,${canaryErrors},200`, `${t},http_5xx,baseline,2,200`);
  }
  return lines.join('\n');
}

describe('parseTrace', () => {
  it('reads counts, levels, health, errors and the default group', () => {
    const rows = parseTrace(
      [
        '# recorded 2026-01-01',
        't,signal,group,errors,total,value,healthy,error',
        '-10,5xx,,1,100,,,',
        '10,p99,baseline,,,250.5,,',
        '10,hc,,,,,false,',
        '20,5xx,,,,,,"timeout, after 10s"'
      ].join('\r\n')
    );
    expect(rows).toEqual([
      { line: 3, t: -10, signal: '5xx', group: 'canary', reading: { kind: 'count', errors: 1, total: 100 } },
      { line: 4, t: 10, signal: 'p99', group: 'baseline', reading: { kind: 'level', value: 250.5 } },
      { line: 5, t: 10, signal: 'hc', group: 'canary', reading: { kind: 'health', healthy: false } },
      {
        line: 6,
        t: 20,
        signal: '5xx',
        group: 'canary',
        reading: { kind: 'error', message: 'timeout, after 10s' }
      }
    ]);
  });

  it.each([
    [
      't,signal,errors,total\n10,a,x,100',
      /^trace line 2, column 3 \(errors\): expected a non-negative integer, got "x"$/
    ],
    ['t,signal,errors,total\n10,a,5,3', /line 2, column 3 \(errors\): expected at most total \(3\), got "5"/],
    ['t,signal,errors,total\nsoon,a,1,3', /line 2, column 1 \(t\): expected seconds relative to the deploy/],
    [
      't,signal,group,value\n10,a,canry,1',
      /line 2, column 3 \(group\): expected "canary" or "baseline", got "canry"/
    ],
    ['t,signal,errors,total\n10,,1,3', /line 2, column 2 \(signal\): expected a signal id/],
    ['t,signal,value\n10,a,', /line 2: expected exactly one reading .* but none is filled/],
    ['t,signal,colour\n', /line 1, column 3 \("colour"\): unknown column; expected one of t, signal/],
    ['signal,errors,total\n', /line 1: the header has no "t" column/],
    ['t,signal,errors\n', /"errors" and "total" come together/],
    ['', /the file is empty/],
    ['t,signal,value\n10,a,1,2', /line 2: 4 fields, but the header has 3 columns/]
  ])('rejects %j naming line and column', (text, message) => {
    expect(() => parseTrace(text)).toThrow(message);
    expect(() => parseTrace(text)).toThrow(TraceError);
  });
});

describe('replay', () => {
  it('fails a 5x regression early and reports when, on the virtual clock', () => {
    const result = replay(settings, [], parseTrace(concurrentTrace(10)));
    expect(result.verdict).toBe('fail');
    expect(result.decidedAt).not.toBeNull();
    expect(result.decidedAt!).toBeLessThanOrEqual(60);
    expect(result.decidedAt! % 10).toBe(0);
    expect(result.signals).toEqual([
      { id: 'http_5xx', verdict: 'fail', reason: expect.stringMatching(/^http_5xx error rate 5%/) }
    ]);
    expect(result.inferred).toEqual([
      { id: 'http_5xx', kind: 'count', baseline: 'concurrent', critical: false }
    ]);
  });

  it('passes a healthy trace when the bake ends (half the window) and never reads past the first decision', () => {
    const result = replay(settings, [], parseTrace(concurrentTrace(2)));
    expect(result.verdict).toBe('pass');
    expect(result.decidedAt!).toBe(300);
    expect(result.evidence.signals[0]!.series.filter((p) => p.group === 'canary')).toHaveLength(
      result.decidedAt! / 10
    );
  });

  it('uses rows at t <= 0 as the pre-deploy baseline', () => {
    const lines = ['t,signal,errors,total'];
    for (let t = -1790; t <= 0; t += 10) lines.push(`${t},errs,2,200`);
    for (let t = 10; t <= 600; t += 10) lines.push(`${t},errs,20,200`);
    const result = replay(settings, [], parseTrace(lines.join('\n')));
    expect(result.inferred[0]!.baseline).toBe('pre-deploy');
    expect(result.verdict).toBe('fail');
    expect(result.evidence.signals[0]!.baseline).toMatchObject({
      errors: 360,
      total: 36000,
      source: 'pre-deploy'
    });
  });

  it('a trace that ends before the window without a decision is inconclusive, not pass', () => {
    const result = replay(
      settings,
      [],
      parseTrace('t,signal,group,errors,total\n10,a,canary,0,0\n10,a,baseline,0,0')
    );
    expect(result.verdict).toBe('inconclusive');
    expect(result.decidedAt).toBeNull();
  });

  it('stops at the window end and decides what is pending then', () => {
    const result = replay({ ...settings, windowMs: 30_000 }, [], parseTrace(concurrentTrace(3)));
    expect(result.verdict).toBe('inconclusive');
    expect(result.evidence.decidedAt).toBe(30_000);
    expect(result.decidedAt).toBeNull();
  });

  it('source errors in the trace end a signal as its spec says', () => {
    const spec: SignalSpec = { id: 'hc', kind: 'health', baseline: 'none', critical: true, onError: 'fail' };
    const text = 't,signal,healthy,error\n10,hc,,timeout\n20,hc,,timeout\n30,hc,,timeout';
    const result = replay(settings, [spec], parseTrace(text));
    expect(result.verdict).toBe('fail');
    expect(result.decidedAt).toBe(30);
    expect(result.signals[0]!.reason).toMatch(/source failed 3 polls in a row \(last: timeout\)/);
    expect(result.inferred).toEqual([]);
  });

  it('infers level and health specs, and refuses a signal that mixes kinds', () => {
    const rows = parseTrace('t,signal,group,value,healthy\n-10,lat,,100,\n10,lat,,120,\n10,hc,,,true');
    expect(inferSpecs([], rows)).toEqual([
      { id: 'lat', kind: 'level', baseline: 'pre-deploy', critical: false, maxRatio: 1.5 },
      { id: 'hc', kind: 'health', baseline: 'none', critical: false }
    ]);
    expect(() => inferSpecs([], parseTrace('t,signal,value,healthy\n10,x,1,\n20,x,,true'))).toThrow(
      /"x" mixes level and health readings \(line 2\)/
    );
  });
});
