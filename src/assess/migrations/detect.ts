/**
 * Cheap, pure path matching: is this changed file a database migration, and of which framework?
 * It runs over every path of a change set (benchmarked at 20,000), so patterns are compiled once
 * at module load and most paths are turned away by one substring check.
 */
import path from 'node:path';
import type { MigrationKind } from './types.js';

interface LayoutRule {
  kind: MigrationKind;
  pattern: RegExp;
}

// Order matters: the first rule that matches names the framework, so specific layouts come
// before the generic `migrations/*.sql` catch-all.
const LAYOUT_RULES: readonly LayoutRule[] = [
  { kind: 'rails', pattern: /(?:^|\/)db\/(?:migrate|post_migrate)\/[^/]+\.rb$/ },
  { kind: 'django', pattern: /(?:^|\/)migrations\/\d{4}_[^/]*\.py$/ },
  {
    kind: 'alembic',
    pattern: /(?:^|\/)(?:[^/]*alembic[^/]*|migrations?)\/versions\/(?!__init__\.py$)[^/]+\.py$/
  },
  { kind: 'prisma', pattern: /(?:^|\/)migrations\/[^/]+\/migration\.sql$/ },
  { kind: 'drizzle', pattern: /(?:^|\/)drizzle\/(?:[^/]+\/)*[^/]+\.sql$/ },
  { kind: 'flyway-undo', pattern: /(?:^|\/)U\d[\w.]*__[^/]+\.sql$/ },
  { kind: 'flyway-repeatable', pattern: /(?:^|\/)R__[^/]+\.sql$/ },
  { kind: 'flyway', pattern: /(?:^|\/)V\d[\w.]*__[^/]+\.sql$/ },
  { kind: 'golang-migrate-down', pattern: /\.down\.sql$/ },
  { kind: 'golang-migrate', pattern: /\.up\.sql$/ },
  { kind: 'liquibase', pattern: /(?:^|\/)[^/]*changelog[^/]*\.(?:xml|ya?ml|json|sql)$/i },
  { kind: 'liquibase', pattern: /(?:^|\/)changelogs?\/(?:[^/]+\/)*[^/]+\.(?:xml|ya?ml|json|sql)$/i },
  { kind: 'ecto', pattern: /(?:^|\/)priv\/[^/]+\/migrations\/[^/]+\.exs$/ },
  // EF Core names migrations `<14 digits>_<Name>.cs`; other C# under a Migrations folder (data
  // routines run by the application, helpers) is code. A migration named otherwise is still found
  // by its `[Migration("…")]` attribute (locations.ts).
  {
    kind: 'ef-core',
    pattern: /(?:^|\/)Migrations\/(?:[^/]+\/)*(?![^/]*\.Designer\.cs$)\d{14}_[^/]+\.cs$/
  },
  { kind: 'laravel', pattern: /(?:^|\/)database\/migrations\/[^/]+\.php$/ },
  // Knex, Sequelize and TypeORM all name files with a leading timestamp; requiring the digit keeps
  // `src/migrations/index.ts` style helpers out. Content decides which of the three it is.
  {
    kind: 'js-migration',
    pattern:
      /(?:^|\/)migrations?\/(?:[^/]+\/)*\d[^/]*\.[cm]?[jt]s$(?<!\.d\.ts)(?<!\.(?:test|spec)\.[cm]?[jt]s)/
  },
  { kind: 'dbmate', pattern: /(?:^|\/)db\/migrations\/[^/]+\.sql$/ },
  { kind: 'sqitch-revert', pattern: /(?:^|\/)revert\/(?:[^/]+\/)*[^/]+\.sql$/ },
  { kind: 'sqitch', pattern: /(?:^|\/)deploy\/(?:[^/]+\/)*[^/]+\.sql$/ },
  // Versioned schema folders (`schema/postgresql/v12/main/versioned/v1.14/*.sql`, as Temporal's
  // SQL tool applies them): each `v<semver>` folder is one migration step. CQL is not read.
  { kind: 'sql', pattern: /(?:^|\/)versioned\/v\d+(?:\.\d+)*\/[^/]+\.sql$/ },
  { kind: 'sql', pattern: /(?:^|\/)(?:migrations?|migrate)\/(?:[^/]+\/)*[^/]+\.sql$/i }
];

// Every rule above needs one of these in the path; checking them first keeps the common case
// (an ordinary source file) to a handful of substring searches.
const CANDIDATE_HINT = /migrat|versions\/|changelog|drizzle|deploy\/|revert\/|\.sql$/i;
const VENDORED = /(?:^|\/)node_modules\//;
// CI and repository tooling folders hold workflows named `changelog.yaml`, never migrations.
const TOOLING = /(?:^|\/)(?:\.github|\.gitlab|\.circleci|\.buildkite)\//;

export function detectMigration(filePath: string, extraGlobs: string[]): MigrationKind | null {
  const normalized = filePath.replaceAll('\\', '/');
  if (VENDORED.test(normalized) || TOOLING.test(normalized)) return null;
  if (CANDIDATE_HINT.test(normalized)) {
    for (const rule of LAYOUT_RULES) {
      if (rule.pattern.test(normalized)) return rule.kind;
    }
  }
  for (const glob of extraGlobs) {
    if (globMatcher(glob)(normalized)) return 'custom';
  }
  return null;
}

const globMatchers = new Map<string, (candidate: string) => boolean>();

/**
 * `path.matchesGlob` compiles its pattern on every call; over thousands of paths that dominates.
 * Each glob gets a cached matcher that first checks the glob's literal head and tail (`db/`,
 * `.sql`), which rules out almost every path without compiling anything.
 */
function globMatcher(glob: string): (candidate: string) => boolean {
  let matcher = globMatchers.get(glob);
  if (!matcher) {
    const full = (candidate: string): boolean => path.posix.matchesGlob(candidate, glob);
    // Braces, classes, escapes and negation make the literal parts unreliable: no shortcut then.
    if (/[{}[\]\\!]/.test(glob)) {
      matcher = full;
    } else {
      const head = glob.slice(0, glob.search(/[*?]|$/));
      const tail = glob.slice(glob.search(/[^*?]*$/));
      matcher = (candidate) => candidate.startsWith(head) && candidate.endsWith(tail) && full(candidate);
    }
    globMatchers.set(glob, matcher);
  }
  return matcher;
}

/** Down-side files: a code rollback does not run them, and they are not the change N made. */
export function isDownSideKind(kind: MigrationKind): boolean {
  return kind === 'flyway-undo' || kind === 'golang-migrate-down' || kind === 'sqitch-revert';
}
