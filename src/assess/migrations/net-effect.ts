/**
 * What the range's new migrations net to, taken together in order. N-1 never knew a table or
 * column the range itself created, so dropping, renaming, constraining or backfilling it cannot
 * break N-1; a table rebuilt in place (SQLite's create-copy-drop-rename, swap-and-rename,
 * ClickHouse's EXCHANGE) is judged as one change to that table, not as a DROP. A NOT NULL that
 * comes with a database default (and a backfill) still accepts N-1's inserts that omit the column.
 */
import type { MigrationFinding } from './types.js';

export interface MigrationStep {
  /** The migration file, for the words of a note. */
  path: string;
  findings: MigrationFinding[];
}

const CREATES_TABLE =
  /^(?:CREATE (?:TABLE|VIEW|MATERIALIZED VIEW|DICTIONARY)|create_(?:join_)?table|createTable|CreateModel|Schema::create|CreateTable|create table\(:)\s*([^\s)]+)/;
const CREATES_COLUMN =
  /^(?:ADD COLUMN|add_column|add_reference|AddField|addColumn|add column|AddColumn|add|change_table \S+)\s+([^\s,]+)/;
const CREATES_VIEW = /^CREATE (?:OR REPLACE )?(?:MATERIALIZED )?VIEW (\S+)/;
const RENAMES_TABLE = /^RENAME TABLE (\S+) TO (\S+)/;
const EXCHANGES = /^EXCHANGE TABLES (\S+) AND (\S+)/;
const DROPS_TABLE =
  /^(?:DROP (?:TABLE|VIEW|MATERIALIZED VIEW|DICTIONARY)|drop_table|dropTable|DeleteModel|Schema::drop(?:IfExists)?|DropTable|drop table\(:)\s*([^\s)]+)/;

/** `"public"."Users"` and `public.users` name the same table as `users`. */
export function normaliseName(name: string): string {
  return name
    .replace(/[`"'[\]:]/g, '')
    .toLowerCase()
    .replace(/^(?:public|dbo|main)\./, '')
    .replace(/[,;]$/, '');
}

/** The tables and columns a subject names (`users.a, b` names `users.a` and `users.b`). */
function subjectNames(subject: string): string[] {
  const parts = subject.split(/,\s*/).map(normaliseName);
  const table = parts[0]?.includes('.') ? parts[0].split('.').slice(0, -1).join('.') : null;
  return parts.map((part) => (table && !part.includes('.') ? `${table}.${part}` : part));
}

function tableOf(name: string): string {
  return name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
}

interface Created {
  name: string;
  path: string;
  /** A column added without NOT NULL: N-1, which does not write it, leaves NULL there. */
  nullable?: boolean;
  /** A NOT NULL column added with a database default: N-1's inserts get that default. */
  defaulted?: boolean;
}

const UNIQUE = /\bunique\b/i;

/**
 * A unique index or constraint that covers a nullable column the range added: N-1 leaves NULL
 * there, and NULLs never collide in a unique index (Postgres, MySQL, SQLite), so N-1's rows pass.
 * (A check is not softened here: one that also reads a column N-1 writes can still reject its
 * rows; a check on new columns only is judged with everything else the range created.)
 */
function softenUniqueOnNewColumn(
  item: MigrationFinding,
  names: string[],
  origins: (Created | undefined)[]
): void {
  if (item.effect !== 'constraining' || !UNIQUE.test(item.operation)) return;
  const index = origins.findIndex((origin) => origin?.nullable === true && names.length > 0);
  if (index === -1 || !names[index]!.includes('.')) return;
  soften(
    item,
    'warning',
    `${names[index]} was added in this range (${origins[index]!.path}), so N-1 leaves it NULL, which a unique index accepts; only N's rows are checked`
  );
}

/** `shop/migrations/0003_x.py` -> `shop`: Django's app label, the prefix of its tables' names. */
function djangoApp(migrationPath: string): string | null {
  return /(?:^|\/)(\w+)\/migrations\/\w+\.py$/.exec(migrationPath)?.[1]?.toLowerCase() ?? null;
}

/**
 * A Django model or field created in the range is also known by its table's name
 * (`<app>_<model>`), which RunSQL statements of the same range use.
 */
function djangoTableName(migrationPath: string, operation: string, name: string): string | null {
  if (!/^(?:AddField|CreateModel)\b/.test(operation)) return null;
  const app = djangoApp(migrationPath);
  return app ? `${app}_${normaliseName(name)}` : null;
}

/**
 * A constraint (or a NOT NULL) that makes a column the range added NOT NULL without a default:
 * N-1 does not write the column, so its inserts now fail, although N-1 never used the column.
 */
function makesNewColumnNotNull(item: MigrationFinding, origin: Created | undefined): boolean {
  if (origin?.nullable !== true) return false;
  if (item.columnChange?.change === 'set-not-null') return true;
  const to = item.alteration?.to;
  return (
    to !== undefined &&
    /^models\.\w+Field\(/.test(to.trim()) &&
    !/\bnull\s*=\s*True\b|\bdb_default\s*=|ManyToManyField/.test(to)
  );
}

/**
 * `ADD CONSTRAINT x UNIQUE` named like a unique index the range built on the same table
 * (`UNIQUE USING INDEX x`, Postgres' way to build it without a long lock): the index already
 * checks the same rows, so it is the same hazard, reported once.
 */
function softenConstraintOverIndex(
  item: MigrationFinding,
  uniqueIndexes: Map<string, MigrationFinding>
): boolean {
  const constraint = /^ADD CONSTRAINT (\S+) UNIQUE ON (\S+)$/.exec(item.operation);
  if (!constraint) return false;
  const index = uniqueIndexes.get(`${normaliseName(constraint[2]!)}:${normaliseName(constraint[1]!)}`);
  if (!index) return false;
  soften(
    item,
    'info',
    `it turns the unique index built at line ${index.line ?? '?'} into a constraint, which checks no row the index does not`
  );
  return true;
}

/** Mutates the findings of `steps` (in the order the migrations run) to what the range nets to. */
export function applyNetEffect(steps: MigrationStep[]): void {
  const rebuilt = markRebuilds(steps);
  const created = new Map<string, Created>();
  const isCreated = (name: string): Created | undefined =>
    created.get(name) ?? (name.includes('.') ? created.get(tableOf(name)) : undefined);
  const uniqueIndexes = new Map<string, MigrationFinding>();
  for (const step of steps) {
    for (const item of step.findings) {
      const uniqueIndex = /^CREATE UNIQUE INDEX (\S+) ON (\S+)/.exec(item.operation);
      if (uniqueIndex)
        uniqueIndexes.set(`${normaliseName(uniqueIndex[2]!)}:${normaliseName(uniqueIndex[1]!)}`, item);
      if (softenConstraintOverIndex(item, uniqueIndexes)) continue;
      if (item.effect !== 'additive' && item.effect !== 'unverifiable' && item.subject !== undefined) {
        const names = subjectNames(item.subject);
        const origins = names.map(isCreated);
        // A column the range added to a table N-1 writes (not to a table the range created).
        const column =
          names.length === 1 && !created.has(tableOf(names[0]!)) ? created.get(names[0]!) : undefined;
        if (makesNewColumnNotNull(item, column)) {
          item.note = `${item.note ? `${item.note}; ` : ''}${names[0]} was added in this range without NOT NULL, and N-1, which does not write it, leaves it NULL`;
        } else if (column?.defaulted === true && UNIQUE.test(item.operation)) {
          item.note = `${item.note ? `${item.note}; ` : ''}${names[0]} was added in this range with a database default, which every insert from N-1 gets, so the second one collides`;
        } else if (names.length > 0 && origins.every((origin) => origin !== undefined)) {
          const where = origins[0]!.path === step.path ? 'this migration' : origins[0]!.path;
          soften(
            item,
            'info',
            `${names.join(', ')} was created in this range (${where}), so N-1 never used it`
          );
        } else {
          softenUniqueOnNewColumn(item, names, origins);
        }
      }
      const operation = item.operation;
      const table = CREATES_TABLE.exec(operation)?.[1];
      if (table && item.effect === 'additive') {
        const origin = { name: table, path: step.path };
        created.set(normaliseName(table), origin);
        const alias = djangoTableName(step.path, operation, table);
        if (alias) created.set(alias, origin);
      }
      const column = CREATES_COLUMN.exec(operation)?.[1];
      if (column && item.effect !== 'destructive') {
        const origin = {
          name: column,
          path: step.path,
          nullable: !/NOT NULL|null: false|nullable: false/i.test(operation),
          defaulted: /NOT NULL DEFAULT|NOT NULL with db_default/.test(operation)
        };
        created.set(normaliseName(column), origin);
        const alias = djangoTableName(step.path, operation, column);
        if (alias) created.set(alias, origin);
      }
      const rename = RENAMES_TABLE.exec(operation);
      // A new copy renamed into a rebuilt table's place is that table again, not a new one.
      if (rename && !rebuilt.has(normaliseName(rename[2]!))) {
        const origin = isCreated(normaliseName(rename[1]!));
        if (origin) created.set(normaliseName(rename[2]!), origin);
      }
    }
  }
  pairDefaultsWithNotNull(steps);
  flagDroppedDefaultsOfNewColumns(steps);
  softenDropsOfReplacedEnums(steps);
}

const DROPS_TYPE = /^DROP TYPE (?:IF EXISTS )?(\S+)/;

/**
 * `DROP TYPE e` after the range turned the columns of enum `e` into strings (a widening judged
 * against the old definition): Postgres refuses to drop a type still in use, so N-1's columns
 * no longer hold it and its labels are still written as text.
 */
function softenDropsOfReplacedEnums(steps: MigrationStep[]): void {
  const widenedFrom: string[] = [];
  for (const step of steps) {
    for (const item of step.findings) {
      if (item.alteration && item.effect === 'additive' && item.note) widenedFrom.push(item.note);
      const type = DROPS_TYPE.exec(item.operation)?.[1];
      if (!type || item.severity === 'info' || /\bCASCADE\b/i.test(item.operation)) continue;
      const bare = normaliseName(type).split('.').pop()!;
      const enumUse = new RegExp(`enum_type:\\s*["':]?${bare}\\b`);
      if (widenedFrom.some((note) => enumUse.test(note)))
        soften(
          item,
          'info',
          `the columns of ${type} became strings earlier in this range, so N-1's values are kept as text`
        );
    }
  }
}

const ADDS_NOT_NULL_WITH_DEFAULT = /^ADD COLUMN (\S+) NOT NULL DEFAULT\b/;
const DROPS_DEFAULT = /^ALTER COLUMN (\S+) DROP DEFAULT\b/;

/**
 * `ADD COLUMN c NOT NULL DEFAULT x` then `ALTER COLUMN c DROP DEFAULT` (Prisma's way to fill
 * existing rows): the range nets to a NOT NULL column without a database default that N-1 never
 * writes, so every N-1 insert into that table fails.
 */
function flagDroppedDefaultsOfNewColumns(steps: MigrationStep[]): void {
  const addedWithDefault = new Set<string>();
  for (const step of steps) {
    for (const item of step.findings) {
      const added = ADDS_NOT_NULL_WITH_DEFAULT.exec(item.operation)?.[1];
      if (added) addedWithDefault.add(normaliseName(added));
      const dropped = DROPS_DEFAULT.exec(item.operation)?.[1];
      if (!dropped || !addedWithDefault.has(normaliseName(dropped))) continue;
      item.effect = 'constraining';
      item.severity = 'blocker';
      item.category = 'constraining';
      item.note = `${dropped} was added NOT NULL with a default in this range and the default is dropped again: N-1 does not write the column, so its inserts fail`;
    }
  }
}

/**
 * Table rebuilds: a table dropped, renamed away or exchanged, and then recreated under its own
 * name within the range. The first of those operations becomes one warning about the new
 * definition; the others (dropping the old copy) become info, since the table N-1 uses exists again.
 */
function markRebuilds(steps: MigrationStep[]): Set<string> {
  const rebuilt = new Set<string>();
  const all = steps.flatMap((step) => step.findings.map((item) => ({ step, item })));
  const removedAt = new Map<string, number>();
  const aliases = new Map<string, string>();
  all.forEach(({ item }, index) => {
    const operation = item.operation;
    // A view dropped and created again under its name holds no data: it nets to its new definition.
    const view = CREATES_VIEW.exec(operation)?.[1];
    if (view) {
      const name = normaliseName(view);
      const removed = removedAt.get(name);
      if (removed !== undefined && /^DROP (?:MATERIALIZED )?VIEW /.test(all[removed]!.item.operation)) {
        recordRebuild(all, name, removedAt, aliases, index);
        rebuilt.add(name);
      }
      return;
    }
    const dropped = DROPS_TABLE.exec(operation)?.[1];
    const rename = RENAMES_TABLE.exec(operation);
    const exchange = EXCHANGES.exec(operation);
    if (exchange) {
      // The table N-1 uses is the one the range did not create; the other is its new copy.
      const [a, b] = [normaliseName(exchange[1]!), normaliseName(exchange[2]!)];
      const [target, copy] = createdBefore(all, index).has(a) ? [b, a] : [a, b];
      removedAt.set(target, index);
      recordRebuild(all, target, removedAt, aliases, index);
      rebuilt.add(target);
      aliases.set(copy, target);
      return;
    }
    if (dropped && item.effect === 'destructive') {
      const name = normaliseName(dropped);
      const rebuilt = aliases.get(name);
      if (rebuilt !== undefined) {
        soften(item, 'info', `the old copy of ${rebuilt}, rebuilt in this range`);
        return;
      }
      if (!removedAt.has(name)) removedAt.set(name, index);
      return;
    }
    if (rename) {
      const [from, to] = [normaliseName(rename[1]!), normaliseName(rename[2]!)];
      if (removedAt.has(to) && !removedAt.has(from)) {
        // `from` (a new copy) takes the place of `to`: the table N-1 uses exists again.
        soften(item, 'info', `completes the rebuild of ${to}`);
        recordRebuild(all, to, removedAt, aliases, index);
        rebuilt.add(to);
        return;
      }
      if (!removedAt.has(from)) {
        removedAt.set(from, index);
        aliases.set(to, from);
      }
    }
  });
  return rebuilt;
}

function createdBefore(all: { item: MigrationFinding }[], end: number): Set<string> {
  const names = new Set<string>();
  for (let i = 0; i < end; i++) {
    const table = CREATES_TABLE.exec(all[i]!.item.operation)?.[1];
    if (table) names.add(normaliseName(table));
  }
  return names;
}

function recordRebuild(
  all: { item: MigrationFinding }[],
  table: string,
  removedAt: Map<string, number>,
  aliases: Map<string, string>,
  index: number
): void {
  const first = removedAt.get(table);
  if (first === undefined) return;
  const item = all[first]!.item;
  if (item.severity === 'blocker') {
    item.effect = 'data-rewrite';
    item.severity = 'warning';
    item.category = 'data-rewrite';
    item.subject = table;
    item.operation = `${item.operation} (rebuild of ${table})`;
    item.note = `the range recreates ${table} in its place (up to the statement at line ${all[index]!.item.line ?? '?'}): N-1 meets the new definition, so check that it keeps every column N-1 reads and writes`;
  }
  removedAt.delete(table);
  for (const [alias, original] of aliases) if (original === table) aliases.set(alias, table);
}

function soften(item: MigrationFinding, severity: 'info' | 'warning', why: string): void {
  if (item.severity === 'info') return;
  if (severity === 'warning' && item.severity === 'warning') return;
  item.severity = severity;
  if (severity === 'info') {
    item.effect = 'additive';
    item.category = 'additive';
  }
  item.note = item.note ? `${item.note}; ${why}` : why;
}

/**
 * A column made NOT NULL in the range that also got a database default there: N-1's inserts that
 * omit it get the default, so only N-1 writing an explicit NULL fails (a warning). The backfill
 * that fills its NULL rows (an UPDATE of that table) rewrites no value N-1 relies on.
 */
function pairDefaultsWithNotNull(steps: MigrationStep[]): void {
  const findings = steps.flatMap((step) => step.findings);
  const defaults = new Set(
    findings
      .filter((item) => item.columnChange?.change === 'set-default')
      .map((item) => normaliseName(item.columnChange!.column))
  );
  const defaultedTables = new Set<string>();
  for (const item of findings) {
    if (item.columnChange?.change !== 'set-not-null') continue;
    const column = normaliseName(item.columnChange.column);
    if (!defaults.has(column) || item.severity !== 'blocker') continue;
    item.severity = 'warning';
    item.note = `${item.note ? `${item.note}; ` : ''}it has a database default, so N-1's inserts that omit it still work; only an explicit NULL from N-1 fails`;
    defaultedTables.add(tableOf(column));
  }
  for (const item of findings) {
    const backfill = item.effect === 'data-rewrite' && /^UPDATE /.test(item.operation);
    if (!backfill || item.severity !== 'blocker' || item.subject === undefined) continue;
    const updated = subjectNames(item.subject)[0] ?? '';
    if (!defaultedTables.has(updated) && !defaultedTables.has(tableOf(updated))) continue;
    item.severity = 'warning';
    item.note = `${item.note ? `${item.note}; ` : ''}a backfill of the column made NOT NULL with a default`;
  }
}
