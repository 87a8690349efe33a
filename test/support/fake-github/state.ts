// The fake's in-memory world: plain records, no HTTP. Routes read and write these; seeding helpers build them.
import { createHash } from 'node:crypto';

export type PermissionLevel = 'none' | 'read' | 'write';
export type PermissionScope =
  'actions' | 'checks' | 'contents' | 'deployments' | 'issues' | 'metadata' | 'pull-requests' | 'statuses';
export type TokenPermissions = Partial<Record<PermissionScope, PermissionLevel>>;
export type CollaboratorPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface GitAuthor {
  name: string;
  email: string;
  date: string;
}

export interface CommitRecord {
  sha: string;
  treeSha: string;
  /** Full snapshot: path to file content. */
  tree: Map<string, string>;
  parents: string[];
  message: string;
  author: GitAuthor;
  login: string;
}

export interface DeploymentStatusRecord {
  id: number;
  state: string;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  creator: string;
  createdAt: string;
}

export interface DeploymentRecordState {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  description: string | null;
  payload: unknown;
  creator: string;
  createdAt: string;
  productionEnvironment: boolean;
  transientEnvironment: boolean;
  statuses: DeploymentStatusRecord[];
}

export interface CheckRunRecord {
  id: number;
  headSha: string;
  name: string;
  status: string;
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: unknown[] };
}

export interface CommitStatusRecord {
  id: number;
  sha: string;
  state: string;
  description: string | null;
  targetUrl: string | null;
  context: string;
  creator: string;
  createdAt: string;
}

export interface PullRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  head: string;
  headSha: string;
  base: string;
  user: string;
  mergeCommitSha: string | null;
  mergedAt: string | null;
  labels: string[];
  createdAt: string;
}

export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  assignees: string[];
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface CommentRecord {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

export interface ReactionRecord {
  id: number;
  subject: { kind: 'issue' | 'comment'; id: number };
  content: string;
  user: string;
  createdAt: string;
}

export interface DispatchRecord {
  kind: 'repository' | 'workflow';
  eventType?: string;
  workflowId?: string;
  ref?: string;
  payload: unknown;
}

export interface RepoState {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  defaultBranch: string;
  commits: Map<string, CommitRecord>;
  /** Full ref name without `refs/`, e.g. `heads/main` or `tags/v1`. */
  refs: Map<string, string>;
  deployments: DeploymentRecordState[];
  checkRuns: CheckRunRecord[];
  commitStatuses: CommitStatusRecord[];
  pulls: PullRecord[];
  collaborators: Map<string, CollaboratorPermission>;
  issues: IssueRecord[];
  comments: CommentRecord[];
  labels: LabelRecord[];
  reactions: ReactionRecord[];
  dispatches: DispatchRecord[];
  /** Git objects created through the git data API: trees and commits not attached to the seeded history. */
  trees: Map<string, Map<string, string>>;
}

export class IdSequence {
  private next = 1000;
  take(): number {
    return this.next++;
  }
}

export function gitSha(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex');
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function treeShaOf(tree: Map<string, string>): string {
  return gitSha('tree', ...[...tree.entries()].sort(([a], [b]) => a.localeCompare(b)).flat());
}

export function blobSha(content: string): string {
  return createHash('sha1')
    .update(`blob ${Buffer.byteLength(content)}\0${content}`)
    .digest('hex');
}
