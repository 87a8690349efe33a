/** Builds real git repositories in temp folders with fixed dates, so tests see real git output. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FIXED_ENV = {
  GIT_AUTHOR_NAME: 'Ada Lovelace',
  GIT_AUTHOR_EMAIL: 'ada@example.com',
  GIT_COMMITTER_NAME: 'Ada Lovelace',
  GIT_COMMITTER_EMAIL: 'ada@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null'
};

export class TestRepo {
  private tick = 0;
  private constructor(readonly dir: string) {}

  static create(prefix = 'postflight-git-'): TestRepo {
    const dir = mkdtempSync(path.join(tmpdir(), prefix));
    const repo = new TestRepo(dir);
    repo.git('init', '-q', '-b', 'main');
    return repo;
  }

  static cloneShallow(source: TestRepo, depth = 1): TestRepo {
    const dir = mkdtempSync(path.join(tmpdir(), 'postflight-clone-'));
    execFileSync('git', ['clone', '-q', `--depth=${depth}`, `file://${source.dir}`, dir], {
      env: { ...process.env, ...FIXED_ENV }
    });
    return new TestRepo(dir);
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: { ...process.env, ...FIXED_ENV, ...this.dates() },
      encoding: 'utf8'
    }).trim();
  }

  write(file: string, content: string | Buffer): this {
    const full = path.join(this.dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
    return this;
  }

  /** Stages everything and commits; returns the new SHA. Each commit is one minute after the last. */
  commit(subject: string, body = ''): string {
    this.tick++;
    this.git('add', '-A');
    const args = ['commit', '-q', '--allow-empty', '-m', subject];
    if (body) args.push('-m', body);
    this.git(...args);
    return this.git('rev-parse', 'HEAD');
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private dates(): Record<string, string> {
    const date = new Date(Date.UTC(2024, 0, 1, 12, this.tick)).toISOString();
    return { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  }
}
