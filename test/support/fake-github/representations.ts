// Records rendered as GitHub renders them: every field the OpenAPI description requires, in its shape.
import {
  blobSha,
  type CheckRunRecord,
  type CommentRecord,
  type CommitRecord,
  type CommitStatusRecord,
  type DeploymentRecordState,
  type DeploymentStatusRecord,
  type IssueRecord,
  type LabelRecord,
  type PullRecord,
  type ReactionRecord,
  type RepoState
} from './state.js';

export const HTML = 'https://github.com';

export interface Urls {
  api: string;
}

function userId(login: string): number {
  let hash = 7;
  for (const ch of login) hash = (hash * 31 + ch.charCodeAt(0)) % 1_000_000;
  return hash + 1;
}

export function user(u: Urls, login: string) {
  const api = `${u.api}/users/${encodeURIComponent(login)}`;
  const isBot = login.endsWith('[bot]');
  return {
    login,
    id: userId(login),
    node_id: `U_${login}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${userId(login)}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: isBot ? `${HTML}/apps/${login.replace(/\[bot\]$/, '')}` : `${HTML}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: isBot ? 'Bot' : 'User',
    site_admin: false
  };
}

export function repoApi(u: Urls, repo: RepoState): string {
  return `${u.api}/repos/${repo.owner}/${repo.name}`;
}

export function repoHtml(repo: RepoState): string {
  return `${HTML}/${repo.owner}/${repo.name}`;
}

export function minimalRepository(u: Urls, repo: RepoState) {
  const api = repoApi(u, repo);
  const names = [
    'archive_url',
    'assignees_url',
    'blobs_url',
    'branches_url',
    'collaborators_url',
    'comments_url',
    'commits_url',
    'compare_url',
    'contents_url',
    'contributors_url',
    'deployments_url',
    'downloads_url',
    'events_url',
    'forks_url',
    'git_commits_url',
    'git_refs_url',
    'git_tags_url',
    'hooks_url',
    'issue_comment_url',
    'issue_events_url',
    'issues_url',
    'keys_url',
    'labels_url',
    'languages_url',
    'merges_url',
    'milestones_url',
    'notifications_url',
    'pulls_url',
    'releases_url',
    'stargazers_url',
    'statuses_url',
    'subscribers_url',
    'subscription_url',
    'tags_url',
    'teams_url',
    'trees_url'
  ];
  return {
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: `${repo.owner}/${repo.name}`,
    owner: user(u, repo.owner),
    private: repo.private,
    html_url: repoHtml(repo),
    description: null,
    fork: false,
    url: api,
    ...Object.fromEntries(names.map((n) => [n, `${api}/${n.replace(/_url$/, '')}`]))
  };
}

export function deployment(u: Urls, repo: RepoState, d: DeploymentRecordState) {
  const api = `${repoApi(u, repo)}/deployments/${d.id}`;
  const latest = d.statuses[d.statuses.length - 1];
  return {
    url: api,
    id: d.id,
    node_id: `DE_${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload ?? {},
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: user(u, d.creator),
    created_at: d.createdAt,
    updated_at: latest?.createdAt ?? d.createdAt,
    statuses_url: `${api}/statuses`,
    repository_url: repoApi(u, repo),
    transient_environment: d.transientEnvironment,
    production_environment: d.productionEnvironment
  };
}

export function deploymentStatus(
  u: Urls,
  repo: RepoState,
  d: DeploymentRecordState,
  s: DeploymentStatusRecord
) {
  const deploymentUrl = `${repoApi(u, repo)}/deployments/${d.id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: `DES_${s.id}`,
    state: s.state,
    creator: user(u, s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: repoApi(u, repo),
    environment_url: s.environmentUrl,
    log_url: s.logUrl
  };
}

export function githubActionsApp(u: Urls) {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: user(u, 'github'),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${HTML}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2024-04-10T20:33:16Z',
    permissions: {
      checks: 'write',
      contents: 'write',
      deployments: 'write',
      issues: 'write',
      statuses: 'write'
    },
    events: ['check_run', 'deployment', 'deployment_status', 'issue_comment', 'pull_request', 'push']
  };
}

export function checkRun(u: Urls, repo: RepoState, c: CheckRunRecord) {
  return {
    id: c.id,
    node_id: `CR_${c.id}`,
    head_sha: c.headSha,
    external_id: c.externalId,
    url: `${repoApi(u, repo)}/check-runs/${c.id}`,
    html_url: `${repoHtml(repo)}/runs/${c.id}`,
    details_url: c.detailsUrl,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    output: {
      title: c.output.title,
      summary: c.output.summary,
      text: c.output.text,
      annotations_count: c.output.annotations.length,
      annotations_url: `${repoApi(u, repo)}/check-runs/${c.id}/annotations`
    },
    name: c.name,
    check_suite: { id: c.id + 500_000 },
    app: githubActionsApp(u),
    pull_requests: []
  };
}

export function commitStatus(u: Urls, repo: RepoState, s: CommitStatusRecord) {
  return {
    url: `${repoApi(u, repo)}/statuses/${s.sha}`,
    avatar_url: null,
    id: s.id,
    node_id: `SC_${s.id}`,
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: user(u, s.creator)
  };
}

export function gitUser(author: CommitRecord['author']) {
  return { name: author.name, email: author.email, date: author.date };
}

const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null };

export function commit(u: Urls, repo: RepoState, c: CommitRecord, files?: DiffEntry[]) {
  const api = repoApi(u, repo);
  return {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: `C_${c.sha}`,
    html_url: `${repoHtml(repo)}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: gitUser(c.author),
      committer: gitUser(c.author),
      message: c.message,
      comment_count: 0,
      tree: { sha: c.treeSha, url: `${api}/git/trees/${c.treeSha}` },
      verification: UNSIGNED
    },
    author: user(u, c.login),
    committer: user(u, c.login),
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/commits/${p}`,
      html_url: `${repoHtml(repo)}/commit/${p}`
    })),
    ...(files
      ? {
          files,
          stats: {
            additions: files.reduce((n, f) => n + f.additions, 0),
            deletions: files.reduce((n, f) => n + f.deletions, 0),
            total: files.reduce((n, f) => n + f.changes, 0)
          }
        }
      : {})
  };
}

export interface DiffEntry {
  sha: string | null;
  filename: string;
  status: 'added' | 'removed' | 'modified';
  additions: number;
  deletions: number;
  changes: number;
  blob_url: string;
  raw_url: string;
  contents_url: string;
  patch?: string;
}

function lines(text: string | undefined): string[] {
  if (text === undefined || text === '') return [];
  return text.replace(/\n$/, '').split('\n');
}

/** A whole-file unified diff: enough for classifiers that read added and removed lines. */
export function diffTrees(
  u: Urls,
  repo: RepoState,
  before: Map<string, string>,
  after: Map<string, string>,
  headSha: string
): DiffEntry[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  const entries: DiffEntry[] = [];
  for (const path of paths) {
    const oldText = before.get(path);
    const newText = after.get(path);
    if (oldText === newText) continue;
    const removed = lines(oldText);
    const added = lines(newText);
    const status = oldText === undefined ? 'added' : newText === undefined ? 'removed' : 'modified';
    const patch = [
      `@@ -${removed.length ? 1 : 0},${removed.length} +${added.length ? 1 : 0},${added.length} @@`,
      ...removed.map((l) => `-${l}`),
      ...added.map((l) => `+${l}`)
    ].join('\n');
    entries.push({
      sha: newText === undefined ? null : blobSha(newText),
      filename: path,
      status,
      additions: added.length,
      deletions: removed.length,
      changes: added.length + removed.length,
      blob_url: `${repoHtml(repo)}/blob/${headSha}/${path}`,
      raw_url: `${repoHtml(repo)}/raw/${headSha}/${path}`,
      contents_url: `${repoApi(u, repo)}/contents/${path}?ref=${headSha}`,
      patch
    });
  }
  return entries;
}

export function contentFile(u: Urls, repo: RepoState, path: string, content: string, ref: string) {
  const sha = blobSha(content);
  const self = `${repoApi(u, repo)}/contents/${path}?ref=${ref}`;
  const html = `${repoHtml(repo)}/blob/${ref}/${path}`;
  const git = `${repoApi(u, repo)}/git/blobs/${sha}`;
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(content),
    name: path.split('/').pop() ?? path,
    path,
    // GitHub wraps base64 at 60 columns; decoders must tolerate the newlines.
    content: (
      Buffer.from(content)
        .toString('base64')
        .match(/.{1,60}/g) ?? []
    ).join('\n'),
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${ref}/${path}`,
    _links: { self, git, html }
  };
}

export function directoryEntry(
  u: Urls,
  repo: RepoState,
  path: string,
  kind: 'file' | 'dir',
  size: number,
  sha: string,
  ref: string
) {
  const self = `${repoApi(u, repo)}/contents/${path}?ref=${ref}`;
  const html = `${repoHtml(repo)}/${kind === 'dir' ? 'tree' : 'blob'}/${ref}/${path}`;
  const git = `${repoApi(u, repo)}/git/${kind === 'dir' ? 'trees' : 'blobs'}/${sha}`;
  return {
    type: kind,
    size,
    name: path.split('/').pop() ?? path,
    path,
    sha,
    url: self,
    git_url: git,
    html_url: html,
    download_url:
      kind === 'file' ? `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${ref}/${path}` : null,
    _links: { self, git, html }
  };
}

export function label(u: Urls, repo: RepoState, l: LabelRecord) {
  return {
    id: l.id,
    node_id: `LA_${l.id}`,
    url: `${repoApi(u, repo)}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    description: l.description,
    color: l.color,
    default: false
  };
}

function reactionRollup(u: Urls, url: string, reactions: ReactionRecord[]) {
  const count = (c: string) => reactions.filter((r) => r.content === c).length;
  return {
    url: `${url}/reactions`,
    total_count: reactions.length,
    '+1': count('+1'),
    '-1': count('-1'),
    laugh: count('laugh'),
    confused: count('confused'),
    heart: count('heart'),
    hooray: count('hooray'),
    eyes: count('eyes'),
    rocket: count('rocket')
  };
}

export function issue(u: Urls, repo: RepoState, i: IssueRecord) {
  const api = `${repoApi(u, repo)}/issues/${i.number}`;
  const labels = i.labels
    .map((name) => repo.labels.find((l) => l.name === name))
    .filter((l): l is LabelRecord => !!l);
  return {
    id: i.id,
    node_id: `I_${i.id}`,
    url: api,
    repository_url: repoApi(u, repo),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${repoHtml(repo)}/issues/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: user(u, i.user),
    labels: labels.map((l) => label(u, repo, l)),
    assignee: i.assignees[0] ? user(u, i.assignees[0]) : null,
    assignees: i.assignees.map((a) => user(u, a)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: repo.comments.filter((c) => c.issueNumber === i.number).length,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: 'NONE',
    reactions: reactionRollup(
      u,
      api,
      repo.reactions.filter((r) => r.subject.kind === 'issue' && r.subject.id === i.id)
    )
  };
}

export function issueComment(u: Urls, repo: RepoState, c: CommentRecord) {
  const api = `${repoApi(u, repo)}/issues/comments/${c.id}`;
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: api,
    html_url: `${repoHtml(repo)}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: user(u, c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${repoApi(u, repo)}/issues/${c.issueNumber}`,
    author_association: authorAssociation(repo, c.user),
    reactions: reactionRollup(
      u,
      api,
      repo.reactions.filter((r) => r.subject.kind === 'comment' && r.subject.id === c.id)
    )
  };
}

function authorAssociation(repo: RepoState, login: string): string {
  if (login === repo.owner) return 'OWNER';
  return repo.collaborators.has(login) ? 'COLLABORATOR' : 'NONE';
}

export function reaction(u: Urls, r: ReactionRecord) {
  return {
    id: r.id,
    node_id: `REA_${r.id}`,
    user: user(u, r.user),
    content: r.content,
    created_at: r.createdAt
  };
}

export function pull(u: Urls, repo: RepoState, p: PullRecord) {
  const api = `${repoApi(u, repo)}/pulls/${p.number}`;
  const html = `${repoHtml(repo)}/pull/${p.number}`;
  const branch = (ref: string, sha: string) => ({
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: user(u, repo.owner),
    repo: fullRepository(u, repo)
  });
  const baseSha = repo.refs.get(`heads/${p.base}`) ?? p.headSha;
  return {
    url: api,
    id: p.id,
    node_id: `PR_${p.id}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoApi(u, repo)}/issues/${p.number}`,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(u, repo)}/pulls/comments{/number}`,
    comments_url: `${repoApi(u, repo)}/issues/${p.number}/comments`,
    statuses_url: `${repoApi(u, repo)}/statuses/${p.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: user(u, p.user),
    body: p.body,
    labels: p.labels.map((name, i) => ({
      id: i + 1,
      node_id: `LA_${i + 1}`,
      url: `${repoApi(u, repo)}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: 'ededed',
      default: false
    })),
    milestone: null,
    created_at: p.createdAt,
    updated_at: p.createdAt,
    closed_at: p.mergedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branch(p.head, p.headSha),
    base: branch(p.base, baseSha),
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: `${repoApi(u, repo)}/issues/${p.number}` },
      comments: { href: `${repoApi(u, repo)}/issues/${p.number}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(u, repo)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: `${repoApi(u, repo)}/statuses/${p.headSha}` }
    },
    author_association: authorAssociation(repo, p.user),
    auto_merge: null,
    draft: false
  };
}

/** The full `repository` schema, as pull requests' `head.repo` and `base.repo` carry it. */
export function fullRepository(u: Urls, repo: RepoState) {
  const created = '2020-01-01T00:00:00Z';
  return {
    ...minimalRepository(u, repo),
    clone_url: `${repoHtml(repo)}.git`,
    default_branch: repo.defaultBranch,
    forks: 0,
    forks_count: 0,
    git_url: `git://github.com/${repo.owner}/${repo.name}.git`,
    has_downloads: true,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    homepage: null,
    language: null,
    archived: false,
    disabled: false,
    mirror_url: null,
    open_issues: repo.issues.filter((i) => i.state === 'open').length,
    open_issues_count: repo.issues.filter((i) => i.state === 'open').length,
    license: null,
    pushed_at: created,
    size: 0,
    ssh_url: `git@github.com:${repo.owner}/${repo.name}.git`,
    stargazers_count: 0,
    svn_url: repoHtml(repo),
    watchers: 0,
    watchers_count: 0,
    created_at: created,
    updated_at: created
  };
}

export function fullPull(u: Urls, repo: RepoState, p: PullRecord) {
  return {
    ...pull(u, repo, p),
    merged: p.mergedAt !== null,
    mergeable: p.state === 'open' ? true : null,
    rebaseable: p.state === 'open' ? true : null,
    mergeable_state: p.state === 'open' ? 'clean' : 'unknown',
    merged_by: p.mergedAt ? user(u, repo.owner) : null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0
  };
}

export function gitRef(u: Urls, repo: RepoState, name: string, sha: string) {
  return {
    ref: `refs/${name}`,
    node_id: `REF_${name}`,
    url: `${repoApi(u, repo)}/git/refs/${name}`,
    object: { type: 'commit', sha, url: `${repoApi(u, repo)}/git/commits/${sha}` }
  };
}

export function gitCommit(u: Urls, repo: RepoState, c: CommitRecord) {
  const api = repoApi(u, repo);
  return {
    sha: c.sha,
    node_id: `C_${c.sha}`,
    url: `${api}/git/commits/${c.sha}`,
    html_url: `${repoHtml(repo)}/commit/${c.sha}`,
    author: gitUser(c.author),
    committer: gitUser(c.author),
    message: c.message,
    tree: { sha: c.treeSha, url: `${api}/git/trees/${c.treeSha}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${repoHtml(repo)}/commit/${p}`
    })),
    verification: UNSIGNED
  };
}

export function gitTree(u: Urls, repo: RepoState, sha: string, tree: Map<string, string>) {
  const api = repoApi(u, repo);
  return {
    sha,
    url: `${api}/git/trees/${sha}`,
    truncated: false,
    tree: [...tree.entries()].map(([path, content]) => ({
      path,
      mode: '100644',
      type: 'blob',
      sha: blobSha(content),
      size: Buffer.byteLength(content),
      url: `${api}/git/blobs/${blobSha(content)}`
    }))
  };
}
