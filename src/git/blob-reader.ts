import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { runGit } from './run.js';

/** Git's own binary test: a NUL byte in the first 8000 bytes. */
const BINARY_PROBE_BYTES = 8000;

export function looksBinary(content: Buffer): boolean {
  return content.subarray(0, BINARY_PROBE_BYTES).includes(0);
}

/**
 * Reads blobs through one long-lived `git cat-file --batch-command` process: a range with
 * thousands of candidate files costs one process, not thousands. Requests are served one at a
 * time in order (the protocol is a single stream), so concurrent callers simply queue.
 */
export class BlobReader {
  private process: ChildProcessWithoutNullStreams | null = null;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private waiter: (() => void) | null = null;
  private failure: Error | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly repo: string,
    /** Larger blobs are not read at all (null), so one generated file cannot exhaust memory. */
    private readonly maxBytes: number
  ) {}

  /** Content of `path` at `commit`, or null when missing, not a blob, binary or over the size cap. */
  read(commit: string, path: string): Promise<string | null> {
    const result = this.queue.then(() => this.readNow(commit, path));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Ends the git process; later reads start a new one. */
  close(): void {
    const child = this.process;
    this.process = null;
    if (child) {
      child.stdin.end();
      child.kill();
    }
  }

  private async readNow(commit: string, path: string): Promise<string | null> {
    if (path.includes('\n')) return this.readOutOfBand(commit, path);
    this.start();
    this.send(`info ${commit}:${path}\n`);
    const header = await this.readLine();
    const match = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!match) return null; // "<object> missing" or "ambiguous"
    const [, sha, type, sizeText] = match as unknown as [string, string, string, string];
    const size = Number(sizeText);
    if (type !== 'blob' || size > this.maxBytes) return null;
    this.send(`contents ${sha}\n`);
    await this.readLine(); // repeats the header
    const content = await this.readBytes(size);
    await this.readBytes(1); // the newline after the content
    return looksBinary(content) ? null : content.toString('utf8');
  }

  /** The batch protocol is line-based; a path with a newline has to go through its own call. */
  private async readOutOfBand(commit: string, path: string): Promise<string | null> {
    const probe = await runGit(this.repo, ['cat-file', '-s', `${commit}:${path}`], { allowFailure: true });
    if (probe.exitCode !== 0 || Number(probe.stdout.trim()) > this.maxBytes) return null;
    const { stdout, exitCode } = await runGit(this.repo, ['cat-file', 'blob', `${commit}:${path}`], {
      allowFailure: true
    });
    if (exitCode !== 0 || stdout.includes('\0')) return null;
    return stdout;
  }

  private start(): void {
    if (this.process) return;
    this.failure = null;
    this.chunks = [];
    this.buffered = 0;
    const child = spawn('git', ['-c', 'core.quotepath=off', 'cat-file', '--batch-command'], {
      cwd: this.repo,
      stdio: ['pipe', 'pipe', 'pipe']
    });
    let stderr = '';
    child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
    child.stdout.on('data', (data: Buffer) => {
      this.chunks.push(data);
      this.buffered += data.length;
      this.wake();
    });
    const fail = (error: Error): void => {
      this.failure = error;
      if (this.process === child) this.process = null;
      this.wake();
    };
    child.on('error', (error) => fail(new Error(`could not start git cat-file in ${this.repo}: ${error.message}`)));
    child.on('exit', (code) => fail(new Error(`git cat-file exited (${code ?? 'signal'}): ${stderr.trim() || 'no message'}`)));
    child.stdin.on('error', () => undefined); // reported through 'exit'
    this.process = child;
  }

  private send(line: string): void {
    if (!this.process) throw this.failure ?? new Error('git cat-file is not running');
    this.process.stdin.write(line);
  }

  private wake(): void {
    const waiter = this.waiter;
    this.waiter = null;
    waiter?.();
  }

  private async waitForData(): Promise<void> {
    if (this.failure) throw this.failure;
    await new Promise<void>((resolve) => (this.waiter = resolve));
  }

  private flatten(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private take(length: number, skip: number): Buffer {
    const all = this.flatten();
    const taken = all.subarray(0, length);
    const rest = all.subarray(length + skip);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return taken;
  }

  private async readLine(): Promise<string> {
    for (;;) {
      const newline = this.flatten().indexOf(10);
      if (newline >= 0) return this.take(newline, 1).toString('utf8');
      await this.waitForData();
    }
  }

  private async readBytes(length: number): Promise<Buffer> {
    while (this.buffered < length) await this.waitForData();
    return Buffer.from(this.take(length, 0));
  }
}
