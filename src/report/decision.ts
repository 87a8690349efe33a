/**
 * The first screen of every report: three short lines that let a person decide. What broke and by
 * how much; which deploy (commit, PR, author, time, environment, links); what to do.
 *
 * "What to do" and the commands that go with it come from one value, `NextStep`, so the page
 * cannot advise against a rollback and then print a rollback's commands: an unsafe rollback never
 * comes with rollback commands, a safe one with exactly the command to run.
 */
import type { Assessment, Factor } from '../assess/types.js';
import type { RevertConfig } from '../config/types.js';
import type { RevertDecision } from '../revert/policy.js';
import type { SignalEvidence, Verdict } from '../verdict/types.js';
import { codeSpan, escapeInline, linkText, linkUrl } from './escape.js';
import { formatClock, formatDuration, formatNumber, formatPercent, formatRatio } from './format.js';
import type { DeployFacts } from './verify-markdown.js';

export interface RollbackAdvice {
  /** The policy's answer for a `/rollback` from a person with write access (no override). */
  decision: RevertDecision;
  /** Whether an admin's `/rollback --override <reason>` would be allowed. */
  overridable: boolean;
  mode: RevertConfig['mode'];
}

export interface StartedRevert {
  target: string;
  at: string;
  how: string;
  detail: string;
}

export type NextStep =
  | { kind: 'keep'; text: string }
  | { kind: 'undecided'; why: string; where: Where }
  | { kind: 'rollback'; target: Target; via: string; check: string | null; where: Where }
  | { kind: 'hold'; why: string; more: number; instead: string; override: boolean; reasons: string[] }
  | { kind: 'by-hand'; why: string; target: Target | null }
  | { kind: 'started'; revert: StartedRevert };

type Target = { sha: string; ref: string | null };
/** The incident itself takes `/rollback`; a summary or a check run points at the incident. */
export type Where = 'incident' | 'elsewhere';

export interface NextStepInput {
  verdict: Verdict;
  assessment: Assessment | null;
  /** The revert policy's answer (incident); absent in summaries, where the assessment decides. */
  rollback?: RollbackAdvice | null;
  started?: StartedRevert | null;
  where: Where;
}

/** The one decision that every piece of advice on the page is derived from. */
export function nextStep(input: NextStepInput): NextStep {
  const { verdict, assessment, rollback } = input;
  if (input.started) return { kind: 'started', revert: input.started };
  if (verdict.verdict === 'pass') return { kind: 'keep', text: 'nothing; the deploy stays.' };
  if (verdict.verdict !== 'fail') return { kind: 'undecided', why: verdict.reason, where: input.where };
  const target = assessment?.target.sha ? { sha: assessment.target.sha, ref: assessment.target.ref } : null;
  if (!assessment) {
    return {
      kind: 'by-hand',
      why: 'there is no rollback assessment, so check migrations and API contracts before rolling back',
      target: null
    };
  }
  if (rollback) {
    if (rollback.decision.allowed && (rollback.decision.target ?? target)) {
      return {
        kind: 'rollback',
        target: rollback.decision.target ?? target!,
        via:
          rollback.decision.how === 'dispatch'
            ? 'starts the configured revert workflow'
            : 'opens a revert pull request',
        check: assessment.verdict === 'caution' ? cautionNote(assessment) : null,
        where: input.where
      };
    }
    const reasons = rollback.decision.reasons.length
      ? rollback.decision.reasons
      : [assessment.recommendation];
    return hold(assessment, target, reasons, rollback.overridable);
  }
  if (assessment.verdict === 'unsafe' || !target) {
    return hold(assessment, target, [assessment.recommendation], false);
  }
  return {
    kind: 'rollback',
    target,
    via: 'opens a revert (as configured)',
    check: assessment.verdict === 'caution' ? cautionNote(assessment) : null,
    where: input.where
  };
}

function hold(assessment: Assessment, target: Target | null, reasons: string[], override: boolean): NextStep {
  // Only the assessment's own verdict makes a rollback unsafe; other rules (revert off, the daily
  // limit) stop Postflight from reverting, not a person from redeploying the target.
  const unsafe = assessment.verdict === 'unsafe' || !target;
  const blocker = assessment.factors.find((f) => f.severity === 'blocker');
  const instead = unsafe
    ? insteadOf(blocker?.recommendation ?? '')
    : `redeploy ${target.sha.slice(0, 7)}${target.ref ? ` (${target.ref})` : ''} by hand; the assessment found nothing that makes it unsafe`;
  // The first blocking finding says it shortest: what it does and where (the file's name, not
  // its whole path); the full list follows under "What to do".
  const finding = unsafe && blocker ? findingWhy(blocker) : '';
  const blockers = assessment.factors.filter((f) => f.severity === 'blocker').length;
  return {
    kind: 'hold',
    why:
      finding ||
      oneSentence(reasons[0] ?? '') ||
      oneSentence(assessment.recommendation) ||
      'the rollback assessment says unsafe',
    more: Math.max(0, (finding ? blockers : reasons.length) - 1),
    instead,
    override: override && unsafe,
    reasons
  };
}

function findingWhy(f: Factor): string {
  const what = plainWords(oneSentence(f.detail).split(';')[0]!.trim());
  if (!what) return '';
  const name = f.path?.split('/').pop();
  // The file once: only when the finding does not name it already.
  const file = name && !what.includes(f.path!) ? ` (${name}${f.line ? `:${f.line}` : ''})` : '';
  return `${what}${file}`;
}

/**
 * What to do instead of rolling back, from a finding's advice: its "roll forward ..." or
 * "expand ..." part, since "do not roll back" is already said.
 */
function insteadOf(recommendation: string): string {
  const sentence = plainWords(recommendation.replace(/\s+/g, ' '));
  const forward = /\b(roll forward|expand)\b.*?(?=\.(?:\s|$)|$)/i.exec(sentence);
  return forward ? forward[0].trim() : 'roll forward with a fix';
}

/** Findings say "N-1" for the release a rollback returns to; a person at 3 a.m. needs the words. */
export function plainWords(text: string): string {
  return text
    .replace(/\bN-1\b/g, 'the previous release')
    .replace(/\bN\b(?= (?:is|still|adds|drops|reads|writes))/g, 'this release');
}

function cautionNote(a: Assessment): string {
  const warnings = a.factors.filter((f) => f.severity === 'warning');
  if (!warnings.length) return oneSentence(a.recommendation);
  const first = warnings[0]!;
  const where = first.path ? `${first.path}${first.line ? `:${first.line}` : ''}` : first.kind;
  return `${where}: ${oneSentence(first.detail)}${warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : ''}`;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** The first sentence of the first line, without its full stop, short enough for one line. */
function oneSentence(text: string): string {
  // Only the first line: what follows a line break is a parser's message or stack trace.
  const flat = (text.trim().split(/\r?\n/)[0] ?? '').replace(/\s+/g, ' ').trim();
  const end = flat.search(/[.!?](\s|$)/);
  const first = end > 0 ? flat.slice(0, end) : flat;
  return first.length > 160 ? `${first.slice(0, 159)}…` : first;
}

export interface DecisionFacts extends DeployFacts {
  /** The pull request that brought the deployed commit, when known. */
  pr?: number;
}

/** The three lines, each its own paragraph so each is one glance. */
export function decisionLines(verdict: Verdict, facts: DecisionFacts, step: NextStep, final = true): string {
  return [brokeLine(verdict, final), deployLine(facts), doLine(step)].join('\n\n');
}

export function brokeLine(verdict: Verdict, final = true): string {
  if (verdict.verdict === 'pass') {
    const when =
      verdict.decidedAt === null ? '' : ` (decided ${formatDuration(verdict.decidedAt)} after the deploy)`;
    return `**Healthy:** every signal stayed within its limits${when}.`;
  }
  if (verdict.verdict !== 'fail') {
    const label = final ? 'Undecided' : 'Still watching';
    return `**${label}:** ${escapeInline(oneSentence(verdict.reason))}.`;
  }
  const failed = verdict.signals
    .filter((s) => s.verdict === 'fail')
    .sort((a, b) => Number(b.critical) - Number(a.critical));
  if (!failed.length) return `**Broke:** ${escapeInline(oneSentence(verdict.reason))}.`;
  const more =
    failed.length > 1 ? ` (and ${failed.length - 1} more signal${failed.length > 2 ? 's' : ''})` : '';
  return `**Broke:** ${howMuch(failed[0]!)}${more}.`;
}

/** "`checkout` errors 1.9% vs 0.5% before the deploy, ×3.8" and its kin for levels and health. */
export function howMuch(s: SignalEvidence): string {
  const name = codeSpan(s.id);
  if (s.kind === 'count' && s.canary) {
    const now = formatPercent(s.canary.rate);
    const b = s.baseline;
    if (!b || b.source === 'none') return `${name} errors at ${now}`;
    if (b.source === 'absolute') return `${name} errors ${now}, over the ${formatPercent(b.rate)} limit`;
    const where = b.source === 'concurrent' ? 'on the old version' : 'before the deploy';
    return `${name} errors ${now} vs ${formatPercent(b.rate)} ${where}, ${formatRatio(s.canary.rate, b.rate)}`;
  }
  if (s.kind === 'level' && s.level) {
    const l = s.level;
    const unit = l.unit ? ` ${escapeInline(l.unit)}` : '';
    const now = `${formatNumber(l.value)}${unit}`;
    if (l.max !== undefined && l.value > l.max)
      return `${name} at ${now}, above its max of ${formatNumber(l.max)}${unit}`;
    if (l.min !== undefined && l.value < l.min)
      return `${name} at ${now}, below its min of ${formatNumber(l.min)}${unit}`;
    if (l.baseline !== undefined)
      return `${name} at ${now} vs ${formatNumber(l.baseline)}${unit} before the deploy, ${formatRatio(l.value, l.baseline)}`;
    return `${name} at ${now}`;
  }
  if (s.kind === 'health' && s.health) {
    const h = s.health;
    const detail = h.lastDetail ? `: ${escapeInline(oneSentence(h.lastDetail).slice(0, 80))}` : '';
    return `${name} failed ${h.consecutiveFailures} health check${h.consecutiveFailures === 1 ? '' : 's'} in a row${detail}`;
  }
  return `${name}: ${escapeInline(oneSentence(s.reason))}`;
}

export function deployLine(facts: DecisionFacts): string {
  const sha = facts.sha && /^[0-9a-f]{7,64}$/i.test(facts.sha) ? facts.sha : null;
  const what = [
    sha ? codeSpan(sha.slice(0, 7)) : 'an unknown commit',
    facts.pr ? `(#${facts.pr})` : '',
    facts.actor ? `by ${escapeInline(facts.actor)}` : ''
  ]
    .filter(Boolean)
    .join(' ');
  const repo = linkUrl(facts.repoUrl);
  const links = [
    sha && repo ? link('commit', `${repo}/commit/${sha}`) : '',
    facts.pr && repo ? link(`PR #${facts.pr}`, `${repo}/pull/${facts.pr}`) : '',
    facts.compareUrl ? link('changes', facts.compareUrl) : '',
    facts.deploymentUrl ? link('deployment', facts.deploymentUrl) : '',
    facts.runUrl ? link('run', facts.runUrl) : ''
  ].filter(Boolean);
  const env = codeSpan(facts.environment);
  return `**Deploy:** ${what} to ${env} at ${formatClock(facts.deployTime)}${links.length ? ` · ${links.join(' · ')}` : ''}`;
}

function link(text: string, url: string): string {
  const safe = linkUrl(url);
  return safe ? `[${linkText(text)}](${safe})` : '';
}

export function doLine(step: NextStep): string {
  switch (step.kind) {
    case 'keep':
      return `**Do:** ${step.text}`;
    case 'undecided':
      return step.where === 'incident'
        ? '**Do:** check the signals below by hand; `/resolve` this issue if the deploy is healthy, roll back by hand if it is not.'
        : '**Do:** check the signals below by hand; Postflight could not decide.';
    case 'rollback': {
      const to = `${codeSpan(step.target.sha.slice(0, 7))}${step.target.ref ? ` (${escapeInline(step.target.ref)})` : ''}`;
      const where = step.where === 'incident' ? 'on this issue' : 'on the incident issue';
      const check = step.check ? ` Check first: ${escapeInline(step.check)}.` : '';
      return `**Do:** roll back to ${to}: comment ${codeSpan('/rollback')} ${where}.${check}`;
    }
    case 'hold':
      return `**Do not roll back:** ${escapeInline(step.why)}${step.more ? ` (and ${step.more} more)` : ''}. Instead, ${escapeInline(lowerFirst(step.instead))}.`;
    case 'by-hand':
      return `**Do:** decide by hand: ${escapeInline(step.why)}.`;
    case 'started':
      return `**Doing:** a revert to ${codeSpan(step.revert.target.slice(0, 7))} started at ${escapeInline(step.revert.at)}; watch it deploy, then ${codeSpan('/resolve')}.`;
  }
}
