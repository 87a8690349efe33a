import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  MIRROR_ENV,
  benchRealRepos,
  falseBlockers,
  loadRanges,
  missedBlockers,
  type ChildFactor,
  type ChildResult,
  type RealRange
} from '../../bench/real-repos.js';

const RANGES = path.join(process.cwd(), 'bench', 'real-repos', 'ranges.yaml');

function factor(severity: string, filePath: string | null, kind = 'migration', detail = 'x'): ChildFactor {
  return { kind, severity, path: filePath, line: null, detail };
}

function result(factors: ChildFactor[]): ChildResult {
  return { verdict: 'unsafe', factors, files: 1, assessMs: 1, cpuMs: 1, maxRssMb: 1, parserMaxRssMb: 0 };
}

const range: RealRange = {
  id: 'r',
  repo: 'o/n',
  base: 'a',
  head: 'b',
  kind: 'destructive',
  expected: 'unsafe',
  trueBlockers: 3,
  blockersIn: { 'db/a.rb': 2, 'security-fix': 1 },
  why: 'w'
};

describe('the corpus list', () => {
  it('holds at least 30 ranges of at least 6 repositories, each repository with a code-only range', () => {
    const ranges = loadRanges(RANGES);
    const repos = new Set(ranges.map((r) => r.repo));
    expect(ranges.length).toBeGreaterThanOrEqual(30);
    expect(repos.size).toBeGreaterThanOrEqual(6);
    for (const repo of repos)
      expect(ranges.filter((r) => r.repo === repo && r.kind === 'code-only').map((r) => r.repo)).toContain(
        repo
      );
  });
});

describe('loadRanges', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'real-repos-test-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const write = (text: string): string => {
    const file = path.join(dir, 'ranges.yaml');
    writeFileSync(file, text);
    return file;
  };
  const entry = (extra: string): string =>
    `ranges:\n  - id: one\n    repo: o/n\n    base: "1"\n    head: "2"\n    kind: code-only\n    why: w\n${extra}`;

  it('names the entry and the field that is wrong', () => {
    expect(() => loadRanges(write(entry('    expected: fine\n    trueBlockers: 0\n')))).toThrow(
      /ranges\[0\] \(one\): "expected" must be one of safe, caution, unsafe, got "fine"/
    );
    expect(() => loadRanges(write(entry('    expected: unsafe\n    trueBlockers: 0\n')))).toThrow(
      /"expected: unsafe" goes with trueBlockers > 0/
    );
  });

  it('requires the true blockers per file, adding up to the total', () => {
    expect(() => loadRanges(write(entry('    expected: unsafe\n    trueBlockers: 2\n')))).toThrow(
      /lists them per file in "blockersIn"/
    );
    expect(() =>
      loadRanges(write(entry('    expected: unsafe\n    trueBlockers: 2\n    blockersIn:\n      a.sql: 1\n')))
    ).toThrow(/"blockersIn" counts 1 blockers, "trueBlockers" says 2/);
  });

  it('says which file is not YAML', () => {
    const file = write('ranges: [\n');
    expect(() => loadRanges(file)).toThrow(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid YAML`)
    );
  });
});

describe('false and missed blockers', () => {
  it('counts, file by file, blockers beyond the true ones and true ones not reported as blockers', () => {
    const r = result([
      factor('blocker', 'db/a.rb'),
      factor('blocker', 'db/a.rb'),
      factor('blocker', 'db/a.rb'),
      factor('blocker', 'db/b.rb'),
      factor('warning', 'db/c.rb'),
      factor('blocker', 'src/x.go', 'critical-change', 'Commit abc is marked as a security fix')
    ]);
    // a.rb: one beyond its two; b.rb: not a true blocker file; the security fix matches its key.
    expect(falseBlockers(range, r)).toBe(2);
    expect(missedBlockers(range, r)).toBe(0);
  });

  it('does not let a blocker in the wrong file stand in for a missed one', () => {
    const r = result([
      factor('blocker', 'db/b.rb'),
      factor('warning', 'db/a.rb'),
      factor('warning', 'db/a.rb')
    ]);
    expect(falseBlockers(range, r)).toBe(1);
    expect(missedBlockers(range, r)).toBe(3);
  });
});

describe('benchRealRepos without mirrors', () => {
  const saved = process.env[MIRROR_ENV];
  let empty: string;
  beforeEach(() => {
    empty = mkdtempSync(path.join(tmpdir(), 'real-repos-mirror-'));
    process.env[MIRROR_ENV] = empty;
  });
  afterEach(() => {
    rmSync(empty, { recursive: true, force: true });
    if (saved === undefined) delete process.env[MIRROR_ENV];
    else process.env[MIRROR_ENV] = saved;
  });

  it('skips every range and says where it looked and how to provide the mirrors', async () => {
    const text = await benchRealRepos();
    expect(text).toMatch(/^Skipped all \d+ ranges: no mirror of .*documenso\/documenso.* under /);
    expect(text).toContain(empty);
    expect(text).toContain(MIRROR_ENV);
  });
});
