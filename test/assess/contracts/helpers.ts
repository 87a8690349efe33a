import type { ChangedFile, Factor } from '../../../src/assess/types.js';

/** 1-based line of the first line containing `needle` (fixtures locate their own elements). */
export function lineContaining(text: string, needle: string, occurrence = 1): number {
  let seen = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    if (lines[index]!.includes(needle) && ++seen === occurrence) return index + 1;
  }
  throw new Error(`fixture has no line containing ${JSON.stringify(needle)}`);
}

export function changedFile(path: string, status: ChangedFile['status'] = 'modified'): ChangedFile {
  return { path, status, binary: false, commits: ['c0ffee1', 'c0ffee0'] };
}

export function severities(factors: Factor[]): string[] {
  return factors.map((factor) => factor.severity);
}

export function findDetail<T extends { detail: string }>(items: T[], fragment: string): T {
  const found = items.find((item) => item.detail.includes(fragment));
  if (!found)
    throw new Error(
      `no finding mentions ${JSON.stringify(fragment)}; got:\n${items.map((item) => item.detail).join('\n')}`
    );
  return found;
}
