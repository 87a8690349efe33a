/**
 * The `newrelic` source: one NRQL query that selects `... AS errors` and `... AS total` (and any
 * level by its alias), run through NerdGraph over exactly the poll window (`SINCE <ms> UNTIL
 * <ms>`), split by version with `FACET <attribute>` when `compare` is set, bucketed with
 * `TIMESERIES` for history. Results are read by alias, never by the function's name, so
 * `count(*)` and `filter(...)` can be written however the team likes.
 *
 * A `null` is no data; a facet that is absent had no events in the window, which is no data too:
 * the judge needs traffic before anything can pass.
 */
import type { NewRelicSourceConfig } from '../../config/types.js';
import type { HistoryRange, HistoryStep, PollWindow, Reading, SignalSpec, Source } from '../types.js';
import { SourceError } from '../types.js';
import { registerSecrets, type SourceDeps } from '../deps.js';
import { countSignal, levelSignal } from '../signal-specs.js';
import { groupOf } from '../version-split.js';
import { checkedCounts } from '../counts.js';
import { NERDGRAPH_URLS, runNrql, type NewRelicClientOptions, type NrqlRow } from './api.js';

/** NRQL's TIMESERIES allows at most this many buckets in one query. */
const MAX_BUCKETS = 366;

export function createNewRelicSource(config: NewRelicSourceConfig, deps: SourceDeps = {}): Source {
  const secrets = registerSecrets(deps, [config.apiKey]);
  const client: NewRelicClientOptions = {
    sourceId: config.id,
    url: config.url ?? NERDGRAPH_URLS[config.region],
    apiKey: config.apiKey,
    accountId: config.accountId,
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets
  };
  const compare = config.compare;
  const hasCount = /\bAS\s+[`'"]?errors\b/i.test(config.query) && /\bAS\s+[`'"]?total\b/i.test(config.query);
  validate(config, hasCount);

  const signals: SignalSpec[] = [];
  if (hasCount) {
    signals.push(countSignal(config.id, config.critical, !!compare));
  }
  for (const level of config.levels) {
    signals.push(levelSignal(`${config.id}:${level.name}`, level, config.critical, !!compare));
  }
  const log = (line: string) => deps.log?.(`${config.id}: ${line}`);

  const nrql = (from: number, to: number, bucketSeconds?: number) =>
    [
      config.query.trim(),
      `SINCE ${Math.floor(from)} UNTIL ${Math.floor(to)}`,
      ...(compare ? [`FACET ${compare.attribute} LIMIT MAX`] : []),
      ...(bucketSeconds !== undefined ? [`TIMESERIES ${bucketSeconds} seconds`] : [])
    ].join(' ');

  /** The readings one row says, for the group its facet belongs to. */
  function readRow(row: NrqlRow, phase: PollWindow['phase']): Reading[] {
    const facet = row.facet;
    const value = Array.isArray(facet)
      ? facet.map(String).join(',')
      : facet === undefined
        ? undefined
        : String(facet);
    const group = groupOf(value, compare, phase);
    if (!group) return [];
    const readings: Reading[] = [];
    if (hasCount) {
      const errors = numberAt(row, 'errors');
      const total = numberAt(row, 'total');
      if (errors !== null && total !== null) {
        // count(*) counts events: whole numbers, never negative, errors within total.
        const counts = checkedCounts(config.id, config.id, { errors, total }, 'exact');
        readings.push({ signal: config.id, kind: 'count', group, ...counts });
      }
    }
    for (const level of config.levels) {
      const v = numberAt(row, level.name);
      if (v !== null) {
        readings.push({
          signal: `${config.id}:${level.name}`,
          kind: 'level',
          group,
          value: v,
          ...(level.unit !== undefined ? { unit: level.unit } : {})
        });
      }
    }
    return readings;
  }

  function numberAt(row: NrqlRow, alias: string): number | null {
    if (!Object.hasOwn(row, alias)) {
      const keys = Object.keys(row)
        .filter((k) => k !== 'facet')
        .join(', ');
      throw new SourceError(
        `source "${config.id}": the NRQL result has no \`${alias}\` (it has ${keys || 'nothing'}); name it with \`AS ${alias}\``,
        config.id
      );
    }
    const v = row[alias];
    if (v === null) return null;
    if (typeof v !== 'number' || !Number.isFinite(v))
      throw new SourceError(
        `source "${config.id}": \`${alias}\` is ${JSON.stringify(v)}, not a number`,
        config.id
      );
    return v;
  }

  return {
    id: config.id,
    type: 'newrelic',
    critical: config.critical,
    signals,
    async poll(window: PollWindow): Promise<Reading[]> {
      if (window.phase === 'baseline' && compare) return [];
      const rows = await runNrql(client, nrql(window.from, window.to), window.signal, deps);
      const readings = rows.flatMap((row) => readRow(row, window.phase));
      if (readings.length === 0) log(`no data in this window (${rows.length} result rows)`);
      return readings;
    },
    async history(range: HistoryRange): Promise<HistoryStep[]> {
      if (range.phase === 'baseline' && compare) return [];
      const bucketSeconds = Math.max(1, Math.round(range.stepMs / 1000));
      const buckets = Math.ceil((range.to - range.from) / (bucketSeconds * 1000));
      if (buckets > MAX_BUCKETS) {
        throw new SourceError(
          `source "${config.id}": ${buckets} buckets of ${bucketSeconds} s is more than NRQL's TIMESERIES allows (${MAX_BUCKETS}); use a longer step`,
          config.id
        );
      }
      const rows = await runNrql(client, nrql(range.from, range.to, bucketSeconds), range.signal, deps);
      const steps = new Map<number, Reading[]>();
      for (const row of rows) {
        const end = row.endTimeSeconds;
        if (typeof end !== 'number')
          throw new SourceError(`source "${config.id}": a TIMESERIES row has no endTimeSeconds`, config.id);
        const at = end * 1000;
        // The last bucket can reach past `to` while it still fills: it is not history yet.
        if (at > range.to) continue;
        steps.set(at, [...(steps.get(at) ?? []), ...readRow(row, range.phase)]);
      }
      return [...steps.entries()].sort((a, b) => a[0] - b[0]).map(([at, readings]) => ({ at, readings }));
    }
  };
}

function validate(config: NewRelicSourceConfig, hasCount: boolean): void {
  const where = `newrelic source "${config.id}"`;
  const hasErrors = /\bAS\s+[`'"]?errors\b/i.test(config.query);
  const hasTotal = /\bAS\s+[`'"]?total\b/i.test(config.query);
  if (hasErrors !== hasTotal) {
    throw new Error(
      `${where}: the query names \`${hasErrors ? 'errors' : 'total'}\` but not \`${hasErrors ? 'total' : 'errors'}\`; select both (\`... AS errors, ... AS total\`)`
    );
  }
  if (!hasCount && config.levels.length === 0) {
    throw new Error(
      `${where}: nothing to measure; select \`... AS errors, ... AS total\` or list levels by alias`
    );
  }
  for (const level of config.levels) {
    if (
      !new RegExp(`\\bAS\\s+[\`'"]?${level.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(
        config.query
      )
    )
      throw new Error(
        `${where}: level "${level.name}" is not selected in the query; add \`... AS ${level.name}\``
      );
  }
}
