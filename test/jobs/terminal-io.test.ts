import { describe, expect, it } from '@jest/globals';
import { terminalIO } from '../../src/jobs/terminal-io.js';

describe('terminal IO masking', () => {
  it('masks registered secrets in what the CLI prints itself and in the files it writes', () => {
    const io = terminalIO({ quiet: true });
    io.setSecret('s3cr3t-value');
    io.setSecret(Buffer.from('user:s3cr3t-value').toString('base64'));
    const report = JSON.stringify({
      reason: `fail: HTTP 500 (Authorization: Basic ${Buffer.from('user:s3cr3t-value').toString('base64')}; token s3cr3t-value)`
    });
    const masked = io.mask(report);
    expect(masked).not.toContain('s3cr3t');
    expect(masked).not.toContain(Buffer.from('user:s3cr3t-value').toString('base64'));
    expect(JSON.parse(masked)).toEqual({ reason: 'fail: HTTP 500 (Authorization: Basic ***; token ***)' });
  });
});
