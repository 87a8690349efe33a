/**
 * Action inputs laid over the file's data (inputs win), including the `health-url` and
 * `prometheus-url` shortcuts that add a source. Remembers which input each value came from, so
 * problems with it name the input rather than a line of the file.
 */
import type { ConfigPath, ConfigProblem, ProblemOrigin } from './errors.js';
import { LOADER_INPUTS, parseBooleanInput } from './inputs.js';
import { pathKey } from './issues.js';

export type Mapping = Record<string, unknown>;
export const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Overlay {
  data: Mapping;
  problems: ConfigProblem[];
  /** The input a path (or one of its ancestors) came from. */
  originOf(path: ConfigPath): ProblemOrigin | undefined;
}

export function applyInputs(
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
