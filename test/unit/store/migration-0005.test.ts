import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrations';

/** v4 data: one staff member, two cases with a note each. */
function v4WithData() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 4);
  db.prepare(`INSERT INTO staff (id, username, display_name, created_at, updated_at) VALUES (1, 'a', 'A', 'x', 'x')`).run();
  const addCase = db.prepare(`INSERT INTO case_file (id, case_number, opened_at, created_by, updated_at) VALUES (?, ?, 'x', 1, 'x')`);
  addCase.run(1, 'HV-2026-00001');
  addCase.run(2, 'HV-2026-00002');
  db.prepare(`INSERT INTO note (case_id, type, body, author_id, created_at, updated_at) VALUES (1, 'contact', 'fictional', 1, 'x', 'x')`).run();
  return db;
}

const at = (d: number) => new Date(Date.UTC(2026, 10, 25) + d * 86_400_000).toISOString();

describe('migration 0005 (referrals)', () => {
  it('adds the directory, agreement, consent, referral and disclosure tables and keeps earlier data', () => {
    const db = v4WithData();
    const before = db.prepare('SELECT * FROM note').all();
    expect(migrate(db, 5)).toBe(5);
    expect(db.prepare('SELECT * FROM note').all()).toEqual(before);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['agency', 'service', 'agreement', 'consent', 'referral', 'referral_step', 'disclosure']));
  });

  it('refuses rows that would make no sense, and deletes case rows with their case', () => {
    const db = v4WithData();
    migrate(db, 5);
    db.prepare(`INSERT INTO agency (id, name, relation, country, updated_at) VALUES (1, 'Fictional', 'partner', 'CA', 'x')`).run();
    expect(() => db.prepare(`INSERT INTO agency (name, relation, country, updated_at) VALUES ('Fictional', 'partner', 'MX', 'x')`).run()).toThrow(/CHECK/);
    const consent = db.prepare(
      `INSERT INTO consent (case_id, agency_id, decision, categories, starts_at, expires_at, method, recorded_by, recorded_at) VALUES (?, 1, ?, '["identity"]', ?, ?, 'written', 1, 'x')`,
    );
    // A given consent ends after it starts; a declined one has no expiry.
    expect(() => consent.run(1, 'given', at(0), at(0))).toThrow(/CHECK/);
    expect(() => consent.run(1, 'given', at(0), null)).toThrow(/CHECK/);
    consent.run(1, 'declined', at(0), null);
    const id = Number(consent.run(1, 'given', at(0), at(30)).lastInsertRowid);
    expect(() =>
      db.prepare(`INSERT INTO agreement (agency_id, parties, effective_from, ends_at, categories, purpose, created_by, updated_at) VALUES (1, 'p', ?, ?, '[]', 'p', 1, 'x')`).run(at(5), at(1)),
    ).toThrow(/CHECK/);
    const disclosure = db.prepare(
      `INSERT INTO disclosure (case_id, agency_id, recipient_name, categories, basis, consent_id, order_reference, disclosed_at, recorded_by, recorded_at) VALUES (1, 1, 'r', '[]', ?, ?, ?, 'x', 1, 'x')`,
    );
    expect(() => disclosure.run('subpoena_order', null, null)).toThrow(/CHECK/);
    disclosure.run('consent', id, null);
    const ref = Number(
      db.prepare(
        `INSERT INTO referral (case_id, direction, agency_id, part, urgency, reason, consent_id, status, created_by, created_at, updated_at) VALUES (1, 'outgoing', 1, 'referrals', 'routine', 'r', ?, 'sent', 1, 'x', 'x')`,
      ).run(id).lastInsertRowid,
    );
    db.prepare(`INSERT INTO referral_step (referral_id, status, at, by_id) VALUES (?, 'sent', 'x', 1)`).run(ref);
    db.prepare('DELETE FROM case_file WHERE id = 1').run();
    for (const t of ['consent', 'referral', 'referral_step', 'disclosure']) expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), t).toBe(0);
    expect(db.prepare('SELECT count(*) FROM agency').pluck().get()).toBe(1);
  });
});
