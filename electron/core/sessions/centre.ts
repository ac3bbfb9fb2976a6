import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Availability, CalendarSettings, Room } from '../../../shared/sessions/schemas';
import { DEFAULT_TIME_ZONE, type CentreTimeZone, CENTRE_TIME_ZONES } from '../../../shared/sessions/vocab';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { wallOf } from './time';
import {
  busyOfRoom,
  calendarSettingsRow,
  deleteTimeOff,
  hoursOf,
  insertRoom,
  insertTimeOff,
  listRooms,
  replaceHours,
  roomNamed,
  roomRow,
  sessionCaseIds,
  staffBrief,
  timeOffOf,
  updateCalendarSettings,
  updateRoom,
  type RoomRow,
} from './queries';

/** The centre's calendar settings, rooms, and each staff member's working hours and time off: centre records. */

export function centreZone(ctx: Ctx): CentreTimeZone {
  const z = calendarSettingsRow(ctx.db).time_zone;
  return (CENTRE_TIME_ZONES as readonly string[]).includes(z) ? (z as CentreTimeZone) : DEFAULT_TIME_ZONE;
}

export function calendarSettings(ctx: Ctx): CalendarSettings {
  return { timeZone: centreZone(ctx), version: calendarSettingsRow(ctx.db).version };
}

export function calendarUpdateSettings(ctx: Ctx, input: ParsedInputOf<'calendar.updateSettings'>): OutputOf<'calendar.updateSettings'> {
  if (!updateCalendarSettings(ctx.db, input.version, input.timeZone, ctx.nowIso)) fail('CONFLICT', undefined, { current: calendarSettings(ctx) });
  ctx.note('calendar', { timeZone: input.timeZone });
  return calendarSettings(ctx);
}

const toRoom = (r: RoomRow): Room => ({
  id: r.id,
  name: r.name,
  capacity: r.capacity,
  childFriendly: r.child_friendly === 1,
  forensicRecording: r.forensic_recording === 1,
  accessible: r.accessible === 1,
  active: r.active === 1,
  version: r.version,
});

export const roomsList = (ctx: Ctx, input: ParsedInputOf<'rooms.list'>): OutputOf<'rooms.list'> => listRooms(ctx.db, input.includeInactive).map(toRoom);

export function roomsSave(ctx: Ctx, input: ParsedInputOf<'rooms.save'>): OutputOf<'rooms.save'> {
  const same = roomNamed(ctx.db, input.name);
  if (same !== undefined && same !== input.id) fail('VALIDATION', 'Another room has that name.', { fields: { name: 'already used' } });
  let id = input.id;
  if (id === undefined) id = insertRoom(ctx.db, input, ctx.nowIso);
  else {
    const r = roomRow(ctx.db, id) ?? fail('NOT_FOUND');
    if (input.version === undefined) fail('VALIDATION', 'Give the version of the room you edited.', { fields: { version: 'required' } });
    keepsItsBookings(ctx, r, input);
    if (!updateRoom(ctx.db, id, input.version!, input, ctx.nowIso)) fail('CONFLICT', undefined, { current: toRoom(r) });
  }
  ctx.note(`room:${id}`, { active: input.active ? 1 : 0 });
  return toRoom(roomRow(ctx.db, id)!);
}

/**
 * Retiring a room, or making it too small, must not strand what is booked in it: CONFLICT listing the coming
 * bookings that would no longer fit, as busy time only (the admin may not see whose they are).
 */
function keepsItsBookings(ctx: Ctx, r: RoomRow, input: ParsedInputOf<'rooms.save'>): void {
  const retiring = r.active === 1 && !input.active;
  if (!retiring && input.capacity >= r.capacity) return;
  const stranded = busyOfRoom(ctx.db, r.id, ctx.nowIso, '9999-12-31T00:00:00.000Z').filter((b) => retiring || sessionCaseIds(ctx.db, b.session_id).length + 1 > input.capacity);
  if (stranded.length === 0) return;
  const bookings = stranded.map((b) => {
    const start = wallOf(b.starts_at, centreZone(ctx));
    return { date: start.date, startTime: start.time, endTime: wallOf(b.ends_at, centreZone(ctx)).time, startsAt: b.starts_at, endsAt: b.ends_at };
  });
  fail('CONFLICT', retiring ? 'The room is booked: move or cancel those sessions first.' : 'The room is booked for more people than that: move those sessions first.', { current: { room: toRoom(r), bookings } });
}

/** Anyone reads anyone's hours (to book); a person changes only their own, an admin anyone's. */
function mayEditAvailability(ctx: Ctx, staffId: number | undefined): number {
  const id = staffId ?? ctx.session.staffId;
  if (!staffBrief(ctx.db, id)) fail('NOT_FOUND');
  if (id !== ctx.session.staffId && !ctx.session.roles.includes('admin')) fail('NEED_TO_KNOW', 'You change only your own working hours and time off.');
  return id;
}

function availability(ctx: Ctx, staffId: number): Availability {
  const s = staffBrief(ctx.db, staffId) ?? fail('NOT_FOUND');
  return {
    staffId,
    displayName: s.display_name,
    hours: hoursOf(ctx.db, staffId).map((h) => ({ weekday: h.weekday, start: h.start_time, end: h.end_time })),
    timeOff: timeOffOf(ctx.db, staffId, ctx.nowIso).map((t) => ({ id: t.id, startsAt: t.starts_at, endsAt: t.ends_at })),
  };
}

export const availabilityGet = (ctx: Ctx, input: ParsedInputOf<'availability.get'>): OutputOf<'availability.get'> => availability(ctx, input.staffId ?? ctx.session.staffId);

export function availabilitySetHours(ctx: Ctx, input: ParsedInputOf<'availability.setHours'>): OutputOf<'availability.setHours'> {
  const staffId = mayEditAvailability(ctx, input.staffId);
  const sorted = [...input.hours].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
  sorted.forEach((h, i) => {
    const prev = sorted[i - 1];
    if (prev && prev.weekday === h.weekday && h.start < prev.end) fail('VALIDATION', 'Working intervals of one day do not overlap.', { fields: { [`hours.${i}`]: 'overlaps' } });
  });
  replaceHours(ctx.db, staffId, sorted);
  ctx.note(`staff:${staffId}`, { intervals: sorted.length });
  return availability(ctx, staffId);
}

export function availabilityAddTimeOff(ctx: Ctx, input: ParsedInputOf<'availability.addTimeOff'>): OutputOf<'availability.addTimeOff'> {
  const staffId = mayEditAvailability(ctx, input.staffId);
  const id = insertTimeOff(ctx.db, { staffId, startsAt: input.startsAt, endsAt: input.endsAt, by: ctx.session.staffId, now: ctx.nowIso });
  ctx.note(`staff:${staffId}`, { timeOff: id });
  return availability(ctx, staffId);
}

export function availabilityRemoveTimeOff(ctx: Ctx, input: ParsedInputOf<'availability.removeTimeOff'>): OutputOf<'availability.removeTimeOff'> {
  const staffId = mayEditAvailability(ctx, input.staffId);
  if (!deleteTimeOff(ctx.db, staffId, input.timeOffId)) fail('NOT_FOUND');
  ctx.note(`staff:${staffId}`, { timeOff: input.timeOffId });
  return availability(ctx, staffId);
}
