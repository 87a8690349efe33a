/** `mode: triage` on `issue_comment`: slash commands in an incident issue, wired to the real adapters. */
import type { GitHubClient } from '../github/client.js';
import { createGitHubClient } from '../github/client.js';
import type { PostflightContext } from '../github/context.js';
import { loadConfig } from '../config/index.js';
import { handleTriage } from '../triage/handle.js';
import type { JobIO } from './io.js';

export async function runTriage(deps: {
  io: JobIO;
  ctx: PostflightContext;
  inputs: Record<string, string>;
  workspace: string;
  gh: GitHubClient;
}): Promise<void> {
  const { io, ctx, gh } = deps;
  // Triage needs the revert and assessment settings, not sources: a config without any is fine.
  const { config } = await loadConfig({
    inputs: deps.inputs,
    env: process.env,
    cwd: deps.workspace,
    requireSources: false
  });
  const appToken = deps.inputs['app-token'];
  const result = await handleTriage(
    gh,
    {
      eventName: ctx.eventName,
      owner: ctx.owner,
      repo: ctx.repo,
      issue: ctx.issue,
      comment: ctx.comment,
      action: ctx.action
    },
    {
      now: () => new Date(),
      revert: { ...config.revert, defaultBranch: ctx.defaultBranch ?? 'main' },
      pullRequestClient: appToken
        ? createGitHubClient({ token: appToken, baseUrl: ctx.apiUrl, userAgent: 'postflight' })
        : undefined,
      repoUrl: `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}`,
      // The comment's event carries the default branch's SHA, not the deployed one: the
      // incident's state says which release and environment it is about.
      reassess: async (target, incident) => {
        if (!incident.headSha) return null;
        const { assessDeployedRelease } = await import('./rollback-assessment.js');
        return assessDeployedRelease({
          gh,
          owner: ctx.owner,
          repo: ctx.repo,
          environment: incident.environment,
          headSha: incident.headSha,
          workspace: deps.workspace,
          settings: config.assess,
          target: target ? { ref: target, sha: target } : undefined,
          log: (m) => io.info(m)
        });
      },
      log: (m) => io.info(m)
    }
  );
  io.info(
    result.handled ? `Triage: ${result.command}: ${result.outcome}` : `Triage: nothing to do (${result.why})`
  );
}
