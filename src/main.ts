import * as core from '@actions/core';

/** Reads the event, picks the job, wires the real adapters. */
export async function run(): Promise<void> {
  core.info('postflight: not wired yet');
}
