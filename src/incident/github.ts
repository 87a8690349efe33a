/**
 * The small GitHub operations incidents are made of: find the open incident, style the labels
 * GitHub created for it, append to its timeline. Octokit is passed in; nothing here decides.
 */
import type { GitHubClient } from '../github/client.js';
import { labelSpec } from './labels.js';
import { parseIncidentMarker, isSameIncident, type IncidentKey } from './markers.js';
import { refreshBody } from './render.js';
import {
  emptyState,
  parseStateBlock,
  withTimeline,
  withRun,
  type IncidentState,
  type TimelineEntry
} from './state.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface IncidentIssue {
  number: number;
  url: string;
  body: string;
  labels: string[];
  open: boolean;
  assignees: string[];
  /** The state block, or a fresh one when the block is missing or was damaged by hand. */
  state: IncidentState;
}

interface IssueLike {
  number: number;
  html_url: string;
  body?: string | null;
  state: string;
  labels: (string | { name?: string | null })[];
  assignees?: ({ login: string } | null)[] | null;
  pull_request?: unknown;
}

export function toIncidentIssue(issue: IssueLike, key: IncidentKey): IncidentIssue {
  const body = issue.body ?? '';
  return {
    number: issue.number,
    url: issue.html_url,
    body,
    labels: issue.labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter(Boolean),
    open: issue.state === 'open',
    assignees: (issue.assignees ?? []).flatMap((a) => (a ? [a.login] : [])),
    state: parseStateBlock(body) ?? emptyState(key.environment, key.service, new Date(0).toISOString())
  };
}

/**
 * Open incidents for this environment and service, lowest number first. The issues list API is
 * used rather than search, because search lags behind writes by seconds to minutes and a run
 * that has just opened an issue must see it.
 */
export async function findOpenIncidents(
  gh: GitHubClient,
  repo: RepoRef,
  key: IncidentKey
): Promise<IncidentIssue[]> {
  const issues = (await gh.paginate(gh.rest.issues.listForRepo, {
    ...repo,
    state: 'open',
    labels: 'postflight',
    per_page: 100
  })) as IssueLike[];
  return issues
    .filter((i) => !i.pull_request)
    .filter((i) => {
      const found = parseIncidentMarker(i.body);
      return found !== null && isSameIncident(found, key);
    })
    .map((i) => toIncidentIssue(i, key))
    .sort((a, b) => a.number - b.number);
}

interface LabelLike {
  name?: string | null;
  color?: string | null;
  description?: string | null;
}

/**
 * GitHub creates a missing label when an issue is created with it (color `ededed`, no
 * description). Rather than list the repository's labels on every run, Postflight looks at the
 * labels the new issue came back with and styles only those GitHub just made: no extra call in
 * the usual case, one per label the first time. Cosmetic, so failures are only logged.
 */
export async function styleNewLabels(
  gh: GitHubClient,
  repo: RepoRef,
  labels: (string | LabelLike)[],
  ours: readonly string[],
  log?: (line: string) => void
): Promise<void> {
  const wanted = new Set(ours.map((n) => n.toLowerCase()));
  for (const label of labels) {
    if (typeof label === 'string' || !label.name || !wanted.has(label.name.toLowerCase())) continue;
    if (label.description || (label.color ?? '').toLowerCase() !== 'ededed') continue;
    const spec = labelSpec(label.name);
    if (spec.color === 'ededed') continue;
    try {
      await gh.rest.issues.updateLabel({
        ...repo,
        name: label.name,
        color: spec.color,
        description: spec.description
      });
    } catch (error) {
      log?.(`Could not style label ${label.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

export interface TimelineUpdate {
  entry: TimelineEntry;
  /** A comment to post first (the timeline's evidence); omitted for silent state changes. */
  comment?: string;
  /** The run that writes, recorded so a re-run of it does nothing. */
  run?: { runId: number; kind: string };
  /** Further changes to the state (reverts, verdicts). */
  mutate?: (state: IncidentState) => IncidentState;
  close?: 'completed' | 'not_planned' | 'duplicate';
  labels?: string[];
  assignees?: string[];
}

/**
 * One timeline step: a comment with the evidence, then the body's timeline and state block. The
 * comment goes first so that a crash between the two leaves the history complete.
 */
export async function appendTimeline(
  gh: GitHubClient,
  repo: RepoRef,
  incident: IncidentIssue,
  update: TimelineUpdate
): Promise<IncidentIssue> {
  if (update.comment) {
    await gh.rest.issues.createComment({ ...repo, issue_number: incident.number, body: update.comment });
  }
  let state = withTimeline(incident.state, update.entry);
  if (update.run) state = withRun(state, update.run.runId, update.run.kind);
  if (update.mutate) state = update.mutate(state);
  const body = refreshBody(incident.body, state);
  const { data } = await gh.rest.issues.update({
    ...repo,
    issue_number: incident.number,
    body,
    ...(update.labels ? { labels: update.labels } : {}),
    ...(update.assignees ? { assignees: update.assignees } : {}),
    ...(update.close ? { state: 'closed' as const, state_reason: update.close } : {})
  });
  if (update.labels) await styleNewLabels(gh, repo, data.labels, update.labels);
  return {
    ...incident,
    body,
    state,
    open: data.state === 'open',
    labels: update.labels ?? incident.labels,
    assignees: update.assignees ?? incident.assignees
  };
}

export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' ? status : undefined;
}
