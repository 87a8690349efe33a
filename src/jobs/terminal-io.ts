/** JobIO for the CLI: logs to stderr, outputs collected in memory, the summary into a file. */
import { appendFile } from 'node:fs/promises';
import type { JobIO } from './io.js';

export interface TerminalIO extends JobIO {
  outputs: Record<string, string>;
  failed: string | null;
  /** `text` with every registered secret replaced by `***` (for stdout and files the CLI writes). */
  mask(text: string): string;
}

export function terminalIO(options: {
  summaryPath?: string;
  quiet?: boolean;
  stream?: NodeJS.WritableStream;
}): TerminalIO {
  const stream = options.stream ?? process.stderr;
  const secrets: string[] = [];
  const mask = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const write = (prefix: string, message: string) => {
    if (!options.quiet) stream.write(`${prefix}${mask(message)}\n`);
  };
  const io: TerminalIO = {
    outputs: {},
    failed: null,
    mask,
    getInput: () => '',
    setOutput(name, value) {
      io.outputs[name] = value;
    },
    setSecret(value) {
      if (value) secrets.push(value);
    },
    info: (m) => write('', m),
    warning: (m) => write('warning: ', m),
    error: (m) => write('error: ', m),
    async summary(markdown) {
      if (options.summaryPath) await appendFile(options.summaryPath, mask(markdown) + '\n');
    },
    setFailed(message) {
      io.failed = message;
      write('error: ', message);
    }
  };
  return io;
}
