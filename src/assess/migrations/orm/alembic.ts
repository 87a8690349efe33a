/** Alembic (and Flask-Migrate): `upgrade()` counts, `downgrade()` is the down side. */
import type { SqlDialect } from '../sql.js';
import { finding, type MigrationAnalysis } from '../types.js';
import { compareDefinitions } from '../widening.js';
import {
  analyseOrmSource,
  bareName,
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

export function analyseAlembic(source: string, dialect?: SqlDialect): Promise<MigrationAnalysis> {
  return analyseOrmSource(source, withDialect(PYTHON, dialect), RULES);
}
