/**
 * The `datadog` source: error and request counts (`.as_count()` metric queries) and levels from
 * Datadog's v2 timeseries API.
 *
 * Datadog answers in buckets aligned to its rollup interval. A bucket counts once it is complete:
 * one that started before the window (it mixes the old version with the new) or that ends after
 * it (the last, partial bucket, still filling) is left out, and the next poll picks the partial
 * one up from where the last counted bucket ended, so nothing is counted twice or lost.
 *
 * A `null` point is no data, never zero: a bucket counts only where both queries have a point.
 * With `compare`, the queries group `by {<tag>}` and series split by that tag's value (unified
 * service tagging's `version`); otherwise the pre-deploy window is the baseline.
 */
import type { DatadogSourceConfig } from '../../config/types.js';
import type { Group, HistoryRange, HistoryStep, PollWindow, Reading, SignalSpec, Source } from '../types.js';
import { SourceError } from '../types.js';
import { registerSecrets, type SourceDeps } from '../deps.js';
import { countSignal, levelSignal } from '../signal-specs.js';
import { groupOf } from '../version-split.js';
import { bucketCursor, mergeReadings } from '../readings.js';
import { checkedCounts, checkedSeries } from '../counts.js';
import { queryTimeseries, type DatadogClientOptions, type DatadogTimeseries } from './api.js';

/**
 * Rollup asked for a poll: about a third of the poll, in whole 10 s steps (what Datadog's metrics
 * resolve), so that most of each poll lands in complete buckets and the partial one waits less.
 */
const MIN_INTERVAL_MS = 10_000;
const MAX_POLL_INTERVAL_MS = 60_000;
function pollInterval(windowMs: number): number {
  const third = Math.floor(windowMs / 3 / MIN_INTERVAL_MS) * MIN_INTERVAL_MS;
  return Math.min(MAX_POLL_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, third));
}

interface Bucket {
  start: number;
  end: number;
}

export function createDatadogSource(config: DatadogSourceConfig, deps: SourceDeps = {}): Source {
  validate(config);
  const secrets = registerSecrets(deps, [config.apiKey, config.appKey]);
  const client: DatadogClientOptions = {
    sourceId: config.id,
    baseUrl: config.url ?? `https://api.${config.site}`,
    apiKey: config.apiKey,
    appKey: config.appKey,
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets
  };
  const compare = config.compare;
  const hasCount = config.errors !== undefined && config.total !== undefined;
  const queries = [
    ...(hasCount ? [config.errors!, config.total!] : []),
    ...config.levels.map((l) => l.query)
  ];
  const levelIndex = (i: number) => (hasCount ? 2 : 0) + i;

  const signals: SignalSpec[] = [];
  if (hasCount) {
    signals.push(countSignal(config.id, config.critical, !!compare));
  }
  for (const level of config.levels) {
    signals.push(levelSignal(`${config.id}:${level.name}`, level, config.critical, !!compare));
  }
  const log = (line: string) => deps.log?.(`${config.id}: ${line}`);
  const cursor = bucketCursor();

  const versionOf = (tags: string[]): string | undefined => {
    if (!compare) return undefined;
    const prefix = `${compare.tag}:`;
    return tags.find((t) => t.startsWith(prefix))?.slice(prefix.length);
  };

  /** Readings per bucket for the buckets inside [from, to], by group. */
  function read(
    data: DatadogTimeseries,
    from: number,
    to: number,
    requestedInterval: number,
    phase: PollWindow['phase']
  ): { bucket: Bucket; readings: Reading[] }[] {
    const width = data.times.length >= 2 ? data.times[1]! - data.times[0]! : requestedInterval;
    const buckets = data.times
      .map((start, index) => ({ start, end: start + width, index }))
      .filter((b) => b.start >= from && b.end <= to);
    return buckets.map((b) => {
      const readings: Reading[] = [];
      // Per group, the points of each query's series in this bucket (null: no data).
      const byGroup = new Map<Group, Map<number, (number | null)[]>>();
      for (const series of data.series) {
        const group = groupOf(versionOf(series.groupTags), compare, phase);
        if (!group) continue;
        const perQuery = byGroup.get(group) ?? new Map<number, (number | null)[]>();
        byGroup.set(group, perQuery);
        perQuery.set(series.queryIndex, [
          ...(perQuery.get(series.queryIndex) ?? []),
          series.points[b.index]!
        ]);
      }
      for (const [group, perQuery] of byGroup) {
        if (hasCount) {
          const errors = present(perQuery.get(0));
          const total = present(perQuery.get(1));
          if (errors && total) {
            // Each series' point first: a negative one must not hide inside the group's sum.
            errors.forEach((v) => checkedSeries(config.id, config.id, 'errors', v));
            total.forEach((v) => checkedSeries(config.id, config.id, 'total', v));
            // `.as_count()` interpolates, so counts may be fractions: rounded, within rounding noise.
            const counts = checkedCounts(
              config.id,
              config.id,
              { errors: sum(errors), total: sum(total) },
              'estimate'
            );
            readings.push({ signal: config.id, kind: 'count', group, ...counts });
          }
        }
        config.levels.forEach((level, i) => {
          const values = present(perQuery.get(levelIndex(i)));
          if (!values) return;
          if (!compare && values.length > 1) {
            throw new SourceError(
              `source "${config.id}": level "${level.name}" returned ${values.length} series; aggregate it to one (e.g. avg:... without "by {}")`,
              config.id
            );
          }
          readings.push({
            signal: `${config.id}:${level.name}`,
            kind: 'level',
            group,
            value: sum(values) / values.length,
            ...(level.unit !== undefined ? { unit: level.unit } : {})
          });
        });
      }
      return { bucket: b, readings };
    });
  }

  return {
    id: config.id,
    type: 'datadog',
    critical: config.critical,
    signals,
    async poll(window: PollWindow): Promise<Reading[]> {
      if (window.phase === 'baseline' && compare) return [];
      const from = window.phase === 'observe' ? cursor.from(window.from) : window.from;
      if (window.to <= from) return [];
      const intervalMs =
        window.phase === 'baseline' ? MAX_POLL_INTERVAL_MS : pollInterval(window.to - window.from);
      const data = await queryTimeseries(
        client,
        { from, to: window.to, intervalMs, queries },
        window.signal,
        deps
      );
      const perBucket = read(data, from, window.to, intervalMs, window.phase);
      if (window.phase === 'observe' && perBucket.length > 0) cursor.counted(perBucket.at(-1)!.bucket.end);
      const readings = mergeReadings(perBucket.flatMap((b) => b.readings));
      reportMissing(readings, window.phase);
      return readings;
    },
    async history(range: HistoryRange): Promise<HistoryStep[]> {
      if (range.phase === 'baseline' && compare) return [];
      const data = await queryTimeseries(
        client,
        { from: range.from, to: range.to, intervalMs: range.stepMs, queries },
        range.signal,
        deps
      );
      return read(data, range.from, range.to, range.stepMs, range.phase).map(({ bucket, readings }) => ({
        at: bucket.end,
        readings
      }));
    }
  };

  function reportMissing(readings: Reading[], phase: PollWindow['phase']): void {
    const expected: Group[] = compare
      ? ['canary', 'baseline']
      : [phase === 'baseline' ? 'baseline' : 'canary'];
    for (const spec of signals) {
      const missing = expected.filter((g) => !readings.some((r) => r.signal === spec.id && r.group === g));
      if (missing.length === 0) continue;
      const hint =
        spec.kind === 'count'
          ? '; Datadog reports null where a metric has no points: if the errors metric reports nothing when there are no errors, add .fill(zero) to its query'
          : '';
      log(`no data for ${spec.id} (${missing.join(', ')}) in complete buckets of this window${hint}`);
    }
  }
}

/** The values when every series had a point; undefined when the query has no series or a null. */
function present(points: (number | null)[] | undefined): number[] | undefined {
  if (!points || points.length === 0 || points.some((p) => p === null)) return undefined;
  return points as number[];
}

function validate(config: DatadogSourceConfig): void {
  const where = `datadog source "${config.id}"`;
  const queries: [string, string | undefined][] = [
    ['errors', config.errors],
    ['total', config.total],
    ...config.levels.map((l): [string, string] => [`levels.${l.name}`, l.query])
  ];
  if (config.compare) {
    const grouping = new RegExp(`\\bby\\s*\\{[^}]*\\b${escapeRegExp(config.compare.tag)}\\b[^}]*\\}`);
    for (const [name, query] of queries) {
      if (query !== undefined && !grouping.test(query)) {
        throw new Error(
          `${where}: compare.tag is "${config.compare.tag}", so the ${name} query must group by it: add \`by {${config.compare.tag}}\``
        );
      }
    }
  }
  for (const [name, query] of [
    ['errors', config.errors],
    ['total', config.total]
  ] as const) {
    if (query !== undefined && !/\.as_count\(\)/.test(query)) {
      throw new Error(
        `${where}: the ${name} query must count requests in each bucket: end it with \`.as_count()\` (without it Datadog returns per-second rates)`
      );
    }
  }
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
