import { classifySql } from '../../../src/assess/migrations/sql.js';
import { scanStatements } from '../../../src/assess/migrations/sql-statements.js';
import { stopPostgresParser } from '../../../src/assess/migrations/sql-postgres.js';
import type { MigrationFinding } from '../../../src/assess/migrations/types.js';

afterAll(() => stopPostgresParser());

const judged = (findings: MigrationFinding[]) =>
  findings.map((f) => ({ severity: f.severity, operation: f.operation, note: f.note ?? '' }));

/** Each statement alone, through the Postgres parser and through the shape reader: both must agree. */
async function bothReaders(sql: string): Promise<{ severity: string; note: string }> {
  const parsed = judged(await classifySql(sql, { dialect: 'postgresql' }));
  const shaped = judged(scanStatements(sql));
  expect(parsed).toHaveLength(1);
  expect(shaped.map((f) => f.severity)).toEqual(parsed.map((f) => f.severity));
  return parsed[0]!;
}

describe('UPDATE by shape', () => {
  test('adding a JSON key only where it is absent is a warning that names the key', async () => {
    const result = await bothReaders(`UPDATE widgets
      SET settings = jsonb_set(settings, '{theme}', '"dark"')
      WHERE settings->>'theme' IS NULL;`);
    expect(result.severity).toBe('warning');
    expect(result.note).toMatch(/adds the JSON key 'theme' to settings only where it is absent/);
  });

  test('the same jsonb_set without the guard may overwrite what N-1 wrote: blocker', async () => {
    const result = await bothReaders(
      `UPDATE widgets SET settings = jsonb_set(settings, '{theme}', '"dark"');`
    );
    expect(result.severity).toBe('blocker');
    expect(result.note).toMatch(/maps the values N-1 wrote in settings/);
  });

  test('a fill of NULLs (quoted names, a correlated subquery with its own WHERE) is a warning', async () => {
    const result = await bothReaders(`UPDATE "Tracks"
      SET "Position" = (SELECT COUNT(*) FROM "Tracks" AS t2
                        WHERE t2."AlbumId" = "Tracks"."AlbumId" AND t2.id < "Tracks".id)
      WHERE "Position" IS NULL;`);
    expect(result.severity).toBe('warning');
    expect(result.note).toMatch(/fills Position only where it is NULL/);
  });

  test('a NULL test joined by OR does not guard the fill', async () => {
    const result = await bothReaders(
      `UPDATE tracks SET position = 0 WHERE position IS NULL OR position < 0;`
    );
    expect(result.severity).toBe('blocker');
  });

  test('a CASE mapping of the values N-1 wrote stays a blocker', async () => {
    const result = await bothReaders(`UPDATE events SET kind = CASE
        WHEN kind = 'Billing::Charge' THEN 'Charge'
        WHEN kind = 'Billing::Refund' THEN 'Refund' END;`);
    expect(result.severity).toBe('blocker');
    expect(result.note).toMatch(/maps the values N-1 wrote in kind to new ones/);
  });

  test('a constant written into every row overwrites N-1 values: blocker', async () => {
    const result = await bothReaders(`UPDATE accounts SET currency = 'EUR';`);
    expect(result.severity).toBe('blocker');
    expect(result.note).toMatch(/overwrites currency in every row/);
  });

  test('one guarded column beside an unguarded one is still a blocker', async () => {
    const result = await bothReaders(
      `UPDATE accounts SET currency = 'EUR', region = 'eu' WHERE currency IS NULL;`
    );
    expect(result.severity).toBe('blocker');
    expect(result.note).toMatch(/region/);
  });
});

describe('DELETE by shape', () => {
  test('removing duplicates before a unique index is a warning naming the key', async () => {
    const result = await bothReaders(`DELETE FROM readings WHERE id IN (
        SELECT id FROM (
          SELECT id, ROW_NUMBER() OVER (PARTITION BY sensor_id, taken_at ORDER BY id DESC) AS n
          FROM readings) AS ranked
        WHERE n > 1);`);
    expect(result.severity).toBe('warning');
    expect(result.note).toMatch(/removes duplicates of \(sensor_id, taken_at\), keeping one row of each/);
  });

  test('duplicates kept by MIN(id) per group are recognised too', async () => {
    const result = await bothReaders(
      `DELETE FROM tags WHERE id NOT IN (SELECT MIN(id) FROM tags GROUP BY owner_id, label);`
    );
    expect(result.severity).toBe('warning');
    expect(result.note).toMatch(/duplicates of \(owner_id, label\)/);
  });

  test('rows without their owner (NULL key, missing parent) are a warning', async () => {
    expect((await bothReaders(`DELETE FROM grants WHERE "OwnerId" IS NULL;`)).note).toMatch(
      /removes only the rows whose OwnerId is NULL/
    );
    const orphans = await bothReaders(`DELETE FROM grants WHERE owner_id NOT IN (SELECT id FROM owners);`);
    expect(orphans.severity).toBe('warning');
    expect(orphans.note).toMatch(/without a matching row in owners/);
  });

  test('a DELETE without a condition (or WHERE true) empties a table N-1 reads: blocker', async () => {
    expect((await bothReaders(`DELETE FROM grants;`)).severity).toBe('blocker');
    const always = await bothReaders(`DELETE FROM grants WHERE TRUE;`);
    expect(always.severity).toBe('blocker');
    expect(always.note).toMatch(/removes every row of grants/);
  });

  test('TRUNCATE stays a blocker', async () => {
    expect((await bothReaders(`TRUNCATE grants;`)).severity).toBe('blocker');
  });
});

describe('INSERT ... SELECT', () => {
  test('copying rows is a warning that names the source', async () => {
    const result = await bothReaders(
      `INSERT INTO archived_orders (id, total) SELECT id, total FROM orders WHERE state = 'archived';`
    );
    expect(result.severity).toBe('warning');
    expect(result.note).toMatch(/adds rows copied from orders/);
  });
});

describe('other dialects', () => {
  test('SQLite and MySQL data statements follow the same rules', async () => {
    const sqlite = judged(
      await classifySql(`UPDATE "Items" SET "Rank" = 0 WHERE "Rank" IS NULL;\nDELETE FROM "Items";`, {
        dialect: 'sqlite'
      })
    );
    expect(sqlite.map((f) => f.severity)).toEqual(['warning', 'blocker']);
    const mysql = judged(
      await classifySql(
        "UPDATE prefs SET data = JSON_SET(data, '$.mode', 'auto') WHERE JSON_EXTRACT(data, '$.mode') IS NULL;",
        { dialect: 'mysql' }
      )
    );
    expect(mysql).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(mysql[0]!.note).toMatch(/JSON key 'mode'/);
  });
});

describe('ClickHouse mutations', () => {
  test('ALTER TABLE ... DELETE WHERE and UPDATE ... WHERE c IS NULL read like the standard statements', () => {
    const findings = judged(
      scanStatements(
        "ALTER TABLE events DELETE WHERE user_id IS NULL;\nALTER TABLE events UPDATE region = 'eu' WHERE region IS NULL;\nALTER TABLE events UPDATE region = 'eu' WHERE 1;"
      )
    );
    expect(findings.map((f) => f.severity)).toEqual(['warning', 'warning', 'blocker']);
    expect(findings[0]!.note).toMatch(/rows whose user_id is NULL/);
  });
});
