import { SourceError } from '../../src/sources/types.js';

describe('SourceError', () => {
  it('keeps the source id and status so the loop can report them', () => {
    const e = new SourceError('HTTP 503 from prometheus', 'prom', 503, true);
    expect(e).toBeInstanceOf(Error);
    expect([e.sourceId, e.status, e.retryable, e.name]).toEqual(['prom', 503, true, 'SourceError']);
  });
});
