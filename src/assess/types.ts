/**
 * The rollback-safety assessment's data. Rolling back moves production from head N back to the
 * target N-1: every finding is phrased in that direction.
 */
export const SEVERITIES = ['info', 'warning', 'blocker'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Every kind of finding, schema hazards first: they are the ones a rollback cannot undo by itself. */
export const FACTOR_KINDS = [
  'migration',
  'contract',
  'critical-change',
  'config',
  'dependency',
  'multiple-releases',
  'incomplete',
  'target'
] as const;

export type FactorKind = (typeof FACTOR_KINDS)[number];

export interface Factor {
  kind: FactorKind;
  severity: Severity;
  /** Repository-relative path at head (or at base for files that head deleted). */
  path: string | null;
  /** 1-based line in that file that says so, when there is one. */
  line: number | null;
  /** The newest commit in the range that touched the file or made the change. */
  commit: string | null;
  /** What was found, in one or two sentences with the evidence. */
  detail: string;
  /** What a person should do: roll back, roll forward with a fix, expand first, check by hand. */
  recommendation: string;
  /** Machine-readable class of the finding, beside the prose (stable values, see FACTOR_CATEGORIES). */
  category?: FactorCategory;
  /** The migration framework or contract format that produced it (`rails`, `alembic`, `openapi`, ...). */
  framework?: string;
  /** The SQL dialect a migration was read in (`postgres`, `mysql`, `sqlite`, `clickhouse`, ...). */
  dialect?: string;
  /** Evidence for machines and the curious (a parser's raw message): never the headline. */
  evidenceDetail?: string;
}

/**
 * What a finding is, for filtering and counting. Migration effects first (`destructive`,
 * `constraining`, `data-rewrite`, `additive`), then how a migration file changed (`edited`, `moved`),
 * what could not be read (`unparsed`), and the other hazards.
 */
export const FACTOR_CATEGORIES = [
  'destructive',
  'constraining',
  'data-rewrite',
  'additive',
  'edited',
  'moved',
  'unparsed',
  'contract-removed',
  'contract-changed',
  'contract-added',
  'security',
  'hotfix',
  'critical-path',
  'config',
  'infra',
  'dependency',
  'releases',
  'target',
  'incomplete'
] as const;

export type FactorCategory = (typeof FACTOR_CATEGORIES)[number];

export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied' | 'type-changed';

export interface ChangedFile {
  /** Path at head; for a deleted file, the path it had at base. */
  path: string;
  /** For renames and copies: the path at base. */
  previousPath?: string;
  status: FileStatus;
  binary: boolean;
  /** SHAs of the commits in the range that touched this file, newest first (may be empty if unknown). */
  commits: string[];
}

export interface CommitInfo {
  sha: string;
  subject: string;
  body: string;
  author: string;
  /** ISO 8601. */
  date: string;
  /** Pull request that brought the commit, when known (merge subject or the API). */
  pr?: number;
  labels?: string[];
}

/** Everything between the rollback target (base, N-1) and the deployed release (head, N). */
export interface ChangeSet {
  base: string;
  head: string;
  files: ChangedFile[];
  /** Newest first. Where `commitsReady` is present, readable only once it settles. */
  commits: CommitInfo[];
  /**
   * Present when the commits are still being listed as the change set is handed over (a local
   * clone lists them in the same pass as each commit's files, which outlasts the tree diff).
   * Settles when `commits` can be read; rejects when they could not be listed.
   */
  commitsReady?: Promise<void>;
  /** False when the list of files may be missing entries (e.g. the compare API's 300-file cap). */
  complete: boolean;
  incompleteReason?: string;
  /** File content at one side of the range, or null when it does not exist there (or is binary). */
  read(path: string, side: 'base' | 'head'): Promise<string | null>;
  /**
   * Present when `files[].commits` are filled on demand: a range can hold tens of thousands of
   * files, and only the few that get findings need their commits. Fills `commits` (newest first)
   * of the files with these paths (a rename is found by its head path), in place, and returns
   * them by path. Concurrent calls may share one pass.
   */
  commitsFor?(paths: string[]): Promise<Map<string, string[]>>;
  /**
   * Present when `files[].commits` are filled on demand: the paths each of these commits touched
   * (names as the commit saw them, so a renamed file may appear under its old name).
   */
  pathsTouchedBy?(shas: string[]): Promise<Map<string, string[]>>;
}

export type RollbackSafety = 'safe' | 'caution' | 'unsafe';

export interface RollbackTarget {
  ref: string | null;
  sha: string | null;
  /** How it was chosen, in words: "last successful deployment to production (#41, 2 h ago)". */
  how: string;
  /** Releases that lie between head and the target and would be undone too. */
  skipped: { sha: string; ref: string | null; reason: string }[];
}

export interface Assessment {
  verdict: RollbackSafety;
  /** The deployed release N (head of the range), when known: the recommendation names it. */
  head?: string;
  migrationsChanged: boolean;
  contractsChanged: boolean;
  target: RollbackTarget;
  factors: Factor[];
  /** Roll back / roll forward with a fix / expand first, and why. */
  recommendation: string;
  /**
   * The pull requests that brought the deployed commit and the commits the factors name, by SHA,
   * as their merge or squash subjects say: the incident page links the deploy and each finding
   * to its pull request without asking GitHub.
   */
  pullRequests?: Record<string, number>;
}
