/**
 * Django migrations judged by the state N-1 actually has: constraints on a column the range added,
 * SeparateDatabaseAndState, drops of models the base already detached, and previous definitions
 * found along the whole chain of an app's migrations.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { stopPostgresParser } from '../../../src/assess/migrations/sql-postgres.js';
import { classifyRange, shape } from './range-helpers.js';

afterAll(() => stopPostgresParser());

function migration(dependency: string | null, operations: string, header = ''): string {
  return `from django.db import migrations, models


class Migration(migrations.Migration):
${header}    dependencies = [${dependency ? `("library", "${dependency}")` : ''}]

    operations = [
${operations}
    ]
`;
}

const INITIAL = migration(
  null,
  `        migrations.CreateModel(
            name="Loan",
            fields=[
                ("id", models.AutoField(primary_key=True)),
                ("reader", models.ForeignKey(on_delete=models.CASCADE, to="library.reader")),
                ("label", models.CharField(max_length=40)),
            ],
        ),
        migrations.CreateModel(
            name="Shelf",
            fields=[
                ("id", models.AutoField(primary_key=True)),
                ("legacy_code", models.CharField(max_length=10)),
                ("position", models.IntegerField()),
            ],
        ),
        migrations.CreateModel(name="Scan", fields=[("id", models.AutoField(primary_key=True))]),`
);

describe('constraints on a column the range added', () => {
  const addColumn = migration(
    '0001_initial',
    `        migrations.AddField(
            model_name="loan",
            name="ticket",
            field=models.CharField(blank=True, max_length=64, null=True),
        ),
        migrations.AddConstraint(
            model_name="loan",
            constraint=models.CheckConstraint(
                condition=~models.Q(ticket=""),
                name="loan_ticket_not_blank",
            ),
        ),`
  );
  const uniqueConcurrently = migration(
    '0002_loan_ticket',
    `        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    sql="""
                    CREATE UNIQUE INDEX CONCURRENTLY loan_reader_ticket_key
                    ON library_loan ("reader_id", "ticket");
                    """,
                    reverse_sql="DROP INDEX CONCURRENTLY IF EXISTS loan_reader_ticket_key;",
                ),
                migrations.RunSQL(
                    sql="""
                    ALTER TABLE library_loan
                    ADD CONSTRAINT loan_reader_ticket_key
                    UNIQUE USING INDEX loan_reader_ticket_key;
                    """,
                    reverse_sql="ALTER TABLE library_loan DROP CONSTRAINT loan_reader_ticket_key;",
                ),
            ],
            state_operations=[
                migrations.AddConstraint(
                    model_name="loan",
                    constraint=models.UniqueConstraint(
                        fields=("reader", "ticket"), name="loan_reader_ticket_key"
                    ),
                ),
            ],
        ),`,
    '    atomic = False\n\n'
  );

  it('a unique index and a check on a new nullable column are no blocker, and the unique hazard is said once', async () => {
    const { all, byPath } = await classifyRange({
      base: { 'library/migrations/0001_initial.py': INITIAL },
      head: {
        'library/migrations/0001_initial.py': INITIAL,
        'library/migrations/0002_loan_ticket.py': addColumn,
        'library/migrations/0003_loan_ticket_unique.py': uniqueConcurrently
      }
    });
    expect(all.filter((f) => f.severity === 'blocker')).toEqual([]);
    const unique = byPath.get('library/migrations/0003_loan_ticket_unique.py')!;
    const warnings = unique.filter((f) => f.severity === 'warning');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.detail).toMatch(/^CREATE UNIQUE INDEX loan_reader_ticket_key ON library_loan/);
    expect(warnings[0]!.detail).toMatch(
      /library_loan\.ticket was added in this range .*a unique index accepts/
    );
    expect(unique.find((f) => /^ADD CONSTRAINT/.test(f.detail))?.detail).toMatch(
      /turns the unique index built at line 14 into a constraint/
    );
    expect(unique.find((f) => /^state only: AddConstraint/.test(f.detail))).toMatchObject({
      severity: 'info',
      line: 29
    });
    const check = byPath.get('library/migrations/0002_loan_ticket.py')!;
    expect(shape(check)).toEqual([
      ['info', 'additive', 8],
      ['info', 'additive', 13]
    ]);
  });

  it('the same constraints on a column N-1 already writes stay blockers', async () => {
    const onOldColumn = migration(
      '0001_initial',
      `        migrations.AddConstraint(
            model_name="loan",
            constraint=models.CheckConstraint(condition=~models.Q(label=""), name="loan_label_not_blank"),
        ),
        migrations.AddConstraint(
            model_name="loan",
            constraint=models.UniqueConstraint(fields=("reader", "label"), name="loan_reader_label_key"),
        ),`
    );
    const { all } = await classifyRange({
      base: { 'library/migrations/0001_initial.py': INITIAL },
      head: {
        'library/migrations/0001_initial.py': INITIAL,
        'library/migrations/0002_loan_label.py': onOldColumn
      }
    });
    expect(shape(all)).toEqual([
      ['blocker', 'constraining', 8],
      ['blocker', 'constraining', 12]
    ]);
  });

  it('NOT NULL without a default on a new column, or a check that rejects NULL, stays a blocker', async () => {
    const notNullLater = migration(
      '0001_initial',
      `        migrations.AddField(
            model_name="loan",
            name="ticket",
            field=models.CharField(max_length=64, null=True),
        ),
        migrations.AlterField(
            model_name="loan",
            name="ticket",
            field=models.CharField(max_length=64),
        ),
        migrations.AddConstraint(
            model_name="loan",
            constraint=models.CheckConstraint(
                condition=models.Q(ticket__isnull=False), name="loan_ticket_present"
            ),
        ),`
    );
    const { all } = await classifyRange({
      base: { 'library/migrations/0001_initial.py': INITIAL },
      head: {
        'library/migrations/0001_initial.py': INITIAL,
        'library/migrations/0002_loan_ticket.py': notNullLater
      }
    });
    expect(shape(all)).toEqual([
      ['info', 'additive', 8],
      ['blocker', 'constraining', 13],
      ['blocker', 'constraining', 18]
    ]);
    expect(all[1]!.detail).toMatch(/loan\.ticket was added in this range without NOT NULL/);
  });
});

describe('the same rules in plain SQL', () => {
  it('SET NOT NULL on a column the range added stays a blocker; with a database default it is a warning', async () => {
    const { all } = await classifyRange({
      head: {
        'db/migration/V20__ticket.sql':
          'ALTER TABLE loans ADD COLUMN ticket text;\nALTER TABLE loans ADD COLUMN code text;\n',
        'db/migration/V21__require.sql': [
          'ALTER TABLE loans ALTER COLUMN ticket SET NOT NULL;',
          "ALTER TABLE loans ALTER COLUMN code SET DEFAULT 'none';",
          'ALTER TABLE loans ALTER COLUMN code SET NOT NULL;'
        ].join('\n')
      }
    });
    const require = all.filter((f) => f.path === 'db/migration/V21__require.sql');
    expect(require.map((f) => [f.severity, f.line])).toEqual([
      ['blocker', 1],
      ['info', 2],
      ['warning', 3]
    ]);
    expect(require[0]!.detail).toMatch(/loans\.ticket was added in this range without NOT NULL/);
  });
});

describe('constraints on a column the range added with a database default', () => {
  it('a check on the new column alone is info; one that also reads a column N-1 writes, and a unique constraint on the defaulted column, stay blockers', async () => {
    const withDefault = migration(
      '0001_initial',
      `        migrations.AddField(
            model_name="loan",
            name="ticket",
            field=models.CharField(max_length=64, db_default="none"),
        ),
        migrations.AddConstraint(
            model_name="loan",
            constraint=models.CheckConstraint(condition=~models.Q(ticket=""), name="loan_ticket_not_blank"),
        ),
        migrations.AddConstraint(
            model_name="loan",
            constraint=models.CheckConstraint(
                condition=~models.Q(ticket="") & ~models.Q(label=""), name="loan_ticket_label_not_blank"
            ),
        ),
        migrations.AddConstraint(
            model_name="loan",
            constraint=models.UniqueConstraint(fields=("ticket",), name="loan_ticket_key"),
        ),`
    );
    const { all } = await classifyRange({
      base: { 'library/migrations/0001_initial.py': INITIAL },
      head: {
        'library/migrations/0001_initial.py': INITIAL,
        'library/migrations/0002_loan_ticket.py': withDefault
      }
    });
    expect(shape(all)).toEqual([
      ['info', 'additive', 8],
      ['info', 'additive', 13],
      ['blocker', 'constraining', 17],
      ['blocker', 'constraining', 23]
    ]);
    expect(all[3]!.detail).toMatch(/every insert from N-1 gets, so the second one collides/);
  });
});

describe('SeparateDatabaseAndState and models the base already detached', () => {
  const detach = migration(
    '0001_initial',
    `        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.AlterField(
                    model_name="shelf",
                    name="legacy_code",
                    field=models.CharField(max_length=10, db_default=""),
                ),
            ],
            state_operations=[
                migrations.RemoveField(model_name="shelf", name="legacy_code"),
                migrations.DeleteModel(name="Scan"),
            ],
        ),`
  );
  const drop = migration(
    '0002_detach_legacy',
    `        migrations.RunSQL(
            # The table went out of the models one release ago.
            sql="DROP TABLE IF EXISTS library_scan;",
            reverse_sql=migrations.RunSQL.noop,
        ),
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    sql="ALTER TABLE library_shelf DROP COLUMN legacy_code, DROP COLUMN position;",
                    reverse_sql=migrations.RunSQL.noop,
                ),
            ],
        ),`
  );

  it('dropping what N-1 no longer has in its model state is a warning; what it still has, a blocker', async () => {
    const { byPath } = await classifyRange({
      base: {
        'library/migrations/0001_initial.py': INITIAL,
        'library/migrations/0002_detach_legacy.py': detach
      },
      head: {
        'library/migrations/0001_initial.py': INITIAL,
        'library/migrations/0002_detach_legacy.py': detach,
        'library/migrations/0003_drop_legacy.py': drop
      }
    });
    const factors = byPath.get('library/migrations/0003_drop_legacy.py')!;
    const drops = factors.filter((f) => /^DROP/.test(f.detail));
    expect(drops.map((f) => [f.detail.split(' in ')[0], f.severity])).toEqual([
      ['DROP TABLE library_scan', 'warning'],
      ['DROP COLUMN library_shelf.legacy_code', 'warning'],
      ['DROP COLUMN library_shelf.position', 'blocker']
    ]);
    expect(drops[0]!.detail).toMatch(
      /the model scan was already removed from Django's model state before N-1 \(library\/migrations\/0002_detach_legacy\.py\)/
    );
    expect(factors.find((f) => /^SeparateDatabaseAndState/.test(f.detail))?.severity).toBe('info');
  });

  it('a detach in the same range leaves the drop a blocker: N-1 still uses the model', async () => {
    const { byPath } = await classifyRange({
      base: { 'library/migrations/0001_initial.py': INITIAL },
      head: {
        'library/migrations/0001_initial.py': INITIAL,
        'library/migrations/0002_detach_legacy.py': detach,
        'library/migrations/0003_drop_legacy.py': drop
      }
    });
    const drops = byPath.get('library/migrations/0003_drop_legacy.py')!.filter((f) => /^DROP/.test(f.detail));
    expect(drops.map((f) => f.severity)).toEqual(['blocker', 'blocker', 'blocker']);
    // The detach itself changes no schema N-1 meets: state only, and a database default added.
    const detached = byPath.get('library/migrations/0002_detach_legacy.py')!;
    expect(detached.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(detached.filter((f) => /^state only: /.test(f.detail))).toHaveLength(2);
  });
});

describe('SeparateDatabaseAndState with database operations no rule knows', () => {
  it('is a warning to check by hand, not an info', async () => {
    const custom = migration(
      '0001_initial',
      `        migrations.SeparateDatabaseAndState(
            database_operations=[
                PartitionTable(model_name="loan", by="reader"),
            ],
            state_operations=[
                migrations.AlterModelOptions(name="loan", options={"ordering": ["id"]}),
            ],
        ),`
    );
    const { all } = await classifyRange({
      base: { 'library/migrations/0001_initial.py': INITIAL },
      head: {
        'library/migrations/0001_initial.py': INITIAL,
        'library/migrations/0002_partition.py': custom
      }
    });
    expect(shape(all)).toEqual([
      ['warning', 'unparsed', 8],
      ['info', 'additive', 13]
    ]);
    expect(all[0]!.detail).toMatch(/no operation in its database_operations was recognised/);
  });
});

describe('a model with its own db_table', () => {
  const create = migration(
    null,
    `        migrations.CreateModel(
            name="Archive",
            fields=[("id", models.AutoField(primary_key=True))],
            options={"db_table": "legacy_archive"},
        ),`
  );
  const detach = migration(
    '0001_initial',
    `        migrations.SeparateDatabaseAndState(state_operations=[migrations.DeleteModel(name="Archive")]),`
  );
  const dropAndDetach = (dependency: string) =>
    migration(
      dependency,
      `        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Archive"),
            ],
            database_operations=[
                migrations.RunSQL("DROP TABLE legacy_archive;"),
            ],
        ),`
    );

  it('its table is matched through the db_table option: a blocker while N-1 has the model, a warning once detached', async () => {
    const stillUsed = await classifyRange({
      base: { 'library/migrations/0001_initial.py': create },
      head: {
        'library/migrations/0001_initial.py': create,
        'library/migrations/0002_drop_archive.py': dropAndDetach('0001_initial')
      }
    });
    expect(shape(stillUsed.all)).toEqual([
      ['info', 'additive', 8],
      ['info', 'additive', 10],
      ['blocker', 'destructive', 13]
    ]);
    const detached = await classifyRange({
      base: {
        'library/migrations/0001_initial.py': create,
        'library/migrations/0002_detach.py': detach
      },
      head: {
        'library/migrations/0001_initial.py': create,
        'library/migrations/0002_detach.py': detach,
        'library/migrations/0003_drop_archive.py': dropAndDetach('0002_detach')
      }
    });
    expect(detached.all.find((f) => /^DROP TABLE legacy_archive/.test(f.detail))).toMatchObject({
      severity: 'warning',
      line: 13
    });
  });
});

describe('choices', () => {
  const withChoices = (dependency: string | null, choices: string) =>
    migration(
      dependency,
      `        migrations.AddField(
            model_name="loan",
            name="state",
            field=models.CharField(
                choices=[${choices}],
                max_length=20,
                null=True,
            ),
        ),`.replace(dependency ? 'AddField' : '', dependency ? 'AlterField' : '')
    );
  const before = withChoices(null, '("OPEN", "open"), ("LOST", "lost"), ("RETURNED", "returned")');

  it('a choice removed further down the list is a warning; the same list rewrapped is info', async () => {
    const judge = async (choices: string) =>
      (
        await classifyRange({
          base: { 'library/migrations/0001_initial.py': before },
          head: {
            'library/migrations/0001_initial.py': before,
            'library/migrations/0002_state.py': withChoices('0001_initial', choices)
          }
        })
      ).all;
    const removed = await judge('("OPEN", "open"), ("RETURNED", "returned")');
    expect(shape(removed)).toEqual([['warning', 'constraining', 8]]);
    expect(removed[0]!.detail).toMatch(/only the collation, charset or choices change/);
    const rewrapped = await judge(
      '\n                    ("OPEN", "open"),\n                    ("LOST", "lost"),\n                    ("RETURNED", "returned"),\n                '
    );
    expect(shape(rewrapped)).toEqual([['info', 'additive', 8]]);
  });
});

describe('previous definitions along the whole chain', () => {
  it('a widening whose field was created dozens of migrations back, through a squashed migration, is info', async () => {
    const squashed = migration(
      null,
      `        migrations.CreateModel(
            name="Reader",
            fields=[("id", models.AutoField(primary_key=True)), ("homepage", models.URLField())],
        ),`,
      '    replaces = [("library", "0001_initial"), ("library", "0002_reader")]\n\n'
    );
    const base: Record<string, string> = { 'library/migrations/0001_squashed_0002.py': squashed };
    let previous = '0001_squashed_0002';
    for (let n = 3; n <= 60; n++) {
      const name = `${String(n).padStart(4, '0')}_step`;
      base[`library/migrations/${name}.py`] = migration(
        previous,
        `        migrations.AddField(model_name="loan", name="note_${n}", field=models.TextField(null=True)),`
      );
      previous = name;
    }
    const widen = migration(
      previous,
      `        migrations.AlterField(
            model_name="reader",
            name="homepage",
            field=models.URLField(max_length=2048),
        ),`
    );
    const { all } = await classifyRange({
      base,
      head: { ...base, 'library/migrations/0061_widen_homepage.py': widen }
    });
    expect(shape(all)).toEqual([['info', 'additive', 8]]);
    expect(all[0]!.detail).toMatch(
      /widens \(from models\.URLField\(\) to models\.URLField\(max_length=2048\)\)/
    );
  });
});
