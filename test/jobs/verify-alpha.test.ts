/**
 * The verify step and the watch share one alpha: with `watch` configured the step spends only
 * alpha * (1 - s), which its signals show; without it, all of alpha.
 */
import { describe, expect, it } from '@jest/globals';
import { configFromObject } from '../../src/config/index.js';
import { verifyJob } from '../../src/jobs/verify.js';
import { terminalIO } from '../../src/jobs/terminal-io.js';
import { virtualClock } from '../../src/verify/clock.js';
import type { Source } from '../../src/sources/types.js';

const DEPLOY = Date.UTC(2026, 10, 23, 12, 0, 0);

/** 1% errors at 40 requests/s, before and after the deploy. */
const steady: Source = {
  id: 'api',
  type: 'model',
  critical: true,
  signals: [{ id: 'api', kind: 'count', baseline: 'pre-deploy', critical: true }],
  async poll(w) {
    const total = Math.round((w.to - w.from) / 1000) * 40;
    return [{ signal: 'api', kind: 'count', group: 'canary', errors: Math.round(total * 0.01), total }];
  }
};

async function alphaSpentByStep(extra: Record<string, unknown>): Promise<number | undefined> {
  const outcome = await verifyJob({
    config: configFromObject({
      window: '2m',
      interval: '10s',
      baseline: '2m',
      alpha: 0.05,
      'dry-run': true,
      sources: [{ id: 'api', type: 'http', url: 'http://127.0.0.1:9/health' }],
      ...extra
    }),
    sources: [steady],
    clock: virtualClock(DEPLOY),
    io: terminalIO({ quiet: true }),
    facts: {},
    reportPath: '/reports/postflight.json',
    writeFile: async () => {}
  });
  return outcome.verdict.signals.find((s) => s.id === 'api')?.alpha;
}

describe('the verify step with a watch after it', () => {
  it('spends alpha * (1 - alpha-share)', async () => {
    expect(await alphaSpentByStep({ watch: { for: '2h', 'alpha-share': 0.3 } })).toBeCloseTo(0.035, 12);
  });

  it('spends all of alpha without a watch', async () => {
    expect(await alphaSpentByStep({})).toBeCloseTo(0.05, 12);
  });

  it('reads watch-for as a duration and refuses a share outside (0, 1)', () => {
    expect(configFromObject({ watch: { for: '90m' } }).watch).toEqual({ for: 5_400_000, alphaShare: 0.5 });
    expect(() => configFromObject({ watch: { 'alpha-share': 1 } })).toThrow(/watch\.alpha-share/);
  });
});
