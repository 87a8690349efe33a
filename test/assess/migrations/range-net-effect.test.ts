/** Issue 10, causes 2, 3, 4 and 9: the range's migrations judged together and against what came before. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { stopPostgresParser } from '../../../src/assess/migrations/sql-postgres.js';
import { compareDefinitions } from '../../../src/assess/migrations/widening.js';
import { classifyRange, severities, shape } from './range-helpers.js';

afterAll(() => stopPostgresParser());

describe('net effect of the range (cause 2)', () => {
  it('dropping, renaming, constraining and backfilling what the range itself created harms no N-1', async () => {
    const { all, byPath } = await classifyRange({
      head: {
        'db/migration/V10__coupons.sql':
          'CREATE TABLE coupons (id int, code text);\nALTER TABLE users ADD COLUMN referral text;\n',
        'db/migration/V11__reshape.sql': [
          'ALTER TABLE coupons RENAME COLUMN code TO coupon_code;',
          'ALTER TABLE coupons ADD CONSTRAINT coupons_code_key UNIQUE (coupon_code);',
          'INSERT INTO coupons SELECT id, name FROM promotions;',
          'ALTER TABLE users DROP COLUMN referral;',
          'ALTER TABLE users ALTER COLUMN referral_id SET NOT NULL;'
        ].join('\n')
      }
    });
    // Only the NOT NULL on a column N-1 knows stays a blocker.
    expect(all.filter((f) => f.severity === 'blocker').map((f) => f.line)).toEqual([5]);
    const reshape = byPath.get('db/migration/V11__reshape.sql')!;
    expect(shape(reshape.slice(0, 4))).toEqual([
      ['info', 'additive', 1],
      ['info', 'additive', 2],
      ['info', 'additive', 3],
      ['info', 'additive', 4]
    ]);
    expect(reshape[0]!.detail).toMatch(
      /coupons.* was created in this range \(db\/migration\/V10__coupons\.sql\), so N-1 never used it/
    );
  });

  it("the order is the framework's: a drop before the create of the same name is still a drop", async () => {
    const { all } = await classifyRange({
      head: {
        'db/migration/V2__drop.sql': 'DROP TABLE coupons;',
        'db/migration/V10__create.sql': 'CREATE TABLE coupons (id int);'
      }
    });
    expect(severities(all)).toContain('blocker');
  });

  it('a SQLite table rebuild (create, copy, drop, rename) is one warning about the new definition, not a DROP blocker', async () => {
    const { all } = await classifyRange({
      head: {
        'migrations/sqlite/0005_rebuild_users.sql': [
          'CREATE TABLE users_new (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL);',
          'INSERT INTO users_new (id, email) SELECT id, email FROM users;',
          'DROP TABLE users;',
          'ALTER TABLE users_new RENAME TO users;'
        ].join('\n')
      }
    });
    expect(severities(all)).not.toContain('blocker');
    const rebuild = all.filter((f) => f.severity === 'warning');
    expect(rebuild).toHaveLength(1);
    expect(rebuild[0]).toMatchObject({ line: 3, category: 'data-rewrite', dialect: 'sqlite' });
    expect(rebuild[0]!.detail).toMatch(/rebuild of users/);
  });

  it("swap-and-rename and a ClickHouse EXCHANGE net to a rebuild; the old copy's DROP is info", async () => {
    const swap = await classifyRange({
      head: {
        'db/migration/V20__swap.sql': [
          'CREATE TABLE events_v2 (id bigint, at timestamptz);',
          'INSERT INTO events_v2 SELECT id, at FROM events;',
          'ALTER TABLE events RENAME TO events_old;',
          'ALTER TABLE events_v2 RENAME TO events;',
          'DROP TABLE events_old;'
        ].join('\n')
      }
    });
    expect(swap.all.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.line])).toEqual([
      ['warning', 3]
    ]);

    const clickhouse = await classifyRange({
      head: {
        'migrations/clickhouse/0003_events.sql': [
          'CREATE TABLE events_tmp ON CLUSTER main (id UInt64) ENGINE = ReplicatedMergeTree ORDER BY id;',
          'INSERT INTO events_tmp SELECT id FROM events;',
          'EXCHANGE TABLES events_tmp AND events ON CLUSTER main;',
          'DROP TABLE events_tmp ON CLUSTER main;'
        ].join('\n')
      }
    });
    expect(
      clickhouse.all.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.line, f.dialect])
    ).toEqual([['warning', 3, 'clickhouse']]);
  });

  it('Django: fields added to a model the range created can be removed or altered without affecting N-1', async () => {
    const { all } = await classifyRange({
      head: {
        'shop/migrations/0010_coupon.py': `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0009_prev")]
    operations = [
        migrations.CreateModel(name="Coupon", fields=[("id", models.AutoField(primary_key=True))]),
        migrations.AddField(model_name="coupon", name="code", field=models.CharField(max_length=20)),
    ]
`,
        'shop/migrations/0011_coupon_rename.py': `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0010_coupon")]
    operations = [
        migrations.RenameField(model_name="coupon", old_name="code", new_name="token"),
        migrations.RemoveField(model_name="coupon", name="legacy"),
    ]
`
      }
    });
    expect(severities(all)).toEqual(['info', 'info', 'info', 'info']);
  });
});

describe('widening and narrowing (cause 3)', () => {
  it.each([
    ['varchar(50)', 'varchar(200)', 'widens'],
    ['varchar(200)', 'varchar(50)', 'narrows'],
    ['int', 'bigint', 'widens'],
    ['bigint', 'integer', 'narrows'],
    ['integer', 'float', 'widens'],
    ['numeric(12,2)', 'numeric(20,2)', 'widens'],
    ['numeric(20,4)', 'numeric(12,2)', 'narrows'],
    ['models.CharField(max_length=100)', 'models.CharField(max_length=255)', 'widens'],
    [
      'models.DecimalField(max_digits=12, decimal_places=2)',
      'models.DecimalField(max_digits=20, decimal_places=2)',
      'widens'
    ],
    ['models.CharField(max_length=100)', 'models.CharField(max_length=100, null=True)', 'widens'],
    ['models.CharField(max_length=100, null=True)', 'models.CharField(max_length=100)', 'narrows'],
    ['models.CharField(max_length=20)', 'models.CharField(max_length=20, choices=[("a", "A")])', 'cosmetic'],
    [
      'models.CharField(max_length=20)',
      'models.CharField(max_length=20, db_collation="und-x-icu")',
      'cosmetic'
    ],
    ['sa.String(length=100)', 'sa.String(length=255)', 'widens'],
    ['integer', 'text', 'changes']
  ])('%s -> %s %s', (before, after, expected) => {
    expect(compareDefinitions(before, after)).toBe(expected);
  });

  it('Alembic alter_column with existing_type: widening is info, narrowing a blocker', async () => {
    const migration = (from: string, to: string) =>
      `revision = "r1"\ndown_revision = None\n\ndef upgrade():\n    op.alter_column("users", "name", existing_type=${from}, type_=${to})\n\ndef downgrade():\n    op.alter_column("users", "name", existing_type=${to}, type_=${from})\n`;
    const wider = await classifyRange({
      head: { 'alembic/versions/r1_name.py': migration('sa.String(length=100)', 'sa.String(length=255)') }
    });
    expect(shape(wider.all)).toEqual([
      ['info', 'additive', 5],
      ['info', 'additive', 7]
    ]);
    expect(wider.all[0]!.detail).toMatch(/N may write values N-1 does not expect/);
    const narrower = await classifyRange({
      head: { 'alembic/versions/r1_name.py': migration('sa.String(length=255)', 'sa.String(length=100)') }
    });
    expect(narrower.all[0]).toMatchObject({ severity: 'blocker', line: 5 });
  });

  it('Django AlterField is compared with the definition found through its dependencies', async () => {
    const previous = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]
    operations = [
        migrations.AddField(model_name="order", name="note", field=models.CharField(max_length=100)),
    ]
`;
    const alter = (length: number) => `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0002_order_note")]
    operations = [
        migrations.AlterField(model_name="order", name="note", field=models.CharField(max_length=${length})),
    ]
`;
    const tree = (length: number) => ({
      base: { 'shop/migrations/0002_order_note.py': previous },
      head: {
        'shop/migrations/0002_order_note.py': previous,
        'shop/migrations/0003_alter_note.py': alter(length)
      }
    });
    const wider = await classifyRange(tree(255));
    expect(shape(wider.all)).toEqual([['info', 'additive', 7]]);
    expect(wider.reads).toContain('head:shop/migrations/0002_order_note.py');
    const narrower = await classifyRange(tree(50));
    expect(shape(narrower.all)).toEqual([['blocker', 'constraining', 7]]);
    expect(narrower.all[0]!.detail).toMatch(
      /narrows \(from models\.CharField\(max_length=100\) to models\.CharField\(max_length=50\)\)/
    );
  });

  it('EF Core AlterColumn is compared with its oldType/oldMaxLength/oldNullable', async () => {
    const migration = (from: string, to: string) => `public partial class Widen : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterColumn<string>(name: "Name", table: "Users", ${to}, ${from});
    }
}
`;
    const wider = await classifyRange({
      head: {
        'Data/Migrations/20240101000000_Widen.cs': migration(
          'oldType: "nvarchar(50)", oldNullable: false',
          'type: "nvarchar(200)", nullable: true'
        )
      }
    });
    expect(shape(wider.all)).toEqual([['info', 'additive', 5]]);
    const narrower = await classifyRange({
      head: {
        'Data/Migrations/20240101000000_Widen.cs': migration(
          'oldType: "nvarchar(max)", oldNullable: true',
          'type: "nvarchar(100)", nullable: true'
        )
      }
    });
    expect(shape(narrower.all)).toEqual([['blocker', 'constraining', 5]]);
  });

  it('Prisma ALTER COLUMN … SET DATA TYPE is compared with schema.prisma at the base', async () => {
    const schema =
      'datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id    Int    @id\n  name  String @db.VarChar(50)\n  score Int\n}\n';
    const { all } = await classifyRange({
      base: { 'prisma/schema.prisma': schema },
      head: {
        'prisma/schema.prisma': schema,
        'prisma/migrations/20240701000000_widen/migration.sql':
          'ALTER TABLE "User" ALTER COLUMN "name" SET DATA TYPE VARCHAR(200);\nALTER TABLE "User" ALTER COLUMN "score" SET DATA TYPE BIGINT;\nALTER TABLE "User" ALTER COLUMN "score" SET DATA TYPE SMALLINT;\n'
      }
    });
    expect(all.map((f) => [f.severity, f.line])).toEqual([
      ['info', 1],
      ['info', 2],
      ['blocker', 3]
    ]);
  });

  it('Rails change_column is compared with db/schema.rb at the base', async () => {
    const schema = `ActiveRecord::Schema[7.1].define(version: 2024_01_01_000000) do\n  create_table "users", force: :cascade do |t|\n    t.string "name", limit: 100\n  end\nend\n`;
    const migration = `class WidenName < ActiveRecord::Migration[7.1]\n  def up\n    change_column :users, :name, :string, limit: 255\n  end\n\n  def down\n    change_column :users, :name, :string, limit: 100\n  end\nend\n`;
    const { all } = await classifyRange({
      base: { 'db/schema.rb': schema },
      head: { 'db/schema.rb': schema, 'db/migrate/20240201000000_widen_name.rb': migration }
    });
    expect(all.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(all[0]!.detail).toMatch(/widens/);
  });
});

describe('down steps are not the upgrade (cause 4)', () => {
  it('Rails reversible { dir.down } and def down, Alembic downgrade(), EF Core Down() and Laravel down() are not read as up', async () => {
    const { all } = await classifyRange({
      head: {
        'db/migrate/20240301000000_add_flags.rb': `class AddFlags < ActiveRecord::Migration[7.1]
  def change
    add_column :users, :flag, :boolean
    reversible do |dir|
      dir.up { execute "UPDATE users SET legacy_flag = false WHERE id < 0" }
      dir.down do
        remove_column :users, :legacy_flag
        drop_table :flags
      end
    end
    add_index :users, :flag
  end
end
`,
        'Data/Migrations/20240301000000_AddNick.cs': `public partial class AddNick : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Nick", table: "Users", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Nick", table: "Users");
    }
}
`
      }
    });
    const upHazards = all.filter((f) => f.severity !== 'info').map((f) => `${f.path}:${f.line}`);
    // The dir.up UPDATE is an up-step data rewrite; nothing from the down steps is.
    expect(upHazards).toEqual(['db/migrate/20240301000000_add_flags.rb:5']);
    const downNotes = all.filter((f) => /does not run it; running it loses data/.test(f.detail));
    expect(downNotes.map((f) => f.line)).toEqual([6, 8]);
    expect(downNotes[0]!.detail).toContain('remove_column users.legacy_flag, drop_table flags');
  });
});

describe('defaults: where they live decides (cause 9)', () => {
  it('NOT NULL with a database default and a backfill is a warning at most', async () => {
    const { all } = await classifyRange({
      head: {
        'db/migration/V30__status.sql': [
          "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';",
          "UPDATE orders SET status = 'new' WHERE status IS NULL;",
          'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;'
        ].join('\n')
      }
    });
    expect(severities(all)).toEqual(['info', 'warning', 'warning']);
    expect(all[2]!.detail).toMatch(/database default, so N-1's inserts that omit it still work/);
  });

  it('Rails change_column_default then change_column_null with a backfill value is a warning', async () => {
    const { all } = await classifyRange({
      head: {
        'db/migrate/20240401000000_status.rb': `class Status < ActiveRecord::Migration[7.1]
  def change
    change_column_default :orders, :status, from: nil, to: "new"
    change_column_null :orders, :status, false, "new"
  end
end
`
      }
    });
    expect(severities(all)).toEqual(['info', 'warning']);
  });

  it('a default that lives only in Django (no db_default) is a blocker; db_default is additive', async () => {
    const migration = (field: string) => `from django.db import migrations, models


class Migration(migrations.Migration):
    operations = [
        migrations.AddField(model_name="order", name="status", field=${field}),
    ]
`;
    const ormOnly = await classifyRange({
      head: { 'shop/migrations/0020_status.py': migration('models.CharField(max_length=10, default="new")') }
    });
    expect(shape(ormOnly.all)).toEqual([['blocker', 'constraining', 6]]);
    expect(ormOnly.all[0]!.detail).toMatch(/inserts from N-1 fail/);
    const inDatabase = await classifyRange({
      head: {
        'shop/migrations/0020_status.py': migration('models.CharField(max_length=10, db_default="new")')
      }
    });
    expect(shape(inDatabase.all)).toEqual([['info', 'additive', 6]]);
  });
});
