/**
 * A fake of CloudWatch's `GetMetricData` over the AWS JSON 1.0 protocol, on 127.0.0.1.
 *
 * Every request must carry `X-Amz-Target: GraniteServiceVersion20100801.GetMetricData` and a
 * SigV4 signature that the fake recomputes with an implementation independent of the client's
 * signer (`@smithy/signature-v4`, the AWS SDK's own) from the secret it knows; the body is checked
 * against the SDK's `GetMetricDataInput` shape and every answer against `GetMetricDataOutput`.
 * Departures are recorded in `violations` and answered as AWS answers them.
 *
 * Datapoints come from `datapoint(metric, dimensions, bucketStartMs, periodMs)` (undefined: no
 * datapoint). Like CloudWatch, results page with `NextToken` (`pageSize` datapoints per result per
 * page) and report `PartialData` on every page but the last.
 */
import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignatureV4 } from '@smithy/signature-v4';
import { cloudWatchShape, validateCloudWatch, type Violation } from './vendor-models/cloudwatch.js';

export type CloudWatchFault =
  | { kind: 'throttle' }
  | { kind: 'expired' }
  | { kind: 'status'; status: number }
  | { kind: 'partial-forever' }
  | { kind: 'hang' };

export interface FakeCloudWatch {
  url: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
  requests: { headers: IncomingMessage['headers']; body: unknown }[];
  violations: (Violation | string)[];
  datapoint: (
    metric: string,
    dimensions: Record<string, string>,
    bucketStart: number,
    periodMs: number
  ) => number | undefined;
  pageSize: number;
  fault: (nth: number) => CloudWatchFault | undefined;
  close(): Promise<void>;
}

function bytes(data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

class NodeSha256 {
  private readonly hash;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

export async function startFakeCloudWatch(): Promise<FakeCloudWatch> {
  const fake: FakeCloudWatch = {
    url: '',
    region: 'eu-west-1',
    credentials: {
      accessKeyId: 'ASIAFAKEACCESSKEY01',
      secretAccessKey: 'fake/secret+access/key0123456789',
      sessionToken: 'FwoGZXIvYXdzEFAKESESSIONTOKEN'
    },
    requests: [],
    violations: [],
    datapoint: () => undefined,
    pageSize: 1000,
    fault: () => undefined,
    close: async () => {}
  };
  const tokens = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => void handle(req, Buffer.concat(chunks).toString('utf8'), res));
  });

  async function handle(req: IncomingMessage, text: string, res: import('node:http').ServerResponse) {
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      res
        .writeHead(status, { 'content-type': 'application/x-amz-json-1.0', ...headers })
        .end(JSON.stringify(body));
    const awsError = (status: number, code: string, message: string) =>
      send(
        status,
        { __type: `com.amazonaws.cloudwatch#${code}`, message },
        { 'x-amzn-query-error': `${code};Sender` }
      );
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    fake.requests.push({ headers: req.headers, body });
    const nth = fake.requests.length;
    if (
      req.method !== 'POST' ||
      req.headers['x-amz-target'] !== 'GraniteServiceVersion20100801.GetMetricData'
    ) {
      fake.violations.push(
        `unexpected ${req.method} with X-Amz-Target ${String(req.headers['x-amz-target'])}`
      );
      awsError(400, 'UnknownOperationException', 'unknown operation');
      return;
    }
    if (req.headers['content-type'] !== 'application/x-amz-json-1.0')
      fake.violations.push(`content-type ${String(req.headers['content-type'])}`);
    const signature = await checkSignature(req, text);
    if (signature !== undefined) {
      fake.violations.push(signature);
      awsError(403, 'SignatureDoesNotMatch', signature);
      return;
    }
    const fault = fake.fault(nth);
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'throttle') return awsError(400, 'Throttling', 'Rate exceeded');
    if (fault?.kind === 'expired')
      return awsError(403, 'ExpiredToken', 'The security token included in the request is expired');
    if (fault?.kind === 'status') return send(fault.status, { message: 'Internal failure' });
    const problems = validateCloudWatch(body, cloudWatchShape('GetMetricDataInput'));
    if (problems.length > 0) {
      fake.violations.push(...problems);
      awsError(400, 'InvalidParameterValue', problems.map((p) => `${p.path}: ${p.message}`).join('; '));
      return;
    }
    const answer = evaluate(body as Input, fault?.kind === 'partial-forever');
    const answerProblems = validateCloudWatch(answer, cloudWatchShape('GetMetricDataOutput'));
    fake.violations.push(...answerProblems.map((p) => ({ ...p, message: `(answer) ${p.message}` })));
    send(200, answer);
  }

  async function checkSignature(req: IncomingMessage, body: string): Promise<string | undefined> {
    const authorization = String(req.headers.authorization ?? '');
    const match =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(
        authorization
      );
    if (!match) return `no SigV4 Authorization header (${authorization.slice(0, 40)})`;
    const [, keyId, , region, service, signedHeaders] = match;
    if (keyId !== fake.credentials.accessKeyId) return 'unknown access key';
    if (region !== fake.region || service !== 'monitoring')
      return `signed for ${region}/${service}, not ${fake.region}/monitoring`;
    if (req.headers['x-amz-security-token'] !== fake.credentials.sessionToken)
      return 'missing or wrong session token';
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
    if (!date) return 'no X-Amz-Date';
    const signingDate = new Date(
      Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +date[4]!, +date[5]!, +date[6]!)
    );
    const headers: Record<string, string> = {};
    for (const name of signedHeaders!.split(';')) headers[name] = String(req.headers[name] ?? '');
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const signer = new SignatureV4({
      credentials: fake.credentials,
      region: fake.region,
      service: 'monitoring',
      sha256: NodeSha256,
      applyChecksum: false
    });
    const expected = await signer.sign(
      {
        method: req.method ?? 'POST',
        protocol: 'http:',
        hostname: url.hostname,
        port: Number(url.port),
        path: url.pathname,
        query: {},
        headers,
        body
      },
      { signingDate }
    );
    const wanted = String(expected.headers.authorization ?? expected.headers.Authorization ?? '');
    return wanted === authorization ? undefined : 'the signature does not match';
  }

  interface Input {
    MetricDataQueries: {
      Id: string;
      MetricStat: {
        Metric: { MetricName: string; Dimensions?: { Name: string; Value: string }[] };
        Period: number;
      };
    }[];
    StartTime: number;
    EndTime: number;
    NextToken?: string;
  }

  function evaluate(input: Input, partialForever: boolean) {
    const offset = input.NextToken ? (tokens.get(input.NextToken) ?? 0) : 0;
    let more = false;
    const results = input.MetricDataQueries.map((q) => {
      const period = q.MetricStat.Period * 1000;
      const dimensions = Object.fromEntries(
        (q.MetricStat.Metric.Dimensions ?? []).map((d) => [d.Name, d.Value])
      );
      const timestamps: number[] = [];
      const values: number[] = [];
      for (
        let t = Math.floor((input.StartTime * 1000) / period) * period;
        t < input.EndTime * 1000;
        t += period
      ) {
        const v = fake.datapoint(q.MetricStat.Metric.MetricName, dimensions, t, period);
        if (v !== undefined) {
          timestamps.push(t / 1000);
          values.push(v);
        }
      }
      const page = {
        t: timestamps.slice(offset, offset + fake.pageSize),
        v: values.slice(offset, offset + fake.pageSize)
      };
      if (offset + fake.pageSize < timestamps.length) more = true;
      return {
        Id: q.Id,
        Label: q.MetricStat.Metric.MetricName,
        Timestamps: page.t,
        Values: page.v,
        StatusCode: 'Complete'
      };
    });
    const next = more || partialForever ? `token-${tokens.size + 1}` : undefined;
    if (next) tokens.set(next, offset + fake.pageSize);
    for (const r of results) if (next) r.StatusCode = 'PartialData';
    return { MetricDataResults: results, ...(next ? { NextToken: next } : {}), Messages: [] };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
