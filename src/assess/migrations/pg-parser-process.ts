/**
 * The client side of pg-parse-child.mjs: one child Node process running libpg-query with
 * `--liftoff-only` (why: see that file), started as soon as an assessment sees Postgres
 * migrations (sql-postgres.ts) and shared by every parse of the run. Requests are pipelined over stdin; the child is unreferenced while
 * idle, so it never keeps the action alive, and it ends with the parent (its stdin closes).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export type PgTree = {
  stmts?: { stmt: Record<string, unknown>; stmt_location?: number; stmt_len?: number }[];
};

export type PgParseAnswer =
  { ok: true; tree: PgTree } | { ok: false; message: string; cursorPosition: number | null };

interface Pending {
  resolve(answer: PgParseAnswer): void;
  reject(error: Error): void;
}

/** Beside this module in the sources, and in dist/chunks beside the chunk that holds it. */
const CHILD_SCRIPT = fileURLToPath(new URL('./pg-parse-child.mjs', import.meta.url));
/** How much of the child's stderr a failure quotes. */
const STDERR_TAIL = 2000;

export class PgParserProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stderr = '';
  private failure: Error | null = null;

  constructor(script = CHILD_SCRIPT) {
    this.child = spawn(process.execPath, ['--liftoff-only', script], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // It parses SQL and nothing else: tokens and credentials in the job's environment stay here.
      env: minimalEnv()
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-STDERR_TAIL);
    });
    createInterface({ input: this.child.stdout, crlfDelay: Infinity }).on('line', (line) =>
      this.answer(line)
    );
    this.child.on('error', (error) => this.fail(`could not start (${error.message})`));
    // 'close', not 'exit': it comes after stdout has been read to the end, so no answer the child
    // wrote before ending is lost to a spurious failure.
    this.child.on('close', (code, signal) =>
      this.fail(`exited (${signal ?? `code ${code}`})${this.stderr ? `: ${this.stderr.trim()}` : ''}`)
    );
    // A closed pipe surfaces as the close above; without a listener it would be thrown.
    this.child.stdin.on('error', () => undefined);
    this.idle();
  }

  /** The parse tree of `sql`, or the parser's error; rejects when the process itself failed. */
  parse(sql: string): Promise<PgParseAnswer> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const answer = new Promise<PgParseAnswer>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    if (this.pending.size === 1) this.busy();
    this.child.stdin.write(`${JSON.stringify({ id, sql })}\n`);
    return answer;
  }

  /** Ends the child (its stdin closes; it exits when the requests it has are answered). */
  close(): void {
    this.child.stdin.end();
  }

  private answer(line: string): void {
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return this.refuse(`answered something that is not JSON: ${line.slice(0, 200)}`);
    }
    if (parsed === null || typeof parsed !== 'object') {
      return this.refuse(`answered something that is not an answer: ${line.slice(0, 200)}`);
    }
    const answer = parsed as { id?: unknown } & Record<string, unknown>;
    const waiting = typeof answer.id === 'number' ? this.pending.get(answer.id) : undefined;
    // A request it did not answer would wait for ever: the protocol is broken, not one parse.
    if (!waiting) return this.refuse(`answered a request it was not asked (${line.slice(0, 200)})`);
    this.pending.delete(answer.id as number);
    if (this.pending.size === 0) this.idle();
    waiting.resolve(
      answer.ok === true
        ? { ok: true, tree: answer.tree as PgTree }
        : {
            ok: false,
            message: typeof answer.message === 'string' ? answer.message : 'the parser failed',
            cursorPosition: typeof answer.cursorPosition === 'number' ? answer.cursorPosition : null
          }
    );
  }

  /** A child that breaks the protocol is not trusted with another request. */
  private refuse(reason: string): void {
    this.fail(reason);
    this.child.kill();
  }

  private fail(reason: string): void {
    this.failure ??= new Error(`the Postgres parser process ${reason}`);
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
    this.idle();
  }

  /** While answers are awaited, the child and its output keep the event loop alive ... */
  private busy(): void {
    this.child.ref();
    handle(this.child.stdout).ref?.();
  }

  /** ... and while none are, they do not: an idle parser never holds the action open. */
  private idle(): void {
    this.child.unref();
    for (const stream of [this.child.stdout, this.child.stderr, this.child.stdin]) handle(stream).unref?.();
  }

  /** The child's process id (diagnostics: the benchmark reads its peak memory). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  get failed(): boolean {
    return this.failure !== null;
  }
}

function minimalEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of ['PATH', 'SystemRoot', 'SYSTEMROOT', 'TMPDIR', 'TEMP', 'TMP']) {
    if (process.env[name] !== undefined) env[name] = process.env[name];
  }
  return env;
}

/** A child's stdio streams are sockets over pipes: they can be (un)referenced like timers. */
function handle(stream: object): { ref?: () => void; unref?: () => void } {
  return stream as { ref?: () => void; unref?: () => void };
}
