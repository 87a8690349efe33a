/**
 * The `cloudwatch` source: error and request counts (the `Sum` of two metrics per period) and
 * levels from CloudWatch's GetMetricData, signed with the credentials
 * `aws-actions/configure-aws-credentials` exports (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
 * `AWS_SESSION_TOKEN`, `AWS_REGION`).
 *
 * With `compare`, the same metrics are asked twice, with the compare dimension set to the new
 * version's value and to the old one's (blue/green target groups, a `Version` dimension);
 * without it, the pre-deploy window is the baseline. Periods are buckets: only complete buckets
 * wholly after the deploy count, and a bucket still filling waits for the next poll. A period
 * with no datapoint is no data, never zero; a `PartialData` answer is paged to the end, and one
 * that stays partial costs its poll (a source error), never a reading made of half the data.
 */
import type { CloudWatchMetric, CloudWatchSourceConfig } from '../../config/types.js';
import type { Group, HistoryRange, HistoryStep, PollWindow, Reading, SignalSpec, Source } from '../types.js';
import { SourceError } from '../types.js';
import { registerSecrets, type SourceDeps } from '../deps.js';
import { countSignal, levelSignal } from '../signal-specs.js';
import { bucketCursor, mergeReadings } from '../readings.js';
import { checkedCounts } from '../counts.js';
import { getMetricData, type AwsCredentials, type MetricDataQuery, type MetricDataResult } from './api.js';

const DAY = 86_400_000;

/**
 * CloudWatch keeps 1-minute data for 15 days, 5-minute data for 63 days and hourly data for 455:
 * a query reaching further back must ask for at least that period, or it gets nothing.
 */
export function retentionPeriodMs(configuredMs: number, fromMs: number, nowMs: number): number {
  const age = nowMs - fromMs;
  const floor = age > 63 * DAY ? 3_600_000 : age > 15 * DAY ? 300_000 : age > 3 * 3_600_000 ? 60_000 : 1_000;
  return Math.max(configuredMs, floor);
}

interface Ask {
  id: string;
  signal: string;
  role: 'errors' | 'total' | 'level';
  group: Group | 'phase';
}

export function createCloudWatchSource(config: CloudWatchSourceConfig, deps: SourceDeps = {}): Source {
  const env = (deps.env ?? process.env) as Record<string, string | undefined>;
  const credentials = credentialsFrom(env, config.id);
  const region = config.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
  if (!region) {
    throw new Error(
      `cloudwatch source "${config.id}": no region; set \`region\` or AWS_REGION (aws-actions/configure-aws-credentials sets it)`
    );
  }
  validate(config);
  const secrets = registerSecrets(deps, [credentials.secretAccessKey, credentials.sessionToken]);
  const client = {
    sourceId: config.id,
    url: config.url ?? `https://monitoring.${region}.amazonaws.com/`,
    region,
    credentials,
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets
  };
  const compare = config.compare;
  const hasCount = config.errors !== undefined && config.total !== undefined;

  const signals: SignalSpec[] = [];
  if (hasCount) signals.push(countSignal(config.id, config.critical, !!compare));
  for (const level of config.levels) {
    signals.push(levelSignal(`${config.id}:${level.name}`, level, config.critical, !!compare));
  }

  /** The queries for one call: per group asked (both with compare, else the phase's), each metric. */
  function plan(periodSeconds: number): { asks: Ask[]; queries: MetricDataQuery[] } {
    const groups: (Group | 'phase')[] = compare ? ['canary', 'baseline'] : ['phase'];
    const asks: Ask[] = [];
    const queries: MetricDataQuery[] = [];
    const add = (metric: CloudWatchMetric, ask: Omit<Ask, 'id'>) => {
      const id = `q${queries.length}`;
      const dimensions = { ...metric.dimensions };
      if (compare && ask.group !== 'phase')
        dimensions[compare.dimension] = ask.group === 'canary' ? compare.canary : compare.baseline;
      asks.push({ id, ...ask });
      queries.push({
        Id: id,
        MetricStat: {
          Metric: {
            Namespace: metric.namespace,
            MetricName: metric.metric,
            Dimensions: Object.entries(dimensions).map(([Name, Value]) => ({ Name, Value }))
          },
          Period: periodSeconds,
          Stat: metric.stat
        },
        ReturnData: true
      });
    };
    for (const group of groups) {
      if (hasCount) {
        add(config.errors!, { signal: config.id, role: 'errors', group });
        add(config.total!, { signal: config.id, role: 'total', group });
      }
      for (const level of config.levels)
        add(level, { signal: `${config.id}:${level.name}`, role: 'level', group });
    }
    return { asks, queries };
  }

  /** Readings per complete bucket in [from, to]. */
  async function read(
    from: number,
    to: number,
    periodMs: number,
    phase: PollWindow['phase'],
    signal: AbortSignal
  ) {
    const periodSeconds = Math.round(periodMs / 1000);
    const { asks, queries } = plan(periodSeconds);
    // CloudWatch buckets start on whole periods; ask from the start of the one holding `from`.
    const start = Math.floor(from / periodMs) * periodMs;
    const results = await getMetricData(client, { queries, from: start, to }, signal, deps);
    const byId = new Map(results.map((r) => [r.id, r]));
    for (const result of results) {
      if (
        result.status === 'PartialData' ||
        result.status === 'InternalError' ||
        result.status === 'Forbidden'
      ) {
        throw new SourceError(
          `source "${config.id}": GetMetricData answered ${result.status} for ${result.id}${result.messages.length ? ` (${result.messages.join('; ')})` : ''}`,
          config.id
        );
      }
    }
    const valueAt = (id: string, at: number): number | undefined => {
      const r = byId.get(id) as MetricDataResult | undefined;
      const i = r ? r.timestamps.indexOf(at) : -1;
      return i >= 0 ? r!.values[i] : undefined;
    };
    const buckets: { end: number; readings: Reading[] }[] = [];
    for (let bucket = start; bucket + periodMs <= to; bucket += periodMs) {
      if (bucket < from) continue;
      const readings: Reading[] = [];
      const groups: (Group | 'phase')[] = compare ? ['canary', 'baseline'] : ['phase'];
      for (const g of groups) {
        const group: Group = g === 'phase' ? (phase === 'baseline' ? 'baseline' : 'canary') : g;
        const of = (role: Ask['role'], name?: string) =>
          asks.find((a) => a.group === g && a.role === role && (name === undefined || a.signal === name))?.id;
        if (hasCount) {
          const errors = valueAt(of('errors')!, bucket);
          const total = valueAt(of('total')!, bucket);
          if (errors !== undefined && total !== undefined) {
            // The Sum of count metrics: whole numbers, never negative, errors within total.
            const counts = checkedCounts(config.id, config.id, { errors, total }, 'exact');
            readings.push({ signal: config.id, kind: 'count', group, ...counts });
          }
        }
        for (const level of config.levels) {
          const name = `${config.id}:${level.name}`;
          const value = valueAt(of('level', name)!, bucket);
          if (value !== undefined)
            readings.push({
              signal: name,
              kind: 'level',
              group,
              value,
              ...(level.unit !== undefined ? { unit: level.unit } : {})
            });
        }
      }
      buckets.push({ end: bucket + periodMs, readings });
    }
    return buckets;
  }

  const cursor = bucketCursor();
  return {
    id: config.id,
    type: 'cloudwatch',
    critical: config.critical,
    signals,
    async poll(window: PollWindow): Promise<Reading[]> {
      if (window.phase === 'baseline' && compare) return [];
      const from = window.phase === 'observe' ? cursor.from(window.from) : window.from;
      const periodMs = retentionPeriodMs(config.periodMs, from, Date.now());
      const buckets = await read(from, window.to, periodMs, window.phase, window.signal);
      if (window.phase === 'observe' && buckets.length > 0) cursor.counted(buckets.at(-1)!.end);
      const readings = mergeReadings(buckets.flatMap((b) => b.readings));
      if (readings.length === 0 && buckets.length > 0)
        deps.log?.(`${config.id}: no datapoints in the complete periods of this window (no data, not zero)`);
      return readings;
    },
    async history(range: HistoryRange): Promise<HistoryStep[]> {
      if (range.phase === 'baseline' && compare) return [];
      const periodMs = retentionPeriodMs(Math.max(config.periodMs, range.stepMs), range.from, Date.now());
      const buckets = await read(range.from, range.to, periodMs, range.phase, range.signal);
      return buckets.map((b) => ({ at: b.end, readings: b.readings }));
    }
  };
}

function credentialsFrom(env: Record<string, string | undefined>, id: string): AwsCredentials {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  if (!accessKeyId || !secretAccessKey) {
    throw new Error(
      `cloudwatch source "${id}": no AWS credentials in the environment (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY); run aws-actions/configure-aws-credentials before Postflight`
    );
  }
  return {
    accessKeyId,
    secretAccessKey,
    ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {})
  };
}

function validate(config: CloudWatchSourceConfig): void {
  const where = `cloudwatch source "${config.id}"`;
  const seconds = config.periodMs / 1000;
  if (!Number.isInteger(seconds) || (![1, 5, 10, 30].includes(seconds) && seconds % 60 !== 0)) {
    throw new Error(
      `${where}: period must be 1, 5, 10 or 30 s (high-resolution metrics) or a multiple of 60 s, not ${seconds} s`
    );
  }
  for (const [name, metric] of [
    ['errors', config.errors],
    ['total', config.total]
  ] as const) {
    if (metric && metric.stat !== 'Sum' && metric.stat !== 'SampleCount')
      throw new Error(
        `${where}: ${name} counts requests, so its stat must be \`Sum\` (or \`SampleCount\`), not \`${metric.stat}\``
      );
  }
}
