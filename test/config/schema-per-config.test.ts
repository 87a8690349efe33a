// The schema a run builds names only the providers its config uses (fileSchemaFor); these tests
// hold it to the complete schema: the same output for every valid config, the same issues for
// every invalid one, whichever providers are named.
import { completeFileSchema, fileSchemaFor } from '../../src/config/schema.js';
import { SOURCE_TYPES, sourceSchemaFor } from '../../src/config/source-schemas.js';

const common = { critical: false };
const valid: Record<string, Record<string, unknown>> = {
  http: { id: 'web', type: 'http', url: 'https://shop.example/health', ...common },
  prometheus: {
    id: 'prom',
    type: 'prometheus',
    url: 'https://prom.example',
    errors: 'sum(increase(e[$window]))',
    total: 'sum(increase(t[$window]))'
  },
  loki: {
    id: 'logs',
    type: 'loki',
    url: 'https://loki.example',
    tenant: 'shop',
    errors: 'sum(count_over_time({app="shop"} |= "error" [$window]))',
    total: 'sum(count_over_time({app="shop"} [$window]))'
  },
  datadog: {
    id: 'dd',
    type: 'datadog',
    site: 'EU',
    'api-key': 'k',
    'app-key': 'a',
    errors: 'sum:trace.http.request.errors{service:shop}.as_count()',
    total: 'sum:trace.http.request.hits{service:shop}.as_count()'
  },
  newrelic: {
    id: 'nr',
    type: 'newrelic',
    'api-key': 'NRAK-1',
    'account-id': 1,
    query: 'SELECT count(*) AS total FROM Transaction'
  },
  sentry: { id: 'st', type: 'sentry', token: 't', organization: 'o', projects: 'p', release: 'r' },
  cloudwatch: {
    id: 'cw',
    type: 'cloudwatch',
    region: 'eu-west-1',
    errors: { namespace: 'AWS/ApplicationELB', metric: 'HTTPCode_Target_5XX_Count' },
    total: { namespace: 'AWS/ApplicationELB', metric: 'RequestCount' }
  }
};

// One mistake per provider, each caught by a different part of its schema.
const invalid: Record<string, Record<string, unknown>> = {
  http: { ...valid.http, method: 'PUT', 'expect-status': [99] },
  prometheus: { ...valid.prometheus, total: undefined, levels: [{ name: 'p99', query: 'q' }] },
  loki: { ...valid.loki, tenant: '', compare: { label: 'version' } },
  datadog: { ...valid.datadog, site: 'mars', extra: true },
  newrelic: { ...valid.newrelic, query: 'SELECT count(*) FROM T SINCE 1 hour ago', region: 'AU' },
  sentry: { ...valid.sentry, projects: [], 'crash-free': { min: 2 } },
  cloudwatch: { ...valid.cloudwatch, period: '0s', errors: { namespace: 'AWS/ELB' } }
};

function parseBoth(data: unknown) {
  return { per: fileSchemaFor(data).safeParse(data), all: completeFileSchema().safeParse(data) };
}

describe('the schema built for a config', () => {
  test.each(SOURCE_TYPES)('%s alone: the same output as with every provider built', (type) => {
    const data = { sources: [valid[type]] };
    const { per, all } = parseBoth(data);
    expect(all.success).toBe(true);
    expect(per).toEqual(all);
  });

  test.each(SOURCE_TYPES)('%s alone: the same issues as with every provider built', (type) => {
    const data = { window: '5m', sources: [invalid[type]] };
    const { per, all } = parseBoth(data);
    expect(all.success).toBe(false);
    expect(per.error?.issues).toEqual(all.error?.issues);
  });

  test('providers mixed, an unknown type and a duplicate id: the same issues', () => {
    const data = {
      sources: [valid.http, invalid.datadog, { id: 'web', type: 'http', url: 'ftp://x' }, { type: 'datadgo' }]
    };
    const { per, all } = parseBoth(data);
    expect(all.success).toBe(false);
    expect(per.error?.issues).toEqual(all.error?.issues);
  });

  test('a provider the config does not name is in the union by its type only', () => {
    const union = sourceSchemaFor(new Set(['http'])) as unknown as {
      options: { shape: Record<string, unknown> }[];
    };
    const shapes = union.options.map((option) => Object.keys(option.shape));
    expect(shapes).toHaveLength(SOURCE_TYPES.length);
    expect(shapes[SOURCE_TYPES.indexOf('http')]).toContain('url');
    for (const type of SOURCE_TYPES.filter((t) => t !== 'http')) {
      expect(shapes[SOURCE_TYPES.indexOf(type)]).toEqual(['type']);
    }
  });

  test('one schema per set of named providers, whatever their order', () => {
    const a = fileSchemaFor({ sources: [valid.datadog, valid.http] });
    const b = fileSchemaFor({ sources: [valid.http, valid.datadog, valid.http] });
    expect(a).toBe(b);
    expect(fileSchemaFor({ sources: [valid.http] })).not.toBe(a);
  });
});
