/**
 * The `prometheus` source, for any backend that speaks the Prometheus HTTP API.
 *
 * Count signal `<id>`: `errors` + `total` queries (or `ratio` + `traffic`, errors = ratio * traffic),
 * with `$window` replaced by the poll window as a PromQL duration and evaluated at the window's end.
 * Level signals `<id>:<name>` from `levels`.
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
import type { Group, PollWindow, Reading, SignalSpec, Source } from '../types.js';
import { PartialPollError, SourceError } from '../types.js';
import { registerSecrets, type SourceDeps } from '../deps.js';
import { instantQuery, type PromClientOptions, type PromSample } from './api.js';
import { isSecretHeader, secretsInUrl } from '../transport/redact.js';
import { promDuration } from './promql-duration.js';
import { checkedCounts, checkedSeries } from '../counts.js';

type Level = PrometheusSourceConfig['levels'][number];

/** Per value of the compare label ('' when not splitting): what the series of that value say. */
type ByKey = Map<string, number[]>;

export function createPrometheusSource(config: PrometheusSourceConfig, deps: SourceDeps = {}): Source {
  const version = config.compare?.canary ?? deps.version;
  validate(config, version);
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
    headers: { ...config.headers, ...(authHeader ? { authorization: authHeader } : {}) },
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    maxResponseBytes: config.maxResponseBytes,
    secrets
  };
  const compare = config.compare;
  const countMode = config.errors !== undefined ? 'errors' : config.ratio !== undefined ? 'ratio' : undefined;

  const signals: SignalSpec[] = [];
  if (countMode) {
    signals.push({
      id: config.id,
      kind: 'count',
      baseline: compare ? 'concurrent' : 'pre-deploy',
      critical: config.critical
    });
  }
  for (const level of config.levels) {
    signals.push({
      id: `${config.id}:${level.name}`,
      kind: 'level',
      baseline: levelBaseline(level, !!compare),
      critical: config.critical,
      ...(level.max !== undefined ? { max: level.max } : {}),
      ...(level.min !== undefined ? { min: level.min } : {}),
      ...(level.maxRatio !== undefined ? { maxRatio: level.maxRatio } : {}),
      ...(level.unit !== undefined ? { unit: level.unit } : {})
    });
  }

  const log = (line: string) => deps.log?.(`${config.id}: ${line}`);

  return {
    id: config.id,
    type: 'prometheus',
    critical: config.critical,
    signals,
    async poll(window: PollWindow): Promise<Reading[]> {
      // A concurrent comparison needs no pre-deploy window; a split over it would mean nothing.
      if (window.phase === 'baseline' && compare) return [];
      const split = window.phase === 'observe' && compare ? compare : undefined;
      const substitute = (query: string) =>
        query
          .replaceAll('$window', promDuration(window.to - window.from))
          .replaceAll('$version', version ?? '');
      const run = (query: string) =>
        instantQuery(client, substitute(query), window.to / 1000, window.signal, deps);
      const keyOf = (s: PromSample) => (split ? (s.labels[split.label] ?? '') : '');
      const groupsFor = (keys: Iterable<string>): Map<Group, string[]> => groups(keys, split, window.phase);

      const levels = config.levels.filter(
        (l) => window.phase === 'observe' || levelBaseline(l, !!compare) === 'pre-deploy'
      );
      // Settled one by one: a failing query costs only the signals it feeds.
      const [countResults, ...levelResults] = await Promise.allSettled([
        countMode === 'errors'
          ? Promise.all([run(config.errors!), run(config.total!)])
          : countMode === 'ratio'
            ? Promise.all([run(config.ratio!), run(config.traffic!)])
            : Promise.resolve(undefined),
        ...levels.map((level) => run(level.query))
      ]);

      const readings: Reading[] = [];
      const failures: { signal: string; error: unknown }[] = [];
      const attempt = (signal: string, read: () => void) => {
        try {
          read();
        } catch (error) {
          failures.push({ signal, error });
        }
      };
      if (countResults.status === 'rejected')
        failures.push({ signal: config.id, error: countResults.reason });
      else if (countResults.value && countMode) {
        const [first, traffic] = countResults.value;
        attempt(config.id, () => {
          const names = countMode === 'errors' ? ['errors', 'total'] : ['ratio', 'traffic'];
          [first, traffic].forEach((samples, i) =>
            samples.forEach((s) => checkedSeries(config.id, config.id, names[i]!, s.value))
          );
          const perKey =
            countMode === 'errors'
              ? errorsAndTotal(first, traffic, keyOf)
              : ratioTimesTraffic(first, traffic, keyOf, config.id);
          for (const [group, keys] of groupsFor(perKey.keys())) {
            const counts = keys.map((k) => perKey.get(k)!);
            if (counts.length === 0 || counts.some((c) => c === undefined)) {
              log(`no data for ${group} counts (${describeEmpty(countMode, first, traffic)})`);
              continue;
            }
            // Each series first: a negative one must not hide inside a sum.
            for (const c of counts) checkedCounts(config.id, config.id, c!, 'estimate');
            const raw = {
              errors: sum(counts.map((c) => c!.errors)),
              total: sum(counts.map((c) => c!.total))
            };
            const { errors, total } = checkedCounts(config.id, config.id, raw, 'estimate');
            readings.push({ signal: config.id, kind: 'count', group, errors, total });
          }
        });
      }
      levels.forEach((level, i) => {
        const signal = `${config.id}:${level.name}`;
        const result = levelResults[i]!;
        if (result.status === 'rejected') {
          failures.push({ signal, error: result.reason });
          return;
        }
        attempt(signal, () => {
          const perKey = collect(result.value as PromSample[], keyOf);
          for (const [group, keys] of groupsFor(perKey.keys())) {
            const values = keys.flatMap((k) => perKey.get(k)!);
            if (values.length === 0) {
              log(`no data for ${signal} (${group})`);
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
      });
      if (failures.length === 0) return readings;
      // Nothing read at all: the source failed as a whole, and its first error says why.
      const asked = (countMode ? 1 : 0) + levels.length;
      if (failures.length === asked) throw failures[0]!.error;
      throw new PartialPollError(
        config.id,
        readings,
        failures.map((f) => ({
          signal: f.signal,
          message: f.error instanceof Error ? f.error.message : String(f.error)
        }))
      );
    }
  };
}

function levelBaseline(level: Level, compare: boolean): SignalSpec['baseline'] {
  if (compare) return 'concurrent';
  return level.maxRatio !== undefined ? 'pre-deploy' : 'absolute';
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

function describeEmpty(mode: 'errors' | 'ratio', first: PromSample[], second: PromSample[]): string {
  const names = mode === 'errors' ? ['errors', 'total'] : ['ratio', 'traffic'];
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

function validate(config: PrometheusSourceConfig, version: string | undefined): void {
  const where = `prometheus source "${config.id}"`;
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
  if (config.errors === undefined && config.ratio === undefined && config.levels.length === 0) {
    throw new Error(`${where}: nothing to measure; set errors + total, ratio + traffic, or levels`);
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
    ...config.levels.map((l) => l.query)
  ];
  if (version === undefined && queries.some((q) => q?.includes('$version'))) {
    throw new Error(
      `${where}: a query uses $version but no version is known; set compare.canary or the deployed sha`
    );
  }
}
