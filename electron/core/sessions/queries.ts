import type { Part } from '../../../shared/cases/access';
import type { SessionKind, SessionLocation, SessionStatus } from '../../../shared/sessions/vocab';
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
