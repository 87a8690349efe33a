import { describe, expect, it } from '@jest/globals';
import { parseLog } from '../../src/git/parse.js';

const sha = (c: string): string => c.repeat(40);
const record = (id: string, subject: string, body: string, files: string[]): string =>
  `\x1e${sha(id)}\x1fAda\x1f2024-01-01T12:00:00+00:00\x1f${subject}\x1f${body}\x1f\0` +
  (files.length ? `\n${files.map((f) => `${f}\0`).join('')}` : '');

describe('parseLog (git log -z --name-only --format=LOG_FORMAT)', () => {
  it('reads commits with and without files, newest first', () => {
    const output =
      record('a', 'Tighten email', '', ['db/migrate/002.sql', 'notes/é ü.txt']) +
      record('b', 'Merge pull request #34 from acme/x', '', []) +
      record('c', 'Add email (#12)', 'Squashed body\n', ['db/migrate/002.sql']);
    expect(parseLog(output)).toEqual([
      {
        sha: sha('a'),
        author: 'Ada',
        date: '2024-01-01T12:00:00+00:00',
        subject: 'Tighten email',
        body: '',
        files: ['db/migrate/002.sql', 'notes/é ü.txt']
      },
      expect.objectContaining({ sha: sha('b'), files: [] }),
      expect.objectContaining({ sha: sha('c'), body: 'Squashed body', files: ['db/migrate/002.sql'] })
    ]);
  });

  it('keeps separators inside a body and at the start of a file name', () => {
    const odd = '\x1eodd name';
    const [entry] = parseLog(record('d', 'Subject', 'one\x1ftwo', [odd, 'b.txt']));
    expect(entry).toMatchObject({ body: 'one\x1ftwo', files: [odd, 'b.txt'] });
  });

  it('rejects output that is not a log record', () => {
    expect(() => parseLog('fatal: bad revision\n')).toThrow(/unexpected git log record/);
    expect(() => parseLog(`\x1e${sha('e')}\x1fAda\x1f`)).toThrow(/unexpected git log record/);
  });
});
