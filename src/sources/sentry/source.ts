/**
 * The `sentry` source: error events of the deployed release out of its transactions (spans with
 * `is_transaction:true`), counted per release over exactly each poll's window from the
 * organization events table, against the previous release at the same time (`compare-release`)
 * or against the pre-deploy window; and, when asked, crash-free sessions of the release as a
 * level.
 *
 * A release with no transactions in the window is no data, never a pass; once it has traffic, a
 * release absent from the error counts had no error events. Release health is kept in hourly
 * intervals (Sentry's floor for sessions), so the crash-free level covers whole hours and says so
 * in its unit rather than pretending minute resolution.
 */
import type { SentrySourceConfig } from '../../config/types.js';
import type { Group, HistoryRange, HistoryStep, PollWindow, Reading, SignalSpec, Source } from '../types.js';
import { registerSecrets, type SourceDeps } from '../deps.js';
import { countEvents, crashFreeRates, quote, type SentryClientOptions } from './api.js';
import { checkedCounts } from '../counts.js';

/** History asks the events table once per step: at most this many steps per history query. */
const MAX_HISTORY_STEPS = 60;
const CRASH_FREE_UNIT = 'crash-free rate, whole hours';

export function createSentrySource(config: SentrySourceConfig, deps: SourceDeps = {}): Source {
  const secrets = registerSecrets(deps, [config.token]);
  const client: SentryClientOptions = {
    sourceId: config.id,
    url: config.url,
    token: config.token,
    organization: config.organization,
    projects: config.projects,
    ...(config.environment !== undefined ? { environment: config.environment } : {}),
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets
  };
  const concurrent = config.compareRelease !== undefined;
  const signals: SignalSpec[] = [
    {
      id: config.id,
      kind: 'count',
      baseline: concurrent ? 'concurrent' : 'pre-deploy',
      critical: config.critical
    }
  ];
  if (config.crashFree) {
    signals.push({
      id: `${config.id}:crash-free`,
      kind: 'level',
      baseline: 'absolute',
      critical: config.critical,
      min: config.crashFree.min,
      unit: CRASH_FREE_UNIT
    });
  }
  const log = (line: string) => deps.log?.(`${config.id}: ${line}`);

  /** Count readings for [from, to): per release after the deploy, all releases before it. */
  async function counts(
    from: number,
    to: number,
    phase: PollWindow['phase'],
    signal: AbortSignal
  ): Promise<Reading[]> {
    const releases =
      phase === 'observe' ? [config.release, ...(concurrent ? [config.compareRelease!] : [])] : [];
    const filter = releases.length > 0 ? `release:[${releases.map(quote).join(',')}]` : '';
    const [errors, transactions] = await Promise.all([
      countEvents(client, { dataset: 'errors', query: filter, group: 'release', from, to }, signal, deps),
      countEvents(
        client,
        { dataset: 'spans', query: `is_transaction:true ${filter}`.trim(), group: 'release', from, to },
        signal,
        deps
      )
    ]);
    const sum = (m: Map<string, number>, keys?: string[]) =>
      [...m.entries()].filter(([k]) => !keys || keys.includes(k)).reduce((a, [, v]) => a + v, 0);
    const groups: [Group, string[] | undefined][] =
      phase === 'baseline'
        ? [['baseline', undefined]]
        : [
            ['canary', [config.release]],
            ...(concurrent ? [['baseline', [config.compareRelease!]] as [Group, string[]]] : [])
          ];
    const readings: Reading[] = [];
    for (const [group, keys] of groups) {
      const total = sum(transactions, keys);
      if (total === 0) {
        log(`no transactions for ${keys ? `release ${keys[0]}` : 'any release'} in this window: no data yet`);
        continue;
      }
      const counts = checkedCounts(config.id, config.id, { errors: sum(errors, keys), total }, 'exact');
      readings.push({ signal: config.id, kind: 'count', group, ...counts });
    }
    return readings;
  }

  return {
    id: config.id,
    type: 'sentry',
    critical: config.critical,
    signals,
    async poll(window: PollWindow): Promise<Reading[]> {
      if (window.phase === 'baseline' && concurrent) return [];
      const readings = await counts(window.from, window.to, window.phase, window.signal);
      if (config.crashFree && window.phase === 'observe') {
        const { rates, from, to } = await crashFreeRates(
          client,
          { releases: [config.release], from: window.from, to: window.to },
          window.signal,
          deps
        );
        const rate = rates.get(config.release);
        if (rate === undefined)
          log(
            `no sessions for release ${config.release} between ${new Date(from).toISOString()} and ${new Date(to).toISOString()}: no data yet`
          );
        else
          readings.push({
            signal: `${config.id}:crash-free`,
            kind: 'level',
            group: 'canary',
            value: rate,
            unit: CRASH_FREE_UNIT
          });
      }
      return readings;
    },
    async history(range: HistoryRange): Promise<HistoryStep[]> {
      if (range.phase === 'baseline' && concurrent) return [];
      const step = Math.max(range.stepMs, Math.ceil((range.to - range.from) / MAX_HISTORY_STEPS));
      const steps: HistoryStep[] = [];
      for (let at = range.from + step; at <= range.to; at += step) steps.push({ at, readings: [] });
      // Four at a time: Sentry limits concurrent requests per organization too.
      for (let i = 0; i < steps.length; i += 4) {
        await Promise.all(
          steps.slice(i, i + 4).map(async (s) => {
            s.readings = await counts(s.at - step, s.at, range.phase, range.signal);
          })
        );
      }
      return steps;
    }
  };
}
