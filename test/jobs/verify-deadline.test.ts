/**
 * The window is a deadline against real sockets: a health endpoint on 127.0.0.1 that stops
 * answering (or drips its answer a byte at a time) cannot hold the verdict past the window and
 * one interval, although each request may wait 8 s.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { configFromObject } from '../../src/config/index.js';
import { verifyJob } from '../../src/jobs/verify.js';
import { terminalIO } from '../../src/jobs/terminal-io.js';
import { createSources } from '../../src/sources/registry.js';
import { systemClock } from '../../src/verify/clock.js';
import { startServer, type LocalServer } from '../sources/local-server.js';

type Misbehaviour = (req: IncomingMessage, res: ServerResponse) => void;

const hang: Misbehaviour = () => {};
const drip: Misbehaviour = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  const timer = setInterval(() => res.write(' '), 100);
  res.on('close', () => clearInterval(timer));
};

let server: LocalServer | undefined;
afterEach(async () => {
  await server?.close();
});

test.each([
  ['hangs', hang],
  ['drips', drip]
])('a source that %s after its first answer is aborted at the deadline', async (_name, misbehave) => {
  const requests: IncomingMessage[] = [];
  const closed: IncomingMessage[] = [];
  server = await startServer((req, res) => {
    requests.push(req);
    if (requests.length === 1) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"UP"}');
      return;
    }
    req.socket.on('close', () => closed.push(req));
    misbehave(req, res);
  });
  const config = configFromObject({
    environment: 'staging',
    window: '2s',
    interval: '500ms',
    baseline: 0,
    sources: [{ id: 'web', type: 'http', url: `${server.url}/health`, timeout: '8s', retries: 0 }]
  });
  const files = new Map<string, string>();
  const outcome = await verifyJob({
    config,
    sources: await createSources(config.sources),
    clock: systemClock,
    io: terminalIO({ quiet: true }),
    facts: {},
    reportPath: 'report.json',
    writeFile: async (p, content) => void files.set(p, content)
  });
  // The hung request was abandoned and its connection is closed by the client, not left to its
  // 8 s timeout (were it left, this wait would outlast the test's time limit).
  expect(requests.length).toBeGreaterThanOrEqual(2);
  const hung = requests[1]!;
  await new Promise<void>((resolve) =>
    closed.includes(hung) ? resolve() : hung.socket.once('close', () => resolve())
  );
  expect(closed).toContain(hung);
  const last = outcome.report.observations.at(-1)!;
  expect(last.errors[0]?.message).toMatch(
    /^no answer by the verification deadline \(window 2s \+ one 0\.5s interval\)/
  );
  expect(outcome.verdict.verdict).not.toBe('pass');
  expect(files.has('report.json')).toBe(true);
});
