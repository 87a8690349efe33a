/** Rails (ActiveRecord) migrations: `def change`/`def up` count, `def down` is the down side. */
import type { SqlDialect } from '../sql.js';
import { finding, type MigrationAnalysis } from '../types.js';
import { lineAt } from '../text.js';
import {
  analyseOrmSource,
  bareName,
  blankLineComments,
  callEnd,
  qualified,
  splitArguments,
  type OrmLanguage,
  type OrmRule,
  withDialect
} from './scan.js';

const RUBY: OrmLanguage = {
  lineComment: /^#/,
  up: /^[ \t]*def[ \t]+(?:up|change)\b/m,
  down: /^[ \t]*def[ \t]+down\b/m,
  downBlocks: /\b\w+\.down\b(?=\s*(?:do\b|\{))/,
  blocks: [
    { name: 'create', pattern: /\bcreate_table\s*\(?\s*:?["']?(\w*)/ },
    { name: 'alter', pattern: /\bchange_table\s*\(?\s*:?["']?(\w*)/ }
  ]
};

const TABLE_COLUMN_TYPES =
  'string|text|integer|bigint|float|decimal|numeric|boolean|date|datetime|time|timestamp|binary|json|jsonb|uuid|references|belongs_to|column|timestamps';

const hasNotNull = (text: string): boolean => /\bnull:\s*false\b/.test(text);
const hasDefault = (text: string): boolean => /\bdefault:/.test(text);
const notValidated = (text: string): boolean => /\bvalidate:\s*false\b/.test(text);

function tableColumn(text: string): { table: string; column: string; args: string[] } {
  const args = splitArguments(text);
  return { table: bareName(args[0]), column: bareName(args[1]), args };
}

const RULES: OrmRule[] = [
  {
    pattern: /\bcreate_(?:join_)?table\b/g,
    classify: (c) => finding('additive', c.line, `create_table ${bareName(splitArguments(c.text)[0])}`)
  },
  {
    pattern: /\badd_column\b/g,
    classify: (c) => {
      const { table, column } = tableColumn(c.text);
      return hasNotNull(c.text) && !hasDefault(c.text)
        ? finding('constraining', c.line, `add_column ${table}.${column} null: false without default`, {
            subject: `${table}.${column}`,
            note: 'N-1 does not write the column, so its inserts fail'
          })
        : finding('additive', c.line, `add_column ${table}.${column}`);
    }
  },
  {
    pattern: /\badd_(?:reference|belongs_to)\b/g,
    classify: (c) => {
      const { table, column } = tableColumn(c.text);
      return hasNotNull(c.text) && !hasDefault(c.text)
        ? finding('constraining', c.line, `add_reference ${table}.${column} null: false`, {
            subject: `${table}.${column}`
          })
        : finding('additive', c.line, `add_reference ${table}.${column}`);
    }
  },
  {
    // Rails adds timestamps as NOT NULL unless told otherwise.
    pattern: /\badd_timestamps\b/g,
    classify: (c) => {
      const table = bareName(splitArguments(c.text)[0]);
      return /\bnull:\s*true\b/.test(c.text) || hasDefault(c.text)
        ? finding('additive', c.line, `add_timestamps ${table}`)
        : finding('constraining', c.line, `add_timestamps ${table} (NOT NULL)`, { subject: table });
    }
  },
  {
    pattern: /\bremove_(?:columns?|reference|belongs_to|timestamps)\b/g,
    classify: (c) => {
      const { table, args } = tableColumn(c.text);
      // remove_column takes one column (then its type); remove_columns takes several.
      const names = args
        .slice(1)
        .filter((a) => a.startsWith(':') || /^["']/.test(a))
        .map(bareName);
      const columns = c.match[0] === 'remove_columns' ? names : names.slice(0, 1);
      const subject = `${table}.${columns.join(', ') || 'timestamps'}`;
      return finding('destructive', c.line, `${c.match[0]} ${subject}`, { subject });
    }
  },
  {
    pattern: /\brename_column\b/g,
    classify: (c) => {
      const { table, column, args } = tableColumn(c.text);
      return finding('destructive', c.line, `rename_column ${table}.${column} to ${bareName(args[2])}`, {
        subject: `${table}.${column}`
      });
    }
  },
  {
    pattern: /\bchange_column\b(?!_)/g,
    classify: (c) => {
      const { table, column, args } = tableColumn(c.text);
      return finding('destructive', c.line, `change_column ${table}.${column} to ${bareName(args[2])}`, {
        subject: `${table}.${column}`,
        alteration: { column: `${table}.${column}`, to: args.slice(2).join(', ') }
      });
    }
  },
  {
    pattern: /\bchange_column_null\b/g,
    classify: (c) => {
      const { table, column, args } = tableColumn(c.text);
      const subject = `${table}.${column}`;
      return /^false\b/.test(args[2] ?? '')
        ? finding('constraining', c.line, `change_column_null ${subject}, false`, {
            subject,
            columnChange: { column: subject, change: 'set-not-null' }
          })
        : finding('additive', c.line, `change_column_null ${table}.${column}, true`);
    }
  },
  {
    pattern: /\bchange_column_default\b/g,
    classify: (c) => {
      const { table, column } = tableColumn(c.text);
      return finding('additive', c.line, `change_column_default ${table}.${column}`, {
        columnChange: { column: `${table}.${column}`, change: 'set-default' }
      });
    }
  },
  {
    pattern: /\b(?:drop_table|drop_join_table|rename_table)\b/g,
    classify: (c) => {
      const table = bareName(splitArguments(c.text)[0]);
      return finding('destructive', c.line, `${c.match[0]} ${table}`, { subject: table });
    }
  },
  {
    pattern: /\badd_index\b/g,
    classify: (c) => {
      const table = bareName(splitArguments(c.text)[0]);
      const columns = [...(splitArguments(c.text)[1] ?? '').matchAll(/:(\w+)|["'](\w+)["']/g)].map(
        (m) => m[1] ?? m[2]
      );
      return /\bunique:\s*true\b/.test(c.text)
        ? finding('constraining', c.line, `add_index ${table} unique: true`, {
            subject: columns.length ? `${table}.${columns.join(', ')}` : table
          })
        : finding('additive', c.line, `add_index ${table}`);
    }
  },
  {
    pattern: /\bremove_index\b/g,
    classify: (c) =>
      finding('unverifiable', c.line, `remove_index ${bareName(splitArguments(c.text)[0])}`, {
        note: 'N-1 keeps working but may be slower'
      })
  },
  {
    pattern: /\badd_(?:foreign_key|check_constraint)\b/g,
    classify: (c) => {
      const table = bareName(splitArguments(c.text)[0]);
      return notValidated(c.text)
        ? finding('constraining', c.line, `${c.match[0]} ${table} validate: false`, {
            subject: table,
            severity: 'warning',
            note: 'new writes from N-1 are still checked'
          })
        : finding('constraining', c.line, `${c.match[0]} ${table}`, { subject: table });
    }
  },
  {
    pattern: /\bremove_(?:foreign_key|check_constraint)\b|\benable_extension\b/g,
    classify: (c) => finding('additive', c.line, `${c.match[0]} ${bareName(splitArguments(c.text)[0])}`)
  },
  // Inside `change_table :users do |t|`.
  {
    pattern: /\b\w+\.(?:remove|remove_references|remove_belongs_to|rename|change)\b(?=[\s(])/g,
    classify: (c) => {
      const subject = qualified(c, bareName(splitArguments(c.text)[0]));
      return finding('destructive', c.line, `change_table ${c.match[0]} ${subject}`, { subject });
    }
  },
  {
    pattern: new RegExp(`\\b\\w+\\.(?:${TABLE_COLUMN_TYPES})\\b(?=[\\s(])`, 'g'),
    classify: (c) => {
      if (c.block !== 'alter') return null;
      const subject = qualified(c, bareName(splitArguments(c.text)[0]));
      return hasNotNull(c.text) && !hasDefault(c.text)
        ? finding(
            'constraining',
            c.line,
            `change_table ${c.match[0]} ${subject} null: false without default`,
            {
              subject,
              note: 'N-1 does not write the column, so its inserts fail'
            }
          )
        : finding('additive', c.line, `change_table ${c.match[0]} ${subject}`);
    }
  },
  {
    pattern: /\.(?:update_all|delete_all|destroy_all)\b/g,
    classify: (c) =>
      finding('data-rewrite', c.line, `${c.match[0].slice(1)} (data rewrite in a migration)`, {
        subject: 'the rewritten rows'
      })
  },
  {
    // Rows rewritten one by one through a model (`find_each { |r| r.update!(…) }`, `r.save`):
    // no schema change, but N-1 may meet values it does not expect.
    pattern: /\b[a-z_]\w*\.(?:save!?|update!?|update_columns?|update_attribute)(?=[\s(]|$)/gm,
    classify: (c) =>
      /^t\./.test(c.match[0])
        ? null
        : finding('data-rewrite', c.line, 'rows rewritten through a model (data rewrite)', {
            subject: 'the rewritten rows',
            severity: 'warning',
            note: 'N-1 may not read the values this migration writes'
          })
  },
  { pattern: /\bexecute\b[ \t(]*/g, sql: true }
];

export async function analyseRails(source: string, dialect?: SqlDialect): Promise<MigrationAnalysis> {
  const analysis = await analyseOrmSource(source, withDialect(RUBY, dialect), RULES);
  judgeSwappedForeignKeys(source, analysis);
  return analysis;
}

interface ForeignKeyCall {
  added: boolean;
  /** `from_table -> to_table (column)`: what the key checks, whatever its options. */
  key: string;
  options: string;
  line: number;
}

function foreignKeyCalls(source: string): ForeignKeyCall[] {
  const code = blankLineComments(source, RUBY.lineComment);
  const downAt = RUBY.down!.exec(code)?.index ?? code.length;
  const calls: ForeignKeyCall[] = [];
  for (const match of code.matchAll(/\b(add|remove)_foreign_key\b/g)) {
    if (match.index >= downAt) break;
    const args = splitArguments(code.slice(match.index, callEnd(code, match.index)));
    const from = bareName(args[0]);
    const positional = args[1] && !/^\w+:/.test(args[1]) ? bareName(args[1]) : null;
    const named = (name: string): string | null =>
      args.map((arg) => new RegExp(`^${name}:\\s*:?["']?(\\w+)`).exec(arg)?.[1]).find(Boolean) ?? null;
    const to = positional ?? named('to_table') ?? '?';
    // Rails' default column is the singular of the referenced table plus `_id`.
    const column = named('column') ?? `${to.replace(/s$/, '')}_id`;
    const options = args
      .slice(1)
      .filter((arg) => /^\w+:/.test(arg) && !/^(?:column|to_table|name):/.test(arg))
      .join(', ');
    calls.push({
      added: match[1] === 'add',
      key: `${from} -> ${to} (${column})`,
      options,
      line: lineAt(code, match.index)
    });
  }
  return calls;
}

/**
 * `remove_foreign_key` then `add_foreign_key` over the same table, referenced table and column
 * (to change `on_delete`, say) swaps a constraint N-1's writes already met: not a new one. Changed
 * options are named in a warning: N-1 keeps working, but a delete may now cascade or nullify.
 */
function judgeSwappedForeignKeys(source: string, analysis: MigrationAnalysis): void {
  const calls = foreignKeyCalls(source);
  for (const added of calls.filter((call) => call.added)) {
    const removed = calls.find((call) => !call.added && call.key === added.key && call.line < added.line);
    if (!removed) continue;
    const item = analysis.findings.find(
      (finding) => finding.line === added.line && finding.operation.startsWith('add_foreign_key ')
    );
    if (!item || item.severity !== 'blocker') continue;
    const why = `the foreign key ${added.key} removed at line ${removed.line} is added again, so N-1's writes were already checked by it`;
    if (added.options) {
      item.severity = 'warning';
      item.note = `${why}; its options are now ${added.options}, which changes what deleting a referenced row does`;
    } else {
      item.severity = 'info';
      item.effect = 'additive';
      item.category = 'additive';
      item.note = why;
    }
  }
}
