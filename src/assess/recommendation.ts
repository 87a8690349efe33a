/** The assessment's one-paragraph advice: roll back, roll forward with a fix, or expand first. */
import {
  FACTOR_KINDS,
  type Factor,
  type FactorKind,
  type RollbackSafety,
  type RollbackTarget
} from './types.js';

const NOUNS: Partial<Record<FactorKind, [string, string]>> = {
  migration: ['destructive migration', 'destructive migrations'],
  contract: ['breaking contract change', 'breaking contract changes'],
  'critical-change': ['critical change', 'critical changes'],
  config: ['config change', 'config changes'],
  dependency: ['dependency change', 'dependency changes'],
  'multiple-releases': ['skipped release', 'skipped releases'],
  incomplete: ['incomplete change list', 'incomplete change lists'],
  target: ['missing target', 'missing targets']
};

const KIND_ORDER: readonly FactorKind[] = FACTOR_KINDS;

const MAX_EVIDENCE_CHARS = 90;

function clip(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  if (trimmed.length <= MAX_EVIDENCE_CHARS) return trimmed;
  const cut = trimmed.slice(0, MAX_EVIDENCE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

function evidence(factor: Factor): string {
  const where = factor.path ? `${factor.path}${factor.line !== null ? `:${factor.line}` : ''}: ` : '';
  return `${where}${clip(factor.detail)}`;
}

/** "2 destructive migrations (db/migrate/1.sql:3: DROP COLUMN users.email) and 1 critical change (...)". */
export function summarize(factors: Factor[]): string {
  const byKind = new Map<FactorKind, Factor[]>();
  for (const factor of factors) {
    const list = byKind.get(factor.kind);
    if (list) list.push(factor);
    else byKind.set(factor.kind, [factor]);
  }
  const parts = [...byKind.entries()]
    .sort((a, b) => KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]))
    .map(([kind, group]) => {
      const [one, many] = NOUNS[kind] ?? ['finding', 'findings'];
      return `${group.length} ${group.length === 1 ? one : many} (${evidence(group[0]!)})`;
    });
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function targetName(target: RollbackTarget): string {
  return target.sha ? target.sha.slice(0, 7) : (target.ref ?? 'the previous release');
}

export function recommend(verdict: RollbackSafety, target: RollbackTarget, factors: Factor[]): string {
  if (verdict === 'unsafe') {
    const blockers = factors.filter((f) => f.severity === 'blocker');
    if (blockers.every((f) => /^expand\b/i.test(f.recommendation))) {
      return `Expand first: ${summarize(blockers)}. ${blockers[0]!.recommendation}`;
    }
    return `Do not roll back: ${summarize(blockers)}. Roll forward with a fix.`;
  }
  if (target.sha === null) {
    return `No rollback target (${target.how}): name one by hand or roll forward with a fix.`;
  }
  if (verdict === 'caution') {
    const warnings = factors.filter((f) => f.severity === 'warning');
    return `Roll back to ${targetName(target)} only after checking ${summarize(warnings)}.`;
  }
  return `Roll back to ${targetName(target)}: nothing in the range blocks it.`;
}
