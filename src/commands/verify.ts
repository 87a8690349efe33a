/** `postflight verify`: the verify job against the real sources, from a terminal, never writing to GitHub. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config/load.js';
import { createSources } from '../sources/registry.js';
import { verifyJob } from '../jobs/verify.js';
import { terminalIO } from '../jobs/terminal-io.js';
import { cancelledExitCode, watchTermination } from '../jobs/termination.js';
import { systemClock } from '../verify/clock.js';
import { UsageError } from '../cli-main.js';

export async function verifyCommand(flags: Record<string, string | boolean | undefined>): Promise<number> {
  const file = typeof flags.config === 'string' ? flags.config : undefined;
  if (!file) throw new UsageError('verify needs --config FILE');
  const reportPath = typeof flags.report === 'string' ? flags.report : 'postflight-report.json';
  const summaryPath = typeof flags.summary === 'string' ? flags.summary : undefined;
  const io = terminalIO({ summaryPath });
  const { config, secrets, warnings } = await loadConfig({
    file,
    inputs: {},
    env: process.env,
    cwd: process.cwd()
  });
  secrets.forEach((s) => io.setSecret(s));
  warnings.forEach((w) => io.warning(w));
  if (flags['dry-run']) config.dryRun = true;
  const sources = await createSources(config.sources, { maskSecret: (v: string) => io.setSecret(v) });
  const termination = watchTermination({ log: (line) => io.info(line) });
  const outcome = await verifyJob({
    cancel: termination.signal,
    config,
    sources,
    clock: systemClock,
    io,
    facts: { sha: config.sha },
    reportPath,
    writeFile: async (p, content) => {
      await mkdir(path.dirname(path.resolve(p)), { recursive: true });
      // The same masker as the log and the summary: a secret a source failed to scrub stays out.
      await writeFile(p, io.mask(content));
    }
  }).finally(() => termination.dispose());
  process.stdout.write(io.mask(`${outcome.verdict.verdict}: ${outcome.verdict.reason}\n`));
  if (outcome.cancelled) return cancelledExitCode(outcome.cancelled.reason);
  return outcome.stepFails ? 1 : 0;
}
