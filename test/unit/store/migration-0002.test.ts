import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { appendAudit, verifyChain } from '../../../electron/core/audit/chain';
import { migrate, schemaVersion } from '../../../electron/core/store/migrations';

describe('migration 0002 (case files)', () => {
  it('keeps v1 data (staff, settings, audit chain) and adds the case tables with retention off', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.prepare(`INSERT INTO staff (username, display_name, created_at, updated_at) VALUES ('a', 'Fictional A', 'x', 'x')`).run();
    db.prepare(`INSERT INTO settings (id, centre_name, jurisdiction, updated_at) VALUES (1, 'Fictional', 'both', 'x')`).run();
    appendAudit(db, new Date(0), { actorId: 1, action: 'vault.setup', outcome: 'ok' });
    const staffBefore = db.prepare('SELECT * FROM staff').all();
    expect(migrate(db, 2)).toBe(2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT * FROM staff').all()).toEqual(staffBefore);
    expect(db.prepare('SELECT retention_months, idle_minutes FROM settings').get()).toEqual({ retention_months: null, idle_minutes: 10 });
    expect(verifyChain(db).ok).toBe(true);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['case_file', 'case_profile', 'case_contact', 'case_assignment', 'case_event', 'note', 'note_revision', 'note_fts', 'document', 'screening', 'break_glass']));
  });

  it('keeps the search index in step with notes (insert, update, delete via case cascade)', () => {
    const db = new Database(':memory:');
    migrate(db);
    db.prepare(`INSERT INTO staff (id, username, display_name, created_at, updated_at) VALUES (1, 'a', 'A', 'x', 'x')`).run();
    db.prepare(`INSERT INTO case_file (id, case_number, opened_at, created_by, updated_at) VALUES (1, 'HV-2026-00001', 'x', 1, 'x')`).run();
    db.prepare(`INSERT INTO note (case_id, type, body, author_id, created_at, updated_at) VALUES (1, 'contact', 'alpha bravo', 1, 'x', 'x')`).run();
    const hits = (q: string) => db.prepare('SELECT count(*) FROM note_fts WHERE note_fts MATCH ?').pluck().get(q);
    expect(hits('alpha')).toBe(1);
    db.prepare(`UPDATE note SET body = 'charlie'`).run();
    expect([hits('alpha'), hits('charlie')]).toEqual([0, 1]);
    db.prepare('DELETE FROM case_file').run();
    expect(hits('charlie')).toBe(0);
  });
});
