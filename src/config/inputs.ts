/**
 * The action's inputs and outputs, kept here so action.yml, the loader and the jobs agree (a test
 * checks action.yml against this list). Inputs the loader reads have no default in action.yml:
 * an input with a default would always be set and always override the file.
 */
import {
  ASSESS_DEFAULTS,
  DEFAULTS,
  DEFAULT_CONFIG_FILE,
  INCIDENT_DEFAULTS,
  REVERT_DEFAULTS
} from './defaults.js';
import type { ConfigPath } from './errors.js';

/** Descriptions quote the defaults from defaults.ts, so a changed default shows up in action.yml's test. */
const orDefault = (value: string | number | boolean) => `Default: \`${String(value)}\`.`;

/** How the loader turns an input's text into a value at `path` in the file structure. */
export type InputKind = 'string' | 'number' | 'boolean' | 'duration' | 'deploy-time' | 'shortcut';

export interface ActionInput {
  name: string;
  description: string;
  /** The default as action.yml writes it. */
  default?: string;
  /** `loader`: merged into the configuration. `job`: read by the jobs themselves. */
  readBy: 'loader' | 'job';
  kind?: InputKind;
  /** Where the value lands in the YAML structure (loader inputs other than shortcuts). */
  path?: ConfigPath;
}

const loader = (
  name: string,
  kind: InputKind,
  path: ConfigPath | undefined,
  description: string
): ActionInput => ({
  name,
  description,
  readBy: 'loader',
  kind,
  ...(path ? { path } : {})
});

export const ACTION_INPUTS: readonly ActionInput[] = [
  {
    name: 'mode',
    description:
      "Which job to run: `verify` (after a deploy), `watch` (on `schedule`: re-evaluate recent deployments from the sources' history), `assess` (rollback readiness of a change) or `triage` (slash commands in an incident issue).",
    default: 'verify',
    readBy: 'job'
  },
  {
    name: 'token',
    description: 'GitHub token for issues, statuses and check runs.',
    default: '${{ github.token }}',
    readBy: 'job'
  },
  {
    name: 'app-token',
    description:
      'A GitHub App token for revert pull requests, so that they trigger CI (pull requests opened with GITHUB_TOKEN do not).',
    readBy: 'job'
  },
  {
    name: 'deployment-id',
    description:
      'The GitHub deployment to attach statuses to; unset: the deployment of a `deployment` or `deployment_status` event, else none.',
    readBy: 'job'
  },
  loader(
    'config',
    'string',
    undefined,
    `Path of the configuration file. Default: \`${DEFAULT_CONFIG_FILE}\`, which may be absent when inputs define a source.`
  ),
  loader(
    'environment',
    'string',
    ['environment'],
    `Deployment environment being verified. ${orDefault(DEFAULTS.environment)}`
  ),
  loader(
    'window',
    'duration',
    ['window'],
    `Maximum observation time after the deploy, like \`10m\`. ${orDefault(DEFAULTS.window)}`
  ),
  loader('interval', 'duration', ['interval'], `Poll period, like \`30s\`. ${orDefault(DEFAULTS.interval)}`),
  loader(
    'baseline',
    'duration',
    ['baseline'],
    `Pre-deploy baseline window, like \`30m\`. ${orDefault(DEFAULTS.baseline)}`
  ),
  loader(
    'alpha',
    'number',
    ['alpha'],
    `Bound on the false-alarm probability over the whole window, in (0, 0.5). ${orDefault(DEFAULTS.alpha)}`
  ),
  loader(
    'tolerance',
    'number',
    ['tolerance'],
    `Error-rate ratio over the baseline that is still acceptable (>= 1). ${orDefault(DEFAULTS.tolerance)}`
  ),
  loader(
    'min-errors',
    'number',
    ['min-errors'],
    `Errors needed before a count signal can fail. ${orDefault(DEFAULTS.minErrors)}`
  ),
  loader(
    'on-inconclusive',
    'string',
    ['on-inconclusive'],
    `How an inconclusive verdict concludes: \`pass\`, \`fail\` or \`neutral\`. ${orDefault(DEFAULTS.onInconclusive)}`
  ),
  loader(
    'fail-on-fail',
    'boolean',
    ['fail-on-fail'],
    `Fail the step on a \`fail\` verdict. ${orDefault(DEFAULTS.failOnFail)}`
  ),
  loader(
    'dry-run',
    'boolean',
    ['dry-run'],
    `Decide and report in the log only: no issues, statuses or reverts. ${orDefault(DEFAULTS.dryRun)}`
  ),
  loader(
    'deploy-time',
    'deploy-time',
    ['deploy-time'],
    'The deploy moment: ISO 8601 timestamp, epoch seconds, or `deployment-status` (when the triggering deployment status was posted). Default: when the job starts.'
  ),
  loader('sha', 'string', ['sha'], 'The deployed commit. Default: the workflow SHA.'),
  loader('health-url', 'shortcut', undefined, 'Shortcut: adds an http source `health` checking this URL.'),
  loader(
    'prometheus-url',
    'shortcut',
    undefined,
    'Shortcut: with `errors-query` and `total-query`, adds a prometheus source `errors`.'
  ),
  loader(
    'errors-query',
    'shortcut',
    undefined,
    'PromQL counting errors in `$window`, for the `prometheus-url` shortcut.'
  ),
  loader(
    'total-query',
    'shortcut',
    undefined,
    'PromQL counting all requests in `$window`, for the `prometheus-url` shortcut.'
  ),
  loader(
    'target',
    'string',
    ['assess', 'target'],
    'Ref or SHA to assess rolling back to. Default: the last healthy deployment.'
  ),
  loader(
    'fail-on',
    'string',
    ['assess', 'fail-on'],
    `Fail the step when rollback safety is \`unsafe\` or \`caution\`; \`never\` only reports. ${orDefault(ASSESS_DEFAULTS.failOn)}`
  ),
  loader(
    'revert',
    'string',
    ['revert', 'mode'],
    `Automatic revert after a failed deploy when rollback is safe: \`off\`, \`dispatch\` or \`pull-request\`. ${orDefault(REVERT_DEFAULTS.mode)}`
  ),
  loader(
    'close-on-recovery',
    'boolean',
    ['incident', 'close-on-recovery'],
    `Close the open incident when a later deploy passes. ${orDefault(INCIDENT_DEFAULTS.closeOnRecovery)}`
  ),
  loader(
    'incident-on-inconclusive',
    'boolean',
    ['incident', 'on-inconclusive'],
    `Also open an incident issue on an inconclusive verdict. ${orDefault(INCIDENT_DEFAULTS.onInconclusive)}`
  ),
  loader(
    'watch-for',
    'duration',
    ['watch', 'for'],
    '`mode: watch`: how long after a deploy it keeps being re-evaluated, like `2h`. Default: `2h` once `watch` is configured.'
  ),
  loader(
    'watch-alpha-share',
    'number',
    ['watch', 'alpha-share'],
    'Share of `alpha` spent by `mode: watch` (the verify step spends the rest when `watch` is configured). Default: `0.5`.'
  ),
  loader(
    'max-reverts',
    'number',
    ['revert', 'max-per-day'],
    `At most this many automatic reverts per environment per day. ${orDefault(REVERT_DEFAULTS.maxPerDay)}`
  )
];

export const ACTION_OUTPUTS: readonly { name: string; description: string }[] = [
  { name: 'verdict', description: '`pass`, `fail` or `inconclusive`.' },
  { name: 'reason', description: 'The decision in one sentence, with its numbers.' },
  { name: 'report', description: 'Path of the JSON report.' },
  { name: 'rollback-safety', description: '`safe`, `caution` or `unsafe` (when an assessment ran).' },
  { name: 'rollback-target', description: 'The SHA a rollback would go back to.' },
  { name: 'incident', description: 'Number of the incident issue, when one was opened or updated.' }
];

export const LOADER_INPUTS = ACTION_INPUTS.filter((input) => input.readBy === 'loader');

const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);

/** true/false/yes/no/1/0, any case; `undefined` for anything else (the caller names the input). */
export function parseBooleanInput(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  return TRUE.has(word) ? true : FALSE.has(word) ? false : undefined;
}
