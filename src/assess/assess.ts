/**
 * The rollback-safety assessment: cheap path detection over every file, content only for the
 * candidates, the parser-based classifiers with bounded concurrency, then one verdict.
 */
import { addedSecurityEntries, changelogSecurityFactor, isChangelog } from './changelog-security.js';
import {
  confirmConfigByContent,
  findChangeHazards,
  hazardFiles,
  securityCommits,
  type SecurityCommit
} from './changes.js';
import type { Classifiers, Detectors } from './classifiers.js';
import type { MigrationCandidate } from './migrations/range.js';
import { mapWithConcurrency } from './concurrency.js';
import { recommend } from './recommendation.js';
import { byConsequence, categoryOf } from './summary.js';
import type { Assessment, ChangeSet, ChangedFile, Factor, RollbackSafety, RollbackTarget } from './types.js';

export { renderAssessmentText } from './render-text.js';

export interface AssessOptions {
  /** Globs from `assess.critical-paths`. */
  criticalPaths: string[];
  /** Extra migration globs from `assess.migrations`. */
  migrationGlobs: string[];
  /** Extra contract globs from `assess.contracts`. */
  contractGlobs: string[];
  /**
   * `assess.lockstep-clients`: clients ship together with the service (a bundled web app, an
   * internal caller deployed with it), so they use what N added at once and its removal blocks.
   */
  lockstepClients?: boolean;
}

export interface AssessDeps {
  /** Injected by tests; loaded lazily from migrations/ and contracts/ otherwise. */
  detectors?: Detectors;
  classifiers?: Classifiers;
  /** Files classified at once (each reads up to two blobs and parses them). */
  concurrency?: number;
}

/**
 * Files in flight at once. Each waits mostly on pipes (cat-file for its blobs, the Postgres
 * parser's process), so more in flight keeps both busy: on the benchmark's 220 candidates 32
 * classified in 66-90 ms where 8 took 93-132 ms (alternated runs).
 */
const DEFAULT_CONCURRENCY = 32;

interface Candidate {
  file: ChangedFile;
  type: 'migration' | 'contract';
  kind: string;
  /** For a migration: the SQL dialect its project's configuration names. */
  dialect?: MigrationCandidate['dialect'];
}

type DetectMigration = (path: string, globs: string[]) => Pick<Candidate, 'kind' | 'dialect'> | null;

export function verdictOf(factors: Factor[], target: RollbackTarget): RollbackSafety {
  if (factors.some((f) => f.severity === 'blocker')) return 'unsafe';
  if (target.sha === null || factors.some((f) => f.severity === 'warning')) return 'caution';
  return 'safe';
}

/**
 * For clients that ship in lockstep, what N added is already in use when N is deployed: its
 * disappearance on rollback is as breaking as a change.
 */
function applyLockstep(factors: Factor[]): void {
  for (const factor of factors) {
    if (factor.category !== 'contract-added' || factor.severity !== 'warning') continue;
    factor.severity = 'blocker';
    factor.recommendation =
      'Clients ship in lockstep with this service (assess.lockstep-clients), so they already use what N added: keep it in N-1 first (expand, then contract) or roll forward.';
  }
}

/** One finding per hazard: two rules that reach the same evidence say it once. */
function withoutDuplicates(factors: Factor[]): Factor[] {
  const seen = new Set<string>();
  return factors.filter((factor) => {
    const key = `${factor.kind}\u0000${factor.path}\u0000${factor.line}\u0000${factor.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Security entries the range's changelogs gained, one factor per changelog. */
async function changelogFactors(files: ChangedFile[], changes: ChangeSet): Promise<Factor[]> {
  const factors = await Promise.all(
    files.map(async (file) => {
      const [head, base] = await Promise.all([
        changes.read(file.path, 'head'),
        file.status === 'added' ? null : changes.read(file.previousPath ?? file.path, 'base')
      ]);
      return head === null ? null : changelogSecurityFactor(file, addedSecurityEntries(head, base));
    })
  );
  return factors.filter((factor): factor is Factor => factor !== null);
}

function validateOptions(options: AssessOptions): void {
  for (const key of ['criticalPaths', 'migrationGlobs', 'contractGlobs'] as const) {
    const value = options[key];
    if (!Array.isArray(value) || value.some((glob) => typeof glob !== 'string')) {
      throw new Error(`assess option ${key} must be a list of glob strings, got ${JSON.stringify(value)}`);
    }
  }
  if (options.lockstepClients !== undefined && typeof options.lockstepClients !== 'boolean') {
    throw new Error(
      `assess option lockstepClients must be true or false, got ${JSON.stringify(options.lockstepClients)}`
    );
  }
}

/** The side a file is read from for content sniffing: head, or base for a file head deleted. */
function sniffSide(file: ChangedFile): { path: string; side: 'head' | 'base' } {
  return file.status === 'deleted' ? { path: file.path, side: 'base' } : { path: file.path, side: 'head' };
}

/** The cheap pass over every path: candidates by path, and the JSON/YAML files to sniff. */
function detectByPath(
  changes: ChangeSet,
  options: AssessOptions,
  detectors: Detectors,
  detectMigration: DetectMigration
): { candidates: Candidate[]; toSniff: ChangedFile[] } {
  const candidates: Candidate[] = [];
  const toSniff: ChangedFile[] = [];
  // Indexed: for-of made an iterator result per file here (V8's sampling heap profiler, 20,000 files).
  const files = changes.files;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const migration = detectMigration(file.path, options.migrationGlobs);
    if (migration) {
      candidates.push({ file, type: 'migration', ...migration });
      continue;
    }
    const contractKind = detectors.detectContract(file.path, options.contractGlobs);
    if (contractKind) candidates.push({ file, type: 'contract', kind: contractKind });
    else if (!file.binary && detectors.mightBeContract(file.path)) toSniff.push(file);
  }
  return { candidates, toSniff };
}

/** A JSON or YAML file is a contract only if its content says so (`openapi: 3.1.0`). */
async function sniffContracts(
  toSniff: ChangedFile[],
  changes: ChangeSet,
  options: AssessOptions,
  detectors: Detectors,
  concurrency: number
): Promise<Candidate[]> {
  const sniffed = await mapWithConcurrency(toSniff, concurrency, async (file): Promise<Candidate | null> => {
    const { path, side } = sniffSide(file);
    const content = await changes.read(path, side);
    const kind =
      content === null ? null : detectors.detectContract(file.path, options.contractGlobs, content);
    return kind ? { file, type: 'contract', kind } : null;
  });
  return sniffed.filter((candidate): candidate is Candidate => candidate !== null);
}

interface HistoryLookup {
  /** Settles when the files that may get factors have their commits. */
  commits: Promise<void>;
  /** The range's security fixes, with the paths each touched when the change set lists them on demand. */
  security: Promise<{ flagged: SecurityCommit[]; touchedBy: Map<string, string[]> | undefined }>;
}

/**
 * Asks a change set that fills file commits on demand for the files that may get factors, once,
 * before any blob is read: a local change set's history pass (started beside its diff) is
 * usually still running, and its answer is then ready by the time the classifiers are done.
 */
function lookUpHistory(changes: ChangeSet, files: ChangedFile[]): HistoryLookup {
  const paths = changes.commitsFor ? [...new Set(files.map((file) => file.path))] : [];
  const commits =
    changes.commitsFor && paths.length
      ? changes.commitsFor(paths).then((byPath) => {
          // The change set fills its own files; this also covers one that only returns the lists.
          for (const file of files) {
            const found = byPath.get(file.path);
            if (found) file.commits = found;
          }
        })
      : Promise.resolve();
  // The commit list may still be coming (ChangeSet.commitsReady).
  const security = (changes.commitsReady ?? Promise.resolve()).then(async () => {
    const flagged = securityCommits(changes);
    const touchedBy =
      flagged.length && changes.pathsTouchedBy
        ? await changes.pathsTouchedBy(flagged.map((entry) => entry.commit.sha))
        : undefined;
    return { flagged, touchedBy };
  });
  // Awaited later, after other awaits: a failure meanwhile must not count as unhandled.
  commits.catch(() => undefined);
  security.catch(() => undefined);
  return { commits, security };
}

function unreadableFactor(candidate: Candidate, side: 'head' | 'base'): Factor {
  return {
    kind: candidate.type,
    severity: 'warning',
    path: candidate.file.path,
    line: null,
    commit: candidate.file.commits[0] ?? null,
    detail: `The ${candidate.type} ${candidate.file.path} could not be read at ${side} (binary or too large), so it was not analysed.`,
    recommendation: 'Check this file by hand before rolling back.',
    category: 'unparsed'
  };
}

async function classify(
  candidate: Candidate,
  changes: ChangeSet,
  classifiers: Classifiers
): Promise<Factor[]> {
  const { file } = candidate;
  // Both sides are requested at once: the reader pipelines them through one process.
  const [head, base] = await Promise.all([
    file.status === 'deleted' ? null : changes.read(file.path, 'head'),
    file.status === 'added' ? null : changes.read(file.previousPath ?? file.path, 'base')
  ]);
  if (file.status !== 'deleted' && head === null) return [unreadableFactor(candidate, 'head')];
  if (file.status !== 'added' && base === null) return [unreadableFactor(candidate, 'base')];
  try {
    return candidate.type === 'migration'
      ? await classifiers.classifyMigration(file, head, base, candidate.kind)
      : await classifiers.diffContract(file, head, base, candidate.kind);
  } catch (error) {
    // A classifier failure must never read as "nothing found".
    return [
      {
        kind: candidate.type,
        severity: 'warning',
        path: file.path,
        line: null,
        commit: file.commits[0] ?? null,
        detail: `The ${candidate.type} ${file.path} (${candidate.kind}) could not be analysed, so what it changes is unknown.`,
        recommendation: 'Check this file by hand before rolling back.',
        category: 'unparsed',
        framework: candidate.kind,
        // The classifier's own words are evidence for the curious, not the headline.
        evidenceDetail: error instanceof Error ? error.message : String(error)
      }
    ];
  }
}

export async function assess(
  changes: ChangeSet,
  target: RollbackTarget,
  options: AssessOptions,
  deps: AssessDeps = {}
): Promise<Assessment> {
  validateOptions(options);
  const concurrency = deps.concurrency ?? DEFAULT_CONCURRENCY;
  const detectors = deps.detectors ?? (await (await import('./classifiers.js')).loadDetectors());
  // Config first (alembic.ini, schema.prisma, ...: a few reads at head), then the layout rules.
  const layout = detectors.migrationLayout
    ? await detectors.migrationLayout(changes.files, (path) => changes.read(path, 'head'))
    : null;
  const detectMigration: DetectMigration = layout
    ? (path, globs) => layout.detect(path, globs)
    : (path, globs) => {
        const kind = detectors.detectMigration(path, globs);
        return kind ? { kind } : null;
      };
  const byPath = detectByPath(changes, options, detectors, detectMigration);
  const hazards = hazardFiles(changes.files, options.criticalPaths);
  const changelogs = changes.files.filter((file) => file.status !== 'deleted' && isChangelog(file.path));
  // Every file that may get a factor. Sniffed files may turn out to be contracts, so they are
  // looked up too (few, and often config anyway).
  const history = lookUpHistory(changes, [
    ...byPath.candidates.map((c) => c.file),
    ...byPath.toSniff,
    ...hazards.critical,
    ...hazards.dependencies,
    ...hazards.config,
    ...changelogs
  ]);
  // Read beside the classifiers: a few small files each.
  const configByContent = confirmConfigByContent(hazards.config, (path, side) => changes.read(path, side));
  const changelogSecurity = changelogFactors(changelogs, changes);
  configByContent.catch(() => undefined);
  changelogSecurity.catch(() => undefined);
  const load = () =>
    deps.classifiers
      ? Promise.resolve(deps.classifiers)
      : import('./classifiers.js').then((m) => m.loadClassifiers());
  // Loaded while contracts are sniffed, and told at once what is coming, so that a parser process
  // starts while other files are read rather than when the first migration waits for it.
  const early = byPath.candidates.length ? load() : null;
  const migrationPaths = byPath.candidates.filter((c) => c.type === 'migration').map((c) => c.file.path);
  void early?.then((classifiers) => classifiers.warmUp?.(migrationPaths)).catch(() => undefined);
  let candidates = [
    ...byPath.candidates,
    ...(await sniffContracts(byPath.toSniff, changes, options, detectors, concurrency))
  ];

  let perCandidate: Factor[][] = [];
  if (candidates.length) {
    const classifiers = await (early ?? load());
    const byRange = classifiers.classifyMigrationRange;
    if (byRange) {
      // The range's migrations are judged together (identity, net effect); the rest one by one.
      const migrations = candidates.filter((c) => c.type === 'migration');
      const others = candidates.filter((c) => c.type !== 'migration');
      candidates = [...migrations, ...others];
      const [ofMigrations, ofOthers] = await Promise.all([
        migrations.length
          ? byRange(
              migrations.map((c) => ({
                file: c.file,
                kind: c.kind as MigrationCandidate['kind'],
                ...(c.dialect ? { dialect: c.dialect } : {})
              })),
              (path, side) => changes.read(path, side)
            )
          : Promise.resolve([]),
        mapWithConcurrency(others, concurrency, (c) => classify(c, changes, classifiers))
      ]);
      perCandidate = [...ofMigrations, ...ofOthers];
    } else {
      // Files that wait on a starting parser go last; the others fill the pool meanwhile.
      const slow = (c: Candidate) =>
        c.type === 'migration' && classifiers.isSlowToStart?.(c.file.path) === true;
      candidates.sort((a, b) => Number(slow(a)) - Number(slow(b)));
      perCandidate = await mapWithConcurrency(candidates, concurrency, (c) =>
        classify(c, changes, classifiers)
      );
    }
  }
  await history.commits;
  // A classifier's factors name the newest commit that touched their file, which the history pass
  // may only now have found: the classifiers run while it does, not after it.
  perCandidate.forEach((factors, i) => {
    for (const factor of factors) factor.commit = candidates[i]!.file.commits[0] ?? null;
  });
  const classified = perCandidate.flat();
  if (options.lockstepClients) applyLockstep(classified);
  const security = await history.security;
  const fromChangelogs = await changelogSecurity;
  for (const factor of fromChangelogs) {
    factor.commit = changelogs.find((file) => file.path === factor.path)?.commits[0] ?? null;
  }
  const hazardFactors = findChangeHazards(changes, target, {
    criticalPaths: options.criticalPaths,
    classifiedPaths: new Set(candidates.map((c) => c.file.path)),
    securityCommits: security.flagged,
    touchedBy: security.touchedBy,
    hazardFiles: hazards,
    configByContent: await configByContent,
    changelogSecurity: fromChangelogs
  });
  const factors = withoutDuplicates([...classified, ...hazardFactors]).sort(byConsequence(changes.commits));
  for (const factor of factors) factor.category ??= categoryOf(factor);
  const verdict = verdictOf(factors, target);
  const pullRequests = pullRequestsOf(changes, factors);
  return {
    verdict,
    head: changes.head,
    migrationsChanged: candidates.some((c) => c.type === 'migration'),
    contractsChanged: factors.some((f) => f.kind === 'contract' && f.severity !== 'info'),
    target,
    factors,
    recommendation: recommend(verdict, target, factors, changes.head),
    ...(pullRequests ? { pullRequests } : {})
  };
}

/** The pull request of the deployed commit and of each commit a factor names, where known. */
function pullRequestsOf(changes: ChangeSet, factors: Factor[]): Record<string, number> | undefined {
  const wanted = new Set<string>([changes.head]);
  for (const factor of factors) if (factor.commit) wanted.add(factor.commit);
  const found: Record<string, number> = {};
  for (const commit of changes.commits) {
    if (commit.pr !== undefined && wanted.has(commit.sha)) found[commit.sha] = commit.pr;
  }
  return Object.keys(found).length > 0 ? found : undefined;
}
