/**
 * Django's expand/contract: a release first detaches a model or field from Django's state
 * (`SeparateDatabaseAndState` with only `state_operations`), and a later release drops the table
 * or column. When N-1's state no longer has the model or field, N-1's ORM neither reads nor
 * writes it, so the drop is a warning (raw SQL or another service may still use it), not a
 * blocker. N-1's state is read from the app's migrations before the range, newest first.
 */
import path from 'node:path';
import { blankLineComments, callEnd, namedValue } from './orm/scan.js';
import { separatedSpans } from './orm/django.js';
import type { AlteredMigration, ReadFile } from './previous-definition.js';
import type { MigrationFinding } from './types.js';

/**
 * Migrations read while following one model or field back along an app's chain (its state here,
 * its previous definition in previous-definition.ts): a long chain is cut here, not read whole.
 */
export const MAX_DJANGO_CHAIN_READS = 400;

interface Target {
  model: string;
  /** Absent when the whole model (its table) is dropped. */
  field?: string;
  /** The same field as its database column (`author_id` for the foreign key `author`). */
  alternative?: string;
}

type Presence = 'present' | 'absent';

export async function softenDropsOfDetachedModels(
  migrations: AlteredMigration[],
  read: ReadFile
): Promise<void> {
  const inRange = new Set(migrations.map((migration) => migration.path));
  // Many drops of one app walk the same migrations: each is read and parsed once.
  const parsed = new Map<string, Promise<ParsedMigration | null>>();
  const load: LoadMigration = (filePath, app) => {
    const key = `${app}:${filePath}`;
    let found = parsed.get(key);
    if (!found) {
      found = (async () => {
        const source = (await read(filePath, 'base')) ?? (await read(filePath, 'head'));
        if (source === null) return null;
        return { operations: stateOperations(source), dependencies: dependencyNames(source, app) };
      })();
      parsed.set(key, found);
    }
    return found;
  };
  for (const migration of migrations) {
    if (migration.kind !== 'django') continue;
    const directory = path.posix.dirname(migration.path);
    const app = path.posix.basename(path.posix.dirname(directory));
    for (const item of migration.findings) {
      if (item.effect !== 'destructive' || item.severity !== 'blocker' || item.subject === undefined)
        continue;
      const start = dependencyNames(migration.source, app);
      const target = await targetOf(item, app, (table) => modelOfTable(start, directory, app, table, load));
      if (!target) continue;
      const removal = await lastStateChange(start, directory, app, target, load, inRange);
      if (removal?.presence !== 'absent') continue;
      soften(item, target, removal.path);
    }
  }
}

interface ParsedMigration {
  operations: StateOperation[];
  dependencies: string[];
}

type LoadMigration = (filePath: string, app: string) => Promise<ParsedMigration | null>;

/** The model (and field) a drop removes, in Django's lower-case model names. */
async function targetOf(
  item: MigrationFinding,
  app: string,
  modelOf: (table: string) => Promise<string | null>
): Promise<Target | null> {
  const subject = item.subject!.trim();
  if (/,/.test(subject)) return null;
  const orm = /^(RemoveField|DeleteModel)\b/.exec(item.operation)?.[1];
  if (orm === 'DeleteModel') return { model: subject.toLowerCase() };
  if (orm === 'RemoveField') {
    const [model, field] = splitAt(subject);
    return field ? { model: model.toLowerCase(), field } : null;
  }
  if (!/^DROP (?:TABLE|COLUMN)\b/.test(item.operation)) return null;
  const [table, column] = subject.includes('.') ? splitAt(subject) : [subject, undefined];
  const bare = table
    .replace(/["`]/g, '')
    .replace(/^public\./, '')
    .toLowerCase();
  // A model's `db_table` names its table; without one, Django names it `<app label>_<model name>`.
  const prefix = `${app.toLowerCase()}_`;
  const model = (await modelOf(bare)) ?? (bare.startsWith(prefix) ? bare.slice(prefix.length) : null);
  if (model === null) return null;
  if (column === undefined) return { model };
  const alternative = /_id$/.test(column) ? column.slice(0, -3) : undefined;
  return { model, field: column, ...(alternative ? { alternative } : {}) };
}

function splitAt(subject: string): [string, string] {
  const dot = subject.lastIndexOf('.');
  return dot === -1 ? [subject, ''] : [subject.slice(0, dot), subject.slice(dot + 1)];
}

/**
 * Walks the app's migrations from this one's dependencies back (breadth first, so the newest
 * come first) and answers with the first that creates or removes the target in Django's state.
 * Migrations of the range itself are passed through: N-1 never ran them.
 */
async function lastStateChange(
  start: string[],
  directory: string,
  app: string,
  target: Target,
  load: LoadMigration,
  inRange: Set<string>
): Promise<{ presence: Presence; path: string } | null> {
  const queue = [...start];
  const seen = new Set(queue);
  let reads = 0;
  while (queue.length > 0 && reads < MAX_DJANGO_CHAIN_READS) {
    const filePath = `${directory}/${queue.shift()!}.py`;
    reads++;
    const migration = await load(filePath, app);
    if (migration === null) continue;
    if (!inRange.has(filePath)) {
      const presence = presenceIn(migration.operations, target);
      if (presence) return { presence, path: filePath };
    }
    for (const next of migration.dependencies) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return null;
}

/** The model whose `db_table` (CreateModel options, AlterModelTable) is `table`, newest first. */
async function modelOfTable(
  start: string[],
  directory: string,
  app: string,
  table: string,
  load: LoadMigration
): Promise<string | null> {
  const queue = [...start];
  const seen = new Set(queue);
  let reads = 0;
  while (queue.length > 0 && reads < MAX_DJANGO_CHAIN_READS) {
    reads++;
    const migration = await load(`${directory}/${queue.shift()!}.py`, app);
    if (migration === null) continue;
    const owner = migration.operations.findLast((op) => op.table === table);
    if (owner) return owner.model;
    for (const next of migration.dependencies) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return null;
}

/** Same-app migrations a migration depends on (`("shop", "0012_order_total")`). */
export function dependencyNames(source: string, app: string): string[] {
  const list = /\bdependencies\s*=\s*\[([\s\S]*?)\]/.exec(source)?.[1] ?? '';
  return [...list.matchAll(/\(\s*["']([\w.]+)["']\s*,\s*["'](\w+)["']\s*\)/g)]
    .filter((match) => match[1] === app || match[1]!.endsWith(`.${app}`))
    .map((match) => match[2]!);
}

const STATE_OPERATION =
  /\bmigrations\.(CreateModel|DeleteModel|AddField|RemoveField|RenameField|RenameModel|AlterModelTable)\s*\(/g;

/** One operation that changes Django's model state, with the names it works on, lower-cased models. */
export interface StateOperation {
  operation: string;
  /** The model (CreateModel, DeleteModel, AddField, ...; the old name for RenameModel). */
  model: string;
  /** RenameModel's new name. */
  newModel?: string;
  /** AddField/RemoveField's field; RenameField's old name. */
  field?: string;
  /** RenameField's new name. */
  newField?: string;
  /** The fields CreateModel declares. */
  fields?: string[];
  /** The table CreateModel's `db_table` option or AlterModelTable names, lower-cased. */
  table?: string;
}

/**
 * The operations of one migration that change Django's model state, in order. Operations in
 * `database_operations` change no state and are left out.
 */
export function stateOperations(source: string): StateOperation[] {
  const code = blankLineComments(source, /^#/);
  const databaseOnly = separatedSpans(code).database;
  const found: StateOperation[] = [];
  const lower = (value: string | null): string => (value ?? '').toLowerCase();
  for (const match of code.matchAll(STATE_OPERATION)) {
    if (databaseOnly.some(([start, end]) => match.index >= start && match.index < end)) continue;
    const text = code.slice(match.index, callEnd(code, match.index, 200_000));
    const operation = match[1]!;
    switch (operation) {
      case 'CreateModel': {
        const table = /["']db_table["']\s*:\s*["']([\w.]+)["']/.exec(text)?.[1];
        found.push({
          operation,
          model: lower(namedValue(text, 'name')),
          fields: [...text.matchAll(/\(\s*["'](\w+)["']\s*,/g)].map((m) => m[1]!),
          ...(table ? { table: table.toLowerCase() } : {})
        });
        break;
      }
      case 'AlterModelTable': {
        const table = namedValue(text, 'table');
        found.push({
          operation,
          model: lower(namedValue(text, 'name')),
          ...(table ? { table: table.toLowerCase() } : {})
        });
        break;
      }
      case 'DeleteModel':
        found.push({ operation, model: lower(namedValue(text, 'name')) });
        break;
      case 'RenameModel':
        found.push({
          operation,
          model: lower(namedValue(text, 'old_name')),
          newModel: lower(namedValue(text, 'new_name'))
        });
        break;
      case 'AddField':
      case 'RemoveField':
        found.push({
          operation,
          model: lower(namedValue(text, 'model_name')),
          field: namedValue(text, 'name') ?? ''
        });
        break;
      case 'RenameField':
        found.push({
          operation,
          model: lower(namedValue(text, 'model_name')),
          field: namedValue(text, 'old_name') ?? '',
          newField: namedValue(text, 'new_name') ?? ''
        });
        break;
    }
  }
  return found;
}

/** What the last of a migration's state operations on the target leaves; null when none touches it. */
export function presenceIn(operations: StateOperation[], target: Target): Presence | null {
  let presence: Presence | null = null;
  for (const operation of operations) presence = effectOn(operation, target) ?? presence;
  return presence;
}

function effectOn(op: StateOperation, target: Target): Presence | null {
  const fields = [target.field, target.alternative].filter((f): f is string => f !== undefined);
  const onModel = op.model === target.model;
  switch (op.operation) {
    case 'CreateModel':
      if (!onModel) return null;
      if (fields.length === 0) return 'present';
      return fields.some((field) => op.fields?.includes(field)) ? 'present' : null;
    case 'DeleteModel':
      return onModel ? 'absent' : null;
    case 'RenameModel':
      if (onModel) return 'absent';
      return op.newModel === target.model ? 'present' : null;
    case 'AddField':
    case 'RemoveField':
      if (fields.length === 0 || !onModel || !fields.includes(op.field ?? '')) return null;
      return op.operation === 'AddField' ? 'present' : 'absent';
    case 'RenameField':
      if (fields.length === 0 || !onModel) return null;
      if (fields.includes(op.field ?? '')) return 'absent';
      return fields.includes(op.newField ?? '') ? 'present' : null;
    default:
      return null;
  }
}

function soften(item: MigrationFinding, target: Target, removedIn: string): void {
  const what = target.field ? `the field ${target.model}.${target.field}` : `the model ${target.model}`;
  item.severity = 'warning';
  item.note = `${item.note ? `${item.note}; ` : ''}${what} was already removed from Django's model state before N-1 (${removedIn}), so N-1's ORM no longer reads or writes it; check that no raw SQL, view or other service still uses it`;
}
