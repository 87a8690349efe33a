/**
 * `postflight replay --from-sources`: past deploys replayed from a real Prometheus serving a past
 * written with promtool. Three services deployed at the same moment: one unchanged, one whose
 * error rate went from 1% to 4%, one whose share of requests slower than 0.5 s went from 1% to 4%.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { createSources } from '../../src/sources/registry.js';
import { replayFromSources } from '../../src/replay/from-sources.js';
import { replayFromSourcesCommand } from '../../src/commands/replay-from-sources.js';
import { replayCommand } from '../../src/commands/replay.js';
import { UsageError } from '../../src/cli-main.js';
import { prometheusBinary, type RealPrometheus } from '../support/prometheus-real.js';
import {
  promtoolBinary,
  serviceOpenMetrics,
  startBackfilledPrometheus,
  type Traffic
} from '../support/prometheus-backfill.js';

const prometheusBin = prometheusBinary();
const promtoolBin = promtoolBinary();
if (!prometheusBin || !promtoolBin) {
  if (process.env.CI) throw new Error('prometheus and promtool are needed (apt-get install prometheus)');
  console.warn('Skipping: no prometheus/promtool binary (apt-get install prometheus).');
}
const describeReal = prometheusBin && promtoolBin ? describe : describe.skip;

const DEPLOY_SEC = Math.floor(Date.now() / 60_000) * 60 - 3 * 3600;
const DEPLOY = DEPLOY_SEC * 1000;
const healthy: Traffic = { rps: 20, errorRate: 0.01, slowShare: 0.01 };

function service(name: string, after: Traffic) {
  return {
    labels: { service: name },
    from: DEPLOY_SEC - 2400,
    to: DEPLOY_SEC + 1200,
    traffic: (t: number) => (t <= DEPLOY_SEC ? healthy : after)
  };
}

describeReal('replay from the metrics store (real Prometheus)', () => {
  let prometheus: RealPrometheus;
  let dir: string;

  beforeAll(async () => {
    prometheus = await startBackfilledPrometheus(
      prometheusBin!,
      promtoolBin!,
      serviceOpenMetrics([
        service('steady', healthy),
        service('errors', { ...healthy, errorRate: 0.04 }),
        service('slow', { ...healthy, slowShare: 0.04 })
      ])
    );
    dir = await mkdtemp(path.join(tmpdir(), 'postflight-replay-'));
  }, 90_000);

  afterAll(async () => {
    await prometheus?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function configFile(name: string, extra = ''): Promise<string> {
    const file = path.join(dir, `${name}.yml`);
    await writeFile(
      file,
      [
        'window: 10m',
        'interval: 30s',
        'baseline: 30m',
        'sources:',
        '  - id: api',
        '    type: prometheus',
        `    url: ${prometheus.url}`,
        `    errors: sum(increase(app_requests_total{service="${name}",code="500"}[$window]))`,
        `    total: sum(increase(app_requests_total{service="${name}"}[$window]))`,
        '    latency:',
        '      histogram: app_request_duration_seconds',
        `      matchers: service="${name}"`,
        '      slower-than: 500ms',
        extra
      ].join('\n')
    );
    return file;
  }

  async function replayService(name: string, extra = '') {
    const { config } = await loadConfig({
      file: await configFile(name, extra),
      inputs: {},
      env: {},
      cwd: dir,
      requireSources: true
    });
    const sources = await createSources(config.sources);
    return replayFromSources({ config, sources, deployTime: DEPLOY, now: Date.now() });
  }

  it('fails a past deploy whose error rate went from 1% to 4%, on the error signal', async () => {
    const result = await replayService('errors');
    expect(result.verdict.verdict).toBe('fail');
    const bySignal = Object.fromEntries(result.verdict.signals.map((s) => [s.id, s.verdict]));
    expect(bySignal.api).toBe('fail');
    expect(result.verdict.decidedAt).toBeLessThan(600_000);
    // The baseline came from the 30 minutes before the deploy, in the loop's 12 slices.
    expect(result.observations.filter((o) => o.t <= 0)).toHaveLength(12);
  });

  it('fails a past deploy whose share of slow requests quadrupled, on the latency signal', async () => {
    const result = await replayService('slow');
    expect(result.verdict.verdict).toBe('fail');
    const slow = result.verdict.signals.find((s) => s.id === 'api:slow')!;
    expect(slow.verdict).toBe('fail');
    expect(result.specs.find((s) => s.id === 'api:slow')!.description).toContain('(bucket le=0.5)');
  });

  it('does not fail an unchanged deploy', async () => {
    const result = await replayService('steady');
    expect(result.verdict.verdict).not.toBe('fail');
    expect(result.verdict.verdict).not.toBe('pending');
  });

  it('leaves out a source without history and says so', async () => {
    const result = await replayService(
      'errors',
      ['  - id: probe', '    type: http', '    url: http://127.0.0.1:9/health'].join('\n')
    );
    expect(result.specs.map((s) => s.id)).not.toContain('probe');
    expect(result.notes.join('\n')).toMatch(
      /source "probe" \(http\) keeps no history and cannot be replayed/
    );
    expect(result.verdict.verdict).toBe('fail');
  });

  it('prints the verdict, the bucket and the notes from the command line', async () => {
    const out: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      out.push(String(chunk));
      return true;
    });
    try {
      const code = await replayCommand({
        'from-sources': true,
        'deploy-time': new Date(DEPLOY).toISOString(),
        config: await configFile('slow'),
        json: true
      });
      expect(code).toBe(0);
    } finally {
      write.mockRestore();
    }
    const printed = JSON.parse(out.join('')) as {
      verdict: string;
      signals: { id: string; verdict: string }[];
      described: { id: string; description: string }[];
    };
    expect(printed.verdict).toBe('fail');
    expect(printed.described).toEqual([
      {
        id: 'api:slow',
        description:
          'requests slower than 500ms (bucket le=0.5) of all requests in app_request_duration_seconds'
      }
    ]);
  });

  it('asks for a deploy time, and refuses one in the future', async () => {
    await expect(
      replayFromSourcesCommand({ 'from-sources': true, config: await configFile('steady') })
    ).rejects.toThrow(UsageError);
    await expect(
      replayFromSourcesCommand(
        {
          'from-sources': true,
          'deploy-time': new Date(DEPLOY).toISOString(),
          config: await configFile('steady')
        },
        () => DEPLOY - 1000
      )
    ).rejects.toThrow(/is not in the past/);
    await expect(
      replayCommand({ 'from-sources': true, trace: 'x.csv', config: await configFile('steady') })
    ).rejects.toThrow(/either --trace FILE.csv or --from-sources/);
  });
});
