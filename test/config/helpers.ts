import { ConfigError } from '../../src/config/errors.js';
import { loadConfig, type LoadConfigOptions } from '../../src/config/load.js';

/** Loads `text` as the config file with no inputs unless given. */
export function load(text: string, extra: Partial<LoadConfigOptions> = {}) {
  return loadConfig({ text, inputs: {}, env: {}, cwd: '/nonexistent', ...extra });
}

/** The ConfigError a load throws; fails the test when it does not throw one. */
export async function loadError(text: string, extra: Partial<LoadConfigOptions> = {}): Promise<ConfigError> {
  try {
    await load(text, extra);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, but the configuration loaded');
}

export const HTTP_SOURCE = 'sources:\n  - id: web\n    type: http\n    url: https://example.com/health\n';

/** Every key the file may have, once; `${PROM_TOKEN}` must be set in the environment. */
export const FULL_CONFIG = `
environment: staging
window: 15m
interval: 20s
baseline: 1h
alpha: 0.01
tolerance: 1.5
min-errors: 10
on-inconclusive: fail
fail-on-fail: false
dry-run: true
deploy-time: 2026-01-31T12:00:00Z
sha: 0123456789abcdef0123456789abcdef01234567
sources:
  - id: web
    type: http
    critical: true
    timeout: 5s
    retries: 1
    max-response-bytes: 2048
    max-consecutive-errors: 4
    on-error: fail
    url: https://example.com/health
    method: HEAD
    headers:
      Accept: application/health+json
    expect-status: [200, 204]
    format: health+json
    body-contains: ok
    expect:
      - path: $.status
        equals: pass
      - path: $.version
        contains: "1."
    max-latency: 800ms
    expect-version:
      value: abc1234
      header: X-Version
    probes: 5
    fail-after: 2
    max-error-rate: 0.05
  - id: prom
    type: prometheus
    url: http://prometheus:9090
    auth:
      type: bearer
      token: \${PROM_TOKEN}
    headers:
      X-Scope-OrgID: tenant-1
    errors: sum(increase(http_requests_total{code=~"5.."}[$window]))
    total: sum(increase(http_requests_total[$window]))
    compare:
      label: version
      canary: abc1234
    levels:
      - name: p99
        query: histogram_quantile(0.99, sum by (le) (rate(latency_bucket[$window])))
        max-ratio: 1.5
        unit: s
assess:
  target: v1.2.3
  fail-on: unsafe
  critical-paths: [src/billing/**]
  migrations: [db/changes/*.sql]
  contracts: [api/*.yaml]
incident:
  enabled: false
  on-inconclusive: true
  close-on-recovery: true
  labels: [incident, deploy]
  assignees: [octocat]
  service: checkout
revert:
  mode: dispatch
  workflow: deploy.yml
  max-per-day: 2
`;
