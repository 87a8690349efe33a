/** Laravel migrations: `up()` counts, `down()` is the down side. Laravel columns are NOT NULL unless `->nullable()`. */
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

const PHP: OrmLanguage = {
  lineComment: /^(?:\/\/|#|\/\*|\*)/,
  up: /function\s+up\s*\(/,
  down: /function\s+down\s*\(/,
  blocks: [
    { name: 'create', pattern: /Schema::create\s*\(\s*["']?(\w*)/ },
    { name: 'alter', pattern: /Schema::table\s*\(\s*["']?(\w*)/ }
  ],
  dialect: undefined
};

const COLUMN_TYPES =
  'string|char|text|mediumText|longText|tinyText|integer|tinyInteger|smallInteger|mediumInteger|bigInteger|unsignedBigInteger|unsignedInteger|unsignedTinyInteger|unsignedSmallInteger|boolean|date|dateTime|dateTimeTz|time|timeTz|timestamp|timestampTz|decimal|double|float|json|jsonb|uuid|ulid|enum|set|binary|foreignId|foreignUuid|foreignUlid|year|ipAddress|macAddress';

function firstName(c: CallSite): string {
  return bareName(splitArguments(c.text)[0]);
}

/** The whole chained statement (`$table->string('x')->nullable();`) a column builder belongs to. */
function statementOf(c: CallSite): string {
  const source = c.match.input;
  const end = source.indexOf(';', c.offset);
  return source.slice(c.offset, end === -1 ? undefined : end);
}

const RULES: OrmRule[] = [
  {
    pattern: /Schema::create\b/g,
    classify: (c) => finding('additive', c.line, `Schema::create ${firstName(c)}`)
  },
  {
    pattern: /Schema::(?:drop|dropIfExists|rename)\b/g,
    classify: (c) =>
      finding('destructive', c.line, `${c.match[0]} ${firstName(c)}`, { subject: firstName(c) })
  },
  {
    pattern:
      /->(?:dropColumn|renameColumn|dropTimestamps|dropSoftDeletes|dropMorphs|dropConstrainedForeignId)\b/g,
    classify: (c) => {
      const subject = qualified(c, firstName(c));
      return finding('destructive', c.line, `${c.match[0].slice(2)} ${subject}`, { subject });
    }
  },
  {
    pattern: new RegExp(`\\$table->(?:${COLUMN_TYPES})\\s*\\(`, 'g'),
    classify: (c) => {
      const statement = statementOf(c);
      const column = qualified(c, firstName(c));
      // Made nullable only: every value N-1 writes still fits (the type as written is not compared).
      if (/->change\(\)/.test(statement) && /->nullable\(\s*(?:true\s*)?\)/.test(statement))
        return finding('unverifiable', c.line, `->nullable()->change() on column ${column}`, {
          category: 'constraining',
          note: 'the column becomes nullable (widening); N may write NULLs N-1 does not expect; check the type is unchanged'
        });
      if (/->change\(\)/.test(statement))
        return finding('destructive', c.line, `->change() on column ${column}`, {
          subject: column,
          note: 'changes the column type or constraints'
        });
      if (c.block !== 'alter') return null;
      if (/->nullable\(\s*\)|->nullable\(\s*true|->default\(|->useCurrent\(/.test(statement))
        return finding('additive', c.line, `add column ${column}`);
      return finding('constraining', c.line, `add column ${column} NOT NULL without default`, {
        subject: column,
        note: 'N-1 does not write the column, so its inserts fail'
      });
    }
  },
  {
    pattern: /\$table->(?:unique|foreign|primary)\s*\(/g,
    classify: (c) =>
      c.block === 'alter'
        ? finding('constraining', c.line, `${c.match[0].replace(/^\$table->|\s*\($/g, '')} ${firstName(c)}`, {
            subject: firstName(c)
          })
        : null
  },
  {
    // Indexes, and dropping keys or indexes that only guarded writes: N-1 keeps working.
    pattern:
      /\$table->(?:index|fullText|spatialIndex|rawIndex|dropUnique|dropForeign|dropPrimary|dropFullText|dropSpatialIndex)\s*\(/g,
    classify: (c) => {
      const columns = [...(splitArguments(c.text)[0] ?? '').matchAll(/["'](\w+)["']/g)].map((m) => m[1]);
      const method = c.match[0].replace(/^\$table->|\s*\($/g, '');
      return finding('additive', c.line, `${method} on ${c.blockTable ?? '?'} (${columns.join(', ')})`);
    }
  },
  {
    pattern: /\$table->dropIndex\b/g,
    classify: (c) =>
      finding('unverifiable', c.line, `dropIndex ${firstName(c)}`, {
        note: 'N-1 keeps working but may be slower'
      })
  },
  {
    pattern: /DB::table\([^)]*\)\s*(?:->\w+\([^)]*\)\s*)*->(?:update|delete)\b/g,
    classify: (c) =>
      finding('data-rewrite', c.line, 'DB::table(...)->update/delete (data rewrite)', {
        subject: 'the rewritten rows'
      })
  },
  {
    // Rows rewritten through Eloquent models (`Model::chunk(...)`, `$row->update([...])`,
    // `$row->save()`): no schema change, but N-1 may meet values it does not expect.
    pattern:
      /(?:\$\w+|\b[A-Z]\w*::\w+\([^;]*?\))->(?:update|save|delete|forceDelete|insert|upsert|increment|decrement)\s*\(/g,
    classify: (c) =>
      /^\$table->|^DB::/.test(c.match[0])
        ? null
        : finding('data-rewrite', c.line, 'rows rewritten through a model (data rewrite)', {
            subject: 'the rewritten rows',
            severity: 'warning',
            note: 'N-1 may not read the values this migration writes'
          })
  },
  { pattern: /DB::(?:statement|unprepared)\b[ \t]*/g, sql: true }
];

export function analyseLaravel(source: string, dialect?: SqlDialect): Promise<MigrationAnalysis> {
  return analyseOrmSource(source, withDialect(PHP, dialect), RULES);
}
