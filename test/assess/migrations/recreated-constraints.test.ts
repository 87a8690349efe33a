import { analyseEfCore } from '../../../src/assess/migrations/orm/efcore.js';
import { analyseRails } from '../../../src/assess/migrations/orm/rails.js';
import { analyseAlembic } from '../../../src/assess/migrations/orm/alembic.js';
import type { MigrationAnalysis } from '../../../src/assess/migrations/types.js';

const summary = (analysis: MigrationAnalysis) =>
  analysis.findings.map((f) => [f.severity, f.line, f.operation]);

/** An EF Core migration whose Up drops and recreates `IX_Grants_OwnerId_Scope`, and whose Down restores `previous`. */
function efMigration(created: string, previous: string, upExtra = ''): string {
  return `public partial class ReworkGrants : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_Grants_OwnerId_Scope",
            table: "Grants");
${upExtra}
        migrationBuilder.CreateIndex(
            name: "IX_Grants_OwnerId_Scope",
            table: "Grants",
            ${created});
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_Grants_OwnerId_Scope",
            table: "Grants");

        migrationBuilder.CreateIndex(
            name: "IX_Grants_OwnerId_Scope",
            table: "Grants",
            ${previous});
    }
}
`;
}

describe('EF Core: a unique index dropped and recreated', () => {
  test('over the same columns, restored unique by Down: info for both calls', async () => {
    const analysis = await analyseEfCore(
      efMigration(
        'columns: ["OwnerId", "Scope"],\n            unique: true',
        'columns: new[] { "OwnerId", "Scope" },\n            unique: true'
      )
    );
    expect(summary(analysis)).toEqual([
      ['info', 5, 'DropIndex IX_Grants_OwnerId_Scope'],
      ['info', 9, 'CreateIndex IX_Grants_OwnerId_Scope unique: true']
    ]);
    expect(analysis.findings[1]!.note).toMatch(/over the same columns \(Grants.OwnerId, Scope\)/);
  });

  test('a previous index that was not unique makes the recreated one a new constraint', async () => {
    const analysis = await analyseEfCore(
      efMigration('columns: ["OwnerId", "Scope"],\n            unique: true', 'columns: ["OwnerId", "Scope"]')
    );
    expect(summary(analysis)).toContainEqual([
      'blocker',
      9,
      'CreateIndex IX_Grants_OwnerId_Scope unique: true'
    ]);
  });

  test('other columns than before: still a blocker', async () => {
    const analysis = await analyseEfCore(
      efMigration(
        'columns: ["OwnerId"],\n            unique: true',
        'columns: ["OwnerId", "Scope"],\n            unique: true'
      )
    );
    expect(summary(analysis)).toContainEqual([
      'blocker',
      9,
      'CreateIndex IX_Grants_OwnerId_Scope unique: true'
    ]);
  });

  test("dropping a `[c] IS NOT NULL` filter on one of the index's columns changes nothing (SQLite)", async () => {
    const analysis = await analyseEfCore(
      efMigration(
        'columns: ["OwnerId", "Scope"],\n            unique: true',
        'columns: ["OwnerId", "Scope"],\n            unique: true,\n            filter: "[OwnerId] IS NOT NULL"'
      ),
      'sqlite'
    );
    expect(analysis.findings.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(analysis.findings[1]!.note).toMatch(/only exempted NULLs/);
  });

  test('on SQL Server the same filter mattered unless the column became NOT NULL', async () => {
    const previous =
      'columns: ["OwnerId", "Scope"],\n            unique: true,\n            filter: "[OwnerId] IS NOT NULL"';
    const created = 'columns: ["OwnerId", "Scope"],\n            unique: true';
    const plain = await analyseEfCore(efMigration(created, previous), 'transactsql');
    expect(plain.findings[1]!.severity).toBe('warning');
    const notNull = `        migrationBuilder.AlterColumn<Guid>(
            name: "OwnerId",
            table: "Grants",
            type: "uniqueidentifier",
            nullable: false,
            oldClrType: typeof(Guid),
            oldType: "uniqueidentifier",
            oldNullable: true);
`;
    const withNotNull = await analyseEfCore(efMigration(created, previous, notNull), 'transactsql');
    const recreated = withNotNull.findings.find((f) => f.operation.startsWith('CreateIndex'));
    expect(recreated?.severity).toBe('info');
  });

  test('another filter is a warning that names both', async () => {
    const analysis = await analyseEfCore(
      efMigration(
        'columns: ["OwnerId", "Scope"],\n            unique: true',
        'columns: ["OwnerId", "Scope"],\n            unique: true,\n            filter: "[Revoked] = 0"'
      ),
      'sqlite'
    );
    expect(analysis.findings[1]!.severity).toBe('warning');
    expect(analysis.findings[1]!.note).toMatch(/filter changes from \[Revoked\] = 0 to none/);
  });
});

describe('Rails: a foreign key removed and added again', () => {
  test('with the same options it is info; the removal stays info', async () => {
    const analysis = await analyseRails(`class Relink < ActiveRecord::Migration[7.1]
  def change
    remove_foreign_key :payments, :invoices
    add_foreign_key :payments, :invoices
  end
end
`);
    expect(summary(analysis)).toEqual([
      ['info', 3, 'remove_foreign_key payments'],
      ['info', 4, 'add_foreign_key payments']
    ]);
    expect(analysis.findings[1]!.note).toMatch(/payments -> invoices \(invoice_id\) removed at line 3/);
  });

  test('with a new on_delete it is a warning naming it', async () => {
    const analysis = await analyseRails(`class Relink < ActiveRecord::Migration[7.1]
  def change
    remove_foreign_key :payments, :invoices, column: :source_invoice_id
    add_foreign_key :payments, :invoices,
                    column: :source_invoice_id,
                    on_delete: :cascade
  end
end
`);
    expect(analysis.findings[1]!.severity).toBe('warning');
    expect(analysis.findings[1]!.note).toMatch(/on_delete: :cascade/);
  });

  test('a key on another column than the one removed is a new constraint', async () => {
    const analysis = await analyseRails(`class Relink < ActiveRecord::Migration[7.1]
  def change
    remove_foreign_key :payments, :invoices, column: :source_invoice_id
    add_foreign_key :payments, :invoices, column: :target_invoice_id
  end
end
`);
    expect(summary(analysis)).toContainEqual(['blocker', 4, 'add_foreign_key payments']);
  });

  test('a removal in the down direction does not pair with the up addition', async () => {
    const analysis = await analyseRails(`class Link < ActiveRecord::Migration[7.1]
  def up
    add_foreign_key :payments, :invoices
  end

  def down
    remove_foreign_key :payments, :invoices
  end
end
`);
    expect(summary(analysis)).toContainEqual(['blocker', 3, 'add_foreign_key payments']);
  });
});

describe('Alembic: a constraint dropped and created again, restored by downgrade()', () => {
  const revision = (upgrade: string, downgrade: string): string => `from alembic import op

revision = "5d2e1f0a9b8c"
down_revision = "4c1d0e9f8a7b"


def upgrade():
${upgrade}


def downgrade():
${downgrade}
`;

  test('a foreign key recreated with ondelete: warning naming the option', async () => {
    const analysis = await analyseAlembic(
      revision(
        `    op.drop_constraint("payments_invoice_id_fkey", "payments", type_="foreignkey")
    op.create_foreign_key(
        "payments_invoice_id_fkey", "payments", "invoices", ["invoice_id"], ["id"], ondelete="CASCADE"
    )`,
        `    op.drop_constraint("payments_invoice_id_fkey", "payments", type_="foreignkey")
    op.create_foreign_key("payments_invoice_id_fkey", "payments", "invoices", ["invoice_id"], ["id"])`
      )
    );
    const recreated = analysis.findings.find((f) => f.operation.startsWith('create_foreign_key'));
    expect(recreated?.severity).toBe('warning');
    expect(recreated?.note).toMatch(/foreign key \(invoice_id\) -> invoices \(id\).*now ondelete="CASCADE"/);
  });

  test('a unique constraint renamed over the same columns: info', async () => {
    const analysis = await analyseAlembic(
      revision(
        `    op.drop_constraint("uq_tags_label", "tags", type_="unique")
    op.create_unique_constraint("uq_tags_owner_label", "tags", ["owner_id", "label"])`,
        `    op.drop_constraint("uq_tags_owner_label", "tags", type_="unique")
    op.create_unique_constraint("uq_tags_label", "tags", ["owner_id", "label"])`
      )
    );
    expect(summary(analysis)).toEqual([
      ['info', 8, 'drop_constraint uq_tags_label'],
      ['info', 9, 'create_unique_constraint on tags']
    ]);
  });

  test('a unique index where there was a plain one: still a blocker', async () => {
    const analysis = await analyseAlembic(
      revision(
        `    op.drop_index("ix_tags_label", table_name="tags")
    op.create_index("ix_tags_label", "tags", ["label"], unique=True)`,
        `    op.drop_index("ix_tags_label", table_name="tags")
    op.create_index("ix_tags_label", "tags", ["label"])`
      )
    );
    expect(summary(analysis)).toContainEqual(['blocker', 9, 'create_index unique=True on tags']);
  });

  test('a unique constraint over more columns than before: still a blocker', async () => {
    const analysis = await analyseAlembic(
      revision(
        `    op.drop_constraint("uq_tags", "tags", type_="unique")
    op.create_unique_constraint("uq_tags", "tags", ["label"])`,
        `    op.drop_constraint("uq_tags", "tags", type_="unique")
    op.create_unique_constraint("uq_tags", "tags", ["owner_id", "label"])`
      )
    );
    expect(summary(analysis)).toContainEqual(['blocker', 9, 'create_unique_constraint on tags']);
  });
});
