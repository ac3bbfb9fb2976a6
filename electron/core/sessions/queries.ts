import type { CaseRole, Part } from '../../../shared/cases/access';
import type { SessionKind, SessionLocation, SessionStatus } from '../../../shared/sessions/vocab';
import { registerPurger } from '../retention/registry';
import { prep, type Db } from '../store/connection';

/** All SQL of rooms, working hours, time off, the calendar settings and sessions (issue 13). */

export interface SessionRow {
  id: number;
  kind: SessionKind;
  part: Extract<Part, 'sessions' | 'sessions.legal'>;
  organiser_id: number;
  organiser_name: string;
  title: string;
  interpreter: number;
  time_zone: string;
  first_date: string;
  start_time: string;
  end_time: string;
  location: SessionLocation;
  room_id: number | null;
  rrule: string | null;
  every: number | null;
  until_date: string | null;
  except_dates: string;
  version: number;
}

export interface OccurrenceRow {
  id: number;
  session_id: number;
  original_date: string;
  date: string;
  start_time: string;
  end_time: string;
  starts_at: string;
  ends_at: string;
  location: SessionLocation;
  room_id: number | null;
  organiser_id: number;
  status: SessionStatus;
  moved: number;
  version: number;
}

export const sessionRow = (db: Db, id: number) =>
  prep(db, 'SELECT s.*, st.display_name AS organiser_name FROM session s JOIN staff st ON st.id = s.organiser_id WHERE s.id = ?').get(id) as SessionRow | undefined;

export const sessionCaseIds = (db: Db, sessionId: number) => prep(db, 'SELECT case_id FROM session_case WHERE session_id = ? ORDER BY case_id').pluck().all(sessionId) as number[];

// ---- calendar settings, rooms, working hours, time off: centre records -------------------------------

export const calendarSettingsRow = (db: Db) => prep(db, 'SELECT time_zone, version FROM calendar_settings WHERE id = 1').get() as { time_zone: string; version: number };

export const updateCalendarSettings = (db: Db, version: number, zone: string, now: string) =>
  prep(db, 'UPDATE calendar_settings SET time_zone = ?, updated_at = ?, version = version + 1 WHERE id = 1 AND version = ?').run(zone, now, version).changes === 1;

export interface RoomRow {
  id: number;
  name: string;
  capacity: number;
  child_friendly: number;
  forensic_recording: number;
  accessible: number;
  active: number;
  version: number;
}

export const listRooms = (db: Db, includeInactive: boolean) =>
  prep(db, 'SELECT * FROM room WHERE active = 1 OR ? ORDER BY name COLLATE NOCASE, id').all(includeInactive ? 1 : 0) as RoomRow[];
export const roomRow = (db: Db, id: number) => prep(db, 'SELECT * FROM room WHERE id = ?').get(id) as RoomRow | undefined;
export const roomNamed = (db: Db, name: string) => prep(db, 'SELECT id FROM room WHERE name = ? COLLATE NOCASE').pluck().get(name) as number | undefined;

interface RoomFields {
  name: string;
  capacity: number;
  childFriendly: boolean;
  forensicRecording: boolean;
  accessible: boolean;
  active: boolean;
}
const roomParams = (r: RoomFields) => ({
  name: r.name,
  capacity: r.capacity,
  cf: r.childFriendly ? 1 : 0,
  fr: r.forensicRecording ? 1 : 0,
  ac: r.accessible ? 1 : 0,
  active: r.active ? 1 : 0,
});

export const insertRoom = (db: Db, r: RoomFields, now: string) =>
  Number(
    prep(db, 'INSERT INTO room (name, capacity, child_friendly, forensic_recording, accessible, active, created_at, updated_at) VALUES (@name, @capacity, @cf, @fr, @ac, @active, @now, @now)').run({ ...roomParams(r), now })
      .lastInsertRowid,
  );

export const updateRoom = (db: Db, id: number, version: number, r: RoomFields, now: string) =>
  prep(
    db,
    `UPDATE room SET name = @name, capacity = @capacity, child_friendly = @cf, forensic_recording = @fr, accessible = @ac, active = @active,
       updated_at = @now, version = version + 1 WHERE id = @id AND version = @version`,
  ).run({ ...roomParams(r), now, id, version }).changes === 1;

export const staffBrief = (db: Db, id: number) => prep(db, 'SELECT id, display_name, active FROM staff WHERE id = ?').get(id) as { id: number; display_name: string; active: number } | undefined;

export interface HoursRow {
  weekday: number;
  start_time: string;
  end_time: string;
}
export const hoursOf = (db: Db, staffId: number) =>
  prep(db, 'SELECT weekday, start_time, end_time FROM working_hours WHERE staff_id = ? ORDER BY weekday, start_time').all(staffId) as HoursRow[];

export function replaceHours(db: Db, staffId: number, hours: readonly { weekday: number; start: string; end: string }[]): void {
  prep(db, 'DELETE FROM working_hours WHERE staff_id = ?').run(staffId);
  const ins = prep(db, 'INSERT INTO working_hours (staff_id, weekday, start_time, end_time) VALUES (?, ?, ?, ?)');
  for (const h of hours) ins.run(staffId, h.weekday, h.start, h.end);
}

export interface TimeOffRow {
  id: number;
  starts_at: string;
  ends_at: string;
}
/** Time off that has not ended yet (the past is not needed to book). */
export const timeOffOf = (db: Db, staffId: number, after: string) =>
  prep(db, 'SELECT id, starts_at, ends_at FROM time_off WHERE staff_id = ? AND ends_at > ? ORDER BY starts_at').all(staffId, after) as TimeOffRow[];
export const timeOffOverlapping = (db: Db, staffId: number, from: string, to: string) =>
  prep(db, 'SELECT id, starts_at, ends_at FROM time_off WHERE staff_id = ? AND starts_at < ? AND ends_at > ? ORDER BY starts_at').all(staffId, to, from) as TimeOffRow[];
export const insertTimeOff = (db: Db, t: { staffId: number; startsAt: string; endsAt: string; by: number; now: string }) =>
  Number(prep(db, 'INSERT INTO time_off (staff_id, starts_at, ends_at, created_by, created_at) VALUES (?, ?, ?, ?, ?)').run(t.staffId, t.startsAt, t.endsAt, t.by, t.now).lastInsertRowid);
export const deleteTimeOff = (db: Db, staffId: number, id: number) => prep(db, 'DELETE FROM time_off WHERE id = ? AND staff_id = ?').run(id, staffId).changes === 1;

// ---- sessions and occurrences: case data through session_case ------------------------------------------

/** The reader's assignments (case, case role), for the one visibility rule applied in the service. */
export const assignmentsOf = (db: Db, staffId: number) =>
  prep(db, 'SELECT case_id, case_role FROM case_assignment WHERE staff_id = ?').all(staffId) as { case_id: number; case_role: CaseRole }[];

export interface NewSession {
  kind: SessionKind;
  part: string;
  organiserId: number;
  title: string;
  interpreter: boolean;
  zone: string;
  firstDate: string;
  startTime: string;
  endTime: string;
  location: SessionLocation;
  roomId: number | null;
  rrule: string | null;
  every: number | null;
  until: string | null;
  except: readonly string[];
}
const sessionParams = (s: Omit<NewSession, 'kind' | 'part' | 'organiserId'>) => ({
  title: s.title,
  interpreter: s.interpreter ? 1 : 0,
  zone: s.zone,
  firstDate: s.firstDate,
  startTime: s.startTime,
  endTime: s.endTime,
  location: s.location,
  roomId: s.roomId,
  rrule: s.rrule,
  every: s.every,
  until: s.until,
  except: JSON.stringify([...s.except].sort()),
});

export function insertSession(db: Db, s: NewSession, caseIds: readonly number[], by: number, now: string): number {
  const id = Number(
    prep(
      db,
      `INSERT INTO session (kind, part, organiser_id, title, interpreter, time_zone, first_date, start_time, end_time, location, room_id, rrule, every, until_date, except_dates, created_by, created_at, updated_at)
       VALUES (@kind, @part, @organiserId, @title, @interpreter, @zone, @firstDate, @startTime, @endTime, @location, @roomId, @rrule, @every, @until, @except, @by, @now, @now)`,
    ).run({ ...sessionParams(s), kind: s.kind, part: s.part, organiserId: s.organiserId, by, now }).lastInsertRowid,
  );
  const ins = prep(db, 'INSERT INTO session_case (session_id, case_id) VALUES (?, ?)');
  for (const c of caseIds) ins.run(id, c);
  return id;
}

export const updateSessionRow = (db: Db, id: number, version: number, s: Omit<NewSession, 'kind' | 'part' | 'organiserId'>, now: string) =>
  prep(
    db,
    `UPDATE session SET title = @title, interpreter = @interpreter, time_zone = @zone, first_date = @firstDate, start_time = @startTime, end_time = @endTime,
       location = @location, room_id = @roomId, rrule = @rrule, every = @every, until_date = @until, except_dates = @except, updated_at = @now, version = version + 1
     WHERE id = @id AND version = @version`,
  ).run({ ...sessionParams(s), id, version, now }).changes === 1;

export const touchSession = (db: Db, id: number, version: number, now: string) =>
  prep(db, 'UPDATE session SET updated_at = ?, version = version + 1 WHERE id = ? AND version = ?').run(now, id, version).changes === 1;

export interface NewOccurrence {
  originalDate: string;
  date: string;
  startTime: string;
  endTime: string;
  startsAt: string;
  endsAt: string;
  location: SessionLocation;
  roomId: number | null;
}

export const insertOccurrence = (db: Db, sessionId: number, organiserId: number, o: NewOccurrence, now: string) =>
  Number(
    prep(
      db,
      `INSERT INTO session_occurrence (session_id, original_date, date, start_time, end_time, starts_at, ends_at, location, room_id, organiser_id, updated_at)
       VALUES (@sessionId, @originalDate, @date, @startTime, @endTime, @startsAt, @endsAt, @location, @roomId, @organiserId, @now)`,
    ).run({ ...o, sessionId, organiserId, now }).lastInsertRowid,
  );

export const occurrenceRow = (db: Db, id: number) => prep(db, 'SELECT * FROM session_occurrence WHERE id = ?').get(id) as OccurrenceRow | undefined;
export const occurrencesOfSession = (db: Db, sessionId: number) =>
  prep(db, 'SELECT * FROM session_occurrence WHERE session_id = ? ORDER BY starts_at, id').all(sessionId) as OccurrenceRow[];

export const moveOccurrence = (db: Db, id: number, version: number, o: Omit<NewOccurrence, 'originalDate'>, now: string) =>
  prep(
    db,
    `UPDATE session_occurrence SET date = @date, start_time = @startTime, end_time = @endTime, starts_at = @startsAt, ends_at = @endsAt, location = @location,
       room_id = @roomId, moved = 1, updated_at = @now, version = version + 1 WHERE id = @id AND version = @version`,
  ).run({ ...o, id, version, now }).changes === 1;

export const setOccurrenceStatus = (db: Db, id: number, version: number, status: SessionStatus, now: string) =>
  prep(db, 'UPDATE session_occurrence SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?').run(status, now, id, version).changes === 1;

export const deleteOccurrence = (db: Db, id: number) => prep(db, 'DELETE FROM session_occurrence WHERE id = ?').run(id);

/** Re-point occurrences to another session (a series split at "this and following"). */
export const reassignOccurrence = (db: Db, id: number, sessionId: number, now: string) =>
  prep(db, 'UPDATE session_occurrence SET session_id = ?, updated_at = ?, version = version + 1 WHERE id = ?').run(sessionId, now, id);

export interface CaseOfSession {
  session_id: number;
  case_id: number;
  case_number: string;
}
export const casesOfSessions = (db: Db, sessionIds: readonly number[]) =>
  prep(db, 'SELECT sc.session_id, sc.case_id, f.case_number FROM session_case sc JOIN case_file f ON f.id = sc.case_id WHERE sc.session_id IN (SELECT value FROM json_each(?)) ORDER BY sc.case_id').all(
    JSON.stringify(sessionIds),
  ) as CaseOfSession[];

export const notesOfOccurrences = (db: Db, occurrenceIds: readonly number[]) =>
  prep(db, 'SELECT occurrence_id, case_id, note_id FROM session_note WHERE occurrence_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(occurrenceIds)) as {
    occurrence_id: number;
    case_id: number;
    note_id: number;
  }[];

export const linkNote = (db: Db, occurrenceId: number, caseId: number, noteId: number) =>
  prep(db, 'INSERT INTO session_note (occurrence_id, case_id, note_id) VALUES (?, ?, ?)').run(occurrenceId, caseId, noteId);
export const noteOfOccurrence = (db: Db, occurrenceId: number, caseId: number) =>
  prep(db, 'SELECT note_id FROM session_note WHERE occurrence_id = ? AND case_id = ?').pluck().get(occurrenceId, caseId) as number | undefined;

/** An occurrence with what the calendar shows of its session (names of organiser and room joined here). */
export interface OccurrenceViewRow extends OccurrenceRow {
  kind: SessionKind;
  part: SessionRow['part'];
  title: string;
  interpreter: number;
  time_zone: string;
  recurring: number;
  organiser_name: string;
  room_name: string | null;
}

const VIEW_SELECT = `SELECT o.*, s.kind, s.part, s.title, s.interpreter, s.time_zone, s.rrule IS NOT NULL AS recurring, st.display_name AS organiser_name, r.name AS room_name
  FROM session_occurrence o JOIN session s ON s.id = o.session_id JOIN staff st ON st.id = o.organiser_id LEFT JOIN room r ON r.id = o.room_id`;

export const occurrenceViewsOfSession = (db: Db, sessionId: number) =>
  prep(db, `${VIEW_SELECT} WHERE o.session_id = ? ORDER BY o.starts_at, o.id`).all(sessionId) as OccurrenceViewRow[];
export const occurrenceView = (db: Db, id: number) => prep(db, `${VIEW_SELECT} WHERE o.id = ?`).get(id) as OccurrenceViewRow | undefined;

/**
 * A session lasts less than a day, so an occurrence overlapping [from, to) starts after from − 2 days: the
 * lower bound keeps every range read on the starts_at indexes instead of scanning all earlier rows.
 */
const lowBound = (from: string) => new Date(Date.parse(from) - 2 * 86_400_000).toISOString();

/**
 * The reader's calendar: occurrences they organise, and occurrences of sessions on cases where they hold the
 * session's part (`byPart`: part -> case ids, from the one visibility rule). Driven from the reader's own
 * cases through session_case, so its cost follows the caseload, not the centre's 50k sessions.
 */
export function calendarOccurrences(db: Db, q: { staffId: number; byPart: Record<string, readonly number[]>; from: string; to: string }): OccurrenceViewRow[] {
  // Each case once, with a mask of the session parts the reader holds on it (1 'sessions', 2 'sessions.legal'):
  // a caseworker holds both on every case, and one pass over their cases is half the index probes of two.
  const mask = new Map<number, number>();
  for (const c of q.byPart['sessions'] ?? []) mask.set(c, 1);
  for (const c of q.byPart['sessions.legal'] ?? []) mask.set(c, (mask.get(c) ?? 0) | 2);
  const p = { me: q.staffId, from: q.from, to: q.to, low: lowBound(q.from), vis: JSON.stringify([...mask]) };
  return prep(
    db,
    `WITH vis(case_id, mask) AS (SELECT value ->> 0, value ->> 1 FROM json_each(@vis)),
     ids AS (
       SELECT o.id FROM session_occurrence o WHERE o.organiser_id = @me AND o.starts_at >= @low AND o.starts_at < @to AND o.ends_at > @from
       UNION
       SELECT o.id FROM vis JOIN session_case sc ON sc.case_id = vis.case_id
         JOIN session s ON s.id = sc.session_id AND (vis.mask & (CASE s.part WHEN 'sessions' THEN 1 ELSE 2 END)) <> 0
         JOIN session_occurrence o ON o.session_id = s.id AND o.starts_at >= @low AND o.starts_at < @to AND o.ends_at > @from)
     ${VIEW_SELECT} WHERE o.id IN (SELECT id FROM ids) ORDER BY o.starts_at, o.id`,
  ).all(p) as OccurrenceViewRow[];
}

/** Everything booked in a room over a range (the room view); the service hides what the reader may not see. */
export const roomOccurrences = (db: Db, roomId: number, from: string, to: string) =>
  prep(db, `${VIEW_SELECT} WHERE o.room_id = ? AND o.starts_at >= ? AND o.starts_at < ? AND o.ends_at > ? AND o.status <> 'cancelled' ORDER BY o.starts_at, o.id`).all(
    roomId,
    lowBound(from),
    to,
    from,
  ) as OccurrenceViewRow[];

/** Occurrences of one case, by part (the case page), newest first. */
export const caseOccurrences = (db: Db, caseId: number, parts: readonly string[]) =>
  prep(
    db,
    `${VIEW_SELECT} WHERE o.session_id IN (SELECT sc.session_id FROM session_case sc JOIN session s2 ON s2.id = sc.session_id WHERE sc.case_id = ? AND s2.part IN (SELECT value FROM json_each(?)))
     ORDER BY o.starts_at DESC, o.id DESC LIMIT 500`,
  ).all(caseId, JSON.stringify(parts)) as OccurrenceViewRow[];

/** A booked (not cancelled) occurrence that takes time: what the conflict check compares against. */
export interface BusyRow {
  id: number;
  session_id: number;
  starts_at: string;
  ends_at: string;
  part: SessionRow['part'];
  organiser_id: number;
  room_id: number | null;
  case_id?: number;
}

export const busyOfRoom = (db: Db, roomId: number, from: string, to: string) =>
  prep(
    db,
    `SELECT o.id, o.session_id, o.starts_at, o.ends_at, s.part, o.organiser_id, o.room_id FROM session_occurrence o JOIN session s ON s.id = o.session_id
     WHERE o.room_id = ? AND o.starts_at >= ? AND o.starts_at < ? AND o.ends_at > ? AND o.status <> 'cancelled' ORDER BY o.starts_at`,
  ).all(roomId, lowBound(from), to, from) as BusyRow[];

export const busyOfOrganiser = (db: Db, staffId: number, from: string, to: string) =>
  prep(
    db,
    `SELECT o.id, o.session_id, o.starts_at, o.ends_at, s.part, o.organiser_id, o.room_id FROM session_occurrence o JOIN session s ON s.id = o.session_id
     WHERE o.organiser_id = ? AND o.starts_at >= ? AND o.starts_at < ? AND o.ends_at > ? AND o.status <> 'cancelled' ORDER BY o.starts_at`,
  ).all(staffId, lowBound(from), to, from) as BusyRow[];

export const busyOfCases = (db: Db, caseIds: readonly number[], from: string, to: string) =>
  prep(
    db,
    `SELECT o.id, o.session_id, o.starts_at, o.ends_at, s.part, o.organiser_id, o.room_id, sc.case_id FROM session_case sc JOIN session s ON s.id = sc.session_id
       JOIN session_occurrence o ON o.session_id = sc.session_id AND o.starts_at >= ? AND o.starts_at < ? AND o.ends_at > ? AND o.status <> 'cancelled'
     WHERE sc.case_id IN (SELECT value FROM json_each(?)) ORDER BY o.starts_at`,
  ).all(lowBound(from), to, from, JSON.stringify(caseIds)) as BusyRow[];

/** The organiser's coming planned occurrences (reminders), with each mentee case. */
export const comingOccurrencesOf = (db: Db, staffId: number, from: string, to: string) =>
  prep(
    db,
    `SELECT o.id, o.session_id, o.date, o.start_time, o.starts_at, sc.case_id, f.case_number, s.part, sr.done_at
     FROM session_occurrence o JOIN session s ON s.id = o.session_id JOIN session_case sc ON sc.session_id = o.session_id JOIN case_file f ON f.id = sc.case_id
       LEFT JOIN session_reminder sr ON sr.occurrence_id = o.id AND sr.case_id = sc.case_id AND sr.staff_id = o.organiser_id
     WHERE o.organiser_id = ? AND o.starts_at >= ? AND o.starts_at < ? AND o.status = 'planned' ORDER BY o.starts_at, o.id, sc.case_id`,
  ).all(staffId, from, to) as {
    id: number;
    session_id: number;
    date: string;
    start_time: string;
    starts_at: string;
    case_id: number;
    case_number: string;
    part: SessionRow['part'];
    done_at: string | null;
  }[];

export const markReminded = (db: Db, occurrenceId: number, caseId: number, staffId: number, now: string) =>
  prep(db, 'INSERT INTO session_reminder (occurrence_id, case_id, staff_id, done_at) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET done_at = excluded.done_at').run(occurrenceId, caseId, staffId, now);

/**
 * Retention: session_case, session_note and session_reminder go with the case row (cascade). A session whose
 * every mentee is being purged would be left with none: it goes too (its occurrences cascade from it).
 */
registerPurger({
  name: 'sessions',
  count: (db, caseIds) =>
    prep(db, 'SELECT count(DISTINCT session_id) FROM session_case WHERE case_id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(caseIds)) as number,
  remove: (db, caseIds) => {
    prep(
      db,
      `DELETE FROM session WHERE id IN (SELECT session_id FROM session_case WHERE case_id IN (SELECT value FROM json_each(@ids)))
         AND NOT EXISTS (SELECT 1 FROM session_case sc WHERE sc.session_id = session.id AND sc.case_id NOT IN (SELECT value FROM json_each(@ids)))`,
    ).run({ ids: JSON.stringify(caseIds) });
  },
});

/** Sessions a staff member organises that name a case (what they leave behind when unassigned from it). */
export const organisedWithCase = (db: Db, staffId: number, caseId: number) =>
  prep(db, 'SELECT s.* FROM session s JOIN session_case sc ON sc.session_id = s.id WHERE s.organiser_id = ? AND sc.case_id = ? ORDER BY s.id').all(staffId, caseId) as SessionRow[];

export const removeSessionCase = (db: Db, sessionId: number, caseId: number) => prep(db, 'DELETE FROM session_case WHERE session_id = ? AND case_id = ?').run(sessionId, caseId);
