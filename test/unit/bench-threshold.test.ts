import { expect, it } from '@jest/globals';
import { thresholdForAtLeast } from '../../bench/detection.js';

// The rule alarms on a trace when its statistic is above the threshold.
const alarms = (sorted: number[], threshold: number) => sorted.filter((v) => v > threshold).length;

it('sets the threshold rule to at least as many false alarms as asked, even where statistics tie', () => {
  const sorted = [0, 0, 0.1, 0.2, 0.2, 0.2, 0.5, 0.9];
  expect(alarms(sorted, thresholdForAtLeast(sorted, 1))).toBe(1);
  expect(alarms(sorted, thresholdForAtLeast(sorted, 2))).toBe(2);
  // The third largest (0.2) ties with two more: all of them alarm, never fewer than three.
  expect(alarms(sorted, thresholdForAtLeast(sorted, 3))).toBe(5);
  expect(alarms(sorted, thresholdForAtLeast(sorted, 0))).toBe(0);
  expect(alarms(sorted, thresholdForAtLeast(sorted, 7))).toBe(8);
  expect(alarms([1, 1, 1], thresholdForAtLeast([1, 1, 1], 1))).toBe(3);
});
