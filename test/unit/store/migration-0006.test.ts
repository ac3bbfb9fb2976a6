import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrations';

/** v5 data: one staff member, two cases with a note and a consent-free referral-less file each. */
function v5WithData() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 5);
  db.prepare(`INSERT INTO staff (id, username, display_name, created_at, updated_at) VALUES (1, 'a', 'A', 'x', 'x')`).run();
  const addCase = db.prepare(`INSERT INTO case_file (id, case_number, opened_at, created_by, updated_at) VALUES (?, ?, 'x', 1, 'x')`);
  addCase.run(1, 'HV-2026-00001');
  addCase.run(2, 'HV-2026-00002');
  db.prepare(`INSERT INTO note (case_id, type, body, author_id, created_at, updated_at) VALUES (1, 'legal', 'fictional', 1, 'x', 'x')`).run();
  return db;
}

const matter = (db: Database.Database, caseId: number, type: string, jurisdiction = 'US', status = 'approved', principal: number | null = null) =>
  Number(
    db
      .prepare(`INSERT INTO legal_matter (case_id, type, jurisdiction, status, principal_matter_id, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 'x', 'x')`)
      .run(caseId, type, jurisdiction, status, principal).lastInsertRowid,
  );

describe('migration 0006 (legal matters)', () => {
  it('adds the legal tables and keeps earlier data', () => {
    const db = v5WithData();
    const before = db.prepare('SELECT * FROM note').all();
    expect(migrate(db, 6)).toBe(6);
    expect(db.prepare('SELECT * FROM note').all()).toEqual(before);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['legal_settings', 'legal_matter', 'legal_proceeding', 'legal_court_date', 'legal_override', 'legal_deadline', 'legal_task']));
  });

  it('refuses rows that make no sense', () => {
    const db = v5WithData();
    migrate(db, 6);
    expect(() => matter(db, 1, 'us_t_i914_principal', 'MX')).toThrow(/CHECK/);
    expect(() => matter(db, 1, 'us_t_i914_principal', 'US', 'lost')).toThrow(/CHECK/);
    const m = matter(db, 1, 'proceeding_criminal');
    expect(() => db.prepare(`INSERT INTO legal_proceeding (matter_id, case_id, outcome) VALUES (?, 1, 'guilty')`).run(m)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO legal_court_date (matter_id, case_id, date, accompany, created_by, created_at) VALUES (?, 1, '2026-12-01', 2, 1, 'x')`).run(m)).toThrow(/CHECK/);
    db.prepare(`INSERT INTO legal_deadline (key, matter_id, case_id, kind, date, rule_id, confidence) VALUES ('k1', ?, 1, 'court_date', '2026-12-01', 'court_preparation', 'official')`).run(m);
    // A snooze always says why.
    expect(() => db.prepare(`INSERT INTO legal_task (deadline_key, matter_id, case_id, kind, snoozed_until, created_at, updated_at) VALUES ('k1', ?, 1, 'court_date', '2026-11-30', 'x', 'x')`).run(m)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO legal_settings (id, data, updated_at) VALUES (2, '{}', 'x')`).run()).toThrow(/CHECK/);
  });

  it('deletes every legal row with its case, and a task with its deadline', () => {
    const db = v5WithData();
    migrate(db, 6);
    const p = matter(db, 1, 'us_t_i914_principal');
    const d = matter(db, 1, 'us_t_i914_derivative', 'US', 'approved', p);
    const c = matter(db, 1, 'proceeding_criminal');
    const other = matter(db, 2, 'ca_vtip_trp_initial', 'CA');
    db.prepare(`INSERT INTO legal_proceeding (matter_id, case_id, charges) VALUES (?, 1, 'fictional')`).run(c);
    db.prepare(`INSERT INTO legal_court_date (matter_id, case_id, date, accompany, created_by, created_at) VALUES (?, 1, '2026-12-01', 1, 1, 'x')`).run(c);
    db.prepare(`INSERT INTO legal_override (key, matter_id, case_id, date, by_id, reason, recorded_at) VALUES (?, ?, 1, '2030-01-01', 1, 'notice', 'x')`).run(`${p}:status_expiry`, p);
    const deadline = db.prepare(`INSERT INTO legal_deadline (key, matter_id, case_id, kind, date, rule_id, confidence) VALUES (?, ?, ?, 'status_expiry', '2030-01-01', 'r', 'official')`);
    const task = db.prepare(`INSERT INTO legal_task (deadline_key, matter_id, case_id, kind, created_at, updated_at) VALUES (?, ?, ?, 'status_expiry', 'x', 'x')`);
    for (const [m, k] of [[p, 1], [d, 1], [other, 2]] as const) {
      deadline.run(`${m}:status_expiry`, m, k);
      task.run(`${m}:status_expiry`, m, k);
    }
    db.prepare('DELETE FROM legal_deadline WHERE key = ?').run(`${d}:status_expiry`);
    expect(db.prepare('SELECT count(*) FROM legal_task WHERE matter_id = ?').pluck().get(d)).toBe(0);
    db.prepare('DELETE FROM case_file WHERE id = 1').run();
    for (const t of ['legal_matter', 'legal_proceeding', 'legal_court_date', 'legal_override', 'legal_deadline', 'legal_task'])
      expect(db.prepare(`SELECT count(*) FROM ${t} WHERE case_id = 1`).pluck().get(), t).toBe(0);
    expect(db.prepare('SELECT count(*) FROM legal_task').pluck().get()).toBe(1);
  });
});
