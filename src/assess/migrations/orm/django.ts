/**
 * Django migrations: an `operations` list. Django reverses them itself, so there is no down
 * side in the file.
 */
import type { SqlDialect } from '../sql.js';
import { finding, type MigrationAnalysis } from '../types.js';
import {
  analyseOrmSource,
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
      if (
        /\bnull\s*=\s*True\b/.test(c.text) ||
        /ManyToManyField/.test(c.text) ||
        /\bdb_default\s*=/.test(c.text)
      ) {
        return finding('additive', c.line, `AddField ${subject}`);
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
    pattern: /\bmigrations\.(?:AddConstraint|AlterUniqueTogether)\b(?=\s*\()/g,
    classify: (c) => {
      const model = namedValue(c.text, 'model_name') ?? namedValue(c.text, 'name') ?? positional(c.text, 0);
      return finding('constraining', c.line, `${c.match[0].replace('migrations.', '')} ${model}`, {
        subject: model
      });
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
    pattern: /\bmigrations\.SeparateDatabaseAndState\b(?=\s*\()/g,
    classify: (c) =>
      finding('unverifiable', c.line, 'SeparateDatabaseAndState', {
        note: 'database operations differ from the model state'
      })
  },
  { pattern: /\bmigrations\.RunSQL\b[ \t]*(?=\s*\()/g, sql: true }
];

const MERGE_MIGRATION = /^[ \t]*operations\s*=\s*\[\s*\]/m;

export async function analyseDjango(source: string, dialect?: SqlDialect): Promise<MigrationAnalysis> {
  const analysis = await analyseOrmSource(source, withDialect(PYTHON, dialect), RULES);
  // A merge migration joins two branches of the graph and changes nothing.
  if (analysis.findings.length === 0 && MERGE_MIGRATION.test(source)) {
    const line = source.slice(0, MERGE_MIGRATION.exec(source)!.index).split('\n').length;
    analysis.findings.push(
      finding('additive', line, 'merge migration (operations = [])', { note: 'it changes no schema' })
    );
  }
  return analysis;
}
