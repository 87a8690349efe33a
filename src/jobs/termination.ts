/**
 * A cancelled GitHub job sends SIGINT, then SIGTERM 7.5 s later, then kills the process. The
 * verify job turns the first signal into a cancellation (stop polling, write the partial report,
 * the summary and an `error` deployment status) and the process exits within `graceMs` of it,
 * whatever is still pending, so the report is never lost to the kill.
 */

export interface Termination {
  /** Aborts on the first SIGINT or SIGTERM; the reason is the signal's name. */
  signal: AbortSignal;
  /** Stops listening; a forced exit already scheduled by a signal stays scheduled. */
  dispose(): void;
}

export interface TerminationOptions {
  /** How long the job may take to report after the signal before the process exits anyway. */
  graceMs?: number;
  log?: (line: string) => void;
  /** Injected by tests; `process.exit` otherwise. */
  exit?: (code: number) => void;
  /** Injected by tests; `process` otherwise. */
  emitter?: Pick<NodeJS.Process, 'on' | 'off'>;
}

/** Exit codes by the shell convention: 128 + the signal's number. */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type HandledSignal = keyof typeof EXIT_CODES;

export function watchTermination(options: TerminationOptions = {}): Termination {
  const controller = new AbortController();
  const emitter = options.emitter ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const graceMs = options.graceMs ?? 4000;
  const handlers = new Map<HandledSignal, () => void>();
  for (const name of Object.keys(EXIT_CODES) as HandledSignal[]) {
    const handler = () => {
      if (controller.signal.aborted) {
        options.log?.(`Received ${name} as well: still writing the report.`);
        return;
      }
      options.log?.(`Received ${name}: stopping the verification and reporting what was observed.`);
      controller.abort(name);
      // Unref'd: a job that finishes in time ends the process normally; one stuck on a request
      // that ignores the abort is ended here instead of by the runner's kill.
      setTimeout(() => {
        options.log?.(`Still running ${graceMs / 1000} s after ${name}: exiting.`);
        exit(EXIT_CODES[name]);
      }, graceMs).unref();
    };
    handlers.set(name, handler);
    emitter.on(name, handler);
  }
  return {
    signal: controller.signal,
    dispose() {
      for (const [name, handler] of handlers) emitter.off(name, handler);
    }
  };
}

/** The exit code a cancelled command returns (130 for SIGINT, 143 for SIGTERM, 1 otherwise). */
export function cancelledExitCode(reason: unknown): number {
  return typeof reason === 'string' && reason in EXIT_CODES ? EXIT_CODES[reason as HandledSignal] : 1;
}
