/**
 * `postflight replay --from-sources --deploy-time ISO [--config FILE]`: what the gate would have
 * decided on a past deploy, from the configured sources' own history. Secrets in the config are
 * read from the environment as for `verify`, and never printed.
 */
import { loadConfig } from '../config/load.js';
import { createSources } from '../sources/registry.js';
import { replayFromSources } from '../replay/from-sources.js';
import { signalTable } from '../report/verify-markdown.js';
import { scrubSecrets } from '../sources/transport/redact.js';
import { UsageError } from '../cli-main.js';

export async function replayFromSourcesCommand(
  flags: Record<string, string | boolean | undefined>,
  now: () => number = () => Date.now()
): Promise<number> {
  const deployTime = typeof flags['deploy-time'] === 'string' ? flags['deploy-time'] : undefined;
  if (!deployTime)
    throw new UsageError('--from-sources needs --deploy-time, the deploy moment as an ISO 8601 time');
  const { config, secrets } = await loadConfig({
    ...(typeof flags.config === 'string' ? { file: flags.config } : {}),
    inputs: { 'deploy-time': deployTime },
    env: process.env,
    cwd: process.cwd(),
    requireSources: true
  });
  const log = (line: string) => process.stderr.write(scrubSecrets(line, secrets) + '\n');
  const sources = await createSources(config.sources, { log, version: config.sha });
  const result = await replayFromSources({
    config,
    sources,
    deployTime: config.deployTime!,
    now: now(),
    log
  });
  const { verdict } = result;
  const kind = verdict.verdict === 'pending' ? 'pending' : verdict.verdict;
  const decidedAt = verdict.decidedAt === null ? null : verdict.decidedAt / 1000;
  const described = result.specs
    .filter((s) => s.description)
    .map((s) => ({ id: s.id, description: s.description! }));
  if (flags.json) {
    process.stdout.write(
      scrubSecrets(
        JSON.stringify({
          verdict: kind,
          decidedAt,
          reason: verdict.reason,
          signals: verdict.signals.map((s) => ({ id: s.id, verdict: s.verdict, reason: s.reason })),
          described,
          notes: result.notes
        }),
        secrets
      ) + '\n'
    );
    return 0;
  }
  const when =
    decidedAt === null
      ? 'at the end of the window (or of the history so far)'
      : `${decidedAt} s after the deploy`;
  const lines = [
    `${kind.toUpperCase()} ${when}: ${verdict.reason}`,
    '',
    signalTable(verdict.signals),
    ...described.map((d) => `\nsignal '${d.id}': ${d.description}`),
    ...result.notes.map((n) => `\nnote: ${n}`)
  ];
  process.stdout.write(scrubSecrets(lines.join('\n'), secrets) + '\n');
  return 0;
}
