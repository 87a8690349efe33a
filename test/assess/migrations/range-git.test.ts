/**
 * The range classification over a real git range: configs found by reading paths at head (a
 * missing one answers null through cat-file), moved and reformatted migrations told apart from
 * new ones, and the hazard the layout rules would have missed.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { discoverMigrationLayout } from '../../../src/assess/migrations/locations.js';
import { classifyMigrationRange, type MigrationCandidate } from '../../../src/assess/migrations/range.js';
import { stopPostgresParser } from '../../../src/assess/migrations/sql-postgres.js';
import { localChangeSet, type LocalChangeSet } from '../../../src/git/local.js';
import { TestRepo } from '../../git/repo-builder.js';

describe('migrations of a real git range', () => {
  let repo: TestRepo;
  let changes: LocalChangeSet;

  beforeAll(async () => {
    repo = TestRepo.create();
    repo.write('alembic.ini', '[alembic]\nscript_location = %(here)s/storage/schema\n');
    repo.write(
      'storage/schema/versions/a1_init.py',
      'revision = "a1"\ndown_revision = None\n\ndef upgrade():\n    op.create_table("users", sa.Column("id", sa.Integer()))\n'
    );
    repo.write(
      'db/migrate/20200101000000_old.rb',
      'class Old < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :legacy\n  end\nend\n'
    );
    const base = repo.commit('base');
    // Reformatted only, moved, and one new destructive Alembic migration in the configured folder.
    repo.write(
      'db/migrate/20200101000000_old.rb',
      '# Archived.\nclass Old < ActiveRecord::Migration[7.1]\n  def change\n    remove_column  :users, :legacy\n  end\nend\n'
    );
    repo.git('mv', 'storage/schema/versions/a1_init.py', 'storage/schema/versions/2020_a1_init.py');
    repo.write(
      'storage/schema/versions/b2_drop.py',
      'revision = "b2"\ndown_revision = "a1"\n\ndef upgrade():\n    op.drop_column("users", "email")\n\ndef downgrade():\n    op.add_column("users", sa.Column("email", sa.String()))\n'
    );
    const head = repo.commit('head');
    changes = await localChangeSet({ repo: repo.dir, base, head });
  });

  afterAll(() => {
    changes?.close();
    repo.dispose();
    stopPostgresParser();
  });

  it('finds the configured folder, and only the new migration is a hazard', async () => {
    const layout = await discoverMigrationLayout(changes.files, (path) => changes.read(path, 'head'));
    const candidates: MigrationCandidate[] = [];
    for (const file of changes.files) {
      const detected = layout.detect(file.path, []);
      if (detected) candidates.push({ file, ...detected });
    }
    expect(candidates.map((c) => [c.file.path, c.kind]).sort()).toEqual([
      ['db/migrate/20200101000000_old.rb', 'rails'],
      ['storage/schema/versions/2020_a1_init.py', 'alembic'],
      ['storage/schema/versions/b2_drop.py', 'alembic']
    ]);
    const results = await classifyMigrationRange(candidates, (path, side) => changes.read(path, side));
    const byPath = new Map(candidates.map((c, i) => [c.file.path, results[i]!]));
    expect(byPath.get('db/migrate/20200101000000_old.rb')!.map((f) => [f.severity, f.category])).toEqual([
      ['info', 'edited']
    ]);
    expect(
      byPath.get('storage/schema/versions/2020_a1_init.py')!.map((f) => [f.severity, f.category])
    ).toEqual([['info', 'moved']]);
    expect(
      byPath.get('storage/schema/versions/b2_drop.py')!.map((f) => [f.severity, f.category, f.line])
    ).toEqual([
      ['blocker', 'destructive', 5],
      ['info', 'additive', 7]
    ]);
  });
});
