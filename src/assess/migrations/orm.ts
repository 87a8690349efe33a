/**
 * Dispatch of ORM migrations (code, not SQL) to the framework's classifier. Each classifier
 * recognises the schema calls of its framework with line numbers, classifies only the up
 * direction, and reports the down direction separately.
 */
import { analyseAlembic } from './orm/alembic.js';
import { analyseDjango } from './orm/django.js';
import { analyseEcto } from './orm/ecto.js';
import { analyseEfCore } from './orm/efcore.js';
import { analyseJavaScript } from './orm/javascript.js';
import { analyseLaravel } from './orm/laravel.js';
import { analyseLiquibase } from './orm/liquibase.js';
import { analyseRails } from './orm/rails.js';
import type { SqlDialect } from './sql.js';
import type { MigrationAnalysis, MigrationKind } from './types.js';

export type OrmFramework =
  'rails' | 'django' | 'alembic' | 'js' | 'laravel' | 'ecto' | 'ef-core' | 'liquibase';

const ANALYSERS: Record<OrmFramework, (source: string, dialect?: SqlDialect) => Promise<MigrationAnalysis>> =
  {
    rails: analyseRails,
    django: analyseDjango,
    alembic: analyseAlembic,
    js: analyseJavaScript,
    laravel: analyseLaravel,
    ecto: analyseEcto,
    'ef-core': analyseEfCore,
    liquibase: analyseLiquibase
  };

/** `dialect`: the one the project's configuration names, for SQL the migration embeds. */
export function analyseOrm(
  framework: OrmFramework,
  source: string,
  dialect?: SqlDialect
): Promise<MigrationAnalysis> {
  return ANALYSERS[framework](source, dialect);
}

/**
 * Which ORM classifier reads a file, from the detected kind and (for user globs, where the
 * layout says nothing) the extension and a glance at the content. Null means "not ORM code":
 * SQL, or something unknown.
 */
export function ormFrameworkFor(kind: MigrationKind, path: string, source: string): OrmFramework | null {
  switch (kind) {
    case 'rails':
      return 'rails';
    case 'django':
      return 'django';
    case 'alembic':
      return 'alembic';
    case 'js-migration':
      return 'js';
    case 'laravel':
      return 'laravel';
    case 'ecto':
      return 'ecto';
    case 'ef-core':
      return 'ef-core';
    case 'liquibase':
      return /\.sql$/i.test(path) ? null : 'liquibase';
    case 'custom':
      return frameworkByExtension(path, source);
    default:
      return null;
  }
}

function frameworkByExtension(path: string, source: string): OrmFramework | null {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  switch (extension) {
    case 'rb':
      return 'rails';
    case 'py':
      return /\bmigrations\.\w+\(/.test(source) ? 'django' : 'alembic';
    case 'js':
    case 'mjs':
    case 'cjs':
    case 'ts':
      return 'js';
    case 'php':
      return 'laravel';
    case 'exs':
    case 'ex':
      return 'ecto';
    case 'cs':
      return 'ef-core';
    case 'xml':
    case 'yaml':
    case 'yml':
    case 'json':
      return 'liquibase';
    default:
      return null;
  }
}
