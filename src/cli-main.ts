/**
 * `postflight verify|replay|assess|demo`: the same jobs as the action, from a terminal.
 * Each command loads only its own code, so `--help` and `replay` start fast.
 */
import { parseArgs } from 'node:util';

export const USAGE = `Usage:
  postflight verify --config FILE [--dry-run] [--report PATH] [--summary PATH]
  postflight replay --config FILE --trace FILE.csv [--json]
  postflight replay --config FILE --from-sources --deploy-time ISO [--json]
  postflight assess --repo PATH --base REF --head REF [--config FILE] [--json] [--verbose]
  postflight demo [--out DIR]

verify   polls the configured sources after a deploy and prints the verdict (never writes to GitHub)
replay   runs the verdict engine over a recorded trace on a virtual clock (backtesting), or over a
         past deploy from the sources' own history (--from-sources, e.g. Prometheus query_range)
assess   rollback safety of moving from --head (N) back to --base (N-1) in a local git repository
demo     starts a local service, "deploys" a bad version and verifies it (no accounts needed)`;

export class UsageError extends Error {}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'verify':
      return (await import('./commands/verify.js')).verifyCommand(
        parse(rest, { config: 'string', 'dry-run': 'boolean', report: 'string', summary: 'string' })
      );
    case 'replay':
      return (await import('./commands/replay.js')).replayCommand(
        parse(rest, {
          config: 'string',
          trace: 'string',
          json: 'boolean',
          'from-sources': 'boolean',
          'deploy-time': 'string'
        })
      );
    case 'assess':
      return (await import('./commands/assess.js')).assessCommand(
        parse(rest, {
          repo: 'string',
          base: 'string',
          head: 'string',
          config: 'string',
          json: 'boolean',
          verbose: 'boolean'
        })
      );
    case 'demo':
      return (await import('./demo/demo.js')).demoCommand(parse(rest, { out: 'string' }));
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE + '\n');
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command '${command}'; expected one of verify, replay, assess, demo`);
  }
}

type Flags = Record<string, 'string' | 'boolean'>;

function parse(args: string[], flags: Flags): Record<string, string | boolean | undefined> {
  try {
    const { values } = parseArgs({
      args,
      options: Object.fromEntries(Object.entries(flags).map(([k, type]) => [k, { type }])),
      strict: true,
      allowPositionals: false
    });
    return values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
