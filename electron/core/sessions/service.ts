import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { CaseEventName } from '../../../shared/cases/events';
import type { ScheduleCheck } from '../../../shared/sessions/schemas';
import { sessionPart, type SessionLocation } from '../../../shared/sessions/vocab';
import { appendCaseEvent } from '../events';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { readerCases, requireOrganiserOf } from './access';
import { centreZone } from './centre';
import { checkSchedule, failOnClashes } from './conflicts';
import {
  caseOccurrences,
  deleteOccurrence,
  insertOccurrence,
  insertSession,
  moveOccurrence,
  occurrenceRow,
  occurrenceView,
  occurrencesOfSession,
  roomRow,
  sessionCaseIds,
  sessionRow,
  setOccurrenceStatus,
  touchSession,
  updateSessionRow,
  type OccurrenceRow,
  type SessionRow,
} from './queries';
import { addDaysTo, addYearsTo, expandDates, rruleText, slotOf, wallOf, type RecurrenceInput, type Slot } from './time';
import { SessionViews } from './view';

/** Booking, moving, editing and closing sessions. Every change runs the conflict check first (conflicts.ts). */

interface Place {
  location: SessionLocation;
  roomId: number | null;
}

/** A room booking names an active room big enough for the group; off-site and remote name none (and no address). */
function checkPlace(ctx: Ctx, p: Place, people: number): void {
  if (p.location !== 'room') {
    if (p.roomId !== null) fail('VALIDATION', 'Only a room booking names a room.', { fields: { roomId: 'not for this place' } });
    return;
  }
  if (p.roomId === null) fail('VALIDATION', 'Choose a room.', { fields: { roomId: 'required' } });
  const room = roomRow(ctx.db, p.roomId!) ?? fail('NOT_FOUND');
  if (room.active !== 1) fail('VALIDATION', 'That room is retired.', { fields: { roomId: 'retired' } });
  if (room.capacity < people) fail('VALIDATION', 'The room is too small for the group.', { fields: { roomId: 'too small' } });
}

function event(ctx: Ctx, s: Pick<SessionRow, 'id' | 'kind'>, caseIds: readonly number[], name: CaseEventName & `session.${string}`, params: Record<string, string | number | null>): void {
  for (const caseId of caseIds)
    appendCaseEvent(ctx.db, { caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'session', event: name, part: sessionPart(s.kind), params: { kind: s.kind, ...params }, ref: { type: 'session', id: s.id } });
}

const views = (ctx: Ctx) => new SessionViews(ctx, readerCases(ctx));

/** The recurrence as stored: each EXDATE once, in order. */
const recurrenceOf = (r: { every: 1 | 2; until: string; except: string[] } | null): RecurrenceInput | null => (r ? { ...r, except: [...new Set(r.except)].sort() } : null);

/**
 * Session dates stay within [today − 1 year, today + 2 years] in the centre's zone: a far date
 * ('9999-12-31') becomes an instant that no longer sorts as text and drops out of every range query.
 */
function checkDateBounds(ctx: Ctx, zone: string, dates: Record<string, string | undefined>): void {
  const today = wallOf(ctx.nowIso, zone).date;
  const low = addYearsTo(today, -1);
  const high = addYearsTo(today, 2);
  for (const [field, d] of Object.entries(dates))
    if (d !== undefined && (d < low || d > high)) fail('VALIDATION', `Dates run from ${low} to ${high}.`, { fields: { [field]: 'out of range' } });
}

const recurrenceDates = (r: { until: string; except: string[] } | null) => (r ? { 'recurrence.until': r.until, ...Object.fromEntries(r.except.map((x, i) => [`recurrence.except.${i}`, x])) } : {});

/** The slots of a series: its dates (rrule, wall clock), each turned into instants in the centre's zone. */
function seriesSlots(date: string, startTime: string, endTime: string, r: RecurrenceInput | null, zone: string): Slot[] {
  return expandDates(date, startTime, r).map((d) => slotOf({ date: d, startTime, endTime }, zone));
}

// ---- create -------------------------------------------------------------------------------------------

type BookingInput = ParsedInputOf<'sessions.create'>;

function planBooking(ctx: Ctx, input: BookingInput) {
  const caseIds = [...new Set([input.caseId, ...input.groupCaseIds])];
  requireOrganiserOf(ctx, caseIds, input.kind);
  checkPlace(ctx, input, caseIds.length + 1);
  const zone = centreZone(ctx);
  checkDateBounds(ctx, zone, { date: input.date, ...recurrenceDates(input.recurrence) });
  const recurrence = recurrenceOf(input.recurrence);
  const slots = seriesSlots(input.date, input.startTime, input.endTime, recurrence, zone);
  const reader = readerCases(ctx);
  const check = checkSchedule(ctx, reader, { slots, roomId: input.roomId, organiserId: ctx.session.staffId, caseIds, exclude: new Set(), zone });
  return { caseIds, zone, recurrence, slots, check };
}

export function sessionsCheck(ctx: Ctx, input: ParsedInputOf<'sessions.check'>): ScheduleCheck {
  const plan = planBooking(ctx, input);
  ctx.note(`case:${input.caseId}`, { clashes: plan.check.clashes.length });
  return plan.check;
}

export function sessionsCreate(ctx: Ctx, input: BookingInput): OutputOf<'sessions.create'> {
  const plan = planBooking(ctx, input);
  failOnClashes(plan.check);
  const r = plan.recurrence;
  const id = insertSession(
    ctx.db,
    {
      kind: input.kind,
      part: sessionPart(input.kind),
      organiserId: ctx.session.staffId,
      title: input.title,
      interpreter: input.interpreter,
      zone: plan.zone,
      firstDate: input.date,
      startTime: input.startTime,
      endTime: input.endTime,
      location: input.location,
      roomId: input.roomId,
      rrule: rruleText(input.date, input.startTime, r, plan.zone),
      every: r?.every ?? null,
      until: r?.until ?? null,
      except: r?.except ?? [],
    },
    plan.caseIds,
    ctx.session.staffId,
    ctx.nowIso,
  );
  for (const s of plan.slots) insertOccurrence(ctx.db, id, ctx.session.staffId, { originalDate: s.date, ...s, location: input.location, roomId: input.roomId }, ctx.nowIso);
  event(ctx, { id, kind: input.kind }, plan.caseIds, 'session.booked', { date: input.date, occurrences: plan.slots.length, every: r?.every ?? null });
  ctx.note(`session:${id}`, { kind: input.kind, cases: plan.caseIds.length, occurrences: plan.slots.length });
  return views(ctx).detail(id);
}

// ---- reads --------------------------------------------------------------------------------------------

export function sessionsGet(ctx: Ctx, input: ParsedInputOf<'sessions.get'>): OutputOf<'sessions.get'> {
  ctx.note(`session:${input.sessionId}`);
  return views(ctx).detail(input.sessionId);
}

export function sessionsOfCase(ctx: Ctx, input: ParsedInputOf<'sessions.ofCase'>): OutputOf<'sessions.ofCase'> {
  const parts = (['sessions', 'sessions.legal'] as const).filter((p) => ctx.caseAccess.parts.has(p));
  const rows = caseOccurrences(ctx.db, input.caseId, parts);
  ctx.note(`case:${input.caseId}`, { rows: rows.length });
  return views(ctx).occurrences(rows);
}

// ---- the organiser's changes ----------------------------------------------------------------------------

/** Only the organiser changes a session, and only while still on every mentee's case in that capacity. */
function organised(ctx: Ctx, sessionId: number): SessionRow {
  const s = sessionRow(ctx.db, sessionId) ?? fail('NOT_FOUND');
  if (s.organiser_id !== ctx.session.staffId) fail('NEED_TO_KNOW', 'Only the organiser changes a session.');
  requireOrganiserOf(ctx, sessionCaseIds(ctx.db, s.id), s.kind);
  return s;
}

function occurrenceOf(ctx: Ctx, s: SessionRow, occurrenceId: number): OccurrenceRow {
  const o = occurrenceRow(ctx.db, occurrenceId);
  if (!o || o.session_id !== s.id) fail('NOT_FOUND');
  return o!;
}

const occurrenceOut = (ctx: Ctx, id: number) => views(ctx).occurrences([occurrenceView(ctx.db, id)!])[0]!;

type MoveInput = ParsedInputOf<'sessions.checkMove'>;

function planMove(ctx: Ctx, input: MoveInput) {
  const s = organised(ctx, input.sessionId);
  const o = occurrenceOf(ctx, s, input.occurrenceId);
  if (o.status !== 'planned') fail('VALIDATION', 'Only a planned occurrence moves.', { fields: { occurrenceId: 'not planned' } });
  const caseIds = sessionCaseIds(ctx.db, s.id);
  checkPlace(ctx, input, caseIds.length + 1);
  const zone = s.time_zone;
  checkDateBounds(ctx, zone, { date: input.date });
  const slot = slotOf(input, zone);
  const check = checkSchedule(ctx, readerCases(ctx), { slots: [slot], roomId: input.roomId, organiserId: s.organiser_id, caseIds, exclude: new Set([o.id]), zone });
  return { s, o, caseIds, slot, check };
}

export function sessionsCheckMove(ctx: Ctx, input: MoveInput): ScheduleCheck {
  const plan = planMove(ctx, input);
  ctx.note(`session:${input.sessionId}`, { occurrence: input.occurrenceId, clashes: plan.check.clashes.length });
  return plan.check;
}

export function sessionsMove(ctx: Ctx, input: ParsedInputOf<'sessions.move'>): OutputOf<'sessions.move'> {
  const plan = planMove(ctx, input);
  if (plan.o.version !== input.version) fail('CONFLICT', undefined, { current: occurrenceOut(ctx, plan.o.id) });
  failOnClashes(plan.check);
  moveOccurrence(ctx.db, plan.o.id, input.version, { ...plan.slot, location: input.location, roomId: input.roomId }, ctx.nowIso);
  event(ctx, plan.s, plan.caseIds, 'session.moved', { from: plan.o.date, date: plan.slot.date });
  ctx.note(`session:${plan.s.id}`, { occurrence: plan.o.id });
  return occurrenceOut(ctx, plan.o.id);
}

type UpdateInput = ParsedInputOf<'sessions.checkUpdate'>;

/**
 * An edit of the whole series, or of one occurrence and every later one (the series is split there: the
 * earlier part keeps its rule, ended the day before). Planned occurrences in the edited stretch are replaced
 * by the new rule's; held, cancelled and no-show ones stay as the record of what happened, and their dates
 * are not booked again.
 */
function planUpdate(ctx: Ctx, input: UpdateInput) {
  const s = organised(ctx, input.sessionId);
  const all = occurrencesOfSession(ctx.db, s.id);
  let pivot = s.first_date;
  if (input.apply === 'following') {
    if (input.fromOccurrenceId === undefined) fail('VALIDATION', 'Name the occurrence the change starts at.', { fields: { fromOccurrenceId: 'required' } });
    pivot = occurrenceOf(ctx, s, input.fromOccurrenceId!).original_date;
  }
  const stretch = all.filter((o) => o.original_date >= pivot);
  const replaced = stretch.filter((o) => o.status === 'planned');
  const kept = new Set(stretch.filter((o) => o.status !== 'planned').map((o) => o.original_date));
  const caseIds = sessionCaseIds(ctx.db, s.id);
  checkPlace(ctx, input, caseIds.length + 1);
  const zone = s.time_zone;
  checkDateBounds(ctx, zone, { date: input.date, ...recurrenceDates(input.recurrence) });
  const recurrence = recurrenceOf(input.recurrence);
  const slots = seriesSlots(input.date, input.startTime, input.endTime, recurrence, zone).filter((x) => !kept.has(x.date));
  const check = checkSchedule(ctx, readerCases(ctx), { slots, roomId: input.roomId, organiserId: s.organiser_id, caseIds, exclude: new Set(replaced.map((o) => o.id)), zone });
  const split = input.apply === 'following' && all.some((o) => o.original_date < pivot);
  return { s, pivot, stretch, replaced, caseIds, zone, recurrence, slots, check, split };
}

export function sessionsCheckUpdate(ctx: Ctx, input: UpdateInput): ScheduleCheck {
  const plan = planUpdate(ctx, input);
  ctx.note(`session:${input.sessionId}`, { apply: input.apply, clashes: plan.check.clashes.length });
  return plan.check;
}

export function sessionsUpdate(ctx: Ctx, input: ParsedInputOf<'sessions.update'>): OutputOf<'sessions.update'> {
  const plan = planUpdate(ctx, input);
  const { s, recurrence: r } = plan;
  if (s.version !== input.version) fail('CONFLICT', undefined, { current: views(ctx).detail(s.id) });
  failOnClashes(plan.check);
  for (const o of plan.replaced) deleteOccurrence(ctx.db, o.id);
  const template = {
    title: input.title,
    interpreter: input.interpreter,
    zone: plan.zone,
    firstDate: input.date,
    startTime: input.startTime,
    endTime: input.endTime,
    location: input.location,
    roomId: input.roomId,
    rrule: rruleText(input.date, input.startTime, r, plan.zone),
    every: r?.every ?? null,
    until: r?.until ?? null,
    except: r?.except ?? [],
  };
  let target = s.id;
  if (plan.split) {
    // The earlier part keeps its rule up to the day before; the kept records of the edited stretch stay with it.
    const until = addDaysTo(plan.pivot, -1);
    const old: RecurrenceInput | null = s.every === null ? null : { every: s.every as 1 | 2, until, except: (JSON.parse(s.except_dates) as string[]).filter((d) => d <= until) };
    const ok = updateSessionRow(ctx.db, s.id, s.version, { ...rowTemplate(s), rrule: rruleText(s.first_date, s.start_time, old, s.time_zone), every: old?.every ?? null, until: old?.until ?? null, except: old?.except ?? [] }, ctx.nowIso);
    if (!ok) fail('CONFLICT');
    target = insertSession(ctx.db, { ...template, kind: s.kind, part: s.part, organiserId: s.organiser_id }, plan.caseIds, ctx.session.staffId, ctx.nowIso);
  } else if (!updateSessionRow(ctx.db, s.id, s.version, template, ctx.nowIso)) fail('CONFLICT');
  for (const x of plan.slots) insertOccurrence(ctx.db, target, s.organiser_id, { originalDate: x.date, ...x, location: input.location, roomId: input.roomId }, ctx.nowIso);
  event(ctx, s, plan.caseIds, 'session.changed', { apply: input.apply, date: input.date, occurrences: plan.slots.length });
  ctx.note(`session:${s.id}`, { apply: input.apply, replaced: plan.replaced.length, occurrences: plan.slots.length, ...(target !== s.id ? { newSession: target } : {}) });
  return views(ctx).detail(target);
}

const rowTemplate = (s: SessionRow) => ({
  title: s.title,
  interpreter: s.interpreter === 1,
  zone: s.time_zone,
  firstDate: s.first_date,
  startTime: s.start_time,
  endTime: s.end_time,
  location: s.location,
  roomId: s.room_id,
});

const STATUS_EVENT = { held: 'session.held', no_show: 'session.no_show', cancelled: 'session.cancelled', planned: 'session.replanned' } as const;

export function sessionsSetStatus(ctx: Ctx, input: ParsedInputOf<'sessions.setStatus'>): OutputOf<'sessions.setStatus'> {
  const s = organised(ctx, input.sessionId);
  const o = occurrenceOf(ctx, s, input.occurrenceId);
  if (o.version !== input.version) fail('CONFLICT', undefined, { current: occurrenceOut(ctx, o.id) });
  if ((input.status === 'held' || input.status === 'no_show') && o.starts_at > ctx.nowIso) fail('VALIDATION', 'An occurrence is held or missed only once it has started.', { fields: { status: 'not started yet' } });
  const caseIds = sessionCaseIds(ctx.db, s.id);
  if (input.status === 'planned' && o.status === 'cancelled') {
    // Planned again: it takes its time back, so it must still fit.
    const slot = { date: o.date, startTime: o.start_time, endTime: o.end_time, startsAt: o.starts_at, endsAt: o.ends_at };
    failOnClashes(checkSchedule(ctx, readerCases(ctx), { slots: [slot], roomId: o.room_id, organiserId: s.organiser_id, caseIds, exclude: new Set([o.id]), zone: s.time_zone }));
  }
  if (o.status !== input.status) {
    setOccurrenceStatus(ctx.db, o.id, o.version, input.status, ctx.nowIso);
    event(ctx, s, caseIds, STATUS_EVENT[input.status], { date: o.date });
  }
  ctx.note(`session:${s.id}`, { occurrence: o.id, status: input.status });
  return occurrenceOut(ctx, o.id);
}

export function sessionsCancelSeries(ctx: Ctx, input: ParsedInputOf<'sessions.cancelSeries'>): OutputOf<'sessions.cancelSeries'> {
  const s = organised(ctx, input.sessionId);
  if (s.version !== input.version) fail('CONFLICT', undefined, { current: views(ctx).detail(s.id) });
  const from = input.from ?? '0000-01-01';
  const planned = occurrencesOfSession(ctx.db, s.id).filter((o) => o.status === 'planned' && o.date >= from);
  for (const o of planned) setOccurrenceStatus(ctx.db, o.id, o.version, 'cancelled', ctx.nowIso);
  touchSession(ctx.db, s.id, s.version, ctx.nowIso);
  event(ctx, s, sessionCaseIds(ctx.db, s.id), 'session.cancelled', { date: input.from ?? null, occurrences: planned.length });
  ctx.note(`session:${s.id}`, { cancelled: planned.length });
  return views(ctx).detail(s.id);
}

