// Shared wiring: one fake per test file, real Octokit clients from src/github/client.ts pointed at it.
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { FakeGitHub } from '../support/fake-github/index.js';

export const OWNER = 'acme';
export const REPO = 'shop';

export function clientFor(
  fake: FakeGitHub,
  token = FakeGitHub.TOKEN,
  options: { maxRetries?: number; maxWaitSeconds?: number } = {}
): GitHubClient {
  return createGitHubClient({
    token,
    baseUrl: fake.url,
    env: {},
    // Writes are spaced one second apart in production; tests need no spacing to be faithful.
    throttle: { writeIntervalMs: 0, notificationIntervalMs: 0, ...options },
    secondMs: 10
  });
}

export function seedHistory(fake: FakeGitHub, commits = 3): string[] {
  fake.seedRepo({ owner: OWNER, repo: REPO });
  const shas: string[] = [];
  for (let i = 0; i < commits; i++) {
    shas.push(
      fake.addCommit({
        owner: OWNER,
        repo: REPO,
        message: `change ${i}`,
        files: { [`src/file${i}.ts`]: `export const v = ${i};\n` }
      })
    );
  }
  return shas;
}
