/**
 * What a job may do to the outside world besides GitHub's API: read inputs, write outputs, log,
 * publish a summary. The action wires it to @actions/core; the CLI to the terminal and files.
 */
export interface JobIO {
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  /** Registers a value that must never be printed (core.setSecret). */
  setSecret(value: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Appends markdown to the job summary (or the CLI's summary file). */
  summary(markdown: string): Promise<void>;
  setFailed(message: string): void;
}
