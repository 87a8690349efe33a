/**
 * The SQL string passed to `execute`, `RunSQL`, `op.execute`, `queryRunner.query`, `Sql(`...:
 * found as a literal (heredoc, triple-quoted, verbatim, template without placeholders), or
 * reported as dynamic so the caller warns instead of guessing.
 */

export type StringLiteral =
  { kind: 'literal'; text: string; offset: number } | { kind: 'dynamic'; reason: string };

const HEREDOC = /^<<([~-]?)(['"]?)([A-Za-z_]\w*)\2/;
const NAMED_SQL_ARGUMENT = /^(?:sql|query|statement)\s*[=:]\s*/;

export function extractStringLiteral(source: string, start: number): StringLiteral {
  let i = skipSpace(source, start);
  while (source[i] === '(' || source[i] === '[') i = skipSpace(source, i + 1);
  const named = NAMED_SQL_ARGUMENT.exec(source.slice(i, i + 20));
  if (named) i = skipSpace(source, i + named[0].length);

  const parts: { text: string; offset: number }[] = [];
  for (;;) {
    const part = literalAt(source, i);
    if (part.kind === 'dynamic')
      return parts.length > 0 && part.reason === NOT_A_LITERAL ? join(parts) : part;
    parts.push({ text: part.text, offset: part.offset });
    if (part.heredoc) return join(parts);
    i = skipSpace(source, part.end);
    const next = source[i];
    if (
      next === '+' ||
      next === '%' ||
      (next === '.' && /^\.(?:format|concat|replace)\b/.test(source.slice(i, i + 9)))
    ) {
      return { kind: 'dynamic', reason: 'the SQL string is concatenated or formatted' };
    }
    // Adjacent literals (Python's implicit concatenation) join into one statement.
    if (next !== '"' && next !== "'") return join(parts);
  }
}

const NOT_A_LITERAL = 'the argument is not a string literal';

function join(parts: { text: string; offset: number }[]): StringLiteral {
  return { kind: 'literal', text: parts.map((p) => p.text).join(''), offset: parts[0]!.offset };
}

function skipSpace(source: string, i: number): number {
  while (i < source.length && /\s/.test(source[i]!)) i++;
  return i;
}

type Part =
  | { kind: 'literal'; text: string; offset: number; end: number; heredoc?: true }
  | { kind: 'dynamic'; reason: string };

function literalAt(source: string, start: number): Part {
  const heredoc = HEREDOC.exec(source.slice(start, start + 80));
  if (heredoc) return rubyHeredoc(source, start, heredoc);

  let i = start;
  let prefix = '';
  while (/[rRuUbBfF@$]/.test(source[i] ?? '') && i - start < 2) prefix += source[i++];
  const quote = source[i];
  if (quote !== '"' && quote !== "'" && quote !== '`') return { kind: 'dynamic', reason: NOT_A_LITERAL };

  const triple = source.startsWith(quote.repeat(3), i) ? quote.repeat(3) : null;
  const contentStart = i + (triple ? 3 : 1);
  const verbatim = prefix.includes('@');
  let j = contentStart;
  while (j < source.length) {
    if (triple ? source.startsWith(triple, j) : source[j] === quote) {
      if (verbatim && source[j + 1] === quote) {
        j += 2;
        continue;
      }
      break;
    }
    if (source[j] === '\\' && !verbatim) j++;
    j++;
  }
  if (j >= source.length) return { kind: 'dynamic', reason: 'the SQL string is not closed' };
  const raw = source.slice(contentStart, j);
  const end = j + (triple ? 3 : 1);
  const interpolated =
    (/[fF$]/.test(prefix) && raw.includes('{')) ||
    (quote === '`' && raw.includes('${')) ||
    (quote === '"' && raw.includes('#{'));
  if (interpolated) return { kind: 'dynamic', reason: 'the SQL string interpolates values' };
  const text = verbatim
    ? raw.replaceAll(quote + quote, quote)
    : raw.replace(/\\(["'`\\])/g, '$1').replace(/\\[nrt]/g, ' ');
  return { kind: 'literal', text, offset: contentStart, end };
}

function rubyHeredoc(source: string, start: number, heredoc: RegExpExecArray): Part {
  const [, , quoting, terminator] = heredoc;
  const lineEnd = source.indexOf('\n', start);
  if (lineEnd === -1) return { kind: 'dynamic', reason: 'the heredoc has no body' };
  const closing = new RegExp(`^[ \\t]*${terminator}[ \\t]*$`, 'm');
  const rest = source.slice(lineEnd + 1);
  const close = closing.exec(rest);
  if (!close) return { kind: 'dynamic', reason: `the heredoc ${terminator ?? ''} is not closed` };
  const text = rest.slice(0, close.index);
  if (quoting !== "'" && text.includes('#{'))
    return { kind: 'dynamic', reason: 'the SQL heredoc interpolates values' };
  // The call continues after the heredoc opener on its own line; parsing resumes there.
  return { kind: 'literal', text, offset: lineEnd + 1, end: start + heredoc[0].length, heredoc: true };
}
