/**
 * Builds the `Config` from the YAML file and the action inputs (inputs win), substituting
 * `${NAME}` references from the environment. Every problem is collected and thrown at once as a
 * `ConfigError`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG_FILE } from './defaults.js';
import { substituteEnv } from './env.js';
import {
  ConfigError,
  formatPath,
  sortProblems,
  type ConfigPath,
  type ConfigProblem,
  type ProblemOrigin
} from './errors.js';
import { LOADER_INPUTS, parseBooleanInput } from './inputs.js';
import { issuesToProblems, pathKey } from './issues.js';
import { fileSchema, toConfig } from './schema.js';
import type { Config } from './types.js';
import { parseYaml, type ParsedYaml } from './yaml-source.js';

export interface LoadConfigOptions {
  /** Config file path (relative to `cwd`); overrides the `config` input. */
  file?: string;
  /** The file's text, when the caller already has it (tests, CLI from stdin). */
  text?: string;
  /** Action inputs by kebab-case name; an empty string means unset, as @actions/core gives them. */
  inputs: Record<string, string>;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface LoadedConfig {
  config: Config;
  /** Secret values (from `${NAME}` references, auth fields, sensitive headers): mask them. */
  secrets: string[];
  warnings: string[];
}

type Mapping = Record<string, unknown>;
const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const SENSITIVE_HEADER = /authorization|cookie|token|secret|password|api[-_]?key|auth/i;

export function loadConfig(options: LoadConfigOptions): LoadedConfig {
  const inputs = setInputs(options.inputs);
  const warnings: string[] = [];
  const problems: ConfigProblem[] = [];

  const { yaml, fileName } = readYaml(options, inputs);
  let data: unknown = yaml.data ?? {};
  if (!isMapping(data)) {
    throw new ConfigError([
      { path: [], origin: yaml.locate([]), message: 'expected a mapping of keys at the top of the file' }
    ]);
  }

  const substitution = substituteEnv(data, options.env, (p) => yaml.locate(p));
  problems.push(...substitution.problems);
  data = substitution.data as Mapping;

  const overlay = applyInputs(data as Mapping, inputs, warnings, fileName);
  problems.push(...overlay.problems);
  const merged = overlay.data;

  const locate = (p: ConfigPath, opts?: { key?: boolean }): ProblemOrigin =>
    overlay.originOf(p) ?? yaml.locate(p, opts);

  const sources = merged.sources;
  if (sources === undefined || (Array.isArray(sources) && sources.length === 0)) {
    problems.push({
      path: [],
      origin: { kind: 'general' },
      message: `no sources to watch: add a \`sources:\` list to ${fileName}, or set the \`health-url\` input (or \`prometheus-url\` with \`errors-query\` and \`total-query\`)`
    });
  }

  const result = fileSchema.safeParse(merged);
  if (!result.success) {
    const schemaProblems = issuesToProblems(result.error.issues, {
      data: merged,
      schema: fileSchema,
      locate,
      substituted: substitution.substituted
    });
    // An unresolved `${NAME}` is already reported; the schema's view of the raw reference adds nothing.
    const unresolved = new Set(substitution.problems.map((p) => pathKey(p.path)));
    problems.push(...schemaProblems.filter((p) => !unresolved.has(pathKey(p.path))));
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(sortProblems(problems));

  const config = toConfig(result.data);
  const secrets = new Set(substitution.secrets);
  collectLiteralSecrets(config, substitution.substituted, overlay.originOf, fileName, secrets, warnings);
  return { config, secrets: [...secrets], warnings };
}

/** Inputs that are set: trimmed, empty ones dropped. */
function setInputs(raw: Record<string, string>): Map<string, string> {
  const set = new Map<string, string>();
  for (const [name, value] of Object.entries(raw)) {
    const trimmed = (value ?? '').trim();
    if (trimmed !== '') set.set(name, trimmed);
  }
  return set;
}

function readYaml(
  options: LoadConfigOptions,
  inputs: Map<string, string>
): { yaml: ParsedYaml; fileName: string } {
  const explicit = options.file ?? inputs.get('config');
  const fileName = explicit ?? DEFAULT_CONFIG_FILE;
  if (options.text !== undefined) return { yaml: parseYaml(options.text, fileName), fileName };
  const absolute = path.resolve(options.cwd, fileName);
  if (existsSync(absolute)) return { yaml: parseYaml(readFileSync(absolute, 'utf8'), fileName), fileName };
  if (explicit !== undefined) {
    const origin: ProblemOrigin =
      options.file !== undefined ? { kind: 'general' } : { kind: 'input', input: 'config' };
    throw new ConfigError([
      { path: [], origin, message: `config file \`${fileName}\` not found (looked at ${absolute})` }
    ]);
  }
  // The default file is optional: inputs alone may define the sources.
  return { yaml: parseYaml('', fileName), fileName };
}

interface Overlay {
  data: Mapping;
  problems: ConfigProblem[];
  /** The input a path (or one of its ancestors) came from. */
  originOf(path: ConfigPath): ProblemOrigin | undefined;
}

function applyInputs(
  file: Mapping,
  inputs: Map<string, string>,
  warnings: string[],
  fileName: string
): Overlay {
  const data = structuredClone(file);
  const problems: ConfigProblem[] = [];
  const origins = new Map<string, string>();
  const setAt = (at: ConfigPath, value: unknown, input: string) => {
    let parent: Mapping = data;
    for (const key of at.slice(0, -1)) {
      const next = parent[String(key)];
      // A section written wrongly in the file (say `revert: on`) is reported by the schema; the input replaces it.
      if (!isMapping(next)) parent[String(key)] = {};
      parent = parent[String(key)] as Mapping;
    }
    parent[String(at[at.length - 1])] = value;
    origins.set(pathKey(at), input);
  };

  for (const input of LOADER_INPUTS) {
    const text = inputs.get(input.name);
    if (text === undefined || input.path === undefined) continue;
    switch (input.kind) {
      case 'boolean': {
        const value = parseBooleanInput(text);
        if (value === undefined) {
          problems.push({
            path: [],
            origin: { kind: 'input', input: input.name },
            message: `expected true, false, yes, no, 1 or 0, found ${JSON.stringify(text)}`
          });
        } else setAt(input.path, value, input.name);
        break;
      }
      case 'number': {
        // Non-numbers go through as text so the schema reports them with what it expected.
        const value = /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(text) ? Number(text) : text;
        setAt(input.path, value, input.name);
        break;
      }
      default:
        setAt(input.path, text, input.name);
    }
  }

  addShortcutSources(data, inputs, problems, origins, warnings, fileName);

  return {
    data,
    problems,
    originOf(at) {
      for (let length = at.length; length >= 0; length--) {
        const input = origins.get(pathKey(at.slice(0, length)));
        if (input !== undefined) return { kind: 'input', input };
      }
      return undefined;
    }
  };
}

function addShortcutSources(
  data: Mapping,
  inputs: Map<string, string>,
  problems: ConfigProblem[],
  origins: Map<string, string>,
  warnings: string[],
  fileName: string
): void {
  const healthUrl = inputs.get('health-url');
  const prometheus = {
    url: inputs.get('prometheus-url'),
    errors: inputs.get('errors-query'),
    total: inputs.get('total-query')
  };
  const wantsPrometheus = Object.values(prometheus).some((v) => v !== undefined);
  if (healthUrl === undefined && !wantsPrometheus) return;
  if (data.sources === undefined) data.sources = [];
  const sources = data.sources;
  if (!Array.isArray(sources)) return; // the schema reports the wrong type

  const indexOf = (id: string) => sources.findIndex((s) => isMapping(s) && s.id === id);

  if (healthUrl !== undefined) {
    const existing = indexOf('health');
    if (existing >= 0) {
      (sources[existing] as Mapping).url = healthUrl;
      origins.set(pathKey(['sources', existing, 'url']), 'health-url');
      warnings.push(`input 'health-url' overrides the url of source \`health\` in ${fileName}`);
    } else {
      origins.set(pathKey(['sources', sources.length]), 'health-url');
      sources.push({ id: 'health', type: 'http', url: healthUrl });
    }
  }

  if (wantsPrometheus) {
    const fields = [
      ['url', 'prometheus-url', prometheus.url],
      ['errors', 'errors-query', prometheus.errors],
      ['total', 'total-query', prometheus.total]
    ] as const;
    const existing = indexOf('errors');
    if (existing >= 0) {
      for (const [key, input, value] of fields) {
        if (value === undefined) continue;
        (sources[existing] as Mapping)[key] = value;
        origins.set(pathKey(['sources', existing, key]), input);
        warnings.push(`input '${input}' overrides \`${key}\` of source \`errors\` in ${fileName}`);
      }
      return;
    }
    const missing = fields.filter(([, , value]) => value === undefined);
    if (missing.length > 0) {
      for (const [, input] of missing) {
        problems.push({
          path: [],
          origin: { kind: 'input', input },
          message:
            "required: the prometheus shortcut needs all of 'prometheus-url', 'errors-query' and 'total-query'"
        });
      }
      return;
    }
    origins.set(pathKey(['sources', sources.length]), 'prometheus-url');
    sources.push({
      id: 'errors',
      type: 'prometheus',
      url: prometheus.url,
      errors: prometheus.errors,
      total: prometheus.total
    });
  }
}

/**
 * Secrets written straight into the file (or inputs) still need masking; written in the file,
 * they also deserve a warning, since the file is in the repository.
 */
function collectLiteralSecrets(
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
    for (const [name, value] of Object.entries(source.headers)) {
      if (SENSITIVE_HEADER.test(name) && value !== '') literal([...base, 'headers', name], value, true);
    }
    try {
      const password = new URL(source.url).password;
      if (password !== '') literal([...base, 'url'], decodeURIComponent(password), true);
    } catch {
      // Validated by the schema already.
    }
    if (source.type === 'prometheus' && source.auth) {
      if (source.auth.type === 'basic') literal([...base, 'auth', 'password'], source.auth.password, true);
      else literal([...base, 'auth', 'token'], source.auth.token, true);
    }
  });
}

/**
 * A `Config` from a plain object shaped like the YAML file (kebab-case keys, `10m` durations),
 * with defaults filled in: for the CLI, tests and benchmarks that build a configuration in code.
 * No environment substitution; problems have key paths but no file positions.
 */
export function configFromObject(data: unknown): Config {
  const result = fileSchema.safeParse(data);
  if (result.success) return toConfig(result.data);
  throw new ConfigError(
    issuesToProblems(result.error.issues, {
      data,
      schema: fileSchema,
      locate: () => ({ kind: 'general' }),
      substituted: new Map()
    })
  );
}
