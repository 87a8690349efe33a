import { createRequire as __pfCreateRequire } from 'node:module'; import { fileURLToPath as __pfFileURLToPath } from 'node:url'; const require = __pfCreateRequire(import.meta.url); const __filename = __pfFileURLToPath(import.meta.url); const __dirname = __pfFileURLToPath(new URL('.', import.meta.url));
import {
  detectMigration
} from "./chunk-ANYHBLUX.js";
import "./chunk-CNPVSFHC.js";

// src/assess/migrations/locations.ts
import path from "node:path";
var EXTENSIONS = {
  alembic: /\.py$/,
  django: /(?:^|\/)(?!__init__)[^/]+\.py$/,
  rails: /\.rb$/,
  prisma: /\/migration\.sql$/,
  flyway: /(?:^|\/)[VUR]\d*[\w.]*__[^/]+\.sql$|(?:^|\/)R__[^/]+\.sql$/,
  liquibase: /\.(?:xml|ya?ml|json|sql)$/,
  "js-migration": /\.[cm]?[jt]s$/,
  "ef-core": /\.cs$/
}, DIALECT_WORDS = [
  [/mysql|trilogy/i, { parser: "mysql", name: "mysql" }],
  [/mariadb/i, { parser: "mariadb", name: "mariadb" }],
  [/sqlite/i, { parser: "sqlite", name: "sqlite" }],
  [/cockroach/i, { parser: "postgresql", name: "cockroach" }],
  [/clickhouse/i, { parser: "clickhouse", name: "clickhouse" }],
  [/sqlserver|mssql/i, { parser: "transactsql", name: "transactsql" }],
  [/postgres/i, { parser: "postgresql", name: "postgres" }]
];
function dialectNamed(text) {
  if (text)
    return DIALECT_WORDS.find(([pattern]) => pattern.test(text))?.[1];
}
var MAX_TOP_FOLDERS = 8;
async function discoverMigrationLayout(files, unsafeReadHead) {
  let readHead = (filePath) => unsafeReadHead(filePath).catch(() => null), extensions = /* @__PURE__ */ new Set(), folders = /* @__PURE__ */ new Map();
  for (let i = 0; i < files.length; i++) {
    let file = files[i];
    if (file.status === "deleted") continue;
    let extension = path.posix.extname(file.path).toLowerCase();
    extensions.add(extension);
    let slash = file.path.indexOf("/"), top = slash === -1 ? "" : file.path.slice(0, slash), set = folders.get(extension);
    set || folders.set(extension, set = /* @__PURE__ */ new Set()), set.size < MAX_TOP_FOLDERS && set.add(top);
  }
  let roots = (extension) => ["", ...[...folders.get(extension) ?? []].filter(Boolean)], readers = [];
  if (extensions.has(".py"))
    for (let root of roots(".py"))
      readers.push(alembicLocations(root, readHead), djangoLocations(root, readHead));
  if (extensions.has(".sql")) {
    for (let root of roots(".sql")) readers.push(flywayLocations(root, readHead));
    readers.push(prismaLocations(prismaSchemaCandidates(files, roots(".sql")), readHead));
  }
  if ((extensions.has(".sql") || extensions.has(".xml") || extensions.has(".yaml") || extensions.has(".yml")) && readers.push(liquibaseLocations(readHead)), extensions.has(".rb")) for (let root of roots(".rb")) readers.push(railsLocations(root, readHead));
  for (let extension of [".js", ".ts", ".mjs", ".cjs"])
    if (extensions.has(extension)) {
      for (let root of roots(extension)) readers.push(javascriptLocations(root, readHead));
      break;
    }
  let locations = (await Promise.all(readers)).flat(), efCore = await efCoreFiles(files, readHead);
  return layoutOf([...locations, ...efCore]);
}
function layoutOf(locations) {
  let sorted = [...locations].sort((a, b) => b.directory.length - a.directory.length), within = (filePath, location) => location.file ? filePath === location.directory : location.directory === "" || filePath.startsWith(`${location.directory}/`);
  return {
    locations,
    detect(filePath, extraGlobs) {
      for (let location of sorted) {
        if (!within(filePath, location)) continue;
        let extension = EXTENSIONS[location.kind];
        if (location.file || !extension || extension.test(filePath)) {
          if (/(?:^|\/)__init__\.py$/.test(filePath) || /(?:^|\/)env\.py$/.test(filePath)) continue;
          return location.dialect ? { kind: location.kind, dialect: location.dialect } : { kind: location.kind };
        }
      }
      let kind = detectMigration(filePath, extraGlobs);
      if (!kind) return null;
      let dialect = sorted.find((location) => location.dialect && within(filePath, location))?.dialect;
      return dialect ? { kind, dialect } : { kind };
    }
  };
}
function join(root, relative) {
  let joined = path.posix.normalize(path.posix.join(root, relative.replace(/^\.\//, "")));
  return joined === "." ? "" : joined.replace(/\/+$/, "");
}
function iniValue(text, key) {
  return new RegExp(`^\\s*${key}\\s*[=:]\\s*(.+?)\\s*$`, "m").exec(text)?.[1];
}
async function alembicLocations(root, readHead) {
  let configPath = join(root, "alembic.ini"), text = await readHead(configPath);
  if (text === null) return [];
  let resolve = (value) => join(root, value.replace(/%\(here\)s\/?/g, "")), script = iniValue(text, "script_location"), folders = [];
  script && !script.includes(":") && folders.push(`${resolve(script)}/versions`);
  let versions = iniValue(text, "version_locations");
  versions && folders.push(
    ...versions.split(/[\s,;]+/).filter(Boolean).map(resolve)
  );
  let dialect = dialectNamed(/^[\w+]+(?=:\/\/)/.exec(iniValue(text, "sqlalchemy\\.url") ?? "")?.[0]);
  return folders.map((directory) => ({
    kind: "alembic",
    directory,
    source: configPath,
    ...dialect ? { dialect } : {}
  }));
}
async function djangoLocations(root, readHead) {
  let manage = await readHead(join(root, "manage.py")), settingsModule = manage ? /DJANGO_SETTINGS_MODULE["']\s*,\s*["']([\w.]+)["']/.exec(manage)?.[1] : void 0;
  if (!settingsModule) return [];
  let modulePath = join(root, settingsModule.replace(/\./g, "/")), settingsPath = `${modulePath}.py`, settings = await readHead(settingsPath) ?? await readHead(`${modulePath}/__init__.py`), modules = settings ? /\bMIGRATION_MODULES\s*=\s*\{([\s\S]*?)\}/.exec(settings)?.[1] : void 0;
  return modules ? [...modules.matchAll(/["'][\w.]+["']\s*:\s*["']([\w.]+)["']/g)].map((match) => ({
    kind: "django",
    directory: join(root, match[1].replace(/\./g, "/")),
    source: settingsPath
  })) : [];
}
function prismaSchemaCandidates(files, roots) {
  let candidates = /* @__PURE__ */ new Set();
  for (let i = 0; i < files.length; i++) {
    let match = /^(?:(.*)\/)?migrations\/[^/]+\/migration\.sql$/.exec(files[i].path);
    match && candidates.size < MAX_TOP_FOLDERS && candidates.add(join(match[1] ?? "", "schema.prisma"));
  }
  for (let root of roots) candidates.add(join(root, "prisma/schema.prisma"));
  return [...candidates];
}
async function prismaLocations(schemaPaths, readHead) {
  return (await Promise.all(
    schemaPaths.map(async (schemaPath) => {
      let text = await readHead(schemaPath);
      if (text === null) return null;
      let datasource = /datasource\s+\w+\s*\{([\s\S]*?)\}/.exec(text)?.[1] ?? "", provider = /\bprovider\s*=\s*["']([\w-]+)["']/.exec(datasource)?.[1], dialect = dialectNamed(provider);
      return {
        kind: "prisma",
        directory: join(path.posix.dirname(schemaPath), "migrations"),
        source: schemaPath,
        ...dialect ? { dialect } : {}
      };
    })
  )).filter((location) => location !== null);
}
var FLYWAY_CONFIGS = [
  "flyway.conf",
  "conf/flyway.conf",
  "flyway.toml",
  "src/main/resources/application.properties"
];
async function flywayLocations(root, readHead) {
  let found = [];
  for (let name of FLYWAY_CONFIGS) {
    let configPath = join(root, name), text = await readHead(configPath);
    if (text === null) continue;
    let value = iniValue(text, "(?:flyway\\.|spring\\.flyway\\.)?locations") ?? /locations\s*=\s*\[([^\]]*)\]/.exec(text)?.[1];
    if (!value) continue;
    let dialect = dialectNamed(iniValue(text, "(?:flyway\\.|spring\\.datasource\\.)?url"));
    for (let raw of value.split(",")) {
      let location = raw.trim().replace(/^["']|["']$/g, ""), classpath = /^classpath:(.+)$/.exec(location)?.[1], filesystem = /^(?:filesystem:)?([^:]+)$/.exec(location)?.[1], directory = classpath ? join(root, `src/main/resources/${classpath}`) : filesystem ? join(root, filesystem) : null;
      directory !== null && found.push({ kind: "flyway", directory, source: configPath, ...dialect ? { dialect } : {} });
    }
  }
  return found;
}
var LIQUIBASE_MASTERS = [
  "liquibase.properties",
  "src/main/resources/db/changelog/db.changelog-master.yaml",
  "src/main/resources/db/changelog/db.changelog-master.xml",
  "db/changelog/db.changelog-master.xml",
  "db/changelog/db.changelog-master.yaml"
];
async function liquibaseLocations(readHead) {
  let found = [];
  for (let name of LIQUIBASE_MASTERS) {
    let text = await readHead(name);
    if (text === null) continue;
    let master = name, content = text;
    if (name.endsWith(".properties")) {
      let file = iniValue(text, "(?:changeLogFile|changelog-file)");
      if (!file || (master = join("", file), content = await readHead(master), content === null)) continue;
    }
    found.push({ kind: "liquibase", directory: master, file: !0, source: name });
    let directory = path.posix.dirname(master);
    for (let include of content.matchAll(
      /<include\s+[^>]*file=["']([^"']+)["']|^\s*-?\s*file:\s*["']?([^"'\s]+)/gm
    ))
      for (let file of includeCandidates(directory, include[1] ?? include[2]))
        found.push({ kind: "liquibase", directory: file, file: !0, source: master });
    for (let include of content.matchAll(
      /<includeAll\s+[^>]*path=["']([^"']+)["']|^\s*path:\s*["']?([^"'\s]+)/gm
    ))
      for (let folder of includeCandidates(directory, include[1] ?? include[2]))
        found.push({ kind: "liquibase", directory: folder, source: master });
  }
  return found;
}
function includeCandidates(changelogFolder, include) {
  let relative = include.replace(/^classpath\*?:\/?/, "");
  return [
    .../* @__PURE__ */ new Set([join(changelogFolder, relative), join("", relative), join("src/main/resources", relative)])
  ];
}
async function railsLocations(root, readHead) {
  let configPath = join(root, "config/database.yml"), text = await readHead(configPath);
  if (text === null) return [];
  let dialect = dialectNamed(/^\s*adapter:\s*(\S+)/m.exec(text)?.[1]), paths = /* @__PURE__ */ new Set(["db/migrate"]);
  for (let match of text.matchAll(/^\s*migrations_paths:\s*(.+)$/gm)) {
    let value = match[1].trim();
    for (let entry of value.replace(/^\[|\]$/g, "").split(",")) {
      let cleaned = entry.trim().replace(/^["']|["']$/g, "");
      cleaned && paths.add(cleaned);
    }
  }
  return [...paths].map((entry) => ({
    kind: "rails",
    directory: join(root, entry),
    source: configPath,
    ...dialect ? { dialect } : {}
  }));
}
var JS_CONFIGS = [
  "knexfile.js",
  "knexfile.ts",
  "ormconfig.json",
  "ormconfig.js",
  "ormconfig.ts",
  ".sequelizerc"
];
async function javascriptLocations(root, readHead) {
  let found = [];
  for (let name of JS_CONFIGS) {
    let configPath = join(root, name), text = await readHead(configPath);
    if (text === null) continue;
    let dialect = dialectNamed(/\b(?:client|type|dialect)["']?\s*:\s*["']([\w-]+)["']/.exec(text)?.[1]), directories = [];
    for (let match of text.matchAll(/\bdirectory["']?\s*:\s*["']([^"']+)["']/g))
      directories.push(match[1]);
    let typeorm = /["']?migrations["']?\s*:\s*\[([^\]]*)\]/.exec(text)?.[1];
    if (typeorm)
      for (let match of typeorm.matchAll(/["']([^"']+)["']/g))
        directories.push(match[1].replace(/\/?\*.*$/, "").replace(/\/[^/]*\.[jt]s$/, ""));
    let sequelize = /["']migrations-path["']\s*:\s*(?:path\.(?:resolve|join)\(([^)]*)\)|["']([^"']+)["'])/.exec(text);
    sequelize && directories.push(
      sequelize[2] ?? [...sequelize[1].matchAll(/["']([^"']+)["']/g)].map((m) => m[1]).join("/")
    );
    for (let directory of directories)
      found.push({
        kind: "js-migration",
        directory: join(root, directory),
        source: configPath,
        ...dialect ? { dialect } : {}
      });
  }
  return found;
}
async function efCoreFiles(files, readHead) {
  let candidates = files.filter(
    (file) => file.status !== "deleted" && /(?:^|\/)\d{14}_[^/]+\.cs$/.test(file.path) && !/\.Designer\.cs$/.test(file.path) && detectMigration(file.path, []) === null
  ), found = await Promise.all(
    candidates.slice(0, 50).map(async (file) => {
      let text = await readHead(file.path);
      return text !== null && /\[Migration\(\s*"/.test(text) ? file.path : null;
    })
  );
  return (await Promise.all(
    candidates.slice(0, 50).map(async (file, index) => {
      if (found[index]) return file.path;
      let designer = await readHead(file.path.replace(/\.cs$/, ".Designer.cs"));
      return designer !== null && /\[Migration\(\s*"/.test(designer) ? file.path : null;
    })
  )).filter((filePath) => filePath !== null).map((filePath) => ({ kind: "ef-core", directory: filePath, file: !0, source: filePath }));
}
export {
  dialectNamed,
  discoverMigrationLayout,
  layoutOf
};
