import fc from 'fast-check';
import { renderIncident, MAX_BODY, incidentTitle } from '../../src/incident/render.js';
import { parseIncidentMarker, parseRunMarkers } from '../../src/incident/markers.js';
import { emptyState, parseStateBlock, withTimeline, withRevert } from '../../src/incident/state.js';
import { decideRevert } from '../../src/revert/policy.js';
import type { Assessment } from '../../src/assess/types.js';
import type { Verdict } from '../../src/verdict/types.js';
import {
  countSignal,
  facts,
  factor,
  failVerdict,
  inconclusiveVerdict,
  safeAssessment,
  unsafeAssessment,
  TARGET
} from './fixtures.js';

const key = { environment: 'production', service: 'shop' };
const at = '2026-11-23T12:05:00.000Z';

function render(
  verdict: Verdict,
  assessment: Assessment | null,
  extra: Partial<Parameters<typeof renderIncident>[0]> = {}
) {
  const state = withTimeline(emptyState('production', 'shop', at), {
    at,
    kind: 'opened',
    text: verdict.reason
  });
  const policy = {
    verdict: verdict.verdict,
    assessment,
    mode: 'pull-request' as const,
    incidentState: state,
    revertsToday: 0,
    maxPerDay: 1,
    trigger: 'command' as const
  };
  const rollback = {
    decision: decideRevert(policy),
    overridable: decideRevert({ ...policy, override: { by: 'admin', reason: 'checked' } }).allowed,
    mode: 'pull-request' as const
  };
  return renderIncident({
    key,
    verdict,
    assessment,
    facts: facts(),
    state,
    rollback,
    run: { runId: 77, attempt: 1, kind: 'opened' },
    ...extra
  });
}

describe('incident body', () => {
  it('opens with the three decision lines, then evidence, findings, advice, statistics, timeline', () => {
    const { body } = render(failVerdict(), safeAssessment());
    const order = [
      '**Broke:** `http:errors` errors 9.0% vs 0.50% before the deploy, ×18',
      '**Deploy:** `aaaaaaa` by octocat to `production` at 12:00 UTC, 23 Nov 2026',
      '**Do:** roll back to `bbbbbbb` (v1.4.1): comment `/rollback` on this issue.',
      '```mermaid',
      '### Signals',
      '### Rollback safety',
      '### What to do',
      '<summary>How it was decided</summary>',
      '### Timeline',
      '<!-- postflight:incident'
    ];
    const positions = order.map((s) => body.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Nothing but the three lines comes before the first chart.
    const paragraphs = body
      .slice(0, body.indexOf('```mermaid'))
      .split(/\n\n+/)
      .map((p) => p.replace(/<!-- postflight:[a-z-]+ -->\n?/g, '').trim())
      .filter(Boolean);
    expect(paragraphs).toHaveLength(3);
    expect(parseIncidentMarker(body)).toEqual(key);
    expect(parseRunMarkers(body)).toEqual([{ runId: 77, attempt: 1, kind: 'opened' }]);
    expect(parseStateBlock(body)?.timeline[0]?.kind).toBe('opened');
  });

  it('charts failing signals in view and folds the others, and links the deploy itself', () => {
    const { body } = render(failVerdict(), safeAssessment());
    const charts = [...body.matchAll(/```mermaid/g)].map((m) => m.index);
    expect(charts).toHaveLength(2);
    expect(charts[0]).toBeLessThan(body.indexOf('### Signals'));
    expect(charts[1]).toBeGreaterThan(body.indexOf('<summary>Charts of the other 1 signal(s)</summary>'));
    expect(body).toContain('title "http:errors: error rate (%)"');
    expect(body).toContain('[run](https://github.com/acme/shop/actions/runs/77)');
    expect(body).toContain(`[changes](https://github.com/acme/shop/compare/${TARGET}...`);
    expect(body).toContain(`[commit](https://github.com/acme/shop/commit/${'a'.repeat(40)})`);
    const withPr = render(failVerdict(), safeAssessment(), { prByCommit: { ['a'.repeat(40)]: 42 } }).body;
    expect(withPr).toContain('**Deploy:** `aaaaaaa` (#42) by octocat');
    expect(withPr).toContain('[PR #42](https://github.com/acme/shop/pull/42)');
  });

  it('gives exactly the rollback command when the policy allows it', () => {
    const safe = render(failVerdict(), safeAssessment()).body;
    expect(safe).toContain('Comment `/rollback` on this issue (write access needed)');
    // The manual route is folded, and it is the same rollback.
    const manual = safe.indexOf('<summary>The same by hand');
    expect(manual).toBeGreaterThan(safe.indexOf('### What to do'));
    expect(safe.indexOf(`git restore --source=${TARGET} --staged --worktree -- :/`)).toBeGreaterThan(manual);
    expect(safe).not.toContain('Do not roll back');
  });

  it('never offers a rollback command when rolling back is unsafe, and says what to do instead', () => {
    const { body } = render(failVerdict(), unsafeAssessment());
    const visible = body.slice(0, body.indexOf('<!-- postflight:incident'));
    expect(visible).toContain(
      '**Do not roll back:** drops column orders.email (20261120\\_drop\\_orders\\_email.rb:3).'
    );
    expect(visible).toContain('Instead, roll forward with a fix, or restore the column first.');
    expect(visible).toContain('**Do not roll back.**');
    expect(visible).not.toContain('/rollback');
    expect(visible).not.toMatch(/git (restore|push|revert)/);
    expect(visible).not.toContain('```sh');
  });

  it('when only Postflight may not revert (revert off), says to redeploy the safe target by hand', () => {
    const state = withTimeline(emptyState('production', 'shop', at), { at, kind: 'opened', text: 'x' });
    const decision = decideRevert({
      verdict: 'fail',
      assessment: safeAssessment(),
      mode: 'off',
      incidentState: state,
      revertsToday: 0,
      maxPerDay: 1,
      trigger: 'command'
    });
    const { body } = render(failVerdict(), safeAssessment(), {
      state,
      rollback: { decision, overridable: false, mode: 'off' }
    });
    expect(body).toContain('**Do not roll back:** revert is off');
    expect(body).toContain('Instead, redeploy bbbbbbb (v1.4.1) by hand');
    expect(body).not.toContain('`/rollback`');
  });

  it('calls signals that ended without a verdict undecided, with why, never pending', () => {
    const waiting = { ...countSignal('latency', 'pending'), reason: '' };
    const { body } = render(failVerdict([countSignal('http:errors', 'fail', true), waiting]), null);
    const visible = body.slice(0, body.indexOf('<!-- postflight:incident'));
    expect(visible).not.toMatch(/pending/);
    expect(visible).toMatch(/\| `latency` \| undecided \|/);
    expect(visible).toContain(
      '- `latency` undecided: the window ended before the evidence was strong enough'
    );
  });

  it('keeps a parser stack trace out of cells and lists: it goes folded under the table', () => {
    const assessment = unsafeAssessment();
    assessment.factors = [
      factor({
        detail:
          'could not parse the migration\nError: syntax error at or near "DROPP"\n    at Parser.parse (node_modules/pg/parser.js:120:11)'
      })
    ];
    const { body } = render(failVerdict(), assessment);
    const outsideBlocks = body.replace(/^(`{3,})[^]*?^\1$/gm, '');
    expect(outsideBlocks).not.toContain('Parser.parse');
    expect(body).toContain('<summary>parser output (line 3)</summary>');
    expect(body).toMatch(/```\ncould not parse the migration\nError: syntax error[^]*Parser\.parse[^]*\n```/);
    expect(body).toMatch(/\| \*\*blocker\*\* migration \| 3 \| could not parse the migration \|/);
  });

  it('links findings to file, line, commit and pull request', () => {
    const commit = 'c'.repeat(40);
    const { body } = render(failVerdict(), unsafeAssessment(), { prByCommit: { [commit]: 512 } });
    expect(body).toContain(
      `https://github.com/acme/shop/blob/${commit}/db/migrate/20261120_drop_orders_email.rb#L3`
    );
    expect(body).toContain(`https://github.com/acme/shop/commit/${commit}`);
    expect(body).toContain('[#512](https://github.com/acme/shop/pull/512)');
    expect(body).toMatch(/\*\*`db\/migrate\/20261120_drop_orders_email.rb`\*\* · \[file\]/);
  });

  it('titles and labels by what failed and how bad it is', () => {
    const fail = render(failVerdict(), safeAssessment());
    expect(fail.title).toBe('[postflight] production: http:errors failed');
    expect(fail.labels).toEqual(['incident', 'postflight', 'env:production', 'severity:critical']);
    const high = render(failVerdict([countSignal('latency', 'fail', false)]), null);
    expect(high.labels).toContain('severity:high');
    const unsure = render(inconclusiveVerdict(), null);
    expect(unsure.labels).toContain('severity:medium');
    expect(unsure.title).toContain('verification undecided: no traffic in the window');
  });

  it('escapes hostile text from commits, actors and reasons', () => {
    const hostile = '@org/security <img src=x onerror=alert(1)> | `x` ``` ghp_' + 'a'.repeat(36);
    const verdict = failVerdict([{ ...countSignal('http:errors', 'fail', true), reason: hostile }]);
    verdict.reason = hostile;
    const assessment = unsafeAssessment();
    assessment.factors = [factor({ detail: hostile, recommendation: hostile })];
    assessment.target.how = hostile;
    const { body } = render(verdict, assessment, {
      facts: facts({
        actor: '@evil',
        ref: 'main|x',
        runUrl: 'https://user:pw@ci.example.com/run?token=s3cret'
      })
    });
    expect(body.match(/.{0,40}@[A-Za-z].{0,20}/)?.[0] ?? null).toBeNull();
    expect(body).not.toContain('<img');
    expect(body).not.toContain('ghp_');
    expect(body).not.toContain('pw@');
    expect(body).not.toContain('s3cret');
    // Every table row keeps its column count: no unescaped pipe slipped in.
    for (const line of body.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.split(/(?<!\\)\|/).length;
      expect([5, 6]).toContain(cells);
    }
    // Fences stay balanced.
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it('shortens the least important parts first to fit 65,536 characters, and says so', () => {
    const signals = Array.from({ length: 40 }, (_, i) => countSignal(`signal-${i}`, 'fail', false, 40));
    const assessment = safeAssessment({
      verdict: 'caution',
      factors: [
        ...Array.from({ length: 400 }, (_, i) =>
          factor({ kind: 'config', severity: 'info', detail: `info ${i} ${'x'.repeat(1200)}` })
        ),
        factor({ kind: 'migration', severity: 'blocker', detail: 'the blocker that must stay' })
      ]
    });
    const { body, shortened } = render(failVerdict(signals), assessment);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY);
    expect(shortened[0]).toBe('charts beyond the first');
    expect(shortened).toContain('info findings');
    expect(body).toContain(
      "To stay within GitHub's 65,536-character limit this issue leaves out: charts beyond the first"
    );
    expect(body).toContain('the blocker that must stay');
    expect(body.match(/```mermaid/g)).toHaveLength(1);
    expect(parseStateBlock(body)).not.toBeNull();
  });

  it('cuts as a last resort but keeps the markers and state intact', () => {
    const signals = Array.from({ length: 3000 }, (_, i) =>
      countSignal(`signal-${i}-${'y'.repeat(20)}`, 'fail', false, 2)
    );
    const { body, shortened } = render(failVerdict(signals), null);
    expect(body.length).toBeLessThanOrEqual(MAX_BODY);
    expect(shortened).toContain('the end of the body');
    expect(parseIncidentMarker(body)).toEqual(key);
    expect(parseStateBlock(body)).not.toBeNull();
  });

  it('says a revert already started instead of offering another', () => {
    const state = withRevert(emptyState('production', 'shop', at), {
      at,
      target: TARGET,
      ref: 'v1.4.1',
      how: 'pull-request',
      trigger: 'automatic',
      by: null,
      override: null,
      outcome: 'started',
      detail: 'https://github.com/acme/shop/pull/9'
    });
    const { body } = render(failVerdict(), safeAssessment(), { state });
    expect(body).toContain('A revert to `bbbbbbbbbbbb` was started');
    expect(body).toContain('**Doing:** a revert to `bbbbbbb` started');
    expect(body).not.toContain('`/rollback`');
  });

  it('keeps titles on one line and short', () => {
    const title = incidentTitle(
      { environment: 'prod', service: '' },
      { ...failVerdict([]), reason: 'x\n'.repeat(300) }
    );
    expect(title).not.toContain('\n');
    expect(title.length).toBeLessThanOrEqual(200);
    expect(incidentTitle({ environment: 'prod', service: 'payments' }, failVerdict(), true)).toBe(
      '[postflight] prod (payments): http:errors failed'
    );
  });
});

describe('incident body under hostile text (property)', () => {
  const hostile = fc.string({
    unit: fc.constantFrom(
      '@',
      'a',
      'Z',
      '<',
      '>',
      '|',
      '`',
      '\n',
      '\\',
      '*',
      '-',
      '!',
      '[',
      ']',
      '(',
      ')',
      ' ',
      '#',
      '&',
      '~'
    ),
    maxLength: 60
  });

  it('never pings, never renders HTML, keeps tables and fences whole, and keeps its state readable', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (reason, detail, actor, how) => {
        const verdict = failVerdict([{ ...countSignal('http:errors', 'fail', true), reason }]);
        verdict.reason = reason;
        const assessment = unsafeAssessment();
        assessment.factors = [factor({ detail, recommendation: detail })];
        assessment.target.how = how;
        const { body } = render(verdict, assessment, { facts: facts({ actor, ref: actor }) });
        const visible = body.slice(0, body.indexOf('<!-- postflight:incident'));
        // Code blocks never link mentions and hold no table rows: the checks below skip them.
        const outsideBlocks = visible.replace(/^(`{3,})[^]*?^\1$/gm, '');
        expect(outsideBlocks).not.toMatch(/@[A-Za-z0-9]/);
        // Outside code (where `<reason>` is literal text) nothing may look like a tag.
        const prose = visible
          .replace(/<!-- postflight:[a-z-]+ -->/g, '')
          // Postflight's own fixed markup; user text never produces these.
          .replace(/<\/?(sub|details|summary|code)>/g, '')
          .replace(/\\./g, '')
          .replace(/(`+)[^`][^]*?\1/g, '');
        expect(prose).not.toMatch(/<[A-Za-z!/]/);
        for (const line of outsideBlocks.split('\n').filter((l) => l.startsWith('| '))) {
          expect([5, 6]).toContain(line.split(/(?<!\\)\|/).length);
        }
        expect((visible.match(/^`{3,}/gm) ?? []).length % 2).toBe(0);
        expect(parseStateBlock(body)?.timeline[0]?.text).toBeDefined();
      }),
      { numRuns: 200 }
    );
  });
});
