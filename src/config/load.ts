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
  sortProblems,
  type ConfigPath,
  type ConfigProblem,
  type ProblemOrigin
} from './errors.js';
import { applyInputs, isMapping, type Mapping } from './overlay.js';
import { collectLiteralSecrets } from './secrets.js';
import { issuesToProblems, pathKey } from './issues.js';
import { fileSchemaFor, toConfig } from './schema.js';
import type { Config } from './types.js';
import type { ParsedYaml } from './yaml-source.js';

export interface LoadConfigOptions {
  /** Config file path (relative to `cwd`); overrides the `config` input. */
  file?: string;
  /** The file's text, when the caller already has it (tests, CLI from stdin). */
  text?: string;
  /** Action inputs by kebab-case name; an empty string means unset, as @actions/core gives them. */
  inputs: Record<string, string>;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** `replay` needs only the settings: signals can come from the trace. Default true. */
  requireSources?: boolean;
}

export interface LoadedConfig {
  config: Config;
  /** Secret values (from `${NAME}` references, auth fields, sensitive headers): mask them. */
  secrets: string[];
  warnings: string[];
}

export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const inputs = setInputs(options.inputs);
  const warnings: string[] = [];
  const problems: ConfigProblem[] = [];

  const { yaml, fileName } = await readYaml(options, inputs);
  const fileData = yaml.data ?? {};
  if (!isMapping(fileData)) {
    throw new ConfigError([
      { path: [], origin: yaml.locate([]), message: 'expected a mapping of keys at the top of the file' }
    ]);
  }

  const substitution = substituteEnv(fileData, options.env, (p) => yaml.locate(p));
  problems.push(...substitution.problems);

  const overlay = applyInputs(substitution.data as Mapping, inputs, warnings, fileName);
  problems.push(...overlay.problems);
  const merged = overlay.data;

  const locate = (p: ConfigPath, opts?: { key?: boolean }): ProblemOrigin =>
    overlay.originOf(p) ?? yaml.locate(p, opts);

  const sources = merged.sources;
  const noSources = sources === undefined || (Array.isArray(sources) && sources.length === 0);
  if (noSources && options.requireSources !== false) {
    problems.push({
      path: [],
      origin: { kind: 'general' },
      message: `no sources to watch: add a \`sources:\` list to ${fileName}, or set the \`health-url\` input (or \`prometheus-url\` with \`errors-query\` and \`total-query\`)`
    });
  }

  const schema = fileSchemaFor(merged);
  const result = schema.safeParse(merged);
  if (!result.success) {
    const schemaProblems = issuesToProblems(result.error.issues, {
      data: merged,
      schema,
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

async function readYaml(
  options: LoadConfigOptions,
  inputs: Map<string, string>
): Promise<{ yaml: ParsedYaml; fileName: string }> {
  const explicit = options.file ?? inputs.get('config');
  const fileName = explicit ?? DEFAULT_CONFIG_FILE;
  const parse = async (text: string): Promise<ParsedYaml> =>
    (await import('./yaml-source.js')).parseYaml(text, fileName);
  if (options.text !== undefined) return { yaml: await parse(options.text), fileName };
  const absolute = path.resolve(options.cwd, fileName);
  if (existsSync(absolute)) return { yaml: await parse(readFileSync(absolute, 'utf8')), fileName };
  if (explicit !== undefined) {
    const origin: ProblemOrigin =
      options.file !== undefined ? { kind: 'general' } : { kind: 'input', input: 'config' };
    throw new ConfigError([
      { path: [], origin, message: `config file \`${fileName}\` not found (looked at ${absolute})` }
    ]);
  }
  // The default file is optional: inputs alone may define the sources. The YAML parser is
  // loaded only for a file, so an inputs-only run never pays for it before its first poll.
  return { yaml: { data: undefined, locate: () => ({ kind: 'file', file: fileName }) }, fileName };
}

/**
 * A `Config` from a plain object shaped like the YAML file (kebab-case keys, `10m` durations),
 * with defaults filled in: for the CLI, tests and benchmarks that build a configuration in code.
 * No environment substitution; problems have key paths but no file positions.
 */
export function configFromObject(data: unknown): Config {
  const schema = fileSchemaFor(data);
  const result = schema.safeParse(data);
  if (result.success) return toConfig(result.data);
  throw new ConfigError(
    issuesToProblems(result.error.issues, {
      data,
      schema,
      locate: () => ({ kind: 'general' }),
      substituted: new Map()
    })
  );
}
