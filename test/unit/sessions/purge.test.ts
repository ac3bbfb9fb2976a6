import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import '../../../electron/core/sessions/queries';
import { registeredPurgers } from '../../../electron/core/retention/registry';
import { migrate } from '../../../electron/core/store/migrations';

/** Retention through the sessions purger: a session left without any mentee goes with its last case. */
describe('sessions purger', () => {
  it('counts the sessions of the purged cases and removes those whose every mentee is purged', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db);
    db.prepare(`INSERT INTO staff (id, username, display_name, created_at, updated_at) VALUES (1, 'a', 'A', 'x', 'x')`).run();
    for (const id of [1, 2]) db.prepare(`INSERT INTO case_file (id, case_number, opened_at, created_by, updated_at) VALUES (?, ?, 'x', 1, 'x')`).run(id, `HV-2026-0000${id}`);
    const add = (cases: number[]) => {
      const id = Number(
        db
          .prepare(
            `INSERT INTO session (kind, part, organiser_id, title, time_zone, first_date, start_time, end_time, location, created_by, created_at, updated_at) VALUES ('mentoring', 'sessions', 1, 'Fictional', 'America/New_York', '2026-12-07', '10:00', '11:00', 'remote', 1, 'x', 'x')`,
          )
          .run().lastInsertRowid,
      );
      for (const c of cases) db.prepare('INSERT INTO session_case (session_id, case_id) VALUES (?, ?)').run(id, c);
      return id;
    };
    const alone = add([1]);
    const group = add([1, 2]);
    const other = add([2]);
    const p = registeredPurgers().find((x) => x.name === 'sessions')!;
    expect(p.count(db, [1])).toBe(2);
    p.remove!(db, [1]);
    db.prepare('DELETE FROM case_file WHERE id = 1').run();
    expect(db.prepare('SELECT id FROM session ORDER BY id').pluck().all()).toEqual([group, other]);
    expect(db.prepare('SELECT case_id FROM session_case WHERE session_id = ?').pluck().all(group)).toEqual([2]);
    expect(alone).toBeLessThan(group);
  });
});
