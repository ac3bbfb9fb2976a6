import { describe, expect, it } from 'vitest';
import { maintainNoteIndex } from '../../../electron/core/notes/maintenance';
import { noteIndexSegments } from '../../../electron/core/notes/queries';
import { makeCentre } from '../helpers/centre';

describe('note index maintenance', () => {
  it('merges the segments that separate writes leave into one, in slices, and search still finds the same notes', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('cw');
    // Each note is its own write transaction, so each leaves its own small FTS5 segment.
    for (let i = 0; i < 12; i++) await c.ok('notes.create', { caseId: id, type: 'contact', body: `Zqxmaint visit ${i} at the fictional shelter.` });
    const db = c.core.runtime.db!;
    const before = noteIndexSegments(db);
    expect(before).toBeGreaterThan(2);
    const hits = await c.ok<unknown[]>('notes.search', { query: 'zqxmaint' });

    expect(maintainNoteIndex(db, { budgetMs: 60_000, maxSegments: before })).toMatchObject({ slices: 0, done: true });
    const r = maintainNoteIndex(db, { budgetMs: 60_000, maxSegments: 1, pagesPerSlice: 1 });
    expect(r).toMatchObject({ segmentsBefore: before, segmentsAfter: 1, done: true });
    expect(r.slices).toBeGreaterThan(1);
    expect(noteIndexSegments(db)).toBe(1);
    expect(await c.ok<unknown[]>('notes.search', { query: 'zqxmaint' })).toEqual(hits);
    expect(db.prepare(`INSERT INTO note_fts(note_fts, rank) VALUES ('integrity-check', 1)`).run()).toBeTruthy();
  });
});
