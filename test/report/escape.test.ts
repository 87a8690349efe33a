import {
  codeBlock,
  codeSpan,
  escapeInline,
  redactSecretsInText,
  redactUrl
} from '../../src/report/escape.js';

describe('escaping user text for GitHub markdown', () => {
  it('breaks @mentions so nobody is pinged', () => {
    const out = escapeInline('thanks @octocat and @github/security-team');
    expect(out).not.toMatch(/@[A-Za-z]/);
    expect(out).toContain('octocat');
  });

  it('neutralises HTML and table pipes', () => {
    const out = escapeInline('<img src=x onerror=alert(1)> | col');
    expect(out).not.toMatch(/<img/);
    expect(out).not.toMatch(/(^|[^\\])\|/);
  });

  it('keeps a table row on one line', () => {
    expect(escapeInline('line one\nline two')).not.toContain('\n');
  });

  it('makes code spans and blocks that backticks inside cannot close', () => {
    expect(codeSpan('a ``b`` c')).toBe('```a ``b`` c```');
    const block = codeBlock('```\nrm -rf /\n```');
    const fence = block.split('\n')[0]!;
    expect(fence.length).toBeGreaterThan(3);
    expect(block.endsWith(fence)).toBe(true);
  });

  it('redacts credentials in URLs and token-shaped strings', () => {
    expect(redactUrl('https://user:hunter2@example.com/x?token=abc&page=2')).toBe(
      'https://***@example.com/x?token=***&page=2'
    );
    const text = redactSecretsInText('see https://bob:pw@ci.example.com/run and ghp_' + 'a'.repeat(36));
    expect(text).not.toContain('pw@');
    expect(text).not.toContain('ghp_');
  });
});

describe('text that reads differently than it is', () => {
  it('shows bidirectional overrides and isolates as code points instead of letting them reorder text', () => {
    for (const out of [escapeInline('\u202Etxt.exe'), codeSpan('a\u2066b\u2069'), codeBlock('x\u202Dy')]) {
      expect(out).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
    expect(escapeInline('\u202Etxt.exe')).toBe('U+202Etxt.exe');
  });

  it('a lone carriage return cannot start a new markdown line', () => {
    expect(escapeInline('a\r## heading')).toBe('a ## heading');
    expect(codeSpan('a\rb')).toBe('`a b`');
  });
});
