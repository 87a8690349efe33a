/** Values to mask in logs beyond `${NAME}` references: auth fields, sensitive headers, URL passwords. */
import { formatPath, type ConfigPath, type ProblemOrigin } from './errors.js';
import { pathKey } from './issues.js';
import type { Config } from './types.js';

const SENSITIVE_HEADER = /authorization|cookie|token|secret|password|api[-_]?key|auth/i;

/**
 * Secrets written straight into the file (or inputs) still need masking; written in the file,
 * they also deserve a warning, since the file is in the repository.
 */
export function collectLiteralSecrets(
  config: Config,
  substituted: ReadonlyMap<string, string>,
  originOf: (path: ConfigPath) => ProblemOrigin | undefined,
  fileName: string,
  secrets: Set<string>,
  warnings: string[]
): void {
  const literal = (at: ConfigPath, value: string, warn: boolean) => {
    secrets.add(value);
    if (warn && !substituted.has(pathKey(at)) && originOf(at) === undefined) {
      warnings.push(
        `${formatPath(at)} in ${fileName} is a secret written in plain text; reference a GitHub secret as \`\${NAME}\` instead`
      );
    }
  };
  config.sources.forEach((source, index) => {
    const base: ConfigPath = ['sources', index];
    for (const [name, value] of Object.entries('headers' in source ? source.headers : {})) {
      if (SENSITIVE_HEADER.test(name) && value !== '') literal([...base, 'headers', name], value, true);
    }
    try {
      const password = source.url === undefined ? '' : new URL(source.url).password;
      if (password !== '') literal([...base, 'url'], decodeURIComponent(password), true);
    } catch {
      // Validated by the schema already.
    }
    if (source.type === 'datadog') {
      literal([...base, 'api-key'], source.apiKey, true);
      literal([...base, 'app-key'], source.appKey, true);
    }
    if (source.type === 'newrelic') literal([...base, 'api-key'], source.apiKey, true);
    if (source.type === 'sentry') literal([...base, 'token'], source.token, true);
    if ((source.type === 'prometheus' || source.type === 'loki') && source.auth) {
      if (source.auth.type === 'basic') literal([...base, 'auth', 'password'], source.auth.password, true);
      else literal([...base, 'auth', 'token'], source.auth.token, true);
    }
  });
}
