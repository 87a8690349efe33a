/**
 * `postflight assess --base <ref> --head <ref>`: the rollback assessment of a local range, as JSON
 * or as a readable report. The lead's CLI parses argv and calls runAssessCommand.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { ASSESS_DEFAULTS } from '../config/defaults.js';
import { assessSchema } from '../config/schema.js';
import { localChangeSet } from '../git/local.js';
import { assess, type AssessDeps } from './assess.js';
import { renderAssessmentText } from './render-text.js';
import type { Assessment, RollbackSafety, RollbackTarget } from './types.js';

export interface AssessCommandArgs {
  repo: string;
  base: string;
  head: string;
  configFile?: string;
  json: boolean;
}

interface AssessSettings {
  criticalPaths: string[];
  migrationGlobs: string[];
  contractGlobs: string[];
  failOn: 'never' | 'unsafe' | 'caution';
}

const NO_SETTINGS: AssessSettings = { criticalPaths: [], migrationGlobs: [], contractGlobs: [], failOn: ASSESS_DEFAULTS.failOn };

/**
 * Only the `assess` section matters here, so it is validated alone with the config schema:
 * a file written for `verify` (sources and all) works, and so does one with only `assess:`.
 */
export async function readAssessSettings(configFile: string): Promise<AssessSettings> {
  let text: string;
  try {
    text = await readFile(configFile, 'utf8');
  } catch (error) {
    throw new Error(`config file ${configFile} could not be read: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new Error(`config file ${configFile} is not valid YAML: ${(error as Error).message}`);
  }
  if (data === null || data === undefined) return NO_SETTINGS;
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`config file ${configFile}: expected a mapping of keys at the top`);
  const section = (data as Record<string, unknown>).assess ?? {};
  const parsed = assessSchema.safeParse(section);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `assess${issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}: ${issue.message}`);
    throw new Error(`config file ${configFile}: ${problems.join('; ')}`);
  }
  return {
    criticalPaths: parsed.data['critical-paths'],
    migrationGlobs: parsed.data.migrations,
    contractGlobs: parsed.data.contracts,
    failOn: parsed.data['fail-on']
  };
}

/** The JSON contract of `postflight assess --json`: exactly these keys, in this order. */
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
      recommendation: f.recommendation
    }))
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
export async function runAssessCommand(args: AssessCommandArgs, deps: AssessDeps = {}): Promise<{ output: string; exitCode: number }> {
  try {
    for (const key of ['repo', 'base', 'head'] as const) {
      if (typeof args[key] !== 'string' || args[key].trim() === '') throw new Error(`--${key} is required (a ${key === 'repo' ? 'path to a git working copy' : 'ref or SHA'})`);
    }
    const settings = args.configFile ? await readAssessSettings(args.configFile) : NO_SETTINGS;
    const changes = await localChangeSet({ repo: args.repo, base: args.base, head: args.head });
    try {
      const target: RollbackTarget = { ref: args.base, sha: changes.base, how: 'given as --base', skipped: [] };
      const assessment = await assess(changes, target, settings, deps);
      return {
        output: args.json ? assessmentJson(assessment) : renderAssessmentText(assessment),
        exitCode: fails(assessment.verdict, settings.failOn) ? 1 : 0
      };
    } finally {
      changes.close();
    }
  } catch (error) {
    return { output: `postflight assess: ${error instanceof Error ? error.message : String(error)}\n`, exitCode: 2 };
  }
}
