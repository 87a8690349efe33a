/**
 * JobIO on the runner. Reading inputs, masking and logging are the runner's documented
 * workflow commands, done here directly so that start-up (the time to the first poll) does not
 * pay for loading @actions/core; outputs and the job summary, which have file protocols worth
 * not re-implementing, go through @actions/core, loaded when first needed. `flush()` waits for
 * them before the process ends.
 */
import type { JobIO } from './io.js';

type Core = typeof import('@actions/core');

export interface ActionsIO extends JobIO {
  flush(): Promise<void>;
}

export function actionsIO(
  env: NodeJS.ProcessEnv = process.env,
  out: NodeJS.WritableStream = process.stdout
): ActionsIO {
  let core: Promise<Core> | null = null;
  const pending: Promise<unknown>[] = [];
  const withCore = (use: (c: Core) => unknown) => {
    core ??= import('@actions/core');
    pending.push(core.then(use));
  };
  const command = (name: string, message: string) => out.write(`::${name}::${escapeData(message)}\n`);
  return {
    // The same lookup as core.getInput: INPUT_<NAME> with spaces as underscores, trimmed.
    getInput: (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim(),
    setSecret: (value) => {
      if (value) command('add-mask', value);
    },
    info: (message) => void out.write(message + '\n'),
    warning: (message) => command('warning', message),
    error: (message) => command('error', message),
    setOutput: (name, value) => withCore((c) => c.setOutput(name, value)),
    async summary(markdown) {
      // Without GITHUB_STEP_SUMMARY (an old runner, a local run) there is nowhere to write it.
      if (!env.GITHUB_STEP_SUMMARY) return;
      withCore((c) => c.summary.addRaw(markdown, true).write());
      await pending.at(-1);
    },
    setFailed: (message) => {
      process.exitCode = 1;
      command('error', message);
    },
    async flush() {
      // An output or summary that could not be written fails the step with the reason, never a crash.
      for (const result of await Promise.allSettled(pending)) {
        if (result.status === 'rejected') {
          process.exitCode = 1;
          command(
            'error',
            `Postflight could not write its outputs: ${result.reason instanceof Error ? result.reason.message : String(result.reason)}`
          );
        }
      }
    }
  };
}

/** Workflow command data escaping, as the runner expects it (and as @actions/core does it). */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
