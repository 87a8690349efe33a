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
