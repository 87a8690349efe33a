/**
 * The incident issue: title, labels and body. Pure. The body opens with three lines a person paged
 * at night can act on (what broke and by how much, which deploy, what to do: src/report/decision.ts),
 * then the evidence (charts, signals), whether rolling back is safe, "What to do" in full, the
 * statistics and the timeline. Hidden markers and the state block go last.
 *
 * GitHub rejects bodies over 65,536 characters, so when the body is too long the least important
 * parts go first (charts beyond the first, info findings, older timeline entries, warnings, ...)
 * and the body says what it left out.
 */
import type { Assessment } from '../assess/types.js';
import type { Verdict } from '../verdict/types.js';
import {
  brokeLine,
  deployLine,
  doLine,
  nextStep,
  type NextStep,
  type RollbackAdvice,
  type StartedRevert
} from '../report/decision.js';
import { codeBlock, codeSpan, escapeInline, linkUrl } from '../report/escape.js';
import { assessmentSection } from '../report/findings.js';
import {
  chartsAndSignals,
  deployFacts,
  verdictHeadline,
  type DeployFacts
} from '../report/verify-markdown.js';
import { incidentLabels } from './labels.js';
import { incidentMarker, runMarker, type IncidentKey, type RunMark } from './markers.js';
import { replaceStateBlock, stateBlock, type IncidentState, type TimelineEntry } from './state.js';

export const MAX_BODY = 65_536;

export type { RollbackAdvice };

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
        : // A report written after the window closed: what did not decide is undecided, never pending.
          `verification undecided: ${verdict.reason}`;
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
  const pr = facts.pr ?? (facts.sha ? input.prByCommit?.[facts.sha] : undefined);
  const step = decideNextStep(input);
  const parts: string[] = [
    brokeLine(verdict),
    '',
    deployLine({ ...facts, ...(pr ? { pr } : {}) }),
    '',
    DO_START,
    doLine(step),
    DO_END,
    ''
  ];

  const signals = budget.passingSignals
    ? verdict.signals
    : verdict.signals.filter((s) => s.verdict !== 'pass');
  parts.push(...chartsAndSignals(verdict, facts, true, budget.charts, signals));

  if (assessment) {
    const factors = assessment.factors.filter(
      (f) =>
        (budget.infoFactors || f.severity !== 'info') && (budget.warningFactors || f.severity !== 'warning')
    );
    const links = { repoUrl: facts.repoUrl, headSha: facts.sha, prByCommit: input.prByCommit };
    parts.push(assessmentSection({ ...assessment, factors }, links, budget.maxFactors), '');
    const left = assessment.factors.length - factors.length;
    if (left)
      parts.push(`_${left} lower-severity finding(s) left out here; the JSON report has them all._`, '');
  } else if (verdict.verdict === 'fail') {
    parts.push(
      '### Rollback safety',
      '',
      'No rollback assessment is available for this deploy; check migrations and API contracts by hand before rolling back.',
      ''
    );
  }

  parts.push(ACTION_START, '### What to do', '', whatToDo(step, facts), ACTION_END, '');

  parts.push(
    '<details><summary>How it was decided</summary>',
    '',
    verdictHeadline(verdict, { environment: facts.environment }),
    '',
    deployFacts(facts),
    '',
    '</details>',
    ''
  );

  parts.push(timelineSection(input.state, budget.timeline), '');

  if (shortened.length) {
    parts.push(
      `> [!NOTE]\n> To stay within GitHub's ${MAX_BODY.toLocaleString('en-US')}-character limit this issue leaves out: ${shortened.join(', ')}. The JSON report of the workflow run has everything.`,
      ''
    );
  }
  return parts.join('\n');
}

const DO_START = '<!-- postflight:do -->';
const DO_END = '<!-- postflight:do-end -->';
const DO_SECTION = /<!-- postflight:do -->[^]*?<!-- postflight:do-end -->/;
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
    lines.push('### Timeline', '');
    // The newest entries stay in sight; a long history folds away.
    const open = kept.slice(-5);
    const folded = kept.slice(0, -5);
    if (folded.length) {
      lines.push(
        `<details><summary>${folded.length} earlier entries</summary>`,
        '',
        ...folded.map(timelineLine),
        '',
        '</details>',
        ''
      );
    }
    lines.push(...open.map(timelineLine));
    if (kept.length < timeline.length)
      lines.push('', `_${timeline.length - kept.length} older entries left out._`);
  }
  lines.push(TIMELINE_END);
  return lines.join('\n');
}

/**
 * A later run keeps the body as it was written (that is the history) and refreshes only the
 * timeline and the state block; the newest entries are kept when the body would grow too long.
 * Once a revert started, the decision line and "What to do" say so instead of their old advice.
 */
export function refreshBody(original: string, state: IncidentState, maxBody = MAX_BODY): string {
  const started = startedRevert(state);
  let body = original;
  if (started) {
    const step: NextStep = { kind: 'started', revert: started };
    if (ACTION_SECTION.test(body))
      body = body.replace(
        ACTION_SECTION,
        () => `${ACTION_START}\n### What to do\n\n${whatToDo(step)}\n${ACTION_END}`
      );
    if (DO_SECTION.test(body))
      body = body.replace(DO_SECTION, () => `${DO_START}\n${doLine(step)}\n${DO_END}`);
  }
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

function startedRevert(state: IncidentState): StartedRevert | null {
  const started = state.reverts.filter((r) => r.outcome === 'started');
  const last = started[started.length - 1];
  return last ? { target: last.target, at: last.at, how: last.how, detail: last.detail } : null;
}

/** The one decision for this incident: the policy's answer, or a revert already under way. */
function decideNextStep(input: IncidentRenderInput): NextStep {
  return nextStep({
    verdict: input.verdict,
    assessment: input.assessment,
    rollback: input.rollback,
    started: startedRevert(input.state),
    where: 'incident'
  });
}

/** "What to do" in full: the decision line's reasons, and only the commands that decision allows. */
function whatToDo(step: NextStep, facts?: DeployFacts): string {
  switch (step.kind) {
    case 'started':
      return `A revert to ${codeSpan(step.revert.target.slice(0, 12))} was started at ${escapeInline(step.revert.at)} (${escapeInline(step.revert.how)}): ${escapeInline(step.revert.detail)}. Watch that it deploys, then comment ${codeSpan('/resolve')} on this issue.`;
    case 'keep':
      return 'Nothing: every signal passed. Close this issue with `/resolve` when you agree.';
    case 'undecided':
      return `Postflight could not decide: ${escapeInline(step.why)}. Look at the signals above; if the deploy is healthy, comment ${codeSpan('/resolve')}, and if it is not, roll back by hand.`;
    case 'by-hand':
      return `Postflight will not revert: ${escapeInline(step.why)}. If the deploy is broken and you have checked, redeploy the last good release by hand.`;
    case 'rollback': {
      const sha = step.target.sha;
      const lines = [
        `Comment ${codeSpan('/rollback')} on this issue (write access needed). It ${step.via} to ${codeSpan(sha.slice(0, 12))}${step.target.ref ? ` (${escapeInline(step.target.ref)})` : ''}.`
      ];
      if (step.check) lines.push('', `Check first: ${escapeInline(step.check)}.`);
      if (facts?.sha && /^[0-9a-f]{7,64}$/i.test(sha) && /^[0-9a-f]{7,64}$/i.test(facts.sha)) {
        lines.push(
          '',
          '<details><summary>The same by hand, if <code>/rollback</code> is not available</summary>',
          '',
          "Put the target's tree on top of the deployed commit (what the revert pull request does) and merge it:",
          '',
          codeBlock(
            [
              `git fetch origin ${facts.sha} ${sha}`,
              `git switch --create revert-to-${sha.slice(0, 12)} ${facts.sha}`,
              `git restore --source=${sha} --staged --worktree -- :/`,
              `git commit -m "Revert to ${sha}"`,
              `git push origin revert-to-${sha.slice(0, 12)}`
            ].join('\n'),
            'sh'
          ),
          '',
          '</details>'
        );
      }
      return lines.join('\n');
    }
    case 'hold': {
      const lines = [`**Do not roll back.** ${escapeInline(step.why)}.`, ''];
      if (step.reasons.length > 1) {
        lines.push('Everything that stands in the way:', '');
        for (const reason of step.reasons) lines.push(`- ${escapeInline(firstLine(reason))}`);
        lines.push('');
      }
      lines.push(`**Instead:** ${escapeInline(step.instead)}.`);
      if (step.override) {
        lines.push(
          '',
          'Only an admin who has checked each of these can lift them (an override is recorded on this issue; `/help` explains it).'
        );
      }
      return lines.join('\n');
    }
  }
}

/** Only plain http(s) links without credentials, and only hex SHAs, reach the body. */
function safeFacts(facts: DeployFacts): DeployFacts {
  const url = linkUrl;
  return {
    ...facts,
    sha: facts.sha && /^[0-9a-f]{7,64}$/i.test(facts.sha) ? facts.sha : undefined,
    runUrl: url(facts.runUrl),
    deploymentUrl: url(facts.deploymentUrl),
    compareUrl: url(facts.compareUrl),
    repoUrl: url(facts.repoUrl)
  };
}

/** A reason's first line: a parser's message or stack trace stays in the findings' details. */
function firstLine(text: string): string {
  const line = (text.split(/\r?\n/)[0] ?? '').trim();
  return line.length > 240 ? `${line.slice(0, 239)}…` : line;
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
