/**
 * A fake of Sentry's organization events and sessions endpoints on 127.0.0.1, answering as
 * Sentry does: `Authorization: Bearer`, `Link` cursor pagination with `results="true|false"`,
 * `X-Sentry-Rate-Limit-*` headers, `{"detail": ...}` errors. When Sentry's own description is at
 * hand (test/support/vendor-models/sentry.ts), every request and answer is checked against it and
 * departures land in `violations`.
 *
 * Data: `events(dataset, release, from, to)` counts events of a release in [from, to) (errors, or
 * transactions for `spans` with `is_transaction:true`); `crashFree(release)` is a release's rate.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadSentryDescription, type SentryDescription } from './vendor-models/sentry.js';

export type SentryFault =
  | { kind: 'rate-limited'; resetInSeconds: number }
  | { kind: 'status'; status: number; detail?: string }
  | { kind: 'hang' };

export interface FakeSentry {
  url: string;
  token: string;
  organization: string;
  releases: string[];
  requests: { path: string; query: URLSearchParams; headers: IncomingMessage['headers'] }[];
  violations: string[];
  description: SentryDescription | undefined;
  events: (dataset: string, release: string, from: number, to: number) => number;
  crashFree: (release: string) => number | undefined;
  /** Rows per page of the events table. */
  pageSize: number;
  fault: (nth: number) => SentryFault | undefined;
  close(): Promise<void>;
}

export async function startFakeSentry(): Promise<FakeSentry> {
  const fake: FakeSentry = {
    url: '',
    token: 'sntrys_fake_token_0123456789abcdef',
    organization: 'acme',
    releases: ['shop@1.0.0', 'shop@1.1.0'],
    requests: [],
    violations: [],
    description: loadSentryDescription(),
    events: () => 0,
    crashFree: () => undefined,
    pageSize: 100,
    fault: () => undefined,
    close: async () => {}
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', fake.url || 'http://fake');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
    fake.requests.push({ path: url.pathname, query: url.searchParams, headers: req.headers });
    const nth = fake.requests.length;
    if (req.headers.authorization !== `Bearer ${fake.token}`) return send(401, { detail: 'Invalid token' });
    const fault = fake.fault(nth);
    if (fault?.kind === 'hang') return;
    const limits = { 'x-sentry-rate-limit-limit': '40', 'x-sentry-rate-limit-concurrentlimit': '25' };
    if (fault?.kind === 'rate-limited') {
      return send(
        429,
        { detail: 'You are attempting to use this endpoint too frequently.' },
        {
          ...limits,
          'x-sentry-rate-limit-remaining': '0',
          'x-sentry-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + fault.resetInSeconds)
        }
      );
    }
    if (fault?.kind === 'status') return send(fault.status, { detail: fault.detail ?? 'Internal Error' });
    const problems = fake.description?.checkRequest(url.pathname, url.searchParams) ?? [];
    if (problems.length > 0) {
      fake.violations.push(...problems);
      return send(400, { detail: problems.join('; ') });
    }
    const base = `/api/0/organizations/${fake.organization}`;
    let body: unknown;
    let headers: Record<string, string> = {};
    if (url.pathname === `${base}/events/`) ({ body, headers } = eventsTable(url));
    else if (url.pathname === `${base}/sessions/`) body = sessions(url);
    else return send(404, { detail: 'The requested resource does not exist' });
    fake.violations.push(
      ...(fake.description?.checkResponse(url.pathname, body) ?? []).map((p) => `(answer) ${p}`)
    );
    send(200, body, { ...limits, 'x-sentry-rate-limit-remaining': '39', ...headers });
  });

  function window(url: URL): [number, number] {
    return [Date.parse(url.searchParams.get('start') ?? ''), Date.parse(url.searchParams.get('end') ?? '')];
  }

  /** The releases a query names (`release:[a,b]` or `release:a`), or all of them. */
  function releasesIn(query: string): string[] {
    const list = /release:\[([^\]]*)\]/.exec(query)?.[1] ?? /release:(\S+)/.exec(query)?.[1];
    if (list === undefined) return fake.releases;
    return list.split(',').map((r) => r.trim().replace(/^"|"$/g, ''));
  }

  function eventsTable(url: URL) {
    const dataset = url.searchParams.get('dataset') ?? '';
    const query = url.searchParams.get('query') ?? '';
    if (dataset === 'spans' && !/is_transaction:true/.test(query))
      fake.violations.push('spans counted without is_transaction:true');
    const [from, to] = window(url);
    const rows = releasesIn(query)
      .map((release) => ({ release, 'count()': fake.events(dataset, release, from, to) }))
      .filter((row) => row['count()'] > 0);
    const cursor = Number(url.searchParams.get('cursor')?.split(':')[1] ?? 0);
    const page = rows.slice(cursor, cursor + fake.pageSize);
    const more = cursor + fake.pageSize < rows.length;
    const next = new URL(url);
    next.searchParams.set('cursor', `0:${cursor + fake.pageSize}:0`);
    const link = `<${next.toString()}>; rel="next"; results="${more}"; cursor="0:${cursor + fake.pageSize}:0"`;
    return {
      body: { data: page, meta: { fields: { release: 'string', 'count()': 'integer' }, units: {}, dataset } },
      headers: { link }
    };
  }

  function sessions(url: URL) {
    const [from, to] = window(url);
    const groups = releasesIn(url.searchParams.get('query') ?? '')
      .map((release) => ({ release, rate: fake.crashFree(release) }))
      .filter((g) => g.rate !== undefined)
      .map((g) => ({
        by: { release: g.release },
        totals: { 'crash_free_rate(session)': g.rate! },
        series: { 'crash_free_rate(session)': [g.rate!] }
      }));
    return {
      start: new Date(from).toISOString(),
      end: new Date(to).toISOString(),
      intervals: [new Date(from).toISOString()],
      groups,
      query: url.searchParams.get('query') ?? ''
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
