/** The orchestrator with the real migration and contract classifiers, loaded lazily as in production. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { assess } from '../../src/assess/assess.js';
import { localChangeSet } from '../../src/git/local.js';
import { TestRepo } from '../git/repo-builder.js';

const OPENAPI_BASE = `openapi: 3.0.3
info: { title: shop, version: 1.0.0 }
paths:
  /items:
    get:
      responses:
        '200': { description: ok }
`;
const OPENAPI_HEAD = `${OPENAPI_BASE}  /items/{id}:
    get:
      parameters:
        - { name: id, in: path, required: true, schema: { type: string } }
      responses:
        '200': { description: ok }
`;

describe('assess with the real classifiers', () => {
  let repo: TestRepo;
  beforeAll(() => {
    repo = TestRepo.create();
    repo.write('api/openapi.yaml', OPENAPI_BASE);
    repo.write(
      'db/migrate/20240101000000_create_users.rb',
      'class CreateUsers < ActiveRecord::Migration[7.1]\n  def change\n    create_table :users do |t|\n      t.string :email\n    end\n  end\nend\n'
    );
    repo.commit('initial');
  });
  afterAll(() => repo.dispose());

  it('finds the destructive migration and the contract change, and calls the rollback unsafe', async () => {
    const base = repo.git('rev-parse', 'HEAD');
    repo.write(
      'db/migrate/20240201000000_remove_email.rb',
      'class RemoveEmail < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :email\n  end\nend\n'
    );
    repo.write('db/migrations/V2__add_nick.sql', 'ALTER TABLE users ADD COLUMN nick text;\n');
    repo.write('api/openapi.yaml', OPENAPI_HEAD);
    const head = repo.commit('Remove email, add item endpoint (#3)');
    const changes = await localChangeSet({ repo: repo.dir, base, head });
    try {
      const a = await assess(
        changes,
        { ref: 'v1', sha: base, how: 'given', skipped: [] },
        { criticalPaths: [], migrationGlobs: [], contractGlobs: [] }
      );
      expect(a.verdict).toBe('unsafe');
      expect(a.migrationsChanged).toBe(true);
      const removal = a.factors.find((f) => f.path === 'db/migrate/20240201000000_remove_email.rb');
      expect(removal).toMatchObject({ kind: 'migration', severity: 'blocker', commit: head });
      expect(a.factors[0]!.severity).toBe('blocker');
      expect(a.factors.some((f) => f.kind === 'contract' && f.path === 'api/openapi.yaml')).toBe(true);
      expect(a.recommendation).toMatch(/^(Do not roll back|Expand first)\b/);
      // The squash subject names the pull request of the deployed commit.
      expect(a.pullRequests).toEqual({ [head]: 3 });
    } finally {
      changes.close();
    }
  });

  it('keeps the pull requests of the commits its findings name, not of every commit in the range', async () => {
    const base = repo.git('rev-parse', 'HEAD');
    repo.write(
      'db/migrate/20240301000000_remove_nick.rb',
      'class RemoveNick < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :nick\n  end\nend\n'
    );
    const migration = repo.commit('Merge pull request #7 from acme/remove-nick');
    repo.write('docs/notes.md', 'Nothing a rollback would undo.\n');
    repo.commit('Write notes (#8)');
    repo.write('docs/more.md', 'More notes.\n');
    const head = repo.commit('Release 2.0');
    const changes = await localChangeSet({ repo: repo.dir, base, head });
    try {
      const a = await assess(
        changes,
        { ref: 'v2', sha: base, how: 'given', skipped: [] },
        { criticalPaths: [], migrationGlobs: [], contractGlobs: [] }
      );
      expect(a.factors.find((f) => f.path?.endsWith('_remove_nick.rb'))?.commit).toBe(migration);
      expect(a.pullRequests).toEqual({ [migration]: 7 });
    } finally {
      changes.close();
    }
  });
});
