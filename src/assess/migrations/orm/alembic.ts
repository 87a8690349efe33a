/** Alembic (and Flask-Migrate): `upgrade()` counts, `downgrade()` is the down side. */
import type { SqlDialect } from '../sql.js';
import { finding, type MigrationAnalysis } from '../types.js';
import { compareDefinitions } from '../widening.js';
import { lineAt } from '../text.js';
import {
  analyseOrmSource,
  bareName,
  blankLineComments,
  callEnd,
  namedValue,
  splitArguments,
  type OrmLanguage,
  type OrmRule,
  withDialect
} from './scan.js';

const PYTHON: OrmLanguage = {
  lineComment: /^#/,
  up: /^def[ \t]+upgrade\b/m,
  down: /^def[ \t]+downgrade\b/m
};

const OP = String.raw`\b(?:op|batch_op)\.`;
const op = (names: string): RegExp => new RegExp(`${OP}(?:${names})\\b`, 'g');

function firstName(text: string): string {
  return bareName(splitArguments(text)[0]);
}

function tableAndColumn(text: string): string {
  const args = splitArguments(text);
  if (text.includes('batch_op.')) return bareName(args[0]);
  return `${bareName(args[0])}.${bareName(args[1])}`;
}

/** The text of a keyword argument that holds a type (`type_=sa.String(length=255)`). */
function typeArgument(text: string, name: string): string | null {
  const argument = splitArguments(text).find((arg) => new RegExp(`^${name}\\s*=`).test(arg));
  return argument ? argument.replace(new RegExp(`^${name}\\s*=\\s*`), '').trim() : null;
}

const RULES: OrmRule[] = [
  {
    pattern: op('create_table'),
    classify: (c) => finding('additive', c.line, `create_table ${firstName(c.text)}`)
  },
  {
    pattern: op('add_column'),
    classify: (c) => {
      const column = /sa\.Column\(\s*["'](\w+)["']/.exec(c.text)?.[1] ?? '?';
      const table = c.text.includes('batch_op.') ? '' : `${firstName(c.text)}.`;
      const subject = `${table}${column}`;
      return /\bnullable\s*=\s*False\b/.test(c.text) && !/\bserver_default\s*=/.test(c.text)
        ? finding('constraining', c.line, `add_column ${subject} nullable=False without server_default`, {
            subject,
            note: 'N-1 does not write the column, so its inserts fail'
          })
        : finding('additive', c.line, `add_column ${subject}`);
    }
  },
  {
    pattern: op('drop_column'),
    classify: (c) =>
      finding('destructive', c.line, `drop_column ${tableAndColumn(c.text)}`, {
        subject: tableAndColumn(c.text)
      })
  },
  {
    pattern: op('alter_column'),
    classify: (c) => {
      const subject = tableAndColumn(c.text);
      const newName = namedValue(c.text, 'new_column_name');
      if (newName)
        return finding('destructive', c.line, `alter_column ${subject} new_column_name=${newName}`, {
          subject
        });
      const type = typeArgument(c.text, 'type_');
      const existing = typeArgument(c.text, 'existing_type');
      if (type !== null) {
        const change = existing === null ? 'unknown' : compareDefinitions(existing, type);
        if (change === 'widens' || change === 'same')
          return finding('additive', c.line, `alter_column ${subject} type_=${type} (from ${existing})`, {
            note: 'the column widens, so N-1 keeps working; N may write values N-1 does not expect'
          });
        if (change === 'reencodes')
          return finding('unverifiable', c.line, `alter_column ${subject} type_=${type} (from ${existing})`, {
            note: 'the values keep their meaning but are stored re-encoded (json ↔ jsonb): N-1 reads them back normalised',
            category: 'data-rewrite'
          });
        if (change === 'cosmetic')
          return finding('unverifiable', c.line, `alter_column ${subject} type_=${type} (from ${existing})`, {
            note: 'only collation or charset changes: comparisons and sorting may differ for N-1',
            category: 'constraining'
          });
        return finding(
          'destructive',
          c.line,
          `alter_column ${subject} type_=${type}${existing ? ` (from ${existing})` : ''}`,
          {
            subject,
            ...(change === 'narrows'
              ? { note: 'the column narrows: N-1 may write values it no longer holds' }
              : {})
          }
        );
      }
      if (/\bnullable\s*=\s*False\b/.test(c.text)) {
        // A server default fills what N-1's inserts omit; only an explicit NULL from N-1 fails.
        return /\bserver_default\s*=\s*(?!None\b)/.test(c.text)
          ? finding('constraining', c.line, `alter_column ${subject} nullable=False with server_default`, {
              subject,
              severity: 'warning',
              note: "N-1's inserts that omit it get the database default; only an explicit NULL from N-1 fails"
            })
          : finding('constraining', c.line, `alter_column ${subject} nullable=False`, {
              subject,
              columnChange: { column: subject, change: 'set-not-null' }
            });
      }
      if (/\bserver_default\s*=\s*(?!None\b)/.test(c.text))
        return finding('additive', c.line, `alter_column ${subject} server_default`, {
          columnChange: { column: subject, change: 'set-default' }
        });
      return finding('additive', c.line, `alter_column ${subject}`);
    }
  },
  {
    pattern: op('drop_table|rename_table'),
    classify: (c) =>
      finding('destructive', c.line, `${c.match[0].replace(/^.*\./, '')} ${firstName(c.text)}`, {
        subject: firstName(c.text)
      })
  },
  {
    pattern: op('create_unique_constraint|create_foreign_key|create_check_constraint|create_primary_key'),
    classify: (c) => {
      const args = splitArguments(c.text);
      const table = bareName(args[1]);
      return finding('constraining', c.line, `${c.match[0].replace(/^.*\./, '')} on ${table}`, {
        subject: table
      });
    }
  },
  {
    pattern: op('create_index'),
    classify: (c) => {
      const table = bareName(splitArguments(c.text)[1]);
      return /\bunique\s*=\s*True\b/.test(c.text)
        ? finding('constraining', c.line, `create_index unique=True on ${table}`, { subject: table })
        : finding('additive', c.line, `create_index on ${table}`);
    }
  },
  {
    pattern: op('drop_index'),
    classify: (c) =>
      finding('unverifiable', c.line, `drop_index ${firstName(c.text)}`, {
        note: 'N-1 keeps working but may be slower'
      })
  },
  {
    pattern: op('drop_constraint|bulk_insert|create_table_comment|batch_alter_table'),
    classify: (c) =>
      c.match[0].endsWith('batch_alter_table')
        ? null
        : finding('additive', c.line, `${c.match[0].replace(/^.*\./, '')} ${firstName(c.text)}`)
  },
  { pattern: /\b(?:op|batch_op)\.execute\b[ \t]*(?:\(\s*(?:sa\.)?text\b[ \t]*)?/g, sql: true }
];

export async function analyseAlembic(source: string, dialect?: SqlDialect): Promise<MigrationAnalysis> {
  const analysis = await analyseOrmSource(source, withDialect(PYTHON, dialect), RULES);
  judgeRecreatedConstraints(source, analysis);
  return analysis;
}

interface ConstraintCall {
  created: boolean;
  name: string;
  table: string;
  /** What rows must satisfy: `unique (a, b)`, `foreign key (a) -> users (id)`; empty for drops. */
  rule: string;
  /** Keyword arguments that change behaviour, not what a write must satisfy (ondelete, a filter). */
  options: string[];
  line: number;
  upgrade: boolean;
}

const CREATES =
  /\bop\.(create_unique_constraint|create_index|create_foreign_key|drop_constraint|drop_index)\b/g;
const RULE_ARGUMENTS = /^(?:unique|type_|table_name|schema|referent_schema|source_schema)\s*=/;

function listOf(argument: string | undefined): string {
  return [...(argument ?? '').matchAll(/["'](\w+)["']/g)].map((m) => m[1]).join(', ');
}

function constraintCalls(source: string): ConstraintCall[] {
  const code = blankLineComments(source, PYTHON.lineComment);
  const downgradeAt = PYTHON.down!.exec(code)?.index ?? code.length;
  const calls: ConstraintCall[] = [];
  for (const match of code.matchAll(CREATES)) {
    const method = match[1]!;
    const args = splitArguments(code.slice(match.index, callEnd(code, match.index)));
    const positional = args.filter((arg) => !/^\w+\s*=/.test(arg));
    const keywords = args.filter((arg) => /^\w+\s*=/.test(arg));
    const keyword = (name: string): string | undefined =>
      keywords
        .find((arg) => arg.startsWith(`${name}=`) || arg.startsWith(`${name} =`))
        ?.replace(/^\w+\s*=\s*/, '');
    const table = bareName(positional[1] ?? keyword('table_name'));
    let rule = '';
    if (method === 'create_unique_constraint') rule = `unique (${listOf(positional[2])})`;
    else if (method === 'create_index' && /^True$/.test(keyword('unique') ?? ''))
      rule = `unique (${listOf(positional[2])})`;
    else if (method === 'create_foreign_key')
      rule = `foreign key (${listOf(positional[3])}) -> ${bareName(positional[2])} (${listOf(positional[4])})`;
    else if (method === 'create_index') continue;
    calls.push({
      created: method.startsWith('create_'),
      name: bareName(positional[0]),
      table,
      rule,
      options: keywords.filter((arg) => !RULE_ARGUMENTS.test(arg)).map((arg) => arg.replace(/\s+/g, ' ')),
      line: lineAt(code, match.index),
      upgrade: match.index < downgradeAt
    });
  }
  return calls;
}

/**
 * A unique constraint, unique index or foreign key that upgrade() drops and creates again, where
 * downgrade() restores the one dropped with the same rule (same table, columns, referenced
 * table): N-1's writes were already held to it, so it is not a new constraint. Options that
 * changed (ondelete, a partial index's where) are named in a warning.
 */
function judgeRecreatedConstraints(source: string, analysis: MigrationAnalysis): void {
  const calls = constraintCalls(source);
  for (const created of calls.filter((call) => call.created && call.upgrade)) {
    const dropped = calls.filter(
      (call) => !call.created && call.upgrade && call.line < created.line && call.table === created.table
    );
    const previous = calls.find(
      (call) =>
        call.created &&
        !call.upgrade &&
        call.table === created.table &&
        call.rule === created.rule &&
        dropped.some((drop) => drop.name === call.name)
    );
    if (!previous) continue;
    const item = analysis.findings.find(
      (finding) => finding.line === created.line && finding.severity === 'blocker'
    );
    if (!item) continue;
    const drop = dropped.find((call) => call.name === previous.name)!;
    const why = `upgrade() drops ${previous.name} at line ${drop.line} and creates the same ${created.rule} on ${created.table} again (downgrade() restores it as it was), so N-1's writes were already held to it`;
    const changed = created.options.filter((option) => !previous.options.includes(option));
    const gone = previous.options.filter((option) => !created.options.includes(option));
    if (changed.length > 0 || gone.length > 0) {
      item.severity = 'warning';
      item.note = `${why}; its options change (${[...gone.map((o) => `was ${o}`), ...changed.map((o) => `now ${o}`)].join(', ')})`;
    } else {
      item.severity = 'info';
      item.effect = 'additive';
      item.category = 'additive';
      item.note = why;
    }
  }
}
