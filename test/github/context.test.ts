import { buildContext, type ActionsContextLike } from '../../src/github/context.js';

const base: ActionsContextLike = {
  eventName: 'deployment_status',
  payload: {},
  sha: 'a'.repeat(40),
  ref: 'refs/heads/main',
  actor: 'octocat',
  runId: 42,
  runAttempt: 2,
  serverUrl: 'https://github.example.com/',
  apiUrl: 'https://github.example.com/api/v3',
  repo: { owner: 'acme', repo: 'shop' }
};

test('the run URL includes the attempt and the server URL (GHES too)', () => {
  const context = buildContext(base);
  expect(context.runUrl).toBe('https://github.example.com/acme/shop/actions/runs/42/attempts/2');
  expect(context.apiUrl).toBe('https://github.example.com/api/v3');
  expect(buildContext({ ...base, serverUrl: undefined, runAttempt: 0 }).runUrl).toBe(
    'https://github.com/acme/shop/actions/runs/42/attempts/1'
  );
});

test('deployment, deployment_status, pull_request, issue and comment payloads become typed values', () => {
  const context = buildContext({
    ...base,
    payload: {
      deployment: { id: 7, sha: 'b'.repeat(40), ref: 'v1.2.0', environment: 'production', task: 'deploy' },
      deployment_status: {
        id: 9,
        state: 'success',
        description: null,
        environment_url: 'https://shop.example.com',
        created_at: '2026-11-23T12:00:00Z'
      },
      pull_request: {
        number: 3,
        head: { sha: 'c'.repeat(40), ref: 'feature' },
        base: { sha: 'd'.repeat(40), ref: 'main' }
      },
      issue: {
        number: 12,
        title: 'Deploy failed',
        labels: [{ name: 'postflight' }, 'incident'],
        pull_request: { url: 'x' }
      },
      comment: { id: 99, body: '/rollback', user: { login: 'maya' } }
    }
  });
  expect(context.deployment).toEqual({
    id: 7,
    sha: 'b'.repeat(40),
    ref: 'v1.2.0',
    environment: 'production',
    task: 'deploy'
  });
  expect(context.deploymentStatus).toEqual({
    id: 9,
    state: 'success',
    description: null,
    environmentUrl: 'https://shop.example.com',
    createdAt: '2026-11-23T12:00:00Z'
  });
  expect(context.pullRequest).toEqual({
    number: 3,
    headSha: 'c'.repeat(40),
    headRef: 'feature',
    baseRef: 'main',
    baseSha: 'd'.repeat(40)
  });
  expect(context.issue).toEqual({
    number: 12,
    title: 'Deploy failed',
    labels: ['postflight', 'incident'],
    isPullRequest: true
  });
  expect(context.comment).toEqual({ id: 99, body: '/rollback', author: 'maya' });
});

test('a malformed payload gets an error that names the field; a missing repository is explained', () => {
  expect(() =>
    buildContext({ ...base, payload: { deployment: { id: '7', sha: 'x', ref: 'y', environment: 'z' } } })
  ).toThrow(/deployment\.id/);
  expect(() => buildContext({ ...base, payload: { comment: { id: 1, body: 'x' } } })).toThrow(
    /comment\.user\.login/
  );
  expect(() => buildContext({ ...base, repo: { owner: '', repo: '' } })).toThrow(/GITHUB_REPOSITORY/);
});
