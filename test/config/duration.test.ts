import fc from 'fast-check';
import { formatDuration, MAX_TIMER_MS, parseDuration } from '../../src/config/duration.js';
import { HTTP_SOURCE, load, loadError } from './helpers.js';

describe('parseDuration', () => {
  test.each([
    ['500ms', 500],
    ['30s', 30_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
    ['1h30m', 5_400_000],
    ['1m30s500ms', 90_500],
    ['1.5s', 1500],
    ['45', 45_000],
    [' 2m ', 120_000],
    [90, 90_000],
    [0.25, 250]
  ])('%p is %p ms', async (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  test.each(['', 'abc', '10 m', '1x', '30s1m', '1m1m', '-5s', 'ms', '1h 30m', -1, Number.NaN])(
    '%p is not a duration',
    async (text) => {
      expect(parseDuration(text)).toBeUndefined();
    }
  );
});

test('any combination of units in order adds up', async () => {
  const part = fc.nat({ max: 500 });
  fc.assert(
    fc.property(part, part, part, part, part, (d, h, m, s, ms) => {
      const pieces: [number, string][] = [
        [d, 'd'],
        [h, 'h'],
        [m, 'm'],
        [s, 's'],
        [ms, 'ms']
      ];
      const text = pieces
        .filter(([n]) => n > 0)
        .map(([n, unit]) => `${n}${unit}`)
        .join('');
      fc.pre(text !== '');
      expect(parseDuration(text)).toBe(d * 86_400_000 + h * 3_600_000 + m * 60_000 + s * 1000 + ms);
    })
  );
});

describe('durations in the file', () => {
  test('strings and numbers of seconds become milliseconds', async () => {
    const { config } = await load(
      `window: 1h30m\ninterval: 45\nbaseline: 0\n${HTTP_SOURCE}    timeout: 2500ms\n    max-latency: 1.5s\n`
    );
    expect(config.windowMs).toBe(5_400_000);
    expect(config.intervalMs).toBe(45_000);
    expect(config.baselineMs).toBe(0);
    expect(config.sources[0]).toMatchObject({ timeoutMs: 2500, maxLatencyMs: 1500 });
  });

  test('an invalid duration names the key, the line and what was found', async () => {
    const error = await loadError(`window: soon\n${HTTP_SOURCE}`);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.path).toEqual(['window']);
    expect(error.message).toContain('.github/postflight.yml:1:9: window: expected');
    expect(error.message).toContain('found "soon"');
  });

  test('units out of order are refused rather than guessed', async () => {
    const error = await loadError(`interval: 30s1m\n${HTTP_SOURCE}`);
    expect(error.problems[0]!.path).toEqual(['interval']);
    expect(error.problems[0]!.message).toContain('found "30s1m"');
  });

  test('a zero window is refused, a zero baseline is allowed', async () => {
    expect((await loadError(`window: 0s\n${HTTP_SOURCE}`)).problems[0]!.path).toEqual(['window']);
    expect((await load(`baseline: 0s\n${HTTP_SOURCE}`)).config.baselineMs).toBe(0);
  });

  test('an interval longer than the window is an error on the interval', async () => {
    const error = await loadError(`window: 1m\ninterval: 2m\n${HTTP_SOURCE}`);
    expect(error.problems.map((p) => p.path)).toEqual([['interval']]);
    expect(error.message).toContain(':2:11: interval: expected an interval no longer than `window`');
  });
});

describe('durations that feed timers', () => {
  test('formatDuration writes milliseconds in the units people use', () => {
    expect(formatDuration(MAX_TIMER_MS)).toBe('24d20h31m23s647ms');
    expect(formatDuration(90_500)).toBe('1m30s500ms');
  });

  test('a request timeout longer than Node can wait is refused, naming the key', async () => {
    const error = await loadError(`${HTTP_SOURCE}    timeout: 30d\n`);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.path).toEqual(['sources', 0, 'timeout']);
    expect(error.problems[0]!.message).toContain(
      "at most 24d20h31m23s647ms (the longest wait Node's timers allow)"
    );
    expect(error.message).toContain(':5:');
  });

  test.each(['window', 'interval'])('%s beyond the timer limit is refused', async (key) => {
    const error = await loadError(`${key}: 25d\n${HTTP_SOURCE}`);
    expect(error.problems[0]!.path).toEqual([key]);
    expect(error.problems[0]!.message).toContain('the longest wait');
  });

  test('the longest wait itself is accepted; a baseline (no timer) may be longer', async () => {
    const { config } = await load(`baseline: 30d\n${HTTP_SOURCE}    timeout: 24d20h31m23s647ms\n`);
    expect(config.sources[0]).toMatchObject({ timeoutMs: MAX_TIMER_MS });
    expect(config.baselineMs).toBe(30 * 86_400_000);
  });
});
