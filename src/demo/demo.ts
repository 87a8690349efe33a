/**
 * `npm run demo`: the verify job end to end on this machine, no accounts. A local service runs a
 * healthy release, then "deploys" one whose API fails far more often; Postflight verifies it in
 * dry-run against the embedded configuration below, prints the verdict with its evidence and
 * writes the JSON report and the markdown summary to files.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { createSources } from '../sources/registry.js';
import { signalResult } from '../report/verify-markdown.js';
import { verifyJob } from '../jobs/verify.js';
import { terminalIO } from '../jobs/terminal-io.js';
import { systemClock } from '../verify/clock.js';
import { startDemoService } from './service.js';

const HEALTHY = { version: 'v1.4.2', errorRate: 0.004 };
const BAD = { version: 'v1.5.0', errorRate: 0.12 };

/** The embedded default: what a user would put in .github/postflight.yml for this service. */
export function demoConfigYaml(url: string, version: string): string {
  return `environment: demo
window: 45s
interval: 2s
alpha: 0.05
sources:
  - id: health
    type: http
    url: ${url}/health
    format: actuator
    expect-version:
      value: ${version}
      header: x-version
    fail-after: 2
  - id: api
    type: http
    url: ${url}/api/orders
    probes: 25
    max-error-rate: 0.02
    critical: true
`;
}

export async function demoCommand(flags: Record<string, string | boolean | undefined>): Promise<number> {
  const out = path.resolve(typeof flags.out === 'string' ? flags.out : 'postflight-demo');
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const say = (line: string) => process.stdout.write(line + '\n');

  const service = await startDemoService(HEALTHY);
  try {
    say(
      `demo service at ${service.url} running ${HEALTHY.version} (${HEALTHY.errorRate * 100}% of API calls fail)`
    );
    service.deploy(BAD);
    say(`deployed ${BAD.version}: ${BAD.errorRate * 100}% of API calls now fail; verifying in dry-run...\n`);

    const { config } = await loadConfig({
      text: demoConfigYaml(service.url, BAD.version),
      inputs: { 'dry-run': 'true' },
      env: process.env,
      cwd: process.cwd()
    });
    const io = terminalIO({ summaryPath: path.join(out, 'summary.md') });
    const sources = await createSources(config.sources, { maskSecret: (v: string) => io.setSecret(v) });
    const reportPath = path.join(out, 'report.json');
    const outcome = await verifyJob({
      config: { ...config, sha: BAD.version },
      sources,
      clock: systemClock,
      io,
      facts: { sha: BAD.version, ref: 'demo' },
      reportPath,
      writeFile: (p, content) => writeFile(p, content)
    });

    const v = outcome.verdict;
    say(
      `\nverdict: ${v.verdict.toUpperCase()}${v.decidedAt === null ? '' : ` after ${(v.decidedAt / 1000).toFixed(0)} s`}`
    );
    say(`reason:  ${v.reason}\n`);
    // The window is over: what did not decide is undecided, never 'pending'.
    for (const s of v.signals) say(`  ${signalResult(s).padEnd(12)} ${s.id.padEnd(14)} ${s.reason}`);
    const hits = service.requests();
    say(`\nthe service saw ${hits.total} API requests, ${hits.errors} failed`);
    say(`report:  ${reportPath}\nsummary: ${path.join(out, 'summary.md')}`);
    // The demo's point is to catch the bad release: anything else means Postflight missed it.
    return v.verdict === 'fail' ? 0 : 1;
  } finally {
    await service.close();
  }
}
