import { analyseSqlMigration, classifySql, guessDialect } from '../../../src/assess/migrations/sql.js';
import { splitStatements } from '../../../src/assess/migrations/sql-dialects.js';
import type { MigrationFinding } from '../../../src/assess/migrations/types.js';

const summary = (findings: MigrationFinding[]) => findings.map((f) => [f.severity, f.line, f.operation]);

describe('Postgres SQL (libpg-query)', () => {
  test('additive statements are info, with the line of each statement', async () => {
    const sql = [
      '-- add profile support',
      'CREATE TABLE profiles (id bigserial PRIMARY KEY, user_id bigint NOT NULL);',
      '',
      'ALTER TABLE users ADD COLUMN nickname text;',
      "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free';",
      'CREATE INDEX CONCURRENTLY users_nickname_idx ON users (nickname);',
      "COMMENT ON COLUMN users.nickname IS 'shown in the header';",
      "ALTER TYPE mood ADD VALUE 'ecstatic';"
    ].join('\n');
    expect(summary(await classifySql(sql))).toEqual([
      ['info', 2, 'CREATE TABLE profiles'],
      ['info', 4, 'ADD COLUMN users.nickname'],
      ['info', 5, 'ADD COLUMN users.plan NOT NULL DEFAULT'],
      ['info', 6, 'CREATE INDEX users_nickname_idx ON users'],
      ['info', 7, 'COMMENT'],
      ['info', 8, "ALTER TYPE mood ADD VALUE 'ecstatic'"]
    ]);
  });

  test('constraining and destructive statements are blockers', async () => {
    const sql = `BEGIN;
ALTER TABLE users ADD COLUMN tenant_id bigint NOT NULL;
ALTER TABLE users DROP COLUMN email;
ALTER TABLE users ALTER COLUMN age TYPE smallint;
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE users ADD CONSTRAINT age_positive CHECK (age > 0);
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE users RENAME COLUMN name TO full_name;
ALTER TABLE accounts RENAME TO customers;
DROP TABLE legacy_sessions;
TRUNCATE audit_log;
UPDATE users SET plan = 'free';
DELETE FROM sessions;
INSERT INTO archive SELECT * FROM orders;
ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';
CREATE UNIQUE INDEX users_lower_email ON users (lower(email));
COMMIT;`;
    const findings = await classifySql(sql);
    expect(summary(findings)).toEqual([
      ['blocker', 2, 'ADD COLUMN users.tenant_id NOT NULL without DEFAULT'],
      ['blocker', 3, 'DROP COLUMN users.email'],
      ['blocker', 4, 'ALTER COLUMN users.age TYPE int2'],
      ['blocker', 5, 'ALTER COLUMN users.name SET NOT NULL'],
      ['blocker', 6, 'ADD CONSTRAINT users_email_key UNIQUE ON users'],
      ['blocker', 7, 'ADD CONSTRAINT age_positive CHECK ON users'],
      ['blocker', 8, 'ADD CONSTRAINT orders_user_fk FOREIGN KEY ON orders'],
      ['blocker', 9, 'RENAME COLUMN users.name TO full_name'],
      ['blocker', 10, 'RENAME TABLE accounts TO customers'],
      ['blocker', 11, 'DROP TABLE legacy_sessions'],
      ['blocker', 12, 'TRUNCATE audit_log'],
      ['blocker', 13, 'UPDATE users (data rewrite)'],
      ['blocker', 14, 'DELETE FROM sessions'],
      // Copying rows changes none N-1 wrote (data-statements.ts).
      ['warning', 15, 'INSERT INTO archive ... SELECT (backfill)'],
      ['blocker', 16, "ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'"],
      ['blocker', 17, 'CREATE UNIQUE INDEX users_lower_email ON users']
    ]);
    expect(findings.find((f) => f.line === 3)).toMatchObject({
      effect: 'destructive',
      subject: 'users.email'
    });
    expect(findings.find((f) => f.line === 2)).toMatchObject({ effect: 'constraining' });
  });

  test('softer cases: NOT VALID foreign keys, dropped indexes and DO blocks are warnings', async () => {
    const sql = `ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
DROP INDEX CONCURRENTLY users_nickname_idx;
DO $$ BEGIN EXECUTE 'ALTER TABLE ' || quote_ident('users') || ' DROP COLUMN x'; END $$;`;
    expect(summary(await classifySql(sql))).toEqual([
      ['warning', 1, 'ADD CONSTRAINT fk FOREIGN KEY ON orders NOT VALID'],
      ['warning', 2, 'DROP INDEX users_nickname_idx'],
      ['warning', 3, 'DO block']
    ]);
  });

  test('serial and identity columns are filled, so NOT NULL does not block', async () => {
    const sql = `ALTER TABLE users ADD COLUMN seq bigserial NOT NULL;
ALTER TABLE users ADD COLUMN n int GENERATED ALWAYS AS IDENTITY;
ALTER TABLE users ADD COLUMN m int NOT NULL;`;
    expect((await classifySql(sql)).map((f) => f.severity)).toEqual(['info', 'info', 'blocker']);
  });

  test('constraints on a table created in the same migration do not block', async () => {
    const sql = `CREATE TABLE invoices (id bigint);
ALTER TABLE invoices ADD COLUMN number text NOT NULL;
CREATE UNIQUE INDEX invoices_number ON invoices (number);`;
    expect((await classifySql(sql)).map((f) => f.severity)).toEqual(['info', 'info', 'info']);
  });

  test('lines count from the real start of a statement, after comments and multi-byte text', async () => {
    const sql = '/* übersetzt: ünïcödé */\n\n-- drop it\n   ALTER TABLE users DROP COLUMN email;';
    expect((await classifySql(sql)).map((f) => f.line)).toEqual([4]);
    expect(
      (await classifySql('ALTER TABLE users DROP COLUMN email;', { firstLine: 10 })).map((f) => f.line)
    ).toEqual([10]);
  });

  test('a parse failure is a warning carrying the parser message and line', async () => {
    const findings = await classifySql('CREATE TABLE ok (id int);\nALTER TABLE users DROP COLUM email;');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', effect: 'unverifiable', line: 2 });
    expect(findings[0]!.note).toMatch(/syntax error at or near/);
  });
});

describe('other dialects (node-sql-parser)', () => {
  test('dialect hints', () => {
    expect(guessDialect('ALTER TABLE `users` ADD `x` int')).toBe('mysql');
    expect(guessDialect('CREATE TABLE t (id int) ENGINE=InnoDB')).toBe('mysql');
    expect(guessDialect('ALTER TABLE [dbo].[Users] ADD [Age] int NULL\nGO')).toBe('transactsql');
    expect(guessDialect('CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)')).toBe('sqlite');
    expect(guessDialect('ALTER TABLE users ADD COLUMN x int[]')).toBe('postgresql');
    expect(guessDialect('-- formerly `users` in MySQL\nALTER TABLE users ADD COLUMN x int')).toBe(
      'postgresql'
    );
  });

  test('MySQL statements are classified with their lines', async () => {
    const sql =
      'CREATE TABLE `profiles` (`id` int) ENGINE=InnoDB;\n\nALTER TABLE `users` ADD COLUMN `age` int NOT NULL;\nALTER TABLE `users` DROP COLUMN `email`;\nALTER TABLE `users` ADD COLUMN `bio` text;\nRENAME TABLE `a` TO `b`;';
    expect(summary(await classifySql(sql))).toEqual([
      ['info', 1, 'CREATE TABLE profiles'],
      ['blocker', 3, 'ADD COLUMN users.age NOT NULL without DEFAULT'],
      ['blocker', 4, 'DROP COLUMN users.email'],
      ['info', 5, 'ADD COLUMN users.bio'],
      ['blocker', 6, 'RENAME TABLE a TO b']
    ]);
  });

  test('an explicit dialect wins over the guess, and a statement that fails is a warning', async () => {
    const findings = await classifySql(
      'ALTER TABLE users ADD COLUMN age int NOT NULL DEFAULT 0;\nALTER TABLE users DROP PARTITION OF nothing (;',
      { dialect: 'mysql' }
    );
    expect(findings[0]).toMatchObject({ severity: 'info', line: 1 });
    expect(findings[1]).toMatchObject({
      severity: 'warning',
      line: 2,
      operation: 'SQL that does not parse as mysql'
    });
    // A generated grammar's message is evidence, not part of the sentence (issue 10).
    expect(findings[1]!.evidence).toMatch(/Expected|found/);
    expect(findings[1]!.note).toBeUndefined();
  });

  test('the splitter ignores semicolons in quotes and comments', () => {
    const parts = splitStatements("INSERT INTO t VALUES ('a;b'); -- c; d\n/* e; */ SELECT 1;\nGO\nSELECT 2");
    expect(parts.map((p) => p.text)).toEqual(["INSERT INTO t VALUES ('a;b')", 'SELECT 1', 'SELECT 2']);
  });
});

describe('up and down sections in one file', () => {
  test('Goose: only the Up section is classified; the Down section is reported by what it drops', async () => {
    const sql = `-- +goose Up
-- +goose StatementBegin
ALTER TABLE users ADD COLUMN nickname text;
-- +goose StatementEnd

-- +goose Down
ALTER TABLE users DROP COLUMN nickname;
`;
    const analysis = await analyseSqlMigration(sql);
    expect(summary(analysis.findings)).toEqual([['info', 3, 'ADD COLUMN users.nickname']]);
    expect(analysis.down).toEqual({ line: 6, dataLoss: ['DROP COLUMN users.nickname'] });
    expect(analysis.framework).toBe('goose');
  });

  test('dbmate: a down that only renames back loses no data', async () => {
    const sql = `-- migrate:up
ALTER TABLE users RENAME COLUMN name TO full_name;

-- migrate:down
ALTER TABLE users RENAME COLUMN full_name TO name;
`;
    const analysis = await analyseSqlMigration(sql);
    expect(summary(analysis.findings)).toEqual([['blocker', 2, 'RENAME COLUMN users.name TO full_name']]);
    expect(analysis.down).toEqual({ line: 4, dataLoss: [] });
  });

  test('a plain file has no down side', async () => {
    expect((await analyseSqlMigration('CREATE TABLE t (id int);')).down).toBeNull();
  });
});
