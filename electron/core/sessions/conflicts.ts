import { addMinutes, differenceInMinutes, format, parseISO } from 'date-fns';
import type { Clash, ScheduleCheck } from '../../../shared/sessions/schemas';
import { SUGGESTIONS } from '../../../shared/sessions/vocab';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import type { ReaderCases } from './access';
import { busyOfCases, busyOfOrganiser, busyOfRoom, casesOfSessions, hoursOf, timeOffOverlapping, type BusyRow, type HoursRow, type TimeOffRow } from './queries';
import { addDaysTo, instantOf, weekdayOf, type Slot } from './time';

/** What is being booked: its occurrences, and who and what they need. */
export interface Proposal {
  slots: readonly Slot[];
  roomId: number | null;
  organiserId: number;
  caseIds: readonly number[];
  /** Occurrences this booking replaces (the one being moved, the planned ones of a series being edited). */
  exclude: ReadonlySet<number>;
  zone: string;
}

/** How far ahead free slots are looked for, and the day a suggestion may fall in when no working hours are set. */
const SUGGEST_DAYS = 14;
const DAY_START = '08:00';
const DAY_END = '20:00';
const STEP_MINUTES = 30;
const MAX_CLASHES = 50;

const overlaps = (a: { startsAt: string; endsAt: string }, b: { starts_at: string; ends_at: string }) => b.starts_at < a.endsAt && b.ends_at > a.startsAt;

/** Wall-clock minutes between two 'HH:mm' times, and a time moved by minutes, through date-fns on a fixed day. */
const REF = '2000-01-03';
const minutesBetween = (from: string, to: string) => differenceInMinutes(parseISO(`${REF}T${to}`), parseISO(`${REF}T${from}`));
const plusMinutes = (time: string, m: number) => format(addMinutes(parseISO(`${REF}T${time}`), m), 'HH:mm');

interface Busy {
  room: BusyRow[];
  organiser: BusyRow[];
  cases: BusyRow[];
  hours: HoursRow[];
  timeOff: TimeOffRow[];
}

function loadBusy(ctx: Ctx, p: Proposal, from: string, to: string): Busy {
  const keep = (rows: BusyRow[]) => rows.filter((r) => !p.exclude.has(r.id));
  return {
    room: p.roomId === null ? [] : keep(busyOfRoom(ctx.db, p.roomId, from, to)),
    organiser: keep(busyOfOrganiser(ctx.db, p.organiserId, from, to)),
    cases: p.caseIds.length === 0 ? [] : keep(busyOfCases(ctx.db, p.caseIds, from, to)),
    hours: hoursOf(ctx.db, p.organiserId),
    timeOff: timeOffOverlapping(ctx.db, p.organiserId, from, to),
  };
}

/** Inside the organiser's working hours: hours not set at all means nothing is outside them. */
function withinHours(hours: readonly HoursRow[], s: Slot): boolean {
  if (hours.length === 0) return true;
  const wd = weekdayOf(s.date);
  return hours.some((h) => h.weekday === wd && h.start_time <= s.startTime && s.endTime <= h.end_time);
}

function isFree(b: Busy, s: Slot): boolean {
  return withinHours(b.hours, s) && ![b.room, b.organiser, b.cases, b.timeOff].some((rows) => rows.some((r) => overlaps(s, r)));
}

/**
 * The conflict check of every booking change (create, move one occurrence, edit this-and-following or the
 * whole series): each proposed occurrence against the room's, the organiser's and every mentee's other
 * occurrences (cancelled ones take no time), the organiser's working hours and time off. A clash names the
 * other booking (session and occurrence ids, times) only when the reader may see it; otherwise just when.
 */
export function checkSchedule(ctx: Ctx, reader: ReaderCases, p: Proposal): ScheduleCheck {
  if (p.slots.length === 0) return { clashes: [], suggestions: [] };
  const from = p.slots.reduce((m, s) => (s.startsAt < m ? s.startsAt : m), p.slots[0]!.startsAt);
  const to = p.slots.reduce((m, s) => (s.endsAt > m ? s.endsAt : m), p.slots[0]!.endsAt);
  const busy = loadBusy(ctx, p, from, to);
  const others = [...busy.room, ...busy.organiser, ...busy.cases];
  const visible = visibleSessions(ctx, reader, others);
  const theirs = (r: BusyRow) => {
    const seen = visible.has(r.session_id);
    return { startsAt: r.starts_at, endsAt: r.ends_at, sessionId: seen ? r.session_id : null, occurrenceId: seen ? r.id : null };
  };
  const clashes: Clash[] = [];
  const ours = (s: Slot) => ({ date: s.date, startTime: s.startTime, endTime: s.endTime, startsAt: s.startsAt, endsAt: s.endsAt });
  for (const s of p.slots) {
    for (const r of busy.room) if (overlaps(s, r)) clashes.push({ ours: ours(s), reason: 'room', theirs: theirs(r), caseId: null, roomId: p.roomId });
    for (const r of busy.organiser) if (overlaps(s, r)) clashes.push({ ours: ours(s), reason: 'organiser', theirs: theirs(r), caseId: null, roomId: null });
    for (const r of busy.cases) if (overlaps(s, r)) clashes.push({ ours: ours(s), reason: 'mentee', theirs: theirs(r), caseId: r.case_id ?? null, roomId: null });
    if (!withinHours(busy.hours, s)) clashes.push({ ours: ours(s), reason: 'outside_hours', theirs: null, caseId: null, roomId: null });
    for (const t of busy.timeOff) if (overlaps(s, t)) clashes.push({ ours: ours(s), reason: 'time_off', theirs: { startsAt: t.starts_at, endsAt: t.ends_at, sessionId: null, occurrenceId: null }, caseId: null, roomId: null });
    if (clashes.length >= MAX_CLASHES) break;
  }
  if (clashes.length === 0) return { clashes, suggestions: [] };
  return { clashes: clashes.slice(0, MAX_CLASHES), suggestions: suggest(ctx, p, clashes[0]!.ours) };
}

/** Sessions the reader organises or holds the session's part on one of its cases: only these are named. */
function visibleSessions(ctx: Ctx, reader: ReaderCases, rows: readonly BusyRow[]): Set<number> {
  const me = ctx.session.staffId;
  const out = new Set<number>();
  const parts = new Map<number, string>();
  for (const r of rows) {
    if (r.organiser_id === me) out.add(r.session_id);
    parts.set(r.session_id, r.part);
  }
  const pending = [...parts.keys()].filter((id) => !out.has(id));
  for (const c of pending.length ? casesOfSessions(ctx.db, pending) : []) if (reader.get(c.case_id)?.has(parts.get(c.session_id) as never)) out.add(c.session_id);
  return out;
}

/** A wall-clock slot as instants, or null when the clock skips that time (the DST night). */
function trySlot(date: string, startTime: string, endTime: string, zone: string): Slot | null {
  try {
    const startsAt = instantOf(date, startTime, zone);
    const endsAt = instantOf(date, endTime, zone);
    return endsAt > startsAt ? { date, startTime, endTime, startsAt, endsAt } : null;
  } catch {
    return null;
  }
}

/**
 * The next free slots of the same length as the first clashing occurrence: after it, every half hour
 * within the organiser's working hours (08:00–20:00 when none are set), in the future, with the room, the
 * organiser and every mentee free. Read in wall-clock time, so a suggestion after a DST change is still at
 * the local time it says.
 */
function suggest(ctx: Ctx, p: Proposal, first: { date: string; startTime: string; endTime: string }): Slot[] {
  const length = minutesBetween(first.startTime, first.endTime);
  const lastDay = addDaysTo(first.date, SUGGEST_DAYS);
  const windowFrom = instantOf(first.date, '00:00', p.zone);
  const windowTo = new Date(Date.parse(instantOf(lastDay, '00:00', p.zone)) + 86_400_000).toISOString();
  const busy = loadBusy(ctx, p, windowFrom, windowTo);
  const now = ctx.nowIso;
  const out: Slot[] = [];
  for (let d = 0; d < SUGGEST_DAYS && out.length < SUGGESTIONS; d++) {
    const date = addDaysTo(first.date, d);
    const wd = weekdayOf(date);
    const spans = busy.hours.length ? busy.hours.filter((h) => h.weekday === wd).map((h) => [h.start_time, h.end_time] as const) : [[DAY_START, DAY_END] as const];
    for (const [open, close] of spans) {
      // Half-hour steps while the slot still fits before closing (a step never wraps past midnight: it stops first).
      for (let start = open; minutesBetween(start, close) >= length && out.length < SUGGESTIONS; start = plusMinutes(start, STEP_MINUTES)) {
        // The NEXT free slots: on the clashing day, only after the time asked for.
        const s = d === 0 && start <= first.startTime ? null : trySlot(date, start, plusMinutes(start, length), p.zone);
        if (s && s.startsAt > now && isFree(busy, s)) out.push(s);
        if (minutesBetween(start, close) < STEP_MINUTES) break;
      }
    }
  }
  return out;
}

/** CONFLICT carrying the clashes and suggestions, when there are any. */
export function failOnClashes(check: ScheduleCheck): void {
  if (check.clashes.length > 0) fail('CONFLICT', 'This booking clashes with other bookings, working hours or time off.', { schedule: check });
}
