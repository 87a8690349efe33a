/**
 * A fake of Datadog's v2 timeseries endpoint (`POST /api/v2/query/timeseries`) on 127.0.0.1.
 * Every request body is checked against Datadog's `TimeseriesFormulaQueryRequest` model and every
 * answer it builds against `TimeseriesFormulaQueryResponse` (test/support/vendor-models/datadog.ts);
 * a departure is recorded in `violations` and answered with a 400, as Datadog answers a bad body.
 *
 * Like Datadog, it rolls points up into buckets aligned to the interval (bucket start = a multiple
 * of it), from the bucket holding `from` to the one holding `to`, and answers one formula per
 * query with `query_index` pointing at the formula. Series data comes from `metrics`: a function
 * of the query text and a bucket's start that gives each group's value (`null`: no data).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { validateDatadog, type Violation } from './vendor-models/datadog.js';

export type GroupValues = Record<string, number | null>;

export type DatadogFault =
  | { kind: 'rate-limited'; resetSeconds: number }
  | { kind: 'status'; status: number; body?: string }
  | { kind: 'error-in-200'; message: string }
  | { kind: 'hang' }
  | { kind: 'malformed'; body: string };

export interface RecordedDatadogRequest {
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface FakeDatadog {
  url: string;
  apiKey: string;
  appKey: string;
  requests: RecordedDatadogRequest[];
  violations: Violation[];
  /** Values per group (`version:<v>` style keys for grouped queries, '' for ungrouped) at a bucket. */
  metrics: (query: string, bucketStart: number, interval: number) => GroupValues;
  /** A fault for the nth request (1-based), or none. */
  fault: (nth: number) => DatadogFault | undefined;
  close(): Promise<void>;
}

export async function startFakeDatadog(
  keys = { apiKey: 'dd-api-key-0123', appKey: 'dd-app-key-4567' }
): Promise<FakeDatadog> {
  const fake: FakeDatadog = {
    url: '',
    ...keys,
    requests: [],
    violations: [],
    metrics: () => ({}),
    fault: () => undefined,
    close: async () => {}
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const send = (status: number, body: unknown, headers: Record<string, string> = {}) =>
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
      if (
        req.method !== 'POST' ||
        new URL(req.url ?? '/', 'http://fake').pathname !== '/api/v2/query/timeseries'
      ) {
        send(404, { errors: ['Not found'] });
        return;
      }
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        send(400, { errors: ['Invalid JSON'] });
        return;
      }
      fake.requests.push({ headers: req.headers, body });
      const nth = fake.requests.length;
      if (req.headers['dd-api-key'] !== fake.apiKey || req.headers['dd-application-key'] !== fake.appKey) {
        send(403, { errors: ['Forbidden'] });
        return;
      }
      const fault = fake.fault(nth);
      if (fault?.kind === 'hang') return;
      if (fault?.kind === 'rate-limited') {
        send(
          429,
          { errors: ['Too many requests'] },
          {
            'x-ratelimit-limit': '100',
            'x-ratelimit-period': '60',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': String(fault.resetSeconds),
            'x-ratelimit-name': 'query_timeseries'
          }
        );
        return;
      }
      if (fault?.kind === 'status') {
        res
          .writeHead(fault.status, { 'content-type': 'application/json' })
          .end(fault.body ?? JSON.stringify({ errors: ['Internal Server Error'] }));
        return;
      }
      if (fault?.kind === 'malformed') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(fault.body);
        return;
      }
      const violations = validateDatadog(body, 'TimeseriesFormulaQueryRequest');
      if (violations.length > 0) {
        fake.violations.push(...violations);
        send(400, { errors: violations.map((v) => `${v.path}: ${v.message}`) });
        return;
      }
      const answer =
        fault?.kind === 'error-in-200'
          ? { errors: fault.message }
          : { data: evaluate(fake, body as Request) };
      const answerViolations = validateDatadog(answer, 'TimeseriesFormulaQueryResponse');
      fake.violations.push(...answerViolations.map((v) => ({ ...v, message: `(answer) ${v.message}` })));
      send(200, answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

interface Request {
  data: {
    attributes: {
      from: number;
      to: number;
      interval?: number;
      queries: { name: string; query: string }[];
      formulas?: { formula: string }[];
    };
  };
}

function evaluate(fake: FakeDatadog, body: Request) {
  const { from, to, queries } = body.data.attributes;
  const interval = body.data.attributes.interval ?? 60_000;
  const formulas = body.data.attributes.formulas ?? queries.map((q) => ({ formula: q.name }));
  const times: number[] = [];
  for (let t = Math.floor(from / interval) * interval; t < to; t += interval) times.push(t);
  const series: { group_tags: string[]; query_index: number; unit: null[] }[] = [];
  const values: (number | null)[][] = [];
  formulas.forEach((formula, index) => {
    const query = queries.find((q) => q.name === formula.formula);
    if (!query) throw new Error(`formula ${formula.formula} names no query`);
    const perGroup = new Map<string, (number | null)[]>();
    times.forEach((t, i) => {
      for (const [group, value] of Object.entries(fake.metrics(query.query, t, interval))) {
        const points = perGroup.get(group) ?? times.map(() => null);
        points[i] = value;
        perGroup.set(group, points);
      }
    });
    for (const [group, points] of perGroup) {
      series.push({ group_tags: group === '' ? [] : [group], query_index: index, unit: [null] });
      values.push(points);
    }
  });
  return { type: 'timeseries_response', attributes: { series, times, values } };
}
