import { classifyMigration } from '../../../src/assess/migrations/index.js';
import type { ChangedFile } from '../../../src/assess/types.js';
import type { MigrationKind } from '../../../src/assess/migrations/types.js';

const f = (path: string): ChangedFile => ({ path, status: 'added', binary: false, commits: ['abc'] });
const cases: [string, MigrationKind, string][] = [
  ['db/migrate/1_x.rb', 'rails', `class X < ActiveRecord::Migration[7.1]
  def up
    add_column :users, :nickname, :string, null: false
    remove_column :users, :email
    # remove_column :users, :old
    execute <<~SQL
      UPDATE users SET nickname = name;
    SQL
    add_index :users, :nickname, unique: true
  end

  def down
    remove_column :users, :nickname
  end
end
`],
  ['app/migrations/0002_x.py', 'django', `from django.db import migrations, models
class Migration(migrations.Migration):
    operations = [
        migrations.AddField(
            model_name='user',
            name='age',
            field=models.IntegerField(),
        ),
        migrations.RemoveField(model_name='user', name='email'),
        migrations.RunSQL("ALTER TABLE users DROP COLUMN legacy;"),
        migrations.RunSQL(sql="ALTER TABLE (", reverse_sql=""),
    ]
`],
  ['alembic/versions/ab_x.py', 'alembic', `def upgrade():
    op.add_column('users', sa.Column('age', sa.Integer(), nullable=False))
    op.execute(sa.text("UPDATE users SET age = 0"))

def downgrade():
    op.drop_column('users', 'age')
`],
  ['migrations/2023_x.js', 'js-migration', `exports.up = function (knex) {
  return knex.schema.alterTable('users', (table) => {
    table.string('nick').notNullable();
    table.dropColumn('email');
  });
};
exports.down = function (knex) {
  return knex.schema.alterTable('users', (t) => { t.dropColumn('nick'); });
};
`],
  ['migrations/1680-x.ts', 'js-migration', `export class X implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`ALTER TABLE "user" RENAME COLUMN "name" TO "fullName"\`);
  }
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(\`ALTER TABLE "user" RENAME COLUMN "fullName" TO "name"\`);
  }
}
`],
  ['db/changelog/changelog.xml', 'liquibase', `<databaseChangeLog>
  <changeSet id="1" author="a">
    <dropColumn tableName="users" columnName="email"/>
    <sql><![CDATA[
      UPDATE users SET x = 1;
    ]]></sql>
    <rollback>
      <dropTable tableName="foo"/>
    </rollback>
  </changeSet>
</databaseChangeLog>
`],
  ['db/changelog/changelog.yaml', 'liquibase', `databaseChangeLog:
  - changeSet:
      id: 1
      author: a
      changes:
        - addColumn:
            tableName: users
            columns:
              - column:
                  name: age
                  type: int
                  constraints:
                    nullable: false
        - sql:
            sql: |
              ALTER TABLE users DROP COLUMN legacy;
      rollback:
        - dropColumn:
            tableName: users
            columnName: age
`],
  ['db/migrations/20230101_x.sql', 'dbmate', `-- migrate:up
CREATE TABLE foo (id int);
ALTER TABLE users ADD COLUMN bar text;

-- migrate:down
DROP TABLE foo;
`],
  ['database/migrations/2023_x.php', 'laravel', `<?php
return new class extends Migration {
    public function up(): void
    {
        Schema::table('users', function (Blueprint $table) {
            $table->string('nick');
            $table->string('bio')->nullable();
            $table->dropColumn('email');
        });
    }
    public function down(): void
    {
        Schema::table('users', function (Blueprint $table) { $table->dropColumn('nick'); });
    }
};
`],
  ['priv/repo/migrations/1_x.exs', 'ecto', `defmodule Repo.Migrations.X do
  use Ecto.Migration
  def change do
    alter table(:users) do
      add :age, :integer, null: false
      remove :email
    end
    create unique_index(:users, [:nick])
  end
end
`],
  ['Migrations/2023_X.cs', 'ef-core', `public partial class X : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(
            name: "Age",
            table: "Users",
            nullable: false);
        migrationBuilder.DropColumn(
            name: "Email",
            table: "Users");
        migrationBuilder.Sql(@"UPDATE [Users] SET [Age] = 1");
    }
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Age", table: "Users");
    }
}
`],
  ['db/V2__x.sql', 'flyway', 'ALTER TABLE `users` ADD COLUMN `x` int NOT NULL;\nALTER TABLE `users` DROP COLUMN `y`;\n'],
];

test('scratch', async () => {
  for (const [p, k, src] of cases) {
    const factors = await classifyMigration(f(p), src, null, k);
    console.log(p + '\n' + factors.map((x) => `  ${x.severity} L${x.line} ${x.detail} || ${x.recommendation}`).join('\n'));
  }
});
