import { describe, expect, it } from '@jest/globals';
import type { SourceConfig } from '../../src/config/types.js';
import { createSource, knownSourceTypes } from '../../src/sources/registry.js';

const common = {
  critical: false,
  timeoutMs: 1000,
  retries: 0,
  maxResponseBytes: 1000,
  maxConsecutiveErrors: 3,
  onError: 'inconclusive' as const
};

describe('createSource', () => {
  it('builds each known provider by type', async () => {
    const http = await createSource({
      ...common,
      id: 'web',
      type: 'http',
      url: 'https://example.com/health',
      method: 'GET',
      headers: {},
      expectStatus: [],
      format: 'auto',
      expect: [],
      probes: 1,
      failAfter: 2,
      maxErrorRate: 0
    });
    expect([http.id, http.type, http.signals.map((s) => s.id)]).toEqual([
      'web',
      'http',
      ['web', 'web:errors']
    ]);
    const prom = await createSource({
      ...common,
      id: 'api',
      type: 'prometheus',
      url: 'https://prom.example.com',
      headers: {},
      errors: 'e',
      total: 't',
      levels: []
    });
    expect([prom.type, prom.signals.map((s) => s.baseline)]).toEqual(['prometheus', ['pre-deploy']]);
    expect(knownSourceTypes).toEqual([
      'http',
      'prometheus',
      'loki',
      'datadog',
      'newrelic',
      'sentry',
      'cloudwatch'
    ]);
  });

  it('names the unknown type and the known ones', async () => {
    const config = { ...common, id: 'dd', type: 'datadgo' } as unknown as SourceConfig;
    await expect(createSource(config)).rejects.toThrow(
      'source "dd" has unknown type "datadgo"; known types: http, prometheus, loki, datadog, newrelic, sentry, cloudwatch'
    );
  });
});
