/**
 * What the calendar draws, whatever the core calls it: one occurrence of a session or appointment (a
 * recurring series expands into one item per occurrence), and the columns it sits in (days, or rooms on
 * one day). The grid, the agenda and the drag code only know these shapes.
 */
import type { Occurrence } from '../../../../shared/sessions/schemas';
import type { SessionStatus } from '../../../../shared/sessions/vocab';

export type { SessionStatus };

export interface CalendarItem {
  /** Unique per occurrence: `<sessionId>-<occurrenceId>` (busy time: `busy-<room>-<start>`). */
  key: string;
  sessionId: number;
  /** The occurrence it draws; null for a room's busy time the reader may not see the booking of. */
  occurrence: Occurrence | null;
  recurring: boolean;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  /** Case numbers (or initials) only: a calendar is read over shoulders. */
  title: string;
  /** Where, and with whom: the room or "Off-site" / "Remote", the mentor or staff member. */
  where: string;
  who: string;
  roomId: number | null;
  interpreter: boolean;
  /** The reader may move or edit it (the core decides; this only hides controls that would be refused). */
  canEdit: boolean;
}

export interface Column {
  id: string;
  /** The day this column shows (start of day in the centre's zone). */
  day: Date;
  label: string;
  /** A second line: the date under a weekday, the capacity under a room. */
  sublabel?: string;
  /** The column is today: the now line is drawn in it. */
  isToday: boolean;
  /** Marked as today (tag, rule, tint): day columns, not the rooms of the room view (all of one day). */
  marked?: boolean;
  /** Which items belong here. */
  has(item: CalendarItem): boolean;
  /** Where a booking started from this column goes (a room column books that room). */
  roomId?: number | null;
}

/** A place on the grid a move or booking points at. */
export interface SlotTarget {
  column: Column;
  /** Wall-clock minutes after midnight on the column's day. */
  minutes: number;
}
