/**
 * Where a project keeps its migrations and in which SQL dialect, from its own configuration
 * first: `alembic.ini` (script_location, version_locations), Django's MIGRATION_MODULES,
 * `schema.prisma` (its folder and provider), Flyway's `locations`, Liquibase's master changelog
 * includes, Rails' `database.yml` (migrations_paths per database), Knex/TypeORM/Sequelize config,
 * EF Core's `[Migration("…")]` attribute. The layout rules (detect.ts) come after.
 *
 * A change set lists only changed files, so configs are found by asking for them by name: a read
 * of a path that does not exist answers null at the cost of one cat-file request. Only the names a
 * range's changed files make relevant are asked for (`.py` files: alembic.ini and manage.py), at
 * the root and in the top-level folders that hold those files.
 */
import path from 'node:path';
import type { ChangedFile } from '../types.js';
import { detectMigration } from './detect.js';
import type { SqlDialect } from './sql.js';
import type { MigrationKind } from './types.js';

export type ReadHead = (path: string) => Promise<string | null>;

export interface ConfiguredDialect {
  parser: SqlDialect;
  name: string;
}

export interface MigrationLocation {
  kind: MigrationKind;
  /** Repository-relative folder (no trailing slash; '' is the root), or one file. */
  directory: string;
  /** Set when the location is one file (a Liquibase include). */
  file?: boolean;
  dialect?: ConfiguredDialect;
  /** The config that named it, for the README's "how it was found". */
  source: string;
}

export interface DetectedMigration {
  kind: MigrationKind;
  dialect?: ConfiguredDialect;
}

export interface MigrationLayout {
  locations: MigrationLocation[];
  /** Config locations first, then the layout rules; the config's dialect for either. */
  detect(filePath: string, extraGlobs: string[]): DetectedMigration | null;
}

const EXTENSIONS: Partial<Record<MigrationKind, RegExp>> = {
  alembic: /\.py$/,
  django: /(?:^|\/)(?!__init__)[^/]+\.py$/,
  rails: /\.rb$/,
  prisma: /\/migration\.sql$/,
  flyway: /(?:^|\/)[VUR]\d*[\w.]*__[^/]+\.sql$|(?:^|\/)R__[^/]+\.sql$/,
  liquibase: /\.(?:xml|ya?ml|json|sql)$/,
  'js-migration': /\.[cm]?[jt]s$/,
  'ef-core': /\.cs$/
};

const DIALECT_WORDS: [RegExp, ConfiguredDialect][] = [
  [/mysql|trilogy/i, { parser: 'mysql', name: 'mysql' }],
  [/mariadb/i, { parser: 'mariadb', name: 'mariadb' }],
  [/sqlite/i, { parser: 'sqlite', name: 'sqlite' }],
  [/cockroach/i, { parser: 'postgresql', name: 'cockroach' }],
  [/clickhouse/i, { parser: 'clickhouse', name: 'clickhouse' }],
  [/sqlserver|mssql/i, { parser: 'transactsql', name: 'transactsql' }],
  [/postgres/i, { parser: 'postgresql', name: 'postgres' }]
];

export function dialectNamed(text: string | undefined): ConfiguredDialect | undefined {
  if (!text) return undefined;
  return DIALECT_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}

/** Folders to look for configs in: the root and the top-level folders of the changed files, a few at most. */
const MAX_TOP_FOLDERS = 8;

export async function discoverMigrationLayout(
  files: readonly ChangedFile[],
  unsafeReadHead: ReadHead
): Promise<MigrationLayout> {
  // A config that cannot be read is a config not found: the layout rules still apply.
  const readHead: ReadHead = (filePath) => unsafeReadHead(filePath).catch(() => null);
  const extensions = new Set<string>();
  const folders = new Map<string, Set<string>>();
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (file.status === 'deleted') continue;
    const extension = path.posix.extname(file.path).toLowerCase();
    extensions.add(extension);
    const slash = file.path.indexOf('/');
    const top = slash === -1 ? '' : file.path.slice(0, slash);
    let set = folders.get(extension);
    if (!set) folders.set(extension, (set = new Set()));
    if (set.size < MAX_TOP_FOLDERS) set.add(top);
  }
  const roots = (extension: string): string[] => ['', ...[...(folders.get(extension) ?? [])].filter(Boolean)];
  const readers: Promise<MigrationLocation[]>[] = [];
  if (extensions.has('.py')) {
    for (const root of roots('.py'))
      readers.push(alembicLocations(root, readHead), djangoLocations(root, readHead));
  }
  if (extensions.has('.sql')) {
    for (const root of roots('.sql')) readers.push(flywayLocations(root, readHead));
    readers.push(prismaLocations(prismaSchemaCandidates(files, roots('.sql')), readHead));
  }
  if (extensions.has('.sql') || extensions.has('.xml') || extensions.has('.yaml') || extensions.has('.yml')) {
    readers.push(liquibaseLocations(readHead));
  }
  if (extensions.has('.rb')) for (const root of roots('.rb')) readers.push(railsLocations(root, readHead));
  for (const extension of ['.js', '.ts', '.mjs', '.cjs']) {
    if (!extensions.has(extension)) continue;
    for (const root of roots(extension)) readers.push(javascriptLocations(root, readHead));
    break;
  }
  const locations = (await Promise.all(readers)).flat();
  const efCore = await efCoreFiles(files, readHead);
  return layoutOf([...locations, ...efCore]);
}

export function layoutOf(locations: MigrationLocation[]): MigrationLayout {
  // Longest folder first, so a nested location wins over its parent.
  const sorted = [...locations].sort((a, b) => b.directory.length - a.directory.length);
  const within = (filePath: string, location: MigrationLocation): boolean =>
    location.file
      ? filePath === location.directory
      : location.directory === '' || filePath.startsWith(`${location.directory}/`);
  return {
    locations,
    detect(filePath, extraGlobs) {
      for (const location of sorted) {
        if (!within(filePath, location)) continue;
        const extension = EXTENSIONS[location.kind];
        if (location.file || !extension || extension.test(filePath)) {
          if (/(?:^|\/)__init__\.py$/.test(filePath) || /(?:^|\/)env\.py$/.test(filePath)) continue;
          return location.dialect
            ? { kind: location.kind, dialect: location.dialect }
            : { kind: location.kind };
        }
      }
      const kind = detectMigration(filePath, extraGlobs);
      if (!kind) return null;
      const dialect = sorted.find((location) => location.dialect && within(filePath, location))?.dialect;
      return dialect ? { kind, dialect } : { kind };
    }
  };
}

function join(root: string, relative: string): string {
  const joined = path.posix.normalize(path.posix.join(root, relative.replace(/^\.\//, '')));
  return joined === '.' ? '' : joined.replace(/\/+$/, '');
}

function iniValue(text: string, key: string): string | undefined {
  return new RegExp(`^\\s*${key}\\s*[=:]\\s*(.+?)\\s*$`, 'm').exec(text)?.[1];
}

// ---- Alembic ------------------------------------------------------------------------------

async function alembicLocations(root: string, readHead: ReadHead): Promise<MigrationLocation[]> {
  const configPath = join(root, 'alembic.ini');
  const text = await readHead(configPath);
  if (text === null) return [];
  const resolve = (value: string): string => join(root, value.replace(/%\(here\)s\/?/g, ''));
  const script = iniValue(text, 'script_location');
  const folders: string[] = [];
  if (script && !script.includes(':')) folders.push(`${resolve(script)}/versions`);
  const versions = iniValue(text, 'version_locations');
  if (versions)
    folders.push(
      ...versions
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(resolve)
    );
  // Only the dialect is taken from the URL (never the URL itself: it may hold a password).
  const dialect = dialectNamed(/^[\w+]+(?=:\/\/)/.exec(iniValue(text, 'sqlalchemy\\.url') ?? '')?.[0]);
  return folders.map((directory) => ({
    kind: 'alembic',
    directory,
    source: configPath,
    ...(dialect ? { dialect } : {})
  }));
}

// ---- Django -------------------------------------------------------------------------------

async function djangoLocations(root: string, readHead: ReadHead): Promise<MigrationLocation[]> {
  const manage = await readHead(join(root, 'manage.py'));
  const settingsModule = manage
    ? /DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["']/.exec(manage)?.[1]
    : undefined;
  if (!settingsModule) return [];
  const modulePath = join(root, settingsModule.replace(/\./g, '/'));
  const settingsPath = `${modulePath}.py`;
  const settings = (await readHead(settingsPath)) ?? (await readHead(`${modulePath}/__init__.py`));
  const modules = settings ? /\bMIGRATION_MODULES\s*=\s*\{([\s\S]*?)\}/.exec(settings)?.[1] : undefined;
  if (!modules) return [];
  return [...modules.matchAll(/["'][\w.]+["']\s*:\s*["']([\w.]+)["']/g)].map((match) => ({
    kind: 'django',
    directory: join(root, match[1]!.replace(/\./g, '/')),
    source: settingsPath
  }));
}

// ---- Prisma -------------------------------------------------------------------------------

/**
 * schema.prisma sits beside its `migrations` folder: a changed `<dir>/migrations/<name>/migration.sql`
 * asks for `<dir>/schema.prisma`; the usual `prisma/schema.prisma` is asked for at each root too.
 */
function prismaSchemaCandidates(files: readonly ChangedFile[], roots: string[]): string[] {
  const candidates = new Set<string>();
  for (let i = 0; i < files.length; i++) {
    const match = /^(?:(.*)\/)?migrations\/[^/]+\/migration\.sql$/.exec(files[i]!.path);
    if (match && candidates.size < MAX_TOP_FOLDERS) candidates.add(join(match[1] ?? '', 'schema.prisma'));
  }
  for (const root of roots) candidates.add(join(root, 'prisma/schema.prisma'));
  return [...candidates];
}

async function prismaLocations(schemaPaths: string[], readHead: ReadHead): Promise<MigrationLocation[]> {
  const found = await Promise.all(
    schemaPaths.map(async (schemaPath): Promise<MigrationLocation | null> => {
      const text = await readHead(schemaPath);
      if (text === null) return null;
      const datasource = /datasource\s+\w+\s*\{([\s\S]*?)\}/.exec(text)?.[1] ?? '';
      const provider = /\bprovider\s*=\s*["']([\w-]+)["']/.exec(datasource)?.[1];
      const dialect = dialectNamed(provider);
      return {
        kind: 'prisma',
        directory: join(path.posix.dirname(schemaPath), 'migrations'),
        source: schemaPath,
        ...(dialect ? { dialect } : {})
      };
    })
  );
  return found.filter((location): location is MigrationLocation => location !== null);
}

// ---- Flyway -------------------------------------------------------------------------------

const FLYWAY_CONFIGS = [
  'flyway.conf',
  'conf/flyway.conf',
  'flyway.toml',
  'src/main/resources/application.properties'
];

async function flywayLocations(root: string, readHead: ReadHead): Promise<MigrationLocation[]> {
  const found: MigrationLocation[] = [];
  for (const name of FLYWAY_CONFIGS) {
    const configPath = join(root, name);
    const text = await readHead(configPath);
    if (text === null) continue;
    const value =
      iniValue(text, '(?:flyway\\.|spring\\.flyway\\.)?locations') ??
      /locations\s*=\s*\[([^\]]*)\]/.exec(text)?.[1];
    if (!value) continue;
    const dialect = dialectNamed(iniValue(text, '(?:flyway\\.|spring\\.datasource\\.)?url'));
    for (const raw of value.split(',')) {
      const location = raw.trim().replace(/^["']|["']$/g, '');
      const classpath = /^classpath:(.+)$/.exec(location)?.[1];
      const filesystem = /^(?:filesystem:)?([^:]+)$/.exec(location)?.[1];
      const directory = classpath
        ? join(root, `src/main/resources/${classpath}`)
        : filesystem
          ? join(root, filesystem)
          : null;
      if (directory !== null)
        found.push({ kind: 'flyway', directory, source: configPath, ...(dialect ? { dialect } : {}) });
    }
  }
  return found;
}

// ---- Liquibase ----------------------------------------------------------------------------

const LIQUIBASE_MASTERS = [
  'liquibase.properties',
  'src/main/resources/db/changelog/db.changelog-master.yaml',
  'src/main/resources/db/changelog/db.changelog-master.xml',
  'db/changelog/db.changelog-master.xml',
  'db/changelog/db.changelog-master.yaml'
];

async function liquibaseLocations(readHead: ReadHead): Promise<MigrationLocation[]> {
  const found: MigrationLocation[] = [];
  for (const name of LIQUIBASE_MASTERS) {
    const text = await readHead(name);
    if (text === null) continue;
    let master = name;
    let content: string | null = text;
    if (name.endsWith('.properties')) {
      const file = iniValue(text, '(?:changeLogFile|changelog-file)');
      if (!file) continue;
      master = join('', file);
      content = await readHead(master);
      if (content === null) continue;
    }
    found.push({ kind: 'liquibase', directory: master, file: true, source: name });
    const directory = path.posix.dirname(master);
    for (const include of content.matchAll(
      /<include\s+[^>]*file=["']([^"']+)["']|^\s*-?\s*file:\s*["']?([^"'\s]+)/gm
    )) {
      for (const file of includeCandidates(directory, include[1] ?? include[2]!))
        found.push({ kind: 'liquibase', directory: file, file: true, source: master });
    }
    for (const include of content.matchAll(
      /<includeAll\s+[^>]*path=["']([^"']+)["']|^\s*path:\s*["']?([^"'\s]+)/gm
    )) {
      for (const folder of includeCandidates(directory, include[1] ?? include[2]!))
        found.push({ kind: 'liquibase', directory: folder, source: master });
    }
  }
  return found;
}

/**
 * An include is relative to its changelog (relativeToChangelogFile) or to the classpath root
 * (the default): every reading is kept, since only changed files are matched against them.
 */
function includeCandidates(changelogFolder: string, include: string): string[] {
  const relative = include.replace(/^classpath\*?:\/?/, '');
  return [
    ...new Set([join(changelogFolder, relative), join('', relative), join('src/main/resources', relative)])
  ];
}

// ---- Rails --------------------------------------------------------------------------------

async function railsLocations(root: string, readHead: ReadHead): Promise<MigrationLocation[]> {
  const configPath = join(root, 'config/database.yml');
  const text = await readHead(configPath);
  if (text === null) return [];
  const dialect = dialectNamed(/^\s*adapter:\s*(\S+)/m.exec(text)?.[1]);
  // The default folder too, so its migrations get the adapter's dialect.
  const paths = new Set<string>(['db/migrate']);
  for (const match of text.matchAll(/^\s*migrations_paths:\s*(.+)$/gm)) {
    const value = match[1]!.trim();
    for (const entry of value.replace(/^\[|\]$/g, '').split(',')) {
      const cleaned = entry.trim().replace(/^["']|["']$/g, '');
      if (cleaned) paths.add(cleaned);
    }
  }
  return [...paths].map((entry) => ({
    kind: 'rails',
    directory: join(root, entry),
    source: configPath,
    ...(dialect ? { dialect } : {})
  }));
}

// ---- Knex, TypeORM, Sequelize -------------------------------------------------------------

const JS_CONFIGS = [
  'knexfile.js',
  'knexfile.ts',
  'ormconfig.json',
  'ormconfig.js',
  'ormconfig.ts',
  '.sequelizerc'
];

async function javascriptLocations(root: string, readHead: ReadHead): Promise<MigrationLocation[]> {
  const found: MigrationLocation[] = [];
  for (const name of JS_CONFIGS) {
    const configPath = join(root, name);
    const text = await readHead(configPath);
    if (text === null) continue;
    const dialect = dialectNamed(/\b(?:client|type|dialect)["']?\s*:\s*["']([\w-]+)["']/.exec(text)?.[1]);
    const directories: string[] = [];
    // Knex: migrations: { directory: './db/migrations' }
    for (const match of text.matchAll(/\bdirectory["']?\s*:\s*["']([^"']+)["']/g))
      directories.push(match[1]!);
    // TypeORM: "migrations": ["src/migration/**/*.ts"]
    const typeorm = /["']?migrations["']?\s*:\s*\[([^\]]*)\]/.exec(text)?.[1];
    if (typeorm) {
      for (const match of typeorm.matchAll(/["']([^"']+)["']/g))
        directories.push(match[1]!.replace(/\/?\*.*$/, '').replace(/\/[^/]*\.[jt]s$/, ''));
    }
    // Sequelize: 'migrations-path': path.resolve('db', 'migrations')
    const sequelize =
      /["']migrations-path["']\s*:\s*(?:path\.(?:resolve|join)\(([^)]*)\)|["']([^"']+)["'])/.exec(text);
    if (sequelize) {
      directories.push(
        sequelize[2] ?? [...sequelize[1]!.matchAll(/["']([^"']+)["']/g)].map((m) => m[1]).join('/')
      );
    }
    for (const directory of directories) {
      found.push({
        kind: 'js-migration',
        directory: join(root, directory),
        source: configPath,
        ...(dialect ? { dialect } : {})
      });
    }
  }
  return found;
}

// ---- EF Core ------------------------------------------------------------------------------

/** EF Core names migrations `<14 digits>_<Name>.cs` and marks them `[Migration("…")]`, wherever they live. */
async function efCoreFiles(files: readonly ChangedFile[], readHead: ReadHead): Promise<MigrationLocation[]> {
  const candidates = files.filter(
    (file) =>
      file.status !== 'deleted' &&
      /(?:^|\/)\d{14}_[^/]+\.cs$/.test(file.path) &&
      !/\.Designer\.cs$/.test(file.path) &&
      detectMigration(file.path, []) === null
  );
  const found = await Promise.all(
    candidates.slice(0, 50).map(async (file) => {
      const text = await readHead(file.path);
      return text !== null && /\[Migration\(\s*"/.test(text) ? file.path : null;
    })
  );
  // The attribute sits in the `.Designer.cs` twin; the migration class file carries Up/Down.
  const twins = await Promise.all(
    candidates.slice(0, 50).map(async (file, index) => {
      if (found[index]) return file.path;
      const designer = await readHead(file.path.replace(/\.cs$/, '.Designer.cs'));
      return designer !== null && /\[Migration\(\s*"/.test(designer) ? file.path : null;
    })
  );
  return twins
    .filter((filePath): filePath is string => filePath !== null)
    .map((filePath) => ({ kind: 'ef-core', directory: filePath, file: true, source: filePath }));
}
