/**
 * One false-alarm budget for a deploy's whole life: when `watch` is configured, the verify step
 * spends alpha * (1 - s) and the watch alpha * s (s = `watch.alpha-share`). Every watch run
 * re-evaluates the same e-process from the deploy on the same history, so later runs extend one
 * path rather than start new tests: together they spend alpha * s once (README, "Watch after the
 * deploy"). Without `watch`, the step spends all of alpha.
 */
import type { Config } from '../config/types.js';

export function stepAlpha(config: Pick<Config, 'alpha' | 'watch'>): number {
  return config.watch ? config.alpha * (1 - config.watch.alphaShare) : config.alpha;
}

export function watchAlpha(config: Pick<Config, 'alpha' | 'watch'>): number {
  if (!config.watch)
    throw new Error('watch: no `watch` settings; set `watch.for` (or the `watch-for` input)');
  return config.alpha * config.watch.alphaShare;
}
