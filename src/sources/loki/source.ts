/**
 * The `loki` source: Grafana Loki's LogQL metric queries (`sum by (version) (count_over_time(...))`)
 * answer through `/loki/api/v1/query` in the Prometheus API's envelope, so this is the Prometheus
 * source under Loki's path, with the tenant header multi-tenant Loki and Grafana Cloud expect.
 * Counting, the version split, no-data handling and history are the Prometheus source's own.
 */
import type { LokiSourceConfig } from '../../config/types.js';
import type { SourceDeps } from '../deps.js';
import type { Source } from '../types.js';
import { createPrometheusSource } from '../prometheus/source.js';

export function createLokiSource(config: LokiSourceConfig, deps: SourceDeps = {}): Source {
  const { tenant, ...rest } = config;
  return createPrometheusSource({ ...rest, type: 'prometheus' }, deps, {
    type: 'loki',
    apiPath: '/loki/api/v1',
    ...(tenant !== undefined ? { headers: { 'X-Scope-OrgID': tenant } } : {})
  });
}
