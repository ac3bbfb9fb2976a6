import type { Db } from '../connection';

/**
 * Issue 12: legal matters, proceedings, court dates, deadline overrides, the deadlines the engine computed
 * (shared/legal computeCaseDeadlines, stored as returned) and one task per deadline. All of it is case data
 * under 8 U.S.C. 1367 and hangs off case_file by a cascading key. Calendar dates are yyyy-mm-dd text; instants
 * are ISO strings in UTC. Free text is encrypted with the rest of the database (SQLCipher), never indexed.
 *
 * Deadlines are keyed by the engine's stable key (`<matterId>:<kind>...`): a recomputation upserts them and
 * deletes the keys the engine no longer emits, so a task (which cascades from its deadline) survives every
 * recomputation that keeps its deadline and goes with it when the deadline goes (a court date removed).
 * `open`, `case_id` (and, on tasks, the kind and date) are copied so Today and the due lists read one index.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE legal_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      data TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    );

    CREATE TABLE legal_matter (
      id INTEGER PRIMARY KEY,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      type TEXT NOT NULL,
      jurisdiction TEXT NOT NULL CHECK (jurisdiction IN ('US', 'CA')),
      status TEXT NOT NULL CHECK (status IN ('preparing', 'filed', 'approved', 'denied', 'rejected', 'withdrawn', 'expired', 'closed')),
      principal_matter_id INTEGER REFERENCES legal_matter(id) ON DELETE CASCADE,
      base_matter_id INTEGER REFERENCES legal_matter(id) ON DELETE CASCADE,
      receipt_number TEXT,
      notice_number TEXT,
      filed_on TEXT,
      approved_on TEXT,
      admitted_on TEXT,
      signed_on TEXT,
      -- Written from the stored deadlines at each recomputation (the status_expiry date that counts).
      expires_on TEXT,
      ead_category TEXT,
      le_contact TEXT,
      owner_id INTEGER REFERENCES staff(id),
      rule_versions TEXT NOT NULL DEFAULT '{}',
      warnings TEXT NOT NULL DEFAULT '[]',
      closed_at TEXT,
      created_by INTEGER NOT NULL REFERENCES staff(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX legal_matter_case ON legal_matter(case_id, status);

    CREATE TABLE legal_proceeding (
      matter_id INTEGER PRIMARY KEY REFERENCES legal_matter(id) ON DELETE CASCADE,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      court TEXT,
      docket_number TEXT,
      charges TEXT,
      victim_impact_status TEXT NOT NULL DEFAULT 'not_started' CHECK (victim_impact_status IN ('not_started', 'drafting', 'submitted', 'declined')),
      victim_impact_on TEXT,
      victim_impact_notes TEXT,
      outcome TEXT CHECK (outcome IN ('conviction', 'plea', 'acquittal', 'dismissal')),
      outcome_on TEXT,
      sentence TEXT,
      restitution TEXT
    );
    CREATE INDEX legal_proceeding_case ON legal_proceeding(case_id);

    CREATE TABLE legal_court_date (
      id INTEGER PRIMARY KEY,
      matter_id INTEGER NOT NULL REFERENCES legal_matter(id) ON DELETE CASCADE,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      time TEXT,
      purpose TEXT,
      location TEXT,
      accompany INTEGER NOT NULL DEFAULT 0 CHECK (accompany IN (0, 1)),
      created_by INTEGER NOT NULL REFERENCES staff(id),
      created_at TEXT NOT NULL
    );
    CREATE INDEX legal_court_date_matter ON legal_court_date(matter_id, date);
    -- The caseworker's summary and Today read accompany dates by case.
    CREATE INDEX legal_court_date_accompany ON legal_court_date(case_id, date) WHERE accompany = 1;

    CREATE TABLE legal_override (
      key TEXT PRIMARY KEY,
      matter_id INTEGER NOT NULL REFERENCES legal_matter(id) ON DELETE CASCADE,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      date TEXT NOT NULL,
      by_id INTEGER NOT NULL REFERENCES staff(id),
      reason TEXT NOT NULL,
      notice_ref TEXT,
      recorded_at TEXT NOT NULL
    );
    CREATE INDEX legal_override_matter ON legal_override(matter_id);

    CREATE TABLE legal_deadline (
      key TEXT PRIMARY KEY,
      matter_id INTEGER NOT NULL REFERENCES legal_matter(id) ON DELETE CASCADE,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      date TEXT,
      computed TEXT,
      rule_id TEXT NOT NULL,
      rule_version INTEGER,
      confidence TEXT NOT NULL,
      flags TEXT NOT NULL DEFAULT '[]',
      parent_key TEXT,
      offset_days INTEGER,
      -- 1 while the matter is open (not closed, withdrawn, denied, rejected or expired): only open ones are due.
      open INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1))
    );
    CREATE INDEX legal_deadline_matter ON legal_deadline(matter_id);
    -- Today and the deadline list: a legal aide's cases, their open deadlines by date.
    CREATE INDEX legal_deadline_due ON legal_deadline(case_id, open, date);

    CREATE TABLE legal_task (
      id INTEGER PRIMARY KEY,
      deadline_key TEXT NOT NULL UNIQUE REFERENCES legal_deadline(key) ON DELETE CASCADE,
      matter_id INTEGER NOT NULL REFERENCES legal_matter(id) ON DELETE CASCADE,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      -- Copied from the deadline at each recomputation, so the due lists read tasks alone (see legal_task_due).
      kind TEXT NOT NULL,
      due_on TEXT,
      open INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1)),
      owner_id INTEGER REFERENCES staff(id),
      done_at TEXT,
      done_by INTEGER REFERENCES staff(id),
      snoozed_until TEXT,
      snooze_reason TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1,
      CHECK (snoozed_until IS NULL OR snooze_reason IS NOT NULL)
    );
    CREATE INDEX legal_task_case ON legal_task(case_id);
    -- Today and the due lists: a legal aide's cases, their pending tasks by date, snooze read from the index.
    CREATE INDEX legal_task_due ON legal_task(case_id, due_on, snoozed_until) WHERE done_at IS NULL AND open = 1;
    CREATE INDEX legal_task_owner ON legal_task(owner_id, done_at);
  `);
}
