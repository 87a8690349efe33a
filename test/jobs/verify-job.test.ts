import { configFromObject } from '../../src/config/index.js';
import { verifyJob, finalVerdict } from '../../src/jobs/verify.js';
import { terminalIO } from '../../src/jobs/terminal-io.js';
import { virtualClock } from '../../src/verify/clock.js';
import type { Source } from '../../src/sources/types.js';
import type { Assessment } from '../../src/assess/types.js';

const DEPLOY = Date.UTC(2026, 10, 23, 12, 0, 0);

function config(extra: Record<string, unknown> = {}) {
  return configFromObject({
    environment: 'production',
    window: '5m',
    interval: '10s',
    baseline: '2m',
    sources: [{ id: 'api', type: 'http', url: 'http://127.0.0.1:9/health' }],
    ...extra
  });
}

/** Counts from a model of the service: the release multiplies the error rate by `factor`. */
function service(factor: number): Source {
  return {
    id: 'api',
    type: 'model',
    critical: true,
    signals: [{ id: 'api', kind: 'count', baseline: 'pre-deploy', critical: true }],
    async poll(w) {
      const total = Math.round((w.to - w.from) / 1000) * 40;
      const rate = w.phase === 'baseline' ? 0.01 : 0.01 * factor;
      return [{ signal: 'api', kind: 'count', group: 'canary', errors: Math.round(total * rate), total }];
    }
  };
}

const ASSESSMENT: Assessment = {
  verdict: 'unsafe',
  migrationsChanged: true,
  contractsChanged: false,
  target: { ref: 'v1', sha: 'a'.repeat(40), how: 'last successful deployment', skipped: [] },
  factors: [
    {
      kind: 'migration',
      severity: 'blocker',
      path: 'db/migrate/20261120_drop_email.rb',
      line: 3,
      commit: 'b'.repeat(40),
      detail: 'remove_column :users, :email',
      recommendation: 'roll forward'
    }
  ],
  recommendation: 'Do not roll back: 1 destructive migration.'
};

async function runJob(
  factor: number,
  extra: Record<string, unknown> = {},
  cancel?: AbortSignal,
  assessment: Assessment = ASSESSMENT
) {
  const io = terminalIO({ quiet: true });
  const files = new Map<string, string>();
  const statuses: string[] = [];
  let assessed = 0;
  let published = 0;
  const outcome = await verifyJob({
    config: config(extra),
    sources: [service(factor)],
    clock: virtualClock(DEPLOY),
    io,
    facts: { sha: 'c'.repeat(40) },
    reportPath: '/reports/postflight.json',
    writeFile: async (p, content) => void files.set(p, content),
    deployment: { set: async (state) => void statuses.push(state) },
    assess: async () => {
      assessed += 1;
      return assessment;
    },
    publish: async () => {
      published += 1;
    },
    cancel
  });
  return { outcome, io, files, statuses, assessed, published };
}

describe('the verify job', () => {
  it('on a bad release: fails the step, assesses, reports, marks the deployment failed', async () => {
    const run = await runJob(5);
    expect(run.outcome.verdict.verdict).toBe('fail');
    expect(run.outcome.stepFails).toBe(true);
    expect(run.io.failed).toMatch(/^Postflight: fail/);
    expect(run.assessed).toBe(1);
    expect(run.statuses).toEqual(['in_progress', 'failure']);
    expect(run.io.outputs).toMatchObject({
      verdict: 'fail',
      'rollback-safety': 'unsafe',
      'rollback-target': 'a'.repeat(40)
    });
    const report = JSON.parse(run.files.get('/reports/postflight.json')!);
    expect(report.verdict).toBe('fail');
    expect(report.assessment.factors[0].path).toBe('db/migrate/20261120_drop_email.rb');
    expect(report.observations.length).toBeGreaterThan(1);
    expect(run.outcome.markdown).toContain('Rollback safety');
    expect(run.published).toBe(1);
  });

  it("names the deployed commit's pull request, read by the assessment, on the Deploy line", async () => {
    const head = 'c'.repeat(40);
    const pullRequests = { [head]: 1287, ['b'.repeat(40)]: 1279 };
    const run = await runJob(5, {}, undefined, { ...ASSESSMENT, head, pullRequests });
    expect(run.outcome.facts.pr).toBe(1287);
    expect(run.outcome.markdown).toContain('**Deploy:** `ccccccc` (#1287)');
    const without = await runJob(5);
    expect(without.outcome.facts.pr).toBeUndefined();
    expect(without.outcome.markdown).not.toContain('(#');
  });

  it('on a healthy release: passes without loading the assessment', async () => {
    const run = await runJob(1);
    expect(run.outcome.verdict.verdict).not.toBe('fail');
    expect(run.assessed).toBe(0);
    expect(run.io.outputs['rollback-safety']).toBeUndefined();
    expect(run.statuses[0]).toBe('in_progress');
    expect(run.statuses.at(-1)).toBe('success');
  });

  it('when cancelled: reports what it saw, marks the deployment `error`, and neither assesses nor publishes', async () => {
    const cancel = new AbortController();
    cancel.abort('SIGTERM');
    const run = await runJob(5, {}, cancel.signal);
    expect(run.outcome.cancelled).toEqual({ reason: 'SIGTERM', polls: 0 });
    expect(run.outcome.verdict.verdict).toBe('inconclusive');
    expect(run.outcome.verdict.reason).toBe('cancelled after 0 polls (SIGTERM)');
    expect(run.statuses).toEqual(['in_progress', 'error']);
    expect(run.assessed).toBe(0);
    expect(run.published).toBe(0);
    expect(run.io.failed).toBe('Postflight: inconclusive: cancelled after 0 polls (SIGTERM)');
    const report = JSON.parse(run.files.get('/reports/postflight.json')!);
    expect(report.cancelled).toEqual({ reason: 'SIGTERM', polls: 0 });
    expect(run.outcome.markdown).toContain('cancelled after 0 polls');
  });

  it('in dry run, decides and reports but touches neither the deployment nor GitHub', async () => {
    const run = await runJob(5, { 'dry-run': true });
    expect(run.outcome.verdict.verdict).toBe('fail');
    expect(run.statuses).toEqual([]);
    expect(run.published).toBe(0);
    expect(run.outcome.markdown).toMatch(/Dry run/);
  });

  it('with fail-on-fail off, passes the step but still marks the deployment failed', async () => {
    const run = await runJob(5, { 'fail-on-fail': false });
    expect(run.outcome.verdict.verdict).toBe('fail');
    expect(run.outcome.stepFails).toBe(false);
    expect(run.io.failed).toBeNull();
    expect(run.statuses).toEqual(['in_progress', 'failure']);
  });

  it('turns verdicts into step results by fail-on-fail and on-inconclusive', () => {
    expect(finalVerdict('fail', { failOnFail: false, onInconclusive: 'neutral' })).toBe('pass');
    expect(finalVerdict('inconclusive', { failOnFail: true, onInconclusive: 'fail' })).toBe('fail');
    expect(finalVerdict('inconclusive', { failOnFail: true, onInconclusive: 'neutral' })).toBe('pass');
    expect(finalVerdict('pass', { failOnFail: true, onInconclusive: 'fail' })).toBe('pass');
  });
});
