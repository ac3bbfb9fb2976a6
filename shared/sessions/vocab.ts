/**
 * Words of the sessions and rooms feature (issue 13). Codes only; the renderer translates them.
 * - kind: who the session is with. A mentor's session ('mentoring'), a caseworker's appointment
 *   ('casework') or a legal aide's appointment ('legal'). The kind decides the case role the organiser must
 *   hold on every mentee's case and the case part the session belongs to (sessionPart).
 */
export const SESSION_KINDS = ['mentoring', 'casework', 'legal'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** One occurrence's status. A series has no status of its own: each occurrence has one. */
export const SESSION_STATUSES = ['planned', 'held', 'cancelled', 'no_show'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** Where: one of the centre's rooms, somewhere else (a café, a court: never written down), or remote. */
export const SESSION_LOCATIONS = ['room', 'offsite', 'remote'] as const;
export type SessionLocation = (typeof SESSION_LOCATIONS)[number];

/** Room features a booking may need. */
export const ROOM_FEATURES = ['childFriendly', 'forensicRecording', 'accessible'] as const;
export type RoomFeature = (typeof ROOM_FEATURES)[number];

/** Why a booking clashes (the CONFLICT answer of a create, move or series edit). */
export const CLASH_REASONS = ['room', 'organiser', 'mentee', 'outside_hours', 'time_off', 'room_inactive'] as const;
export type ClashReason = (typeof CLASH_REASONS)[number];

/** How a change to a recurring session applies: one occurrence, this one and the following, or all of them. */
export const APPLY_TO = ['series', 'following'] as const;
export type ApplyTo = (typeof APPLY_TO)[number];

/**
 * The centre's time zone: the US and Canadian IANA zones a centre may be in. Every wall-clock time of a
 * session is read in it, and a weekly 10:00 stays 10:00 local across DST. America/New_York by default.
 */
export const CENTRE_TIME_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Puerto_Rico',
  'America/St_Johns',
  'America/Halifax',
  'America/Toronto',
  'America/Winnipeg',
  'America/Regina',
  'America/Edmonton',
  'America/Vancouver',
  'America/Whitehorse',
] as const;
export type CentreTimeZone = (typeof CENTRE_TIME_ZONES)[number];
export const DEFAULT_TIME_ZONE: CentreTimeZone = 'America/New_York';

/** ISO weekdays, Monday = 1 … Sunday = 7 (date-fns getISODay). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Limits: a series is bounded (a year at most), a range read a few weeks, a group small. */
export const MAX_SERIES_DAYS = 366;
export const MAX_OCCURRENCES = 60;
export const MAX_RANGE_DAYS = 42;
export const MAX_GROUP = 12;
/** How many free slots a CONFLICT suggests. */
export const SUGGESTIONS = 3;

/** The case part a session of this kind belongs to (shared/cases/access.ts): legal aides' appointments are legal detail. */
export const sessionPart = (kind: SessionKind): 'sessions' | 'sessions.legal' => (kind === 'legal' ? 'sessions.legal' : 'sessions');
/** The case role the organiser must hold (assigned, not break-the-glass) on every mentee's case. */
export const ORGANISER_CASE_ROLES: Record<SessionKind, readonly ('mentor' | 'caseworker' | 'lead_caseworker' | 'legal_aide')[]> = {
  mentoring: ['mentor'],
  casework: ['caseworker', 'lead_caseworker'],
  legal: ['legal_aide'],
};
/** The note written after a session, by kind: mentoring note, contact note, legal note. */
export const SESSION_NOTE_TYPE: Record<SessionKind, 'mentoring' | 'contact' | 'legal'> = { mentoring: 'mentoring', casework: 'contact', legal: 'legal' };
