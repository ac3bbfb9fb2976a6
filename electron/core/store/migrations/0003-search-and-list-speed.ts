import type { Db } from '../connection';

/**
 * Search and list at centre scale (measured with `npm run bench`: note search took 23 s at 200k notes).
 * - The note index gains an `acl` column holding one token per case ('k<case id>'), so a search intersects
 *   the reader's cases with the words INSIDE FTS5 instead of ranking every match in the vault and then
 *   filtering. The content comes from a view, so no column is duplicated in `note`. Prefix indexes for
 *   2 and 3 characters keep search-as-you-type fast.
 * - Case numbers come from a per-year counter instead of max(substr(...)) over every case.
 * - Indexes for lookups that scanned whole tables (redactions per note, break-the-glass per case).
 */
export function up(db: Db): void {
  db.exec(`
    DROP TRIGGER note_fts_insert;
    DROP TRIGGER note_fts_delete;
    DROP TRIGGER note_fts_update;
    DROP TABLE note_fts;

    CREATE VIEW note_search_source AS SELECT id, body, 'k' || case_id AS acl FROM note;
    CREATE VIRTUAL TABLE note_fts USING fts5(
      body, acl,
      content='note_search_source', content_rowid='id',
      tokenize='unicode61 remove_diacritics 2', prefix='2 3'
    );
    INSERT INTO note_fts(note_fts, rank) VALUES ('secure-delete', 1);
    CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
      INSERT INTO note_fts(rowid, body, acl) VALUES (new.id, new.body, 'k' || new.case_id);
    END;
    CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
      INSERT INTO note_fts(note_fts, rowid, body, acl) VALUES ('delete', old.id, old.body, 'k' || old.case_id);
    END;
    CREATE TRIGGER note_fts_update AFTER UPDATE OF body, case_id ON note BEGIN
      INSERT INTO note_fts(note_fts, rowid, body, acl) VALUES ('delete', old.id, old.body, 'k' || old.case_id);
      INSERT INTO note_fts(rowid, body, acl) VALUES (new.id, new.body, 'k' || new.case_id);
    END;
    INSERT INTO note_fts(note_fts) VALUES ('rebuild');

    CREATE TABLE case_number_seq (year INTEGER PRIMARY KEY, last INTEGER NOT NULL);
    INSERT INTO case_number_seq (year, last)
      SELECT CAST(substr(case_number, 4, 4) AS INTEGER), max(CAST(substr(case_number, 9) AS INTEGER))
      FROM case_file WHERE case_number LIKE 'HV-____-%' GROUP BY 1;

    CREATE INDEX note_redaction_note ON note_redaction(note_id);
    CREATE INDEX break_glass_case ON break_glass(case_id);
  `);
}
