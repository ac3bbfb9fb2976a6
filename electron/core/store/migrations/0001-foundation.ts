import type { Db } from '../connection';

/**
 * Staff, roles, centre settings and the append-only, hash-chained audit log.
 * Migrations never import feature code: they hold their own SQL so an old migration never shifts.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE staff (
      id INTEGER PRIMARY KEY,
      username TEXT NOT NULL UNIQUE COLLATE NOCASE,
      display_name TEXT NOT NULL,
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE staff_role (
      staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
      role TEXT NOT NULL CHECK (role IN ('admin', 'caseworker', 'mentor', 'legal_aide')),
      PRIMARY KEY (staff_id, role)
    ) WITHOUT ROWID;
    CREATE TABLE settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      centre_name TEXT NOT NULL,
      jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ('US', 'CA', 'both')),
      idle_minutes INTEGER NOT NULL DEFAULT 10 CHECK (idle_minutes BETWEEN 1 AND 120),
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE audit (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor_id INTEGER,
      action TEXT NOT NULL,
      target TEXT,
      outcome TEXT NOT NULL,
      detail TEXT NOT NULL DEFAULT '{}',
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL
    );
    CREATE INDEX audit_actor ON audit(actor_id, id);
    CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
      BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
    CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
      BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
  `);
}
