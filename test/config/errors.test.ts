import { ConfigError, didYouMean, editDistance, formatPath, formatProblem } from '../../src/config/errors.js';
import { HTTP_SOURCE, loadError } from './helpers.js';

describe('ConfigError', () => {
  test('every problem is reported at once, in file order, each with key path and line:column', async () => {
    const text = [
      'window: 10 minutes', // 1
      'alpha: high', // 2
      'sources:', // 3
      '  - id: web', // 4
      '    type: http', // 5
      '    url: https://example.com', // 6
      '  - id: api', // 7
      '    type: http', // 8
      '    url: https://example.com/api', // 9
      '    timeout: forever', // 10
      '    method: PUT' // 11
    ].join('\n');
    const error = await loadError(text, { file: 'deploy/postflight.yml' });
    expect(error.problems.map((p) => [formatPath(p.path), p.origin])).toEqual([
      ['window', { kind: 'file', file: 'deploy/postflight.yml', line: 1, column: 9 }],
      ['alpha', { kind: 'file', file: 'deploy/postflight.yml', line: 2, column: 8 }],
      ['sources[1].timeout', { kind: 'file', file: 'deploy/postflight.yml', line: 10, column: 14 }],
      ['sources[1].method', { kind: 'file', file: 'deploy/postflight.yml', line: 11, column: 13 }]
    ]);
    expect(error.message).toContain('deploy/postflight.yml:2:8: alpha: expected a number, found "high"');
    expect(error.message).toContain('sources[1].method: expected one of `GET`, `HEAD`, `POST`, found "PUT"');
    expect(error.message.split('\n')[0]).toBe('Invalid Postflight configuration (4 problems):');
  });

  test('an unknown key points at the key and suggests the closest allowed one', async () => {
    const error = await loadError(`intervall: 30s\n${HTTP_SOURCE}    timout: 5s\n`);
    expect(error.problems.map((p) => [formatPath(p.path), p.origin, p.message])).toEqual([
      [
        'intervall',
        expect.objectContaining({ line: 1, column: 1 }),
        'unknown key `intervall`; did you mean `interval`?'
      ],
      [
        'sources[0].timout',
        expect.objectContaining({ line: 6, column: 5 }),
        'unknown key `timout`; did you mean `timeout`?'
      ]
    ]);
  });

  test('suggestions come from the keys allowed at that level and that source type', async () => {
    const prometheus =
      'sources:\n  - id: p\n    type: prometheus\n    url: http://prom:9090\n    levels: [{name: a, query: b, max: 1}]\n';
    const error = await loadError(`${prometheus}    totl: x\nincident:\n  lables: [a]\n`);
    expect(error.problems.map((p) => p.message)).toEqual([
      'unknown key `totl`; did you mean `total`?',
      'unknown key `lables`; did you mean `labels`?'
    ]);
  });

  test('an unknown key far from every allowed one lists the allowed keys', async () => {
    const error = await loadError(`revert:\n  frobnicate: true\n${HTTP_SOURCE}`);
    expect(error.problems[0]!.message).toBe(
      'unknown key `frobnicate`; allowed keys: `mode`, `workflow`, `event-type`, `max-per-day`'
    );
  });

  test('snake_case and camelCase spellings of a kebab-case key are recognised', async () => {
    expect((await loadError(`min_errors: 3\n${HTTP_SOURCE}`)).problems[0]!.message).toContain(
      'did you mean `min-errors`?'
    );
    expect((await loadError(`${HTTP_SOURCE}    maxLatency: 1s\n`)).problems[0]!.message).toContain(
      'did you mean `max-latency`?'
    );
  });

  test('a missing required key points at its mapping', async () => {
    const error = await loadError('sources:\n  - id: web\n    type: http\n');
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ path: ['sources', 0, 'url'], origin: { line: 2, column: 5 } });
    expect(error.problems[0]!.message).toBe('required: expected a string');
  });

  test('a wrong type says what was found', async () => {
    const error = await loadError('sources:\n  web: {}\n');
    expect(error.problems[0]).toMatchObject({ path: ['sources'], origin: { line: 2, column: 3 } });
    expect(error.problems[0]!.message).toBe('expected a list, found a mapping');
  });

  test('YAML syntax errors name line and column', async () => {
    const error = await loadError('window: 10m\nsources:\n  - id: web\n   type: [http\n');
    expect(error.problems.length).toBeGreaterThan(0);
    const first = error.problems[0]!;
    expect(first.origin).toMatchObject({ kind: 'file', file: '.github/postflight.yml', line: 4 });
    expect(first.message).toMatch(/^YAML syntax error: /);
  });

  test('a duplicate key in the YAML is a syntax error, not a silent override', async () => {
    const error = await loadError('window: 10m\nwindow: 20m\n');
    expect(error.problems[0]!.origin).toMatchObject({ line: 2 });
  });

  test('a file that is not a mapping says so', async () => {
    expect((await loadError('- a\n- b\n')).problems[0]!.message).toBe(
      'expected a mapping of keys at the top of the file'
    );
  });

  test('long values are shortened in messages', async () => {
    const long = 'x'.repeat(200);
    const message = (await loadError(`environment: 3\nwindow: ${long}\n${HTTP_SOURCE}`)).message;
    expect(message).toContain('environment: expected a string, found 3');
    expect(message).not.toContain(long);
    expect(message).toContain(`"${'x'.repeat(57)}..."`);
  });
});

describe('formatting helpers', () => {
  test('formatPath writes indexes in brackets', async () => {
    expect(formatPath(['sources', 1, 'levels', 0, 'max-ratio'])).toBe('sources[1].levels[0].max-ratio');
    expect(formatPath([])).toBe('');
  });

  test('input problems name the input, and the key when it differs', async () => {
    expect(formatProblem({ path: ['alpha'], origin: { kind: 'input', input: 'alpha' }, message: 'm' })).toBe(
      "input 'alpha': m"
    );
    expect(
      formatProblem({
        path: ['revert', 'max-per-day'],
        origin: { kind: 'input', input: 'max-reverts' },
        message: 'm'
      })
    ).toBe("input 'max-reverts' (revert.max-per-day): m");
  });

  test('editDistance counts insertions, deletions and substitutions', async () => {
    expect(editDistance('interval', 'interval')).toBe(0);
    expect(editDistance('intervl', 'interval')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  test('didYouMean only suggests close keys', async () => {
    expect(didYouMean('windw', ['window', 'interval'])).toBe('window');
    expect(didYouMean('colour', ['window', 'interval'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
  });

  test('ConfigError keeps the problems for callers that render them', async () => {
    const error = new ConfigError([{ path: [], origin: { kind: 'general' }, message: 'no sources' }]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConfigError');
    expect(error.message).toBe('Invalid Postflight configuration (1 problem):\n  - no sources');
  });
});

describe('secrets in error messages', () => {
  test('a wrongly typed auth field or header is described, not shown', async () => {
    const text =
      'sources:\n  - id: p\n    type: prometheus\n    url: http://prom:9090\n    auth: {type: bearer, token: 123456789}\n    headers: {X-Key: 987654321}\n    errors: e\n    total: t\n';
    const error = await loadError(text);
    expect(error.problems.map((p) => formatPath(p.path))).toEqual([
      'sources[0].auth.token',
      'sources[0].headers.X-Key'
    ]);
    expect(error.message).toContain('found a number (not shown: it may be a secret)');
    expect(error.message).not.toMatch(/123456789|987654321/);
  });

  test('credentials in a mistyped URL are hidden', async () => {
    const error = await loadError(
      'sources:\n  - id: w\n    type: http\n    url: "ftp://admin:s3cret@host/health"\n'
    );
    expect(error.message).toContain('found "ftp://***@host/health"');
    expect(error.message).not.toContain('s3cret');
  });
});
