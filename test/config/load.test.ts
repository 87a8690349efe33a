import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configFromObject, loadConfig } from '../../src/config/load.js';
import { HTTP_SOURCE, load, loadError } from './helpers.js';

describe('reading the file', () => {
  let cwd: string;
  beforeEach(() => {
    cwd = mkdtempSync(path.join(tmpdir(), 'postflight-config-'));
  });
  afterEach(() => rmSync(cwd, { recursive: true, force: true }));

  const writeDefault = (text: string) => {
    mkdirSync(path.join(cwd, '.github'));
    writeFileSync(path.join(cwd, '.github', 'postflight.yml'), text);
  };

  test('reads .github/postflight.yml from the working directory', async () => {
    writeDefault(`window: 7m\n${HTTP_SOURCE}`);
    const { config } = await loadConfig({ inputs: {}, env: {}, cwd });
    expect(config.windowMs).toBe(420_000);
    expect(config.sources.map((s) => s.id)).toEqual(['web']);
  });

  test('a missing default file is fine when inputs define a source', async () => {
    const { config } = await loadConfig({
      inputs: { 'health-url': 'https://example.com/healthz', config: '' },
      env: {},
      cwd
    });
    expect(config.sources).toEqual([
      expect.objectContaining({ id: 'health', type: 'http', url: 'https://example.com/healthz' })
    ]);
  });

  test('no sources at all says how to add one', async () => {
    const error = await loadConfig({ inputs: {}, env: {}, cwd }).then(
      () => {
        throw new Error('expected an error');
      },
      (e: unknown) => e as Error
    );
    expect(error.message).toContain('no sources to watch: add a `sources:` list to .github/postflight.yml');
    expect(error.message).toContain('`health-url` input');
  });

  test('a missing file named by the config input is an error naming the input', async () => {
    await expect(
      loadConfig({ inputs: { config: 'ops/postflight.yml', 'health-url': 'https://x.test' }, env: {}, cwd })
    ).rejects.toThrow(/input 'config': config file `ops\/postflight.yml` not found/);
  });

  test('a missing file named by the caller is an error', async () => {
    await expect(loadConfig({ file: 'nope.yml', inputs: {}, env: {}, cwd })).rejects.toThrow(
      /config file `nope.yml` not found/
    );
  });

  test('the config input picks another file, and problems name that file', async () => {
    writeFileSync(path.join(cwd, 'custom.yml'), `alpha: 2\n${HTTP_SOURCE}`);
    await expect(loadConfig({ inputs: { config: 'custom.yml' }, env: {}, cwd })).rejects.toThrow(
      /custom\.yml:1:8: alpha: expected a number < 0\.5/
    );
  });
});

describe('action inputs', () => {
  test('inputs override the file, key by key', async () => {
    const file = `window: 5m\nalpha: 0.01\ndry-run: false\nrevert:\n  mode: pull-request\n  max-per-day: 3\n${HTTP_SOURCE}`;
    const { config } = await load(file, {
      inputs: {
        window: '20m',
        alpha: '0.02',
        tolerance: '1.1',
        'min-errors': '8',
        'dry-run': 'yes',
        'on-inconclusive': 'pass',
        environment: 'eu-west',
        sha: 'abcdef1',
        'max-reverts': '0',
        target: 'v1.0.0',
        'fail-on': 'caution',
        'close-on-recovery': 'TRUE',
        'incident-on-inconclusive': '1',
        'fail-on-fail': 'No'
      }
    });
    expect(config).toMatchObject({
      windowMs: 1_200_000,
      alpha: 0.02,
      tolerance: 1.1,
      minErrors: 8,
      dryRun: true,
      onInconclusive: 'pass',
      environment: 'eu-west',
      sha: 'abcdef1',
      failOnFail: false,
      assess: { target: 'v1.0.0', failOn: 'caution' },
      incident: { closeOnRecovery: true, onInconclusive: true },
      // The file's mode stays; only the count came from the input.
      revert: { mode: 'pull-request', maxPerDay: 0 }
    });
  });

  test('empty inputs are unset and leave the file alone', async () => {
    const { config } = await load(`window: 5m\n${HTTP_SOURCE}`, {
      inputs: { window: '', alpha: '  ', revert: '' }
    });
    expect(config.windowMs).toBe(300_000);
    expect(config.alpha).toBe(0.05);
    expect(config.revert.mode).toBe('off');
  });

  test.each([
    ['true', true],
    ['True', true],
    ['YES', true],
    ['1', true],
    ['false', false],
    ['no', false],
    ['0', false],
    ['FALSE', false]
  ])('boolean input %p is %p', async (text, value) => {
    expect((await load(HTTP_SOURCE, { inputs: { 'dry-run': text } })).config.dryRun).toBe(value);
  });

  test('a boolean input that is not one names the input and the accepted words', async () => {
    const error = await loadError(HTTP_SOURCE, { inputs: { 'dry-run': 'maybe', 'close-on-recovery': 'on' } });
    expect(error.problems.map((p) => p.origin)).toEqual([
      { kind: 'input', input: 'dry-run' },
      { kind: 'input', input: 'close-on-recovery' }
    ]);
    expect(error.message).toContain(`input 'dry-run': expected true, false, yes, no, 1 or 0, found "maybe"`);
  });

  test('invalid input values are reported against the input, not the file', async () => {
    const error = await loadError(`alpha: 0.01\n${HTTP_SOURCE}`, {
      inputs: {
        alpha: 'lots',
        window: 'a while',
        revert: 'sometimes',
        'max-reverts': '-1',
        'deploy-time': 'yesterday'
      }
    });
    const lines = error.message.split('\n').slice(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        `  - input 'alpha': expected a number, found "lots"`,
        expect.stringMatching(/^ {2}- input 'window': expected a duration like .*found "a while"$/),
        '  - input \'revert\' (revert.mode): expected one of `off`, `dispatch`, `pull-request`, found "sometimes"',
        "  - input 'max-reverts' (revert.max-per-day): expected a number >= 0, found -1",
        expect.stringMatching(/^ {2}- input 'deploy-time': expected an ISO 8601 timestamp/)
      ])
    );
    expect(lines).toHaveLength(5);
  });

  test('deploy-time takes an ISO timestamp or epoch seconds', async () => {
    expect(
      (await load(HTTP_SOURCE, { inputs: { 'deploy-time': '2026-03-01T10:00:00+02:00' } })).config.deployTime
    ).toBe(Date.UTC(2026, 2, 1, 8));
    expect((await load(HTTP_SOURCE, { inputs: { 'deploy-time': '1700000000' } })).config.deployTime).toBe(
      1_700_000_000_000
    );
  });

  test('job inputs are not the loader business', async () => {
    const { config } = await load(HTTP_SOURCE, {
      inputs: { mode: 'assess', token: 'ghs_x', 'deployment-id': '7' }
    });
    expect(config.sources).toHaveLength(1);
  });

  test('health-url adds a source, or overrides the url of the file source `health`', async () => {
    const added = await load(HTTP_SOURCE, { inputs: { 'health-url': 'https://example.com/ready' } });
    expect(added.config.sources.map((s) => [s.id, s.url])).toEqual([
      ['web', 'https://example.com/health'],
      ['health', 'https://example.com/ready']
    ]);
    const overridden = await load(
      'sources:\n  - id: health\n    type: http\n    url: https://old.test\n    probes: 3\n',
      {
        inputs: { 'health-url': 'https://new.test/health' }
      }
    );
    expect(overridden.config.sources).toEqual([
      expect.objectContaining({ id: 'health', url: 'https://new.test/health', probes: 3 })
    ]);
    expect(overridden.warnings).toEqual([
      "input 'health-url' overrides the url of source `health` in .github/postflight.yml"
    ]);
  });

  test('a bad health-url is reported against the input', async () => {
    const error = await loadError('', { inputs: { 'health-url': 'localhost:8080/health' } });
    expect(error.problems).toEqual([
      expect.objectContaining({ path: ['sources', 0, 'url'], origin: { kind: 'input', input: 'health-url' } })
    ]);
  });

  test('the prometheus shortcut adds a source `errors` from three inputs', async () => {
    const { config } = await load('', {
      inputs: {
        'prometheus-url': 'http://prom:9090',
        'errors-query': 'sum(errs)',
        'total-query': 'sum(reqs)'
      }
    });
    expect(config.sources).toEqual([
      expect.objectContaining({
        id: 'errors',
        type: 'prometheus',
        url: 'http://prom:9090',
        errors: 'sum(errs)',
        total: 'sum(reqs)'
      })
    ]);
  });

  test('the prometheus shortcut names each missing input', async () => {
    const error = await loadError('', { inputs: { 'prometheus-url': 'http://prom:9090' } });
    expect(error.problems.map((p) => p.origin)).toEqual(
      [
        { kind: 'input', input: 'errors-query' },
        { kind: 'input', input: 'total-query' },
        // Nothing was added, so there is nothing to watch either.
        { kind: 'general' }
      ].sort((a, b) => (a.kind === 'general' ? -1 : b.kind === 'general' ? 1 : 0))
    );
  });
});

describe('environment references and secrets', () => {
  const PROM = (auth: string) =>
    `sources:\n  - id: prom\n    type: prometheus\n    url: \${PROM_URL}\n${auth}    headers:\n      X-Api-Key: \${API_KEY}\n      Accept: application/json\n    errors: e\n    total: t\n`;

  test('references are filled from the environment and returned as secrets', async () => {
    const env = { PROM_URL: 'https://prom.example.com', API_KEY: 'k-123', PROM_PASSWORD: 'p@ss' };
    const auth = '    auth:\n      type: basic\n      username: "12345"\n      password: ${PROM_PASSWORD}\n';
    const { config, secrets, warnings } = await load(PROM(auth), { env });
    const source = config.sources[0]!;
    expect(source.url).toBe('https://prom.example.com');
    expect(source.type === 'prometheus' && source.headers).toEqual({
      'X-Api-Key': 'k-123',
      Accept: 'application/json'
    });
    expect(source.type === 'prometheus' && source.auth).toEqual({
      type: 'basic',
      username: '12345',
      password: 'p@ss'
    });
    // The URL came from a variable whose name says nothing secret: it stays readable in logs.
    // The password is masked in every form the tool builds from it (URL-encoded, Basic auth's base64).
    const basic = Buffer.from('12345:p@ss').toString('base64');
    expect(secrets.sort()).toEqual(
      ['k-123', 'p@ss', 'p%40ss', '12345:p@ss', '12345%3Ap%40ss', basic, encodeURIComponent(basic)].sort()
    );
    expect(warnings).toEqual([]);
  });

  test('a reference to an unset or empty variable names it and its place', async () => {
    const error = await loadError(PROM(''), { env: { PROM_URL: '' } });
    expect(error.problems.map((p) => [p.path, p.origin, p.message])).toEqual([
      [
        ['sources', 0, 'url'],
        expect.objectContaining({ line: 4, column: 10 }),
        'environment variable `PROM_URL` is not set or empty (referenced as `${PROM_URL}`)'
      ],
      [
        ['sources', 0, 'headers', 'X-Api-Key'],
        expect.objectContaining({ line: 6 }),
        expect.stringContaining('`API_KEY`')
      ]
    ]);
  });

  test('a substituted value never appears in an error message', async () => {
    const error = await loadError(PROM(''), { env: { PROM_URL: 'not-a-url-but-secret', API_KEY: 'k' } });
    expect(error.message).toContain(
      'sources[0].url: expected an http:// or https:// URL, found the value of `${PROM_URL}`'
    );
    expect(error.message).not.toContain('not-a-url-but-secret');
  });

  test('$${ writes a literal ${ and is not a reference', async () => {
    const { config, secrets } = await load(`${HTTP_SOURCE}    body-contains: "$\${NOT_A_VAR} and \${V}"\n`, {
      env: { V: 'v1' }
    });
    expect(config.sources[0]).toMatchObject({ bodyContains: '${NOT_A_VAR} and v1' });
    expect(secrets).toEqual([]);
  });

  test('a reference is masked when its variable name says secret, wherever it is used', async () => {
    const text = `${HTTP_SOURCE}    body-contains: "\${SERVICE_NAME} \${CHECKOUT_API_KEY} \${DB_PASSWORD} \${X_TOKEN}"\n`;
    const env = { SERVICE_NAME: 'checkout', CHECKOUT_API_KEY: 'k-1', DB_PASSWORD: 'pw-2', X_TOKEN: 't-3' };
    const { secrets } = await load(text, { env });
    expect(secrets.sort()).toEqual(['k-1', 'pw-2', 't-3']);
  });

  test('secrets written in plain text are still masked, with a warning', async () => {
    const text = `sources:\n  - id: prom\n    type: prometheus\n    url: https://user:hunter2@prom.test\n    auth: {type: bearer, token: plain-token}\n    errors: e\n    total: t\n`;
    const { secrets, warnings } = await load(text);
    const basic = Buffer.from('user:hunter2').toString('base64');
    expect(secrets.sort()).toEqual(
      ['hunter2', 'user:hunter2', 'user%3Ahunter2', basic, 'plain-token'].sort()
    );
    expect(warnings).toEqual([
      expect.stringContaining('sources[0].url in .github/postflight.yml is a secret written in plain text'),
      expect.stringContaining(
        'sources[0].auth.token in .github/postflight.yml is a secret written in plain text'
      )
    ]);
  });

  test('harmless headers are not masked', async () => {
    const { secrets } = await load(
      `${HTTP_SOURCE}    headers: {Accept: application/json, Authorization: Basic abc}\n`
    );
    expect(secrets).toEqual(['Basic abc', 'Basic%20abc', 'Basic+abc']);
  });
});

describe('configFromObject', () => {
  test('fills defaults for a configuration built in code', async () => {
    const config = configFromObject({
      window: '2m',
      sources: [{ id: 'w', type: 'http', url: 'http://localhost:1/health' }]
    });
    expect(config.windowMs).toBe(120_000);
    expect(config.sources[0]).toMatchObject({ timeoutMs: 10_000, probes: 1 });
  });

  test('throws a ConfigError with key paths', async () => {
    expect(() => configFromObject({ sources: [{ id: 'w', type: 'http', url: 'nope' }] })).toThrow(
      /sources\[0\]\.url: expected an http:\/\/ or https:\/\/ URL, found "nope"/
    );
  });
});

describe('names that reach issue titles', () => {
  test('an environment name with a bidirectional override or over 255 characters is refused, naming the key', async () => {
    const bidi = await loadError(`environment: "prod\\u202Etxt"\n${HTTP_SOURCE}`);
    expect(bidi.message).toContain('environment: expected no control or bidirectional formatting characters');
    const long = await loadError(`environment: ${'e'.repeat(256)}\n${HTTP_SOURCE}`);
    expect(long.message).toContain('environment: expected at most 255 characters');
    const service = await loadError(`incident: {service: "a\\u2066b"}\n${HTTP_SOURCE}`);
    expect(service.message).toContain(
      'incident.service: expected no control or bidirectional formatting characters'
    );
  });
});
