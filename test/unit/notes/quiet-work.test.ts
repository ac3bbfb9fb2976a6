import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteIndexSegments } from '../../../electron/core/notes/queries';
import { QUIET_MS } from '../../../electron/core/quiet';
import { makeCentre } from '../helpers/centre';

afterEach(() => {
  vi.useRealTimers();
});

describe('quiet work', () => {
  it('merges the note index by itself once the core has been quiet, without a request and without moving the idle clock', async () => {
    // Only timers are faked: the centre's own injected clock keeps the idle lock out of the way.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('cw');
    // One write transaction per note leaves one FTS5 segment per note: more than maintenance tolerates.
    for (let i = 0; i < 14; i++) await c.ok('notes.create', { caseId: id, type: 'contact', body: `Zqxquiet call ${i} with the fictional clinic.` });
    const db = c.core.runtime.db!;
    expect(noteIndexSegments(db)).toBeGreaterThan(8);
    const activity = c.core.runtime.idle.lastActivity;

    await vi.advanceTimersByTimeAsync(QUIET_MS - 100);
    expect(noteIndexSegments(db)).toBeGreaterThan(8);
    // Merging may take several quiet slots; each re-arms the next.
    await vi.advanceTimersByTimeAsync(QUIET_MS * 20);
    expect(noteIndexSegments(db)).toBe(1);
    expect(c.core.runtime.idle.lastActivity).toBe(activity);
    expect(await c.ok<unknown[]>('notes.search', { query: 'zqxquiet' })).toHaveLength(14);
  });
});
