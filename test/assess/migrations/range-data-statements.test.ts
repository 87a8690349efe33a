/** Data statements, swaps and checks judged in a range of migrations (FINDINGS.md causes 2 and 13). */
import { afterAll, describe, expect, it } from '@jest/globals';
import { stopPostgresParser } from '../../../src/assess/migrations/sql-postgres.js';
import { columnsOfCheck, checkToleratesNull } from '../../../src/assess/migrations/sql-statements.js';
import { classifyRange } from './range-helpers.js';

afterAll(() => stopPostgresParser());

const blockers = (factors: { severity: string; detail: string }[]) =>
  factors.filter((f) => f.severity === 'blocker').map((f) => f.detail.split(' in ')[0]);

describe('a CHECK on columns the range added', () => {
  it('tolerating NULL, it cannot reject N-1 (which leaves the column NULL or at its default)', async () => {
    const { all } = await classifyRange({
      head: {
        'db/migration/V20__kind.sql': [
          'ALTER TABLE payments ADD COLUMN channel text;',
          "ALTER TABLE payments ADD CONSTRAINT payments_channel_check CHECK (channel IN ('web', 'pos'));"
        ].join('\n')
      }
    });
    expect(blockers(all)).toEqual([]);
  });

  it('testing for NULL itself, it rejects the NULL N-1 leaves there: still a blocker', async () => {
    const { all } = await classifyRange({
      head: {
        'db/migration/V20__kind.sql': [
          'ALTER TABLE payments ADD COLUMN channel text;',
          'ALTER TABLE payments ADD CONSTRAINT payments_channel_present CHECK (channel IS NOT NULL);'
        ].join('\n')
      }
    });
    expect(blockers(all)).toEqual(['ADD CONSTRAINT payments_channel_present CHECK ON payments']);
  });

  it('on a column N-1 knows, still a blocker', async () => {
    const { all } = await classifyRange({
      head: {
        'db/migration/V20__kind.sql':
          "ALTER TABLE payments ADD CONSTRAINT payments_state_check CHECK (state IN ('open', 'paid'));"
      }
    });
    expect(blockers(all)).toHaveLength(1);
  });

  it('Ecto: create constraint(check: ...) on a column added with a default in the same file', async () => {
    const { all } = await classifyRange({
      head: {
        'priv/repo/migrations/20260101120000_add_channel.exs': `defmodule App.Repo.Migrations.AddChannel do
  use Ecto.Migration

  def change do
    alter table(:payments) do
      add :channel, :text, null: false, default: "web"
    end

    create constraint(:payments, :payments_channel_check,
             check: "channel IN ('web', 'pos')"
           )

    create constraint(:payments, :payments_amount_positive, check: "amount > 0")
  end
end
`
      }
    });
    // The check on the old column amount stays; the one on the new column is info.
    expect(blockers(all)).toEqual(['create constraint']);
    expect(all.find((f) => f.line === 9)?.severity).toBe('info');
  });

  it('reads the columns of a CHECK written as text', () => {
    expect(columnsOfCheck("status IN ('a', 'b') AND qty::numeric > 0 AND lower(code) <> 'x'")).toEqual([
      'status',
      'qty',
      'code'
    ]);
    expect(checkToleratesNull("status IN ('a', 'b')")).toBe(true);
    expect(checkToleratesNull('status IS NOT NULL')).toBe(false);
    expect(checkToleratesNull("coalesce(status, '') <> ''")).toBe(false);
    expect(checkToleratesNull("lower(status) = 'a'")).toBe(false);
  });
});

describe('data statements in a range', () => {
  it('a Rails move (copy to a new table, delete the copied rows) leaves no blocker; emptying a table does', async () => {
    const { byPath } = await classifyRange({
      head: {
        'db/migrate/20250101000000_archive_refunds.rb': `class ArchiveRefunds < ActiveRecord::Migration[7.2]
  def up
    create_table :archived_refunds do |t|
      t.references :payment, null: false
    end
    execute <<~SQL
      INSERT INTO archived_refunds (payment_id) SELECT payment_id FROM refunds WHERE state = 'void'
    SQL
    execute <<~SQL
      DELETE FROM refunds WHERE state = 'void'
    SQL
  end
end
`,
        'db/migrate/20250102000000_reset_audit.rb': `class ResetAudit < ActiveRecord::Migration[7.2]
  def up
    execute "DELETE FROM audit_events"
  end
end
`
      }
    });
    const move = byPath.get('db/migrate/20250101000000_archive_refunds.rb')!;
    expect(blockers(move)).toEqual([]);
    expect(move.find((f) => f.detail.startsWith('DELETE FROM refunds'))?.detail).toMatch(
      /removes only the rows matching its condition \(state = 'void'\)/
    );
    expect(blockers(byPath.get('db/migrate/20250102000000_reset_audit.rb')!)).toEqual([
      'DELETE FROM audit_events'
    ]);
  });

  it('Alembic: a jsonb_set that adds a key only where absent is a warning, the range caution', async () => {
    const { all } = await classifyRange({
      head: {
        'migrations/versions/3f1c2a7b9d10_default_widget_theme.py': `"""default widget theme

Revision ID: 3f1c2a7b9d10
Revises: 0a1b2c3d4e5f
"""
from alembic import op

revision = "3f1c2a7b9d10"
down_revision = "0a1b2c3d4e5f"


def upgrade():
    op.execute("""
    UPDATE widgets SET settings = jsonb_set(settings, '{theme}', '"light"')
    WHERE settings->>'theme' IS NULL;
    """)


def downgrade():
    pass
`
      }
    });
    expect(blockers(all)).toEqual([]);
    expect(all.find((f) => f.severity === 'warning')?.detail).toMatch(
      /adds the JSON key 'theme' to settings/
    );
  });
});
