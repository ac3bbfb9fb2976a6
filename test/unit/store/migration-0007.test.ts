import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/core/store/migrations';

/** v6 data: one staff member, two cases with a note each. */
function v6WithData() {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, 6);
  db.prepare(`INSERT INTO staff (id, username, display_name, created_at, updated_at) VALUES (1, 'a', 'A', 'x', 'x')`).run();
  const addCase = db.prepare(`INSERT INTO case_file (id, case_number, opened_at, created_by, updated_at) VALUES (?, ?, 'x', 1, 'x')`);
  addCase.run(1, 'HV-2026-00001');
  addCase.run(2, 'HV-2026-00002');
  db.prepare(`INSERT INTO note (id, case_id, type, body, author_id, created_at, updated_at) VALUES (1, 1, 'mentoring', 'fictional', 1, 'x', 'x')`).run();
  return db;
}

const session = (db: Database.Database, o: { location?: string; roomId?: number | null; rrule?: string | null; every?: number | null; until?: string | null } = {}) =>
  Number(
    db
      .prepare(
        `INSERT INTO session (kind, part, organiser_id, time_zone, first_date, start_time, end_time, location, room_id, rrule, every, until_date, created_by, created_at, updated_at)
         VALUES ('mentoring', 'sessions', 1, 'America/New_York', '2026-12-07', '10:00', '11:00', ?, ?, ?, ?, ?, 1, 'x', 'x')`,
      )
      .run(o.location ?? 'remote', o.roomId ?? null, o.rrule ?? null, o.every ?? null, o.until ?? null).lastInsertRowid,
  );

describe('migration 0007 (sessions)', () => {
  it('adds the calendar, room, hours, time off and session tables, New York by default, and keeps earlier data', () => {
    const db = v6WithData();
    const before = db.prepare('SELECT * FROM note').all();
    expect(migrate(db, 7)).toBe(7);
    expect(db.prepare('SELECT * FROM note').all()).toEqual(before);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['calendar_settings', 'room', 'working_hours', 'time_off', 'session', 'session_case', 'session_occurrence', 'session_note', 'session_reminder']));
    expect(db.prepare('SELECT time_zone FROM calendar_settings').pluck().all()).toEqual(['America/New_York']);
  });

  it('refuses rows that make no sense', () => {
    const db = v6WithData();
    migrate(db, 7);
    const room = db.prepare(`INSERT INTO room (name, capacity, created_at, updated_at) VALUES (?, ?, 'x', 'x')`);
    room.run('Fictional Room', 4);
    expect(() => room.run('fictional room', 4)).toThrow(/UNIQUE/);
    expect(() => room.run('Other', 0)).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO working_hours (staff_id, weekday, start_time, end_time) VALUES (1, 8, '09:00', '17:00')`).run()).toThrow(/CHECK/);
    expect(() => db.prepare(`INSERT INTO time_off (staff_id, starts_at, ends_at, created_by, created_at) VALUES (1, 'b', 'a', 1, 'x')`).run()).toThrow(/CHECK/);
    // A room booking names a room and only a room booking does; a rule comes with its fields.
    expect(() => session(db, { location: 'room' })).toThrow(/CHECK/);
    expect(() => session(db, { location: 'remote', roomId: 1 })).toThrow(/CHECK/);
    expect(() => session(db, { rrule: 'RRULE:FREQ=WEEKLY', every: null })).toThrow(/CHECK/);
    expect(session(db, { rrule: 'RRULE:FREQ=WEEKLY', every: 1, until: '2027-01-01' })).toBeGreaterThan(0);
    const occ = db.prepare(
      `INSERT INTO session_occurrence (session_id, original_date, date, start_time, end_time, starts_at, ends_at, location, organiser_id, status, updated_at) VALUES (1, ?, ?, '10:00', '11:00', ?, ?, 'remote', 1, ?, 'x')`,
    );
    occ.run('2026-12-07', '2026-12-07', '2026-12-07T15:00:00.000Z', '2026-12-07T16:00:00.000Z', 'planned');
    expect(() => occ.run('2026-12-07', '2026-12-08', '2026-12-08T15:00:00.000Z', '2026-12-08T16:00:00.000Z', 'planned')).toThrow(/UNIQUE/);
    expect(() => occ.run('2026-12-14', '2026-12-14', '2026-12-14T16:00:00.000Z', '2026-12-14T15:00:00.000Z', 'planned')).toThrow(/CHECK/);
    expect(() => occ.run('2026-12-21', '2026-12-21', '2026-12-21T15:00:00.000Z', '2026-12-21T16:00:00.000Z', 'done')).toThrow(/CHECK/);
  });

  it('deletes a case’s session rows with the case; the session and the other mentee stay', () => {
    const db = v6WithData();
    migrate(db, 7);
    const id = session(db);
    db.prepare('INSERT INTO session_case (session_id, case_id) VALUES (?, 1), (?, 2)').run(id, id);
    const o = Number(
      db
        .prepare(
          `INSERT INTO session_occurrence (session_id, original_date, date, start_time, end_time, starts_at, ends_at, location, organiser_id, updated_at) VALUES (?, '2026-12-07', '2026-12-07', '10:00', '11:00', 'a', 'b', 'remote', 1, 'x')`,
        )
        .run(id).lastInsertRowid,
    );
    db.prepare('INSERT INTO session_note (occurrence_id, case_id, note_id) VALUES (?, 1, 1)').run(o);
    db.prepare(`INSERT INTO session_reminder (occurrence_id, case_id, staff_id, done_at) VALUES (?, 1, 1, 'x')`).run(o);
    db.prepare('DELETE FROM case_file WHERE id = 1').run();
    for (const t of ['session_note', 'session_reminder']) expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), t).toBe(0);
    expect(db.prepare('SELECT case_id FROM session_case').pluck().all()).toEqual([2]);
    expect(db.prepare('SELECT count(*) FROM session_occurrence').pluck().get()).toBe(1);
  });
});
