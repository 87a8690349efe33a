/** JobIO on the runner: @actions/core's inputs, outputs, log commands and job summary. */
import * as core from '@actions/core';
import type { JobIO } from './io.js';

export function actionsIO(): JobIO {
  return {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => {
      if (value) core.setSecret(value);
    },
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    async summary(markdown) {
      // Without GITHUB_STEP_SUMMARY (an old runner, a local run) there is nowhere to write it.
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown, true).write();
    },
    setFailed: (m) => core.setFailed(m)
  };
}
