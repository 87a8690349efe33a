/**
 * A fake of New Relic's NerdGraph (`POST /graphql`, `API-Key`) for NRQL queries, on 127.0.0.1.
 *
 * New Relic publishes no machine-readable description small enough to carry here, so the fake
 * holds the slice of the NerdGraph schema that NRQL queries go through, written from New Relic's
 * documentation (`actor.account(id).nrql(query, timeout).results`, results being JSON rows), and
 * runs every request through the real `graphql` package against it: a query our client sends that
 * NerdGraph would reject fails validation here too, and is recorded in `violations`. Answers are
 * produced by GraphQL execution, so their envelope (`data`, `errors`) is GraphQL's own.
 *
 * The NRQL itself is read as far as Postflight writes it: `SINCE <ms> UNTIL <ms>`,
 * `FACET <attribute>`, `TIMESERIES <n> seconds`; rows come from `rows` per facet value and time
 * range, keyed by alias as NerdGraph keys them, with `facet` on faceted rows and
 * `beginTimeSeconds` / `endTimeSeconds` on TIMESERIES rows.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql, parse, validate, GraphQLError } from 'graphql';

const NERDGRAPH_NRQL_SLICE = /* GraphQL */ `
  "An NRQL query string."
  scalar Nrql
  "A number of seconds."
  scalar Seconds
  "One result row of an NRQL query: a JSON object keyed by alias."
  scalar NrdbResult

  type Query {
    actor: Actor
  }
  type Actor {
    account(id: Int!): Account
  }
  type Account {
    id: Int!
    nrql(query: Nrql!, timeout: Seconds, async: Boolean): NrdbResultContainer
  }
  type NrdbResultContainer {
    results: [NrdbResult]
  }
`;
const schema = buildSchema(NERDGRAPH_NRQL_SLICE);

export type NrqlValues = Record<string, number | null>;

export type NewRelicFault =
  | { kind: 'graphql-error'; message: string }
  | { kind: 'status'; status: number; body?: string; headers?: Record<string, string> }
  | { kind: 'hang' }
  | { kind: 'malformed'; body: string };

export interface RecordedNerdGraphRequest {
  headers: IncomingMessage['headers'];
  query: string;
  variables: Record<string, unknown>;
  nrql: string;
}

export interface FakeNewRelic {
  url: string;
  apiKey: string;
  accountId: number;
  requests: RecordedNerdGraphRequest[];
  violations: string[];
  /** Values by alias for one facet value ('' without FACET) over [from, to); undefined: no events. */
  rows: (facet: string, from: number, to: number) => NrqlValues | undefined;
  /** The facet values that have events. */
  facets: string[];
  fault: (nth: number) => NewRelicFault | undefined;
  /** Requests in flight right now, and the most there ever were at once. */
  inFlight: number;
  maxInFlight: number;
  /** Delay before answering, ms. */
  delayMs: number;
  close(): Promise<void>;
}

export async function startFakeNewRelic(
  apiKey = 'NRAK-FAKEKEY0123456789',
  accountId = 1234567
): Promise<FakeNewRelic> {
  const fake: FakeNewRelic = {
    url: '',
    apiKey,
    accountId,
    requests: [],
    violations: [],
    rows: () => undefined,
    facets: [''],
    fault: () => undefined,
    inFlight: 0,
    maxInFlight: 0,
    delayMs: 0,
    close: async () => {}
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      fake.inFlight++;
      fake.maxInFlight = Math.max(fake.maxInFlight, fake.inFlight);
      const done = (status: number, body: string, headers: Record<string, string> = {}) => {
        fake.inFlight--;
        res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
      };
      setTimeout(() => void answer(req, Buffer.concat(chunks).toString('utf8'), done), fake.delayMs);
    });
  });

  async function answer(
    req: IncomingMessage,
    text: string,
    done: (status: number, body: string, headers?: Record<string, string>) => void
  ) {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://fake').pathname !== '/graphql') {
      done(404, JSON.stringify({ errors: [{ message: 'Not Found' }] }));
      return;
    }
    let body: { query?: unknown; variables?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      done(400, JSON.stringify({ errors: [{ message: 'Invalid JSON' }] }));
      return;
    }
    const query = typeof body.query === 'string' ? body.query : '';
    const variables = (body.variables ?? {}) as Record<string, unknown>;
    const nrql = typeof variables.nrql === 'string' ? variables.nrql : '';
    fake.requests.push({ headers: req.headers, query, variables, nrql });
    const nth = fake.requests.length;
    if (req.headers['api-key'] !== fake.apiKey) {
      // NerdGraph answers a bad key inside a 200, as GraphQL errors.
      done(
        200,
        JSON.stringify({
          data: { actor: null },
          errors: [{ message: 'Invalid API key', extensions: { errorClass: 'UNAUTHENTICATED' } }]
        })
      );
      return;
    }
    const fault = fake.fault(nth);
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'status') {
      done(
        fault.status,
        fault.body ?? JSON.stringify({ errors: [{ message: 'Service unavailable' }] }),
        fault.headers
      );
      return;
    }
    if (fault?.kind === 'malformed') {
      done(200, fault.body);
      return;
    }
    let document;
    try {
      document = parse(query);
    } catch (error) {
      fake.violations.push(`query does not parse: ${(error as Error).message}`);
      done(200, JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      return;
    }
    const problems = validate(schema, document);
    if (problems.length > 0) {
      fake.violations.push(...problems.map((p) => p.message));
      done(200, JSON.stringify({ errors: problems.map((p) => ({ message: p.message })) }));
      return;
    }
    const rootValue = {
      actor: () => ({
        account: ({ id }: { id: number }) =>
          id !== fake.accountId
            ? null
            : {
                id,
                nrql: ({ query: text }: { query: string }) => {
                  if (fault?.kind === 'graphql-error') throw new GraphQLError(fault.message);
                  return { results: evaluate(fake, text) };
                }
              }
      })
    };
    const result = await graphql({ schema, source: query, rootValue, variableValues: variables });
    done(200, JSON.stringify(result));
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

function evaluate(fake: FakeNewRelic, nrql: string): Record<string, unknown>[] {
  const window = /\bSINCE\s+(\d+)\s+UNTIL\s+(\d+)/i.exec(nrql);
  if (!window) throw new GraphQLError(`NRQL Syntax Error: the fake needs SINCE <ms> UNTIL <ms> in: ${nrql}`);
  const from = Number(window[1]);
  const to = Number(window[2]);
  const facet = /\bFACET\s+(\S+)/i.exec(nrql)?.[1];
  const bucket = /\bTIMESERIES\s+(\d+)\s+seconds?/i.exec(nrql);
  const facets = facet ? fake.facets.filter((f) => f !== '') : [''];
  const ranges: [number, number][] = [];
  if (bucket) {
    const step = Number(bucket[1]) * 1000;
    for (let start = from; start < to; start += step) ranges.push([start, start + step]);
  } else ranges.push([from, to]);
  const rows: Record<string, unknown>[] = [];
  for (const [start, end] of ranges) {
    for (const value of facets) {
      const values = fake.rows(value, start, end);
      if (values === undefined) continue;
      rows.push({
        ...(bucket ? { beginTimeSeconds: start / 1000, endTimeSeconds: end / 1000 } : {}),
        ...(facet ? { facet: value, [facet]: value } : {}),
        ...values
      });
    }
  }
  return rows;
}
