/**
 * Counts that cannot be counts. Every count a provider reports passes through here: a negative
 * number, errors greater than total, a value that is not a number, or a fraction where the
 * provider promises whole requests. Such a value is the provider answering wrongly (a gauge
 * queried as a counter, a counter reset mid-window, swapped queries), so it is a source error for
 * that poll, named in the report; it is never clamped or rounded into a reading, which would let
 * a broken query pass.
 *
 * Two kinds of provider: `exact` ones count requests (probes, vendor APIs that return counts) and
 * must give whole numbers; `estimate` ones extrapolate (Prometheus `increase()`, a ratio times
 * traffic), so fractions are expected and rounded, and only rounding noise is tolerated beyond
 * the limits (`ESTIMATE_NOISE`).
 */
import { PartialPollError, SourceError, type HistoryStep, type Reading, type Source } from './types.js';

export type CountPrecision = 'exact' | 'estimate';

/** What an extrapolated count may stray past its limits by: half a request, or 0.1% of the total. */
const ESTIMATE_NOISE_REQUESTS = 0.5;
const ESTIMATE_NOISE_SHARE = 0.001;
/** Float noise on values that should be whole (1e-9 relative, as sums of floats drift). */
const EXACT_NOISE = 1e-9;

/** Why `errors` out of `total` cannot be a count, or undefined when they can. */
export function countProblem(errors: number, total: number, precision: CountPrecision): string | undefined {
  for (const [name, value] of [
    ['errors', errors],
    ['total', total]
  ] as const) {
    if (!Number.isFinite(value)) return `${name} count is ${String(value)}, not a number of requests`;
  }
  const noise = precision === 'estimate' ? estimateNoise(total) : EXACT_NOISE * Math.max(1, Math.abs(total));
  for (const [name, value] of [
    ['errors', errors],
    ['total', total]
  ] as const) {
    if (value < -noise) return `${name} count is ${String(value)}; a count cannot be negative`;
    if (
      precision === 'exact' &&
      Math.abs(value - Math.round(value)) > EXACT_NOISE * Math.max(1, Math.abs(value))
    )
      return `${name} count is ${String(value)}; expected a whole number of requests`;
  }
  if (errors > total + noise) return `errors (${String(errors)}) exceed total (${String(total)})`;
  return undefined;
}

/**
 * One series of a count before it is summed into a group: a negative one would hide inside the
 * sum (-30 + 40 reads as 10 errors), so each is checked on its own.
 */
export function checkedSeries(sourceId: string, signal: string, name: string, value: number): void {
  if (value < -ESTIMATE_NOISE_REQUESTS)
    throw invalidCount(
      sourceId,
      signal,
      `the ${name} query returned ${String(value)} for a series; a count cannot be negative`
    );
}

function estimateNoise(total: number): number {
  return Math.max(ESTIMATE_NOISE_REQUESTS, ESTIMATE_NOISE_SHARE * Math.abs(total));
}

/**
 * Whole counts from a provider's raw numbers, or a SourceError naming the signal and the values.
 * Estimates are rounded; rounding noise past a limit (errors 100.3 of total 100.1) lands on it.
 */
export function checkedCounts(
  sourceId: string,
  signal: string,
  raw: { errors: number; total: number },
  precision: CountPrecision
): { errors: number; total: number } {
  const problem = countProblem(raw.errors, raw.total, precision);
  if (problem) throw invalidCount(sourceId, signal, problem);
  const total = Math.max(0, Math.round(raw.total));
  const errors = Math.min(total, Math.max(0, Math.round(raw.errors)));
  return { errors, total };
}

function invalidCount(sourceId: string, signal: string, problem: string): SourceError {
  return new SourceError(
    `source "${sourceId}": ${signal}: ${problem} (counts that cannot be counts are a source error, never a reading)`,
    sourceId
  );
}

/**
 * The source with every count reading it reports checked as an exact count: a provider that
 * forgets to check its own still cannot turn an impossible count into a pass. An impossible
 * reading is dropped and its signal gets a source error for the poll (or history step).
 */
export function withCountCheck(source: Source): Source {
  const split = (readings: Reading[]) => {
    const kept: Reading[] = [];
    const failures: { signal: string; message: string }[] = [];
    for (const reading of readings) {
      const problem =
        reading.kind === 'count' ? countProblem(reading.errors, reading.total, 'exact') : undefined;
      if (problem) {
        failures.push({
          signal: reading.signal,
          message: invalidCount(source.id, reading.signal, problem).message
        });
      } else kept.push(reading);
    }
    return { kept, failures };
  };
  const checked: Source = {
    ...source,
    async poll(window) {
      let readings: Reading[];
      try {
        readings = await source.poll(window);
      } catch (error) {
        if (!(error instanceof PartialPollError)) throw error;
        const { kept, failures } = split(error.readings);
        if (failures.length === 0) throw error;
        throw new PartialPollError(source.id, kept, [...error.failures, ...failures]);
      }
      const { kept, failures } = split(readings);
      if (failures.length === 0) return readings;
      throw new PartialPollError(source.id, kept, failures);
    }
  };
  if (source.history) {
    const history = source.history.bind(source);
    checked.history = async (range) => {
      const steps: HistoryStep[] = await history(range);
      return steps.map((step) => {
        const { kept, failures } = split(step.readings);
        if (failures.length === 0) return step;
        return { ...step, readings: kept, failures: [...(step.failures ?? []), ...failures] };
      });
    };
  }
  return checked;
}
