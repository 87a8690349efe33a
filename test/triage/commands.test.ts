import { parseCommand, isSafeRef } from '../../src/triage/commands.js';

describe('slash command parsing', () => {
  it('reads each known command', () => {
    expect(parseCommand('/status')).toEqual({ kind: 'status' });
    expect(parseCommand('/reassess')).toEqual({ kind: 'reassess' });
    expect(parseCommand('/ack')).toEqual({ kind: 'ack' });
    expect(parseCommand('/resolve')).toEqual({ kind: 'resolve', note: null });
    expect(parseCommand('/resolve fixed by #12, cache flushed')).toEqual({
      kind: 'resolve',
      note: 'fixed by #12, cache flushed'
    });
    expect(parseCommand('/rollback')).toEqual({ kind: 'rollback', ref: null, override: null });
    expect(parseCommand('/rollback v1.4.1')).toEqual({ kind: 'rollback', ref: 'v1.4.1', override: null });
    expect(parseCommand('/rollback --override column is unused since v1.2')).toEqual({
      kind: 'rollback',
      ref: null,
      override: { reason: 'column is unused since v1.2' }
    });
  });

  it('uses only the first line that starts with a slash', () => {
    expect(parseCommand('Looking into it.\n/ack\n/rollback')).toEqual({ kind: 'ack' });
    expect(parseCommand('/STATUS\r\nthanks')).toEqual({ kind: 'status' });
  });

  it('ignores quoted commands and commands in code', () => {
    expect(parseCommand('> /rollback\nno, please do not')).toBeNull();
    expect(parseCommand('```\n/rollback\n```\n')).toBeNull();
    expect(parseCommand('~~~~\n/rollback\n~~~\n~~~~\n/ack')).toEqual({ kind: 'ack' });
    expect(parseCommand('    /rollback')).toBeNull();
    expect(parseCommand('see `/rollback` in the docs')).toBeNull();
  });

  it('answers unknown commands with the list of known ones', () => {
    const cmd = parseCommand('/deploy now');
    expect(cmd?.kind).toBe('unknown');
    if (cmd?.kind !== 'unknown') throw new Error('expected unknown');
    expect(cmd.reply).toContain('`/deploy`');
    for (const known of ['/status', '/reassess', '/ack', '/resolve', '/rollback'])
      expect(cmd.reply).toContain(known);
  });

  it('refuses arguments it cannot accept, without evaluating them', () => {
    for (const bad of [
      '/rollback $(rm -rf /)',
      '/rollback main; curl x',
      '/rollback --force',
      '/rollback ../etc',
      '/rollback --override',
      '/ack me'
    ]) {
      expect(parseCommand(bad)?.kind).toBe('invalid');
    }
  });

  it('accepts refs that git would, within a conservative subset', () => {
    expect(isSafeRef('release/2026.11')).toBe(true);
    expect(isSafeRef('a1b2c3d')).toBe(true);
    for (const bad of ['-x', 'a..b', 'a/', 'x.lock', 'a b', 'a\\b', 'a~1', 'HEAD^', 'a:b'])
      expect(isSafeRef(bad)).toBe(false);
  });
});
