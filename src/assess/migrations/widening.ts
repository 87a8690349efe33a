/**
 * Old and new definitions of one column, compared as N-1 meets them: a wider column still holds
 * everything N-1 writes and reads back what it expects (N may write values N-1 does not expect);
 * a narrower one rejects or truncates N-1's writes. Definitions come as SQL types (`varchar(50)`),
 * Django fields (`models.CharField(max_length=100)`), SQLAlchemy types (`sa.String(length=100)`)
 * or Rails columns (`:string, limit: 100`).
 */

export type DefinitionChange =
  'same' | 'widens' | 'narrows' | 'cosmetic' | 'reencodes' | 'changes' | 'unknown';

/** Types that keep every value of the other but store it normalised (json ↔ jsonb). */
const REENCODINGS = new Set(['json>jsonb', 'jsonb>json']);

interface ColumnShape {
  family: 'text' | 'integer' | 'float' | 'decimal' | 'other';
  /** Name within the family (`varchar`, `bigint`, `CharField`): an `other` column compares by it. */
  name: string;
  /** Characters for text; bytes for integers; precision for decimals. */
  size: number | null;
  scale: number | null;
  nullable: boolean | null;
  /** Attributes that change no storage of the values (collation, charset, choices, help text). */
  cosmetic: string;
}

const INTEGER_BYTES: Record<string, number> = {
  tinyint: 1,
  smallint: 2,
  int2: 2,
  smallinteger: 2,
  smallintegerfield: 2,
  positivesmallintegerfield: 2,
  mediumint: 3,
  int: 4,
  int4: 4,
  integer: 4,
  integerfield: 4,
  positiveintegerfield: 4,
  serial: 4,
  bigint: 8,
  int8: 8,
  biginteger: 8,
  bigintegerfield: 8,
  positivebigintegerfield: 8,
  bigserial: 8,
  bigautofield: 8,
  autofield: 4,
  smallautofield: 2,
  int64: 8,
  int32: 4,
  int16: 2,
  int8ch: 1,
  uint64: 8,
  uint32: 4
};
const FLOAT_BYTES: Record<string, number> = {
  real: 4,
  float4: 4,
  float: 8,
  float8: 8,
  double: 8,
  'double precision': 8,
  floatfield: 8,
  float32: 4,
  float64: 8
};
const DECIMALS = new Set(['numeric', 'decimal', 'decimalfield', 'money']);
const TEXTS = new Set([
  'varchar',
  'character varying',
  'char',
  'character',
  'nvarchar',
  'nchar',
  'text',
  'string',
  'charfield',
  'textfield',
  'slugfield',
  'emailfield',
  'urlfield',
  'citext',
  'tinytext',
  'mediumtext',
  'longtext'
]);
/** Django's `max_length` when a field leaves it out. */
const DJANGO_DEFAULT_LENGTH: Record<string, number> = { urlfield: 200, slugfield: 50, emailfield: 254 };
const UNBOUNDED_TEXT = new Set(['text', 'textfield', 'citext', 'longtext', 'mediumtext']);

/** Parses one definition; null when nothing type-like is recognisable. */
export function shapeOf(definition: string): ColumnShape | null {
  const text = definition.trim();
  const typeName =
    /(?:models\.|sa\.|sqlalchemy\.|postgresql\.|mysql\.)?([A-Za-z][\w ]*?)\s*(?:\(|$|,|\s+(?:NOT\s+NULL|NULL|DEFAULT|COLLATE|CHARACTER|CHARSET|USING)\b)/i.exec(
      text.replace(/^:/, '')
    )?.[1];
  if (!typeName) return null;
  const name = typeName.trim().toLowerCase().replace(/\s+/g, ' ');
  const args = /\(([^()]*)\)/.exec(text)?.[1] ?? '';
  const number = (key: RegExp): number | null => {
    const found = key.exec(text)?.[1];
    return found === undefined ? null : Number(found);
  };
  const positional = args
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^\d+$/.test(part))
    .map(Number);
  const length =
    number(/\b(?:max_length|length|limit)\s*[=:]\s*(\d+)/) ??
    positional[0] ??
    (/^models\./.test(text) ? DJANGO_DEFAULT_LENGTH[name] : undefined) ??
    null;
  const nullable = /\bnull(?:able)?\s*[=:]\s*(True|true|False|false)\b/.exec(text)?.[1];
  // Unstated: Django fields are NOT NULL; SQL and Rails leave it as it was.
  const unstated = /^models\./.test(text) ? false : null;
  const notNullSql = /\bNOT\s+NULL\b/i.test(text) ? false : unstated;
  const cosmetic = [
    ...text.matchAll(
      /\b(?:db_collation|collation|COLLATE|CHARACTER\s+SET|CHARSET|choices|help_text|verbose_name)\b[^,)]*/gi
    )
  ]
    .map((m) => m[0].replace(/\s+/g, ' '))
    .join('|');
  const shape = (
    family: ColumnShape['family'],
    size: number | null,
    scale: number | null = null
  ): ColumnShape => ({
    family,
    name,
    size,
    scale,
    nullable: nullable === undefined ? notNullSql : /true/i.test(nullable),
    cosmetic
  });
  if (name in INTEGER_BYTES) return shape('integer', INTEGER_BYTES[name]!);
  if (name in FLOAT_BYTES) return shape('float', FLOAT_BYTES[name]!);
  if (DECIMALS.has(name)) {
    const precision = number(/\b(?:max_digits|precision)\s*[=:]\s*(\d+)/) ?? positional[0] ?? null;
    const scale = number(/\b(?:decimal_places|scale)\s*[=:]\s*(\d+)/) ?? positional[1] ?? null;
    return shape('decimal', precision, scale);
  }
  if (TEXTS.has(name)) return shape('text', UNBOUNDED_TEXT.has(name) ? null : length);
  return shape('other', length);
}

function compareSize(before: number | null, after: number | null): DefinitionChange {
  if (before === after) return 'same';
  if (after === null) return 'widens';
  if (before === null) return 'narrows';
  return after > before ? 'widens' : 'narrows';
}

function compareValues(before: ColumnShape, after: ColumnShape): DefinitionChange {
  if (before.family === 'text' && after.family === 'text') return compareSize(before.size, after.size);
  if (before.family === 'integer' && after.family === 'integer') return compareSize(before.size, after.size);
  if (before.family === 'float' && after.family === 'float') return compareSize(before.size, after.size);
  if (before.family === 'integer' && (after.family === 'float' || after.family === 'decimal')) {
    // A float or an unbounded numeric holds every integer N-1 writes (rounding aside past 2^53).
    if (after.family === 'float' || after.size === null) return 'widens';
    return after.size - (after.scale ?? 0) >= 2.5 * (before.size ?? 8) ? 'widens' : 'narrows';
  }
  if (before.family === 'decimal' && after.family === 'decimal') {
    if (after.size === null) return before.size === null ? 'same' : 'widens';
    if (before.size === null) return 'narrows';
    const integerDigits = compareSize(before.size - (before.scale ?? 0), after.size - (after.scale ?? 0));
    const fraction = compareSize(before.scale ?? 0, after.scale ?? 0);
    if (integerDigits === 'narrows' || fraction === 'narrows') return 'narrows';
    return integerDigits === 'same' && fraction === 'same' ? 'same' : 'widens';
  }
  if (before.family === 'other' && after.family === 'other' && before.name === after.name)
    return compareSize(before.size, after.size);
  if (REENCODINGS.has(`${before.name}>${after.name}`)) return 'reencodes';
  // Every label of an enum fits an unbounded string, and N-1 writes and reads the labels as text.
  if (before.name === 'enum' && after.family === 'text' && after.size === null) return 'widens';
  return 'changes';
}

/**
 * How `after` treats what N-1 writes and reads under `before`: `narrows` and `changes` can break
 * N-1; `widens` cannot; `cosmetic` (collation, charset, choices only) may change comparisons or
 * validation but no stored value.
 */
export function compareDefinitions(before: string, after: string): DefinitionChange {
  const old = shapeOf(before);
  const next = shapeOf(after);
  if (!old || !next) return 'unknown';
  const values = compareValues(old, next);
  if (values === 'changes' || values === 'narrows' || values === 'reencodes') return values;
  let nullability: DefinitionChange = 'same';
  if (next.nullable === true && old.nullable === false) nullability = 'widens';
  if (next.nullable === false && old.nullable === true) nullability = 'narrows';
  if (nullability === 'narrows') return 'narrows';
  if (values === 'widens' || nullability === 'widens') return 'widens';
  return old.cosmetic !== next.cosmetic ? 'cosmetic' : 'same';
}
