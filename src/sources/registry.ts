/**
 * Sources by `type`. A new provider is one file plus one line here.
 */
import type { SourceConfig } from '../config/types.js';
import type { Source } from './types.js';
import type { SourceDeps } from './deps.js';
import { createHttpSource } from './http/source.js';
import { createPrometheusSource } from './prometheus/source.js';
import { withCountCheck } from './counts.js';

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
  // Every provider's counts pass the same check (./counts.ts), whatever the provider checks itself.
  return withErrorPolicy(withCountCheck(factory(config, deps)), config);
}

/** The source's error policy (`on-error`, `max-consecutive-errors`) applies to each of its signals. */
function withErrorPolicy(source: Source, config: SourceConfig): Source {
  const signals = source.signals.map((spec) => ({
    ...spec,
    onError: spec.onError ?? config.onError,
    maxConsecutiveErrors: spec.maxConsecutiveErrors ?? config.maxConsecutiveErrors
  }));
  return { ...source, signals };
}
