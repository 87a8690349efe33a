/**
 * Sources by `type`. A new provider is one file plus one line here.
 */
import type { SourceConfig } from '../config/types.js';
import type { Source } from './types.js';
import type { SourceDeps } from './deps.js';
import { createHttpSource } from './http/source.js';
import { createPrometheusSource } from './prometheus/source.js';

export type { SourceDeps } from './deps.js';

type Factory = (config: SourceConfig, deps: SourceDeps) => Source;

const factories: Record<string, Factory> = {
  http: (config, deps) => createHttpSource(config as Extract<SourceConfig, { type: 'http' }>, deps),
  prometheus: (config, deps) =>
    createPrometheusSource(config as Extract<SourceConfig, { type: 'prometheus' }>, deps)
};

export const knownSourceTypes: readonly string[] = Object.keys(factories);

export function createSource(config: SourceConfig, deps: SourceDeps = {}): Source {
  const type = (config as { type: unknown }).type;
  const factory = typeof type === 'string' && Object.hasOwn(factories, type) ? factories[type] : undefined;
  if (!factory) {
    const id = (config as { id?: unknown }).id;
    throw new Error(
      `source ${typeof id === 'string' ? `"${id}" ` : ''}has unknown type ${JSON.stringify(type)}; known types: ${knownSourceTypes.join(', ')}`
    );
  }
  return withErrorPolicy(factory(config, deps), config);
}

/** The source's error policy (`on-error`, `max-consecutive-errors`) applies to each of its signals. */
function withErrorPolicy(source: Source, config: SourceConfig): Source {
  // The source's own spec objects, completed in place: a source may still fill in a description
  // after its first query (the histogram bucket it chose), and the report must see it.
  const signals = source.signals.map((spec) =>
    Object.assign(spec, {
      onError: spec.onError ?? config.onError,
      maxConsecutiveErrors: spec.maxConsecutiveErrors ?? config.maxConsecutiveErrors
    })
  );
  return { ...source, signals };
}
