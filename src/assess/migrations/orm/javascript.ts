/**
 * Knex, Sequelize and TypeORM migrations. The path only says "a timestamped file under
 * migrations/"; the content says which framework (or none, which is itself a warning).
 */
import type { SqlDialect } from '../sql.js';
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

export type JsFramework = 'knex' | 'sequelize' | 'typeorm';

export function jsFramework(source: string): JsFramework | null {
  if (/\bMigrationInterface\b|\bqueryRunner\b/.test(source)) return 'typeorm';
  if (/\bqueryInterface\b|\bSequelize\b/.test(source)) return 'sequelize';
  if (/\bexports\.up\b|\bexport\s+(?:async\s+)?function\s+up\b|\bknex\.schema\b|\bKnex\b/.test(source))
    return 'knex';
  return null;
}

const JS: OrmLanguage = {
  lineComment: /^(?:\/\/|\/\*|\*)/,
  up: /\bexports\.up\b|\bfunction\s+up\s*\(|\basync\s+up\s*\(|^\s*up\s*[:(]|\bup\s*[:=]\s*(?:async\s*)?(?:function\b|\()/m,
  down: /\bexports\.down\b|\bfunction\s+down\s*\(|\basync\s+down\s*\(|^\s*down\s*[:(]|\bdown\s*[:=]\s*(?:async\s*)?(?:function\b|\()/m,
  blocks: [
    { name: 'create', pattern: /\.createTable(?:IfNotExists)?\s*\(\s*["'`]?(\w*)/ },
    { name: 'alter', pattern: /\.(?:alterTable|table)\s*\(\s*["'`]?(\w*)/ }
  ]
};

function firstName(c: CallSite): string {
  return bareName(splitArguments(c.text)[0]);
}

function tableColumn(c: CallSite): string {
  const args = splitArguments(c.text);
  // Knex's table builder takes only the column; queryInterface/queryRunner calls take the table first.
  const receiver =
    /(\w+)\s*\.\s*$/.exec(c.match.input.slice(Math.max(0, c.offset - 40), c.offset + 1))?.[1] ?? '';
  return /^(?:queryInterface|queryRunner)$/.test(receiver)
    ? `${bareName(args[0])}.${bareName(args[1])}`
    : qualified(c, bareName(args[0]));
}

const RULES: OrmRule[] = [
  {
    pattern: /\.createTable(?:IfNotExists)?\b/g,
    classify: (c) => finding('additive', c.line, `createTable ${firstName(c)}`)
  },
  {
    pattern: /\.(?:dropColumns?|removeColumn|renameColumn|changeColumn)\b/g,
    classify: (c) => {
      const subject = tableColumn(c);
      return finding('destructive', c.line, `${c.match[0].slice(1)} ${subject}`, { subject });
    }
  },
  {
    pattern: /\.(?:dropTable(?:IfExists)?|renameTable)\b/g,
    classify: (c) =>
      finding('destructive', c.line, `${c.match[0].slice(1)} ${firstName(c)}`, { subject: firstName(c) })
  },
  {
    pattern: /\.addColumn\b/g,
    classify: (c) => {
      const subject = tableColumn(c);
      const hasDefault = /\b(?:defaultValue|default)\s*:/.test(c.text);
      // Sequelize columns are nullable unless allowNull: false; TypeORM TableColumns are NOT NULL unless isNullable: true.
      const notNull =
        /\ballowNull\s*:\s*false\b/.test(c.text) ||
        (/\bTableColumn\b/.test(c.text) && !/\bisNullable\s*:\s*true\b/.test(c.text)) ||
        /\bisNullable\s*:\s*false\b/.test(c.text);
      return notNull && !hasDefault
        ? finding('constraining', c.line, `addColumn ${subject} NOT NULL without default`, {
            subject,
            note: 'N-1 does not write the column, so its inserts fail'
          })
        : finding('additive', c.line, `addColumn ${subject}`);
    }
  },
  {
    // Knex column builders inside alterTable: `table.string('x').notNullable()`.
    pattern: /\.notNullable\(\)/g,
    classify: (c) => {
      if (c.block !== 'alter') return null;
      const line = lineOf(c);
      if (/\.defaultTo\(/.test(line) || /\.alter\(\)/.test(line)) return null;
      const column = qualified(c, /\.\w+\(\s*["'`](\w+)["'`]/.exec(line)?.[1] ?? '?');
      return finding('constraining', c.line, `${column} notNullable() without defaultTo in alterTable`, {
        subject: column,
        note: 'N-1 does not write the column, so its inserts fail'
      });
    }
  },
  {
    pattern: /\.alter\(\)/g,
    classify: (c) => {
      const column = qualified(c, /\.\w+\(\s*["'`](\w+)["'`]/.exec(lineOf(c))?.[1] ?? '?');
      return finding('destructive', c.line, `alter() column ${column}`, {
        subject: column,
        note: 'changes the column type or constraints'
      });
    }
  },
  {
    pattern: /\b\w+\.(?:unique|foreign|primary)\s*\(/g,
    classify: (c) =>
      c.block === 'alter'
        ? finding('constraining', c.line, `${c.match[0].replace(/\s*\($/, '')} in alterTable`, {
            subject: firstName(c)
          })
        : null
  },
  {
    pattern:
      /\.(?:addConstraint|createUniqueConstraint|createForeignKeys?|createCheckConstraint|createPrimaryKey)\b/g,
    classify: (c) =>
      finding('constraining', c.line, `${c.match[0].slice(1)} ${firstName(c)}`, { subject: firstName(c) })
  },
  {
    pattern: /\.(?:addIndex|createIndex)\b/g,
    classify: (c) =>
      /\b(?:unique|isUnique)\s*:\s*true\b/.test(c.text)
        ? finding('constraining', c.line, `${c.match[0].slice(1)} ${firstName(c)} unique`, {
            subject: firstName(c)
          })
        : finding('additive', c.line, `${c.match[0].slice(1)} ${firstName(c)}`)
  },
  {
    pattern: /\.(?:removeIndex|dropIndex)\b/g,
    classify: (c) =>
      finding('unverifiable', c.line, `${c.match[0].slice(1)} ${firstName(c)}`, {
        note: 'N-1 keeps working but may be slower'
      })
  },
  {
    pattern: /\.(?:bulkDelete|bulkUpdate)\b/g,
    classify: (c) =>
      finding('data-rewrite', c.line, `${c.match[0].slice(1)} ${firstName(c)}`, { subject: firstName(c) })
  },
  {
    pattern: /\.bulkInsert\b/g,
    classify: (c) => finding('additive', c.line, `bulkInsert ${firstName(c)} (seed data)`)
  },
  {
    pattern: /\b(?:queryRunner\.query|knex\.raw|\.schema\.raw|sequelize\.query|\bdb\.raw)\b[ \t]*/g,
    sql: true
  }
];

function lineOf(c: CallSite): string {
  const text = c.match.input;
  const start = text.lastIndexOf('\n', c.offset) + 1;
  const end = text.indexOf('\n', c.offset);
  return text.slice(start, end === -1 ? undefined : end);
}

export async function analyseJavaScript(source: string, dialect?: SqlDialect): Promise<MigrationAnalysis> {
  const framework = jsFramework(source);
  const analysis = await analyseOrmSource(source, withDialect(JS, dialect), RULES);
  if (framework === null) {
    analysis.findings.unshift(
      finding('unverifiable', 1, 'migration-like file that is not Knex, Sequelize or TypeORM', {
        note: 'the path looks like a migration but the content was not recognised; check it by hand'
      })
    );
  } else analysis.framework = framework;
  return analysis;
}
