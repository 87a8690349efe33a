/** What every provider receives from the job that wires it (the action, the CLI, a test). */
import type { RequestDeps } from './transport/request.js';
import { secretForms } from './transport/redact.js';

export interface SourceDeps extends RequestDeps {
  /**
   * Registers a secret so that it never appears in logs (the action wires it to core.setSecret).
   * Providers call it at creation for every token, password and credential header value.
   */
  maskSecret?: (secret: string) => void;
  /** The deployed version, substituted for `$version` in queries when `compare.canary` is not set. */
  version?: string;
}

/**
 * Registers each non-empty secret, in every form the tool may print it in (`secretForms`), with the
 * masker and returns them, for scrubbing messages too.
 */
export function registerSecrets(deps: SourceDeps, secrets: (string | undefined)[]): string[] {
  const given = secrets.filter((s): s is string => typeof s === 'string' && s.length > 0);
  const present = [...new Set(given.flatMap(secretForms))];
  for (const secret of present) deps.maskSecret?.(secret);
  return present;
}
