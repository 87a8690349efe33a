/**
 * A fake of the Prometheus HTTP API's instant-query endpoint, faithful to the real shapes:
 * `GET|POST <prefix>/api/v1/query` with `query` and `time` (form-encoded for POST), answering
 * `{"status":"success","data":{"resultType":"vector"|"scalar","result":...},"warnings"?}` or the
 * error envelope `{"status":"error","errorType","error"}` with the status code Prometheus uses for
 * that errorType (bad_data 400, execution 422, canceled/timeout/unavailable 503, internal 500).
 * Sample values are strings, so NaN and +Inf travel as "NaN" and "+Inf" as they do for real.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type PromErrorType = 'bad_data' | 'execution' | 'canceled' | 'timeout' | 'unavailable' | 'internal';

export type FakeAnswer =
  | {
      vector: { metric: Record<string, string>; value: number | 'NaN' | '+Inf' | '-Inf' }[];
      warnings?: string[];
    }
  | { scalar: number | 'NaN' }
  | { matrix: true }
  | { error: PromErrorType; message: string }
  /** Not the API answering: a proxy or load balancer in front (plain text). */
  | { raw: number; body: string; headers?: Record<string, string> };

export interface RecordedQuery {
  method: string;
  path: string;
  contentType: string | undefined;
  authorization: string | undefined;
  headers: IncomingMessage['headers'];
  query: string;
  time: string | undefined;
}

export interface FakePrometheus {
  url: string;
  requests: RecordedQuery[];
  /** Decides each answer from the query text (and how many times it has been asked). */
  answer: (query: string, nth: number) => FakeAnswer;
  /** Forgets recorded requests and how often each query was asked. */
  reset(): void;
  close(): Promise<void>;
}

const ERROR_STATUS: Record<PromErrorType, number> = {
  bad_data: 400,
  execution: 422,
  canceled: 503,
  timeout: 503,
  unavailable: 503,
  internal: 500
};

const format = (v: number | string) => (typeof v === 'number' ? String(v) : v);

export async function startFakePrometheus(prefix = ''): Promise<FakePrometheus> {
  const asked = new Map<string, number>();
  const fake: FakePrometheus = {
    url: '',
    requests: [],
    answer: () => ({ vector: [] }),
    reset: () => {
      fake.requests.length = 0;
      asked.clear();
    },
    close: async () => {}
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      if (url.pathname !== `${prefix}/api/v1/query` || (req.method !== 'GET' && req.method !== 'POST')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('404 page not found\n');
        return;
      }
      const params =
        req.method === 'POST'
          ? new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
          : url.searchParams;
      if (
        req.method === 'POST' &&
        !(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
      ) {
        // Prometheus reads POST parameters from a form body only; a JSON body means no query at all.
        params.delete('query');
      }
      const query = params.get('query') ?? '';
      const time = params.get('time') ?? undefined;
      fake.requests.push({
        method: req.method,
        path: url.pathname,
        contentType: req.headers['content-type'],
        authorization: req.headers.authorization,
        headers: req.headers,
        query,
        time
      });
      const reply = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (query === '')
        return reply(400, {
          status: 'error',
          errorType: 'bad_data',
          error: 'invalid parameter "query": 1:1: parse error: no expression found in input'
        });
      const nth = (asked.get(query) ?? 0) + 1;
      asked.set(query, nth);
      const ts = time !== undefined ? Number(time) : Date.now() / 1000;
      let answer: FakeAnswer;
      try {
        answer = fake.answer(query, nth);
      } catch (error) {
        // A test's answer table missed this query: answer as Prometheus does for its own bugs.
        answer = { error: 'internal', message: (error as Error).message };
      }
      if ('raw' in answer)
        return void res
          .writeHead(answer.raw, { 'content-type': 'text/plain', ...answer.headers })
          .end(answer.body);
      if ('error' in answer)
        return reply(ERROR_STATUS[answer.error], {
          status: 'error',
          errorType: answer.error,
          error: answer.message
        });
      if ('matrix' in answer) {
        return reply(200, {
          status: 'success',
          data: {
            resultType: 'matrix',
            result: [
              {
                metric: {},
                values: [
                  [ts - 15, '1'],
                  [ts, '2']
                ]
              }
            ]
          }
        });
      }
      if ('scalar' in answer)
        return reply(200, {
          status: 'success',
          data: { resultType: 'scalar', result: [ts, format(answer.scalar)] }
        });
      reply(200, {
        status: 'success',
        data: {
          resultType: 'vector',
          result: answer.vector.map((s) => ({ metric: s.metric, value: [ts, format(s.value)] }))
        },
        ...(answer.warnings ? { warnings: answer.warnings } : {})
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
