/**
 * A column redefined in place (Django `AlterField`, Rails `change_column`) is judged against the
 * definition it replaces: Django's is in an earlier migration of the same app (followed through
 * `dependencies`, each file read once for all fields), Rails' in `db/schema.rb` at the base.
 * Widening is not a hazard to N-1; narrowing is. Django drops are then judged against the
 * model state N-1 has (django-state.ts).
 */
import path from 'node:path';
import { MAX_DJANGO_CHAIN_READS, dependencyNames, softenDropsOfDetachedModels } from './django-state.js';
import { closingBracket, fieldArgument } from './orm/django.js';
import { callEnd, namedValue } from './orm/scan.js';
import type { MigrationFinding, MigrationKind } from './types.js';
import { compareDefinitions } from './widening.js';

export type ReadFile = (path: string, side: 'base' | 'head') => Promise<string | null>;

export interface AlteredMigration {
  path: string;
  kind: MigrationKind;
  source: string;
  findings: MigrationFinding[];
}

export async function resolveAlterations(
  migrations: AlteredMigration[],
  uncachedRead: ReadFile
): Promise<void> {
  // Many fields of one app walk the same chain: each file is read once.
  const cache = new Map<string, Promise<string | null>>();
  const read: ReadFile = (filePath, side) => {
    const key = `${side}:${filePath}`;
    let found = cache.get(key);
    if (!found) cache.set(key, (found = uncachedRead(filePath, side)));
    return found;
  };
  const schemas = new Map<string, Promise<string | null>>();
  for (const migration of migrations) {
    for (const item of migration.findings) {
      if (!item.alteration) continue;
      let before: string | null = null;
      if (migration.kind === 'django') {
        before = await previousDjangoField(migration, item, read);
        if (before === null) {
          unresolved(item);
          continue;
        }
      } else if (migration.kind === 'prisma') {
        const schemaPath = prismaSchemaPath(migration.path);
        if (!schemas.has(schemaPath)) schemas.set(schemaPath, read(schemaPath, 'base'));
        const schema = await schemas.get(schemaPath)!;
        before = schema === null ? null : prismaColumn(schema, item.alteration.column);
      } else if (migration.kind === 'rails') {
        const schemaPath = railsSchemaPath(migration.path);
        if (!schemas.has(schemaPath)) schemas.set(schemaPath, read(schemaPath, 'base'));
        const schema = await schemas.get(schemaPath)!;
        before = schema === null ? null : railsColumn(schema, item.alteration.column);
      }
      if (before !== null) judgeRedefinition(item, before, item.alteration.to);
      else if (migration.kind !== 'django') judgeWithoutPrevious(item, item.alteration.to);
    }
  }
  await softenDropsOfDetachedModels(migrations, read);
}

/** Sets the finding's effect, severity and words from how `after` treats what N-1 wrote under `before`. */
export function judgeRedefinition(item: MigrationFinding, before: string, after: string): void {
  // The comparison sees a Django `choices=[...]` by its opening only: the lists are compared here
  // whole, so that a choice removed further down is seen and a list only rewrapped is not.
  const compared = compareDefinitions(withoutChoices(before), withoutChoices(after));
  const change =
    compared === 'same' && djangoChoices(before) !== djangoChoices(after) ? 'cosmetic' : compared;
  const shown = `from ${oneLine(before)} to ${oneLine(after)}`;
  switch (change) {
    case 'widens':
    case 'same':
      item.effect = 'additive';
      item.severity = 'info';
      item.category = 'additive';
      item.note = `the column ${change === 'same' ? 'keeps its type' : 'widens'} (${shown}): N-1 keeps working; N may write values N-1 does not expect`;
      delete item.subject;
      return;
    case 'cosmetic':
      item.effect = 'unverifiable';
      item.severity = 'warning';
      item.category = 'constraining';
      item.note = `only the collation, charset or choices change (${shown}): N-1's values still fit, but comparisons or validation may differ`;
      return;
    case 'reencodes':
      item.effect = 'unverifiable';
      item.severity = 'warning';
      item.category = 'data-rewrite';
      item.note = `the values keep their meaning but are stored re-encoded (${shown}): N-1 reads them back, normalised (key order, duplicate keys, whitespace)`;
      return;
    case 'narrows':
      item.effect = 'constraining';
      item.severity = 'blocker';
      item.category = 'constraining';
      item.note = `the column narrows (${shown}): N-1 may write values it no longer holds`;
      return;
    case 'changes':
      item.effect = 'destructive';
      item.severity = 'blocker';
      item.category = 'destructive';
      item.note = `the type changes (${shown}): N-1 reads and writes the old type`;
      return;
    case 'unknown':
      return;
  }
}

/**
 * Types that hold every value of the narrower types of their family (`integer` → `bigint`,
 * `varchar(n)` → `text`): with the old definition unknown (plain SQL states only the new one),
 * such a change most likely widens, so it is a warning to check by hand, not a blocker.
 */
const WIDEST_OF_FAMILY =
  /^(?:bigint|int8|bigserial|double precision|float8|text|citext|longtext|numeric|decimal|jsonb)$/i;

export function judgeWithoutPrevious(item: MigrationFinding, after: string): void {
  if (item.severity !== 'blocker' || !WIDEST_OF_FAMILY.test(after.trim().replace(/^:/, ''))) return;
  item.effect = 'unverifiable';
  item.severity = 'warning';
  item.category = 'constraining';
  item.note = `the previous type was not found; ${after.trim()} holds every value of the narrower types of its family (int → bigint, varchar → text), so N-1's values most likely still fit: compare the two by hand`;
}

function unresolved(item: MigrationFinding): void {
  if (item.severity !== 'blocker') return;
  item.effect = 'unverifiable';
  item.severity = 'warning';
  item.category = 'constraining';
  item.note = 'its previous definition was not found in the migrations before it: compare the two by hand';
}

/** The whole `choices=[...]` list of a Django field, spaces and trailing commas evened out. */
function djangoChoices(definition: string): string | null {
  const start = /\bchoices\s*=\s*(?=[[(])/.exec(definition);
  if (!start) return null;
  const open = start.index + start[0].length;
  return definition
    .slice(open, closingBracket(definition, open))
    .replace(/\s+/g, '')
    .replace(/,([\])])/g, '$1');
}

function withoutChoices(definition: string): string {
  const start = /\bchoices\s*=\s*(?=[[(])/.exec(definition);
  if (!start) return definition;
  const open = start.index + start[0].length;
  return `${definition.slice(0, start.index)}${definition.slice(closingBracket(definition, open))}`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

// ---- Django -------------------------------------------------------------------------------

async function previousDjangoField(
  migration: AlteredMigration,
  item: MigrationFinding,
  read: ReadFile
): Promise<string | null> {
  const [model, field] = splitColumn(item.alteration!.column);
  // Earlier operations of the same migration first.
  const before = migration.source
    .split('\n')
    .slice(0, Math.max(0, (item.line ?? 1) - 1))
    .join('\n');
  const own = djangoFieldIn(before, model, field);
  if (own) return own;
  const directory = path.posix.dirname(migration.path);
  const app = path.posix.basename(path.posix.dirname(directory));
  const queue = dependencyNames(migration.source, app);
  const seen = new Set(queue);
  let reads = 0;
  while (queue.length > 0 && reads < MAX_DJANGO_CHAIN_READS) {
    const name = queue.shift()!;
    reads++;
    const source = await read(`${directory}/${name}.py`, 'head');
    if (source === null) continue;
    const found = djangoFieldIn(source, model, field);
    if (found) return found;
    for (const next of dependencyNames(source, app)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return null;
}

function splitColumn(column: string): [string, string] {
  const dot = column.lastIndexOf('.');
  return [column.slice(0, dot).toLowerCase(), column.slice(dot + 1)];
}

/** The last definition of model.field in a migration's text: AddField/AlterField, or CreateModel's fields. */
export function djangoFieldIn(source: string, model: string, field: string): string | null {
  let found: string | null = null;
  for (const match of source.matchAll(/\bmigrations\.(AddField|AlterField|CreateModel)\s*\(/g)) {
    const text = source.slice(match.index, callEnd(source, match.index));
    if (match[1] === 'CreateModel') {
      if ((namedValue(text, 'name') ?? '').toLowerCase() !== model) continue;
      const entry = new RegExp(`\\(\\s*["']${field}["']\\s*,\\s*`).exec(text);
      if (!entry) continue;
      const start = entry.index + entry[0].length;
      found = text.slice(start, callEnd(text, start)).trim();
    } else if (
      (namedValue(text, 'model_name') ?? '').toLowerCase() === model &&
      namedValue(text, 'name') === field
    ) {
      found = fieldArgument(text) ?? found;
    }
  }
  return found;
}

// ---- Rails --------------------------------------------------------------------------------

/** `db/migrate/x.rb` -> `db/schema.rb`; a second database's `db/animals_migrate` -> `db/animals_schema.rb`. */
function railsSchemaPath(migrationPath: string): string {
  const directory = path.posix.dirname(migrationPath);
  const folder = path.posix.basename(directory);
  const parent = path.posix.dirname(directory);
  const prefix = /^(\w+)_migrate$/.exec(folder)?.[1];
  const file = prefix ? `${prefix}_schema.rb` : 'schema.rb';
  return parent === '.' ? file : `${parent}/${file}`;
}

/** `:string, limit: 100, null: false` for `t.string "name", limit: 100, null: false` in `create_table "users"`. */
export function railsColumn(schema: string, column: string): string | null {
  const [table, name] = splitColumn(column);
  const start = new RegExp(`create_table\\s+["']${table}["'][^\\n]*\\n`, 'i').exec(schema);
  if (!start) return null;
  const body = schema.slice(start.index + start[0].length);
  const end = /^\s*end\s*$/m.exec(body);
  const block = end ? body.slice(0, end.index) : body;
  const line = new RegExp(`^\\s*t\\.(\\w+)\\s+["']${name}["']\\s*(?:,\\s*(.*))?$`, 'm').exec(block);
  if (!line) return null;
  return `:${line[1]}${line[2] ? `, ${line[2]}` : ''}`;
}

// ---- Prisma -------------------------------------------------------------------------------

/** `prisma/migrations/<name>/migration.sql` -> `prisma/schema.prisma`. */
function prismaSchemaPath(migrationPath: string): string {
  const root = path.posix.dirname(path.posix.dirname(path.posix.dirname(migrationPath)));
  return root === '.' ? 'schema.prisma' : `${root}/schema.prisma`;
}

const PRISMA_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Boolean: 'boolean',
  DateTime: 'timestamp',
  Json: 'jsonb',
  Bytes: 'bytea'
};

/**
 * The SQL type of `Model.field` in a schema.prisma (`@db.VarChar(50)` wins over the scalar's
 * default); tables and columns renamed with `@@map` / `@map` are matched by their mapped names.
 */
export function prismaColumn(schema: string, column: string): string | null {
  const [table, name] = splitColumn(column);
  for (const model of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const body = model[2]!;
    const mapped = /@@map\(\s*"([^"]+)"/.exec(body)?.[1] ?? model[1]!;
    if (mapped.toLowerCase() !== table) continue;
    for (const line of body.split('\n')) {
      const field = /^\s*(\w+)\s+(\w+)(\?)?(.*)$/.exec(line);
      if (!field) continue;
      const columnName = /@map\(\s*"([^"]+)"/.exec(field[4]!)?.[1] ?? field[1]!;
      if (columnName !== name) continue;
      const native = /@db\.(\w+)(?:\(([^)]*)\))?/.exec(field[4]!);
      const type = native
        ? `${native[1]}${native[2] ? `(${native[2]})` : ''}`
        : (PRISMA_TYPES[field[2]!] ?? null);
      return type;
    }
  }
  return null;
}
