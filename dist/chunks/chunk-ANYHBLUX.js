import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));

// src/assess/migrations/detect.ts
import path from "node:path";
var LAYOUT_RULES = [
  { kind: "rails", pattern: /(?:^|\/)db\/(?:migrate|post_migrate)\/[^/]+\.rb$/ },
  { kind: "django", pattern: /(?:^|\/)migrations\/\d{4}_[^/]*\.py$/ },
  {
    kind: "alembic",
    pattern: /(?:^|\/)(?:[^/]*alembic[^/]*|migrations?)\/versions\/(?!__init__\.py$)[^/]+\.py$/
  },
  { kind: "prisma", pattern: /(?:^|\/)migrations\/[^/]+\/migration\.sql$/ },
  { kind: "drizzle", pattern: /(?:^|\/)drizzle\/(?:[^/]+\/)*[^/]+\.sql$/ },
  { kind: "flyway-undo", pattern: /(?:^|\/)U\d[\w.]*__[^/]+\.sql$/ },
  { kind: "flyway-repeatable", pattern: /(?:^|\/)R__[^/]+\.sql$/ },
  { kind: "flyway", pattern: /(?:^|\/)V\d[\w.]*__[^/]+\.sql$/ },
  { kind: "golang-migrate-down", pattern: /\.down\.sql$/ },
  { kind: "golang-migrate", pattern: /\.up\.sql$/ },
  { kind: "liquibase", pattern: /(?:^|\/)[^/]*changelog[^/]*\.(?:xml|ya?ml|json|sql)$/i },
  { kind: "liquibase", pattern: /(?:^|\/)changelogs?\/(?:[^/]+\/)*[^/]+\.(?:xml|ya?ml|json|sql)$/i },
  { kind: "ecto", pattern: /(?:^|\/)priv\/[^/]+\/migrations\/[^/]+\.exs$/ },
  // EF Core names migrations `<14 digits>_<Name>.cs`; other C# under a Migrations folder (data
  // routines run by the application, helpers) is code. A migration named otherwise is still found
  // by its `[Migration("…")]` attribute (locations.ts).
  {
    kind: "ef-core",
    pattern: /(?:^|\/)Migrations\/(?:[^/]+\/)*(?![^/]*\.Designer\.cs$)\d{14}_[^/]+\.cs$/
  },
  { kind: "laravel", pattern: /(?:^|\/)database\/migrations\/[^/]+\.php$/ },
  // Knex, Sequelize and TypeORM all name files with a leading timestamp; requiring the digit keeps
  // `src/migrations/index.ts` style helpers out. Content decides which of the three it is.
  {
    kind: "js-migration",
    pattern: /(?:^|\/)migrations?\/(?:[^/]+\/)*\d[^/]*\.[cm]?[jt]s$(?<!\.d\.ts)(?<!\.(?:test|spec)\.[cm]?[jt]s)/
  },
  { kind: "dbmate", pattern: /(?:^|\/)db\/migrations\/[^/]+\.sql$/ },
  { kind: "sqitch-revert", pattern: /(?:^|\/)revert\/(?:[^/]+\/)*[^/]+\.sql$/ },
  { kind: "sqitch", pattern: /(?:^|\/)deploy\/(?:[^/]+\/)*[^/]+\.sql$/ },
  // Versioned schema folders (`schema/postgresql/v12/main/versioned/v1.14/*.sql`, as Temporal's
  // SQL tool applies them): each `v<semver>` folder is one migration step. CQL is not read.
  { kind: "sql", pattern: /(?:^|\/)versioned\/v\d+(?:\.\d+)*\/[^/]+\.sql$/ },
  { kind: "sql", pattern: /(?:^|\/)(?:migrations?|migrate)\/(?:[^/]+\/)*[^/]+\.sql$/i }
], CANDIDATE_HINT = /migrat|versions\/|changelog|drizzle|deploy\/|revert\/|\.sql$/i, VENDORED = /(?:^|\/)node_modules\//, TOOLING = /(?:^|\/)(?:\.github|\.gitlab|\.circleci|\.buildkite)\//;
function detectMigration(filePath, extraGlobs) {
  let normalized = filePath.replaceAll("\\", "/");
  if (VENDORED.test(normalized) || TOOLING.test(normalized)) return null;
  if (CANDIDATE_HINT.test(normalized)) {
    for (let rule of LAYOUT_RULES)
      if (rule.pattern.test(normalized)) return rule.kind;
  }
  for (let glob of extraGlobs)
    if (globMatcher(glob)(normalized)) return "custom";
  return null;
}
var globMatchers = /* @__PURE__ */ new Map();
function globMatcher(glob) {
  let matcher = globMatchers.get(glob);
  if (!matcher) {
    let full = (candidate) => path.posix.matchesGlob(candidate, glob);
    if (/[{}[\]\\!]/.test(glob))
      matcher = full;
    else {
      let head = glob.slice(0, glob.search(/[*?]|$/)), tail = glob.slice(glob.search(/[^*?]*$/));
      matcher = (candidate) => candidate.startsWith(head) && candidate.endsWith(tail) && full(candidate);
    }
    globMatchers.set(glob, matcher);
  }
  return matcher;
}
function isDownSideKind(kind) {
  return kind === "flyway-undo" || kind === "golang-migrate-down" || kind === "sqitch-revert";
}

export {
  detectMigration,
  isDownSideKind
};
