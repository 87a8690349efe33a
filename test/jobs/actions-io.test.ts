import { PassThrough } from 'node:stream';
import { actionsIO } from '../../src/jobs/actions-io.js';

function capture() {
  const out = new PassThrough();
  let text = '';
  out.on('data', (d) => (text += d));
  return { out, text: () => text };
}

describe('the runner IO', () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it('reads inputs the way @actions/core does and escapes workflow commands', () => {
    const { out, text } = capture();
    const io = actionsIO({ 'INPUT_HEALTH-URL': '  https://x.example/health ', INPUT_MY_INPUT: 'v' }, out);
    expect(io.getInput('health-url')).toBe('https://x.example/health');
    expect(io.getInput('my input')).toBe('v');
    expect(io.getInput('absent')).toBe('');
    io.setSecret('s3cr3t');
    io.warning('50% done\nnext line');
    expect(text()).toBe('::add-mask::s3cr3t\n::warning::50%25 done%0Anext line\n');
  });

  it('turns an output it cannot write into a failed step, not a crash', async () => {
    const { out, text } = capture();
    const saved = process.env.GITHUB_OUTPUT;
    process.env.GITHUB_OUTPUT = '/nonexistent/dir/output';
    try {
      const io = actionsIO({}, out);
      io.setOutput('verdict', 'pass');
      await io.flush();
      expect(process.exitCode).toBe(1);
      expect(text()).toMatch(/::error::Postflight could not write its outputs/);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_OUTPUT;
      else process.env.GITHUB_OUTPUT = saved;
    }
  });
});
