import { analyseAlembic } from '../../../src/assess/migrations/orm/alembic.js';
import { analyseDjango } from '../../../src/assess/migrations/orm/django.js';
import { analyseEcto } from '../../../src/assess/migrations/orm/ecto.js';
import { analyseEfCore } from '../../../src/assess/migrations/orm/efcore.js';
import { analyseJavaScript, jsFramework } from '../../../src/assess/migrations/orm/javascript.js';
import { analyseLaravel } from '../../../src/assess/migrations/orm/laravel.js';
import { analyseLiquibase } from '../../../src/assess/migrations/orm/liquibase.js';
import { analyseRails } from '../../../src/assess/migrations/orm/rails.js';
import type { MigrationAnalysis } from '../../../src/assess/migrations/types.js';

const summary = (analysis: MigrationAnalysis) =>
  analysis.findings.map((f) => [f.severity, f.line, f.operation]);

describe('Rails', () => {
  test('safe: new table, nullable column, plain index', async () => {
    const source = `class AddProfiles < ActiveRecord::Migration[7.1]
  def change
    create_table :profiles do |t|
      t.references :user, null: false
      t.string :bio, null: false
      t.timestamps
    end
    add_column :users, :nickname, :string
    add_column :users, :plan, :string, null: false, default: "free"
    add_index :users, :nickname
  end
end
`;
    const analysis = await analyseRails(source);
    expect(summary(analysis)).toEqual([
      ['info', 3, 'create_table profiles'],
      ['info', 8, 'add_column users.nickname'],
      ['info', 9, 'add_column users.plan'],
      ['info', 10, 'add_index users']
    ]);
    expect(analysis.down).toBeNull();
  });

  test('unsafe: NOT NULL without default, removals, renames, execute with a heredoc; down side noted', async () => {
    const source = `class RestructureUsers < ActiveRecord::Migration[7.1]
  def up
    add_column :users, :tenant_id, :bigint,
               null: false
    # remove_column :users, :not_really
    remove_column :users, :email
    rename_column :users, :name, :full_name
    change_column :users, :age, :integer
    change_column_null :users, :full_name, false
    add_index :users, :full_name, unique: true
    execute <<~SQL
      UPDATE users SET tenant_id = 1;
    SQL
    execute "ALTER TABLE users ADD COLUMN #{column} text"
  end

  def down
    add_column :users, :email, :string
    remove_column :users, :tenant_id
  end
end
`;
    const analysis = await analyseRails(source);
    expect(summary(analysis)).toEqual([
      ['blocker', 3, 'add_column users.tenant_id null: false without default'],
      ['blocker', 6, 'remove_column users.email'],
      ['blocker', 7, 'rename_column users.name to full_name'],
      ['blocker', 8, 'change_column users.age to integer'],
      ['blocker', 9, 'change_column_null users.full_name, false'],
      ['blocker', 10, 'add_index users unique: true'],
      ['blocker', 12, 'UPDATE users (data rewrite)'],
      ['warning', 14, 'execute with SQL built at run time']
    ]);
    expect(analysis.down).toEqual({ line: 17, dataLoss: ['remove_column users.tenant_id'] });
  });
});

test('Rails change_table: NOT NULL column without default and removals name the table', async () => {
  const source = `class ChangeUsers < ActiveRecord::Migration[7.1]
  def change
    create_table :coupons do |t|
      t.string :code, null: false
    end
    change_table :users do |t|
      t.string :nickname
      t.integer :tenant_id, null: false
      t.remove :email
    end
  end
end
`;
  expect(summary(await analyseRails(source))).toEqual([
    ['info', 3, 'create_table coupons'],
    ['info', 7, 'change_table t.string users.nickname'],
    ['blocker', 8, 'change_table t.integer users.tenant_id null: false without default'],
    ['blocker', 9, 'change_table t.remove users.email']
  ]);
});

describe('Django', () => {
  test('safe: new model, nullable field, index', async () => {
    const source = `from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("shop", "0001_initial")]

    operations = [
        migrations.CreateModel(
            name="Coupon",
            fields=[("id", models.BigAutoField(primary_key=True)), ("code", models.CharField(max_length=20))],
        ),
        migrations.AddField(
            model_name="order",
            name="note",
            field=models.TextField(null=True, blank=True),
        ),
        migrations.AddIndex(model_name="order", index=models.Index(fields=["created"], name="order_created_idx")),
    ]
`;
    expect(summary(await analyseDjango(source))).toEqual([
      ['info', 8, 'CreateModel Coupon'],
      ['info', 12, 'AddField order.note'],
      ['info', 17, 'AddIndex order']
    ]);
  });

  test('unsafe: NOT NULL field, removal, rename, RunSQL and RunPython', async () => {
    const source = `from django.db import migrations, models


def backfill(apps, schema_editor):
    pass


class Migration(migrations.Migration):
    operations = [
        migrations.AddField(
            model_name="order",
            name="currency",
            field=models.CharField(max_length=3),
        ),
        migrations.AddField(model_name="order", name="status", field=models.CharField(max_length=9, default="new")),
        migrations.RemoveField(model_name="order", name="legacy_total"),
        migrations.RenameField(model_name="order", old_name="total", new_name="amount"),
        migrations.AlterField(model_name="order", name="amount", field=models.DecimalField(max_digits=8, decimal_places=2)),
        migrations.RunSQL(
            "ALTER TABLE shop_order DROP COLUMN coupon_code;",
            reverse_sql=migrations.RunSQL.noop,
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
        migrations.DeleteModel(name="Voucher"),
    ]
`;
    expect(summary(await analyseDjango(source))).toEqual([
      ['blocker', 10, 'AddField order.currency NOT NULL without default'],
      // The default lives only in Django: N-1's inserts omit the column and fail (issue 10, cause 9).
      ['blocker', 15, 'AddField order.status NOT NULL with a default only in Django'],
      ['blocker', 16, 'RemoveField order.legacy_total'],
      ['blocker', 17, 'RenameField order.total to amount'],
      ['blocker', 18, 'AlterField order.amount'],
      ['blocker', 20, 'DROP COLUMN shop_order.coupon_code'],
      ['warning', 23, 'RunPython data migration'],
      ['blocker', 24, 'DeleteModel Voucher']
    ]);
  });
});

describe('Alembic', () => {
  test('safe: nullable column and server default; downgrade noted', async () => {
    const source = `"""add nickname

Revision ID: 3f2a
"""
from alembic import op
import sqlalchemy as sa


def upgrade():
    op.add_column("users", sa.Column("nickname", sa.String(), nullable=True))
    op.add_column("users", sa.Column("plan", sa.String(), nullable=False, server_default="free"))
    op.create_index("ix_users_nickname", "users", ["nickname"])


def downgrade():
    op.drop_index("ix_users_nickname")
    op.drop_column("users", "plan")
    op.drop_column("users", "nickname")
`;
    const analysis = await analyseAlembic(source);
    expect(summary(analysis)).toEqual([
      ['info', 10, 'add_column users.nickname'],
      ['info', 11, 'add_column users.plan'],
      ['info', 12, 'create_index on users']
    ]);
    expect(analysis.down).toEqual({
      line: 15,
      dataLoss: ['drop_column users.plan', 'drop_column users.nickname']
    });
  });

  test('unsafe: NOT NULL without server_default, drop, rename via alter_column, execute', async () => {
    const source = `def upgrade():
    op.add_column("users", sa.Column("tenant_id", sa.BigInteger(), nullable=False))
    op.drop_column("users", "email")
    op.alter_column("users", "name", new_column_name="full_name")
    op.alter_column("users", "age", type_=sa.SmallInteger())
    op.execute("""
        DELETE FROM sessions WHERE expired
    """)
    with op.batch_alter_table("orders") as batch_op:
        batch_op.drop_column("coupon")


def downgrade():
    pass
`;
    expect(summary(await analyseAlembic(source))).toEqual([
      ['blocker', 2, 'add_column users.tenant_id nullable=False without server_default'],
      ['blocker', 3, 'drop_column users.email'],
      ['blocker', 4, 'alter_column users.name new_column_name=full_name'],
      ['blocker', 5, 'alter_column users.age type_=sa.SmallInteger()'],
      ['warning', 7, 'DELETE FROM sessions'],
      ['blocker', 10, 'drop_column coupon']
    ]);
  });
});

describe('Knex, Sequelize, TypeORM', () => {
  test('framework is confirmed from content', () => {
    expect(jsFramework('exports.up = function (knex) {}')).toBe('knex');
    expect(jsFramework('module.exports = { up: async (queryInterface, Sequelize) => {} }')).toBe('sequelize');
    expect(jsFramework('export class A implements MigrationInterface {}')).toBe('typeorm');
    expect(jsFramework('export const routes = []')).toBeNull();
  });

  test('Knex safe: createTable with NOT NULL columns, nullable column in alterTable', async () => {
    const source = `exports.up = async function (knex) {
  await knex.schema.createTable('invoices', (table) => {
    table.increments('id');
    table.string('number').notNullable();
  });
  await knex.schema.alterTable('users', (table) => {
    table.string('nickname').nullable();
    table.string('plan').notNullable().defaultTo('free');
  });
};

exports.down = async function (knex) {
  await knex.schema.dropTable('invoices');
};
`;
    const analysis = await analyseJavaScript(source);
    expect(summary(analysis)).toEqual([['info', 2, 'createTable invoices']]);
    expect(analysis.framework).toBe('knex');
    expect(analysis.down).toEqual({ line: 12, dataLoss: ['dropTable invoices'] });
  });

  test('Knex unsafe: notNullable without default in alterTable, dropColumn, raw SQL', async () => {
    const source = `export async function up(knex) {
  await knex.schema.alterTable('users', (table) => {
    table.bigInteger('tenant_id').notNullable();
    table.dropColumn('email');
    table.renameColumn('name', 'full_name');
  });
  await knex.raw('UPDATE users SET tenant_id = 1');
}

export async function down(knex) {}
`;
    expect(summary(await analyseJavaScript(source))).toEqual([
      ['blocker', 3, 'users.tenant_id notNullable() without defaultTo in alterTable'],
      ['blocker', 4, 'dropColumn users.email'],
      ['blocker', 5, 'renameColumn users.name'],
      ['blocker', 7, 'UPDATE users (data rewrite)']
    ]);
  });

  test('Sequelize: allowNull false without default blocks, nullable column does not', async () => {
    const source = `'use strict';
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn('Users', 'nickname', { type: Sequelize.STRING });
    await queryInterface.addColumn('Users', 'tenantId', {
      type: Sequelize.INTEGER,
      allowNull: false,
    });
    await queryInterface.removeColumn('Users', 'email');
  },
  async down(queryInterface) {
    await queryInterface.removeColumn('Users', 'tenantId');
  },
};
`;
    const analysis = await analyseJavaScript(source);
    expect(summary(analysis)).toEqual([
      ['info', 4, 'addColumn Users.nickname'],
      ['blocker', 5, 'addColumn Users.tenantId NOT NULL without default'],
      ['blocker', 9, 'removeColumn Users.email']
    ]);
    expect(analysis.framework).toBe('sequelize');
    expect(analysis.down?.dataLoss).toEqual(['removeColumn Users.tenantId']);
  });

  test('TypeORM: queryRunner.query SQL is classified; template placeholders are dynamic', async () => {
    const source = `import { MigrationInterface, QueryRunner } from "typeorm";

export class AddAge1700000000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`ALTER TABLE "user" ADD "age" integer\`);
        await queryRunner.query(\`ALTER TABLE "user" DROP COLUMN "email"\`);
        await queryRunner.query(\`UPDATE "\${table}" SET age = 0\`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`ALTER TABLE "user" DROP COLUMN "age"\`);
    }
}
`;
    const analysis = await analyseJavaScript(source);
    expect(summary(analysis)).toEqual([
      ['info', 5, 'ADD COLUMN user.age'],
      ['blocker', 6, 'DROP COLUMN user.email'],
      ['warning', 7, 'queryRunner.query with SQL built at run time']
    ]);
    expect(analysis.down).toEqual({ line: 10, dataLoss: ['DROP COLUMN user.age'] });
  });

  test('a timestamped JS file that is no known framework is a warning', async () => {
    const analysis = await analyseJavaScript('export const seed = [1, 2, 3];\n');
    expect(summary(analysis)).toEqual([
      ['warning', 1, 'migration-like file that is not Knex, Sequelize or TypeORM']
    ]);
  });
});

describe('Laravel', () => {
  test('safe: Schema::create and nullable columns; unsafe: NOT NULL column, dropColumn; nullable()->change() a warning', async () => {
    const source = `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('coupons', function (Blueprint $table) {
            $table->id();
            $table->string('code');
        });
        Schema::table('users', function (Blueprint $table) {
            $table->string('nickname')->nullable();
            $table->string('plan')->default('free');
            $table->unsignedBigInteger('tenant_id');
            $table->dropColumn('email');
            $table->integer('age')->nullable()->change();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('coupons');
    }
};
`;
    const analysis = await analyseLaravel(source);
    expect(summary(analysis)).toEqual([
      ['info', 11, 'Schema::create coupons'],
      ['info', 16, 'add column users.nickname'],
      ['info', 17, 'add column users.plan'],
      ['blocker', 18, 'add column users.tenant_id NOT NULL without default'],
      ['blocker', 19, 'dropColumn users.email'],
      // Made nullable only: widening (issue 10, cause 3), a warning since the type is not compared.
      ['warning', 20, '->nullable()->change() on column users.age']
    ]);
    expect(analysis.down).toEqual({ line: 24, dataLoss: ['Schema::dropIfExists coupons'] });
  });
});

describe('Ecto', () => {
  test('safe: new table and nullable column; unsafe: null: false, remove, modify, rename', async () => {
    const safe = `defmodule Shop.Repo.Migrations.AddCoupons do
  use Ecto.Migration

  def change do
    create table(:coupons) do
      add :code, :string, null: false
    end
    alter table(:orders) do
      add :note, :text
    end
    create index(:orders, [:note])
  end
end
`;
    expect(summary(await analyseEcto(safe))).toEqual([
      ['info', 5, 'create table(:coupons)'],
      ['info', 9, 'add orders.note'],
      ['info', 11, 'create index']
    ]);
    const unsafe = `defmodule Shop.Repo.Migrations.Restructure do
  use Ecto.Migration

  def up do
    alter table(:orders) do
      add :currency, :string, null: false
      remove :legacy_total
      modify :amount, :decimal
    end
    rename table(:orders), :total, to: :amount
    execute "UPDATE orders SET currency = 'EUR'"
  end

  def down do
    alter table(:orders) do
      remove :currency
    end
  end
end
`;
    const analysis = await analyseEcto(unsafe);
    expect(summary(analysis)).toEqual([
      ['blocker', 6, 'add orders.currency, null: false without default'],
      ['blocker', 7, 'remove orders.legacy_total'],
      ['blocker', 8, 'modify orders.amount'],
      ['blocker', 10, 'rename table(:orders)'],
      ['blocker', 11, 'UPDATE orders (data rewrite)']
    ]);
    expect(analysis.down).toEqual({ line: 14, dataLoss: ['remove orders.currency'] });
  });
});

describe('EF Core', () => {
  test('safe: nullable and defaulted columns; unsafe: NOT NULL, DropColumn, Sql in T-SQL', async () => {
    const source = `using Microsoft.EntityFrameworkCore.Migrations;

public partial class Restructure : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "Nickname",
            table: "Users",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "Plan",
            table: "Users",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.AddColumn<long>(
            name: "TenantId",
            table: "Users",
            nullable: false);

        migrationBuilder.DropColumn(
            name: "Email",
            table: "Users");

        migrationBuilder.Sql(@"UPDATE [Users] SET [Plan] = 1 WHERE [Plan] = 0");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "TenantId", table: "Users");
    }
}
`;
    const analysis = await analyseEfCore(source);
    expect(summary(analysis)).toEqual([
      ['info', 7, 'AddColumn Users.Nickname'],
      ['info', 12, 'AddColumn Users.Plan'],
      ['blocker', 18, 'AddColumn Users.TenantId nullable: false without defaultValue'],
      ['blocker', 23, 'DropColumn Users.Email'],
      ['blocker', 27, 'UPDATE Users (data rewrite)']
    ]);
    expect(analysis.down).toEqual({ line: 30, dataLoss: ['DropColumn Users.TenantId'] });
  });
});

describe('Liquibase', () => {
  test('XML: change types, <sql> bodies, <rollback> as the down side', async () => {
    const source = `<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="1" author="ana">
    <createTable tableName="coupons">
      <column name="id" type="bigint"><constraints primaryKey="true" nullable="false"/></column>
    </createTable>
    <addColumn tableName="users">
      <column name="nickname" type="varchar(50)"/>
    </addColumn>
  </changeSet>
  <changeSet id="2" author="ana">
    <dropColumn tableName="users" columnName="email"/>
    <addUniqueConstraint tableName="users" columnNames="nickname"/>
    <sql>
      UPDATE users SET nickname = 'x' WHERE nickname IS NULL;
    </sql>
    <rollback>
      <dropTable tableName="coupons"/>
    </rollback>
  </changeSet>
</databaseChangeLog>
`;
    const analysis = await analyseLiquibase(source);
    expect(summary(analysis)).toEqual([
      ['info', 4, 'createTable coupons'],
      ['info', 7, 'addColumn users.nickname'],
      ['blocker', 12, 'dropColumn users.email'],
      ['blocker', 13, 'addUniqueConstraint on users'],
      ['warning', 15, 'UPDATE users (data rewrite)']
    ]);
    expect(analysis.down).toEqual({ line: 17, dataLoss: ['dropTable coupons'] });
  });

  test('YAML: NOT NULL column without default, modifyDataType, sql block', async () => {
    const source = `databaseChangeLog:
  - changeSet:
      id: 3
      author: ana
      changes:
        - addColumn:
            tableName: users
            columns:
              - column:
                  name: tenant_id
                  type: bigint
                  constraints:
                    nullable: false
        - modifyDataType:
            tableName: users
            columnName: age
            newDataType: smallint
        - sql:
            sql: |
              ALTER TABLE users DROP COLUMN legacy;
`;
    expect(summary(await analyseLiquibase(source))).toEqual([
      ['blocker', 6, 'addColumn users.tenant_id nullable="false" without defaultValue'],
      ['blocker', 14, 'modifyDataType users.age to smallint'],
      ['blocker', 20, 'DROP COLUMN users.legacy']
    ]);
  });
});
