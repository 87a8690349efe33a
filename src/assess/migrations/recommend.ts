/** Findings to Factors: the words a reviewer reads in the report. */
import type { Factor, FactorCategory } from '../types.js';
import type { MigrationEffect, MigrationFinding } from './types.js';

const EFFECT_WORDS: Record<MigrationEffect, string> = {
  additive: 'additive, N-1 keeps working',
  constraining: 'constraining: writes from N-1 may be rejected',
  destructive: 'destructive: N-1 may still read or write what it removes or changes',
  'data-rewrite': 'rewrites data that a rollback does not restore',
  unverifiable: 'could not be checked'
};

export function recommendationFor(item: MigrationFinding): string {
  const subject = item.subject ?? 'what it changes';
  switch (item.effect) {
    case 'additive':
      return 'compatible with N-1';
    case 'destructive':
      return `do not roll back past this migration: N-1 still reads ${subject}; roll forward with a fix, or restore ${subject} first`;
    case 'constraining':
      return `relax the constraint before rolling back (${item.operation}), or roll forward`;
    case 'data-rewrite':
      return `a rollback does not restore the rows rewritten in ${subject}: check that N-1 reads them correctly, or roll forward`;
    case 'unverifiable':
      return 'check by hand that N-1 still works against this change before rolling back';
  }
}

export interface FactorContext {
  path: string;
  commit: string | null;
  /** `rails`, `alembic`, `flyway`, ... */
  framework?: string;
  /** Set for SQL read in a known dialect. */
  dialect?: string;
}

const EFFECT_CATEGORY: Record<MigrationEffect, FactorCategory> = {
  additive: 'additive',
  constraining: 'constraining',
  destructive: 'destructive',
  'data-rewrite': 'data-rewrite',
  unverifiable: 'unparsed'
};

export function categoryOf(item: MigrationFinding): FactorCategory {
  return item.category ?? EFFECT_CATEGORY[item.effect];
}

export function findingToFactor(item: MigrationFinding, context: FactorContext): Factor {
  const note = item.note ? `; ${item.note}` : '';
  const factor: Factor = {
    kind: 'migration',
    severity: item.severity,
    path: context.path,
    line: item.line,
    commit: context.commit,
    detail: `${item.operation} in ${context.path}: ${EFFECT_WORDS[item.effect]}${note}.`,
    recommendation: recommendationFor(item),
    category: categoryOf(item)
  };
  return withOrigin(factor, context, item.evidence);
}

/** The machine-readable origin fields, set only when known (absent keys keep the JSON unchanged). */
export function withOrigin(factor: Factor, context: FactorContext, evidence?: string): Factor {
  if (context.framework) factor.framework = context.framework;
  if (context.dialect) factor.dialect = context.dialect;
  if (evidence) factor.evidenceDetail = evidence;
  return factor;
}
