/**
 * `postflight assess --base <ref> --head <ref>`: the rollback assessment of a local range, as JSON
 * or as a readable report. The lead's CLI parses argv and calls runAssessCommand.
 */
import { ASSESS_DEFAULTS } from '../config/defaults.js';
import { loadConfig } from '../config/load.js';
import { localChangeSet } from '../git/local.js';
import { assess, type AssessDeps } from './assess.js';
import { renderAssessmentText } from './render-text.js';
import { categoryOf, summaryOf } from './summary.js';
import type { Assessment, RollbackSafety, RollbackTarget } from './types.js';

export interface AssessCommandArgs {
  repo: string;
  base: string;
  head: string;
  configFile?: string;
  json: boolean;
  /** Text report: list every finding rather than a page. */
  verbose?: boolean;
}

interface AssessSettings {
  criticalPaths: string[];
  migrationGlobs: string[];
  contractGlobs: string[];
  lockstepClients: boolean;
  failOn: 'never' | 'unsafe' | 'caution';
}

const NO_SETTINGS: AssessSettings = {
  criticalPaths: [],
  migrationGlobs: [],
  contractGlobs: [],
  lockstepClients: false,
  failOn: ASSESS_DEFAULTS.failOn
};

/**
 * The `assess` section of the config file, through the same loader as every job (so errors name
 * the key, the line and what was expected); a file without `sources:` is fine here.
 */
export async function readAssessSettings(configFile: string): Promise<AssessSettings> {
  const { config } = await loadConfig({
    file: configFile,
    inputs: {},
    env: process.env,
    cwd: process.cwd(),
    requireSources: false
  });
  return {
    criticalPaths: config.assess.criticalPaths,
    migrationGlobs: config.assess.migrations,
    contractGlobs: config.assess.contracts,
    lockstepClients: config.assess.lockstepClients ?? false,
    failOn: config.assess.failOn
  };
}

/**
 * The JSON contract of `postflight assess --json`: exactly these keys, in this order. The keys of
 * the first release stay as they were; `category`, `framework`, `dialect`, `evidenceDetail` and
 * `summary` came after them (null where they do not apply).
 */
export function assessmentJson(a: Assessment): string {
  const shape = {
    verdict: a.verdict,
    migrationsChanged: a.migrationsChanged,
    contractsChanged: a.contractsChanged,
    target: { ref: a.target.ref, sha: a.target.sha },
    factors: a.factors.map((f) => ({
      kind: f.kind,
      severity: f.severity,
      path: f.path,
      line: f.line,
      commit: f.commit,
      detail: f.detail,
      recommendation: f.recommendation,
      category: categoryOf(f),
      framework: f.framework ?? null,
      dialect: f.dialect ?? null,
      evidenceDetail: f.evidenceDetail ?? null
    })),
    summary: summaryOf(a.factors)
  };
  return `${JSON.stringify(shape, null, 2)}\n`;
}

function fails(verdict: RollbackSafety, failOn: AssessSettings['failOn']): boolean {
  if (failOn === 'never') return false;
  return verdict === 'unsafe' || (failOn === 'caution' && verdict === 'caution');
}

/**
 * Exit codes: 0 when the verdict does not reach `assess.fail-on` (default `never`), 1 when it
 * does, 2 when the command could not run (bad ref, bad config); the message says which input.
 */
export async function runAssessCommand(
  args: AssessCommandArgs,
  deps: AssessDeps = {}
): Promise<{ output: string; exitCode: number }> {
  try {
    for (const key of ['repo', 'base', 'head'] as const) {
      if (typeof args[key] !== 'string' || args[key].trim() === '')
        throw new Error(
          `--${key} is required (a ${key === 'repo' ? 'path to a git working copy' : 'ref or SHA'})`
        );
    }
    const settings = args.configFile ? await readAssessSettings(args.configFile) : NO_SETTINGS;
    const changes = await localChangeSet({ repo: args.repo, base: args.base, head: args.head });
    try {
      const target: RollbackTarget = {
        ref: args.base,
        sha: changes.base,
        how: 'given as --base',
        skipped: []
      };
      const assessment = await assess(changes, target, settings, deps);
      return {
        output: args.json
          ? assessmentJson(assessment)
          : renderAssessmentText(assessment, { verbose: args.verbose === true }),
        exitCode: fails(assessment.verdict, settings.failOn) ? 1 : 0
      };
    } finally {
      changes.close();
    }
  } catch (error) {
    return {
      output: `postflight assess: ${error instanceof Error ? error.message : String(error)}\n`,
      exitCode: 2
    };
  }
}
