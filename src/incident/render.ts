/**
 * The incident issue: title, labels and body. Pure. The body reads top-down the way a person on
 * call needs it: what failed and why, the evidence, which deploy, whether rolling back is safe,
 * what to do now, what happened so far. Hidden markers and the state block go last.
 *
 * GitHub rejects bodies over 65,536 characters, so when the body is too long the least important
 * parts go first (charts beyond the first, info findings, older timeline entries, warnings, ...)
 * and the body says what it left out.
 */
import type { Assessment, Factor } from '../assess/types.js';
import type { RevertConfig } from '../config/types.js';
import type { Verdict } from '../verdict/types.js';
import { renderAssessmentMarkdown } from '../report/assessment-markdown.js';
import { signalChart } from '../report/chart.js';
import { codeBlock, codeSpan, escapeInline, redactUrl } from '../report/escape.js';
import { deployFacts, signalTable, verdictHeadline, type DeployFacts } from '../report/verify-markdown.js';
import type { RevertDecision } from '../revert/policy.js';
import { incidentLabels } from './labels.js';
import { incidentMarker, runMarker, type IncidentKey, type RunMark } from './markers.js';
import { replaceStateBlock, stateBlock, type IncidentState, type TimelineEntry } from './state.js';

export const MAX_BODY = 65_536;

export interface RollbackAdvice {
  /** The policy's answer for a `/rollback` from a person with write access (no override). */
  decision: RevertDecision;
  /** Whether an admin's `/rollback --override <reason>` would be allowed. */
  overridable: boolean;
  mode: RevertConfig['mode'];
}

export interface IncidentRenderInput {
  key: IncidentKey;
  verdict: Verdict;
  assessment: Assessment | null;
  facts: DeployFacts;
  /** Already holding this run's timeline entry. */
  state: IncidentState;
  rollback: RollbackAdvice | null;
  /** Pull request numbers of the commits named in findings, for links. */
  prByCommit?: Readonly<Record<string, number>>;
  /** The run that writes this body, so a re-run of it recognises its own issue. */
  run?: RunMark;
  extraLabels?: readonly string[];
  /** Name the service in the title (when `incident.service` is configured, not defaulted). */
  serviceInTitle?: boolean;
  maxBody?: number;
}

export interface RenderedIncident {
  title: string;
  body: string;
  labels: string[];
  /** What was left out to fit the size limit, in words (empty when nothing was). */
  shortened: string[];
}

interface Budget {
  charts: 'all' | 'first' | 'none';
  infoFactors: boolean;
  warningFactors: boolean;
  maxFactors: number;
  timeline: number;
  passingSignals: boolean;
}

const FULL: Budget = {
  charts: 'all',
  infoFactors: true,
  warningFactors: true,
  maxFactors: 50,
  timeline: Infinity,
  passingSignals: true
};

/** Each step drops more than the one before; the first that fits wins. */
const STEPS: { budget: Partial<Budget>; what: string }[] = [
  { budget: { charts: 'first' }, what: 'charts beyond the first' },
  { budget: { infoFactors: false }, what: 'info findings' },
  { budget: { timeline: 10 }, what: 'older timeline entries' },
  { budget: { warningFactors: false }, what: 'warning findings' },
  { budget: { passingSignals: false }, what: 'signals that passed' },
  { budget: { charts: 'none' }, what: 'all charts' },
  { budget: { timeline: 0 }, what: 'the timeline' },
  { budget: { maxFactors: 10 }, what: 'blocking findings beyond the first 10' }
];

export function renderIncident(input: IncidentRenderInput): RenderedIncident {
  const max = input.maxBody ?? MAX_BODY;
  const hidden = hiddenPart(input);
  const room = max - hidden.length - 1;
  let budget = FULL;
  const shortened: string[] = [];
  let visible = renderVisible(input, budget, shortened);
  for (const step of STEPS) {
    if (visible.length <= room) break;
    budget = { ...budget, ...step.budget };
    shortened.push(step.what);
    visible = renderVisible(input, budget, shortened);
  }
  if (visible.length > room) {
    shortened.push('the end of the body');
    visible = cutToFit(renderVisible(input, budget, shortened), room);
  }
  return {
    title: incidentTitle(input.key, input.verdict, input.serviceInTitle),
    body: `${visible}\n${hidden}`,
    labels: incidentLabels(input.key.environment, input.verdict, input.extraLabels),
    shortened
  };
}

/** `[postflight] <environment>: <what failed>`: plain text, one line, short enough to scan. */
export function incidentTitle(key: IncidentKey, verdict: Verdict, showService = false): string {
  const failing = verdict.signals.filter((s) => s.verdict === 'fail').map((s) => s.id);
  const what =
    verdict.verdict === 'fail' && failing.length
      ? `${failing.slice(0, 3).join(', ')}${failing.length > 3 ? ` and ${failing.length - 3} more` : ''} failed`
      : verdict.verdict === 'fail'
        ? `deploy failed: ${verdict.reason}`
        : `verification ${verdict.verdict}: ${verdict.reason}`;
  const service = showService && key.service ? ` (${key.service})` : '';
  const title = `[postflight] ${key.environment}${service}: ${what}`.replace(/[\r\n\t]+/g, ' ');
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

function hiddenPart(input: IncidentRenderInput): string {
  return [incidentMarker(input.key), input.run ? runMarker(input.run) : '', stateBlock(input.state)]
    .filter(Boolean)
    .join('\n');
}

function renderVisible(input: IncidentRenderInput, budget: Budget, shortened: readonly string[]): string {
  const { verdict, assessment } = input;
  const facts = safeFacts(input.facts);
  const parts: string[] = [verdictHeadline(verdict, { environment: plainName(facts.environment) }), ''];

  parts.push('### Signals', '');
  const signals = budget.passingSignals
    ? verdict.signals
    : verdict.signals.filter((s) => s.verdict !== 'pass');
  parts.push(signalTable(signals), '');
  const charts = verdict.signals
    .filter((s) => s.verdict === 'fail' && s.kind !== 'health')
    .map((s) => signalChart(s))
    .filter((c): c is string => c !== null);
  const shown = budget.charts === 'all' ? charts : budget.charts === 'first' ? charts.slice(0, 1) : [];
  for (const chart of shown) parts.push(chart, '');

  parts.push('### Deploy', '', deployFacts({ ...facts, environment: plainName(facts.environment) }), '');

  if (assessment) {
    const factors = assessment.factors.filter(
      (f) =>
        (budget.infoFactors || f.severity !== 'info') && (budget.warningFactors || f.severity !== 'warning')
    );
    const links = { repoUrl: facts.repoUrl, headSha: facts.sha };
    parts.push(renderAssessmentMarkdown({ ...assessment, factors }, links, budget.maxFactors), '');
    const left = assessment.factors.length - factors.length;
    if (left)
      parts.push(`_${left} lower-severity finding(s) left out here; the JSON report has them all._`, '');
    const prs = pullRequestLinks(factors, input.prByCommit, facts.repoUrl);
    if (prs) parts.push(prs, '');
  } else if (verdict.verdict === 'fail') {
    parts.push(
      '### Rollback safety',
      '',
      'No rollback assessment is available for this deploy; check migrations and API contracts by hand before rolling back.',
      ''
    );
  }

  parts.push(ACTION_START, '### What to do', '', recommendedAction(input, facts), ACTION_END, '');

  parts.push(timelineSection(input.state, budget.timeline), '');

  if (shortened.length) {
    parts.push(
      `> [!NOTE]\n> To stay within GitHub's ${MAX_BODY.toLocaleString('en-US')}-character limit this issue leaves out: ${shortened.join(', ')}. The JSON report of the workflow run has everything.`,
      ''
    );
  }
  return parts.join('\n');
}

const ACTION_START = '<!-- postflight:action -->';
const ACTION_END = '<!-- postflight:action-end -->';
const ACTION_SECTION = /<!-- postflight:action -->[^]*?<!-- postflight:action-end -->/;
const TIMELINE_START = '<!-- postflight:timeline -->';
const TIMELINE_END = '<!-- postflight:timeline-end -->';
const TIMELINE_SECTION = /<!-- postflight:timeline -->[^]*?<!-- postflight:timeline-end -->/;

/** The timeline between hidden markers, so a later run can replace just this part of the body. */
export function timelineSection(state: IncidentState, keep: number): string {
  const timeline = state.timeline;
  const lines = [TIMELINE_START];
  if (keep > 0 && timeline.length) {
    const kept = keep === Infinity ? timeline : timeline.slice(-keep);
    lines.push('### Timeline', '', ...kept.map(timelineLine));
    if (kept.length < timeline.length)
      lines.push('', `_${timeline.length - kept.length} older entries left out._`);
  }
  lines.push(TIMELINE_END);
  return lines.join('\n');
}

/**
 * A later run keeps the body as it was written (that is the history) and refreshes only the
 * timeline and the state block; the newest entries are kept when the body would grow too long.
 */
export function refreshBody(original: string, state: IncidentState, maxBody = MAX_BODY): string {
  const started = revertStartedAction(state);
  const body =
    started && ACTION_SECTION.test(original)
      ? original.replace(ACTION_SECTION, () => `${ACTION_START}\n### What to do\n\n${started}\n${ACTION_END}`)
      : original;
  for (const keep of [Infinity, 20, 5, 0]) {
    const section = timelineSection(state, keep);
    const withTimeline = TIMELINE_SECTION.test(body) ? body.replace(TIMELINE_SECTION, () => section) : body;
    const next = replaceStateBlock(withTimeline, state);
    if (next.length <= maxBody) return next;
  }
  return replaceStateBlock(
    body.replace(TIMELINE_SECTION, () => timelineSection(state, 0)),
    state
  );
}

export function timelineLine(entry: TimelineEntry): string {
  return `- ${entry.at.replace('T', ' ').replace(/\.\d+Z$/, 'Z')} **${entry.kind}**: ${escapeInline(entry.text)}`;
}

/** Once a revert started, "What to do" is about that revert, whatever it said before. */
function revertStartedAction(state: IncidentState): string | null {
  const started = state.reverts.filter((r) => r.outcome === 'started');
  const last = started[started.length - 1];
  if (!last) return null;
  return `A revert to ${codeSpan(last.target.slice(0, 12))} was started at ${escapeInline(last.at)} (${last.how}): ${escapeInline(last.detail)}. Watch that it deploys, then \`/resolve\` this issue.`;
}

function recommendedAction(input: IncidentRenderInput, facts: DeployFacts): string {
  const started = revertStartedAction(input.state);
  if (started) return started;
  const advice = input.rollback;
  const assessment = input.assessment;
  if (input.verdict.verdict !== 'fail') {
    return 'The verification could not decide. Look at the signals above; if the deploy is healthy, `/resolve` this issue, and if it is not, roll back by hand.';
  }
  if (!advice || !assessment)
    return 'Roll back by hand if the deploy is broken; Postflight has no assessment to base a revert on.';
  const lines: string[] = [];
  const target =
    advice.decision.target ??
    (assessment.target.sha ? { sha: assessment.target.sha, ref: assessment.target.ref } : null);
  if (advice.decision.allowed && target) {
    const via =
      advice.decision.how === 'dispatch'
        ? 'starts the configured revert workflow'
        : 'opens a revert pull request';
    lines.push(
      `**Roll back:** comment ${codeSpan('/rollback')} on this issue (write access needed). It ${via} to ${codeSpan(target.sha.slice(0, 12))}${target.ref ? ` (${escapeInline(target.ref)})` : ''}.`
    );
  } else {
    lines.push(`**A revert is not allowed:** ${escapeInline(assessment.recommendation)}`, '');
    for (const reason of advice.decision.reasons) lines.push(`- ${escapeInline(reason)}`);
    if (advice.overridable) {
      lines.push(
        '',
        `An admin who has checked these can still roll back with ${codeSpan('/rollback --override <reason>')}; the reason is recorded here.`
      );
    }
  }
  if (target && /^[0-9a-f]{7,64}$/i.test(target.sha) && facts.sha && /^[0-9a-f]{7,64}$/i.test(facts.sha)) {
    lines.push(
      '',
      'To do it by hand, redeploy the target, or put its tree on top of the deployed commit (what the revert pull request does; merges in the range need no special care) and merge that:',
      '',
      codeBlock(
        [
          `git fetch origin ${facts.sha} ${target.sha}`,
          `git switch --create revert-to-${target.sha.slice(0, 12)} ${facts.sha}`,
          `git restore --source=${target.sha} --staged --worktree -- :/`,
          `git commit -m "Revert to ${target.sha}"`,
          `git push origin revert-to-${target.sha.slice(0, 12)}`
        ].join('\n'),
        'sh'
      )
    );
  }
  return lines.join('\n');
}

function pullRequestLinks(
  factors: Factor[],
  prByCommit: IncidentRenderInput['prByCommit'],
  repoUrl: string | undefined
): string {
  if (!prByCommit) return '';
  const numbers = [
    ...new Set(
      factors
        .map((f) => (f.commit ? prByCommit[f.commit] : undefined))
        .filter((n): n is number => Number.isInteger(n))
    )
  ];
  if (!numbers.length) return '';
  const links = numbers.slice(0, 30).map((n) => (repoUrl ? `[#${n}](${repoUrl}/pull/${n})` : `#${n}`));
  return `Pull requests behind these findings: ${links.join(', ')}`;
}

/** Only plain http(s) links without credentials, and only hex SHAs, reach the body. */
function safeFacts(facts: DeployFacts): DeployFacts {
  const url = (u: string | undefined) =>
    u && /^https?:\/\//i.test(u)
      ? redactUrl(u)
          .replace('://***@', '://')
          .replace(/[\s<>()[\]`]/g, percentEncode)
      : undefined;
  return {
    ...facts,
    sha: facts.sha && /^[0-9a-f]{7,64}$/i.test(facts.sha) ? facts.sha : undefined,
    runUrl: url(facts.runUrl),
    deploymentUrl: url(facts.deploymentUrl),
    compareUrl: url(facts.compareUrl),
    repoUrl: url(facts.repoUrl)
  };
}

function percentEncode(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Names shown inside code spans by the shared renderers: nothing that could close the span. */
function plainName(name: string): string {
  return name.replace(/[`\r\n]/g, '');
}

/** Last resort: cut at a line, and close a code fence the cut left open. */
function cutToFit(text: string, room: number): string {
  const note = '\n\n_(cut to fit GitHub’s size limit)_';
  let cut = text.slice(0, Math.max(0, room - note.length - 20));
  const nl = cut.lastIndexOf('\n');
  if (nl > cut.length * 0.8) cut = cut.slice(0, nl);
  const fences = cut.match(/^ {0,3}`{3,}/gm) ?? [];
  if (fences.length % 2 === 1) cut += `\n${fences[fences.length - 1]!.trim()}`;
  return cut + note;
}
