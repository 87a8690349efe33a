/**
 * Hidden HTML comments that let later runs find their own issues and comments again. GitHub
 * keeps comments verbatim in the body but does not render them, so they cost nothing visible.
 * Values are URI-encoded so that no environment or service name can end the comment early.
 */

const INCIDENT_MARKER = /<!-- postflight:incident env=(\S*) service=(\S*) -->/;
const RUN_MARKER = /<!-- postflight:run=(\d+):(\d+):([a-z-]+) -->/g;
const ANY_RUN_MARKER = /<!-- postflight:run=\d+:\d+:[a-z-]+ -->/;

export interface IncidentKey {
  environment: string;
  service: string;
}

export function incidentMarker(key: IncidentKey): string {
  return `<!-- postflight:incident env=${encodeURIComponent(key.environment)} service=${encodeURIComponent(key.service)} -->`;
}

/** The key of the incident a body belongs to, or null when the body is not Postflight's. */
export function parseIncidentMarker(body: string | null | undefined): IncidentKey | null {
  const match = INCIDENT_MARKER.exec(body ?? '');
  if (!match) return null;
  try {
    return { environment: decodeURIComponent(match[1]!), service: decodeURIComponent(match[2]!) };
  } catch {
    return null;
  }
}

export function isSameIncident(a: IncidentKey, b: IncidentKey): boolean {
  return a.environment === b.environment && a.service === b.service;
}

/** What a run wrote: the issue itself, a timeline comment, a duplicate hand-over. */
export type RunMarkKind =
  'opened' | 'failure' | 'inconclusive' | 'recovered' | 'reassessed' | 'revert' | 'duplicate';

export interface RunMark {
  runId: number;
  attempt: number;
  kind: RunMarkKind;
}

export function runMarker(mark: RunMark): string {
  return `<!-- postflight:run=${mark.runId}:${mark.attempt}:${mark.kind} -->`;
}

export function parseRunMarkers(body: string | null | undefined): RunMark[] {
  return [...(body ?? '').matchAll(RUN_MARKER)].map((m) => ({
    runId: Number(m[1]),
    attempt: Number(m[2]),
    kind: m[3] as RunMarkKind
  }));
}

/** Comments that Postflight wrote (so triage never answers itself) carry this marker. */
export const COMMENT_MARKER = '<!-- postflight:comment -->';

export function isPostflightComment(body: string | null | undefined): boolean {
  const text = body ?? '';
  return text.includes(COMMENT_MARKER) || ANY_RUN_MARKER.test(text);
}
