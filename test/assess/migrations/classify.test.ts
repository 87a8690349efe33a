import { classifyMigration } from '../../../src/assess/migrations/index.js';
import type { ChangedFile, FileStatus } from '../../../src/assess/types.js';

function changed(path: string, status: FileStatus = 'added', extra: Partial<ChangedFile> = {}): ChangedFile {
  return { path, status, binary: false, commits: ['c0ffee1', 'beef002'], ...extra };
}

describe('classifyMigration', () => {
  test('a destructive migration: blocker factor with path, line, newest commit, operation and advice', async () => {
    const factors = await classifyMigration(
      changed('db/migrate/20240101_drop_email.rb'),
      'class DropEmail < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :email, :string\n  end\nend\n',
      null,
      'rails'
    );
    expect(factors).toHaveLength(1);
    expect(factors[0]).toMatchObject({
      kind: 'migration',
      severity: 'blocker',
      path: 'db/migrate/20240101_drop_email.rb',
      line: 3,
      commit: 'c0ffee1'
    });
    expect(factors[0]!.detail).toContain('remove_column users.email');
    expect(factors[0]!.recommendation).toBe(
      'do not roll back past this migration: N-1 still reads users.email; roll forward with a fix, or restore users.email first'
    );
  });

  test('a constraining migration asks to relax the constraint first', async () => {
    const factors = await classifyMigration(
      changed('prisma/migrations/20240101_unique/migration.sql'),
      'CREATE UNIQUE INDEX "User_email_key" ON "User"("email");\n',
      null,
      'prisma'
    );
    expect(factors.map((f) => f.severity)).toEqual(['blocker']);
    expect(factors[0]!.recommendation).toMatch(/^relax the constraint before rolling back/);
  });

  test('a clearly additive migration yields info factors, compatible with N-1', async () => {
    const factors = await classifyMigration(
      changed('drizzle/0003_add_bio.sql'),
      'ALTER TABLE "users" ADD COLUMN "bio" text;--> statement-breakpoint\nCREATE INDEX "users_bio_idx" ON "users" ("bio");',
      null,
      'drizzle'
    );
    expect(factors.map((f) => [f.severity, f.line, f.recommendation])).toEqual([
      ['info', 1, 'compatible with N-1'],
      ['info', 2, 'compatible with N-1']
    ]);
  });

  test('a file that does not parse is a warning naming the file and the parser message', async () => {
    const factors = await classifyMigration(
      changed('db/migration/V7__broken.sql'),
      'ALTER TABLE users ADD COLUM age int;',
      null,
      'flyway'
    );
    expect(factors).toHaveLength(1);
    expect(factors[0]!.severity).toBe('warning');
    expect(factors[0]!.detail).toContain('db/migration/V7__broken.sql');
    expect(factors[0]!.detail).toContain('syntax error at or near');
  });

  test('SQL embedded in ORM code that does not parse is a warning naming the file, the line and the message', async () => {
    const source = `from django.db import migrations


class Migration(migrations.Migration):
    operations = [
        migrations.RunSQL("ALTER TABLE shop_order DROP COLUM total;"),
    ]
`;
    const factors = await classifyMigration(changed('shop/migrations/0007_raw.py'), source, null, 'django');
    expect(factors).toHaveLength(1);
    expect(factors[0]).toMatchObject({ severity: 'warning', line: 6 });
    expect(factors[0]!.detail).toContain('shop/migrations/0007_raw.py');
    expect(factors[0]!.detail).toMatch(/syntax error at or near "total"/);
  });

  test('a deleted migration is a warning: it may already have run', async () => {
    const factors = await classifyMigration(
      changed('db/migrate/1_x.rb', 'deleted'),
      null,
      'add_column :users, :x, :string',
      'rails'
    );
    expect(factors).toHaveLength(1);
    expect(factors[0]).toMatchObject({ severity: 'warning', path: 'db/migrate/1_x.rb' });
    expect(factors[0]!.detail).toMatch(/deleted/);
  });

  test('an edited existing migration is one warning with the edit, never re-read as new operations', async () => {
    const factors = await classifyMigration(
      changed('migrations/0003_x.sql', 'modified'),
      'ALTER TABLE users DROP COLUMN email;',
      'ALTER TABLE users ADD COLUMN email text;',
      'sql'
    );
    // Issue 10, cause 1: where it already ran, the edit never applies; its DROP is not a new hazard.
    expect(factors.map((f) => [f.severity, f.category])).toEqual([['warning', 'edited']]);
    expect(factors[0]!.detail).toMatch(/edited after it may have run/);
    expect(factors[0]!.detail).toContain(
      '-ALTER TABLE users ADD COLUMN email text; +ALTER TABLE users DROP COLUMN email;'
    );
  });

  test('Goose: the down section is noted with the data it would lose', async () => {
    const factors = await classifyMigration(
      changed('db/migrations/20240101_add_nick.sql'),
      '-- +goose Up\nALTER TABLE users ADD COLUMN nick text;\n\n-- +goose Down\nALTER TABLE users DROP COLUMN nick;\n',
      null,
      'dbmate'
    );
    expect(factors.map((f) => [f.severity, f.line])).toEqual([
      ['info', 2],
      ['info', 4]
    ]);
    expect(factors[1]!.detail).toContain('DROP COLUMN users.nick');
    expect(factors[1]!.detail).toMatch(/does not run it/);
  });

  test('a golang-migrate down file is not classified as a change, only noted', async () => {
    const factors = await classifyMigration(
      changed('migrations/2_x.down.sql'),
      'DROP TABLE coupons;',
      null,
      'golang-migrate-down'
    );
    expect(factors).toHaveLength(1);
    expect(factors[0]).toMatchObject({ severity: 'info' });
    expect(factors[0]!.detail).toMatch(/is a down migration.*DROP TABLE coupons/);
  });

  test('Liquibase formatted SQL: --rollback lines are the down side', async () => {
    const factors = await classifyMigration(
      changed('db/changelog/001.changelog.sql'),
      '--liquibase formatted sql\n--changeset ana:1\nCREATE TABLE coupons (id int);\n--rollback DROP TABLE coupons;\n',
      null,
      'liquibase'
    );
    expect(factors.map((f) => [f.severity, f.line])).toEqual([
      ['info', 3],
      ['info', 4]
    ]);
    expect(factors[1]!.detail).toContain('DROP TABLE coupons');
  });

  test('a migration with no recognisable operation is a warning, never an empty list', async () => {
    const factors = await classifyMigration(
      changed('migrations/004.sql'),
      '-- nothing yet\nSELECT 1;\n',
      null,
      'sql'
    );
    expect(factors).toHaveLength(1);
    expect(factors[0]!.severity).toBe('warning');
  });

  test('binary or unreadable content is a warning', async () => {
    const factors = await classifyMigration(
      changed('migrations/005.sql', 'added', { binary: true }),
      null,
      null,
      'sql'
    );
    expect(factors.map((f) => f.severity)).toEqual(['warning']);
  });

  test('user-glob files are read by extension', async () => {
    const sql = await classifyMigration(changed('ops/schema/17.sql'), 'DROP TABLE t;', null, 'custom');
    expect(sql.map((f) => f.severity)).toEqual(['blocker']);
    const unknown = await classifyMigration(changed('ops/schema/17.cql'), 'DROP TABLE t;', null, 'custom');
    expect(unknown.map((f) => f.severity)).toEqual(['warning']);
    expect(unknown[0]!.detail).toContain('17.cql');
  });

  test('commit is null when the range did not record one', async () => {
    const factors = await classifyMigration(
      changed('migrations/006.sql', 'added', { commits: [] }),
      'CREATE TABLE t (id int);',
      null,
      'sql'
    );
    expect(factors[0]!.commit).toBeNull();
  });
});
