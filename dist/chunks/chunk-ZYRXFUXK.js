import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/jobs/terminal-io.ts
import { appendFile } from "node:fs/promises";
function terminalIO(options) {
  let stream = options.stream ?? process.stderr, secrets = [], mask = (text) => secrets.reduce((t, s) => t.split(s).join("***"), text), write = (prefix, message) => {
    options.quiet || stream.write(`${prefix}${mask(message)}
`);
  }, io = {
    outputs: {},
    failed: null,
    getInput: () => "",
    setOutput(name, value) {
      io.outputs[name] = value;
    },
    setSecret(value) {
      value && secrets.push(value);
    },
    info: (m) => write("", m),
    warning: (m) => write("warning: ", m),
    error: (m) => write("error: ", m),
    async summary(markdown) {
      options.summaryPath && await appendFile(options.summaryPath, mask(markdown) + `
`);
    },
    setFailed(message) {
      io.failed = message, write("error: ", message);
    }
  };
  return io;
}

export {
  terminalIO
};
