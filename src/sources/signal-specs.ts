/**
 * The signals a metrics store reports, as every provider declares them: one count signal (errors
 * of all requests) and level signals with guardrail bounds. Against the old version at the same
 * time when the store can split by version; otherwise a level is judged against the pre-deploy
 * window when it has a ratio bound, and against its absolute bounds alone when it has none.
 */
import type { SignalSpec } from './types.js';

export interface LevelBounds {
  max?: number;
  min?: number;
  maxRatio?: number;
  unit?: string;
}

export function countSignal(id: string, critical: boolean, concurrent: boolean): SignalSpec {
  return { id, kind: 'count', baseline: concurrent ? 'concurrent' : 'pre-deploy', critical };
}

export function levelBaseline(level: LevelBounds, concurrent: boolean): SignalSpec['baseline'] {
  if (concurrent) return 'concurrent';
  return level.maxRatio !== undefined ? 'pre-deploy' : 'absolute';
}

export function levelSignal(
  id: string,
  level: LevelBounds,
  critical: boolean,
  concurrent: boolean
): SignalSpec {
  return {
    id,
    kind: 'level',
    baseline: levelBaseline(level, concurrent),
    critical,
    ...(level.max !== undefined ? { max: level.max } : {}),
    ...(level.min !== undefined ? { min: level.min } : {}),
    ...(level.maxRatio !== undefined ? { maxRatio: level.maxRatio } : {}),
    ...(level.unit !== undefined ? { unit: level.unit } : {})
  };
}
