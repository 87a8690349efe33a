import {
  codeBlock,
  codeSpan,
  codeSpanInTable,
  escapeInline,
  linkText,
  linkUrl,
  mermaidString,
  plainText,
  redactSecretsInText,
  redactUrl,
  tableCell
} from '../../src/report/escape.js';
import { gfm } from './gfm.js';

/** Text a commit author, a branch name or a remote error message could carry. */
const HOSTILE =
  'prod_eu-west & co | `x` <img src=x onerror=alert(1)> @octocat [a](javascript:alert(1)) *b* "q" #1; \\ ]) ghp_' +
  'a'.repeat(36);

describe('escaping user text for GitHub markdown', () => {
  it('breaks @mentions so nobody is pinged', () => {
    const out = escapeInline('thanks @octocat and @github/security-team');
    expect(out).not.toMatch(/@[A-Za-z]/);
    expect(out).toContain('octocat');
  });

  it('keeps a table row on one line', () => {
    expect(escapeInline('line one\nline two')).not.toContain('\n');
  });

  it('makes code blocks that backticks inside cannot close', () => {
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

describe('each context gets its own escaping (rendered by cmark-gfm)', () => {
  it('code span: the text shows exactly as written, without backslashes or entities', () => {
    const html = gfm(`see ${codeSpan('prod_eu-west & co')} and ${codeSpan('a ``b`` c')}`);
    expect(html).toContain('<code>prod_eu-west &amp; co</code>');
    expect(html).toContain('<code>a ``b`` c</code>');
    expect(html).not.toContain('\\_');
    const hostile = gfm(codeSpan(HOSTILE));
    expect(hostile).not.toContain('<img');
    expect(hostile.match(/<code>/g)).toHaveLength(1);
    expect(hostile).not.toContain('ghp_');
  });

  it('table cell: a hostile cell or code span keeps the row to its columns', () => {
    const row = `| ${tableCell(HOSTILE)} | ${codeSpanInTable(HOSTILE)} | end |`;
    const html = gfm(`| a | b | c |\n|---|---|---|\n${row}\n`);
    const cells = html.slice(html.indexOf('<tbody>')).match(/<td>/g) ?? [];
    expect(cells).toHaveLength(3);
    expect(html).toContain('<td>end</td>');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<a /);
    // In the code span the pipe shows as a pipe, not as `\|`.
    expect(html).toMatch(/<code>prod_eu-west &amp; co \| /);
    expect(tableCell('x'.repeat(500), 80).length).toBeLessThan(120);
  });

  it('link text and URL: brackets cannot end the link, only http(s) URLs, no credentials', () => {
    const url = linkUrl('https://bob:pw@ci.example.com/run (1)?token=s3cret')!;
    const html = gfm(`[${linkText(HOSTILE)}](${url})`);
    expect(html.match(/<a /g)).toHaveLength(1);
    expect(html).toContain('href="https://ci.example.com/run%20%281%29?token=***"');
    expect(html).not.toMatch(/href="(?!https:)/);
    expect(html).not.toContain('<img');
    expect(linkUrl('javascript:alert(1)')).toBeUndefined();
    expect(linkUrl('data:text/html,x')).toBeUndefined();
  });

  it('Mermaid string: no quote, entity, tag or line break survives', () => {
    const out = mermaidString(`ms"; x\n#quot; <script>alert(1)</script> \`y\``);
    expect(out).not.toMatch(/["#;<>`\n]/);
    expect(out).toContain('ms');
    expect(mermaidString('x'.repeat(200)).length).toBeLessThanOrEqual(80);
  });

  it('plain text (check-run titles): no markdown escapes, no entities, one line, no secrets', () => {
    const out = plainText('FAIL: e-value 157 >= 60 (alpha 0.0167)\nprod_eu & co ghp_' + 'a'.repeat(36));
    expect(out).toBe('FAIL: e-value 157 >= 60 (alpha 0.0167) prod_eu & co ***');
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

describe('Mermaid strings and bidirectional controls', () => {
  it('a unit or title with RTL overrides or isolates shows code points, never the controls', () => {
    const out = mermaidString('\u202Etxt.exe \u2066isolate\u2069 \u200F rtl mark');
    expect(out).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(out).toContain('U+202E');
  });
});
