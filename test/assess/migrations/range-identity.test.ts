/** Issue 10, cause 1 (and 7's deleted down migrations): what is new is decided by the framework's identity. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { stopPostgresParser } from '../../../src/assess/migrations/sql-postgres.js';
import { classifyMigrationRange } from '../../../src/assess/migrations/range.js';
import { discoverMigrationLayout } from '../../../src/assess/migrations/locations.js';
import { classifyRange, shape } from './range-helpers.js';

afterAll(() => stopPostgresParser());

const DROP_EMAIL = `class DropEmail < ActiveRecord::Migration[7.1]
  def change
    remove_column :users, :email, :string
  end
end
`;

describe('migration identity across the range', () => {
  it('a Rails migration moved to another folder (deleted + added, same version) is info, not a new blocker', async () => {
    const { byPath, all } = await classifyRange({
      base: { 'db/migrate/20240101000000_drop_email.rb': DROP_EMAIL },
      head: { 'engines/billing/db/migrate/20240101000000_drop_email.rb': DROP_EMAIL }
    });
    expect(all.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(shape(byPath.get('engines/billing/db/migrate/20240101000000_drop_email.rb'))).toEqual([
      ['info', 'moved', null]
    ]);
    expect(byPath.get('db/migrate/20240101000000_drop_email.rb')).toEqual([]);
    expect(all[0]!.detail).toMatch(
      /moved to engines\/billing\/db\/migrate\/20240101000000_drop_email\.rb with the same identity \(rails:20240101000000\)/
    );
    expect(all[0]).toMatchObject({ framework: 'rails', kind: 'migration' });
  });

  it('a git rename that keeps the identity is info; one that changes it runs as new', async () => {
    // Django's identity is app + name: a project restructure that keeps both does not re-run it.
    const kept = await classifyRange(
      {
        base: { 'src/shop/migrations/0007_drop.py': DJANGO_DROP },
        head: { 'shop/migrations/0007_drop.py': DJANGO_DROP }
      },
      { 'shop/migrations/0007_drop.py': 'src/shop/migrations/0007_drop.py' }
    );
    expect(shape(kept.all)).toEqual([['info', 'moved', null]]);

    const sameApp = await classifyRange(
      {
        base: { 'db/migrate/20240101000000_drop_email.rb': DROP_EMAIL },
        head: { 'db/migrate/20240101000000_remove_email.rb': DROP_EMAIL }
      },
      { 'db/migrate/20240101000000_remove_email.rb': 'db/migrate/20240101000000_drop_email.rb' }
    );
    expect(shape(sameApp.all)).toEqual([['info', 'moved', null]]);

    const newVersion = await classifyRange(
      {
        base: { 'db/migrate/20240101000000_drop_email.rb': DROP_EMAIL },
        head: { 'db/migrate/20250101000000_drop_email.rb': DROP_EMAIL }
      },
      { 'db/migrate/20250101000000_drop_email.rb': 'db/migrate/20240101000000_drop_email.rb' }
    );
    expect(shape(newVersion.all)).toEqual([
      ['warning', 'moved', null],
      ['blocker', 'destructive', 3]
    ]);
  });

  it('an Alembic file renamed with the same revision id is moved; the identity is the revision, not the name', async () => {
    const source = `revision = "ab12cd34"\ndown_revision = "0000aaaa"\n\ndef upgrade():\n    op.drop_column("users", "email")\n\ndef downgrade():\n    pass\n`;
    const { all } = await classifyRange({
      base: { 'migrations/versions/ab12cd34_drop.py': source },
      head: { 'migrations/versions/2024_01_01_ab12cd34_drop_email.py': source }
    });
    expect(shape(all)).toEqual([['info', 'moved', null]]);
  });

  it('an edited old migration is one warning quoting the edit; its old operations are not re-read as new', async () => {
    const before = `-- +goose Up\nALTER TABLE users DROP COLUMN legacy;\n`;
    const after = `-- +goose Up\nALTER TABLE users DROP COLUMN IF EXISTS legacy;\n`;
    const { all } = await classifyRange({
      base: { 'db/migrations/20230101_drop_legacy.sql': before },
      head: { 'db/migrations/20230101_drop_legacy.sql': after }
    });
    expect(shape(all)).toEqual([['warning', 'edited', 2]]);
    expect(all[0]!.detail).toMatch(/edited after it may have run/);
    expect(all[0]!.detail).toContain(
      '-ALTER TABLE users DROP COLUMN legacy; +ALTER TABLE users DROP COLUMN IF EXISTS legacy;'
    );
    expect(all[0]!.evidenceDetail).toContain('+ALTER TABLE users DROP COLUMN IF EXISTS legacy;');
  });

  it('a reformatted or re-commented old migration is info: nothing it runs changed', async () => {
    const before = `class DropEmail < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :email, :string\n  end\nend\n`;
    const after = `# frozen_string_literal: true\n\nclass DropEmail < ActiveRecord::Migration[7.1]\n  def change\n      remove_column  :users, :email, :string\n  end\nend\n`;
    const { all } = await classifyRange({
      base: { 'db/migrate/20200101000000_drop_email.rb': before },
      head: { 'db/migrate/20200101000000_drop_email.rb': after }
    });
    expect(shape(all)).toEqual([['info', 'edited', 1]]);
    expect(all[0]!.detail).toMatch(/only in comments or whitespace/);
  });

  it('an edited Flyway repeatable migration runs again on its new checksum, so it is analysed', async () => {
    const { all } = await classifyRange({
      base: { 'db/migration/R__views.sql': 'CREATE VIEW active_users AS SELECT * FROM users;' },
      head: {
        'db/migration/R__views.sql':
          'DROP VIEW active_users;\nCREATE VIEW active_users AS SELECT id FROM users;'
      }
    });
    // Dropped and created again, the view nets to its new definition: a warning to check, not a DROP.
    expect(all.map((f) => [f.severity, f.line])).toEqual([
      ['warning', 1],
      ['info', 2]
    ]);
  });

  it('a deleted down migration is info; a deleted up migration stays a warning', async () => {
    const { byPath } = await classifyRange({
      base: {
        'migrations/000012_users.down.sql': 'DROP TABLE users;',
        'migrations/000013_orders.up.sql': 'CREATE TABLE orders (id int);'
      },
      head: {}
    });
    expect(shape(byPath.get('migrations/000012_users.down.sql'))).toEqual([['info', 'moved', null]]);
    expect(shape(byPath.get('migrations/000013_orders.up.sql'))).toEqual([['warning', 'edited', null]]);
  });

  it('a Liquibase changelog that gained a changeset: only the new changeset is analysed, an edited one is a warning', async () => {
    const base = `<databaseChangeLog>
  <changeSet id="1" author="ana">
    <dropColumn tableName="users" columnName="legacy"/>
  </changeSet>
  <changeSet id="2" author="ana">
    <addColumn tableName="users"><column name="nick" type="text"/></addColumn>
  </changeSet>
</databaseChangeLog>
`;
    const head = `<databaseChangeLog>
  <changeSet id="1" author="ana">
    <dropColumn tableName="users" columnName="legacy"/>
  </changeSet>
  <changeSet id="2" author="ana">
    <addColumn tableName="users"><column name="nickname" type="text"/></addColumn>
  </changeSet>
  <changeSet id="3" author="bo">
    <createTable tableName="coupons"><column name="id" type="int"/></createTable>
  </changeSet>
</databaseChangeLog>
`;
    const { all } = await classifyRange({
      base: { 'db/changelog/db.changelog-master.xml': base },
      head: { 'db/changelog/db.changelog-master.xml': head }
    });
    // The DROP of changeset 1 ran long ago: no blocker.
    expect(all.filter((f) => f.severity === 'blocker')).toEqual([]);
    expect(all.find((f) => f.category === 'edited')!.detail).toMatch(/changeset 2:ana .*edited/);
    expect(all.some((f) => /createTable coupons/.test(f.detail))).toBe(true);
  });
});

const DJANGO_DROP = `from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("shop", "0006_prev")]
    operations = [
        migrations.RemoveField(model_name="order", name="legacy"),
    ]
`;

describe('machine-readable fields', () => {
  it('every migration factor carries a category and a framework; SQL ones a dialect', async () => {
    const { all } = await classifyRange({
      base: {
        'db/migrate/20200101000000_old.rb': DROP_EMAIL,
        'migrations/000001_a.down.sql': 'DROP TABLE a;'
      },
      head: {
        'db/migrate/20200101000000_old.rb': `# note\n${DROP_EMAIL}`,
        'db/migrate/20240101000000_drop_email.rb': DROP_EMAIL,
        'db/migration/V5__x.sql': 'ALTER TABLE t ADD COLUMN c int;\nALTER TABLE t FROB;\n',
        'shop/migrations/0002_x.py':
          'from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    operations = [\n        migrations.RunPython(forwards),\n    ]\n',
        'db/changelog/release.changelog.yaml': 'name: not a changelog\n'
      }
    });
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const factor of all) {
      expect(factor.category).toEqual(expect.any(String));
      expect(factor.framework).toEqual(expect.any(String));
    }
    expect(
      all.filter((f) => f.path === 'db/migration/V5__x.sql').map((f) => [f.category, f.dialect])
    ).toEqual([['unparsed', 'postgres']]);
  });
});

describe('failures stay loud', () => {
  it('a read that fails is an unreadable warning for that file, and a config that fails to read is skipped', async () => {
    const file = {
      path: 'db/migrate/20240101000000_x.rb',
      status: 'added' as const,
      binary: false,
      commits: []
    };
    const failing = () => Promise.reject(new Error('cat-file died'));
    const layout = await discoverMigrationLayout([file], failing);
    expect(layout.detect(file.path, [])).toEqual({ kind: 'rails' });
    const [factors] = await classifyMigrationRange([{ file, kind: 'rails' }], failing);
    expect(factors!.map((f) => [f.severity, f.category])).toEqual([['warning', 'unparsed']]);
    expect(factors![0]!.detail).toMatch(/could not be read/);
  });
});
