import { detectMigration, isDownSideKind } from '../../../src/assess/migrations/detect.js';

describe('detectMigration by framework layout', () => {
  const migrations: [string, string][] = [
    ['db/migrate/20240101120000_add_nickname_to_users.rb', 'rails'],
    ['engines/billing/db/post_migrate/20240101120000_drop_legacy.rb', 'rails'],
    ['shop/migrations/0002_order_total.py', 'django'],
    ['alembic/versions/3f2a_add_age.py', 'alembic'],
    ['backend/migrations/versions/3f2a_add_age.py', 'alembic'],
    ['prisma/migrations/20240101_init/migration.sql', 'prisma'],
    ['drizzle/0001_brave_hulk.sql', 'drizzle'],
    ['src/main/resources/db/migration/V2__add_age.sql', 'flyway'],
    ['src/main/resources/db/migration/V2.1.3__add_age.sql', 'flyway'],
    ['src/main/resources/db/migration/U2__add_age.sql', 'flyway-undo'],
    ['src/main/resources/db/migration/R__views.sql', 'flyway-repeatable'],
    ['src/main/resources/db/changelog/db.changelog-master.yaml', 'liquibase'],
    ['db/changelog/changes/001-users.xml', 'liquibase'],
    ['liquibase/changelog.sql', 'liquibase'],
    ['migrations/20240101120000_create_users.js', 'js-migration'],
    ['src/migrations/1700000000000-AddAge.ts', 'js-migration'],
    ['db/migrations/20240101-add-age.cjs', 'js-migration'],
    ['migrations/000001_create_users.up.sql', 'golang-migrate'],
    ['migrations/000001_create_users.down.sql', 'golang-migrate-down'],
    ['db/migrations/20240101120000_add_age.sql', 'dbmate'],
    ['deploy/users.sql', 'sqitch'],
    ['revert/users.sql', 'sqitch-revert'],
    ['priv/repo/migrations/20240101120000_add_age.exs', 'ecto'],
    ['src/Api/Migrations/20240101120000_AddAge.cs', 'ef-core'],
    ['database/migrations/2024_01_01_000000_add_age_to_users.php', 'laravel'],
    ['sql/migrations/017_add_age.sql', 'sql'],
    ['C:\\repo\\db\\migrate\\20240101_x.rb', 'rails']
  ];

  test.each(migrations)('%s is %s', (path, kind) => {
    expect(detectMigration(path, [])).toBe(kind);
  });

  const notMigrations = [
    'src/migrations.ts',
    'src/migrations/index.ts',
    'src/migrations/runner.ts',
    'migrations/20240101_x.test.ts',
    'migrations/20240101_x.d.ts',
    'src/Api/Migrations/20240101120000_AddAge.Designer.cs',
    'src/Api/Migrations/AppDbContextModelSnapshot.cs',
    // Application code that happens to live under Migrations/: data routines, helpers.
    'src/Server/Migrations/Routines/MigrateUserDb.cs',
    'src/Server/Migrations/IMigrationRoutine.cs',
    'shop/migrations/__init__.py',
    'alembic/versions/__init__.py',
    'app/models/user.rb',
    'db/seeds.rb',
    'README.md',
    'node_modules/knex/migrations/20240101_x.js',
    'docs/versions/v1.py',
    'db/schema.rb'
  ];

  test.each(notMigrations)('%s is not a migration', (path) => {
    expect(detectMigration(path, [])).toBeNull();
  });

  test('user globs add layouts the frameworks do not cover', () => {
    expect(detectMigration('schema/changes/0042-add-age.cql', ['schema/changes/*.cql'])).toBe('custom');
    expect(detectMigration('schema/changes/0042-add-age.cql', [])).toBeNull();
    expect(detectMigration('schema/other/0042.cql', ['schema/changes/*.cql'])).toBeNull();
    expect(detectMigration('ops/b/1.cql', ['ops/{a,b}/*.cql'])).toBe('custom');
    expect(detectMigration('ops/c/1.cql', ['ops/{a,b}/*.cql'])).toBeNull();
    expect(detectMigration('deep/ops/x/y/1.cql', ['**/ops/**/*.cql'])).toBe('custom');
    expect(detectMigration('schema/exact.cql', ['schema/exact.cql'])).toBe('custom');
  });

  test('a framework layout wins over a user glob that also matches', () => {
    expect(detectMigration('db/migrate/20240101_x.rb', ['**/*.rb'])).toBe('rails');
  });

  test('down-side kinds are named as such', () => {
    expect(isDownSideKind('golang-migrate-down')).toBe(true);
    expect(isDownSideKind('flyway-undo')).toBe(true);
    expect(isDownSideKind('sqitch-revert')).toBe(true);
    expect(isDownSideKind('golang-migrate')).toBe(false);
  });

  test('classifies a large mixed path list consistently', () => {
    const paths: string[] = [];
    for (let i = 0; i < 5000; i++) {
      paths.push(`src/feature${i}/component${i}.ts`, `db/migrate/2024${String(i).padStart(6, '0')}_m.rb`);
    }
    const detected = paths.map((p) => detectMigration(p, ['ops/*.cql']));
    expect(detected.filter((k) => k === 'rails')).toHaveLength(5000);
    expect(detected.filter((k) => k === null)).toHaveLength(5000);
  });
});
