import type { Db } from '../connection';

/**
 * Issue 13: rooms, staff working hours and time off, the centre's time zone (centre records), and sessions.
 * - A session is a booking (single or a weekly / two-weekly series) by one organiser with one or several
 *   mentee cases (session_case: case data, cascading from case_file). Its wall-clock template (first date,
 *   start and end time, place) is read in the zone it was booked in (time_zone); `rrule` keeps the RFC 5545
 *   rule with its EXDATEs as text, `every` / `until_date` / `except_dates` the same as fields.
 * - Every occurrence is a row (session_occurrence), materialised when the series is booked or edited (a
 *   series is bounded: a year at most), keyed by the date the rule put it on (original_date, the
 *   RECURRENCE-ID). A moved or cancelled occurrence is the same row with its own date, times, place and
 *   status (moved = 1): the per-occurrence override. The calendar and the conflict check read these rows
 *   by UTC instant through the indexes below, never by expanding rules at read time.
 * - session_note links the note written after an occurrence for one mentee to that case's note.
 * Instants are ISO strings in UTC ('…Z'), so text order is time order.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE calendar_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      time_zone TEXT NOT NULL DEFAULT 'America/New_York',
      updated_at TEXT,
      version INTEGER NOT NULL DEFAULT 1
    );
    INSERT INTO calendar_settings (id) VALUES (1);

    CREATE TABLE room (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 200),
      child_friendly INTEGER NOT NULL DEFAULT 0 CHECK (child_friendly IN (0, 1)),
      forensic_recording INTEGER NOT NULL DEFAULT 0 CHECK (forensic_recording IN (0, 1)),
      accessible INTEGER NOT NULL DEFAULT 0 CHECK (accessible IN (0, 1)),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1
    );
    CREATE UNIQUE INDEX room_name ON room(name COLLATE NOCASE);

    CREATE TABLE working_hours (
      id INTEGER PRIMARY KEY,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
      start_time TEXT NOT NULL,
      end_time TEXT NOT NULL,
      CHECK (start_time < end_time)
    );
    CREATE INDEX working_hours_staff ON working_hours(staff_id, weekday);

    CREATE TABLE time_off (
      id INTEGER PRIMARY KEY,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      starts_at TEXT NOT NULL,
      ends_at TEXT NOT NULL,
      created_by INTEGER NOT NULL REFERENCES staff(id),
      created_at TEXT NOT NULL,
      CHECK (starts_at < ends_at)
    );
    CREATE INDEX time_off_staff ON time_off(staff_id, starts_at);

    CREATE TABLE session (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('mentoring', 'casework', 'legal')),
      part TEXT NOT NULL CHECK (part IN ('sessions', 'sessions.legal')),
      organiser_id INTEGER NOT NULL REFERENCES staff(id),
      title TEXT NOT NULL DEFAULT '',
      interpreter INTEGER NOT NULL DEFAULT 0 CHECK (interpreter IN (0, 1)),
      time_zone TEXT NOT NULL,
      first_date TEXT NOT NULL,
      start_time TEXT NOT NULL,
      end_time TEXT NOT NULL,
      location TEXT NOT NULL CHECK (location IN ('room', 'offsite', 'remote')),
      room_id INTEGER REFERENCES room(id),
      rrule TEXT,
      every INTEGER CHECK (every IN (1, 2)),
      until_date TEXT,
      except_dates TEXT NOT NULL DEFAULT '[]',
      created_by INTEGER NOT NULL REFERENCES staff(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1,
      CHECK (start_time < end_time),
      CHECK ((location = 'room') = (room_id IS NOT NULL)),
      CHECK ((rrule IS NULL) = (every IS NULL) AND (every IS NULL) = (until_date IS NULL))
    );
    CREATE INDEX session_organiser ON session(organiser_id);

    CREATE TABLE session_case (
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      PRIMARY KEY (session_id, case_id)
    ) WITHOUT ROWID;
    CREATE INDEX session_case_case ON session_case(case_id, session_id);

    CREATE TABLE session_occurrence (
      id INTEGER PRIMARY KEY,
      session_id INTEGER NOT NULL REFERENCES session(id) ON DELETE CASCADE,
      original_date TEXT NOT NULL,
      date TEXT NOT NULL,
      start_time TEXT NOT NULL,
      end_time TEXT NOT NULL,
      starts_at TEXT NOT NULL,
      ends_at TEXT NOT NULL,
      location TEXT NOT NULL CHECK (location IN ('room', 'offsite', 'remote')),
      room_id INTEGER REFERENCES room(id),
      organiser_id INTEGER NOT NULL REFERENCES staff(id),
      status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled', 'no_show')),
      moved INTEGER NOT NULL DEFAULT 0 CHECK (moved IN (0, 1)),
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1,
      UNIQUE (session_id, original_date),
      CHECK (starts_at < ends_at),
      CHECK ((location = 'room') = (room_id IS NOT NULL))
    );
    -- The calendar and the conflict check: by session, organiser, room or all, each by start instant.
    CREATE INDEX occurrence_session ON session_occurrence(session_id, starts_at);
    CREATE INDEX occurrence_organiser ON session_occurrence(organiser_id, starts_at);
    CREATE INDEX occurrence_room ON session_occurrence(room_id, starts_at) WHERE room_id IS NOT NULL;
    CREATE INDEX occurrence_start ON session_occurrence(starts_at);

    CREATE TABLE session_note (
      occurrence_id INTEGER NOT NULL REFERENCES session_occurrence(id) ON DELETE CASCADE,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
      PRIMARY KEY (occurrence_id, case_id)
    ) WITHOUT ROWID;

    CREATE TABLE session_reminder (
      occurrence_id INTEGER NOT NULL REFERENCES session_occurrence(id) ON DELETE CASCADE,
      case_id INTEGER NOT NULL REFERENCES case_file(id) ON DELETE CASCADE,
      staff_id INTEGER NOT NULL REFERENCES staff(id),
      done_at TEXT NOT NULL,
      PRIMARY KEY (occurrence_id, case_id, staff_id)
    ) WITHOUT ROWID;
  `);
}
