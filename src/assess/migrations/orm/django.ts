/**
 * Django migrations: an `operations` list. Django reverses them itself, so there is no down
 * side in the file.
 */
import type { SqlDialect } from '../sql.js';
import { finding, type MigrationAnalysis, type MigrationFinding } from '../types.js';
import {
  analyseOrmSource,
  blankLineComments,
  namedValue,
  splitArguments,
  type CallSite,
  type OrmLanguage,
  type OrmRule,
  withDialect
} from './scan.js';

const PYTHON: OrmLanguage = { lineComment: /^#/ };

function modelField(c: CallSite): string {
  const model = namedValue(c.text, 'model_name') ?? positional(c.text, 0);
  const field = namedValue(c.text, 'name') ?? positional(c.text, 1);
  return `${model}.${field}`;
}

function positional(text: string, index: number): string {
  const strings = [...text.matchAll(/["']([\w.]+)["']/g)].map((m) => m[1]);
  return strings[index] ?? '?';
}

/** The `field=models.X(...)` argument of an AddField/AlterField call, as written. */
export function fieldArgument(callText: string): string | null {
  const argument = splitArguments(callText).find((arg) => /^field\s*=/.test(arg));
  return argument ? argument.replace(/^field\s*=\s*/, '').trim() : null;
}

const RULES: OrmRule[] = [
  {
    pattern: /\bmigrations\.CreateModel\b(?=\s*\()/g,
    classify: (c) =>
      finding('additive', c.line, `CreateModel ${namedValue(c.text, 'name') ?? positional(c.text, 0)}`)
  },
  {
    pattern: /\bmigrations\.AddField\b(?=\s*\()/g,
    classify: (c) => {
      const subject = modelField(c);
      if (/\bnull\s*=\s*True\b/.test(c.text) || /ManyToManyField/.test(c.text)) {
        return finding('additive', c.line, `AddField ${subject}`);
      }
      if (/\bdb_default\s*=/.test(c.text)) {
        // Said NOT NULL so that the range does not take the column for one N-1 leaves NULL.
        return finding('additive', c.line, `AddField ${subject} NOT NULL with db_default`);
      }
      if (/\bdefault\s*=/.test(c.text)) {
        // Django fills existing rows with the default, then drops the database default again:
        // the default lives only in N's code, so N-1's inserts, which omit the column, fail.
        return finding('constraining', c.line, `AddField ${subject} NOT NULL with a default only in Django`, {
          subject,
          note: 'Django removes the database default after filling existing rows (no db_default), so inserts from N-1 fail'
        });
      }
      return finding('constraining', c.line, `AddField ${subject} NOT NULL without default`, {
        subject,
        note: 'N-1 does not write the column, so its inserts fail'
      });
    }
  },
  {
    pattern: /\bmigrations\.RemoveField\b(?=\s*\()/g,
    classify: (c) =>
      finding('destructive', c.line, `RemoveField ${modelField(c)}`, { subject: modelField(c) })
  },
  {
    pattern: /\bmigrations\.RenameField\b(?=\s*\()/g,
    classify: (c) => {
      const model = namedValue(c.text, 'model_name') ?? positional(c.text, 0);
      const from = `${model}.${namedValue(c.text, 'old_name') ?? positional(c.text, 1)}`;
      return finding(
        'destructive',
        c.line,
        `RenameField ${from} to ${namedValue(c.text, 'new_name') ?? positional(c.text, 2)}`,
        { subject: from }
      );
    }
  },
  {
    pattern: /\bmigrations\.AlterField\b(?=\s*\()/g,
    classify: (c) => {
      const subject = modelField(c);
      const field = fieldArgument(c.text) ?? '';
      // Judged against the previous definition by the range (migrations/range.ts) when it finds it.
      const alteration = { column: subject, to: field };
      return /\bnull\s*=\s*True\b/.test(c.text)
        ? finding('unverifiable', c.line, `AlterField ${subject} (nullable)`, {
            note: 'check by hand that the type did not narrow',
            alteration
          })
        : finding('constraining', c.line, `AlterField ${subject}`, {
            subject,
            note: 'the type, length or nullability may no longer accept what N-1 writes',
            alteration
          });
    }
  },
  {
    pattern: /\bmigrations\.(?:DeleteModel|RenameModel|AlterModelTable)\b(?=\s*\()/g,
    classify: (c) => {
      const model = namedValue(c.text, 'name') ?? namedValue(c.text, 'old_name') ?? positional(c.text, 0);
      return finding('destructive', c.line, `${c.match[0].replace('migrations.', '')} ${model}`, {
        subject: model
      });
    }
  },
  {
    pattern: /\bmigrations\.AddConstraint\b(?=\s*\()/g,
    classify: (c) => addConstraint(c)
  },
  {
    pattern: /\bmigrations\.AlterUniqueTogether\b(?=\s*\()/g,
    classify: (c) => {
      const model = namedValue(c.text, 'name') ?? positional(c.text, 0);
      return finding('constraining', c.line, `AlterUniqueTogether ${model}`, { subject: model });
    }
  },
  {
    pattern:
      /\bmigrations\.(?:AddIndex|RemoveIndex|RemoveConstraint|AlterIndexTogether|AlterModelOptions|AlterModelManagers)\b(?=\s*\()/g,
    classify: (c) =>
      finding(
        'additive',
        c.line,
        `${c.match[0].replace('migrations.', '')} ${namedValue(c.text, 'model_name') ?? positional(c.text, 0)}`
      )
  },
  {
    // django.contrib.postgres.operations: built without locking, but the same effect.
    pattern:
      /\b(?:AddIndexConcurrently|RemoveIndexConcurrently|ValidateConstraint|CreateExtension|BtreeGinExtension|BtreeGistExtension|CITextExtension|CryptoExtension|HStoreExtension|TrigramExtension|UnaccentExtension|CreateCollation|RemoveCollation)\b(?=\s*\()/g,
    classify: (c) =>
      finding('additive', c.line, `${c.match[0]} ${namedValue(c.text, 'model_name') ?? ''}`.trim())
  },
  {
    pattern: /\bAddConstraintNotValid\b(?=\s*\()/g,
    classify: (c) => {
      const model = namedValue(c.text, 'model_name') ?? positional(c.text, 0);
      return finding('constraining', c.line, `AddConstraintNotValid ${model}`, {
        subject: model,
        severity: 'warning',
        note: 'existing rows are not checked, but new writes from N-1 are'
      });
    }
  },
  {
    pattern: /\bmigrations\.(?:AlterModelTableComment|AlterOrderWithRespectTo|RenameIndex)\b(?=\s*\()/g,
    classify: (c) =>
      finding(
        'additive',
        c.line,
        `${c.match[0].replace('migrations.', '')} ${namedValue(c.text, 'model_name') ?? namedValue(c.text, 'name') ?? ''}`.trim()
      )
  },
  {
    pattern: /\bmigrations\.RunPython\b(?=\s*\()/g,
    classify: (c) =>
      finding('unverifiable', c.line, 'RunPython data migration', {
        note: 'Python code that may rewrite data; check by hand'
      })
  },
  {
    // Its database_operations are matched and judged one by one like any other operation; its
    // state_operations are marked state-only afterwards (markStateOnly).
    pattern: /\bmigrations\.SeparateDatabaseAndState\b(?=\s*\()/g,
    classify: (c) =>
      finding('additive', c.line, 'SeparateDatabaseAndState', {
        note: 'its database operations are judged one by one; its state operations change no schema'
      })
  },
  { pattern: /\bmigrations\.RunSQL\b[ \t]*(?=\s*\()/g, sql: true }
];

const MERGE_MIGRATION = /^[ \t]*operations\s*=\s*\[\s*\]/m;

export async function analyseDjango(source: string, dialect?: SqlDialect): Promise<MigrationAnalysis> {
  // Comments blanked before the SQL of RunSQL is extracted too: a comment line between
  // `RunSQL(` and `sql=` would otherwise hide the literal.
  const code = blankLineComments(source, PYTHON.lineComment);
  const analysis = await analyseOrmSource(code, withDialect(PYTHON, dialect), RULES);
  markStateOnly(analysis.findings, code);
  // A merge migration joins two branches of the graph and changes nothing.
  if (analysis.findings.length === 0 && MERGE_MIGRATION.test(source)) {
    const line = source.slice(0, MERGE_MIGRATION.exec(source)!.index).split('\n').length;
    analysis.findings.push(
      finding('additive', line, 'merge migration (operations = [])', { note: 'it changes no schema' })
    );
  }
  return analysis;
}

/**
 * `AddConstraint` names the columns it checks (`webhook.app, identifier`), so that the range can
 * tell a constraint on a column it added itself. A check that tests for NULL names only its model:
 * NULL does not pass it, so it is judged as a constraint on rows N-1 writes.
 */
function addConstraint(c: CallSite): MigrationFinding {
  const model = namedValue(c.text, 'model_name') ?? positional(c.text, 0);
  const constraint = /\bconstraint\s*=\s*(?:models\.)?(\w+)\s*\(/.exec(c.text);
  const kind = constraint?.[1] ?? 'Constraint';
  const body = constraint ? c.text.slice(constraint.index) : '';
  const name = namedValue(body, 'name');
  const label = /^Unique/.test(kind) ? 'UNIQUE' : /^Check/.test(kind) ? 'CHECK' : kind;
  const columns = /^Check/.test(kind) ? lookupFields(body) : listedFields(body);
  const testsNull = /__isnull\b|\bIS\s+(?:NOT\s+)?NULL\b|Coalesce\s*\(/i.test(body);
  const subject = columns.length > 0 && !testsNull ? `${model}.${columns.join(', ')}` : model;
  return finding('constraining', c.line, `AddConstraint ${name ? `${name} ` : ''}${label} ON ${model}`, {
    subject
  });
}

/** `fields=("app", "identifier")` of a UniqueConstraint or Index. */
function listedFields(body: string): string[] {
  const list = /\bfields\s*=\s*[[(]([^\])]*)[\])]/.exec(body)?.[1] ?? '';
  return [...list.matchAll(/["']-?(\w+)["']/g)].map((m) => m[1]!);
}

/** The fields a check's `Q(price__gte=0)` lookups name (`price`), once each. */
function lookupFields(body: string): string[] {
  const fields = [...body.matchAll(/\bQ\(\s*(\w+?)(?:__\w+)?\s*=/g)].map((m) => m[1]!);
  return [...new Set(fields)];
}

export interface SeparatedSpans {
  /** [start, end) offsets of each `database_operations=[...]` list. */
  database: [number, number][];
  /** [start, end) offsets of each `state_operations=[...]` list. */
  state: [number, number][];
  /** Each call's offset with its own `database_operations` lists. */
  calls: { offset: number; database: [number, number][] }[];
}

/** Where the two lists of each `SeparateDatabaseAndState` sit in a migration's (comment-blanked) text. */
export function separatedSpans(code: string): SeparatedSpans {
  const spans: SeparatedSpans = { database: [], state: [], calls: [] };
  for (const call of code.matchAll(/\bmigrations\.SeparateDatabaseAndState\s*\(/g)) {
    const end = closingBracket(code, call.index + call[0].length - 1);
    const own: [number, number][] = [];
    const list = /\b(database|state)_operations\s*=\s*\[/g;
    list.lastIndex = call.index;
    for (let match = list.exec(code); match && match.index < end; match = list.exec(code)) {
      const open = match.index + match[0].length - 1;
      const close = closingBracket(code, open);
      if (match[1] === 'database') {
        spans.database.push([open, close]);
        own.push([open, close]);
      } else spans.state.push([open, close]);
      list.lastIndex = close;
    }
    spans.calls.push({ offset: call.index, database: own });
  }
  return spans;
}

/** Offset just past the bracket that closes the one at `open`, skipping quoted text. */
export function closingBracket(code: string, open: number): number {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '"' || ch === "'") {
      // Python's triple-quoted strings (RunSQL's SQL) hold quotes and brackets of their own.
      const quote = code.startsWith(ch.repeat(3), i) ? ch.repeat(3) : ch;
      i += quote.length;
      while (i < code.length && !code.startsWith(quote, i)) i += code[i] === '\\' ? 2 : 1;
      i += quote.length - 1;
      continue;
    }
    if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return code.length;
}

/**
 * Operations listed in `state_operations` only tell Django what the models look like; no SQL
 * runs for them, so the database N-1 meets is unchanged by them.
 */
function markStateOnly(findings: MigrationFinding[], code: string): void {
  const spans = separatedSpans(code);
  const lineOf = (offset: number): number => code.slice(0, offset).split('\n').length;
  flagUnrecognisedDatabaseOperations(findings, code, spans, lineOf);
  if (spans.state.length === 0) return;
  const linesOf = (list: [number, number][]) =>
    list.map(([start, end]) => [lineOf(start), lineOf(end)] as const);
  const state = linesOf(spans.state);
  const database = linesOf(spans.database);
  const within = (line: number, lines: (readonly [number, number])[]): boolean =>
    lines.some(([first, last]) => line >= first && line <= last);
  for (const item of findings) {
    // Findings carry lines only: a line both lists share (`], database_operations=[`) stays judged.
    if (item.line === null || !within(item.line, state) || within(item.line, database)) continue;
    item.operation = `state only: ${item.operation}`;
    item.effect = 'additive';
    item.severity = 'info';
    item.category = 'additive';
    item.note = "in state_operations: it changes Django's model state only, no SQL runs";
    delete item.subject;
    delete item.alteration;
    delete item.columnChange;
  }
}

/**
 * A `SeparateDatabaseAndState` whose database operations hold something no rule recognised (a
 * custom operation class) is a warning: what it does to the schema was not judged.
 */
function flagUnrecognisedDatabaseOperations(
  findings: MigrationFinding[],
  code: string,
  spans: SeparatedSpans,
  lineOf: (offset: number) => number
): void {
  for (const call of spans.calls) {
    const line = lineOf(call.offset);
    const separate = findings.find(
      (item) => item.line === line && item.operation === 'SeparateDatabaseAndState'
    );
    if (!separate) continue;
    const unjudged = call.database.some(([start, end]) => {
      if (code.slice(start + 1, end - 1).trim() === '') return false;
      const [first, last] = [lineOf(start), lineOf(end)];
      return !findings.some(
        (item) => item !== separate && item.line !== null && item.line >= first && item.line <= last
      );
    });
    if (!unjudged) continue;
    separate.effect = 'unverifiable';
    separate.severity = 'warning';
    separate.note = 'no operation in its database_operations was recognised: check by hand what it runs';
  }
}
