import { EventEmitter } from 'node:events';
import { cancelledExitCode, watchTermination } from '../../src/jobs/termination.js';

function processLike() {
  const emitter = new EventEmitter();
  return emitter as unknown as Pick<NodeJS.Process, 'on' | 'off'> & EventEmitter;
}

test('the first SIGINT or SIGTERM cancels; the process exits after the grace time if still running', async () => {
  const emitter = processLike();
  const lines: string[] = [];
  const exited = new Promise<number>((resolve) => {
    const termination = watchTermination({ emitter, graceMs: 5, log: (l) => lines.push(l), exit: resolve });
    expect(termination.signal.aborted).toBe(false);
    emitter.emit('SIGTERM');
    emitter.emit('SIGINT');
    expect(termination.signal.aborted).toBe(true);
    expect(termination.signal.reason).toBe('SIGTERM');
    termination.dispose();
  });
  expect(await exited).toBe(143);
  expect(lines).toEqual([
    'Received SIGTERM: stopping the verification and reporting what was observed.',
    'Received SIGINT as well: still writing the report.',
    'Still running 0.005 s after SIGTERM: exiting.'
  ]);
  expect(emitter.listenerCount('SIGINT')).toBe(0);
});

test('exit codes follow the shell: 130 for SIGINT, 143 for SIGTERM', () => {
  expect(cancelledExitCode('SIGINT')).toBe(130);
  expect(cancelledExitCode('SIGTERM')).toBe(143);
  expect(cancelledExitCode(new Error('x'))).toBe(1);
});
