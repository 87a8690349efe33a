/** One fake GitHub per test file; real Octokit clients from src/github/client.ts talk to it. */
import Bottleneck from 'bottleneck/light.js';
import { GitHubOctokit, type GitHubClient } from '../../src/github/client.js';
import { explainGitHubError } from '../../src/github/errors.js';
import { FakeGitHub } from '../support/fake-github/index.js';
import type { IncidentSettings } from '../../src/incident/upsert.js';

export const OWNER = 'acme';
export const REPO = 'shop';
export const repo = { owner: OWNER, repo: REPO };

/**
 * The production client as createGitHubClient builds it (retry, throttling, the error hook), with
 * the pacing turned off: GitHub asks for a second between writes and three seconds between
 * writes that notify people (issues, comments), which would make each test take minutes.
 * createGitHubClient has no option for the notification pacing yet, hence this assembly.
 */
export function clientFor(fake: FakeGitHub, token = FakeGitHub.TOKEN): GitHubClient {
  const unpaced = () => new Bottleneck.Group({ maxConcurrent: 10, minTime: 0 });
  const octokit = new GitHubOctokit({
    auth: token,
    baseUrl: fake.url,
    retry: { enabled: false },
    log: { debug() {}, info() {}, warn() {}, error() {} },
    throttle: {
      id: 'postflight-test',
      write: unpaced(),
      notifications: unpaced(),
      onRateLimit: () => false,
      onSecondaryRateLimit: () => false
    }
  });
  octokit.hook.error('request', (error, request) => {
    throw explainGitHubError(error, request.method, request.url);
  });
  return octokit;
}

export function settings(overrides: Partial<IncidentSettings> = {}): IncidentSettings {
  return {
    closeOnRecovery: false,
    onInconclusive: false,
    labels: [],
    assignees: [],
    assignActor: true,
    ...overrides
  };
}
