/**
 * The `prometheus` source, for any backend that speaks the Prometheus HTTP API.
 *
 * Count signal `<id>`: `errors` + `total` queries (or `ratio` + `traffic`, errors = ratio * traffic),
 * with `$window` replaced by the poll window as a PromQL duration and evaluated at the window's end.
 * Level signals `<id>:<name>` from `levels`. Latency count signal `<id>:<latency.name>` from a
 * histogram: requests slower than the smallest bucket `le` at or above `slower-than`, out of all
 * requests (`_count`), so latency is judged by the same sequential test as errors.
 *
 * `history` answers the same queries with one `query_range` each, `$window` being the step, so a
 * step's readings are exactly what a poll over that step would have read.
 *
 * With `compare`, series are split by `compare.label`: canary = the series whose label equals
 * `compare.canary`; baseline = `compare.baseline`, or every other series. Counts are summed per
 * group, levels averaged across the other series. Without `compare`, the pre-deploy window
 * (phase `baseline`) runs the same queries over that window and yields `baseline` readings.
 *
 * No data is never zero: an empty result (or only NaN/Inf samples) yields no reading, which the
 * judge counts as missing. One exception, for counts split by label: when the errors query returns
 * series for some groups, a group it does not mention had no errors (PromQL drops zero-match groups).
 * Counts are rounded to whole requests (`increase()` extrapolates to fractions); counts that cannot
 * be counts (negative, errors > total beyond rounding noise) are a source error (`../counts.ts`).
 */
import type { PrometheusSourceConfig } from '../../config/types.js';
import type { Group, HistoryRange, HistoryStep, PollWindow, Reading, SignalSpec, Source } from '../types.js';
import { PartialPollError, SourceError } from '../types.js';
import { registerSecrets, type SourceDeps } from '../deps.js';
import { countSignal, levelBaseline, levelSignal } from '../signal-specs.js';
import { instantQuery, rangeQuery, type PromClientOptions, type PromSample, type PromSeries } from './api.js';
import { isSecretHeader, secretsInUrl } from '../transport/redact.js';
import { promDuration } from './promql-duration.js';
import { checkedCounts, checkedSeries } from '../counts.js';

type Level = PrometheusSourceConfig['levels'][number];

/** Per value of the compare label ('' when not splitting): what the series of that value say. */
type ByKey = Map<string, number[]>;

/**
 * Stores that speak the Prometheus query API under another path and name: Grafana Loki's LogQL
 * metric queries answer in the same envelope, so they reuse this source whole.
 */
export interface PromFlavour {
  type: string;
  apiPath: string;
  /** Extra headers the flavour needs (Loki's `X-Scope-OrgID`). */
  headers?: Record<string, string>;
}

export const PROMETHEUS: PromFlavour = { type: 'prometheus', apiPath: '/api/v1' };

export function createPrometheusSource(
  config: PrometheusSourceConfig,
  deps: SourceDeps = {},
  flavour: PromFlavour = PROMETHEUS
): Source {
  const version = config.compare?.canary ?? deps.version;
  validate(config, version, flavour.type);
  const authHeader = authorization(config);
  const secrets = registerSecrets(deps, [
    config.auth?.type === 'basic' ? config.auth.password : undefined,
    config.auth?.type === 'bearer' ? config.auth.token : undefined,
    authHeader,
    authHeader?.replace(/^\w+ /, ''),
    ...Object.entries(config.headers)
      .filter(([name]) => isSecretHeader(name))
      .map(([, value]) => value),
    ...secretsInUrl(config.url)
  ]);
  const client: PromClientOptions = {
    sourceId: config.id,
    baseUrl: config.url,
    headers: { ...config.headers, ...flavour.headers, ...(authHeader ? { authorization: authHeader } : {}) },
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets,
    apiPath: flavour.apiPath
  };
  const compare = config.compare;
  const countMode = config.errors !== undefined ? 'errors' : config.ratio !== undefined ? 'ratio' : undefined;

  const signals: SignalSpec[] = [];
  if (countMode) {
    signals.push(countSignal(config.id, config.critical, !!compare));
  }
  for (const level of config.levels) {
    signals.push(levelSignal(`${config.id}:${level.name}`, level, config.critical, !!compare));
  }

  const latency = config.latency;
  const latencySpec: SignalSpec | undefined = latency
    ? {
        id: `${config.id}:${latency.name}`,
        kind: 'count',
        baseline: compare ? 'concurrent' : 'pre-deploy',
        critical: config.critical,
        description: `requests slower than ${formatMs(latency.slowerThan)} of all requests (${latency.histogram}; bucket chosen at the first query)`
      }
    : undefined;
  if (latencySpec) signals.push(latencySpec);

  const log = (line: string) => deps.log?.(`${config.id}: ${line}`);
  const by = compare ? `sum by (${compare.label})` : 'sum';
  const substituteVersion = (query: string) => query.replaceAll('$version', version ?? '');

  // The bucket is looked up once (buckets do not change between polls); a failed lookup is retried.
  let bucket: Promise<string> | undefined;
  const chooseBucket = (timeSec: number, signal: AbortSignal): Promise<string> => {
    if (!latency) return Promise.reject(new Error('no latency signal'));
    bucket ??= resolveBucket(client, config.id, latency, substituteVersion, timeSec, signal, deps).then(
      (le) => {
        latencySpec!.description = `requests slower than ${formatMs(latency.slowerThan)} (bucket le=${le}) of all requests in ${latency.histogram}`;
        log(`latency signal ${latencySpec!.id}: ${latencySpec!.description}`);
        return le;
      },
      (error: unknown) => {
        bucket = undefined;
        throw error;
      }
    );
    return bucket;
  };

  /** The count pairs to ask for at this moment: the error-rate signal and the latency signal. */
  const pairsFor = (timeSec: number, signal: AbortSignal): Promise<PairQuery>[] => {
    const pairs: Promise<PairQuery>[] = [];
    if (countMode === 'errors')
      pairs.push(
        Promise.resolve({ signal: config.id, mode: 'errors', first: config.errors!, second: config.total! })
      );
    if (countMode === 'ratio')
      pairs.push(
        Promise.resolve({ signal: config.id, mode: 'ratio', first: config.ratio!, second: config.traffic! })
      );
    if (latency) {
      pairs.push(
        chooseBucket(timeSec, signal).then((le) => {
          const matchers = latency.matchers?.trim() ?? '';
          const withLe = matchers ? `{${matchers}, le="${le}"}` : `{le="${le}"}`;
          return {
            signal: latencySpec!.id,
            mode: 'slow',
            first: `${by} (increase(${latency.histogram}_bucket${withLe}[$window]))`,
            second: `${by} (increase(${latency.histogram}_count${matchers ? `{${matchers}}` : ''}[$window]))`
          };
        })
      );
    }
    return pairs;
  };

  const levelsFor = (phase: PollWindow['phase']) =>
    config.levels.filter((l) => phase === 'observe' || levelBaseline(l, !!compare) === 'pre-deploy');

  /** Readings at one moment from the answers of every query; a failed query costs only its signal. */
  const readingsAt = (
    phase: PollWindow['phase'],
    pairs: { signal: string; mode?: PairMode; answer: Settled<[PromSample[], PromSample[]]> }[],
    levels: { level: Level; answer: Settled<PromSample[]> }[],
    quiet: boolean
  ) => {
    const split = phase === 'observe' && compare ? compare : undefined;
    const keyOf = (s: PromSample) => (split ? (s.labels[split.label] ?? '') : '');
    const groupsFor = (keys: Iterable<string>): Map<Group, string[]> => groups(keys, split, phase);
    const note = (line: string) => (quiet ? undefined : log(line));
    const readings: Reading[] = [];
    const failures: { signal: string; error: unknown }[] = [];
    const attempt = (signal: string, read: () => void) => {
      try {
        read();
      } catch (error) {
        failures.push({ signal, error });
      }
    };
    for (const pair of pairs) {
      if (pair.answer.status === 'rejected' || !pair.mode) {
        failures.push({
          signal: pair.signal,
          error: pair.answer.status === 'rejected' ? pair.answer.reason : undefined
        });
        continue;
      }
      const [first, second] = pair.answer.value;
      const mode = pair.mode;
      attempt(pair.signal, () => {
        const names =
          mode === 'ratio'
            ? ['ratio', 'traffic']
            : mode === 'errors'
              ? ['errors', 'total']
              : ['slow', 'total'];
        // Each series first: a negative one must not hide inside a sum.
        [first, second].forEach((samples, i) =>
          samples.forEach((s) => checkedSeries(config.id, pair.signal, names[i]!, s.value))
        );
        const perKey =
          mode === 'errors'
            ? errorsAndTotal(first, second, keyOf)
            : mode === 'ratio'
              ? ratioTimesTraffic(first, second, keyOf, config.id)
              : slowOfTotal(first, second, keyOf);
        for (const [group, keys] of groupsFor(perKey.keys())) {
          const counts = keys.map((k) => perKey.get(k)!);
          if (counts.length === 0 || counts.some((c) => c === undefined)) {
            note(`no data for ${pair.signal} ${group} counts (${describeEmpty(mode, first, second)})`);
            continue;
          }
          for (const c of counts) checkedCounts(config.id, pair.signal, c!, 'estimate');
          const raw = { errors: sum(counts.map((c) => c!.errors)), total: sum(counts.map((c) => c!.total)) };
          const { errors, total } = checkedCounts(config.id, pair.signal, raw, 'estimate');
          readings.push({ signal: pair.signal, kind: 'count', group, errors, total });
        }
      });
    }
    for (const { level, answer } of levels) {
      const signal = `${config.id}:${level.name}`;
      if (answer.status === 'rejected') {
        failures.push({ signal, error: answer.reason });
        continue;
      }
      attempt(signal, () => {
        const perKey = collect(answer.value, keyOf);
        for (const [group, keys] of groupsFor(perKey.keys())) {
          const values = keys.flatMap((k) => perKey.get(k)!);
          if (values.length === 0) {
            note(`no data for ${signal} (${group})`);
            continue;
          }
          if (!split && values.length > 1) {
            throw new SourceError(
              `source "${config.id}": level "${level.name}" returned ${values.length} series; aggregate it to one (e.g. max(...) or histogram_quantile over sum by (le))`,
              config.id
            );
          }
          const value = values.reduce((a, b) => a + b, 0) / values.length;
          readings.push({
            signal,
            kind: 'level',
            group,
            value,
            ...(level.unit !== undefined ? { unit: level.unit } : {})
          });
        }
      });
    }
    return {
      readings,
      failures: failures.map((f) => ({ signal: f.signal, message: messageOf(f.error), error: f.error }))
    };
  };

  return {
    id: config.id,
    type: flavour.type,
    critical: config.critical,
    signals,
    async poll(window: PollWindow): Promise<Reading[]> {
      // A concurrent comparison needs no pre-deploy window; a split over it would mean nothing.
      if (window.phase === 'baseline' && compare) return [];
      const substitute = (query: string) =>
        substituteVersion(query.replaceAll('$window', promDuration(window.to - window.from)));
      const run = (query: string) =>
        instantQuery(client, substitute(query), window.to / 1000, window.signal, deps);
      const levels = levelsFor(window.phase);
      const pairs = pairsFor(window.to / 1000, window.signal);
      // Settled one by one: a failing query costs only the signals it feeds.
      const [pairAnswers, levelAnswers] = await Promise.all([
        Promise.allSettled(
          pairs.map(async (p) => {
            const pair = await p;
            return { pair, answer: await Promise.all([run(pair.first), run(pair.second)]) };
          })
        ),
        Promise.allSettled(levels.map((level) => run(level.query)))
      ]);
      const pairSignals = pairSignalIds();
      const { readings, failures } = readingsAt(
        window.phase,
        pairAnswers.map((a, i) =>
          a.status === 'fulfilled'
            ? { signal: a.value.pair.signal, mode: a.value.pair.mode, answer: fulfilled(a.value.answer) }
            : { signal: pairSignals[i]!, answer: a }
        ),
        levels.map((level, i) => ({ level, answer: levelAnswers[i]! })),
        false
      );
      if (failures.length === 0) return readings;
      // Nothing read at all: the source failed as a whole, and its first error says why.
      if (failures.length === pairs.length + levels.length) throw failures[0]!.error;
      throw new PartialPollError(
        config.id,
        readings,
        failures.map(({ signal, message }) => ({ signal, message }))
      );
    },
    async history(range: HistoryRange): Promise<HistoryStep[]> {
      if (!(range.stepMs > 0) || !(range.to > range.from))
        throw new SourceError(
          `source "${config.id}": history needs from < to and a positive step (got ${range.from}..${range.to}, step ${range.stepMs} ms)`,
          config.id
        );
      const count = Math.floor((range.to - range.from) / range.stepMs + 1e-9);
      const times = Array.from({ length: count }, (_, k) => range.from + (k + 1) * range.stepMs);
      if (range.phase === 'baseline' && compare) return times.map((at) => ({ at, readings: [] }));
      if (times.length === 0) return [];
      if (times.length > MAX_HISTORY_POINTS)
        throw new SourceError(
          `source "${config.id}": history of ${times.length} steps is more than the ${MAX_HISTORY_POINTS} Prometheus answers in one query; use a longer step`,
          config.id
        );
      const stepSec = range.stepMs / 1000;
      const bounds = { startSec: times[0]! / 1000, endSec: times.at(-1)! / 1000, stepSec };
      const run = (query: string) =>
        rangeQuery(
          client,
          substituteVersion(query.replaceAll('$window', promDuration(range.stepMs))),
          bounds,
          range.signal,
          deps
        );
      const levels = levelsFor(range.phase);
      const pairs = pairsFor(range.to / 1000, range.signal);
      const [pairAnswers, levelAnswers] = await Promise.all([
        Promise.allSettled(
          pairs.map(async (p) => {
            const pair = await p;
            return { pair, answer: await Promise.all([run(pair.first), run(pair.second)]) };
          })
        ),
        Promise.allSettled(levels.map((level) => run(level.query)))
      ]);
      const everythingFailed =
        pairAnswers.every((a) => a.status === 'rejected') &&
        levelAnswers.every((a) => a.status === 'rejected');
      if (everythingFailed && pairAnswers.length + levelAnswers.length > 0) {
        const first = [...pairAnswers, ...levelAnswers][0] as PromiseRejectedResult;
        throw first.reason;
      }
      const pairSignals = pairSignalIds();
      return times.map((at) => {
        const { readings, failures } = readingsAt(
          range.phase,
          pairAnswers.map((a, i) =>
            a.status === 'fulfilled'
              ? {
                  signal: a.value.pair.signal,
                  mode: a.value.pair.mode,
                  answer: fulfilled([samplesAt(a.value.answer[0], at), samplesAt(a.value.answer[1], at)])
                }
              : { signal: pairSignals[i]!, answer: a }
          ),
          levels.map((level, i) => {
            const answer = levelAnswers[i]!;
            return {
              level,
              answer: answer.status === 'fulfilled' ? fulfilled(samplesAt(answer.value, at)) : answer
            };
          }),
          true
        );
        return {
          at,
          readings,
          ...(failures.length > 0
            ? { failures: failures.map(({ signal, message }) => ({ signal, message })) }
            : {})
        };
      });
    }
  };

  function pairSignalIds(): string[] {
    return [...(countMode ? [config.id] : []), ...(latencySpec ? [latencySpec.id] : [])];
  }
}

/** Prometheus refuses a range query of more than 11,000 points per series. */
const MAX_HISTORY_POINTS = 11_000;

type PairMode = 'errors' | 'ratio' | 'slow';
interface PairQuery {
  signal: string;
  mode: PairMode;
  first: string;
  second: string;
}
type Settled<T> = PromiseSettledResult<T>;

function fulfilled<T>(value: T): PromiseFulfilledResult<T> {
  return { status: 'fulfilled', value };
}

/** The instant vector a range query's answer holds at one evaluation time. */
function samplesAt(series: PromSeries[], at: number): PromSample[] {
  const out: PromSample[] = [];
  for (const s of series) {
    const point = s.points.find((p) => p.at === at);
    if (point) out.push({ labels: s.labels, value: point.value });
  }
  return out;
}

/**
 * The smallest bucket boundary `le` at or above the threshold, as the label's own text (so the
 * query matches it exactly). Above every finite bucket there is nothing to count: that is a
 * configuration error, said with the key and the largest bucket.
 */
async function resolveBucket(
  client: PromClientOptions,
  sourceId: string,
  latency: NonNullable<PrometheusSourceConfig['latency']>,
  substituteVersion: (query: string) => string,
  timeSec: number,
  signal: AbortSignal,
  deps: SourceDeps
): Promise<string> {
  const matchers = latency.matchers?.trim() ?? '';
  const query = substituteVersion(
    `count by (le) (${latency.histogram}_bucket${matchers ? `{${matchers}}` : ''})`
  );
  const samples = await instantQuery(client, query, timeSec, signal, deps);
  const bounds = [...new Set(samples.map((s) => s.labels.le).filter((le): le is string => le !== undefined))]
    .map((text) => ({ text, value: Number(text) }))
    .filter((b) => Number.isFinite(b.value))
    .sort((a, b) => a.value - b.value);
  if (bounds.length === 0) {
    throw new SourceError(
      `source "${sourceId}": latency.histogram ${latency.histogram} has no finite \`le\` buckets${matchers ? ` matching {${matchers}}` : ''}; is it a histogram (with _bucket series) and are the matchers right?`,
      sourceId
    );
  }
  const threshold = latency.unit === 'seconds' ? latency.slowerThan / 1000 : latency.slowerThan;
  const chosen = bounds.find((b) => b.value >= threshold * (1 - 1e-9));
  if (!chosen) {
    const largest = bounds.at(-1)!;
    throw new SourceError(
      `configuration: source "${sourceId}": latency.slower-than ${formatMs(latency.slowerThan)} is above every finite bucket of ${latency.histogram} (largest le=${largest.text} ${latency.unit}); choose a threshold at or below it, or add a bucket`,
      sourceId
    );
  }
  return chosen.text;
}

function formatMs(ms: number): string {
  if (ms < 1000 || ms % 1000 !== 0) return ms < 1000 ? `${ms}ms` : `${ms / 1000}s`;
  const s = ms / 1000;
  return s % 60 === 0 ? `${s / 60}m` : `${s}s`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Which keys make up each group reported for this poll. */
function groups(
  keys: Iterable<string>,
  split: PrometheusSourceConfig['compare'],
  phase: PollWindow['phase']
): Map<Group, string[]> {
  const all = [...keys];
  if (!split) return new Map([[phase === 'baseline' ? 'baseline' : 'canary', all.filter((k) => k === '')]]);
  const canary = all.filter((k) => k === split.canary);
  const baseline = all.filter((k) =>
    split.baseline !== undefined ? k === split.baseline : k !== split.canary
  );
  return new Map<Group, string[]>([
    ['canary', canary],
    ['baseline', baseline]
  ]);
}

/** Finite sample values per key; NaN and ±Inf are not data. */
function collect(samples: PromSample[], keyOf: (s: PromSample) => string): ByKey {
  const out: ByKey = new Map();
  for (const sample of samples) {
    if (!Number.isFinite(sample.value)) continue;
    const key = keyOf(sample);
    out.set(key, [...(out.get(key) ?? []), sample.value]);
  }
  return out;
}

type Counts = { errors: number; total: number } | undefined;

function errorsAndTotal(
  errors: PromSample[],
  total: PromSample[],
  keyOf: (s: PromSample) => string
): Map<string, Counts> {
  const errorsByKey = collect(errors, keyOf);
  const totalByKey = collect(total, keyOf);
  // A key whose errors came back NaN was answered with no number: no data, not "no errors".
  const unreadable = new Set(errors.filter((s) => !Number.isFinite(s.value)).map(keyOf));
  const out = new Map<string, Counts>();
  for (const [key, totals] of totalByKey) {
    const errs = errorsByKey.get(key);
    // An errors query with no data at all is NO DATA; one that answers for other keys only means zero here.
    out.set(
      key,
      errs === undefined && (errorsByKey.size === 0 || unreadable.has(key))
        ? undefined
        : { errors: sum(errs ?? []), total: sum(totals) }
    );
  }
  return out;
}

/** Histogram counts: requests slower than the bucket are all requests minus those within it. */
function slowOfTotal(
  fast: PromSample[],
  total: PromSample[],
  keyOf: (s: PromSample) => string
): Map<string, Counts> {
  const fastByKey = collect(fast, keyOf);
  const out = new Map<string, Counts>();
  for (const [key, totals] of collect(total, keyOf)) {
    const within = fastByKey.get(key);
    const all = sum(totals);
    out.set(key, within === undefined ? undefined : { errors: Math.max(0, all - sum(within)), total: all });
  }
  return out;
}

function ratioTimesTraffic(
  ratio: PromSample[],
  traffic: PromSample[],
  keyOf: (s: PromSample) => string,
  id: string
): Map<string, Counts> {
  const ratioByKey = collect(ratio, keyOf);
  const trafficByKey = collect(traffic, keyOf);
  const out = new Map<string, Counts>();
  for (const [key, traffics] of trafficByKey) {
    const ratios = ratioByKey.get(key);
    if (ratios && ratios.length > 1) {
      throw new SourceError(
        `source "${id}": the ratio query returned ${ratios.length} series${key ? ` for ${key}` : ''}; it must return one per compared group`,
        id
      );
    }
    const total = sum(traffics);
    out.set(key, ratios ? { errors: ratios[0]! * total, total } : undefined);
  }
  return out;
}

function describeEmpty(mode: PairMode, first: PromSample[], second: PromSample[]): string {
  const names =
    mode === 'errors' ? ['errors', 'total'] : mode === 'ratio' ? ['ratio', 'traffic'] : ['bucket', 'count'];
  const empty = [first, second]
    .map((r, i) => (r.some((s) => Number.isFinite(s.value)) ? undefined : names[i]))
    .filter(Boolean);
  if (empty.length === 0) return 'no series for this group';
  const hint = empty.includes('errors')
    ? '; if no errors is expected to return nothing, append `or vector(0)`'
    : '';
  return `the ${empty.join(' and ')} quer${empty.length > 1 ? 'ies' : 'y'} returned no samples${hint}`;
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function authorization(config: PrometheusSourceConfig): string | undefined {
  if (!config.auth) return undefined;
  if (config.auth.type === 'bearer') return `Bearer ${config.auth.token}`;
  return `Basic ${Buffer.from(`${config.auth.username}:${config.auth.password}`).toString('base64')}`;
}

function validate(config: PrometheusSourceConfig, version: string | undefined, type: string): void {
  const where = `${type} source "${config.id}"`;
  let url: URL;
  try {
    url = new URL(config.url);
  } catch {
    throw new Error(
      `${where}: url must be an absolute http(s) URL of the Prometheus API base (e.g. https://prometheus.example.com or .../prometheus)`
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`${where}: url must use http or https, not ${url.protocol}`);
  const pair = (a: 'errors' | 'ratio', b: 'total' | 'traffic') => {
    if ((config[a] === undefined) !== (config[b] === undefined))
      throw new Error(`${where}: "${a}" and "${b}" go together; set both or neither`);
  };
  pair('errors', 'total');
  pair('ratio', 'traffic');
  if (config.errors !== undefined && config.ratio !== undefined)
    throw new Error(`${where}: set either errors + total or ratio + traffic, not both`);
  if (
    config.errors === undefined &&
    config.ratio === undefined &&
    config.levels.length === 0 &&
    !config.latency
  ) {
    throw new Error(`${where}: nothing to measure; set errors + total, ratio + traffic, latency, or levels`);
  }
  const names = new Set<string>();
  for (const level of config.levels) {
    if (!level.name) throw new Error(`${where}: every level needs a name`);
    if (names.has(level.name)) throw new Error(`${where}: level name "${level.name}" is used twice`);
    names.add(level.name);
  }
  if (config.compare && !config.compare.label)
    throw new Error(`${where}: compare.label must name the label that tells versions apart`);
  const queries = [
    config.errors,
    config.total,
    config.ratio,
    config.traffic,
    ...config.levels.map((l) => l.query),
    config.latency?.matchers
  ];
  if (version === undefined && queries.some((q) => q?.includes('$version'))) {
    throw new Error(
      `${where}: a query uses $version but no version is known; set compare.canary or the deployed sha`
    );
  }
}
