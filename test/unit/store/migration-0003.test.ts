import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrations';
import { nextCaseNumber } from '../../../electron/core/cases/queries';

/** v2 data: two cases this year, one last year, notes in two cases. */
function v2WithData() {
  const db = new Database(':memory:');
  migrate(db, 2);
  db.prepare(`INSERT INTO staff (id, username, display_name, created_at, updated_at) VALUES (1, 'a', 'A', 'x', 'x')`).run();
  const addCase = db.prepare(`INSERT INTO case_file (id, case_number, opened_at, created_by, updated_at) VALUES (?, ?, 'x', 1, 'x')`);
  addCase.run(1, 'HV-2025-00007');
  addCase.run(2, 'HV-2026-00001');
  addCase.run(3, 'HV-2026-00002');
  const addNote = db.prepare(`INSERT INTO note (case_id, type, body, author_id, created_at, updated_at) VALUES (?, 'contact', ?, 1, 'x', 'x')`);
  addNote.run(2, 'shelter intake');
  addNote.run(3, 'shelter renewal');
  return db;
}

describe('migration 0003 (search and list speed)', () => {
  it('rebuilds the note index with per-case tokens and keeps every note searchable', () => {
    const db = v2WithData();
    const notesBefore = db.prepare('SELECT * FROM note ORDER BY id').all();
    expect(migrate(db, 3)).toBe(3);
    expect(db.prepare('SELECT * FROM note ORDER BY id').all()).toEqual(notesBefore);
    const q = db.prepare('SELECT rowid FROM note_fts WHERE note_fts MATCH ? ORDER BY rowid').pluck();
    expect(q.all('shelter')).toEqual([1, 2]);
    expect(q.all('acl: k3 AND body: shelter')).toEqual([2]);
    expect(q.all('acl: k1 AND body: shelter')).toEqual([]);
    // Triggers keep it in step.
    db.prepare(`UPDATE note SET body = 'moved on' WHERE id = 1`).run();
    expect(q.all('shelter')).toEqual([2]);
    db.prepare('DELETE FROM case_file WHERE id = 3').run();
    expect(q.all('shelter')).toEqual([]);
  });

  it('seeds the per-year case number counter from existing numbers', () => {
    const db = v2WithData();
    migrate(db, 3);
    expect(nextCaseNumber(db, 2026)).toBe('HV-2026-00003');
    expect(nextCaseNumber(db, 2025)).toBe('HV-2025-00008');
    expect(nextCaseNumber(db, 2027)).toBe('HV-2027-00001');
  });

  it('adds the lookup indexes', () => {
    const db = v2WithData();
    migrate(db, 3);
    const idx = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index'`).pluck().all();
    expect(idx).toEqual(expect.arrayContaining(['note_redaction_note', 'break_glass_case']));
  });
});
