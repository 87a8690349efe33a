/**
 * The judge's settings of the verify step, from the configuration: one place, so the live step,
 * the CSV backtest, the backtest from the metrics store and the watch judge alike.
 */
import type { Config } from '../config/types.js';
import type { JudgeSettings } from '../verdict/types.js';
import { stepAlpha } from './alpha-share.js';

/** The step's settings; with a watch after the step it spends only its share of alpha. */
export function stepJudgeSettings(config: Config): JudgeSettings {
  return {
    alpha: stepAlpha(config),
    tolerance: config.tolerance,
    windowMs: config.windowMs,
    minErrors: config.minErrors,
    ...(config.bakeMs !== undefined ? { bakeMs: config.bakeMs } : {}),
    ...(config.minRate !== undefined ? { minRate: config.minRate } : {}),
    maxConsecutiveErrors: Math.max(1, ...config.sources.map((s) => s.maxConsecutiveErrors))
  };
}
