/**
 * `postflight replay`: backtest a configuration on a recorded trace. The settings (alpha,
 * tolerance, window, min-errors) and the signals come from the config file; signals that only
 * the trace names are inferred from its columns.
 */
import { loadConfig } from '../config/load.js';
import { stepJudgeSettings } from '../verify/judge-settings.js';
import { createSources } from '../sources/registry.js';
import { readTraceFile } from '../replay/trace.js';
import { replayStream } from '../replay/replay.js';
import { signalTable } from '../report/verify-markdown.js';
import { UsageError } from '../cli-main.js';

export async function replayCommand(flags: Record<string, string | boolean | undefined>): Promise<number> {
  const file = typeof flags.config === 'string' ? flags.config : undefined;
  const tracePath = typeof flags.trace === 'string' ? flags.trace : undefined;
  if (flags['from-sources']) {
    if (tracePath) throw new UsageError('replay takes either --trace FILE.csv or --from-sources, not both');
    return (await import('./replay-from-sources.js')).replayFromSourcesCommand(flags);
  }
  if (typeof flags['deploy-time'] === 'string')
    throw new UsageError('--deploy-time goes with --from-sources (a trace carries its own times)');
  if (!file || !tracePath)
    throw new UsageError(
      'replay needs --config FILE and --trace FILE.csv, or --from-sources --deploy-time ISO [--config FILE]'
    );
  const { config } = await loadConfig({
    file,
    inputs: {},
    env: process.env,
    cwd: process.cwd(),
    requireSources: false
  });
  // Building a source makes no request: it only tells which signals it reports.
  const specs = (await createSources(config.sources)).flatMap((s) => [...s.signals]);
  // Streamed (read twice), never held whole: a trace may have millions of rows.
  const result = await replayStream(stepJudgeSettings(config), specs, () => readTraceFile(tracePath));
  if (flags.json) {
    const { verdict, decidedAt, signals } = result;
    process.stdout.write(JSON.stringify({ verdict, decidedAt, signals }) + '\n');
  } else {
    const when =
      result.decidedAt === null
        ? 'at the end of the trace or window'
        : `${result.decidedAt} s after the deploy`;
    process.stdout.write(
      `${result.verdict.toUpperCase()} ${when}: ${result.evidence.reason}\n\n${signalTable(result.evidence.signals)}\n`
    );
    for (const spec of result.inferred) {
      process.stdout.write(
        `\nnote: signal '${spec.id}' is not in the config; replayed as a ${spec.kind} signal (${spec.baseline} baseline)\n`
      );
    }
  }
  return 0;
}
