/**
 * The judge fed from history (verify/history-run.ts) with in-memory sources: the steps it asks
 * for, sources that fail, sources without history, and the shared alpha budget.
 */
import { describe, expect, it } from '@jest/globals';
import type { HistoryRange, HistoryStep, PollWindow, Reading, Source } from '../../src/sources/types.js';
import { SourceError } from '../../src/sources/types.js';
import { runFromHistory } from '../../src/verify/history-run.js';
import { stepAlpha, watchAlpha } from '../../src/verify/alpha-share.js';

const DEPLOY = Date.UTC(2026, 10, 2, 14, 0, 0);
const settings = { alpha: 0.05, tolerance: 1.1, windowMs: 600_000, minErrors: 5, maxConsecutiveErrors: 3 };

/** A store answering `errors` of 600 per 30 s step after the deploy and 6 of 600 before it. */
function store(errorsAfter: number, log: HistoryRange[] = []): Source {
  return {
    id: 'api',
    type: 'memory',
    critical: true,
    signals: [{ id: 'api', kind: 'count', baseline: 'pre-deploy', critical: true }],
    poll: async () => {
      throw new Error('a history run must not poll a source that has history');
    },
    async history(range: HistoryRange): Promise<HistoryStep[]> {
      log.push(range);
      const steps: HistoryStep[] = [];
      for (let at = range.from + range.stepMs; at <= range.to + 1e-6; at += range.stepMs) {
        const group = range.phase === 'baseline' ? 'baseline' : 'canary';
        const errors = range.phase === 'baseline' ? 6 : errorsAfter;
        steps.push({ at, readings: [{ signal: 'api', kind: 'count', group, errors, total: 600 }] });
      }
      return steps;
    }
  };
}

function probe(healthy: boolean, windows: PollWindow[] = []): Source {
  return {
    id: 'probe',
    type: 'http',
    critical: false,
    signals: [{ id: 'probe', kind: 'health', baseline: 'none', critical: false }],
    async poll(window: PollWindow): Promise<Reading[]> {
      windows.push(window);
      return [{ signal: 'probe', kind: 'health', group: 'canary', healthy, detail: healthy ? 'ok' : 'down' }];
    }
  };
}

const signal = new AbortController().signal;

describe('runFromHistory', () => {
  it('asks for the loop steps: baseline slices before the deploy, then one per interval up to now', async () => {
    const ranges: HistoryRange[] = [];
    const result = await runFromHistory({
      sources: [store(6, ranges)],
      settings,
      intervalMs: 30_000,
      baselineMs: 1_800_000,
      deployTime: DEPLOY,
      until: DEPLOY + 95_000,
      signal
    });
    expect(ranges.map((r) => [r.phase, r.from - DEPLOY, r.to - DEPLOY, r.stepMs])).toEqual([
      ['baseline', -1_800_000, 0, 150_000],
      ['observe', 0, 90_000, 30_000]
    ]);
    expect(result.observations.map((o) => o.t)).toEqual([
      ...Array.from({ length: 12 }, (_, k) => -1_800_000 + (k + 1) * 150_000),
      30_000,
      60_000,
      90_000
    ]);
    expect(result.evaluatedTo).toBe(90_000);
  });

  it('fails on a regression in the history, and stays pending while nothing is decided and the window is open', async () => {
    const failed = await runFromHistory({
      sources: [store(30)],
      settings,
      intervalMs: 30_000,
      baselineMs: 600_000,
      deployTime: DEPLOY,
      until: DEPLOY + 300_000,
      signal
    });
    expect(failed.verdict.verdict).toBe('fail');
    const early = await runFromHistory({
      sources: [store(6)],
      settings,
      intervalMs: 30_000,
      baselineMs: 600_000,
      deployTime: DEPLOY,
      until: DEPLOY + 30_000,
      signal
    });
    expect(early.verdict.verdict).toBe('pending');
  });

  it('turns a failed history request into source errors on every step, never a pass', async () => {
    const broken: Source = {
      ...store(6),
      history: async () => {
        throw new SourceError('source "api": HTTP 503', 'api', 503, true);
      }
    };
    const result = await runFromHistory({
      sources: [broken],
      settings,
      intervalMs: 30_000,
      baselineMs: 0,
      deployTime: DEPLOY,
      until: DEPLOY + 600_000,
      signal
    });
    expect(result.verdict.verdict).not.toBe('pass');
    expect(result.observations.every((o) => o.errors.some((e) => /HTTP 503/.test(e.message)))).toBe(true);
  });

  it('polls a source without history once, at the present, into the last step, and says so', async () => {
    const windows: PollWindow[] = [];
    const now = DEPLOY + 1_200_000;
    const quiet: Source = {
      ...store(6),
      history: async (range) =>
        (await store(6).history!(range)).map((step) =>
          range.phase === 'observe' ? { at: step.at, readings: [] } : step
        )
    };
    const result = await runFromHistory({
      sources: [quiet, probe(true, windows)],
      settings: { ...settings, windowMs: 7_200_000 },
      intervalMs: 30_000,
      baselineMs: 600_000,
      deployTime: DEPLOY,
      until: now - 30_000,
      live: { now },
      signal
    });
    expect(windows.map((w) => [w.from - DEPLOY, w.to - DEPLOY, w.phase])).toEqual([
      [1_170_000, 1_200_000, 'observe']
    ]);
    // Nothing decided on the way (the store has no traffic after the deploy): the last step holds it.
    expect(result.verdict.verdict).toBe('pending');
    const withProbe = result.observations.filter((o) => o.readings.some((r) => r.signal === 'probe'));
    expect(withProbe.map((o) => o.t)).toEqual([1_170_000]);
    expect(result.notes).toEqual([
      `source "probe" (http) keeps no history: it was polled once, at the watch's moment, not over the whole time since the deploy`
    ]);
  });

  it('leaves a source without history out of a backtest, and says so', async () => {
    const windows: PollWindow[] = [];
    const result = await runFromHistory({
      sources: [store(30), probe(false, windows)],
      settings,
      intervalMs: 30_000,
      baselineMs: 600_000,
      deployTime: DEPLOY,
      until: DEPLOY + 600_000,
      signal
    });
    expect(windows).toEqual([]);
    expect(result.specs.map((s) => s.id)).toEqual(['api']);
    expect(result.notes[0]).toMatch(/keeps no history and cannot be replayed/);
  });
});

describe('one alpha for the step and the watch', () => {
  it('splits alpha by the watch share, and gives the step all of it without a watch', () => {
    expect(stepAlpha({ alpha: 0.05 })).toBe(0.05);
    const watch = { for: 7_200_000, alphaShare: 0.4 };
    expect(stepAlpha({ alpha: 0.05, watch }) + watchAlpha({ alpha: 0.05, watch })).toBeCloseTo(0.05, 12);
    expect(watchAlpha({ alpha: 0.05, watch })).toBeCloseTo(0.02, 12);
    expect(() => watchAlpha({ alpha: 0.05 })).toThrow(/watch\.for/);
  });
});
