/**
 * Hazards a rollback would bring back that are not migrations or API contracts: security fixes,
 * configured critical paths, config and infrastructure, dependencies, and the shape of the range
 * itself (several releases, an incomplete file list, no target). Pure: a ChangeSet in, factors out.
 * Findings are grouped so a range of 20,000 files still reads as a short list.
 */
import { mapWithConcurrency } from './concurrency.js';
import { compileGlobs } from './glob.js';
import type { ChangeSet, ChangedFile, CommitInfo, Factor, RollbackTarget } from './types.js';

/** Beyond this many files of one kind, findings are grouped per folder. */
const MAX_INDIVIDUAL_FILES = 5;
/** Beyond this many folders, the rest is summarised in one factor. */
const MAX_FOLDER_FACTORS = 15;
const SAMPLE_NAMES = 3;

const short = (sha: string): string => sha.slice(0, 7);

function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}

function listSample(items: string[], limit = SAMPLE_NAMES): string {
  const shown = items.slice(0, limit).join(', ');
  return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}

function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '.' : path.slice(0, slash);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

// ---- security fixes in commit messages -------------------------------------------------------

const CONVENTIONAL_SECURITY = /^\w+\(security\)!?:|^security(\([^)]*\))?!?:/i;
const CVE_ID = /\bCVE-\d{4}-\d{4,}\b/gi;
const GHSA_ID = /\bGHSA(?:-[23456789cfghjmpqrvwx]{4}){3}\b/gi;
const CRITICAL_LABELS = new Set(['security', 'hotfix', 'critical']);
/** Labels such as `type: security`, `security-fix`, `vulnerability`. */
const SECURITY_LABEL = /security|vulnerab|\bcve\b/i;
/**
 * GitHub merges a private security-advisory fork with this subject, and nothing else says
 * "security": the fix was kept quiet until it shipped.
 */
const ADVISORY_FORK_MERGE = /^Merge commit from fork\b/i;
/**
 * Attacks and advisories named outright: a subject that names one is about fixing it, whatever
 * the verb ("Escape titles to prevent stored XSS", "Update UI package to clear security alerts").
 */
const NAMED_ATTACK =
  /(?<![\w/.-])(?:(?:XSS|CSRF|SSRF|XXE)(?![\w/.-]|\s+(?:tokens?|keys?|cookies?|headers?|middleware|exempts?|secrets?|filters?)\b)|RCE|IDOR|ReDoS|SQL injection|(?:command|code|shell|header|CRLF|template|LDAP|XPath|XML|HTML|NoSQL) injection|(?:path|directory) traversal|(?:zip|tar)[- ]slip|open redirect|prototype pollution|privilege escalation|remote code execution|insecure direct object references?|request smuggling|session fixation|clickjacking|denial of service|(?:auth(?:entication|orization)?|permission|access[- ]control|2FA|MFA|SSO|login|CSP) bypass|security (?:fix(?:es)?|issues?|patch(?:es)?|vulnerabilit(?:y|ies)|alerts?|holes?|bugs?|flaws?))\b/i;
/** Verbs that say a change closes a hole (before the hole it names, in the same clause). */
const FIX_VERB = String.raw`(?:fix(?:e[sd]|ing)?|prevent(?:s|ed|ing)?|skip(?:s|ped|ping)?|reject(?:s|ed|ing)?|validat(?:e[sd]?|ing)|saniti[sz](?:e[sd]?|ing)|escap(?:e[sd]?|ing)|restrict(?:s|ed|ing)?|check(?:s|ed|ing)?|enforc(?:e[sd]?|ing)|guard(?:s|ed|ing)?|block(?:s|ed|ing)?|disallow(?:s|ed|ing)?|forbid(?:s|den)?|den(?:y|ies|ied)|harden(?:s|ed|ing)?|patch(?:es|ed|ing)?|mitigat(?:e[sd]?|ing)|protect(?:s|ed|ing)?|(?:do not|don't|never|no longer) follow)`;
/**
 * Weaknesses whose names are also the names of features (a vulnerability *scanner*, permission
 * *tables*): they count only as the object of a fix verb. "vulnerability" followed by a noun of
 * the feature (filters, report, scanner) is the feature.
 */
const WEAKNESS = String.raw`(?:security advisor(?:y|ies)|vulnerabilit(?:y|ies)(?![- ](?:filters?|scan\w*|reports?|lists?|pages?|views?|data(?:base)?|db|summar(?:y|ies)|tabs?|tables?|columns?|charts?|exports?|dashboards?|feeds?|counts?|severit(?:y|ies)|status|allowlists?|whitelists?|details?|results?|items?|components?|icons?))|(?:permission|authori[sz]ation|access|ownership|role|scope|tenant) (?:checks?|checking|validation|controls?|enforcement)|unauthori[sz]ed (?:access|users?|requests?|callers?|reads?|writes?)|missing (?:permission|authori[sz]ation|auth|access) checks?|sym(?:bolic )?links?)`;
/**
 * A fix verb, then the weakness as its object: at most three words between, none of them a
 * preposition or conjunction ("fix the wrong count of vulnerabilities" is about a count).
 */
const FIXED_WEAKNESS = new RegExp(
  String.raw`\b${FIX_VERB}\b(?:\s+(?!(?:of|for|in|when|while|with|on|to|from|by|and|or|after|before|during|if)\b)[\w'-]+){0,3}?\s+${WEAKNESS}\b`,
  'i'
);
/** A Conventional Commits type (`fix(scan): `): the verb must be in the description after it. */
const CONVENTIONAL_TYPE = /^\w+(?:\([^)]*\))?!?:\s*/;
/** A symlink is a hole only where archives are unpacked or files uploaded (tar symlinks, zip-slip). */
const ARCHIVE_CONTEXT =
  /\b(?:tar(?:ball)?s?|archives?|zip|unpack\w*|untar\w*|extract\w*|upload\w*|unzip\w*)\b/i;
/** Test-only changes around permission checks are not the fix itself. */
const TEST_ONLY = /\b(?:tests?|test ?cases?|testcases?|specs?|e2e)\b/i;
/**
 * Prefixes a backport or cherry-pick puts before the original subject: `[CHERRY-PICK]`,
 * `(cherry-pick)`, `cherry-pick:`, `[Backport 2.15.0]`.
 */
const BACKPORT_PREFIX =
  /^(?:\[[^\]]*\]|\((?:cherry[- ]?pick(?:ed)?|backport)[^)]*\)|(?:cherry[- ]?pick(?:ed)?|backport)\b:?)\s*/i;
/** A dependency bump (Dependabot, Renovate, by hand). */
const DEPENDENCY_BUMP =
  /^(?:(?:build|chore|fix)\(deps?(?:-dev)?\)!?:\s*)?(?:bump|update|upgrade)\b.*\b(?:from|to|v?\d)/i;
/** Every marker above contains one of these (case-insensitively). */
const SECURITY_HINT =
  /cve-|ghsa-|security|from fork|xss|csrf|ssrf|xxe|rce|idor|redos|injection|traversal|slip|redirect|pollution|escalation|bypass|vulnerab|smuggl|fixation|clickjack|denial|remote code|insecure|permission|authori[sz]|access|ownership|role|scope|tenant|symlink|symbolic link/i;

/** The subject as its author wrote it, without the prefixes a backport adds. */
function originalSubject(subject: string): string {
  let text = subject.trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(BACKPORT_PREFIX, '');
  }
  return text;
}

/**
 * The words of one line that name the hole it fixes, and whether the name alone says so (an
 * attack) or only with its fix verb (a weakness that is also a feature's name), or null.
 */
function namedFix(line: string): { words: string; outright: boolean } | null {
  const attack = NAMED_ATTACK.exec(line);
  if (attack) return { words: attack[0], outright: true };
  const weakness = FIXED_WEAKNESS.exec(line.replace(CONVENTIONAL_TYPE, ''));
  if (!weakness) return null;
  if (/sym(?:bolic )?links?$/i.test(weakness[0]) && !ARCHIVE_CONTEXT.test(line)) return null;
  if (TEST_ONLY.test(line)) return null;
  return { words: weakness[0], outright: false };
}

/**
 * A fix named in the subject; for a dependency bump also in the body, which carries the
 * dependency's release notes. Other bodies are left out: they list components and features
 * ("artifact-vulnerabilities", "Export CVE - Labels link") more often than fixes.
 */
function namedFixOf(commit: CommitInfo, subject: string, bump: boolean): ReturnType<typeof namedFix> {
  const inSubject = namedFix(subject);
  if (inSubject || !bump) return inSubject;
  for (const line of commit.body.split('\n')) {
    const inBody = namedFix(line);
    if (inBody) return inBody;
  }
  return null;
}

/** Why a commit counts as a security or critical fix, or null. Exported for the API path's labels too. */
export function securityEvidence(commit: CommitInfo): string | null {
  // Most commits carry none of the markers: one cheap test each, before any text is joined.
  if (!commit.labels?.length && !SECURITY_HINT.test(commit.subject) && !SECURITY_HINT.test(commit.body))
    return null;
  const text = `${commit.subject}\n${commit.body}`;
  const ids = [
    ...new Set([...(text.match(CVE_ID) ?? []), ...(text.match(GHSA_ID) ?? [])].map((id) => id.toUpperCase()))
  ];
  const fork = ADVISORY_FORK_MERGE.test(commit.subject);
  if (fork) return `merges a private security-advisory fork${ids.length ? ` (${listSample(ids)})` : ''}`;
  if (ids.length) return `fixes ${listSample(ids)}`;
  const subject = originalSubject(commit.subject);
  // Undoing a fix is not a fix; its own ids and labels above still count.
  const revert = /^Revert\b/i.test(subject);
  if (!revert && CONVENTIONAL_SECURITY.test(subject)) return 'is marked as a security fix';
  const labels = (commit.labels ?? []).filter(
    (label) => CRITICAL_LABELS.has(label.toLowerCase()) || SECURITY_LABEL.test(label)
  );
  if (labels.length) return `carries the label${labels.length > 1 ? 's' : ''} ${labels.join(', ')}`;
  if (revert) return null;
  const bump = DEPENDENCY_BUMP.test(subject);
  const named = namedFixOf(commit, subject, bump);
  if (!named) return null;
  if (bump) return `bumps a dependency for a security fix ("${named.words}")`;
  return named.outright
    ? `fixes a vulnerability ("${named.words}")`
    : `looks like a security fix ("${named.words}")`;
}

export interface SecurityCommit {
  commit: CommitInfo;
  evidence: string;
}

/** The commits a rollback must not undo silently; their files are looked up only for these. */
export function securityCommits(changes: ChangeSet): SecurityCommit[] {
  const flagged: SecurityCommit[] = [];
  for (const commit of changes.commits) {
    const evidence = securityEvidence(commit);
    if (evidence !== null) flagged.push({ commit, evidence });
  }
  return flagged;
}

function securityFactors(
  changes: ChangeSet,
  flagged: SecurityCommit[],
  touchedBy?: ReadonlyMap<string, string[]>
): Factor[] {
  if (!flagged.length) return [];
  const wanted = new Set(flagged.map((entry) => entry.commit.sha));
  const filesByCommit = new Map<string, string[]>();
  const add = (sha: string, path: string): void => {
    const list = filesByCommit.get(sha) ?? [];
    list.push(path);
    filesByCommit.set(sha, list);
  };
  if (touchedBy) {
    // The change set listed each commit's own paths: keep those still changed in the range (by
    // either name of a rename), in the order of the file list as before.
    const byName = new Map<string, string[]>();
    for (const [sha, paths] of touchedBy) {
      if (!wanted.has(sha)) continue;
      for (const path of paths) {
        const shas = byName.get(path);
        if (shas) shas.push(sha);
        else byName.set(path, [sha]);
      }
    }
    const files = changes.files;
    for (let i = 0; i < files.length; i++) {
      const file = files[i]!;
      const direct = byName.get(file.path);
      const earlier = file.previousPath !== undefined ? byName.get(file.previousPath) : undefined;
      if (!direct && !earlier) continue;
      for (const sha of new Set([...(direct ?? []), ...(earlier ?? [])])) add(sha, file.path);
    }
  } else {
    for (const file of changes.files)
      for (const sha of file.commits) if (wanted.has(sha)) add(sha, file.path);
  }
  return flagged.map(({ commit, evidence }) => {
    const files = filesByCommit.get(commit.sha) ?? [];
    const pr = commit.pr !== undefined ? ` (PR #${commit.pr})` : '';
    const touches = files.length ? `; it touches ${listSample(files)}` : '';
    const hotfixOnly = /^carries the labels? /.test(evidence) && !SECURITY_LABEL.test(evidence);
    return {
      kind: 'critical-change',
      severity: 'blocker',
      category: hotfixOnly ? 'hotfix' : 'security',
      path: files[0] ?? null,
      line: null,
      commit: commit.sha,
      detail: `Commit ${short(commit.sha)} "${commit.subject}"${pr} ${evidence}: rolling back would undo it${touches}.`,
      recommendation:
        'Do not roll back past this fix: roll forward with a fix, or revert only the change that broke.'
    };
  });
}

// ---- grouping of file findings ----------------------------------------------------------------

/**
 * One factor per file when there are few; else one per folder with a count, and the folders past
 * the limit in a last factor, so the list stays readable.
 */
function groupedFactors(
  files: ChangedFile[],
  describe: (paths: string[], where: string | null) => Pick<Factor, 'detail' | 'recommendation'>,
  base: Pick<Factor, 'kind' | 'severity' | 'category' | 'framework'>,
  commitOf: NewestCommitOf
): Factor[] {
  if (files.length <= MAX_INDIVIDUAL_FILES) {
    return files.map((file) => ({
      ...base,
      path: file.path,
      line: null,
      commit: commitOf([file]),
      ...describe([file.path], null)
    }));
  }
  const byFolder = new Map<string, ChangedFile[]>();
  for (const file of files) {
    const folder = folderOf(file.path);
    const list = byFolder.get(folder);
    if (list) list.push(file);
    else byFolder.set(folder, [file]);
  }
  const folders = [...byFolder.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const factors: Factor[] = folders.slice(0, MAX_FOLDER_FACTORS).map(([folder, group]) => ({
    ...base,
    path: group.length === 1 ? group[0]!.path : `${folder}/`,
    line: null,
    commit: commitOf(group),
    ...describe(
      group.map((f) => f.path),
      group.length === 1 ? null : folder
    )
  }));
  const rest = folders.slice(MAX_FOLDER_FACTORS).flatMap(([, group]) => group);
  if (rest.length) {
    factors.push({
      ...base,
      path: null,
      line: null,
      commit: commitOf(rest),
      ...describe(
        rest.map((f) => f.path),
        `${plural(folders.length - MAX_FOLDER_FACTORS, 'other folder')}`
      )
    });
  }
  return factors;
}

/** The newest commit of the range that touched any of these files, or null when none is known. */
type NewestCommitOf = (files: ChangedFile[]) => string | null;

/**
 * NewestCommitOf from the files' own commit lists: each is newest first, and across files the
 * range's commit list (newest first) tells which is newer.
 */
function newestFromFileCommits(commits: CommitInfo[]): NewestCommitOf {
  let order: Map<string, number> | null = null;
  return (files) => {
    order ??= new Map(commits.map((commit, index) => [commit.sha, index]));
    let best: string | null = null;
    let bestIndex = Infinity;
    for (const file of files) {
      const sha = file.commits[0];
      if (sha === undefined) continue;
      // A commit missing from the range's list (an incomplete listing) ranks after the others.
      const index = order.get(sha) ?? commits.length;
      if (best === null || index < bestIndex) {
        best = sha;
        bestIndex = index;
      }
    }
    return best;
  };
}

function subject(paths: string[], where: string | null, noun: string): string {
  if (where === null) return paths[0]!;
  return `${plural(paths.length, noun)} in ${where} (${listSample(paths.map(baseName))})`;
}

// ---- critical paths ---------------------------------------------------------------------------

function criticalPathFactors(hits: ChangedFile[], commitOf: NewestCommitOf): Factor[] {
  return groupedFactors(
    hits,
    (paths, where) => ({
      detail: `${subject(paths, where, 'file')} ${paths.length === 1 && where === null ? 'is' : 'are'} on a configured critical path; a rollback would undo ${paths.length === 1 ? 'its change' : 'their changes'}.`,
      recommendation: 'Check by hand that undoing this change is acceptable before rolling back.'
    }),
    { kind: 'critical-change', severity: 'warning', category: 'critical-path' },
    commitOf
  );
}

// ---- config and infrastructure ----------------------------------------------------------------

/** Config files read at once to settle what they are. */
const CONTENT_READS = 16;

export type ConfigCategory = 'terraform' | 'kubernetes' | 'helm' | 'env' | 'flags' | 'config';

const DATA_EXTENSIONS = /\.(ya?ml|json|toml|ini|conf|cfg|properties|env|xml|hcl)$/i;
const YAML_OR_JSON = /\.(ya?ml|json)$/i;
/** Folders where Kubernetes manifests usually live: a YAML file there is read to be sure. */
const MANIFEST_FOLDERS = new Set([
  'k8s',
  'kubernetes',
  'kube',
  'manifests',
  'deploy',
  'deployment',
  'deployments',
  'kustomize',
  'overlays'
]);
const CHART_FOLDERS = new Set(['charts', 'helm']);
/** Source code is code, wherever it lives (`internal/config/config.go`, `src/flags/Flag.tsx`). */
const CODE_EXTENSIONS =
  /\.(?:[cm]?[jt]sx?|go|py|java|kt|kts|scala|rs|php|cs|fs|swift|m|mm|c|cc|cpp|h|hpp|vue|svelte|dart|lua|ex|exs|erl|clj|rb|sh|sql)$/i;
/** Not configuration of the running service: tests, fixtures, translations, documentation. */
const NOT_CONFIG_FOLDERS = new Set([
  'test',
  'tests',
  'spec',
  'specs',
  '__tests__',
  '__mocks__',
  'testdata',
  'test-data',
  'fixtures',
  '__fixtures__',
  'e2e',
  'cypress',
  'locales',
  'locale',
  'i18n',
  'l10n',
  'translations',
  'lang',
  'docs',
  'examples',
  'example'
]);
const TEST_NAME = /(?:[._-](?:test|spec)\.[^.]+$|_test\.go$)/i;
/** A version constant (`version.rb`, `_version.py`, `VERSION`) changes every release: not config. */
const VERSION_NAME = /^_?version(?:\.[^.]+)?$/i;
/**
 * Feature-flag files of known tools, by name: OpenFeature flagd (`flags.json`, `*.flagd.json`),
 * GO Feature Flag (`*.goff.yaml`), Flipt (`features.yml`, `flipt.yml`), Unleash and Flagsmith
 * exports. Data files only: `cmd/run/flags.go` is command-line flags in code.
 */
const FLAG_FILE =
  /^(?:flags|features|feature-flags|feature_flags|flagd|flipt|unleash|flagsmith)(?:\.[\w-]+)?\.(?:json|ya?ml|toml)$|\.(?:flagd\.json|goff\.ya?ml)$/i;
const ENV_TEMPLATE = /\.(?:example|sample|template|dist|test)$/i;

/** Every rule below needs one of these substrings; most source paths fail this one test. */
const CONFIG_HINT =
  /config|\.tf|k8s|kube|manifests|deploy|kustomiz|overlays|charts|helm|chart\.ya?ml|\.env|flag|features|flipt|unleash|settings/i;

/**
 * What a path looks like, before content is read: `kubernetes` and `helm` here are guesses that
 * `configNeedsContent` names, and `confirmConfigByContent` settles in an assessment.
 */
export function configCategory(path: string): ConfigCategory | null {
  if (!CONFIG_HINT.test(path)) return null;
  const segments = path.split('/');
  const name = segments[segments.length - 1]!;
  const folders = segments.slice(0, -1);
  if (folders.some((folder) => NOT_CONFIG_FOLDERS.has(folder.toLowerCase())) || TEST_NAME.test(name))
    return null;
  if (VERSION_NAME.test(name)) return null;
  // Code in the app's own language is code, in config/ too: Rails initializers and routes, Elixir
  // config/*.exs ship and roll back with the code that reads them. Runtime configuration kept
  // beside the code (env files, YAML, TOML, Helm values) stays configuration.
  if (CODE_EXTENSIONS.test(name)) return null;
  if (/\.(tf|tfvars)$/.test(name) || name.endsWith('.tfvars.json')) return 'terraform';
  if (name === 'kustomization.yaml' || name === 'kustomization.yml') return 'kubernetes';
  if (/^Chart\.ya?ml$/.test(name)) return 'helm';
  if (YAML_OR_JSON.test(name) && folders.some((f) => CHART_FOLDERS.has(f))) return 'helm';
  if (/\.ya?ml$/i.test(name) && folders.some((f) => MANIFEST_FOLDERS.has(f))) return 'kubernetes';
  if (name.startsWith('.env') && !ENV_TEMPLATE.test(name)) return 'env';
  if (FLAG_FILE.test(name) || (folders.includes('feature-flags') && DATA_EXTENSIONS.test(name)))
    return 'flags';
  // A top-level config/ is configuration (its code files were left out above); deeper config/
  // folders often hold source code, so only their data files count.
  if (folders[0] === 'config' || (folders.includes('config') && DATA_EXTENSIONS.test(name))) return 'config';
  return null;
}

/** Which guesses of `configCategory` content must confirm: a manifest's keys, a chart's Chart.yaml. */
export function configNeedsContent(path: string, category: ConfigCategory): 'manifest' | 'chart' | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (category === 'kubernetes' && !/^kustomization\.ya?ml$/.test(name)) return 'manifest';
  if (category === 'helm' && !/^Chart\.ya?ml$/.test(name)) return 'chart';
  return null;
}

/** A Kubernetes manifest names its `apiVersion` and `kind` at the top level (any document of it). */
export function isKubernetesManifest(content: string): boolean {
  return /^apiVersion:\s*\S/m.test(content) && /^kind:\s*\S/m.test(content);
}

/** Same as configCategory for a file that is not what its folder suggested. */
function fallbackCategory(path: string): ConfigCategory | null {
  const segments = path.split('/');
  const name = segments[segments.length - 1]!;
  const folders = segments.slice(0, -1);
  return folders[0] === 'config' || (folders.includes('config') && DATA_EXTENSIONS.test(name))
    ? 'config'
    : null;
}

/**
 * Settles the guesses by content: a YAML file in `deploy/` is a Kubernetes manifest only if it has
 * `apiVersion` and `kind`; a file under `charts/` is Helm only if a Chart.yaml sits above it. Reads
 * the few candidates (and one Chart.yaml per folder); returns the category of each, or null.
 */
export async function confirmConfigByContent(
  files: ChangedFile[],
  read: ChangeSet['read']
): Promise<Map<string, ConfigCategory | null>> {
  const settled = new Map<string, ConfigCategory | null>();
  const charts = new Map<string, Promise<boolean>>();
  const hasChart = (folder: string, side: 'head' | 'base'): Promise<boolean> => {
    const key = `${side}:${folder}`;
    let found = charts.get(key);
    if (!found) {
      const prefix = folder ? `${folder}/` : '';
      found = Promise.all([read(`${prefix}Chart.yaml`, side), read(`${prefix}Chart.yml`, side)]).then(
        ([yaml, yml]) => yaml !== null || yml !== null
      );
      charts.set(key, found);
    }
    return found;
  };
  // Bounded: a range may move thousands of manifests at once.
  await mapWithConcurrency(files, CONTENT_READS, async (file) => {
    const guess = configCategory(file.path);
    const need = guess ? configNeedsContent(file.path, guess) : null;
    if (!guess || !need) return;
    const side = file.status === 'deleted' ? 'base' : 'head';
    let confirmed = false;
    if (need === 'manifest') {
      const content = await read(file.path, side);
      confirmed = content !== null && isKubernetesManifest(content);
    } else {
      const folders = file.path.split('/').slice(0, -1);
      for (let depth = folders.length; depth >= 0 && !confirmed; depth--) {
        confirmed = await hasChart(folders.slice(0, depth).join('/'), side);
      }
    }
    settled.set(file.path, confirmed ? guess : fallbackCategory(file.path));
  });
  return settled;
}

const CONFIG_WORDING: Record<ConfigCategory, { noun: string; recommendation: string }> = {
  terraform: {
    noun: 'Terraform file',
    recommendation:
      'Infrastructure is not rolled back with the code: check the earlier release works with the infrastructure as it is now.'
  },
  kubernetes: {
    noun: 'Kubernetes manifest',
    recommendation:
      'Check which manifests the rollback re-applies (replicas, probes, resources, secrets) and that the earlier release works with them.'
  },
  helm: {
    noun: 'Helm chart file',
    recommendation:
      'Check which chart values and templates the rollback re-applies and that the earlier release works with them.'
  },
  env: {
    noun: 'environment file',
    recommendation:
      'Check the earlier release still finds every variable it needs, and that no rotated secret comes back.'
  },
  flags: {
    noun: 'feature-flag file',
    recommendation:
      'Check which flags the rollback turns back on or off, and that the earlier code knows them.'
  },
  config: {
    noun: 'configuration file',
    recommendation:
      'Check the earlier configuration still matches the environment (endpoints, secrets, limits) before rolling back.'
  }
};

const INFRA: ReadonlySet<ConfigCategory> = new Set(['terraform', 'kubernetes', 'helm']);

function configFactors(
  files: ChangedFile[],
  commitOf: NewestCommitOf,
  settled?: ReadonlyMap<string, ConfigCategory | null>
): Factor[] {
  const byCategory = new Map<ConfigCategory, ChangedFile[]>();
  for (const file of files) {
    const category = settled?.has(file.path) ? settled.get(file.path) : configCategory(file.path);
    if (!category) continue;
    const list = byCategory.get(category);
    if (list) list.push(file);
    else byCategory.set(category, [file]);
  }
  const factors: Factor[] = [];
  for (const [category, group] of byCategory) {
    const wording = CONFIG_WORDING[category];
    factors.push(
      ...groupedFactors(
        group,
        (paths, where) => ({
          detail:
            where === null
              ? `${wording.noun[0]!.toUpperCase()}${wording.noun.slice(1)} ${paths[0]} changed in the range; a rollback restores its earlier version.`
              : `${subject(paths, where, wording.noun)} changed in the range; a rollback restores their earlier versions.`,
          recommendation: wording.recommendation
        }),
        {
          kind: 'config',
          severity: 'warning',
          category: INFRA.has(category) ? 'infra' : 'config',
          // The tool whose files these are, where one is known.
          ...(category === 'config' || category === 'env' ? {} : { framework: category })
        },
        commitOf
      )
    );
  }
  return factors;
}

// ---- dependencies -----------------------------------------------------------------------------

const DEPENDENCY_FILES = new Set([
  'package.json',
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lockb',
  'go.mod',
  'go.sum',
  'Cargo.toml',
  'Cargo.lock',
  'Gemfile',
  'Gemfile.lock',
  'poetry.lock',
  'Pipfile',
  'Pipfile.lock',
  'pyproject.toml',
  'uv.lock',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'gradle.lockfile',
  'composer.json',
  'composer.lock',
  'mix.exs',
  'mix.lock',
  'packages.lock.json'
]);

export function isDependencyFile(path: string): boolean {
  const name = baseName(path);
  return DEPENDENCY_FILES.has(name) || /^requirements.*\.txt$/.test(name) || name.endsWith('.csproj');
}

function dependencyFactor(files: ChangedFile[], commitOf: NewestCommitOf): Factor[] {
  const manifests = files.filter((file) => isDependencyFile(file.path));
  if (!manifests.length) return [];
  const paths = manifests.map((file) => file.path);
  return [
    {
      kind: 'dependency',
      severity: 'info',
      category: 'dependency',
      path: paths.length === 1 ? paths[0]! : null,
      line: null,
      commit: commitOf(manifests),
      detail: `${plural(paths.length, 'dependency manifest or lockfile', 'dependency manifests and lockfiles')} changed (${listSample(paths, 6)}); a rollback restores the earlier dependency versions.`,
      recommendation:
        'Rolling back dependencies is usually fine; if an upgrade fixed a vulnerability, roll forward instead.'
    }
  ];
}

// ---- the range itself -------------------------------------------------------------------------

/** Factors about the range rather than its files: the target, skipped releases, a short file list. */
export function rangeFactors(changes: ChangeSet, target: RollbackTarget): Factor[] {
  const factors: Factor[] = [];
  if (target.sha === null) {
    factors.push({
      kind: 'target',
      severity: 'warning',
      category: 'target',
      path: null,
      line: null,
      commit: null,
      detail: `No rollback target: ${target.how}.`,
      recommendation: 'Name the release to roll back to by hand, or roll forward with a fix.'
    });
  }
  if (target.skipped.length) {
    const listed = target.skipped.map((s) => `${short(s.sha)}${s.ref ? ` (${s.ref})` : ''}: ${s.reason}`);
    factors.push({
      kind: 'multiple-releases',
      severity: 'warning',
      category: 'releases',
      path: null,
      line: null,
      commit: target.skipped[0]!.sha,
      detail: `Rolling back also undoes ${plural(target.skipped.length, 'later release')}: ${listSample(listed, 5)}.`,
      recommendation: 'Check every release in the range, not only the last one, before rolling back.'
    });
  }
  if (!changes.complete) {
    factors.push({
      kind: 'incomplete',
      severity: 'warning',
      category: 'incomplete',
      path: null,
      line: null,
      commit: null,
      detail: `The list of changes may be incomplete: ${changes.incompleteReason ?? 'no reason given'}.`,
      recommendation:
        'Check the range by hand (or run with the full git history) before trusting this assessment.'
    });
  }
  return factors;
}

/** The files each file-level rule applies to, sorted out in one pass over the range. */
export interface HazardFiles {
  /** On a configured critical path (by either name of a rename). */
  critical: ChangedFile[];
  /** Dependency manifests and lockfiles not on a critical path. */
  dependencies: ChangedFile[];
  /** Config and infrastructure files that are neither of the above. */
  config: ChangedFile[];
}

/**
 * Sorts the range's files by the rules above once: the assessment needs the list before the
 * classifiers run (to look up these files' commits) and again to word the factors, and a range
 * of 20,000 files makes each pass count.
 */
export function hazardFiles(files: ChangedFile[], criticalPaths: string[]): HazardFiles {
  const critical = criticalPaths.length ? compileGlobs(criticalPaths) : null;
  const plan: HazardFiles = { critical: [], dependencies: [], config: [] };
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (
      critical !== null &&
      (critical(file.path) || (file.previousPath !== undefined && critical(file.previousPath)))
    )
      plan.critical.push(file);
    else if (isDependencyFile(file.path)) plan.dependencies.push(file);
    else if (configCategory(file.path) !== null) plan.config.push(file);
  }
  return plan;
}

/**
 * The factors of the file-level rules (critical paths, config, dependencies), each naming the
 * commit `commitOf` gives for its files. `classified` are files the migration and contract
 * classifiers already cover, left out of the config and dependency groups so they are not
 * reported twice.
 */
function fileHazardFactors(
  plan: HazardFiles,
  classified: ReadonlySet<string>,
  commitOf: NewestCommitOf,
  settled?: ReadonlyMap<string, ConfigCategory | null>
): Factor[] {
  const unclassified = (file: ChangedFile): boolean => !classified.has(file.path);
  return [
    ...criticalPathFactors(plan.critical, commitOf),
    ...configFactors(plan.config.filter(unclassified), commitOf, settled),
    ...dependencyFactor(plan.dependencies.filter(unclassified), commitOf)
  ];
}

/**
 * Every non-parser hazard in the range. `classifiedPaths` are files the migration and contract
 * classifiers already cover, left out of the config grouping so they are not reported twice.
 */
export function findChangeHazards(
  changes: ChangeSet,
  target: RollbackTarget,
  options: {
    criticalPaths: string[];
    classifiedPaths?: ReadonlySet<string>;
    /** securityCommits(changes), when the caller has it already. */
    securityCommits?: SecurityCommit[];
    /** Paths per commit, from a change set that fills file commits on demand (pathsTouchedBy). */
    touchedBy?: ReadonlyMap<string, string[]>;
    /** hazardFiles(changes.files, criticalPaths), when the caller has it already. */
    hazardFiles?: HazardFiles;
    /** confirmConfigByContent over the config files: what their content says they are. */
    configByContent?: ReadonlyMap<string, ConfigCategory | null>;
    /** Security entries that CHANGELOG files gained in the range (changelogSecurityFactors). */
    changelogSecurity?: Factor[];
  }
): Factor[] {
  const plan = options.hazardFiles ?? hazardFiles(changes.files, options.criticalPaths);
  return [
    ...securityFactors(changes, options.securityCommits ?? securityCommits(changes), options.touchedBy),
    ...(options.changelogSecurity ?? []),
    ...fileHazardFactors(
      plan,
      options.classifiedPaths ?? new Set<string>(),
      newestFromFileCommits(changes.commits),
      options.configByContent
    ),
    ...rangeFactors(changes, target)
  ];
}
