/** Issue 10, cause 5: migration locations and dialects from the project's configuration first. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { stopPostgresParser } from '../../../src/assess/migrations/sql-postgres.js';
import { classifyRange } from './range-helpers.js';

afterAll(() => stopPostgresParser());

const ALEMBIC_DROP = `revision = "f00d"\ndown_revision = "beef"\n\ndef upgrade():\n    op.drop_column("users", "email")\n    op.drop_table("sessions")\n\ndef downgrade():\n    pass\n`;

describe('migration locations from configuration', () => {
  it('alembic.ini script_location in a folder the layout rules do not know: the destructive migration is found', async () => {
    const { all, candidates } = await classifyRange({
      base: { 'alembic.ini': '[alembic]\nscript_location = %(here)s/db/schema_changes\n' },
      head: {
        'alembic.ini': '[alembic]\nscript_location = %(here)s/db/schema_changes\n',
        'db/schema_changes/versions/f00d_drop.py': ALEMBIC_DROP,
        'db/schema_changes/env.py': 'from alembic import context\n'
      }
    });
    expect(candidates.map((c) => [c.file.path, c.kind])).toEqual([
      ['db/schema_changes/versions/f00d_drop.py', 'alembic']
    ]);
    expect(all.filter((f) => f.severity === 'blocker').map((f) => f.line)).toEqual([5, 6]);
    expect(all[0]).toMatchObject({ framework: 'alembic', category: 'destructive' });
  });

  it('alembic.ini version_locations in a sub-project, and only the configs the changed files make relevant are read', async () => {
    const { candidates, reads } = await classifyRange({
      head: {
        'backend/alembic.ini':
          '[alembic]\nscript_location = migrations\nversion_locations = %(here)s/schema/v1 %(here)s/schema/v2\n',
        'backend/schema/v2/f00d_drop.py': ALEMBIC_DROP,
        'web/app.tsx': 'export {}\n'
      }
    });
    expect(candidates.map((c) => c.kind)).toEqual(['alembic']);
    const configReads = reads.filter((r) => !r.includes('f00d_drop'));
    // .py files ask for alembic.ini and manage.py at the root and in backend/; .tsx asks for nothing.
    expect(configReads.sort()).toEqual(
      ['head:alembic.ini', 'head:backend/alembic.ini', 'head:backend/manage.py', 'head:manage.py'].sort()
    );
  });

  it('schema.prisma in a sub-folder names the location and its provider the dialect', async () => {
    const { all, candidates } = await classifyRange({
      head: {
        'server/db/schema.prisma': 'datasource db {\n  provider = "mysql"\n  url = env("DATABASE_URL")\n}\n',
        'server/db/migrations/20240101_drop/migration.sql':
          'ALTER TABLE `User` DROP COLUMN `legacy`;\nDROP INDEX `User_email_idx` ON `User`;\n'
      }
    });
    expect(candidates[0]).toMatchObject({ kind: 'prisma', dialect: { name: 'mysql' } });
    expect(all.map((f) => [f.severity, f.line, f.dialect])).toEqual([
      ['blocker', 1, 'mysql'],
      ['warning', 2, 'mysql']
    ]);
  });

  it('Rails database.yml migrations_paths for a second database', async () => {
    const { candidates, all } = await classifyRange({
      head: {
        'config/database.yml':
          'production:\n  primary:\n    adapter: postgresql\n  analytics:\n    adapter: postgresql\n    migrations_paths: db/analytics_changes\n',
        'db/analytics_changes/20240101000000_drop_events.rb':
          'class DropEvents < ActiveRecord::Migration[7.1]\n  def change\n    drop_table :events\n  end\nend\n'
      }
    });
    expect(candidates.map((c) => c.kind)).toEqual(['rails']);
    expect(all[0]).toMatchObject({ severity: 'blocker', line: 3 });
  });

  it('the configured dialect reaches SQL embedded in ORM code (database.yml adapter, alembic.ini sqlalchemy.url)', async () => {
    const rails = await classifyRange({
      head: {
        'config/database.yml': 'production:\n  adapter: mysql2\n',
        'db/migrate/20240601000000_rename.rb':
          'class Rename < ActiveRecord::Migration[7.1]\n  def up\n    execute "ALTER TABLE `users` CHANGE `name` `full_name` varchar(200)"\n  end\nend\n'
      }
    });
    expect(rails.all.map((f) => [f.severity, f.line, f.dialect, f.category])).toEqual([
      ['blocker', 3, 'mysql', 'destructive']
    ]);
    const alembic = await classifyRange({
      head: {
        'alembic.ini':
          '[alembic]\nscript_location = db\nsqlalchemy.url = mysql+pymysql://app:secret@db/app\n',
        'db/versions/a1_drop.py':
          'revision = "a1"\n\ndef upgrade():\n    op.execute("ALTER TABLE `users` DROP COLUMN `legacy`")\n'
      }
    });
    expect(alembic.all.map((f) => [f.severity, f.dialect])).toEqual([['blocker', 'mysql']]);
    expect(JSON.stringify(alembic.all)).not.toContain('secret');
  });

  it('Flyway locations in flyway.conf, with the dialect of its url', async () => {
    const { candidates, all } = await classifyRange({
      head: {
        'flyway.conf': 'flyway.url=jdbc:mysql://db:3306/app\nflyway.locations=filesystem:database/changes\n',
        'database/changes/V3__drop_legacy.sql': 'ALTER TABLE users DROP COLUMN legacy;\n'
      }
    });
    expect(candidates[0]).toMatchObject({ kind: 'flyway', dialect: { name: 'mysql' } });
    expect(all[0]).toMatchObject({ severity: 'blocker', dialect: 'mysql', framework: 'flyway' });
  });

  it('Liquibase: files the master changelog includes are changelogs, whatever their name', async () => {
    const { candidates } = await classifyRange({
      head: {
        'src/main/resources/db/changelog/db.changelog-master.yaml':
          'databaseChangeLog:\n  - include:\n      file: db/changes/2024-01-orders.yaml\n',
        'src/main/resources/db/changes/2024-01-orders.yaml':
          'databaseChangeLog:\n  - changeSet:\n      id: 7\n      author: ana\n      changes:\n        - dropColumn:\n            tableName: orders\n            columnName: legacy\n'
      }
    });
    expect(candidates.map((c) => [c.file.path, c.kind])).toContainEqual([
      'src/main/resources/db/changes/2024-01-orders.yaml',
      'liquibase'
    ]);
  });

  it('Knex and Sequelize config name the folder; Django MIGRATION_MODULES names the module', async () => {
    const knex = await classifyRange({
      head: {
        'knexfile.js': "module.exports = { client: 'pg', migrations: { directory: './db/knex' } };\n",
        'db/knex/drop_sessions.js':
          "exports.up = (knex) => knex.schema.dropTable('sessions');\nexports.down = () => {};\n"
      }
    });
    expect(knex.candidates.map((c) => c.kind)).toEqual(['js-migration']);
    expect(knex.all[0]).toMatchObject({ severity: 'blocker' });

    const django = await classifyRange({
      head: {
        'manage.py': 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")\n',
        'site_conf/settings.py': 'MIGRATION_MODULES = {"shop": "shop.db_changes"}\n',
        'shop/db_changes/0004_drop.py':
          'from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    operations = [\n        migrations.RemoveField(model_name="order", name="legacy"),\n    ]\n',
        'shop/db_changes/__init__.py': ''
      }
    });
    expect(django.candidates.map((c) => [c.file.path, c.kind])).toEqual([
      ['shop/db_changes/0004_drop.py', 'django']
    ]);
  });

  it('EF Core migrations are recognised by their [Migration] attribute outside a Migrations folder', async () => {
    const { candidates } = await classifyRange({
      head: {
        'src/Data/Schema/20240101120000_DropNick.cs':
          'public partial class DropNick : Migration\n{\n    protected override void Up(MigrationBuilder b)\n    {\n        b.DropColumn(name: "Nick", table: "Users");\n    }\n}\n',
        'src/Data/Schema/20240101120000_DropNick.Designer.cs':
          '[DbContext(typeof(AppDb))]\n[Migration("20240101120000_DropNick")]\npartial class DropNick {}\n'
      }
    });
    expect(candidates.map((c) => [c.file.path, c.kind])).toEqual([
      ['src/Data/Schema/20240101120000_DropNick.cs', 'ef-core']
    ]);
  });

  it('a dialect named by a folder wins over the Postgres default', async () => {
    const { all } = await classifyRange({
      head: {
        'migrations/mysql/000004_rename.up.sql': 'ALTER TABLE users RENAME COLUMN name TO full_name;\n'
      }
    });
    expect(all[0]).toMatchObject({ severity: 'blocker', dialect: 'mysql', framework: 'golang-migrate' });
  });

  it('a CI workflow named …changelog….yaml is not a Liquibase changelog', async () => {
    const { candidates } = await classifyRange({
      head: { '.github/workflows/changelog-check.yaml': 'name: changelog\non: pull_request\n' }
    });
    expect(candidates).toEqual([]);
  });
});
