/**
 * The state block: what later runs and triage commands need to know about an incident, kept as
 * JSON in a hidden comment of the issue body. Anyone with write access can edit the body, so the
 * block is validated on the way in and a damaged one is treated as absent, never trusted.
 */
import * as z from 'zod';
import { FACTOR_KINDS, SEVERITIES } from '../assess/types.js';
import { redactSecretsInText } from '../report/escape.js';

export const STATE_LIMITS = { timeline: 60, reverts: 20, runs: 50 } as const;

const verdictKind = z.enum(['pass', 'fail', 'inconclusive', 'pending']);

const revertRecordSchema = z.object({
  at: z.string(),
  /** The SHA production is moved back to. */
  target: z.string(),
  ref: z.string().nullable(),
  how: z.enum(['dispatch', 'pull-request']),
  trigger: z.enum(['automatic', 'command']),
  by: z.string().nullable(),
  /** The admin's reason when `/rollback --override` lifted a rule. */
  override: z.string().nullable(),
  outcome: z.enum(['started', 'failed']),
  /** A link (dispatch run list, pull request) or the error. */
  detail: z.string()
});

const timelineEntrySchema = z.object({
  at: z.string(),
  kind: z.enum([
    'opened',
    'failure',
    'inconclusive',
    'recovered',
    'reassessed',
    'revert',
    'ack',
    'resolved',
    'duplicate'
  ]),
  text: z.string()
});

const assessmentSummarySchema = z.object({
  verdict: z.enum(['safe', 'caution', 'unsafe']),
  targetSha: z.string().nullable(),
  targetRef: z.string().nullable(),
  migrationsChanged: z.boolean(),
  contractsChanged: z.boolean(),
  recommendation: z.string(),
  /** Blockers and warnings, so `/status` and `/rollback` can answer without re-assessing. */
  findings: z.array(
    z.object({
      kind: z.enum(FACTOR_KINDS),
      severity: z.enum(SEVERITIES),
      path: z.string().nullable(),
      line: z.number().int().nullable(),
      detail: z.string()
    })
  )
});

export const incidentStateSchema = z.object({
  v: z.literal(1),
  environment: z.string(),
  service: z.string(),
  headSha: z.string().nullable(),
  lastVerdict: verdictKind,
  lastReason: z.string(),
  updatedAt: z.string(),
  assessment: assessmentSummarySchema.nullable(),
  reverts: z.array(revertRecordSchema),
  timeline: z.array(timelineEntrySchema),
  /** `runId:kind` of each run that already wrote here: the re-run guard without listing comments. */
  runs: z.array(z.string()),
  acknowledgedBy: z.string().nullable()
});

export type IncidentState = z.infer<typeof incidentStateSchema>;
export type RevertRecord = z.infer<typeof revertRecordSchema>;
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

const STATE_BLOCK = /<!-- postflight:state (\{.*?\}) -->/s;

/**
 * JSON that cannot end the HTML comment early: `<`, `>` and `&` become \u escapes, and so does
 * `@`, so no mention inside the hidden block can ever ping anyone.
 */
export function stateBlock(state: IncidentState): string {
  const json = JSON.stringify(state).replace(
    /[<>&@]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  );
  return `<!-- postflight:state ${json} -->`;
}

export function parseStateBlock(body: string | null | undefined): IncidentState | null {
  const match = STATE_BLOCK.exec(body ?? '');
  if (!match) return null;
  try {
    const parsed = incidentStateSchema.safeParse(JSON.parse(match[1]!));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function replaceStateBlock(body: string, state: IncidentState): string {
  return STATE_BLOCK.test(body)
    ? body.replace(STATE_BLOCK, () => stateBlock(state))
    : `${body}\n${stateBlock(state)}`;
}

export function emptyState(environment: string, service: string, at: string): IncidentState {
  return {
    v: 1,
    environment,
    service,
    headSha: null,
    lastVerdict: 'pending',
    lastReason: '',
    updatedAt: at,
    assessment: null,
    reverts: [],
    timeline: [],
    runs: [],
    acknowledgedBy: null
  };
}

/** Appends to the timeline, keeping the newest entries within the limit; secrets never stored. */
export function withTimeline(state: IncidentState, entry: TimelineEntry): IncidentState {
  const clean = { ...entry, text: redactSecretsInText(entry.text).slice(0, 500) };
  return {
    ...state,
    updatedAt: entry.at,
    timeline: [...state.timeline, clean].slice(-STATE_LIMITS.timeline)
  };
}

export function withRevert(state: IncidentState, record: RevertRecord): IncidentState {
  const clean = {
    ...record,
    detail: redactSecretsInText(record.detail).slice(0, 500),
    override: record.override === null ? null : redactSecretsInText(record.override).slice(0, 500)
  };
  return { ...state, reverts: [...state.reverts, clean].slice(-STATE_LIMITS.reverts) };
}

export function runKey(runId: number, kind: string): string {
  return `${runId}:${kind}`;
}

export function withRun(state: IncidentState, runId: number, kind: string): IncidentState {
  const key = runKey(runId, kind);
  if (state.runs.includes(key)) return state;
  return { ...state, runs: [...state.runs, key].slice(-STATE_LIMITS.runs) };
}

/** Reverts that were actually started (a failed attempt changed nothing, so it does not count). */
export function startedReverts(state: IncidentState | null): RevertRecord[] {
  return (state?.reverts ?? []).filter((r) => r.outcome === 'started');
}

/** Started reverts of these incidents on the UTC day of `now`: the per-environment daily cap. */
export function countRevertsOnDay(states: (IncidentState | null)[], now: Date): number {
  const day = now.toISOString().slice(0, 10);
  return states.flatMap((s) => startedReverts(s)).filter((r) => r.at.slice(0, 10) === day).length;
}
