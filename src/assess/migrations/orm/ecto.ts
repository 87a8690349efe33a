/** Ecto (Elixir) migrations: `change`/`up` count, `down` is the down side. */
import type { SqlDialect } from '../sql.js';
import { checkToleratesNull, columnsOfCheck } from '../sql-statements.js';
import { finding, type MigrationAnalysis } from '../types.js';
import {
  analyseOrmSource,
  bareName,
  qualified,
  splitArguments,
  type CallSite,
  type OrmLanguage,
  type OrmRule,
  withDialect
} from './scan.js';

const ELIXIR: OrmLanguage = {
  lineComment: /^#/,
  up: /^[ \t]*def[ \t]+(?:up|change)\b/m,
  down: /^[ \t]*def[ \t]+down\b/m,
  blocks: [
    { name: 'create', pattern: /\bcreate(?:_if_not_exists)?\s+table\(\s*:?"?(\w*)/ },
    { name: 'alter', pattern: /\balter\s+table\(\s*:?"?(\w*)/ }
  ]
};

function tableOf(c: CallSite): string {
  return /table\(\s*:?"?(\w+)/.exec(c.text)?.[1] ?? '?';
}

function argumentOf(c: CallSite, index: number): string {
  return bareName(splitArguments(c.text)[index]);
}

function columnOf(c: CallSite): string {
  return qualified(c, argumentOf(c, 0));
}

const RULES: OrmRule[] = [
  {
    pattern: /\bcreate(?:_if_not_exists)?\s+table\(/g,
    classify: (c) => finding('additive', c.line, `create table(:${tableOf(c)})`)
  },
  {
    pattern: /\bcreate(?:_if_not_exists)?\s+unique_index\(/g,
    classify: (c) => {
      const table = /unique_index\(\s*:?"?(\w+)/.exec(c.text)?.[1] ?? '?';
      return finding('constraining', c.line, `create unique_index(:${table})`, { subject: table });
    }
  },
  {
    pattern: /\bcreate(?:_if_not_exists)?\s+index\(/g,
    classify: (c) => finding('additive', c.line, 'create index')
  },
  {
    pattern: /\bcreate\s+constraint\(/g,
    classify: (c) => {
      // The columns a NULL-tolerant check reads, so one on columns this range added is judged as such (net-effect.ts).
      const table = /constraint\(\s*:?"?(\w+)/.exec(c.text)?.[1] ?? '?';
      const check = /\bcheck:\s*"((?:[^"\\]|\\.)*)"/.exec(c.text)?.[1];
      const columns = check === undefined || !checkToleratesNull(check) ? [] : columnsOfCheck(check);
      return finding('constraining', c.line, 'create constraint', {
        subject: columns.length ? `${table}.${columns.join(', ')}` : table
      });
    }
  },
  {
    pattern: /\bdrop(?:_if_exists)?\s+table\(/g,
    classify: (c) => finding('destructive', c.line, `drop table(:${tableOf(c)})`, { subject: tableOf(c) })
  },
  {
    pattern: /\bdrop(?:_if_exists)?\s+index\(/g,
    classify: (c) =>
      finding('unverifiable', c.line, 'drop index', { note: 'N-1 keeps working but may be slower' })
  },
  {
    pattern: /\brename\s+table\(/g,
    classify: (c) => finding('destructive', c.line, `rename table(:${tableOf(c)})`, { subject: tableOf(c) })
  },
  {
    pattern: /^[ \t]*remove(?:_if_exists)?\s+:/gm,
    classify: (c) => finding('destructive', c.line, `remove ${columnOf(c)}`, { subject: columnOf(c) })
  },
  {
    pattern: /^[ \t]*modify\s+:/gm,
    classify: (c) =>
      finding('destructive', c.line, `modify ${columnOf(c)}`, {
        subject: columnOf(c),
        note: 'changes the column type or constraints'
      })
  },
  {
    pattern: /^[ \t]*add(?:_if_not_exists)?\s+:/gm,
    classify: (c) => {
      const column = columnOf(c);
      if (c.block === 'alter' && /\bnull:\s*false\b/.test(c.text) && !/\bdefault:/.test(c.text)) {
        return finding('constraining', c.line, `add ${column}, null: false without default`, {
          subject: column,
          note: 'N-1 does not write the column, so its inserts fail'
        });
      }
      return c.block === 'alter' ? finding('additive', c.line, `add ${column}`) : null;
    }
  },
  {
    pattern: /\brepo\(\)\.(?:update_all|delete_all)\b/g,
    classify: (c) =>
      finding('data-rewrite', c.line, `${c.match[0]} (data rewrite)`, { subject: 'the rewritten rows' })
  },
  { pattern: /\bexecute\b[ \t(]*/g, sql: true }
];

export function analyseEcto(source: string, dialect?: SqlDialect): Promise<MigrationAnalysis> {
  return analyseOrmSource(source, withDialect(ELIXIR, dialect), RULES);
}
