/** The labels of an incident issue, and how they look when Postflight has to create them. */
import type { Verdict } from '../verdict/types.js';

export type SeverityLabel = 'severity:critical' | 'severity:high' | 'severity:medium';

export interface LabelSpec {
  name: string;
  color: string;
  description: string;
}

/** GitHub refuses label names over 50 characters. */
const MAX_LABEL = 50;

export function environmentLabel(environment: string): string {
  return `env:${environment}`.slice(0, MAX_LABEL);
}

/** `critical` when a critical signal failed, `high` for any other failure, `medium` when inconclusive. */
export function severityOf(verdict: Verdict): SeverityLabel {
  if (verdict.verdict !== 'fail') return 'severity:medium';
  return verdict.signals.some((s) => s.critical && s.verdict === 'fail')
    ? 'severity:critical'
    : 'severity:high';
}

export function incidentLabels(
  environment: string,
  verdict: Verdict,
  extra: readonly string[] = []
): string[] {
  const names = ['incident', 'postflight', environmentLabel(environment), severityOf(verdict), ...extra];
  return [...new Set(names.map((n) => n.slice(0, MAX_LABEL)).filter(Boolean))];
}

const KNOWN: Record<string, Omit<LabelSpec, 'name'>> = {
  incident: { color: 'b60205', description: 'A production incident' },
  postflight: { color: '5319e7', description: 'Opened and updated by Postflight' },
  acknowledged: { color: '0e8a16', description: 'Someone is on it (/ack)' },
  'severity:critical': { color: 'b60205', description: 'A critical signal failed after a deploy' },
  'severity:high': { color: 'd93f0b', description: 'A deploy failed verification' },
  'severity:medium': { color: 'fbca04', description: 'Deploy verification was inconclusive' }
};

export function labelSpec(name: string): LabelSpec {
  const known = KNOWN[name];
  if (known) return { name, ...known };
  if (name.startsWith('env:'))
    return { name, color: '1d76db', description: `Deploys to ${name.slice(4)}`.slice(0, 100) };
  return { name, color: 'ededed', description: 'Added by Postflight' };
}
