/**
 * The hostile-text corpus: strings an attacker controls (commit subjects of security fixes, PR
 * titles, branch and environment names, file paths, source ids, units, server error bodies) put
 * into every text position of the renderers whose output reaches GitHub: the job summary, the
 * check run, the incident issue (title and body) and its comments. Each output is rendered as
 * GitHub does (cmark-gfm with its extensions, raw HTML allowed) and compared with the same output
 * made from a harmless string of the same length: a mention that was not there, a tag that was
 * not there, a bidirectional override, or a body over GitHub's limit is counted.
 */
import { spawnSync } from 'node:child_process';
import type { Assessment } from '../../src/assess/types.js';
import type { SignalEvidence, Verdict } from '../../src/verdict/types.js';
import type { DeployFacts } from '../../src/report/verify-markdown.js';
import { renderVerifyMarkdown } from '../../src/report/verify-markdown.js';
import { renderAssessmentMarkdown } from '../../src/report/assessment-markdown.js';
import { renderIncident, MAX_BODY } from '../../src/incident/render.js';
import { failureComment } from '../../src/incident/comments.js';
import { emptyState, withTimeline } from '../../src/incident/state.js';
import { CHECK_OUTPUT_LIMIT } from '../../src/github/checks.js';
import { truncateWithNote } from '../../src/github/text.js';
import { configFromObject } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/errors.js';
import { countSignal, facts, factor, failVerdict, unsafeAssessment } from '../incident/fixtures.js';

export const HOSTILE: readonly string[] = [
  '@octocat please look',
  'fix @acme/security-team CVE-2026-1234',
  '<img src=x onerror=alert(1)>',
  '</details><details open><summary>pwned</summary>',
  '<script>alert(document.cookie)</script>',
  '```\n# injected heading\n```',
  '~~~\ninjected\n~~~',
  '| a | b |\n|---|---|\n| c | d |',
  'col|umn||pipes',
  '\u202Etxt.exe',
  '\u2066isolate\u2069 \u200F rtl mark',
  '[click](javascript:alert(1)) ![t](https://evil.example/t.png)',
  '<!-- postflight:incident env=prod -->',
  '\r\n## Heading\r\n- list',
  '`code` **bold** _em_ \\ backslash',
  'x'.repeat(70_000),
  '@a '.repeat(23_334)
];

/** Where a hostile string goes: one text the tool takes from outside. */
interface Position {
  name: string;
  /** The configuration key the text arrives through, when the config validates it first. */
  configured?: (text: string) => unknown;
  /** The inputs of the renderers with `text` in that position. */
  build(text: string): {
    verdict: Verdict;
    facts: DeployFacts;
    assessment: Assessment;
    timeline: string;
    service: string;
  };
}

const MINIMAL_SOURCE = { id: 'web', type: 'http', url: 'https://example.com/health' };

/** Whether the configuration accepts `data` (a name it refuses never reaches a renderer). */
function accepted(data: unknown): boolean {
  try {
    configFromObject(data);
    return true;
  } catch (error) {
    if (error instanceof ConfigError) return false;
    throw error;
  }
}

function signal(overrides: Partial<SignalEvidence>): SignalEvidence {
  return { ...countSignal('http:errors', 'fail', true), ...overrides };
}

function base(text: string) {
  return {
    verdict: failVerdict(),
    facts: facts(),
    assessment: unsafeAssessment(),
    timeline: 'opened',
    service: 'shop',
    text
  };
}

const POSITIONS: Position[] = [
  {
    name: 'environment name',
    configured: (t) => ({ environment: t, sources: [MINIMAL_SOURCE] }),
    build: (t) => ({ ...base(t), facts: facts({ environment: t }) })
  },
  { name: 'branch name', build: (t) => ({ ...base(t), facts: facts({ ref: t }) }) },
  {
    name: 'server error body (verdict reason)',
    build: (t) => ({ ...base(t), verdict: { ...failVerdict(), reason: t } })
  },
  {
    name: 'source id',
    configured: (t) => ({ sources: [{ ...MINIMAL_SOURCE, id: t }] }),
    build: (t) => ({ ...base(t), verdict: failVerdict([signal({ id: t })]) })
  },
  {
    name: 'server error body (signal reason, health detail)',
    build: (t) => ({
      ...base(t),
      verdict: failVerdict([
        signal({ reason: t }),
        {
          ...signal({ id: 'web', kind: 'health', reason: t }),
          health: { consecutiveFailures: 2, checks: 3, failures: 2, lastDetail: t }
        }
      ])
    })
  },
  {
    name: 'unit',
    build: (t) => ({
      ...base(t),
      verdict: failVerdict([
        { ...signal({ id: 'api:p99', kind: 'level' }), level: { value: 2.5, baseline: 0.3, max: 1, unit: t } }
      ])
    })
  },
  {
    name: 'file path',
    build: (t) => ({ ...base(t), assessment: { ...unsafeAssessment(), factors: [factor({ path: t })] } })
  },
  {
    name: 'commit subject of a security fix',
    build: (t) => ({
      ...base(t),
      assessment: { ...unsafeAssessment(), factors: [factor({ kind: 'critical-change', detail: t })] }
    })
  },
  {
    name: 'PR title (rollback target)',
    build: (t) => ({
      ...base(t),
      assessment: { ...unsafeAssessment(), target: { ...unsafeAssessment().target, how: t } }
    })
  },
  { name: 'timeline entry', build: (t) => ({ ...base(t), timeline: t }) },
  {
    name: 'service name',
    configured: (t) => ({ incident: { service: t }, sources: [MINIMAL_SOURCE] }),
    build: (t) => ({ ...base(t), service: t })
  }
];

interface Output {
  where: string;
  markdown: string;
  limit: number;
  /** Titles are plain text, not markdown: only their length and bidi controls matter. */
  plain?: boolean;
}

/** Every body the tool writes to GitHub from these inputs, with GitHub's limit for it. */
function outputs(input: ReturnType<Position['build']>): Output[] {
  const at = '2026-11-23T12:05:00.000Z';
  const state = withTimeline(emptyState(input.facts.environment, input.service, at), {
    at,
    kind: 'opened',
    text: input.timeline
  });
  const incident = renderIncident({
    key: { environment: input.facts.environment, service: input.service },
    verdict: input.verdict,
    assessment: input.assessment,
    facts: input.facts,
    state,
    rollback: null,
    run: { runId: 77, attempt: 1, kind: 'opened' },
    serviceInTitle: true
  });
  const summary = renderVerifyMarkdown(input.verdict, input.facts, input.assessment);
  const cut = "\n\n… (cut to fit GitHub's 65,535-character limit; the job summary has the full report)";
  return [
    { where: 'job summary', markdown: summary, limit: 1024 * 1024 },
    {
      where: 'check run (verify)',
      markdown: truncateWithNote(summary, CHECK_OUTPUT_LIMIT, cut),
      limit: CHECK_OUTPUT_LIMIT
    },
    {
      where: 'check run (assessment)',
      markdown: truncateWithNote(
        renderAssessmentMarkdown(input.assessment, { repoUrl: input.facts.repoUrl }),
        CHECK_OUTPUT_LIMIT,
        cut
      ),
      limit: CHECK_OUTPUT_LIMIT
    },
    { where: 'issue body', markdown: incident.body, limit: MAX_BODY },
    { where: 'issue title', markdown: incident.title, limit: 256, plain: true },
    {
      where: 'issue comment',
      markdown: failureComment(input.verdict, input.facts, input.assessment),
      limit: MAX_BODY
    }
  ];
}

/** A harmless string of the same length and line structure. */
function harmless(text: string): string {
  return text.replace(/[^\n]/g, 'x');
}

function toHtml(markdown: string): string {
  const result = spawnSync(
    'cmark-gfm',
    ['--unsafe', '-e', 'table', '-e', 'strikethrough', '-e', 'autolink', '-e', 'tagfilter'],
    {
      input: markdown,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024
    }
  );
  if (result.error || result.status !== 0)
    throw new Error(
      `cmark-gfm failed (${result.error?.message ?? result.stderr}); install cmark-gfm (see .ci/run)`
    );
  return result.stdout;
}

function tagCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  // GitHub links every URL in text, whoever wrote it: a link whose text is its own http(s)
  // address is not markup the string brought in (a javascript: one would be).
  const withoutAutolinks = html.replace(
    /<a href="(https?:[^"]*)">([^<]*)<\/a>/g,
    (whole, href: string, text: string) =>
      href.replace(/&amp;/g, '&') === text.replace(/&amp;/g, '&') ? text : whole
  );
  for (const match of withoutAutolinks.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)) {
    const tag = match[0].startsWith('</') ? `/${match[1]!.toLowerCase()}` : match[1]!.toLowerCase();
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
}

function mentions(html: string, plain: boolean): number {
  const text = plain ? html : html.replace(/<(code|pre)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
  return [...text.matchAll(/(^|[^\w\u200d`])@[A-Za-z0-9][-A-Za-z0-9/]*/g)].length;
}

function withoutComments(html: string): string {
  return html.replace(/<!--[\s\S]*?-->/g, '');
}

const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const DANGEROUS_ATTRIBUTE = /<[^>]*\s(on[a-z]+\s*=|href\s*=\s*["']?\s*javascript:)/i;

export interface HostileResult {
  strings: number;
  positions: number;
  renders: number;
  pinged: number;
  injected: number;
  overLimit: number;
  problems: string[];
}

export async function runHostileCorpus(log: (line: string) => void): Promise<HostileResult> {
  const problems: string[] = [];
  const pinged = new Set<string>();
  const injected = new Set<string>();
  const overLimit = new Set<string>();
  let renders = 0;
  let refused = 0;
  for (const text of HOSTILE) {
    const label = JSON.stringify(text.length > 40 ? `${text.slice(0, 37)}...` : text);
    for (const position of POSITIONS) {
      if (position.configured && !accepted(position.configured(text))) {
        refused += 1;
        continue;
      }
      const hostileOut = outputs(position.build(text));
      const harmlessOut = outputs(position.build(harmless(text)));
      hostileOut.forEach((out, i) => {
        const other = harmlessOut[i]!;
        renders += 1;
        const where = `${label} as ${position.name} in the ${out.where}`;
        if (out.markdown.length > out.limit) {
          overLimit.add(text);
          problems.push(`${where}: ${out.markdown.length} characters, over the ${out.limit} limit`);
        }
        // A title is plain text on GitHub: it neither renders markup nor notifies a mention.
        const html = out.plain ? out.markdown : toHtml(out.markdown);
        if (BIDI.test(withoutComments(html))) {
          injected.add(text);
          problems.push(`${where}: a bidirectional control character reaches the text`);
        }
        if (out.plain) return;
        const reference = toHtml(other.markdown);
        if (mentions(html, false) > mentions(reference, false)) {
          pinged.add(text);
          problems.push(`${where}: an @mention`);
        }
        const a = tagCounts(html);
        const b = tagCounts(reference);
        const changed = [...new Set([...a.keys(), ...b.keys()])].filter(
          (tag) => (a.get(tag) ?? 0) !== (b.get(tag) ?? 0)
        );
        // Hidden markers live in HTML comments: text inside them is inert unless it closes one.
        const closes = (h: string) => h.split('-->').length;
        if (closes(html) !== closes(reference)) changed.push('-->');
        if (changed.length > 0 || DANGEROUS_ATTRIBUTE.test(withoutComments(html))) {
          injected.add(text);
          problems.push(
            `${where}: markup changed (${changed.slice(0, 6).join(', ') || 'a dangerous attribute'})`
          );
        }
      });
    }
  }
  log(
    `  ${HOSTILE.length} strings x ${POSITIONS.length} positions: ${renders} outputs rendered as GitHub renders them, ${refused} refused by the configuration`
  );
  return {
    strings: HOSTILE.length,
    positions: POSITIONS.length,
    renders,
    pinged: pinged.size,
    injected: injected.size,
    overLimit: overLimit.size,
    problems
  };
}
