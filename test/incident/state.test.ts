import {
  incidentMarker,
  parseIncidentMarker,
  runMarker,
  parseRunMarkers,
  isPostflightComment
} from '../../src/incident/markers.js';
import {
  countRevertsOnDay,
  emptyState,
  parseStateBlock,
  replaceStateBlock,
  stateBlock,
  withRevert,
  withTimeline,
  STATE_LIMITS
} from '../../src/incident/state.js';

describe('hidden markers and the state block', () => {
  it('round-trips names that would otherwise end the comment', () => {
    const key = { environment: 'prod --> <b>', service: 'a b' };
    const marker = incidentMarker(key);
    expect(marker.match(/-->/g)).toHaveLength(1);
    expect(parseIncidentMarker(`text\n${marker}`)).toEqual(key);
    expect(parseIncidentMarker('no marker')).toBeNull();
  });

  it('reads run markers back', () => {
    const body = `${runMarker({ runId: 5, attempt: 2, kind: 'failure' })}\nx`;
    expect(parseRunMarkers(body)).toEqual([{ runId: 5, attempt: 2, kind: 'failure' }]);
    expect(isPostflightComment(body)).toBe(true);
    expect(isPostflightComment('/rollback')).toBe(false);
  });

  it('stores state as JSON that cannot close the comment, and reads it back', () => {
    let state = emptyState('production', 'shop', '2026-11-23T00:00:00Z');
    state = withTimeline(state, {
      at: '2026-11-23T00:00:01Z',
      kind: 'failure',
      text: 'x --> <script> & ghp_' + 'a'.repeat(36)
    });
    const block = stateBlock(state);
    expect(block.match(/-->/g)).toHaveLength(1);
    const parsed = parseStateBlock(`body\n${block}`);
    expect(parsed?.timeline[0]?.text).toContain('x --> <script>');
    expect(parsed?.timeline[0]?.text).not.toContain('ghp_');
    const replaced = replaceStateBlock(`body\n${block}\ntail`, { ...state, lastVerdict: 'pass' });
    expect(parseStateBlock(replaced)?.lastVerdict).toBe('pass');
    expect(replaced.endsWith('tail')).toBe(true);
  });

  it('treats a hand-edited, invalid block as absent', () => {
    expect(parseStateBlock('<!-- postflight:state {"v":1,"environment":3} -->')).toBeNull();
    expect(parseStateBlock('<!-- postflight:state {not json} -->')).toBeNull();
  });

  it('bounds the timeline and counts only started reverts of the day', () => {
    let state = emptyState('p', 's', 'x');
    for (let i = 0; i < STATE_LIMITS.timeline + 5; i++)
      state = withTimeline(state, { at: `t${i}`, kind: 'failure', text: `${i}` });
    expect(state.timeline).toHaveLength(STATE_LIMITS.timeline);
    expect(state.timeline[0]?.text).toBe('5');
    const base = {
      target: 'b',
      ref: null,
      how: 'dispatch' as const,
      trigger: 'automatic' as const,
      by: null,
      override: null,
      detail: ''
    };
    state = withRevert(state, { ...base, at: '2026-11-23T01:00:00Z', outcome: 'started' });
    state = withRevert(state, { ...base, at: '2026-11-23T02:00:00Z', outcome: 'failed' });
    state = withRevert(state, { ...base, at: '2026-11-22T23:00:00Z', outcome: 'started' });
    expect(countRevertsOnDay([state, null], new Date('2026-11-23T12:00:00Z'))).toBe(1);
  });
});
