/**
 * The migrations of a whole range, judged together. A file counts as a new migration only when
 * its framework identity did not exist at the base: a moved file is noted, an edited old one is
 * one warning with its edit (never re-read as new operations). The new ones are read in the order
 * they run and judged by what they net to (net-effect.ts), with columns redefined in place
 * compared to their previous definition (widening.ts).
 */
import { mapWithConcurrency } from '../concurrency.js';
import type { ChangedFile, Factor, FactorCategory, Severity } from '../types.js';
import { analyseMigration, type AnalysedMigration } from './analyse.js';
import { isDownSideKind } from './detect.js';
import {
  describeEdit,
  migrationIdentity,
  migrationOrderKey,
  sameAfterFormatting,
  withoutCommentsAndSpace
} from './identity.js';
import { changesetsOf, isLiquibaseChangelog, onlyChangesets } from './liquibase-changesets.js';
import { applyNetEffect } from './net-effect.js';
import { resolveAlterations, type ReadFile } from './previous-definition.js';
import { findingToFactor, withOrigin, type FactorContext } from './recommend.js';
import type { SqlDialect } from './sql.js';
import { finding, type DownSide, type MigrationFinding, type MigrationKind } from './types.js';

export type { ReadFile } from './previous-definition.js';

export interface MigrationCandidate {
  file: ChangedFile;
  kind: MigrationKind;
  /** The dialect the project's configuration names (schema.prisma's provider, ...). */
  dialect?: { parser: SqlDialect; name: string };
}

interface Loaded {
  candidate: MigrationCandidate;
  head: string | null;
  base: string | null;
  headId: string | null;
  baseId: string | null;
}

interface NewMigration {
  index: number;
  loaded: Loaded;
  /** The text to analyse: the whole file, or only a changelog's new changesets. */
  source: string;
  analysis?: AnalysedMigration;
}

const DEFAULT_CONCURRENCY = 16;

/**
 * Factors for each candidate, in the candidates' order. Never throws for one file: a file that
 * cannot be read or classified is a warning, never a silent pass.
 */
export async function classifyMigrationRange(
  candidates: MigrationCandidate[],
  read: ReadFile,
  options: { concurrency?: number } = {}
): Promise<Factor[][]> {
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const loaded = await mapWithConcurrency(candidates, concurrency, (candidate) => load(candidate, read));
  const results: Factor[][] = loaded.map(() => []);
  const deletedIds = new Map<string, number>();
  const arrivingIds = new Set<string>();
  loaded.forEach((item, index) => {
    const status = item.candidate.file.status;
    if (status === 'deleted' && item.baseId) deletedIds.set(item.baseId, index);
    if ((status === 'added' || status === 'renamed' || status === 'copied') && item.headId)
      arrivingIds.add(item.headId);
  });

  const fresh: NewMigration[] = [];
  loaded.forEach((item, index) => {
    const context = contextOf(item.candidate);
    const { file } = item.candidate;
    const unreadable =
      file.binary ||
      (file.status !== 'deleted' && item.head === null) ||
      (file.status !== 'added' && item.base === null);
    if (unreadable) {
      results[index]!.push(
        factor(
          context,
          'warning',
          'unparsed',
          null,
          `The migration ${file.path} could not be read${file.binary ? ' (binary)' : ''}, so it was not analysed.`,
          'check this file by hand before rolling back'
        )
      );
      return;
    }
    if (item.candidate.kind === 'liquibase' && !isLiquibaseChangelog(item.head ?? item.base ?? '')) {
      results[index]!.push(
        factor(
          context,
          'info',
          'unparsed',
          null,
          `${file.path} is named like a Liquibase changelog but holds no databaseChangeLog, so it is not read as a migration.`,
          'nothing to do for the rollback'
        )
      );
      return;
    }
    switch (file.status) {
      case 'deleted':
        results[index]!.push(...deleted(item, context, item.baseId !== null && arrivingIds.has(item.baseId)));
        return;
      case 'added': {
        const from = item.headId === null ? undefined : deletedIds.get(item.headId);
        if (from !== undefined) {
          results[index]!.push(
            ...moved(loaded[from]!.candidate.file.path, loaded[from]!.base!, item, context)
          );
          return;
        }
        fresh.push({ index, loaded: item, source: item.head! });
        return;
      }
      case 'renamed':
      case 'copied':
        if (item.headId === item.baseId) {
          results[index]!.push(...moved(file.previousPath ?? file.path, item.base!, item, context));
          return;
        }
        results[index]!.push(
          factor(
            context,
            'warning',
            'moved',
            null,
            `The migration ${file.previousPath ?? '?'} was renamed to ${file.path} with a new identity (${item.headId}); the framework treats it as new and may run it again.`,
            'check the migration history table before rolling back'
          )
        );
        fresh.push({ index, loaded: item, source: item.head! });
        return;
      default: {
        const changelog = item.candidate.kind === 'liquibase' ? newChangesets(item, context) : null;
        if (changelog) {
          results[index]!.push(...changelog.factors);
          if (changelog.source !== null) fresh.push({ index, loaded: item, source: changelog.source });
          return;
        }
        // Flyway re-runs a repeatable migration whenever its checksum changes: the edit runs.
        if (item.candidate.kind === 'flyway-repeatable') {
          fresh.push({ index, loaded: item, source: item.head! });
          return;
        }
        if (item.headId !== item.baseId) {
          results[index]!.push(
            factor(
              context,
              'warning',
              'edited',
              null,
              `The migration ${file.path} changed its identity from ${item.baseId} to ${item.headId}; the framework runs it as a new migration.`,
              'check the migration history table before rolling back'
            )
          );
          fresh.push({ index, loaded: item, source: item.head! });
          return;
        }
        results[index]!.push(edited(item, context));
      }
    }
  });

  await mapWithConcurrency(fresh, concurrency, async (migration) => {
    const { candidate } = migration.loaded;
    try {
      migration.analysis = await analyseMigration(
        candidate.kind,
        candidate.file.path,
        migration.source,
        candidate.dialect
      );
    } catch (error) {
      // One file a classifier cannot handle must not take the range with it, nor read as safe.
      migration.analysis = {
        findings: [
          finding('unverifiable', null, `migration ${candidate.file.path} could not be classified`, {
            note: messageOf(error),
            evidence: messageOf(error),
            category: 'unparsed'
          })
        ],
        down: null,
        frameworkName: frameworkOfKind(candidate.kind)
      };
    }
  });
  const ordered = runOrder(fresh);
  const steps = ordered.map((migration) => ({
    path: migration.loaded.candidate.file.path,
    kind: migration.loaded.candidate.kind,
    source: migration.source,
    findings: migration.analysis!.findings
  }));
  try {
    await resolveAlterations(steps, read);
  } catch {
    // A previous definition that cannot be read leaves each finding as the file alone judged it.
  }
  applyNetEffect(steps);
  for (const migration of ordered) {
    results[migration.index]!.push(...newMigrationFactors(migration));
  }
  return results;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function load(candidate: MigrationCandidate, read: ReadFile): Promise<Loaded> {
  const { file } = candidate;
  const basePath = file.previousPath ?? file.path;
  // A read that fails leaves the side missing: reported as unreadable, never as nothing found.
  const safely = (promise: Promise<string | null>): Promise<string | null> => promise.catch(() => null);
  const [head, base] = await Promise.all([
    file.status === 'deleted' ? null : safely(read(file.path, 'head')),
    file.status === 'added' ? null : safely(read(basePath, 'base'))
  ]);
  return {
    candidate,
    head,
    base,
    headId: head === null ? null : migrationIdentity(candidate.kind, file.path, head),
    baseId: base === null ? null : migrationIdentity(candidate.kind, basePath, base)
  };
}

function contextOf(candidate: MigrationCandidate, analysis?: AnalysedMigration): FactorContext {
  const context: FactorContext = {
    path: candidate.file.path,
    commit: candidate.file.commits[0] ?? null,
    framework: analysis?.frameworkName ?? frameworkOfKind(candidate.kind)
  };
  const dialect = analysis?.dialect ?? candidate.dialect?.name;
  if (dialect) context.dialect = dialect;
  return context;
}

function frameworkOfKind(kind: MigrationKind): string {
  return kind.replace(/-(?:down|undo|repeatable|revert)$/, '').replace(/^js-migration$/, 'js');
}

function factor(
  context: FactorContext,
  severity: Severity,
  category: FactorCategory,
  line: number | null,
  detail: string,
  recommendation: string,
  evidence?: string
): Factor {
  return withOrigin(
    {
      kind: 'migration',
      severity,
      path: context.path,
      line,
      commit: context.commit,
      detail,
      recommendation,
      category
    },
    context,
    evidence
  );
}

function deleted(item: Loaded, context: FactorContext, movedAway: boolean): Factor[] {
  const { file, kind } = item.candidate;
  // The file it moved to reports the move.
  if (movedAway) return [];
  if (isDownSideKind(kind)) {
    return [
      factor(
        context,
        'info',
        'moved',
        null,
        `The down migration ${file.path} was deleted; a rollback of the code never runs it, and the up migration is unchanged.`,
        'nothing to do for the rollback'
      )
    ];
  }
  return [
    factor(
      context,
      'warning',
      'edited',
      null,
      `The migration ${file.path} was deleted between N-1 and N; it may already have run, so the schema can still hold its changes.`,
      'check whether it ran in production and what it changed before rolling back'
    )
  ];
}

function moved(fromPath: string, fromSource: string, item: Loaded, context: FactorContext): Factor[] {
  const { file } = item.candidate;
  const factors = [
    factor(
      context,
      'info',
      'moved',
      null,
      `The migration ${fromPath} moved to ${file.path} with the same identity (${item.headId}); the framework does not run it again.`,
      'nothing to do for the rollback'
    )
  ];
  if (withoutCommentsAndSpace(fromSource, fromPath) !== withoutCommentsAndSpace(item.head!, file.path)) {
    factors.push(editWarning(file.path, fromSource, item.head!, context));
  }
  return factors;
}

function edited(item: Loaded, context: FactorContext): Factor {
  const { file } = item.candidate;
  if (withoutCommentsAndSpace(item.base!, file.path) === withoutCommentsAndSpace(item.head!, file.path)) {
    return factor(
      context,
      'info',
      'edited',
      describeEdit(item.base!, item.head!).line,
      `The existing migration ${file.path} changed only in comments or whitespace; nothing it runs changed.`,
      'nothing to do for the rollback'
    );
  }
  if (sameAfterFormatting(item.base!, item.head!, file.path)) {
    return factor(
      context,
      'info',
      'edited',
      describeEdit(item.base!, item.head!).line,
      `The existing migration ${file.path} was only reformatted (quotes, line breaks, trailing commas); nothing it runs changed.`,
      'nothing to do for the rollback'
    );
  }
  return editWarning(file.path, item.base!, item.head!, context);
}

function editWarning(filePath: string, before: string, after: string, context: FactorContext): Factor {
  const edit = describeEdit(before, after);
  return factor(
    context,
    'warning',
    'edited',
    edit.line,
    `The existing migration ${filePath} was edited after it may have run: where it already ran, the edit never applies, and the schema differs from what N expects. The edit: ${edit.text}`,
    'check which version of the migration ran in production before rolling back; put schema changes in a new migration',
    edit.text
  );
}

/**
 * A modified Liquibase changelog: its new changesets are new migrations, changed ones are edits,
 * the rest ran before. Null when the file has no changesets to tell apart.
 */
function newChangesets(
  item: Loaded,
  context: FactorContext
): { factors: Factor[]; source: string | null } | null {
  const before = changesetsOf(item.base!);
  const after = changesetsOf(item.head!);
  if (before.length === 0 || after.length === 0) return null;
  const old = new Map(before.map((changeset) => [changeset.key, changeset]));
  const factors: Factor[] = [];
  const fresh = new Set<string>();
  for (const changeset of after) {
    const previous = old.get(changeset.key);
    if (!previous) fresh.add(changeset.key);
    else if (
      withoutCommentsAndSpace(previous.text, context.path) !==
      withoutCommentsAndSpace(changeset.text, context.path)
    ) {
      const edit = describeEdit(previous.text, changeset.text);
      factors.push(
        factor(
          context,
          'warning',
          'edited',
          item.head!.slice(0, changeset.start).split('\n').length,
          `The changeset ${changeset.key} in ${context.path} was edited after it may have run; Liquibase fails its checksum or never applies the edit. The edit: ${edit.text}`,
          'check which version of the changeset ran in production before rolling back',
          edit.text
        )
      );
    }
  }
  if (fresh.size === 0 && factors.length === 0) {
    factors.push(
      factor(
        context,
        'info',
        'edited',
        null,
        `The changelog ${context.path} changed outside its changesets (comments, includes or formatting); no changeset is new or edited.`,
        'nothing to do for the rollback'
      )
    );
  }
  return { factors, source: fresh.size ? onlyChangesets(item.head!, after, fresh) : null };
}

/** The order the framework runs them: versions ascending; Alembic by its revision chain. */
function runOrder(fresh: NewMigration[]): NewMigration[] {
  const byKey = [...fresh].sort((a, b) => {
    const ka = migrationOrderKey(a.loaded.candidate.file.path);
    const kb = migrationOrderKey(b.loaded.candidate.file.path);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return alembicChainOrder(byKey);
}

function alembicChainOrder(migrations: NewMigration[]): NewMigration[] {
  const alembic = migrations.filter((m) => m.loaded.candidate.kind === 'alembic');
  if (alembic.length < 2) return migrations;
  const revisionOf = (m: NewMigration): string | undefined => m.loaded.headId?.replace(/^alembic:/, '');
  const downOf = (m: NewMigration): string | undefined =>
    /^\s*down_revision\s*(?::[^=]*)?=\s*["']([\w-]+)["']/m.exec(m.source)?.[1];
  const byRevision = new Map(alembic.map((m) => [revisionOf(m), m]));
  const depth = (m: NewMigration, seen = new Set<NewMigration>()): number => {
    const parent = byRevision.get(downOf(m));
    if (!parent || seen.has(parent)) return 0;
    seen.add(m);
    return depth(parent, seen) + 1;
  };
  const ranked = alembic.map((m) => ({ m, depth: depth(m) })).sort((a, b) => a.depth - b.depth);
  let next = 0;
  return migrations.map((m) => (m.loaded.candidate.kind === 'alembic' ? ranked[next++]!.m : m));
}

function newMigrationFactors(migration: NewMigration): Factor[] {
  const { candidate } = migration.loaded;
  const analysis = migration.analysis!;
  const context = contextOf(candidate, analysis);
  const factors = dedupe(analysis.findings).map((item) => findingToFactor(item, context));
  if (analysis.down) factors.push(downFactor(analysis.down, context, isDownSideKind(candidate.kind)));
  if (factors.length === 0) {
    factors.push(
      factor(
        context,
        'warning',
        'unparsed',
        null,
        `No schema operation was recognised in the migration ${candidate.file.path}.`,
        'check by hand what it changes before rolling back'
      )
    );
  }
  return factors;
}

/** One finding per hazard: the same operation on the same line said twice is said once. */
function dedupe(findings: MigrationFinding[]): MigrationFinding[] {
  const seen = new Set<string>();
  return findings.filter((item) => {
    const key = `${item.line ?? ''}|${item.operation}|${item.severity}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function downFactor(down: DownSide, context: FactorContext, wholeFile: boolean): Factor {
  const where = wholeFile
    ? `${context.path} is a down migration`
    : `${context.path} has a down migration${down.line !== null ? ` (line ${down.line})` : ''}`;
  const loss =
    down.dataLoss.length > 0
      ? `; running it loses data N wrote: ${down.dataLoss.join(', ')}`
      : '; it drops nothing N wrote';
  return factor(
    context,
    'info',
    'additive',
    down.line,
    `${where}. A rollback of the code does not run it${loss}.`,
    down.dataLoss.length > 0
      ? 'prefer leaving the schema at N when rolling back; run the down migration only after backing up that data'
      : 'the down migration can restore the N-1 schema if needed'
  );
}
