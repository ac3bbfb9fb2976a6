import type { Db } from '../connection';

/**
 * Case files: profile and contact (JSON answers), assignment, tasks, the case event log behind the
 * timeline, break-the-glass records, screenings, notes with history, redactions and an FTS5 index, and
 * encrypted documents (the file is outside the database; its wrapped key is here). Own SQL only.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE settings ADD COLUMN retention_months INTEGER CHECK (retention_months IS NULL OR retention_months > 0);

    CREATE TABLE case_file (
      id INTEGER PRIMARY KEY,
      case_number TEXT NOT NULL UNIQUE,
      status TEXT NOT NULL DEFAULT 'Active' CHECK (status IN ('Active', 'FollowUp', 'Closed', 'ClosedReferred')),
      intake_complete INTEGER NOT NULL DEFAULT 0 CHECK (intake_complete IN (0, 1)),
      opened_at TEXT NOT NULL,
      closed_at TEXT,
      created_by INTEGER NOT NULL REFERENCES staff(id),
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1,
      search_name TEXT NOT NULL DEFAULT '',
      trafficking_type TEXT
    );
    CREATE INDEX case_file_status ON case_file(status, updated_at);
    CREATE INDEX case_file_updated ON case_file(updated_at);
    CREATE INDEX case_file_closed ON case_file(closed_at) WHERE closed_at IS NOT NULL;

    CREATE TABLE case_profile (case_id INTEGER PRIMARY KEY REFERENCES case_file(id) ON DELETE CASCADE, data TEXT NOT NULL);
    CREATE TABLE case_contact (case_id INTEGER PRIMARY KEY REFERENCES case_file(id) ON DELETE CASCADE, data TEXT NOT NULL);

    CREATE TABLE case_assignment (
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      case_role TEXT NOT NULL CHECK (case_role IN ('lead_caseworker', 'caseworker', 'mentor', 'legal_aide')),
      assigned_at TEXT NOT NULL,
      assigned_by INTEGER NOT NULL REFERENCES staff(id),
      PRIMARY KEY (case_id, staff_id, case_role)
    ) WITHOUT ROWID;
    CREATE INDEX case_assignment_staff ON case_assignment(staff_id, case_id);

    CREATE TABLE case_task (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      due_at TEXT NOT NULL,
      done_at TEXT,
      done_by INTEGER REFERENCES staff(id)
    );
    CREATE INDEX case_task_case ON case_task(case_id);

    CREATE TABLE case_event (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      at TEXT NOT NULL,
      actor_id INTEGER REFERENCES staff(id),
      kind TEXT NOT NULL,
      event TEXT NOT NULL,
      part TEXT NOT NULL,
      params TEXT NOT NULL DEFAULT '{}',
      ref_type TEXT,
      ref_id INTEGER
    );
    CREATE INDEX case_event_case ON case_event(case_id, at);

    CREATE TABLE break_glass (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      case_role TEXT NOT NULL,
      reason TEXT NOT NULL,
      at TEXT NOT NULL
    );

    CREATE TABLE screening (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      instrument_id TEXT NOT NULL,
      instrument_version INTEGER NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('in_progress', 'complete')),
      answers TEXT NOT NULL DEFAULT '{}',
      score INTEGER NOT NULL DEFAULT 0,
      band TEXT NOT NULL DEFAULT 'none',
      screened_by INTEGER NOT NULL REFERENCES staff(id),
      started_at TEXT NOT NULL,
      completed_at TEXT,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX screening_case ON screening(case_id);

    CREATE TABLE note (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      type TEXT NOT NULL CHECK (type IN ('contact', 'case_plan', 'mentoring', 'legal')),
      body TEXT NOT NULL,
      author_id INTEGER NOT NULL REFERENCES staff(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX note_case ON note(case_id, type, updated_at);

    CREATE TABLE note_revision (
      note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
      rev INTEGER NOT NULL,
      body TEXT NOT NULL,
      edited_by INTEGER NOT NULL REFERENCES staff(id),
      edited_at TEXT NOT NULL,
      PRIMARY KEY (note_id, rev)
    ) WITHOUT ROWID;

    CREATE TABLE note_redaction (
      id INTEGER PRIMARY KEY,
      note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
      reason TEXT NOT NULL,
      redacted_by INTEGER NOT NULL REFERENCES staff(id),
      at TEXT NOT NULL
    );

    -- External-content FTS5 index over note bodies, kept in step by triggers. It lives inside the
    -- encrypted database, so the index pages are encrypted like everything else.
    -- secure-delete: a removed or redacted passage is scrubbed from the index pages, not just unlinked.
    CREATE VIRTUAL TABLE note_fts USING fts5(body, content='note', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
    INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 1);
    CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
      INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
    END;
    CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
      INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
    END;
    CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note BEGIN
      INSERT INTO note_fts(note_fts, rowid, body) VALUES ('delete', old.id, old.body);
      INSERT INTO note_fts(rowid, body) VALUES (new.id, new.body);
    END;

    CREATE TABLE document (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      legal INTEGER NOT NULL CHECK (legal IN (0, 1)),
      filename TEXT NOT NULL,
      mime TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      file_id TEXT NOT NULL UNIQUE,
      wrapped_key TEXT NOT NULL,
      uploaded_by INTEGER NOT NULL REFERENCES staff(id),
      uploaded_at TEXT NOT NULL
    );
    CREATE INDEX document_case ON document(case_id);
  `);
}
