/**
 * Glob patterns from the configuration (`critical-paths`) compiled once to regular expressions,
 * because they are matched against every file of ranges with tens of thousands of files.
 * Supports `**`, `*`, `?`, `[abc]` and `{a,b}`; a pattern without a slash matches the file name
 * at any depth (as in .gitignore).
 */
export type PathMatcher = (path: string) => boolean;

function escapeChar(char: string): string {
  return /[.+^${}()|[\]\\*?]/.test(char) ? `\\${char}` : char;
}

function translate(pattern: string): string {
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '*') {
      if (pattern[i + 1] === '*') {
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        const slashAfter = pattern[i + 2] === '/';
        i++;
        if (atSegmentStart && slashAfter) {
          i++;
          out += '(?:.*/)?';
        } else {
          out += '.*';
        }
      } else {
        out += '[^/]*';
      }
    } else if (char === '?') {
      out += '[^/]';
    } else if (char === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) {
        out += '\\[';
      } else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = end;
      }
    } else if (char === '{') {
      braceDepth++;
      out += '(?:';
    } else if (char === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (char === ',' && braceDepth > 0) {
      out += '|';
    } else {
      out += escapeChar(char);
    }
  }
  if (braceDepth > 0) throw new Error(`glob "${pattern}" has an unclosed "{"`);
  return out;
}

export function compileGlob(pattern: string): RegExp {
  if (typeof pattern !== 'string' || pattern.trim() === '') {
    throw new Error(`a path glob must be a non-empty string, got ${JSON.stringify(pattern)}`);
  }
  let body = pattern.trim().replace(/^\.\//, '');
  const anchored = body.startsWith('/') || body.replace(/\/$/, '').includes('/');
  body = body.replace(/^\//, '');
  // "dir/" means everything below dir.
  if (body.endsWith('/')) body += '**';
  const source = translate(body);
  return new RegExp(anchored ? `^${source}$` : `^(?:.*/)?${source}$`);
}

/** One matcher for a list of globs; an empty list matches nothing. */
export function compileGlobs(patterns: readonly string[]): PathMatcher {
  if (!Array.isArray(patterns)) throw new Error('globs must be a list of path patterns');
  const regexes = patterns.map(compileGlob);
  // Called for every file of a range: a plain loop, not a closure per call.
  return (path) => {
    for (let i = 0; i < regexes.length; i++) if (regexes[i]!.test(path)) return true;
    return false;
  };
}
