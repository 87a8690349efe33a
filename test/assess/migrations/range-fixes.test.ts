/** Issue 10, causes 9 and 12 on patterns seen in real ranges (fixtures written for this test). */
import { afterAll, describe, expect, it } from '@jest/globals';
import { stopPostgresParser } from '../../../src/assess/migrations/sql-postgres.js';
import { compareDefinitions } from '../../../src/assess/migrations/widening.js';
import { classifyRange } from './range-helpers.js';

afterAll(() => stopPostgresParser());

describe('a default added and dropped again in the range (cause 9)', () => {
  it('ADD COLUMN NOT NULL DEFAULT then DROP DEFAULT nets to a NOT NULL column N-1 cannot insert', async () => {
    const { all } = await classifyRange({
      head: {
        'prisma/migrations/20260101000000_quotas/migration.sql': [
          'ALTER TABLE "Team" ADD COLUMN "seatQuota" INTEGER NOT NULL DEFAULT 5;',
          'ALTER TABLE "Team" ALTER COLUMN "seatQuota" DROP DEFAULT;'
        ].join('\n')
      }
    });
    const blockers = all.filter((f) => f.severity === 'blocker');
    expect(blockers.map((f) => f.line)).toEqual([2]);
    expect(blockers[0]!.detail).toMatch(/N-1 does not write the column, so its inserts fail/);
  });

  it('a default kept on the new column stays additive', async () => {
    const { all } = await classifyRange({
      head: {
        'prisma/migrations/20260101000000_quotas/migration.sql':
          'ALTER TABLE "Team" ADD COLUMN "seatQuota" INTEGER NOT NULL DEFAULT 5;\n'
      }
    });
    expect(all.map((f) => f.severity)).toEqual(['info']);
  });
});

describe('data rewritten through ORM models (cause 12)', () => {
  const migration = (up: string): string =>
    [
      '<?php',
      'use Illuminate\\Database\\Migrations\\Migration;',
      'use App\\Models\\ApiToken;',
      'return new class extends Migration {',
      '  public function up() {',
      up,
      '  }',
      '};'
    ].join('\n');

  it('a Laravel migration that updates rows through an Eloquent model is a data-rewrite warning', async () => {
    const { all } = await classifyRange({
      head: {
        'database/migrations/2024_01_01_000000_reencode_tokens.php': migration(
          [
            "    ApiToken::select(['id', 'hash'])->chunk(50, function ($tokens) {",
            "      foreach ($tokens as $token) { $token->update(['hash' => strtolower($token->hash)]); }",
            '    });'
          ].join('\n')
        )
      }
    });
    const rewrite = all.filter((f) => f.category === 'data-rewrite');
    expect(rewrite.map((f) => [f.severity, f.line])).toEqual([['warning', 7]]);
    expect(all.some((f) => f.severity === 'blocker')).toBe(false);
  });

  it('schema calls on $table are not mistaken for model writes', async () => {
    const { all } = await classifyRange({
      head: {
        'database/migrations/2024_01_01_000000_add_note.php': migration(
          "    Schema::table('tokens', function ($table) { $table->string('note')->nullable(); });"
        )
      }
    });
    expect(all.some((f) => f.category === 'data-rewrite')).toBe(false);
  });
});

describe('versioned schema folders (cause 5)', () => {
  it('reads `versioned/v<semver>/*.sql` as SQL migrations, in the dialect the path names', async () => {
    const { all, candidates } = await classifyRange({
      base: {
        'schema/postgresql/v12/visibility/versioned/v1.4/index.sql':
          'CREATE INDEX by_type ON executions (type, start_time);\n'
      },
      head: {
        'schema/postgresql/v12/visibility/versioned/v1.4/index.sql':
          'CREATE INDEX CONCURRENTLY by_type ON executions (type, start_time);\n',
        'schema/mysql/v8/visibility/versioned/v1.5/drop.sql': 'ALTER TABLE executions DROP COLUMN memo;\n',
        'schema/cassandra/temporal/versioned/v1.5/drop.cql': 'ALTER TABLE executions DROP memo;\n',
        'docs/versioned/v1.5/notes.md': 'DROP COLUMN memo\n'
      }
    });
    expect(candidates.map((c) => c.file.path)).toEqual([
      'schema/postgresql/v12/visibility/versioned/v1.4/index.sql',
      'schema/mysql/v8/visibility/versioned/v1.5/drop.sql'
    ]);
    expect(all.map((f) => [f.severity, f.category])).toEqual([
      ['warning', 'edited'],
      ['blocker', 'destructive']
    ]);
  });
});

describe('type changes that most likely widen (cause 3)', () => {
  it('plain SQL TYPE BIGINT with the old type unknown is a warning; a bounded new type stays a blocker', async () => {
    const { all } = await classifyRange({
      head: {
        'migrations/0170_schema.up.sql': [
          'ALTER TABLE task ALTER COLUMN id TYPE BIGINT;',
          'ALTER TABLE task ALTER COLUMN name TYPE varchar(20);'
        ].join('\n')
      }
    });
    expect(all.map((f) => [f.severity, f.line])).toEqual([
      ['warning', 1],
      ['blocker', 2]
    ]);
    expect(all[0]!.detail).toMatch(/previous type was not found/);
  });

  it('json to jsonb keeps the values (a warning), in both directions', async () => {
    expect(compareDefinitions('postgresql.JSON', 'postgresql.JSONB')).toBe('reencodes');
    expect(compareDefinitions('jsonb', 'json')).toBe('reencodes');
    expect(compareDefinitions('json', 'integer')).toBe('changes');
    const { all } = await classifyRange({
      head: {
        'migrations/versions/4f1e2d_events_jsonb.py':
          "def upgrade():\n    op.alter_column('events', 'data', type_=postgresql.JSONB, existing_type=postgresql.JSON)\n"
      }
    });
    expect(all.map((f) => [f.severity, f.category])).toEqual([['warning', 'data-rewrite']]);
  });

  it('a Laravel column made nullable with ->change() is a warning, another ->change() a blocker', async () => {
    const { all } = await classifyRange({
      head: {
        'database/migrations/2022_01_01_000000_relax.php': [
          '<?php',
          'return new class extends Migration {',
          '  public function up() {',
          "    Schema::table('subscriptions', function (Blueprint $table) {",
          "      $table->integer('quantity')->nullable()->change();",
          "      $table->string('plan', 20)->change();",
          '    });',
          '  }',
          '};'
        ].join('\n')
      }
    });
    expect(all.map((f) => [f.severity, f.line])).toEqual([
      ['warning', 5],
      ['blocker', 6]
    ]);
  });
});

describe('formatting-only edits of old migrations (cause 1)', () => {
  const before = [
    "revision = 'a1b2c3'",
    "down_revision = 'f0e1d2'",
    '',
    'def upgrade():',
    '    op.add_column(',
    "        'users',",
    "        sa.Column('disabled_at', sa.DateTime(True), nullable=True)",
    '    )'
  ].join('\n');

  it('a Black reformat (quotes, wrapping, trailing commas) of an Alembic revision is info', async () => {
    const after = [
      'revision = "a1b2c3"',
      'down_revision = "f0e1d2"',
      '',
      'def upgrade():',
      '    op.add_column(',
      '        "users", sa.Column("disabled_at", sa.DateTime(True), nullable=True),',
      '    )'
    ].join('\n');
    const path = 'migrations/versions/a1b2c3_disabled_at.py';
    const { all } = await classifyRange({ base: { [path]: before }, head: { [path]: after } });
    expect(all.map((f) => [f.severity, f.category])).toEqual([['info', 'edited']]);
    expect(all[0]!.detail).toMatch(/only reformatted/);
  });

  it("Black's grouping parentheses around a condition or an import list are formatting too", async () => {
    const path = 'migrations/versions/b2c3d4_schedule.py';
    const old = [
      'from app.types import Configuration, PseudoJSON',
      'def upgrade():',
      "    if row.get('interval') is None and row.get('until') is None:",
      '        pass'
    ].join('\n');
    const black = [
      'from app.types import (',
      '    Configuration,',
      '    PseudoJSON,',
      ')',
      'def upgrade():',
      '    if (',
      '        row.get("interval") is None',
      '        and row.get("until") is None',
      '    ):',
      '        pass'
    ].join('\n');
    const { all } = await classifyRange({ base: { [path]: old }, head: { [path]: black } });
    expect(all.map((f) => f.severity)).toEqual(['info']);
  });

  it('an edit that changes a token is still a warning', async () => {
    const path = 'migrations/versions/a1b2c3_disabled_at.py';
    const after = before.replace('nullable=True', 'nullable=False');
    const { all } = await classifyRange({ base: { [path]: before }, head: { [path]: after } });
    expect(all.map((f) => [f.severity, f.category])).toEqual([['warning', 'edited']]);
  });

  it('in SQL, swapping \' for " is not formatting (a string becomes an identifier)', async () => {
    const path = 'migrations/0003_defaults.sql';
    const { all } = await classifyRange({
      base: { [path]: "ALTER TABLE users ALTER COLUMN role SET DEFAULT 'admin';" },
      head: { [path]: 'ALTER TABLE users ALTER COLUMN role SET DEFAULT "admin";' }
    });
    expect(all.map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('a unique index over a column the range added (cause 2)', () => {
  it('Rails: N-1 leaves the new column NULL, which the unique index accepts (a warning)', async () => {
    const { all } = await classifyRange({
      head: {
        'db/migrate/20250101000000_add_exchange_to_tickers.rb':
          'class AddExchangeToTickers < ActiveRecord::Migration[7.2]\n  def change\n    add_column :tickers, :exchange, :string\n  end\nend\n',
        'db/migrate/20250102000000_unique_ticker_exchange.rb':
          'class UniqueTickerExchange < ActiveRecord::Migration[7.2]\n  def change\n    add_index :tickers, [ :symbol, :exchange ], unique: true\n  end\nend\n'
      }
    });
    const unique = all.find((f) => /add_index/.test(f.detail ?? ''))!;
    expect(unique.severity).toBe('warning');
    expect(unique.detail).toMatch(/leaves it NULL, which a unique index accepts/);
  });

  it('Rails: a unique index over old columns only stays a blocker', async () => {
    const { all } = await classifyRange({
      head: {
        'db/migrate/20250102000000_unique_ticker.rb':
          'class UniqueTicker < ActiveRecord::Migration[7.2]\n  def change\n    add_index :tickers, [ :symbol, :mic ], unique: true\n  end\nend\n'
      }
    });
    expect(all.map((f) => f.severity)).toEqual(['blocker']);
  });

  it('EF Core: a unique index on the column added by the previous migration names the column and does not block', async () => {
    const migration = (name: string, body: string): string =>
      `public partial class ${name} : Migration\n{\n    protected override void Up(MigrationBuilder migrationBuilder)\n    {\n${body}\n    }\n}\n`;
    const { all } = await classifyRange({
      head: {
        'Migrations/20250101000000_AddNormalizedName.cs': migration(
          'AddNormalizedName',
          '        migrationBuilder.AddColumn<string>(name: "NormalizedName", table: "Users", type: "TEXT", nullable: true);'
        ),
        'Migrations/20250102000000_UniqueNormalizedName.cs': migration(
          'UniqueNormalizedName',
          '        migrationBuilder.CreateIndex(name: "IX_Users_NormalizedName", table: "Users", column: "NormalizedName", unique: true);'
        )
      }
    });
    // The index covers only the new column: N-1 never uses it (info), and nothing blocks.
    expect(all.map((f) => f.severity)).toEqual(['info', 'info']);
    expect(all[1]!.detail).toMatch(/users\.normalizedname was created in this range/);
  });
});

describe('an enum column turned into a string, then its type dropped (cause 2/3)', () => {
  const schema = [
    'ActiveRecord::Schema[7.2].define(version: 2025_01_01_000000) do',
    '  create_table "imports", id: :uuid do |t|',
    '    t.enum "status", default: "pending", enum_type: "import_status"',
    '  end',
    'end'
  ].join('\n');
  const migration = (body: string): string =>
    `class RemoveImportStatusEnum < ActiveRecord::Migration[7.2]\n  def up\n${body}\n  end\nend\n`;

  it('is a widening and the DROP TYPE that follows it is info', async () => {
    const { all } = await classifyRange({
      base: { 'db/schema.rb': schema },
      head: {
        'db/schema.rb': schema,
        'db/migrate/20250206000000_remove_import_status_enum.rb': migration(
          '    change_column :imports, :status, :string\n    execute "DROP TYPE IF EXISTS import_status"'
        )
      }
    });
    expect(all.filter((f) => f.severity === 'blocker')).toEqual([]);
  });

  it('a DROP TYPE of an enum whose columns the range did not convert stays a blocker', async () => {
    const { all } = await classifyRange({
      base: { 'db/schema.rb': schema },
      head: {
        'db/schema.rb': schema,
        'db/migrate/20250206000000_drop_other_enum.rb': migration(
          '    execute "DROP TYPE IF EXISTS payment_status"'
        )
      }
    });
    expect(all.map((f) => f.severity)).toEqual(['blocker']);
  });
});

describe('Rails rows rewritten through a model (cause 12)', () => {
  it('find_each with update! is a data-rewrite warning, not "no operation recognised"', async () => {
    const { all } = await classifyRange({
      head: {
        'db/migrate/20250301000000_normalise_currencies.rb': [
          'class NormaliseCurrencies < ActiveRecord::Migration[7.2]',
          '  def up',
          '    Account.find_each do |account|',
          '      account.update!(currency: account.currency.upcase)',
          '    end',
          '  end',
          'end'
        ].join('\n')
      }
    });
    expect(all.map((f) => [f.severity, f.category, f.line])).toEqual([['warning', 'data-rewrite', 4]]);
  });
});

describe("Django fields' default max_length (cause 3)", () => {
  it('URLField without max_length is 200 long, so 2048 widens it', () => {
    expect(
      compareDefinitions(
        'models.URLField(blank=True, null=True)',
        'models.URLField(max_length=2048, null=True)'
      )
    ).toBe('widens');
    expect(compareDefinitions('models.SlugField()', 'models.SlugField(max_length=40)')).toBe('narrows');
  });
});
