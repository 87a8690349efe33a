/**
 * The masking rule: what is secret, and so registered with the log masker (core.setSecret) in
 * every form the tool may print it in.
 *
 * - by position: auth fields (token, password, and the `user:password` base64 that Basic auth
 *   sends), values of sensitive headers (names with auth, token, key, secret, password, cookie,
 *   credential, session, signature), URL userinfo, and URL query values with such names;
 * - by name: `${NAME}` values whose variable name says secret (`isSecretName`).
 *
 * Other `${NAME}` values (a service URL, a tenant, an environment name) stay readable in logs.
 */
import { formatPath, type ConfigPath, type ProblemOrigin } from './errors.js';
import { pathKey } from './issues.js';
import type { Config } from './types.js';
import { basicAuthForms, isSecretHeader, secretForms, secretsInUrl } from '../sources/transport/redact.js';

const SECRET_NAME =
  /TOKEN|KEY|SECRET|PASSWORD|PASSWD|PWD|CREDENTIAL|AUTH|PRIVATE|SIGNATURE|SESSION|COOKIE|DSN|CERT/i;

/** True when an environment variable's name says its value is a secret (`PROM_TOKEN`, `DD_API_KEY`). */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * Secrets in secret positions, however they were written; written straight into the file (not
 * as `${NAME}` nor from inputs) they also deserve a warning, since the file is in the repository.
 */
export function collectLiteralSecrets(
  config: Config,
  substituted: ReadonlyMap<string, string>,
  originOf: (path: ConfigPath) => ProblemOrigin | undefined,
  fileName: string,
  secrets: Set<string>,
  warnings: string[]
): void {
  const add = (values: string[]) => {
    for (const value of values) for (const form of secretForms(value)) if (form !== '') secrets.add(form);
  };
  const literal = (at: ConfigPath, values: string[]) => {
    add(values);
    if (!substituted.has(pathKey(at)) && originOf(at) === undefined) {
      warnings.push(
        `${formatPath(at)} in ${fileName} is a secret written in plain text; reference a GitHub secret as \`\${NAME}\` instead`
      );
    }
  };
  config.sources.forEach((source, index) => {
    const base: ConfigPath = ['sources', index];
    for (const [name, value] of Object.entries('headers' in source ? source.headers : {})) {
      if (isSecretHeader(name) && value !== '') literal([...base, 'headers', name], [value]);
    }
    let url: URL | undefined;
    try {
      url = source.url === undefined ? undefined : new URL(source.url);
    } catch {
      // Validated by the schema already.
    }
    if (url && (url.password !== '' || url.username !== ''))
      literal([...base, 'url'], secretsInUrl(source.url!));
    else if (url) add(secretsInUrl(source.url!));
    if (source.type === 'datadog') {
      literal([...base, 'api-key'], [source.apiKey]);
      literal([...base, 'app-key'], [source.appKey]);
    }
    if (source.type === 'newrelic') literal([...base, 'api-key'], [source.apiKey]);
    if (source.type === 'sentry') literal([...base, 'token'], [source.token]);
    if ((source.type === 'prometheus' || source.type === 'loki') && source.auth) {
      if (source.auth.type === 'basic') {
        literal(
          [...base, 'auth', 'password'],
          [source.auth.password, ...basicAuthForms(source.auth.username, source.auth.password)]
        );
      } else literal([...base, 'auth', 'token'], [source.auth.token]);
    }
  });
}
