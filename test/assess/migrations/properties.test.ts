import fc from 'fast-check';
import { classifyMigration } from '../../../src/assess/migrations/index.js';
import { classifySql } from '../../../src/assess/migrations/sql.js';
import type { MigrationKind } from '../../../src/assess/migrations/types.js';
import type { ChangedFile } from '../../../src/assess/types.js';

const SAMPLES: Record<string, { kind: MigrationKind; path: string; text: string }> = {
  sql: {
    kind: 'sql',
    path: 'migrations/001.sql',
    text: "CREATE TABLE t (id int);\nALTER TABLE users ADD COLUMN age int NOT NULL;\nDO $$ BEGIN EXECUTE 'x'; END $$;\nUPDATE users SET a = 'b;c';\n"
  },
  mysql: {
    kind: 'flyway',
    path: 'db/V1__x.sql',
    text: 'ALTER TABLE `users` DROP COLUMN `email`;\nCREATE TABLE `a` (`id` int) ENGINE=InnoDB;\n'
  },
  goose: {
    kind: 'dbmate',
    path: 'db/migrations/1.sql',
    text: '-- +goose Up\nALTER TABLE a ADD COLUMN b int;\n-- +goose Down\nALTER TABLE a DROP COLUMN b;\n'
  },
  rails: {
    kind: 'rails',
    path: 'db/migrate/1_x.rb',
    text: 'class X < ActiveRecord::Migration[7.1]\n  def up\n    add_column :users, :a, :string, null: false\n    execute <<~SQL\n      DROP TABLE x;\n    SQL\n    execute "UPDATE t SET a = \'#{v}\'"\n  end\n  def down\n    remove_column :users, :a\n  end\nend\n'
  },
  django: {
    kind: 'django',
    path: 'app/migrations/0002_x.py',
    text: 'operations = [\n    migrations.AddField(model_name="o", name="c", field=models.CharField(max_length=3)),\n    migrations.RunSQL("""\n        ALTER TABLE o DROP COLUMN d;\n    """),\n    migrations.RunSQL(f"DROP {x}"),\n]\n'
  },
  alembic: {
    kind: 'alembic',
    path: 'alembic/versions/1_x.py',
    text: 'def upgrade():\n    op.add_column("u", sa.Column("a", sa.Integer(), nullable=False))\n    op.execute("DELETE FROM s")\n\ndef downgrade():\n    op.drop_column("u", "a")\n'
  },
  knex: {
    kind: 'js-migration',
    path: 'migrations/2024_x.js',
    text: "exports.up = (knex) => knex.schema.alterTable('u', (t) => {\n  t.string('a').notNullable();\n  t.dropColumn('b');\n}).then(() => knex.raw(`UPDATE u SET a = '${x}'`));\nexports.down = () => {};\n"
  },
  typeorm: {
    kind: 'js-migration',
    path: 'src/migrations/1700-x.ts',
    text: 'export class X implements MigrationInterface {\n  async up(queryRunner) {\n    await queryRunner.query(`ALTER TABLE "u" DROP COLUMN "e"`);\n  }\n}\n'
  },
  laravel: {
    kind: 'laravel',
    path: 'database/migrations/2024_x.php',
    text: "<?php\npublic function up() {\n  Schema::table('u', function ($table) {\n    $table->string('a');\n    $table->dropColumn('b');\n  });\n  DB::statement('UPDATE u SET a = 1');\n}\n"
  },
  ecto: {
    kind: 'ecto',
    path: 'priv/repo/migrations/1_x.exs',
    text: 'def change do\n  alter table(:u) do\n    add :a, :string, null: false\n    remove :b\n  end\n  execute "DROP TABLE x"\nend\n'
  },
  efcore: {
    kind: 'ef-core',
    path: 'Migrations/1_X.cs',
    text: 'protected override void Up(MigrationBuilder migrationBuilder)\n{\n    migrationBuilder.DropColumn(name: "E", table: "U");\n    migrationBuilder.Sql(@"DELETE FROM [U]");\n}\n'
  },
  liquibaseXml: {
    kind: 'liquibase',
    path: 'db/changelog.xml',
    text: '<databaseChangeLog>\n  <changeSet id="1" author="a">\n    <dropColumn tableName="u" columnName="e"/>\n    <sql><![CDATA[UPDATE u SET "x" = 1]]></sql>\n    <rollback><dropTable tableName="u"/></rollback>\n  </changeSet>\n</databaseChangeLog>\n'
  },
  liquibaseYaml: {
    kind: 'liquibase',
    path: 'db/changelog.yaml',
    text: 'databaseChangeLog:\n  - changeSet:\n      changes:\n        - sql:\n            sql: |\n              DROP TABLE x;\n        - dropColumn:\n            tableName: u\n            columnName: e\n'
  }
};

const KINDS: MigrationKind[] = [
  'rails',
  'django',
  'alembic',
  'prisma',
  'drizzle',
  'flyway',
  'flyway-undo',
  'flyway-repeatable',
  'liquibase',
  'js-migration',
  'golang-migrate',
  'golang-migrate-down',
  'dbmate',
  'sqitch',
  'sqitch-revert',
  'ecto',
  'ef-core',
  'laravel',
  'sql',
  'custom'
];
const PATHS = [
  'migrations/x.sql',
  'db/migrate/x.rb',
  'a/migrations/0001_x.py',
  'migrations/1_x.js',
  'db/changelog.xml',
  'x.yaml',
  'Migrations/X.cs',
  'x.php',
  'x.exs',
  'x.unknown'
];

function file(path: string): ChangedFile {
  return { path, status: 'added', binary: false, commits: ['abc1234'] };
}

async function expectWellFormed(text: string, kind: MigrationKind, path: string): Promise<void> {
  const factors = await classifyMigration(file(path), text, null, kind);
  expect(factors.length).toBeGreaterThan(0);
  for (const factor of factors) {
    expect(factor.kind).toBe('migration');
    expect(['info', 'warning', 'blocker']).toContain(factor.severity);
    expect(factor.line === null || (Number.isInteger(factor.line) && factor.line >= 1)).toBe(true);
    expect(factor.detail.length).toBeGreaterThan(0);
  }
}

const sample = fc.constantFrom(...Object.values(SAMPLES));

describe('classifiers never throw and never return nothing', () => {
  test('random text under every kind and path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.constantFrom(...KINDS),
        fc.constantFrom(...PATHS),
        async (text, kind, path) => {
          await expectWellFormed(text, kind, path);
        }
      ),
      { numRuns: 200 }
    );
  });

  test('realistic migrations truncated at any point', async () => {
    await fc.assert(
      fc.asyncProperty(sample, fc.nat(), async (s, cut) => {
        await expectWellFormed(s.text.slice(0, cut % (s.text.length + 1)), s.kind, s.path);
      }),
      { numRuns: 150 }
    );
  });

  test('realistic migrations with random text spliced in', async () => {
    await fc.assert(
      fc.asyncProperty(sample, fc.nat(), fc.string({ maxLength: 12 }), async (s, at, noise) => {
        const position = at % (s.text.length + 1);
        await expectWellFormed(s.text.slice(0, position) + noise + s.text.slice(position), s.kind, s.path);
      }),
      { numRuns: 150 }
    );
  });

  test('raw SQL classifier on random and truncated SQL', async () => {
    const sqlText = fc.oneof(
      fc.string({ maxLength: 120 }),
      fc.nat().map((n) => SAMPLES['sql']!.text.slice(0, n % SAMPLES['sql']!.text.length))
    );
    await fc.assert(
      fc.asyncProperty(
        sqlText,
        fc.constantFrom(undefined, 'postgresql', 'mysql', 'sqlite', 'transactsql', 'mariadb'),
        async (sql, dialect) => {
          const findings = await classifySql(sql, dialect ? { dialect } : {});
          expect(Array.isArray(findings)).toBe(true);
        }
      ),
      { numRuns: 200 }
    );
  });
});

describe('generated Postgres migrations', () => {
  const additive = fc.constantFrom(
    'CREATE TABLE t_new (id bigint PRIMARY KEY)',
    'ALTER TABLE users ADD COLUMN nickname text',
    "ALTER TABLE users ADD COLUMN plan text NOT NULL DEFAULT 'free'",
    'CREATE INDEX users_nickname_idx ON users (nickname)',
    "COMMENT ON TABLE users IS 'people'",
    "ALTER TYPE mood ADD VALUE 'calm'"
  );
  const unsafe = fc.constantFrom(
    'ALTER TABLE users DROP COLUMN email',
    'ALTER TABLE users ADD COLUMN tenant_id int NOT NULL',
    'DROP TABLE sessions',
    'ALTER TABLE users RENAME COLUMN name TO full_name',
    'TRUNCATE audit',
    'CREATE UNIQUE INDEX u_email ON users (email)',
    'ALTER TABLE users ALTER COLUMN age TYPE smallint'
  );

  test('only additive statements: every finding is info', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(additive, { minLength: 1, maxLength: 6 }), async (statements) => {
        const findings = await classifySql(statements.map((s) => `${s};`).join('\n'));
        expect(findings).toHaveLength(statements.length);
        expect(findings.every((f) => f.severity === 'info')).toBe(true);
      }),
      { numRuns: 60 }
    );
  });

  test('one unsafe statement among additive ones is a blocker on its own line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(additive, { maxLength: 5 }),
        unsafe,
        fc.nat(),
        async (statements, bad, at) => {
          const position = at % (statements.length + 1);
          const all = [...statements.slice(0, position), bad, ...statements.slice(position)];
          const findings = await classifySql(all.map((s) => `${s};`).join('\n'));
          const blockers = findings.filter((f) => f.severity === 'blocker');
          expect(blockers.map((f) => f.line)).toEqual([position + 1]);
        }
      ),
      { numRuns: 60 }
    );
  });
});
