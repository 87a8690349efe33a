/**
 * Every example under examples/ is a workflow or a config file a user copies as it is, so each is
 * checked as the action would meet it: the workflow's `with:` keys against action.yml, the config
 * against the published JSON Schema, and both together through the real configuration loader.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadConfig } from '../../src/config/load.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const examplesDir = path.join(root, 'examples');

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { 'runs-on'?: string; steps?: Step[]; if?: string }>;
}

const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string }>;
};
const modeInput = action.inputs.mode!.description;
/** The modes action.yml documents, e.g. "`verify` (after a deploy), `assess` ...". */
const documentedModes = [...modeInput.matchAll(/`([a-z]+)`/g)].map((m) => m[1]!);

/**
 * The least permissions each mode needs to do its work, as SECURITY.md lists them. A revert
 * needs more, and only the example that turns it on must ask for it.
 */
const NEEDED: Record<string, string[]> = {
  verify: ['contents', 'deployments', 'checks', 'issues'],
  assess: ['contents', 'checks'],
  triage: ['issues'],
  watch: ['contents', 'deployments', 'checks', 'issues']
};
const NEEDED_FOR_REVERT: Record<string, string[]> = {
  dispatch: ['actions'],
  'pull-request': ['contents', 'pull-requests']
};

/**
 * What a `${{ … }}` expression stands for when the example runs, by the input it feeds; an
 * input without an entry here must not use an expression (the test says which).
 */
const EXPRESSION_SAMPLES: Record<string, string> = {
  sha: 'a'.repeat(40),
  window: '10m',
  'health-url': 'https://preview-42.example.test/api/health',
  'app-token': 'ghs_exampletoken'
};

function listExamples(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) out.push(full);
    }
  };
  walk(examplesDir);
  return out.sort();
}

const files = listExamples();
const workflows = files.filter((f) => path.basename(f) !== 'postflight.yml');
const configs = files.filter((f) => path.basename(f) === 'postflight.yml');

function postflightSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? []).filter((step) => step.uses !== undefined && /(^\.\/?$|\/postflight@)/.test(step.uses))
  );
}

function inputsOf(step: Step): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [key, raw] of Object.entries(step.with ?? {})) {
    const value = String(raw);
    if (value.includes('${{')) {
      const sample = EXPRESSION_SAMPLES[key];
      if (sample === undefined)
        throw new Error(`input '${key}' uses an expression the test has no sample for`);
      inputs[key] = sample;
    } else inputs[key] = value;
  }
  // The action resolves this one from the deployment_status event before the loader sees it.
  if (inputs['deploy-time'] === 'deployment-status') inputs['deploy-time'] = '2026-12-01T10:00:00Z';
  return inputs;
}

describe('examples', () => {
  test('there is an example for each platform the README promises', () => {
    const folders = readdirSync(examplesDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders).toEqual(
      expect.arrayContaining([
        'kubernetes',
        'deployment-status',
        'ssh-or-fly',
        'gitops-argocd',
        'pr-check',
        'triage'
      ])
    );
    const index = readFileSync(path.join(examplesDir, 'README.md'), 'utf8');
    for (const folder of folders) expect(index).toContain(`(${folder}/`);
  });

  describe.each(workflows.map((f) => [path.relative(root, f), f]))('%s', (_name, file) => {
    const workflow = parse(readFileSync(file, 'utf8')) as Workflow;
    const steps = postflightSteps(workflow);

    test('is a workflow with a trigger, permissions and a Postflight step', () => {
      expect(workflow.on).toBeDefined();
      expect(workflow.permissions).toBeDefined();
      for (const job of Object.values(workflow.jobs)) expect(job['runs-on']).toEqual(expect.any(String));
      expect(steps.length).toBeGreaterThan(0);
    });

    test('passes only inputs action.yml declares, and a mode it documents', () => {
      for (const step of steps) {
        const unknown = Object.keys(step.with ?? {}).filter((key) => !(key in action.inputs));
        expect(unknown).toEqual([]);
        const mode = String(step.with?.mode ?? 'verify');
        expect(documentedModes).toContain(mode);
      }
    });

    test('asks for the permissions its mode needs', () => {
      const granted = workflow.permissions ?? {};
      for (const step of steps) {
        const mode = String(step.with?.mode ?? 'verify');
        const revert = step.with?.revert as string | undefined;
        const needed = [...(NEEDED[mode] ?? []), ...(revert ? (NEEDED_FOR_REVERT[revert] ?? []) : [])];
        const missing = needed.filter((scope) => granted[scope] === undefined || granted[scope] === 'none');
        expect(missing).toEqual([]);
        for (const scope of NEEDED_FOR_REVERT[revert ?? ''] ?? []) expect(granted[scope]).toBe('write');
      }
    });

    test('loads through the real configuration loader with the config file beside it', async () => {
      const configFile = path.join(path.dirname(file), 'postflight.yml');
      for (const step of steps) {
        const inputs = inputsOf(step);
        const mode = inputs.mode ?? 'verify';
        const loaded = await loadConfig({
          inputs: existsSync(configFile) ? { ...inputs, config: configFile } : inputs,
          env: { PROM_TOKEN: 'prom-secret', GITHUB_SHA: 'b'.repeat(40) },
          cwd: root,
          requireSources: mode === 'verify'
        });
        if (mode === 'verify') expect(loaded.config.sources.length).toBeGreaterThan(0);
        // A dispatch revert starts a workflow that must declare the inputs Postflight passes.
        if (loaded.config.revert.mode === 'dispatch') {
          const target = path.join(path.dirname(file), loaded.config.revert.workflow ?? '');
          expect(existsSync(target)).toBe(true);
          const dispatched = parse(readFileSync(target, 'utf8')) as {
            on: { workflow_dispatch?: { inputs?: Record<string, unknown> } };
          };
          expect(Object.keys(dispatched.on.workflow_dispatch?.inputs ?? {})).toEqual(
            expect.arrayContaining(['ref', 'reason', 'incident'])
          );
        }
      }
    });
  });

  describe.each(configs.map((f) => [path.relative(root, f), f]))('%s', (_name, file) => {
    test('is valid against the published JSON Schema', () => {
      const schema = JSON.parse(
        readFileSync(path.join(root, 'schema/postflight.schema.json'), 'utf8')
      ) as object;
      const validate = new Ajv2020({ strict: false }).compile(schema);
      const valid = validate(parse(readFileSync(file, 'utf8')));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });
  });
});
