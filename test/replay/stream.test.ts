import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MAX_REPLAY_SIGNALS, replay, replayStream } from '../../src/replay/replay.js';
import { MAX_TRACE_LINE, parseTrace, quote, readTraceFile, TraceError } from '../../src/replay/trace.js';
import type { JudgeSettings } from '../../src/verdict/types.js';

const settings: JudgeSettings = {
  alpha: 0.05,
  tolerance: 1.1,
  windowMs: 600_000,
  minErrors: 5,
  maxConsecutiveErrors: 3
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postflight-trace-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function traceFile(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

async function streamError(file: string): Promise<TraceError> {
  try {
    await replayStream(settings, [], () => readTraceFile(file));
  } catch (error) {
    if (error instanceof TraceError) return error;
    throw error;
  }
  throw new Error('expected a TraceError');
}

function concurrentTrace(canaryErrors: number): string {
  const lines = ['# a comment', 't,signal,group,errors,total,value'];
  for (let t = -30; t <= 600; t += 10) {
    lines.push(`${t},http_5xx,canary,${canaryErrors},200,`, `${t},http_5xx,baseline,2,200,`);
    lines.push(`${t},p99,canary,,,${t > 0 ? 130 : 120}`);
  }
  return lines.join('\r\n') + '\r\n';
}

test.each([2, 12])(
  'a streamed file replays exactly as the same rows in memory (%p errors)',
  async (errors) => {
    const text = concurrentTrace(errors);
    const file = await traceFile(`same-${errors}.csv`, text);
    const streamed = await replayStream(settings, [], () => readTraceFile(file));
    const inMemory = replay(settings, [], parseTrace(text));
    expect(streamed).toEqual(inMemory);
    expect(streamed.inferred.map((s) => s.id)).toEqual(['http_5xx', 'p99']);
  }
);

test('a streamed trace must be in time order, and says where it is not', async () => {
  const file = await traceFile('unsorted.csv', 't,signal,errors,total\n10,a,0,10\n20,a,0,10\n15,a,0,10\n');
  const error = await streamError(file);
  expect(error.message).toBe(
    'trace line 4: t=15 comes after t=20; replay reads a trace in time order (sort the file by t)'
  );
});

test('more distinct signals than a replay judges is an error naming the line and the cap', async () => {
  const lines = ['t,signal,errors,total'];
  for (let i = 0; i <= MAX_REPLAY_SIGNALS; i++) lines.push(`10,req-${i},0,10`);
  const error = await streamError(await traceFile('many.csv', lines.join('\n')));
  expect(error.line).toBe(MAX_REPLAY_SIGNALS + 2);
  expect(error.message).toContain(
    `signal "req-${MAX_REPLAY_SIGNALS}" is signal number ${MAX_REPLAY_SIGNALS + 1}`
  );
  expect(error.message).toContain(`at most ${MAX_REPLAY_SIGNALS} distinct signals`);
});

test('a garbage header is quoted with escapes, never printed as raw bytes', async () => {
  const garbage = Buffer.concat([
    Buffer.from('t,signal,'),
    Buffer.from([0x00, 0x1b, 0x5b, 0x33, 0x31, 0x6d, 0xff, 0xfe, 0x07]),
    Buffer.from('\u202e\n')
  ]);
  const error = await streamError(await traceFile('garbage.csv', garbage));
  expect(error.message).toBe(
    'trace line 1, column 3 ("\\x00\\x1b[31m\\ufffd\\ufffd\\x07\\u202e"): unknown column; expected one of t, signal, group, errors, total, value, healthy, error'
  );
  const unprintable = [...error.message].filter((ch) => /[\p{Cc}\p{Cf}\p{Cs}\ufffd]/u.test(ch));
  expect(unprintable).toEqual([]);
});

test('a file without line breaks is refused at the line limit, not read whole', async () => {
  const error = await streamError(await traceFile('one-line.bin', Buffer.alloc(MAX_TRACE_LINE * 3, 0x41)));
  expect(error.message).toMatch(
    new RegExp(
      `^trace line 1: longer than ${MAX_TRACE_LINE} characters \\(is this a CSV trace\\?\\); starts with "A{60}"\\.\\.\\. \\(`
    )
  );
});

test('quote escapes quotes, backslashes and invisible characters, and cuts long text', () => {
  expect(quote('a"b\\c\u200bd')).toBe('"a\\"b\\\\c\\u200bd"');
  expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(60)}"... (100 characters)`);
  expect(quote('p99 latency µs')).toBe('"p99 latency µs"');
});
