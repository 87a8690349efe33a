/**
 * The assessment's one-paragraph advice: roll back, roll forward with a fix, or expand first. It
 * names the two releases (the findings speak of N, the deployed release, and N-1, the target),
 * counts what blocks in words that match what they count, and quotes the most consequential
 * finding once.
 */
import {
  FACTOR_KINDS,
  type Factor,
  type FactorKind,
  type RollbackSafety,
  type RollbackTarget
} from './types.js';

const KIND_ORDER: readonly FactorKind[] = FACTOR_KINDS;

const MAX_EVIDENCE_CHARS = 90;

function clip(text: string): string {
  const trimmed = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,:]$/, '');
  if (trimmed.length <= MAX_EVIDENCE_CHARS) return trimmed;
  const cut = trimmed.slice(0, MAX_EVIDENCE_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}

export function evidence(factor: Factor): string {
  const line = factor.line !== null ? `:${factor.line}` : '';
  // A detail that names its own file is not prefixed with it again.
  if (factor.path && factor.detail.includes(factor.path)) {
    const located = factor.detail.includes(`${factor.path}${line}`)
      ? factor.detail
      : factor.detail.replace(factor.path, `${factor.path}${line}`);
    return clip(located);
  }
  const where = factor.path ? `${factor.path}${line}: ` : '';
  return `${where}${clip(factor.detail)}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "2 destructive migrations" counts migration files, "1 security fix" counts fixes: each kind is
 * counted in the unit its noun names.
 */
function countOf(kind: FactorKind, group: Factor[], target?: RollbackTarget): string {
  const severity = group[0]!.severity;
  const files = new Set(group.map((factor) => factor.path ?? factor.detail)).size;
  switch (kind) {
    case 'migration':
      return severity === 'blocker'
        ? plural(files, 'destructive migration', 'destructive migrations')
        : plural(files, 'migration', 'migrations');
    case 'contract': {
      const changes =
        severity === 'blocker'
          ? plural(group.length, 'breaking contract change', 'breaking contract changes')
          : plural(group.length, 'contract change', 'contract changes');
      return files > 1 ? `${changes} in ${files} contract files` : changes;
    }
    case 'critical-change': {
      const security = group.every((factor) => factor.category === 'security');
      return security
        ? plural(group.length, 'security fix', 'security fixes')
        : plural(group.length, 'critical change', 'critical changes');
    }
    case 'config':
      return plural(group.length, 'config change', 'config changes');
    case 'dependency':
      return plural(group.length, 'dependency change', 'dependency changes');
    case 'multiple-releases':
      return plural(target?.skipped.length || group.length, 'skipped release', 'skipped releases');
    case 'incomplete':
      return 'an incomplete change list';
    case 'target':
      return 'a missing target';
  }
}

/** "2 destructive migrations and 1 security fix", in the order of FACTOR_KINDS. */
export function summarize(factors: Factor[], target?: RollbackTarget): string {
  const byKind = new Map<FactorKind, Factor[]>();
  for (const factor of factors) {
    const list = byKind.get(factor.kind);
    if (list) list.push(factor);
    else byKind.set(factor.kind, [factor]);
  }
  const parts = [...byKind.entries()]
    .sort((a, b) => KIND_ORDER.indexOf(a[0]) - KIND_ORDER.indexOf(b[0]))
    .map(([kind, group]) => countOf(kind, group, target));
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function short(sha: string): string {
  return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}

/** `1a2b3c4 (v1.4.0)`: the rollback target by SHA and, when it differs, by ref. */
export function targetName(target: RollbackTarget): string {
  if (!target.sha) return target.ref ?? 'the previous release';
  const ref = target.ref && target.ref !== target.sha ? ` (${target.ref})` : '';
  return `${short(target.sha)}${ref}`;
}

/** "from 9f8e7d6 (N, deployed) to 1a2b3c4 (v1.4.0, N-1)": the findings' N and N-1, named. */
export function releasePair(target: RollbackTarget, head?: string): string {
  const ref = target.sha && target.ref && target.ref !== target.sha ? `${target.ref}, ` : '';
  const to = target.sha ? `to ${short(target.sha)} (${ref}N-1)` : `to ${targetName(target)} (N-1)`;
  return head ? `from ${short(head)} (N, deployed) ${to}` : to;
}

/**
 * `factors` in order of consequence (blockers first, then newest first): the first of a severity
 * is the one quoted.
 */
export function recommend(
  verdict: RollbackSafety,
  target: RollbackTarget,
  factors: Factor[],
  head?: string
): string {
  const pair = releasePair(target, head);
  if (verdict === 'unsafe') {
    const blockers = factors.filter((f) => f.severity === 'blocker');
    const top = blockers[0]!;
    if (blockers.every((f) => /^expand\b/i.test(f.recommendation))) {
      return `Expand first: rolling back ${pair} is blocked by ${summarize(blockers, target)}; the most consequential: ${evidence(top)}. ${top.recommendation}`;
    }
    return `Do not roll back ${pair}: it is blocked by ${summarize(blockers, target)}; the most consequential: ${evidence(top)}. Roll forward with a fix, or revert only the change that broke.`;
  }
  if (target.sha === null) {
    return `No rollback target (${target.how}): name one by hand or roll forward with a fix.`;
  }
  if (verdict === 'caution') {
    const warnings = factors.filter((f) => f.severity === 'warning');
    return `Roll back ${pair} only after checking ${summarize(warnings, target)}; first: ${evidence(warnings[0]!)}.`;
  }
  return `Roll back ${pair}: nothing in the range blocks it.`;
}
