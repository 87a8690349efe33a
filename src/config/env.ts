/**
 * `${NAME}` references in string values, filled from the environment before validation, so
 * secrets live in GitHub secrets rather than in the file. `$${` writes a literal `${`.
 */
import type { ConfigPath, ConfigProblem, ProblemOrigin } from './errors.js';
import { pathKey } from './issues.js';
import { isSecretName } from './secrets.js';

const REFERENCE = /\$(\$)?\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface Substitution {
  data: unknown;
  /** Values of variables whose names say they are secret (`isSecretName`): the caller masks them. */
  secrets: string[];
  /** Path (see `pathKey`) -> the original text with its references, for error messages. */
  substituted: Map<string, string>;
  problems: ConfigProblem[];
}

export function substituteEnv(
  data: unknown,
  env: NodeJS.ProcessEnv,
  locate: (path: ConfigPath) => ProblemOrigin
): Substitution {
  const secrets = new Set<string>();
  const substituted = new Map<string, string>();
  const problems: ConfigProblem[] = [];

  const visit = (value: unknown, path: ConfigPath): unknown => {
    if (Array.isArray(value)) return value.map((item, i) => visit(item, [...path, i]));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, [...path, k])]));
    }
    if (typeof value !== 'string' || !value.includes('${')) return value;
    let usedEnv = false;
    const result = value.replace(REFERENCE, (whole, escaped: string | undefined, name: string) => {
      if (escaped) return whole.slice(1);
      if (!NAME.test(name)) {
        problems.push({
          path,
          origin: locate(path),
          message: `expected an environment variable name in \`${whole}\`, like \`\${PROMETHEUS_TOKEN}\``
        });
        return whole;
      }
      const resolved = env[name];
      // GitHub passes a secret that does not exist as an empty string: as good as unset.
      if (resolved === undefined || resolved === '') {
        problems.push({
          path,
          origin: locate(path),
          message: `environment variable \`${name}\` is not set or empty (referenced as \`\${${name}}\`)`
        });
        return whole;
      }
      usedEnv = true;
      // Only what is secret is masked (a masked service URL would make logs unreadable); values in
      // secret positions (auth fields, sensitive headers, userinfo) are added by position (secrets.ts).
      if (isSecretName(name)) secrets.add(resolved);
      return resolved;
    });
    if (usedEnv) substituted.set(pathKey(path), value);
    return result;
  };

  return { data: visit(data, []), secrets: [...secrets], substituted, problems };
}
