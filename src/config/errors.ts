/**
 * Configuration errors that a person can fix without reading our code: every problem at once,
 * each with the key path (`sources[1].timeout`), where it is (file:line:column or the action
 * input), what was expected and what was found.
 */
export type ConfigPath = (string | number)[];

export type ProblemOrigin =
  | { kind: 'file'; file: string; line?: number; column?: number }
  | { kind: 'input'; input: string }
  | { kind: 'general' };

export interface ConfigProblem {
  /** Key path in the YAML structure; empty for problems about the file as a whole. */
  path: ConfigPath;
  origin: ProblemOrigin;
  /** What was expected and what was found, e.g. "expected a number, found \"abc\"". */
  message: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(formatProblems(problems));
    this.name = 'ConfigError';
  }
}

/** Reading order: problems without a place, then inputs, then the file from top to bottom. */
export function sortProblems(problems: readonly ConfigProblem[]): ConfigProblem[] {
  const rank = (p: ConfigProblem) => (p.origin.kind === 'general' ? 0 : p.origin.kind === 'input' ? 1 : 2);
  const line = (p: ConfigProblem) =>
    p.origin.kind === 'file' ? [p.origin.line ?? 0, p.origin.column ?? 0] : [0, 0];
  return [...problems].sort((a, b) => {
    const [la, ca] = line(a);
    const [lb, cb] = line(b);
    return rank(a) - rank(b) || la! - lb! || ca! - cb!;
  });
}

/** `['sources', 1, 'timeout']` -> `sources[1].timeout`. */
export function formatPath(path: ConfigPath): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`))
    .join('');
}

export function formatProblem(problem: ConfigProblem): string {
  const { origin, path, message } = problem;
  const key = path.length > 0 ? `${formatPath(path)}: ` : '';
  switch (origin.kind) {
    case 'input': {
      // Name the key too when it is not obvious from the input's name (`max-reverts` -> revert.max-per-day).
      const shown = formatPath(path);
      return `input '${origin.input}'${path.length > 0 && shown !== origin.input ? ` (${shown})` : ''}: ${message}`;
    }
    case 'file': {
      const where =
        origin.line === undefined ? origin.file : `${origin.file}:${origin.line}:${origin.column ?? 1}`;
      return `${where}: ${key}${message}`;
    }
    case 'general':
      return `${key}${message}`;
  }
}

function formatProblems(problems: ConfigProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Invalid Postflight configuration (${count}):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`;
}

/** Levenshtein distance; keys are short, so the simple quadratic table is fine. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest allowed key, when it is close enough to be a likely typo. */
export function didYouMean(unknown: string, allowed: readonly string[]): string | undefined {
  const normalized = unknown.toLowerCase().replace(/_/g, '-');
  let best: { key: string; distance: number } | undefined;
  for (const key of allowed) {
    // `maxLatency` or `max_latency` for `max-latency`: the same word, another spelling.
    const distance =
      key.replace(/-/g, '') === normalized.replace(/-/g, '') ? 0 : editDistance(normalized, key);
    if (best === undefined || distance < best.distance) best = { key, distance };
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.max(unknown.length, best.key.length) / 3));
  return best.distance <= limit ? best.key : undefined;
}

/** A value as a short phrase for "found ...", never long and never multi-line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') {
    // A mistyped URL may still carry `user:password@`; never echo that part.
    const safe = value.replace(/\/\/[^/@\s]*:[^/@\s]*@/g, '//***@');
    const shown = safe.length > 60 ? `${safe.slice(0, 57)}...` : safe;
    return JSON.stringify(shown);
  }
  return String(value);
}

/** What was found at a place that may hold a secret: its kind, never its content. */
export function describeHidden(value: unknown): string {
  const kind =
    typeof value === 'string' ? 'a string' : typeof value === 'number' ? 'a number' : describeValue(value);
  return `${kind} (not shown: it may be a secret)`;
}

/** Auth fields and header values may be secrets even when written wrongly. */
export function isSecretPath(path: ConfigPath): boolean {
  return path.some((part) => part === 'auth' || part === 'headers');
}
