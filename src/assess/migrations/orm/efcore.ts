/** Entity Framework Core migrations: `Up` counts, `Down` is the down side. */
import { judgeRedefinition } from '../previous-definition.js';
import type { SqlDialect } from '../sql.js';
import { finding, type MigrationAnalysis } from '../types.js';
import {
  analyseOrmSource,
  namedValue,
  type CallSite,
  type OrmLanguage,
  type OrmRule,
  withDialect
} from './scan.js';

const CSHARP: OrmLanguage = {
  lineComment: /^(?:\/\/|\/\*|\*)/,
  up: /\bvoid\s+Up\s*\(/,
  down: /\bvoid\s+Down\s*\(/
};

const call = (names: string): RegExp => new RegExp(`\\bmigrationBuilder\\.(?:${names})\\b`, 'g');
const method = (c: CallSite): string => c.match[0].replace('migrationBuilder.', '');

function column(c: CallSite): string {
  return `${namedValue(c.text, 'table') ?? '?'}.${namedValue(c.text, 'name') ?? '?'}`;
}

/** `Users.NormalizedUsername` from `table: "Users", column: "NormalizedUsername"` (or `columns: new[] {…}`). */
function indexSubject(c: CallSite): string {
  const tableName = namedValue(c.text, 'table') ?? '?';
  const single = namedValue(c.text, 'column');
  const list = /\bcolumns:\s*new(?:\s*\w+)?\s*\[\s*\]\s*\{([^}]*)\}/.exec(c.text)?.[1];
  const columns = single ? [single] : [...(list ?? '').matchAll(/"(\w+)"/g)].map((m) => m[1]!);
  return columns.length ? `${tableName}.${columns.join(', ')}` : tableName;
}

function table(c: CallSite): string {
  return namedValue(c.text, 'name') ?? namedValue(c.text, 'table') ?? '?';
}

/** `nvarchar(200), nullable: true` from `type:`/`maxLength:`/`nullable:` (prefix `old` for the previous one). */
function efDefinition(text: string, prefix: '' | 'old'): string | null {
  const key = (name: string): string =>
    prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name;
  const type = new RegExp(`\\b${key('type')}:\\s*"([^"]+)"`).exec(text)?.[1];
  if (!type) return null;
  const maxLength = new RegExp(`\\b${key('maxLength')}:\\s*(\\d+)`).exec(text)?.[1];
  const nullable = new RegExp(`\\b${key('nullable')}:\\s*(true|false)`).exec(text)?.[1];
  const sized = maxLength && !type.includes('(') ? `${type}(${maxLength})` : type;
  return nullable ? `${sized}, nullable: ${nullable}` : sized;
}

const RULES: OrmRule[] = [
  {
    pattern: call('CreateTable|EnsureSchema|CreateSequence|InsertData'),
    classify: (c) => finding('additive', c.line, `${method(c)} ${table(c)}`)
  },
  {
    pattern: call('DropTable|RenameTable|DropSchema'),
    classify: (c) => finding('destructive', c.line, `${method(c)} ${table(c)}`, { subject: table(c) })
  },
  {
    pattern: call('DropColumn|RenameColumn'),
    classify: (c) => finding('destructive', c.line, `${method(c)} ${column(c)}`, { subject: column(c) })
  },
  {
    pattern: call('AlterColumn'),
    classify: (c) => {
      const subject = column(c);
      const before = efDefinition(c.text, 'old');
      const after = efDefinition(c.text, '');
      if (before && after) {
        // EF Core writes the old definition beside the new one: widening is not a hazard.
        const item = finding('constraining', c.line, `AlterColumn ${subject} ${before} -> ${after}`, {
          subject
        });
        judgeRedefinition(item, before, after);
        return item;
      }
      if (/\bnullable:\s*false\b/.test(c.text) && /\boldNullable:\s*true\b/.test(c.text)) {
        return finding('constraining', c.line, `AlterColumn ${subject} nullable: false`, { subject });
      }
      return finding('constraining', c.line, `AlterColumn ${subject}`, {
        subject,
        note: 'the column definition changed; check that it still accepts what N-1 writes'
      });
    }
  },
  {
    pattern: call('AddColumn'),
    classify: (c) => {
      const subject = column(c);
      return /\bnullable:\s*false\b/.test(c.text) &&
        !/\bdefaultValue(?:Sql)?:|\bcomputedColumnSql:/.test(c.text)
        ? finding('constraining', c.line, `AddColumn ${subject} nullable: false without defaultValue`, {
            subject,
            note: 'N-1 does not write the column, so its inserts fail'
          })
        : finding('additive', c.line, `AddColumn ${subject}`);
    }
  },
  {
    pattern: call('CreateIndex'),
    classify: (c) =>
      /\bunique:\s*true\b/.test(c.text)
        ? finding('constraining', c.line, `CreateIndex ${table(c)} unique: true`, {
            subject: indexSubject(c)
          })
        : finding('additive', c.line, `CreateIndex ${table(c)}`)
  },
  {
    pattern: call('AddForeignKey|AddUniqueConstraint|AddCheckConstraint|AddPrimaryKey'),
    classify: (c) =>
      finding('constraining', c.line, `${method(c)} ${table(c)}`, {
        subject: namedValue(c.text, 'table') ?? '?'
      })
  },
  {
    pattern: call('DropForeignKey|DropUniqueConstraint|DropCheckConstraint|DropPrimaryKey'),
    classify: (c) => finding('additive', c.line, `${method(c)} ${table(c)}`)
  },
  {
    pattern: call('DropIndex'),
    classify: (c) =>
      finding('unverifiable', c.line, `DropIndex ${table(c)}`, {
        note: 'N-1 keeps working but may be slower'
      })
  },
  {
    pattern: call('UpdateData|DeleteData'),
    classify: (c) =>
      finding('data-rewrite', c.line, `${method(c)} ${namedValue(c.text, 'table') ?? '?'}`, {
        subject: namedValue(c.text, 'table') ?? '?'
      })
  },
  { pattern: /\bmigrationBuilder\.Sql\b[ \t]*/g, sql: true }
];

export function analyseEfCore(source: string, dialect?: SqlDialect): Promise<MigrationAnalysis> {
  return analyseOrmSource(source, withDialect(CSHARP, dialect), RULES);
}
