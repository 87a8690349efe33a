import { MAX_ALIAS_EXPANSION } from '../../src/config/yaml-source.js';
import { HTTP_SOURCE, loadError } from './helpers.js';

/** Nine copies of the previous level at each of `levels` levels: 9^levels values at the end. */
function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i <= levels; i++) {
    const refs = Array.from({ length: 9 }, () => `*a${i - 1}`).join(', ');
    lines.push(`a${i}: &a${i} [${refs}]`);
  }
  return lines.join('\n') + '\n';
}

describe('duplicate keys', () => {
  test('name the file, the line, the key path and where the key first appeared', async () => {
    const error = await loadError(`${HTTP_SOURCE}    timeout: 5s\n    retries: 1\n    timeout: 9s\n`);
    expect(error.problems).toHaveLength(1);
    const [problem] = error.problems;
    expect(problem!.path).toEqual(['sources', 0, 'timeout']);
    expect(problem!.origin).toMatchObject({ kind: 'file', file: '.github/postflight.yml', line: 7 });
    expect(problem!.message).toBe(
      'duplicate key `timeout` (first at line 5): each key may appear once in a mapping'
    );
    expect(error.message).toContain(
      '.github/postflight.yml:7:5: sources[0].timeout: duplicate key `timeout`'
    );
  });

  test('at the top level too', async () => {
    const error = await loadError('window: 10m\nwindow: 20m\n');
    expect(error.message).toContain(
      '.github/postflight.yml:2:1: window: duplicate key `window` (first at line 1)'
    );
  });
});

describe('alias bombs', () => {
  test('a "billion laughs" file is refused with the file, line and key of the alias that overflows', async () => {
    const error = await loadError(aliasBomb(9) + HTTP_SOURCE, { file: 'ops/bomb.yml' });
    expect(error.problems).toHaveLength(1);
    const [problem] = error.problems;
    // Aliases of levels 1 to 3 add 90 + 819 + 7380 values; the first alias of level 4 adds 7381 more.
    expect(problem!.origin).toMatchObject({ kind: 'file', file: 'ops/bomb.yml', line: 5 });
    expect(problem!.path).toEqual(['a4', 0]);
    expect(problem!.message).toMatch(/^YAML aliases expand too far: `\*a3` here repeats 7381 values/);
    expect(problem!.message).toContain(`more than ${MAX_ALIAS_EXPANSION}`);
    expect(error.message).toContain('ops/bomb.yml:5:10: a4[0]: YAML aliases expand too far');
  });

  test('anchors reused as a configuration does still load', async () => {
    const text =
      'x-headers: &headers\n  Accept: application/json\n  X-Team: web\nsources:\n' +
      Array.from(
        { length: 30 },
        (_, i) => `  - id: s${i}\n    type: http\n    url: https://example.com/${i}\n    headers: *headers\n`
      ).join('');
    const error = await loadError(text);
    // The unknown top-level key is the only complaint: the aliases themselves were accepted.
    expect(error.problems.map((p) => p.path)).toEqual([['x-headers']]);
  });
});
