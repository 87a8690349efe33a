import { describe, expect, it } from '@jest/globals';
import { checkedCounts, countProblem, withCountCheck } from '../../src/sources/counts.js';
import { PartialPollError, type PollWindow, type Reading, type Source } from '../../src/sources/types.js';

const window: PollWindow = { from: 0, to: 1, phase: 'observe', signal: new AbortController().signal };

/** A provider that reports whatever it is given, without checking: what the shared check stands behind. */
function providerReporting(readings: Reading[]): Source {
  return {
    id: 'vendor',
    type: 'vendor',
    critical: true,
    signals: [
      { id: 'vendor', kind: 'count', baseline: 'concurrent', critical: true },
      { id: 'vendor:p99', kind: 'level', baseline: 'concurrent', critical: true }
    ],
    poll: async () => readings,
    history: async () => [{ at: 1, readings }]
  };
}

const count = (errors: number, total: number): Reading => ({
  signal: 'vendor',
  kind: 'count',
  group: 'canary',
  errors,
  total
});
const level: Reading = { signal: 'vendor:p99', kind: 'level', group: 'canary', value: 0.2 };

describe('countProblem', () => {
  it('names each way a pair of numbers cannot be a count', () => {
    expect(countProblem(-1, 10, 'exact')).toBe('errors count is -1; a count cannot be negative');
    expect(countProblem(0, -10, 'exact')).toBe('total count is -10; a count cannot be negative');
    expect(countProblem(11, 10, 'exact')).toBe('errors (11) exceed total (10)');
    expect(countProblem(2.5, 10, 'exact')).toBe('errors count is 2.5; expected a whole number of requests');
    expect(countProblem(Number.NaN, 10, 'exact')).toBe('errors count is NaN, not a number of requests');
    expect(countProblem(1, Number.POSITIVE_INFINITY, 'estimate')).toBe(
      'total count is Infinity, not a number of requests'
    );
  });

  it('accepts real counts and the rounding noise of estimates only', () => {
    expect(countProblem(0, 0, 'exact')).toBeUndefined();
    expect(countProblem(3, 10, 'exact')).toBeUndefined();
    expect(countProblem(0.1 + 0.2, 10, 'estimate')).toBeUndefined();
    expect(countProblem(-0.3, 10, 'estimate')).toBeUndefined();
    expect(countProblem(10_008, 10_000, 'estimate')).toBeUndefined();
    expect(countProblem(10_020, 10_000, 'estimate')).toBe('errors (10020) exceed total (10000)');
    expect(countProblem(-2, 10, 'estimate')).toBe('errors count is -2; a count cannot be negative');
  });

  it('checkedCounts rounds estimates onto their limits and throws a source error otherwise', () => {
    expect(checkedCounts('s', 'sig', { errors: 100.4, total: 100.2 }, 'estimate')).toEqual({
      errors: 100,
      total: 100
    });
    expect(() => checkedCounts('s', 'sig', { errors: 5, total: 4 }, 'exact')).toThrow(
      'source "s": sig: errors (5) exceed total (4)'
    );
  });
});

describe('withCountCheck: every provider passes through it', () => {
  it('a provider reporting an impossible count gets a source error on that signal, its other readings kept', async () => {
    const source = withCountCheck(providerReporting([count(-3, 100), level]));
    const error = (await source.poll(window).catch((e: unknown) => e)) as PartialPollError;
    expect(error).toBeInstanceOf(PartialPollError);
    expect(error.readings).toEqual([level]);
    expect(error.failures).toEqual([
      { signal: 'vendor', message: expect.stringContaining('errors count is -3; a count cannot be negative') }
    ]);
  });

  it('a fraction where a count was promised is an error, not rounded', async () => {
    const source = withCountCheck(providerReporting([count(1.5, 10)]));
    await expect(source.poll(window)).rejects.toThrow('expected a whole number of requests');
  });

  it('valid readings pass untouched', async () => {
    const source = withCountCheck(providerReporting([count(3, 100), level]));
    expect(await source.poll(window)).toEqual([count(3, 100), level]);
  });

  it('history steps list an impossible count as a failure of the step, never as a reading', async () => {
    const source = withCountCheck(providerReporting([count(120, 100), level]));
    const steps = await source.history!({
      from: 0,
      to: 1,
      stepMs: 1,
      phase: 'observe',
      signal: window.signal
    });
    expect(steps).toEqual([
      {
        at: 1,
        readings: [level],
        failures: [{ signal: 'vendor', message: expect.stringContaining('errors (120) exceed total (100)') }]
      }
    ]);
  });
});
