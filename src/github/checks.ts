// One check run per name and SHA, however often the job re-runs; a commit status when checks are off limits.
import type { GitHubClient } from './client.js';
import { MissingPermissionError } from './errors.js';
import { truncate, truncateWithNote } from './text.js';

export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';
export type CheckStatus = 'queued' | 'in_progress' | 'completed';

export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  rawDetails?: string;
}

export interface PublishCheckRunInput {
  owner: string;
  repo: string;
  sha: string;
  name: string;
  /** Defaults to `completed` when a conclusion is given, else `in_progress`. */
  status?: CheckStatus;
  conclusion?: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations?: CheckAnnotation[];
  detailsUrl?: string;
  /**
   * Look for a run of this name on the SHA to update (default true). A workflow run's first
   * attempt cannot have made one yet, so it can skip the lookup and save an API call.
   */
  updateExisting?: boolean;
}

export type PublishCheckRunResult =
  | { kind: 'check-run'; id: number; url: string | null; requests: number }
  | { kind: 'status'; note: string; requests: number };

/** GitHub's limits: 65,535 characters for summary and text, 50 annotations per request. */
export const CHECK_OUTPUT_LIMIT = 65_535;
export const ANNOTATIONS_PER_REQUEST = 50;
const STATUS_DESCRIPTION_LIMIT = 140;
const CUT_NOTE = "\n\n… (cut to fit GitHub's 65,535-character limit; the job summary has the full report)";

export async function publishCheckRun(
  gh: GitHubClient,
  input: PublishCheckRunInput
): Promise<PublishCheckRunResult> {
  validate(input);
  try {
    return await publishAsCheckRun(gh, input);
  } catch (error) {
    if (!(error instanceof MissingPermissionError) || error.permission.scope !== 'checks') throw error;
    return publishAsCommitStatus(gh, input);
  }
}

function validate(input: PublishCheckRunInput): void {
  if (!/^[0-9a-f]{40}$/i.test(input.sha))
    throw new Error(`publishCheckRun: sha must be a full 40-character commit SHA, got "${input.sha}"`);
  if (!input.name.trim()) throw new Error('publishCheckRun: name must not be empty');
  if (input.status === 'completed' && !input.conclusion)
    throw new Error('publishCheckRun: a completed check run needs a conclusion');
}

async function publishAsCheckRun(
  gh: GitHubClient,
  input: PublishCheckRunInput
): Promise<PublishCheckRunResult> {
  const { owner, repo } = input;
  const annotations = (input.annotations ?? []).map((a) => ({
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    message: a.message,
    ...(a.title ? { title: a.title } : {}),
    ...(a.rawDetails ? { raw_details: a.rawDetails } : {})
  }));
  const output = (batch: typeof annotations | undefined) => ({
    // GitHub shows the title as plain text on one line: markdown or entities would show literally.
    title: input.title.replace(/\s+/g, ' ').trim(),
    summary: truncateWithNote(input.summary, CHECK_OUTPUT_LIMIT, CUT_NOTE),
    ...(input.text !== undefined ? { text: truncateWithNote(input.text, CHECK_OUTPUT_LIMIT, CUT_NOTE) } : {}),
    ...(batch?.length ? { annotations: batch } : {})
  });
  const state = input.conclusion
    ? { status: input.status ?? 'completed', conclusion: input.conclusion }
    : { status: input.status ?? 'in_progress' };

  let requests = 0;
  let previous: { id: number; output: { annotations_count: number } } | undefined;
  if (input.updateExisting !== false) {
    const { data: existing } = await gh.rest.checks.listForRef({
      owner,
      repo,
      ref: input.sha,
      check_name: input.name,
      filter: 'latest',
      per_page: 1
    });
    requests++;
    previous = existing.check_runs[0];
  }
  // GitHub appends annotations on every update and never replaces them: on a re-run, send only
  // those the check run does not carry yet, or every re-run would repeat each finding.
  let fresh = annotations;
  if (previous && previous.output.annotations_count > 0 && annotations.length > 0) {
    const listed = await gh.paginate(gh.rest.checks.listAnnotations, {
      owner,
      repo,
      check_run_id: previous.id,
      per_page: 100
    });
    requests += Math.max(1, Math.ceil(listed.length / 100));
    const present = new Set(listed.map(annotationKey));
    fresh = annotations.filter((a) => !present.has(annotationKey(a)));
  }
  const batches: (typeof annotations)[] = [];
  for (let i = 0; i < fresh.length; i += ANNOTATIONS_PER_REQUEST)
    batches.push(fresh.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const first = previous
    ? await gh.rest.checks.update({
        owner,
        repo,
        check_run_id: previous.id,
        ...state,
        output: output(batches[0]),
        ...details(input)
      })
    : await gh.rest.checks.create({
        owner,
        repo,
        head_sha: input.sha,
        name: input.name,
        ...state,
        output: output(batches[0]),
        ...details(input)
      });
  requests++;
  // GitHub appends annotations on each update, so the rest go in follow-up updates of 50.
  for (const batch of batches.slice(1)) {
    await gh.rest.checks.update({ owner, repo, check_run_id: first.data.id, output: output(batch) });
    requests++;
  }
  return { kind: 'check-run', id: first.data.id, url: first.data.html_url, requests };
}

/** What makes two annotations the same finding, whether sent by us or listed back by GitHub. */
function annotationKey(a: {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level?: string | null;
  message?: string | null;
  title?: string | null;
}): string {
  return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.message, a.title || '']);
}

function details(input: PublishCheckRunInput) {
  return input.detailsUrl ? { details_url: input.detailsUrl } : {};
}

async function publishAsCommitStatus(
  gh: GitHubClient,
  input: PublishCheckRunInput
): Promise<PublishCheckRunResult> {
  try {
    await gh.rest.repos.createCommitStatus({
      owner: input.owner,
      repo: input.repo,
      sha: input.sha,
      state: statusState(input.conclusion),
      context: input.name,
      description: truncate(input.title, STATUS_DESCRIPTION_LIMIT),
      ...(input.detailsUrl ? { target_url: input.detailsUrl } : {})
    });
  } catch (error) {
    if (error instanceof MissingPermissionError) {
      throw new Error(
        "GitHub refused both a check run and a commit status: add `checks: write` (preferred) or `statuses: write` to the workflow's `permissions:` block.",
        { cause: error }
      );
    }
    throw error;
  }
  return {
    kind: 'status',
    requests: 1,
    note: "checks: write is missing from the workflow's permissions, so Postflight posted a commit status instead of a check run (no annotations or full report on the commit). Add `checks: write` to get the check run."
  };
}

function statusState(conclusion: CheckConclusion | undefined): 'success' | 'failure' | 'error' | 'pending' {
  switch (conclusion) {
    case undefined:
      return 'pending';
    case 'success':
    case 'neutral':
    case 'skipped':
      return 'success';
    case 'cancelled':
      return 'error';
    default:
      return 'failure';
  }
}
