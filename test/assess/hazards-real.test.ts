/**
 * Patterns from real release ranges, as minimal fixtures: config and infrastructure judged by
 * content, security fixes that never say "security" in a commit subject, lockstep clients, and
 * one finding per hazard.
 */
import { describe, expect, it } from '@jest/globals';
import { assess } from '../../src/assess/assess.js';
import { addedSecurityEntries } from '../../src/assess/changelog-security.js';
import { configCategory, securityEvidence } from '../../src/assess/changes.js';
import type { Classifiers, Detectors } from '../../src/assess/classifiers.js';
import type { ChangeSet, ChangedFile, CommitInfo, Factor, RollbackTarget } from '../../src/assess/types.js';

const target: RollbackTarget = { ref: 'v1', sha: 'b'.repeat(40), how: 'given', skipped: [] };
const options = { criticalPaths: [], migrationGlobs: [], contractGlobs: [] };

const noParsers: Detectors = {
  detectMigration: () => null,
  detectContract: (path) => (path.endsWith('.graphql') ? 'graphql' : null),
  mightBeContract: () => false
};

function commit(sha: string, subject: string, extra: Partial<CommitInfo> = {}): CommitInfo {
  return { sha, subject, body: '', author: 'Ada', date: '2026-01-01T00:00:00Z', ...extra };
}

/** A change set over two in-memory trees; every changed file is touched by commit c1. */
function changeSet(
  headTree: Record<string, string>,
  baseTree: Record<string, string>,
  commits: CommitInfo[] = [commit('c1', 'Change things')]
): ChangeSet {
  const paths = new Set([...Object.keys(headTree), ...Object.keys(baseTree)]);
  const files: ChangedFile[] = [];
  for (const path of paths) {
    if (headTree[path] === baseTree[path]) continue;
    const status = !(path in baseTree) ? 'added' : !(path in headTree) ? 'deleted' : 'modified';
    files.push({ path, status, binary: false, commits: [commits[0]!.sha] });
  }
  return {
    base: 'b'.repeat(40),
    head: 'h'.repeat(40),
    files,
    commits,
    complete: true,
    read: async (path, side) => (side === 'head' ? headTree : baseTree)[path] ?? null
  };
}

async function factorsOf(changes: ChangeSet, extra: Partial<typeof options> = {}): Promise<Factor[]> {
  return (await assess(changes, target, { ...options, ...extra }, { detectors: noParsers })).factors;
}

describe('config and infrastructure by content, not by folder name', () => {
  it('takes a charts/ folder for Helm only when a Chart.yaml sits above the file', async () => {
    const values = 'replicaCount: 2\n';
    const helm = await factorsOf(
      changeSet(
        { 'deploy/charts/api/Chart.yaml': 'name: api\n', 'deploy/charts/api/values.yaml': values },
        {
          'deploy/charts/api/Chart.yaml': 'name: api\n',
          'deploy/charts/api/values.yaml': 'replicaCount: 1\n'
        }
      )
    );
    expect(helm).toEqual([expect.objectContaining({ kind: 'config', category: 'infra', framework: 'helm' })]);
    expect(helm[0]!.detail).toMatch(/^Helm chart file deploy\/charts\/api\/values\.yaml/);

    // A dashboard's chart data is not a Helm chart.
    const dashboard = await factorsOf(
      changeSet({ 'web/charts/series.json': '{"a":2}' }, { 'web/charts/series.json': '{"a":1}' })
    );
    expect(dashboard).toEqual([]);
  });

  it('takes a YAML file for a Kubernetes manifest only when it has apiVersion and kind', async () => {
    const manifest = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 3\n';
    const factors = await factorsOf(
      changeSet(
        { 'deploy/api.yaml': manifest, 'deploy/pipeline.yaml': 'steps: [build, ship]\n' },
        { 'deploy/api.yaml': manifest.replace('3', '2'), 'deploy/pipeline.yaml': 'steps: [build]\n' }
      )
    );
    expect(factors.map((factor) => factor.path)).toEqual(['deploy/api.yaml']);
    expect(factors[0]).toMatchObject({ category: 'infra' });
    expect(factors[0]!.detail).toMatch(/^Kubernetes manifest deploy\/api\.yaml/);
  });

  it.each([
    'src/config/ThemeProvider.tsx',
    'internal/config/config.go',
    'config/locales/en.yml',
    'app/i18n/config/fr.json',
    'test/fixtures/config/app.yml',
    'spec/config/settings.yml',
    'services/api/config/app_test.go',
    'config/version.json',
    'lib/app/config/VERSION',
    'cmd/run/flags.go',
    'pkg/featureflags/flags.ts',
    '.env.example',
    // Code in the app's language is code, in config/ too: it ships and rolls back with the app.
    'config/routes.rb',
    'config/initializers/oauth_provider.rb',
    'config/runtime.exs',
    'config/prod.exs'
  ])('%s is not configuration', (path) => {
    expect(configCategory(path)).toBeNull();
  });

  it.each([
    ['config/database.yml', 'config'],
    ['config/settings.toml', 'config'],
    ['services/api/config/limits.yml', 'config'],
    ['flags.json', 'flags'],
    ['ops/checkout.flagd.json', 'flags'],
    ['flags/flags.goff.yaml', 'flags'],
    ['features.yml', 'flags'],
    ['infra/main.tf', 'terraform'],
    ['.env.production', 'env']
  ])('%s is %s', (path, category) => {
    expect(configCategory(path)).toBe(category);
  });
});

describe('security fixes that do not say "security" in a commit message', () => {
  it('recognises the merge of a private security-advisory fork', () => {
    expect(securityEvidence(commit('m', 'Merge commit from fork'))).toBe(
      'merges a private security-advisory fork'
    );
    expect(
      securityEvidence(commit('m', 'Merge commit from fork', { body: 'Co-authored: GHSA-jf85-cpcp-j695' }))
    ).toBe('merges a private security-advisory fork (GHSA-JF85-CPCP-J695)');
    expect(securityEvidence(commit('m', 'Merge pull request #9 from acme/ghsa-4v3c-2x8p-9q6w'))).toBe(
      'fixes GHSA-4V3C-2X8P-9Q6W'
    );
  });

  it('recognises fixes named by what they fix, labels that say so, and dependency bumps for one', () => {
    expect(securityEvidence(commit('x', 'Escape titles to prevent stored XSS'))).toBe(
      'fixes a vulnerability ("XSS")'
    );
    expect(securityEvidence(commit('x', 'Tidy up', { labels: ['type: security'] }))).toBe(
      'carries the label type: security'
    );
    expect(
      securityEvidence(
        commit('x', 'chore(deps): bump undici from 6.19.1 to 6.21.1', {
          body: 'Fixes a vulnerability in proxy handling.'
        })
      )
    ).toBe('bumps a dependency for a security fix ("Fixes a vulnerability")');
    expect(securityEvidence(commit('x', 'chore(deps): bump eslint from 9.1.0 to 9.2.0'))).toBeNull();
  });

  it.each([
    // Archive extraction: symlinks inside an unpacked tarball lead outside it.
    ['Skip symlinks when walking unpacked archives and tidy the uploader', 'Skip symlinks'],
    ['Never follow symbolic links when extracting uploaded zips', 'Never follow symbolic links'],
    // Authorization: a permission check that let the wrong caller through.
    ['Fix permission checks for bulk update mutations (#812)', 'Fix permission checks'],
    ['[Backport 3.1] Enforce the ownership check on key deletion', 'Enforce the ownership check'],
    ['fix(api): reject unauthorized requests to the export endpoint', 'reject unauthorized requests']
  ])('recognises "%s" as a security fix by its verb and the weakness it closes', (subject, words) => {
    expect(securityEvidence(commit('x', subject))).toBe(`looks like a security fix ("${words}")`);
  });

  it('recognises a dependency update made to clear security alerts, and backported security fixes', () => {
    expect(securityEvidence(commit('x', 'Update web package to clear security alerts (#77)'))).toBe(
      'bumps a dependency for a security fix ("security alerts")'
    );
    expect(securityEvidence(commit('x', '[CHERRY-PICK] fix(security): check token issue time (#9)'))).toBe(
      'is marked as a security fix'
    );
    expect(securityEvidence(commit('x', '(cherry-pick) fix(security): check token issue time'))).toBe(
      'is marked as a security fix'
    );
  });

  it.each([
    // Features that carry a weakness's name, and work near one that fixes nothing.
    ['ignore spaces for vulnerability filters (#180)', ''],
    ['Add "status" of CVEs to the image scan report (#177)', ''],
    ['fix(scan): fix the wrong count of vulnerabilities in the message', ''],
    ['fix: typo in privileges member dialog', ''],
    ['Add test cases for the project permission checks', ''],
    ['Skip symlinks in the sidebar tree view', ''],
    ['Add support for CSRF tokens in the API client', ''],
    ['Bump github.com/gorilla/csrf from 1.6.2 to 1.7.2', ''],
    ['Group security advisories by aliases', ''],
    ['Revert "Fix permission checks for bulk update mutations"', ''],
    // A commit body lists components and links of the UI it touched: not a fix.
    [
      'fix(ui): fix UI issues across portal components',
      '- Export CVE - Labels link did not navigate\n- restyle icons in artifact-vulnerabilities, result-bar-chart'
    ]
  ])('does not take "%s" for a security fix', (subject, body) => {
    expect(securityEvidence(commit('x', subject, { body }))).toBeNull();
  });

  it('blocks a range whose only fix closes an authorization hole without saying "security"', async () => {
    const changes = changeSet({ 'api/mutations.py': 'check(user, attr)' }, { 'api/mutations.py': 'pass' }, [
      commit('p1', 'Fix permission checks for attribute value mutations (#95)', { pr: 95 })
    ]);
    const result = await assess(changes, target, options, { detectors: noParsers });
    expect(result.verdict).toBe('unsafe');
    expect(result.factors[0]).toMatchObject({
      kind: 'critical-change',
      category: 'security',
      path: 'api/mutations.py',
      commit: 'p1'
    });
  });

  it('blocks a range whose only change is an advisory-fork merge', async () => {
    const changes = changeSet({ 'src/upload.ts': 'safe()' }, { 'src/upload.ts': 'unsafe()' }, [
      commit('f1', 'Merge commit from fork')
    ]);
    const result = await assess(changes, target, options, { detectors: noParsers });
    expect(result.verdict).toBe('unsafe');
    expect(result.factors[0]).toMatchObject({ category: 'security', path: 'src/upload.ts' });
  });

  it('names the entries a CHANGELOG gained under "### Security" and blocks on them', async () => {
    const base = '# Changelog\n\n## 1.4.0\n\n### Fixed\n\n- Typos\n';
    const head = `# Changelog\n\n## 1.5.0\n\n### Security\n\n- Reject path traversal in archive uploads\n- Bump sanitize-html to 2.13.0\n\n### Added\n\n- Dark mode\n\n${base.slice(13)}`;
    const result = await assess(
      changeSet({ 'CHANGELOG.md': head, 'src/a.ts': '2' }, { 'CHANGELOG.md': base, 'src/a.ts': '1' }),
      target,
      options,
      { detectors: noParsers }
    );
    expect(result.verdict).toBe('unsafe');
    const security = result.factors.find((factor) => factor.category === 'security')!;
    expect(security).toMatchObject({ path: 'CHANGELOG.md', severity: 'blocker', line: 7, commit: 'c1' });
    expect(security.detail).toContain(
      '"Reject path traversal in archive uploads", "Bump sanitize-html to 2.13.0"'
    );
    expect(security.detail).not.toContain('Dark mode');
  });

  it('ignores entries reworded under an old release, and counts those of the newest or a new release', () => {
    const old =
      '## v1.1.0 (2017-04-18)\n\n- Add notary support\n- Fix some security issues in token service\n';
    const base = `# Changelog\n\n## v1.2.0 (2017-09-01)\n\n- Faster UI\n\n${old}`;
    const reworded = base.replace('in token service', 'in the token service');
    expect(addedSecurityEntries(reworded, base)).toEqual([]);

    // Added under the newest section the base already had (an "Unreleased" one, or the top release).
    const unreleased = base.replace(
      '## v1.2.0 (2017-09-01)\n\n',
      '## Unreleased\n\n- Fix security issue in login\n\n## v1.2.0 (2017-09-01)\n\n'
    );
    const grown = unreleased.replace(
      '- Fix security issue in login\n',
      '- Fix security issue in login\n- Reject vulnerable TLS ciphers (security)\n'
    );
    expect(addedSecurityEntries(grown, unreleased).map((entry) => entry.text)).toEqual([
      'Reject vulnerable TLS ciphers (security)'
    ]);

    // Under a release heading the range added, even below the top.
    const released = base.replace(
      '## v1.2.0 (2017-09-01)',
      '## v1.4.0 (2026-02-01)\n\n- Dark mode\n\n## v1.3.0 (2026-01-01)\n\n### Security\n\n- Escape titles\n\n## v1.2.0 (2017-09-01)'
    );
    expect(addedSecurityEntries(released, base)).toEqual([
      { text: 'Escape titles', line: 11, inSecuritySection: true }
    ]);
  });

  it('ignores security entries the CHANGELOG already had, and finds ones outside the section', () => {
    const base = '## 1.0\n### Security\n- Old fix\n';
    expect(addedSecurityEntries(`## 1.1\n### Fixed\n- Typos\n${base}`, base)).toEqual([]);
    const entries = addedSecurityEntries(
      `## 1.1\n### Changed\n- Upgrade libxml2 (CVE-2025-1234)\n${base}`,
      base
    );
    expect(entries.map((entry) => [entry.text, entry.inSecuritySection])).toEqual([
      ['Upgrade libxml2 (CVE-2025-1234)', false]
    ]);
  });
});

describe('contracts for clients that ship in lockstep', () => {
  const addedField: Classifiers = {
    classifyMigration: async () => [],
    diffContract: async (file) => [
      {
        kind: 'contract',
        severity: 'warning',
        path: file.path,
        line: 3,
        commit: null,
        detail: 'On rollback to N-1: User.email disappears.',
        recommendation: 'N added User.email ...',
        category: 'contract-added',
        framework: 'graphql'
      }
    ]
  };
  const changes = (): ChangeSet =>
    changeSet(
      { 'schema.graphql': 'type Query { a: Int b: Int }' },
      { 'schema.graphql': 'type Query { a: Int }' }
    );

  it('keeps an addition a warning by default and makes it a blocker with lockstep-clients', async () => {
    const deps = { detectors: noParsers, classifiers: addedField };
    const relaxed = await assess(changes(), target, options, deps);
    expect(relaxed.verdict).toBe('caution');
    const lockstep = await assess(changes(), target, { ...options, lockstepClients: true }, deps);
    expect(lockstep.verdict).toBe('unsafe');
    expect(lockstep.factors[0]!.recommendation).toMatch(/lockstep/);
  });

  it('rejects a lockstep setting that is not a boolean, naming it', async () => {
    await expect(
      assess(
        changes(),
        target,
        { ...options, lockstepClients: 'yes' as unknown as boolean },
        {
          detectors: noParsers,
          classifiers: addedField
        }
      )
    ).rejects.toThrow(/lockstepClients must be true or false, got "yes"/);
  });
});

describe('one finding per hazard', () => {
  it('reports the same evidence once even when two rules reach it', async () => {
    const twice: Classifiers = {
      classifyMigration: async () => [],
      diffContract: async (file) => {
        const factor: Factor = {
          kind: 'contract',
          severity: 'warning',
          path: file.path,
          line: 1,
          commit: null,
          detail: 'Same thing.',
          recommendation: 'Check.'
        };
        return [factor, { ...factor }];
      }
    };
    const result = await assess(
      changeSet({ 'schema.graphql': 'type Query { b: Int }' }, { 'schema.graphql': 'type Query { a: Int }' }),
      target,
      options,
      { detectors: noParsers, classifiers: twice }
    );
    expect(result.factors).toHaveLength(1);
  });
});
