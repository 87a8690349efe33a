/** Issue 10, cause 6 and the migration parts of 7 and 11: hazards the parsers used to hide, noise they used to add. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { classifySql } from '../../../src/assess/migrations/sql.js';
import { scanStatements } from '../../../src/assess/migrations/sql-statements.js';
import { stopPostgresParser } from '../../../src/assess/migrations/sql-postgres.js';
import { analyseLaravel } from '../../../src/assess/migrations/orm/laravel.js';
import { analyseRails } from '../../../src/assess/migrations/orm/rails.js';
import { analyseDjango } from '../../../src/assess/migrations/orm/django.js';
import { classifyRange } from './range-helpers.js';

afterAll(() => stopPostgresParser());

const ops = (findings: { severity: string; line: number | null; operation: string }[]) =>
  findings.map((f) => [f.severity, f.line, f.operation]);

describe('parser gaps (cause 6)', () => {
  it('MySQL: RENAME COLUMN + DROP COLUMN + DROP INDEX in one file reads every statement, no crash', async () => {
    const findings = await classifySql(
      'ALTER TABLE users RENAME COLUMN name TO full_name, DROP COLUMN legacy;\nDROP INDEX idx_users_name ON users;\n',
      { dialect: 'mysql' }
    );
    expect(ops(findings)).toEqual([
      ['blocker', 1, 'RENAME COLUMN users.name TO full_name'],
      ['blocker', 1, 'DROP COLUMN users.legacy'],
      ['warning', 2, 'DROP INDEX idx_users_name ON users']
    ]);
  });

  it('MySQL: DROP PRIMARY KEY and DROP FOREIGN KEY are named as such, not as DROP INDEX with an empty name', async () => {
    const findings = await classifySql(
      'ALTER TABLE orders DROP PRIMARY KEY;\nALTER TABLE orders DROP FOREIGN KEY fk_orders_user;\n',
      {
        dialect: 'mysql'
      }
    );
    expect(ops(findings)).toEqual([
      ['info', 1, 'DROP PRIMARY KEY ON orders'],
      ['info', 2, 'DROP FOREIGN KEY fk_orders_user ON orders']
    ]);
  });

  it('ClickHouse is read statement by statement, not parsed as Postgres', async () => {
    const sql = [
      'CREATE TABLE IF NOT EXISTS hits ON CLUSTER main (id UInt64, url String) ENGINE = ReplicatedMergeTree ORDER BY id;',
      'ALTER TABLE events ON CLUSTER main DROP COLUMN IF EXISTS referrer, MODIFY COLUMN url LowCardinality(String);',
      'RENAME TABLE sessions TO sessions_old;'
    ].join('\n');
    const findings = await classifySql(sql);
    expect(ops(findings)).toEqual([
      ['info', 1, 'CREATE TABLE hits'],
      ['blocker', 2, 'DROP COLUMN events.referrer'],
      ['blocker', 2, 'ALTER COLUMN events.url TYPE LowCardinality(String)'],
      ['blocker', 3, 'RENAME TABLE sessions TO sessions_old']
    ]);
  });

  it('where the full parse fails, the statements are still named by shape with their lines; the raw message is evidence', async () => {
    const sql = [
      'CREATE TABLE ok (id int);',
      'ALTER TABLE users DROP COLUMN email;',
      'ALTER TABLE users ALTER COLUMN age TYPE bigint;',
      'ALTER TABLE accounts RENAME TO customers;',
      'THIS IS NOT SQL;'
    ].join('\n');
    const findings = await classifySql(sql, { dialect: 'mysql' });
    expect(findings.filter((f) => f.severity === 'blocker').map((f) => [f.line, f.operation])).toEqual([
      [2, 'DROP COLUMN users.email'],
      [3, 'ALTER COLUMN users.age TYPE bigint'],
      [4, 'RENAME TABLE accounts TO customers']
    ]);
    const failure = findings.find((f) => f.line === 5)!;
    expect(failure.operation).toBe('SQL that does not parse as mysql');
    expect(failure.note).toBeUndefined();
    expect(failure.evidence).toMatch(/Expected/);
  });

  it('a factor keeps the raw parser message out of its headline, in evidenceDetail', async () => {
    const { all } = await classifyRange({
      head: {
        'migrations/mysql/000009_x.up.sql': 'ALTER TABLE users DROP COLUMN a;\nALTER TABLE users FROB;\n'
      }
    });
    const unparsed = all.find((f) => f.category === 'unparsed')!;
    expect(unparsed.detail).not.toMatch(/Expected/);
    expect(unparsed.evidenceDetail).toMatch(/Expected/);
    expect(all.find((f) => f.category === 'destructive')).toMatchObject({ line: 1, dialect: 'mysql' });
  });

  it('the statement scanner names DROP, RENAME and ALTER … TYPE in any dialect', () => {
    expect(
      scanStatements(
        'DROP TABLE IF EXISTS "public"."old";\nALTER TABLE t RENAME COLUMN a TO b;\nALTER TABLE t ALTER COLUMN c SET DATA TYPE text;\n'
      ).map((f) => [f.line, f.operation])
    ).toEqual([
      [1, 'DROP TABLE public.old'],
      [2, 'RENAME COLUMN t.a TO b'],
      [3, 'ALTER COLUMN t.c TYPE text']
    ]);
  });

  it('Rails add_index … unique: true is found when the columns are a spaced array, with or without parentheses', async () => {
    const analysis = await analyseRails(`class AddUnique < ActiveRecord::Migration[7.1]
  def change
    add_index :users, [ :account_id, :email ], unique: true
    add_index(:users, [ :account_id,
                        :slug ], unique: true, algorithm: :concurrently)
  end
end
`);
    expect(ops(analysis.findings)).toEqual([
      ['blocker', 3, 'add_index users unique: true'],
      ['blocker', 4, 'add_index users unique: true']
    ]);
  });
});

describe('noise (causes 7 and 11, migration parts)', () => {
  it('Laravel: schema calls inside if blocks are read, not "no operation recognised"', async () => {
    const analysis = await analyseLaravel(`<?php
return new class extends Migration {
    public function up(): void
    {
        Schema::table('posts', function (Blueprint $table) {
            if (DB::getDriverName() !== 'sqlite') {
                $table->fullText(['title', 'body']);
            }
            if (! Schema::hasColumn('posts', 'legacy')) {
                $table->dropColumn('legacy');
            }
        });
    }
};
`);
    expect(ops(analysis.findings)).toEqual([
      ['info', 7, 'fullText on posts (title, body)'],
      ['blocker', 10, 'dropColumn posts.legacy']
    ]);
  });

  it('Django: a merge migration is info; AddIndexConcurrently and friends are recognised', async () => {
    const merge = await analyseDjango(`from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0007_a"), ("shop", "0007_b")]

    operations = []
`);
    expect(ops(merge.findings)).toEqual([['info', 7, 'merge migration (operations = [])']]);
    const concurrent =
      await analyseDjango(`from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    atomic = False
    operations = [
        AddIndexConcurrently(model_name="order", index=models.Index(fields=["created"], name="order_created_idx")),
    ]
`);
    expect(ops(concurrent.findings)).toEqual([['info', 8, 'AddIndexConcurrently order']]);
  });

  it('one finding per hazard: the same statement is not reported twice', async () => {
    const { all } = await classifyRange({
      head: {
        'db/migrate/20240501000000_x.rb':
          'class X < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :a; remove_column :users, :a\n  end\nend\n'
      }
    });
    expect(all.filter((f) => f.severity === 'blocker')).toHaveLength(1);
  });
});
