/** `postflight assess`: rollback safety of a local git range. */
import { UsageError } from '../cli-main.js';

export async function assessCommand(flags: Record<string, string | boolean | undefined>): Promise<number> {
  const need = (name: string) => {
    const value = flags[name];
    if (typeof value !== 'string' || !value) throw new UsageError(`assess needs --${name}`);
    return value;
  };
  const { runAssessCommand } = await import('../assess/cli-assess.js');
  const { output, exitCode } = await runAssessCommand({
    repo: need('repo'),
    base: need('base'),
    head: need('head'),
    configFile: typeof flags.config === 'string' ? flags.config : undefined,
    json: flags.json === true,
    verbose: flags.verbose === true
  });
  process.stdout.write(output.endsWith('\n') ? output : output + '\n');
  return exitCode;
}
