/**
 * GitHub API calls per verify run, counted by the fake GitHub (every request validated against
 * GitHub's OpenAPI description). Drives the real code in the order the verify job calls it:
 *   deployment status in_progress -> [on fail: deployments listing for the rollback target]
 *   -> incident (publishIncident) -> check run -> final deployment status.
 * Until main.ts is wired this drives those functions directly; the lead will switch it to the job.
 * Not counted: the sources' own HTTP (not GitHub) and the git range, read from the local checkout.
 */
import { findRollbackTarget } from '../src/assess/history.js';
import type { Assessment } from '../src/assess/types.js';
import type { Config } from '../src/config/types.js';
import { publishCheckRun } from '../src/github/checks.js';
import { listDeployments, setDeploymentStatus } from '../src/github/deployments.js';
import { publishIncident } from '../src/incident/publish.js';
import type { VerifyOutcome } from '../src/jobs/verify.js';
import type { Verdict } from '../src/verdict/types.js';
import { FakeGitHub } from '../test/support/fake-github/index.js';
import { clientFor } from '../test/incident/github-setup.js';

const OWNER = 'acme';
const REPO = 'shop';
const ENV = 'production';

interface Scenario {
  name: string;
  target: number | null;
  calls: number;
  /** Calls made by the incident code (issues, labels, comments): the part this module owns. */
  incident: number;
  breakdown: string;
}

function verdict(kind: 'pass' | 'fail'): Verdict {
  const failed = kind === 'fail';
  return {
    verdict: kind,
    reason: failed ? 'http:errors failed: 9.0% errors vs 0.5% baseline' : 'every signal within tolerance',
    decidedAt: 120_000,
    signals: [
      {
        id: 'http:errors',
        kind: 'count',
        critical: true,
        verdict: kind,
        reason: failed ? '9.0% errors vs 0.5% baseline, e-value 412 > 40' : 'within tolerance',
        decidedAt: 120_000,
        canary: { errors: failed ? 90 : 2, total: 1000, rate: failed ? 0.09 : 0.002 },
        baseline: { errors: 5, total: 1000, rate: 0.005, source: 'pre-deploy' },
        statistic: failed ? 412 : 0.3,
        threshold: 40,
        sourceErrors: 0,
        series: Array.from({ length: 10 }, (_, i) => ({
          t: i * 30_000,
          value: failed ? 0.01 * i : 0.002,
          group: 'canary' as const
        }))
      }
    ]
  };
}

const config: Pick<Config, 'environment' | 'incident' | 'revert'> = {
  environment: ENV,
  incident: { enabled: true, onInconclusive: false, closeOnRecovery: true, labels: [], assignees: [] },
  revert: { mode: 'off', maxPerDay: 1 }
};

interface World {
  fake: FakeGitHub;
  head: string;
  deploymentId: number;
}

async function world(): Promise<World> {
  const fake = await FakeGitHub.start();
  fake.seedRepo({ owner: OWNER, repo: REPO });
  fake.addCollaborator({ owner: OWNER, repo: REPO, login: 'octocat', permission: 'write' });
  // Three earlier releases: one healthy, one that failed, then the one being verified.
  for (const [i, state] of (['success', 'failure'] as const).entries()) {
    const sha = fake.addCommit({
      owner: OWNER,
      repo: REPO,
      message: `release ${i}`,
      files: { 'app.ts': `v${i}\n` }
    });
    const d = fake.addDeployment({ owner: OWNER, repo: REPO, sha, environment: ENV });
    fake.addDeploymentStatus({ owner: OWNER, repo: REPO, deploymentId: d.id, state });
  }
  const head = fake.addCommit({
    owner: OWNER,
    repo: REPO,
    message: 'release 2',
    files: { 'app.ts': 'v2\n', 'db/migrate/1_drop.sql': 'ALTER TABLE orders DROP COLUMN email;\n' }
  });
  const d = fake.addDeployment({ owner: OWNER, repo: REPO, sha: head, environment: ENV });
  return { fake, head, deploymentId: d.id };
}

async function verifyRun(
  w: World,
  kind: 'pass' | 'fail',
  run: { runId: number; attempt: number }
): Promise<void> {
  const gh = clientFor(w.fake);
  const repo = { owner: OWNER, repo: REPO };
  await setDeploymentStatus(gh, {
    ...repo,
    deploymentId: w.deploymentId,
    state: 'in_progress',
    description: 'Postflight: verifying the deploy'
  });
  let assessment: Assessment | null = null;
  if (kind === 'fail') {
    const deployments = await listDeployments(gh, { ...repo, environment: ENV, limit: 10 });
    const target = findRollbackTarget(
      deployments.map((d) => ({
        id: d.id,
        sha: d.sha,
        ref: d.ref,
        createdAt: d.createdAt,
        statuses: d.statuses
      })),
      { headSha: w.head, environment: ENV }
    );
    assessment = {
      verdict: 'unsafe',
      migrationsChanged: true,
      contractsChanged: false,
      target,
      factors: [
        {
          kind: 'migration',
          severity: 'blocker',
          path: 'db/migrate/1_drop.sql',
          line: 1,
          commit: w.head,
          detail: 'drops orders.email',
          recommendation: 'roll forward'
        },
        {
          kind: 'config',
          severity: 'warning',
          path: 'config/app.yml',
          line: 4,
          commit: w.head,
          detail: 'timeout changed',
          recommendation: 'check by hand'
        },
        {
          kind: 'dependency',
          severity: 'info',
          path: 'package.json',
          line: 12,
          commit: w.head,
          detail: 'lodash bumped',
          recommendation: 'none'
        }
      ],
      recommendation: 'Roll forward: a destructive migration ran.'
    };
  }
  const v = verdict(kind);
  const outcome: VerifyOutcome = {
    verdict: v,
    assessment,
    report: {} as VerifyOutcome['report'],
    markdown: '',
    stepFails: kind === 'fail',
    deployTime: Date.UTC(2026, 10, 23, 12)
  };
  await publishIncident(outcome, {
    gh,
    repo,
    run,
    config,
    service: REPO,
    facts: { sha: w.head, ref: 'main', actor: 'octocat', repoUrl: `https://github.com/${OWNER}/${REPO}` },
    defaultBranch: 'main',
    now: () => new Date(Date.UTC(2026, 10, 23, 12, 10))
  });
  await publishCheckRun(gh, {
    ...repo,
    sha: w.head,
    name: 'Postflight',
    conclusion: kind === 'fail' ? 'failure' : 'success',
    title: v.reason,
    summary: v.reason
  });
  await setDeploymentStatus(gh, {
    ...repo,
    deploymentId: w.deploymentId,
    state: kind === 'fail' ? 'failure' : 'success',
    description: `Postflight: ${v.reason}`
  });
}

async function measure(
  w: World,
  action: () => Promise<void>
): Promise<{ calls: number; incident: number; breakdown: string }> {
  w.fake.resetCounters();
  await action();
  w.fake.assertNoViolations();
  const counts = Object.entries(w.fake.callCounts()).filter(([, n]) => n > 0);
  return {
    calls: counts.reduce((sum, [, n]) => sum + n, 0),
    incident: counts.filter(([op]) => op.startsWith('issues/')).reduce((sum, [, n]) => sum + n, 0),
    breakdown: counts.map(([op, n]) => `${op}${n > 1 ? ` ×${n}` : ''}`).join(', ')
  };
}

export async function benchGitHubBudget(): Promise<string> {
  const rows: Scenario[] = [];
  const w = await world();
  try {
    rows.push({
      name: 'healthy verify (no open incident)',
      target: 4,
      ...(await measure(w, () => verifyRun(w, 'pass', { runId: 1, attempt: 1 })))
    });
    rows.push({
      name: 'failed verify, first incident in the repo (4 labels styled)',
      target: 15,
      ...(await measure(w, () => verifyRun(w, 'fail', { runId: 2, attempt: 1 })))
    });
    rows.push({
      name: 're-run of that run (attempt 2) on the open incident',
      target: 6,
      ...(await measure(w, () => verifyRun(w, 'fail', { runId: 2, attempt: 2 })))
    });
    rows.push({
      name: 'later failed run on the open incident (timeline comment)',
      target: null,
      ...(await measure(w, () => verifyRun(w, 'fail', { runId: 3, attempt: 1 })))
    });
    rows.push({
      name: 'passing run on the open incident (recovered, closed)',
      target: null,
      ...(await measure(w, () => verifyRun(w, 'pass', { runId: 4, attempt: 1 })))
    });
    rows.push({
      name: 'failed verify, labels already exist',
      target: 15,
      ...(await measure(w, () => verifyRun(w, 'fail', { runId: 5, attempt: 1 })))
    });
  } finally {
    await w.fake.close();
  }
  const lines = [
    'GitHub API calls per verify run (fake GitHub; 2 earlier deployments, so the target listing reads 3 deployments).',
    'Counted: deployment status in_progress, deployments + statuses listing (fail only), incident issue calls, check run (lookup + write), final deployment status.',
    '',
    '| run | calls | target | of which incident | calls made |',
    '|---|---:|---:|---:|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.calls} | ${r.target === null ? '—' : `≤ ${r.target}${r.calls > r.target ? ' ✗' : ''}`} | ${r.incident} | ${r.breakdown} |`
    )
  ];
  return lines.join('\n');
}
