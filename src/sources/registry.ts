/**
 * Sources by `type`: one folder per provider behind the `Source` interface (types.ts), the shared
 * transport, auth and masking in transport/. A new provider is a folder plus one line here.
 *
 * HTTP probes, the one source a run needs no config file for, load with this module; every other
 * provider (Prometheus too) is a dynamic import, so a run pays for a provider's code only when its
 * config names it, and the healthy start-up path stays the files the HTTP probe needs.
 */
import type { SourceConfig } from '../config/types.js';
import type { Source } from './types.js';
import type { SourceDeps } from './deps.js';
import { createHttpSource } from './http/source.js';
import { withCountCheck } from './counts.js';

export type { SourceDeps } from './deps.js';

type Factory = (config: SourceConfig, deps: SourceDeps) => Source | Promise<Source>;
type ConfigOf<T extends SourceConfig['type']> = Extract<SourceConfig, { type: T }>;

const factories: Record<SourceConfig['type'], Factory> = {
  http: (config, deps) => createHttpSource(config as ConfigOf<'http'>, deps),
  prometheus: async (config, deps) =>
    (await import('./prometheus/source.js')).createPrometheusSource(config as ConfigOf<'prometheus'>, deps),
  loki: async (config, deps) =>
    (await import('./loki/source.js')).createLokiSource(config as ConfigOf<'loki'>, deps),
  datadog: async (config, deps) =>
    (await import('./datadog/source.js')).createDatadogSource(config as ConfigOf<'datadog'>, deps),
  newrelic: async (config, deps) =>
    (await import('./newrelic/source.js')).createNewRelicSource(config as ConfigOf<'newrelic'>, deps),
  sentry: async (config, deps) =>
    (await import('./sentry/source.js')).createSentrySource(config as ConfigOf<'sentry'>, deps),
  cloudwatch: async (config, deps) =>
    (await import('./cloudwatch/source.js')).createCloudWatchSource(config as ConfigOf<'cloudwatch'>, deps)
};

export const knownSourceTypes: readonly string[] = Object.keys(factories);

export async function createSource(config: SourceConfig, deps: SourceDeps = {}): Promise<Source> {
  const type = (config as { type: unknown }).type;
  const factory =
    typeof type === 'string' && Object.hasOwn(factories, type)
      ? factories[type as SourceConfig['type']]
      : undefined;
  if (!factory) {
    const id = (config as { id?: unknown }).id;
    throw new Error(
      `source ${typeof id === 'string' ? `"${id}" ` : ''}has unknown type ${JSON.stringify(type)}; known types: ${knownSourceTypes.join(', ')}`
    );
  }
  // Every provider's counts pass the same check (./counts.ts), whatever the provider checks itself.
  return withErrorPolicy(withCountCheck(await factory(config, deps)), config);
}

/** Every configured source, built in the config's order. */
export function createSources(configs: readonly SourceConfig[], deps: SourceDeps = {}): Promise<Source[]> {
  return Promise.all(configs.map((config) => createSource(config, deps)));
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
