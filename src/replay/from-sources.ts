/**
 * Backtesting from the metrics store: what the verify step would have decided on a past deploy,
 * from the sources' own history (Prometheus `query_range`) on a virtual clock. The steps and the
 * judge are the polling loop's; only the readings come from the store.
 */
import type { Config } from '../config/types.js';
import type { Source } from '../sources/types.js';
import { stepJudgeSettings } from '../verify/judge-settings.js';
import { runFromHistory, type HistoryRunResult } from '../verify/history-run.js';

export interface FromSourcesOptions {
  config: Config;
  sources: Source[];
  deployTime: number;
  /** The present: a deploy whose window has not closed yet is judged up to here. */
  now: number;
  signal?: AbortSignal;
  log?: (line: string) => void;
}

export async function replayFromSources(options: FromSourcesOptions): Promise<HistoryRunResult> {
  const { config, deployTime, now } = options;
  if (deployTime >= now)
    throw new Error(
      `--deploy-time ${new Date(deployTime).toISOString()} is not in the past; a backtest needs a deploy that happened`
    );
  if (!options.sources.some((s) => typeof s.history === 'function'))
    throw new Error(
      `none of the configured sources (${options.sources.map((s) => `${s.id}: ${s.type}`).join(', ')}) keeps history; --from-sources needs a metrics store such as prometheus`
    );
  const result = await runFromHistory({
    sources: options.sources,
    settings: stepJudgeSettings(config),
    intervalMs: config.intervalMs,
    baselineMs: config.baselineMs,
    deployTime,
    until: Math.min(now, deployTime + config.windowMs),
    signal: options.signal ?? new AbortController().signal,
    ...(options.log ? { log: options.log } : {})
  });
  if (now < deployTime + config.windowMs)
    result.notes.push(
      `the window has not closed yet: judged up to ${Math.round((now - deployTime) / 1000)} s after the deploy`
    );
  return result;
}
