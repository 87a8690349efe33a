import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PgParserProcess } from '../../../src/assess/migrations/pg-parser-process.js';
import { classifySql } from '../../../src/assess/migrations/sql.js';
import { classifyPostgres, useParserScriptForTests } from '../../../src/assess/migrations/sql-postgres.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'postflight-pg-'));
afterAll(() => {
  useParserScriptForTests(undefined);
  rmSync(scratch, { recursive: true, force: true });
});

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

  it('a child that answers JSON that is no answer, or answers what it was not asked, is stopped too', async () => {
    const nulls = new PgParserProcess(
      script('null.mjs', "process.stdin.once('data', () => process.stdout.write('null\\n'));\n")
    );
    await expect(nulls.parse('SELECT 1')).rejects.toThrow('answered something that is not an answer: null');
    const stranger = new PgParserProcess(
      script(
        'stranger.mjs',
        "process.stdin.once('data', () => process.stdout.write(JSON.stringify({ id: 999, ok: true, tree: {} }) + '\\n'));\n"
      )
    );
    // Without this, the request it skipped would wait for ever.
    await expect(stranger.parse('SELECT 1')).rejects.toThrow('answered a request it was not asked');
  });
});

describe('Postgres classification when the parser process fails', () => {
  const dying = () => script('dies.mjs', "process.stdin.once('data', () => process.exit(7));\n");

  it('asks a new process once, so a crash in flight does not leave the file unchecked', async () => {
    // The first process dies on its first request; the one started in its place answers.
    const marker = path.join(scratch, 'died-once');
    useParserScriptForTests(
      script(
        'dies-once.mjs',
        `import { existsSync, writeFileSync } from 'node:fs';\n` +
          `process.stdin.on('data', (chunk) => {\n` +
          `  if (!existsSync(${JSON.stringify(marker)})) { writeFileSync(${JSON.stringify(marker)}, ''); process.exit(9); }\n` +
          `  for (const line of String(chunk).split('\\n').filter(Boolean)) {\n` +
          `    const { id } = JSON.parse(line);\n` +
          `    process.stdout.write(JSON.stringify({ id, ok: true, tree: { stmts: [] } }) + '\\n');\n` +
          `  }\n` +
          `});\n`
      )
    );
    expect(await classifyPostgres('SELECT 1;')).toEqual({ ok: true, findings: [] });
  });

  it('reports a parser that keeps failing as unchecked SQL, not as SQL that does not parse', async () => {
    useParserScriptForTests(dying());
    const [only, ...rest] = await classifySql('ALTER TABLE orders DROP COLUMN total;', {
      dialect: 'postgresql'
    });
    // The statement is still named by shape (issue 10: a fallback names every DROP it sees).
    expect(rest.map((item) => item.operation)).toEqual(['DROP COLUMN orders.total']);
    expect(only).toMatchObject({
      effect: 'unverifiable',
      line: null,
      operation: 'SQL left unchecked: the parser failed for postgresql',
      note: expect.stringContaining('exited (code 7)')
    });
  });

  it('stops starting processes after three failures in a run, and starts afresh for the next run', async () => {
    useParserScriptForTests(dying());
    const first = await classifyPostgres('SELECT 1;'); // two processes die
    const second = await classifyPostgres('SELECT 1;'); // a third dies, then none is started
    expect(first).toMatchObject({
      ok: false,
      toolFailed: true,
      error: { message: expect.stringContaining('exited (code 7)') }
    });
    expect(second).toMatchObject({
      ok: false,
      toolFailed: true,
      error: { message: expect.stringContaining('failed 3 times in this run') }
    });
    useParserScriptForTests(dying()); // a new run (stopPostgresParser) forgets the failures
    expect(await classifyPostgres('SELECT 1;')).toMatchObject({
      error: { message: expect.stringContaining('exited (code 7)') }
    });
  });
});
