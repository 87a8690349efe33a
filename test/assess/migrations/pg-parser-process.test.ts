import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PgParserProcess } from '../../../src/assess/migrations/pg-parser-process.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'postflight-pg-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function script(name: string, text: string): string {
  const file = path.join(scratch, name);
  writeFileSync(file, text);
  return file;
}

describe('the Postgres parser process', () => {
  it('answers pipelined requests each with its own tree, and parser errors with their position', async () => {
    const parser = new PgParserProcess();
    try {
      const tables = Array.from({ length: 40 }, (_, i) => `t${i}`);
      const answers = await Promise.all(tables.map((t) => parser.parse(`ALTER TABLE ${t} DROP COLUMN c;`)));
      const names = answers.map((a) => {
        if (!a.ok) throw new Error(a.message);
        const stmt = a.tree.stmts?.[0]?.stmt as { AlterTableStmt: { relation: { relname: string } } };
        return stmt.AlterTableStmt.relation.relname;
      });
      expect(names).toEqual(tables);

      // The position is Postgres's own, passed through untouched (sql-postgres.ts maps it to a line).
      const broken = await parser.parse('ALTER TABLE orders DROP COLUMN;');
      expect(broken).toEqual({
        ok: false,
        message: expect.stringContaining('syntax error'),
        cursorPosition: 30
      });
    } finally {
      parser.close();
    }
  });

  it('the child does not inherit the job environment (tokens stay in the action)', async () => {
    process.env.POSTFLIGHT_TEST_SECRET = 'ghs_not_for_the_parser';
    try {
      const spy = script(
        'spy.mjs',
        "process.stdin.once('data', (line) => { const { id } = JSON.parse(String(line)); " +
          "process.stdout.write(JSON.stringify({ id, ok: true, tree: { names: Object.keys(process.env) } }) + '\\n'); });\n"
      );
      const parser = new PgParserProcess(spy);
      const answer = await parser.parse('SELECT 1');
      parser.close();
      const names = answer.ok ? ((answer.tree as unknown as { names: string[] }).names ?? []) : [];
      expect(names).toContain('PATH');
      expect(names).not.toContain('POSTFLIGHT_TEST_SECRET');
    } finally {
      delete process.env.POSTFLIGHT_TEST_SECRET;
    }
  });

  it('a child that cannot start rejects every request with why, and never hangs', async () => {
    const parser = new PgParserProcess(path.join(scratch, 'missing.mjs'));
    await expect(parser.parse('SELECT 1')).rejects.toThrow(
      /the Postgres parser process exited \(code 1\).*Cannot find module/s
    );
    expect(parser.failed).toBe(true);
    await expect(parser.parse('SELECT 2')).rejects.toThrow(/exited/);
  });

  it('a child that dies mid-request rejects what was pending, with its last words', async () => {
    const dying = script(
      'dying.mjs',
      "process.stdin.once('data', () => { process.stderr.write('out of memory\\n'); process.exit(3); });\n"
    );
    const parser = new PgParserProcess(dying);
    await expect(parser.parse('SELECT 1')).rejects.toThrow('exited (code 3): out of memory');
  });

  it('a large answer written just before the child ends arrives whole', async () => {
    const last = script(
      'last-words.mjs',
      "process.stdin.once('data', (line) => { const { id } = JSON.parse(String(line)); " +
        "process.stdout.write(JSON.stringify({ id, ok: true, tree: { stmts: [], pad: 'x'.repeat(4e6) } }) + '\\n', () => process.exit(0)); });\n"
    );
    const parser = new PgParserProcess(last);
    // 4 MB: far more than a pipe holds, so the child ends while most of it is still unread.
    const answer = await parser.parse('SELECT 1');
    expect(answer.ok && (answer.tree as { pad?: string }).pad?.length).toBe(4e6);
  });

  it('a child that answers garbage is stopped and reported, not trusted', async () => {
    const liar = script(
      'liar.mjs',
      "process.stdin.once('data', () => process.stdout.write('not json\\n'));\n"
    );
    const parser = new PgParserProcess(liar);
    await expect(parser.parse('SELECT 1')).rejects.toThrow('answered something that is not JSON: not json');
  });
});
