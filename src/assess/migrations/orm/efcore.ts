/** Entity Framework Core migrations: `Up` counts, `Down` is the down side. */
import { judgeRedefinition } from '../previous-definition.js';
import type { SqlDialect } from '../sql.js';
import { finding, type MigrationAnalysis } from '../types.js';
import { lineAt } from '../text.js';
import {
  analyseOrmSource,
  callEnd,
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
  const columns = single ? [single] : columnList(c.text);
  return columns.length ? `${tableName}.${columns.join(', ')}` : tableName;
}

/** `columns: new[] { "A", "B" }` or the collection expression `columns: ["A", "B"]`. */
function columnList(text: string): string[] {
  const list =
    /\bcolumns:\s*new(?:\s*\w+)?\s*\[\s*\]\s*\{([^}]*)\}/.exec(text)?.[1] ??
    /\bcolumns:\s*\[([^\]]*)\]/.exec(text)?.[1];
  return [...(list ?? '').matchAll(/"(\w+)"/g)].map((m) => m[1]!);
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

export async function analyseEfCore(source: string, dialect?: SqlDialect): Promise<MigrationAnalysis> {
  const analysis = await analyseOrmSource(source, withDialect(CSHARP, dialect), RULES);
  judgeRecreatedIndexes(source, analysis, dialect);
  return analysis;
}

interface IndexCall {
  method: 'CreateIndex' | 'DropIndex';
  name: string;
  table: string;
  columns: string[];
  unique: boolean;
  filter: string | null;
  line: number;
  direction: 'up' | 'down';
}

function indexCalls(source: string): IndexCall[] {
  const downAt = CSHARP.down!.exec(source)?.index ?? source.length;
  const calls: IndexCall[] = [];
  for (const match of source.matchAll(/\bmigrationBuilder\.(CreateIndex|DropIndex)\b/g)) {
    const text = source.slice(match.index, callEnd(source, match.index));
    calls.push({
      method: match[1] as IndexCall['method'],
      name: namedValue(text, 'name') ?? '?',
      table: namedValue(text, 'table') ?? '?',
      columns: namedValue(text, 'column') ? [namedValue(text, 'column')!] : columnList(text),
      unique: /\bunique:\s*true\b/.test(text),
      filter: /\bfilter:\s*"((?:[^"\\]|\\.)*)"/.exec(text)?.[1] ?? null,
      line: lineAt(source, match.index),
      direction: match.index < downAt ? 'up' : 'down'
    });
  }
  return calls;
}

/**
 * EF Core changes an index by dropping and creating it under the same name; its `Down` creates the
 * previous definition again. A unique index that `Up` drops and recreates over the same table and
 * columns, and that `Down` restores unique, is not a new constraint: N-1's writes were already
 * held to it. A partial index's `[c] IS NOT NULL` filter on one of its own columns changes nothing
 * outside SQL Server, where NULLs are the only values a unique index lets repeat.
 */
function judgeRecreatedIndexes(source: string, analysis: MigrationAnalysis, dialect?: SqlDialect): void {
  const calls = indexCalls(source);
  const sameKey = (a: IndexCall, b: IndexCall): boolean => a.name === b.name && a.table === b.table;
  for (const created of calls.filter((c) => c.method === 'CreateIndex' && c.direction === 'up' && c.unique)) {
    const dropped = calls.find(
      (c) => c.method === 'DropIndex' && c.direction === 'up' && c.line < created.line && sameKey(c, created)
    );
    const previous = calls.find(
      (c) => c.method === 'CreateIndex' && c.direction === 'down' && sameKey(c, created)
    );
    if (!dropped || !previous?.unique || previous.columns.join() !== created.columns.join()) continue;
    // SQL Server lets only NULLs repeat past a `[c] IS NOT NULL` filter: harmless once c is NOT NULL too.
    const madeNotNull = (column: string): boolean =>
      analysis.findings.some(
        (item) =>
          item.operation.startsWith(`AlterColumn ${created.table}.${column} `) &&
          /-> .*nullable: false$/.test(item.operation)
      );
    const filterChange = describeFilterChange(previous, created, madeNotNull, dialect);
    const why = `recreates the unique index ${created.name} that it drops at line ${dropped.line}, over the same columns (${created.table}.${created.columns.join(', ')}); Down restores it unique, so N-1's writes were already held to it`;
    for (const item of analysis.findings) {
      if (item.line === created.line && item.operation.startsWith(`CreateIndex ${created.name} `)) {
        const severity = filterChange === null || filterChange.harmless ? 'info' : 'warning';
        item.severity = severity;
        if (severity === 'info') {
          item.effect = 'additive';
          item.category = 'additive';
        }
        item.note = [why, filterChange?.words].filter(Boolean).join('; ');
      } else if (item.line === dropped.line && item.operation === `DropIndex ${dropped.name}`) {
        item.severity = 'info';
        item.effect = 'additive';
        item.category = 'additive';
        item.note = `recreated at line ${created.line} in this migration`;
      }
    }
  }
}

function describeFilterChange(
  previous: IndexCall,
  created: IndexCall,
  madeNotNull: (column: string) => boolean,
  dialect?: SqlDialect
): { harmless: boolean; words: string } | null {
  const normalise = (filter: string | null): string => (filter ?? '').replace(/[\s[\]"`]/g, '').toLowerCase();
  if (normalise(previous.filter) === normalise(created.filter)) return null;
  const exempted = /^\[?"?(\w+)"?\]?\s+IS\s+NOT\s+NULL$/i.exec((previous.filter ?? '').trim())?.[1];
  const onlyNullExemptionDropped =
    created.filter === null && exempted !== undefined && created.columns.includes(exempted);
  if (onlyNullExemptionDropped && (dialect !== 'transactsql' || madeNotNull(exempted))) {
    return {
      harmless: true,
      words: `its old filter (${previous.filter}) only exempted NULLs, which never collide in a unique index here or are no longer written`
    };
  }
  return {
    harmless: false,
    words: `its filter changes from ${previous.filter ?? 'none'} to ${created.filter ?? 'none'}, so rows N-1 writes may be checked that were not before`
  };
}
