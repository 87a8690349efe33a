/**
 * `npm run chaos`: the fault matrix for every source type, the secrets canary, the hostile-text
 * corpus. Prints the counts and exits non-zero when a count that must be zero is not.
 * Loopback only; bounded in runs (one per source type and fault) and in time (each run is
 * killed after a minute; the whole suite takes about a minute on 2 cores).
 */
import { runMatrix, type RunResult } from './matrix.js';
import { runHostileCorpus } from './hostile.js';
import { runCancellation } from './cancellation.js';

/** Every cancelled run must be reported (issue 14 item 10: SIGINT/SIGTERM write the report). */
const CANCELLATION_REQUIRED = true;

export async function main(cli: string, workDir: string): Promise<number> {
  const log = (line: string) => process.stdout.write(`${line}\n`);
  // CHAOS_ONLY=matrix|cancellation|hostile runs one part (while working on it); CI runs all.
  const only = process.env.CHAOS_ONLY;
  log('Fault matrix (postflight verify against loopback fault servers):');
  const runs = only && only !== 'matrix' ? [] : await runMatrix(cli, workDir, log);
  log('Cancellation (SIGTERM while polling):');
  const cancellation =
    only && only !== 'cancellation'
      ? { tried: 0, reported: 0, notes: [] }
      : await runCancellation(cli, workDir);
  for (const note of cancellation.notes) log(`  not reported: ${note}`);
  log('Hostile-text corpus (renderers of summaries, check runs, issues, comments):');
  const hostile =
    only && only !== 'hostile'
      ? { strings: 0, positions: 0, renders: 0, pinged: 0, injected: 0, overLimit: 0, problems: [] }
      : await runHostileCorpus(log);

  const faults = runs.filter((r) => r.expectation !== 'healthy');
  const endedPass = runs.filter((r) => r.expectation === 'must-not-pass' && r.verdict === 'pass');
  const controls = runs.filter((r) => r.expectation === 'healthy');
  const controlsFailed = controls.filter((r) => r.verdict !== 'pass');
  const noVerdict = runs.filter((r) => !/^(pass|fail|inconclusive)$/.test(r.verdict));
  const leaked = runs.filter((r) => r.leaks.length > 0);
  const pastDeadline = runs.filter((r) => r.pastDeadline);
  const crossOrigin = runs.reduce((n, r) => n + r.crossOriginCarried, 0);
  const crossOriginRequests = runs.reduce((n, r) => n + r.crossOriginRequests, 0);

  const counts: [string, number, boolean][] = [
    [`faults tried (${new Set(runs.map((r) => r.source)).size} source types)`, faults.length, false],
    ['faults that ended pass (where the data was not healthy)', endedPass.length, true],
    [
      `faults that passed on genuinely healthy data (allowed)`,
      faults.filter((r) => r.expectation === 'may-pass' && r.verdict === 'pass').length,
      false
    ],
    [`healthy controls that did not pass (of ${controls.length})`, controlsFailed.length, true],
    ['runs without a verdict (crash, kill)', noVerdict.length, true],
    ['secret hits (stdout, stderr, JSON report, summary)', leaked.length, true],
    [
      `cross-origin requests carrying configured headers or secrets (of ${crossOriginRequests})`,
      crossOrigin,
      true
    ],
    ['runs past the deadline (verdict later than window + one interval)', pastDeadline.length, true],
    [
      `cancelled runs reported: ${cancellation.reported} of ${cancellation.tried}; not reported`,
      cancellation.tried - cancellation.reported,
      CANCELLATION_REQUIRED
    ],
    [
      `hostile strings tried (x ${hostile.positions} positions, ${hostile.renders} renders)`,
      hostile.strings,
      false
    ],
    ['hostile strings that pinged', hostile.pinged, true],
    ['hostile strings that injected markup', hostile.injected, true],
    ["hostile strings that broke a body's limit", hostile.overLimit, true]
  ];
  log('');
  log('Counts:');
  for (const [label, value, mustBeZero] of counts) {
    log(`  ${label}: ${value}${mustBeZero && value !== 0 ? '   <-- must be 0' : ''}`);
  }
  const explain = (title: string, list: RunResult[], what: (r: RunResult) => string) => {
    if (list.length === 0) return;
    log(`${title}:`);
    for (const r of list) log(`  ${r.source} / ${r.fault}: ${what(r)}`);
  };
  explain('Ended pass', endedPass, (r) => r.reason);
  explain('Controls not passing', controlsFailed, (r) => r.reason);
  explain('No verdict', noVerdict, (r) => r.verdict);
  explain('Secret hits', leaked, (r) => r.leaks.join(', '));
  explain(
    'Cross-origin carried',
    runs.filter((r) => r.crossOriginCarried > 0),
    (r) => `${r.crossOriginCarried} requests`
  );
  explain('Past the deadline', pastDeadline, (r) =>
    r.verdictMs === undefined ? 'no report' : `verdict ${(r.verdictMs / 1000).toFixed(1)} s after the deploy`
  );
  for (const problem of hostile.problems.slice(0, Number(process.env.CHAOS_SHOW ?? 20)))
    log(`  hostile: ${problem}`);
  const failed = counts.filter(([, value, mustBeZero]) => mustBeZero && value !== 0);
  log(
    failed.length === 0
      ? 'chaos: every required zero is zero'
      : `chaos: ${failed.length} required zero(s) not zero`
  );
  return failed.length === 0 ? 0 : 1;
}
