import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { CloudWatchSourceConfig } from '../../src/config/types.js';
import { configFromObject } from '../../src/config/load.js';
import { createCloudWatchSource, retentionPeriodMs } from '../../src/sources/cloudwatch/source.js';
import { SourceError, type PollWindow } from '../../src/sources/types.js';
import { startFakeCloudWatch, type FakeCloudWatch } from '../support/fake-cloudwatch.js';
import { cloudWatchShape, validateCloudWatch } from '../support/vendor-models/cloudwatch.js';

const MIN = 60_000;
// A whole minute an hour ago: CloudWatch's retention tiers are relative to now.
const T0 = Math.floor(Date.now() / MIN) * MIN - 60 * MIN;
let aws: FakeCloudWatch;
beforeAll(async () => {
  aws = await startFakeCloudWatch();
});
afterAll(() => aws.close());
beforeEach(() => {
  aws.requests.length = 0;
  aws.violations.length = 0;
  aws.fault = () => undefined;
  aws.pageSize = 1000;
  // 600 requests a minute per target group; green fails 3%, blue 1%.
  aws.datapoint = (metric, dims) => {
    const green = dims.TargetGroup === 'targetgroup/green/1';
    if (metric === 'RequestCount') return 600;
    if (metric === 'HTTPCode_Target_5XX_Count') return green ? 18 : 6;
    if (metric === 'TargetResponseTime') return green ? 0.4 : 0.2;
    return undefined;
  };
});

const env = () => ({
  AWS_ACCESS_KEY_ID: aws.credentials.accessKeyId,
  AWS_SECRET_ACCESS_KEY: aws.credentials.secretAccessKey,
  AWS_SESSION_TOKEN: aws.credentials.sessionToken,
  AWS_REGION: aws.region
});
const alb = { LoadBalancer: 'app/shop/50dc6c495c0c9188' };

function config(overrides: Partial<CloudWatchSourceConfig> = {}): CloudWatchSourceConfig {
  return {
    id: 'alb',
    type: 'cloudwatch',
    url: aws.url,
    periodMs: MIN,
    errors: {
      namespace: 'AWS/ApplicationELB',
      metric: 'HTTPCode_Target_5XX_Count',
      dimensions: alb,
      stat: 'Sum'
    },
    total: { namespace: 'AWS/ApplicationELB', metric: 'RequestCount', dimensions: alb, stat: 'Sum' },
    compare: { dimension: 'TargetGroup', canary: 'targetgroup/green/1', baseline: 'targetgroup/blue/2' },
    levels: [],
    critical: false,
    timeoutMs: 2000,
    retries: 2,
    maxResponseBytes: 1 << 20,
    maxConsecutiveErrors: 3,
    onError: 'inconclusive',
    ...overrides
  };
}
const window = (from: number, to: number, phase: PollWindow['phase'] = 'observe'): PollWindow => ({
  from,
  to,
  phase,
  signal: new AbortController().signal
});
const deps = (extra: object = {}) => ({ env: env(), sleep: async () => {}, ...extra });

describe('cloudwatch source: requests', () => {
  it('signs GetMetricData with SigV4 as AWS checks it, in the shape the SDK’s model describes', async () => {
    await createCloudWatchSource(config(), deps()).poll(window(T0, T0 + 3 * MIN));
    expect(aws.violations).toEqual([]);
    const request = aws.requests[0]!;
    expect(request.headers['x-amz-target']).toBe('GraniteServiceVersion20100801.GetMetricData');
    const body = request.body as {
      MetricDataQueries: { MetricStat: { Metric: { Dimensions: { Name: string; Value: string }[] } } }[];
      StartTime: number;
    };
    expect(body.StartTime).toBe(T0 / 1000);
    expect(
      body.MetricDataQueries.map(
        (q) => q.MetricStat.Metric.Dimensions.find((d) => d.Name === 'TargetGroup')?.Value
      )
    ).toEqual(['targetgroup/green/1', 'targetgroup/green/1', 'targetgroup/blue/2', 'targetgroup/blue/2']);
  });

  it('the shape check and the signature check catch what AWS would refuse', async () => {
    expect(
      validateCloudWatch(
        { MetricDataQueries: [], StartTime: '2026-01-01' },
        cloudWatchShape('GetMetricDataInput')
      ).map((v) => v.path)
    ).toEqual(expect.arrayContaining(['$.EndTime', '$.StartTime']));
    const wrongSecret = { ...env(), AWS_SECRET_ACCESS_KEY: 'not/the/secret/at/all/0000000000' };
    const error = (await createCloudWatchSource(config(), { env: wrongSecret, sleep: async () => {} })
      .poll(window(T0, T0 + 3 * MIN))
      .catch((e: unknown) => e)) as Error;
    expect(aws.violations).toContain('the signature does not match');
    expect(error.message).toMatch(/AWS did not accept the credentials or their signature/);
    expect(error.message).not.toContain('not/the/secret');
  });

  it('reads credentials and region from the environment configure-aws-credentials exports, and says what is missing', () => {
    expect(() => createCloudWatchSource(config(), { env: { AWS_REGION: 'eu-west-1' } })).toThrow(
      /no AWS credentials in the environment \(AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY\); run aws-actions\/configure-aws-credentials/
    );
    const { AWS_REGION: _r, ...noRegion } = env();
    expect(() => createCloudWatchSource(config(), { env: noRegion })).toThrow(
      /no region; set `region` or AWS_REGION/
    );
    const masked: string[] = [];
    createCloudWatchSource(config(), { env: env(), maskSecret: (s) => masked.push(s) });
    expect(masked).toEqual(
      expect.arrayContaining([aws.credentials.secretAccessKey, aws.credentials.sessionToken])
    );
  });
});

describe('cloudwatch source: counting', () => {
  it('compares the new target group with the old one over complete periods after the deploy', async () => {
    const deploy = T0 + 20_000;
    const source = createCloudWatchSource(config(), deps());
    const readings = await source.poll(window(deploy, deploy + 3 * MIN));
    // Periods start on whole minutes: the one holding the deploy mixes versions, the last is
    // still filling; the two between count.
    expect(readings).toEqual([
      { signal: 'alb', kind: 'count', group: 'canary', errors: 36, total: 1200 },
      { signal: 'alb', kind: 'count', group: 'baseline', errors: 12, total: 1200 }
    ]);
    await source.poll(window(deploy + 3 * MIN, deploy + 4 * MIN));
    expect((aws.requests[1]!.body as { StartTime: number }).StartTime).toBe((T0 + 3 * MIN) / 1000);
  });

  it('a period without a datapoint is no data, never zero', async () => {
    aws.datapoint = (metric) => (metric === 'RequestCount' ? 600 : undefined);
    const readings = await createCloudWatchSource(config(), deps()).poll(window(T0, T0 + 2 * MIN));
    expect(readings).toEqual([]);
  });

  it('errors above requests are a source error, never a reading', async () => {
    aws.datapoint = (metric) => (metric === 'RequestCount' ? 100 : 250);
    const error = await createCloudWatchSource(config(), deps())
      .poll(window(T0, T0 + 2 * MIN))
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/errors \(250\) exceed total \(100\)/);
  });

  it('follows NextToken to the end of a paged answer', async () => {
    aws.pageSize = 1;
    const readings = await createCloudWatchSource(config(), deps()).poll(window(T0, T0 + 3 * MIN));
    expect(aws.requests.length).toBe(3);
    expect(readings[0]).toEqual({ signal: 'alb', kind: 'count', group: 'canary', errors: 54, total: 1800 });
  });

  it('an answer that stays PartialData is a source error, not half the data', async () => {
    aws.fault = () => ({ kind: 'partial-forever' });
    const error = await createCloudWatchSource(config(), deps())
      .poll(window(T0, T0 + 3 * MIN))
      .catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/still had more pages after 20/);
  });

  it('without compare, the pre-deploy window is the baseline; levels read per period', async () => {
    const source = createCloudWatchSource(
      config({
        compare: undefined,
        errors: {
          namespace: 'AWS/ApplicationELB',
          metric: 'HTTPCode_Target_5XX_Count',
          dimensions: { TargetGroup: 'targetgroup/green/1' },
          stat: 'Sum'
        },
        total: {
          namespace: 'AWS/ApplicationELB',
          metric: 'RequestCount',
          dimensions: { TargetGroup: 'targetgroup/green/1' },
          stat: 'Sum'
        },
        levels: [
          {
            name: 'latency',
            namespace: 'AWS/ApplicationELB',
            metric: 'TargetResponseTime',
            dimensions: { TargetGroup: 'targetgroup/green/1' },
            stat: 'p99',
            max: 1,
            unit: 's'
          }
        ]
      }),
      deps()
    );
    const before = await source.poll(window(T0 - 10 * MIN, T0, 'baseline'));
    expect(before).toEqual([
      { signal: 'alb', kind: 'count', group: 'baseline', errors: 180, total: 6000 },
      { signal: 'alb:latency', kind: 'level', group: 'baseline', value: expect.closeTo(0.4, 9), unit: 's' }
    ]);
  });

  it('answers history one step per complete period', async () => {
    const steps = await createCloudWatchSource(config(), deps()).history!({
      from: T0,
      to: T0 + 3 * MIN + 30_000,
      stepMs: MIN,
      phase: 'observe',
      signal: new AbortController().signal
    });
    expect(steps.map((s) => s.at)).toEqual([T0 + MIN, T0 + 2 * MIN, T0 + 3 * MIN]);
  });

  it('asks for the period each retention tier still keeps', () => {
    const now = T0;
    expect(retentionPeriodMs(MIN, now - 2 * 3_600_000, now)).toBe(MIN);
    expect(retentionPeriodMs(MIN, now - 20 * 86_400_000, now)).toBe(5 * MIN);
    expect(retentionPeriodMs(MIN, now - 90 * 86_400_000, now)).toBe(60 * MIN);
    expect(retentionPeriodMs(10_000, now - 5 * 3_600_000, now)).toBe(MIN);
  });
});

describe('cloudwatch source: faults', () => {
  it('retries HTTP 400 Throttling with backoff instead of calling it bad configuration', async () => {
    aws.fault = (nth) => (nth <= 2 ? { kind: 'throttle' } : undefined);
    const waits: number[] = [];
    const readings = await createCloudWatchSource(
      config(),
      deps({ sleep: async (ms: number) => void waits.push(ms) })
    ).poll(window(T0, T0 + 2 * MIN));
    expect(waits).toHaveLength(2);
    expect(readings.length).toBeGreaterThan(0);
  });

  it('lasting throttling is a retryable source error that says so', async () => {
    aws.fault = () => ({ kind: 'throttle' });
    const error = (await createCloudWatchSource(config(), deps())
      .poll(window(T0, T0 + 2 * MIN))
      .catch((e: unknown) => e)) as SourceError;
    expect([error.retryable, /throttled after 3 attempts/.test(error.message)]).toEqual([true, true]);
  });

  it('expired credentials are named, with the fix', async () => {
    aws.fault = () => ({ kind: 'expired' });
    const error = (await createCloudWatchSource(config(), deps())
      .poll(window(T0, T0 + 2 * MIN))
      .catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/the AWS credentials have expired .*role-duration-seconds/);
    expect(error.message).not.toContain(aws.credentials.sessionToken);
  });

  it('a lasting 5xx is a retryable source error', async () => {
    aws.fault = () => ({ kind: 'status', status: 503 });
    const error = (await createCloudWatchSource(config(), deps())
      .poll(window(T0, T0 + 2 * MIN))
      .catch((e: unknown) => e)) as SourceError;
    expect(error.retryable).toBe(true);
  });
});

describe('cloudwatch source: configuration', () => {
  it('is configured with the keys users write', () => {
    const parsed = configFromObject({
      sources: [
        {
          id: 'alb',
          type: 'cloudwatch',
          errors: { namespace: 'AWS/ApplicationELB', metric: 'HTTPCode_Target_5XX_Count', dimensions: alb },
          total: { namespace: 'AWS/ApplicationELB', metric: 'RequestCount', dimensions: alb }
        }
      ]
    });
    expect(parsed.sources[0]).toMatchObject({ type: 'cloudwatch', periodMs: MIN, errors: { stat: 'Sum' } });
  });

  it('refuses a period CloudWatch cannot answer and a count that is not a Sum', () => {
    expect(() => createCloudWatchSource(config({ periodMs: 45_000 }), deps())).toThrow(
      /period must be 1, 5, 10 or 30 s .* or a multiple of 60 s, not 45 s/
    );
    expect(() =>
      createCloudWatchSource(
        config({
          errors: {
            namespace: 'AWS/ApplicationELB',
            metric: 'HTTPCode_Target_5XX_Count',
            dimensions: alb,
            stat: 'Average'
          }
        }),
        deps()
      )
    ).toThrow(/errors counts requests, so its stat must be `Sum`/);
  });
});
