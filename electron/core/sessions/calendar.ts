import * as icsModule from 'ics';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Occurrence } from '../../../shared/sessions/schemas';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { casesByPart, readerCases } from './access';
import { centreZone } from './centre';
import { calendarOccurrences, roomOccurrences, roomRow } from './queries';
import { addDaysTo, daysBetween, instantOf } from './time';
import { SessionViews } from './view';

// ics ships CommonJS: Node's ESM loader exposes it as `default` only, bundlers as named exports.
const { createEvents } = (icsModule as unknown as { default?: typeof icsModule }).default ?? icsModule;

/**
 * The reader's calendar over a range: their own sessions and those on their cases (each mentee shown only to
 * readers holding the session's part on that mentee's case). With a room: everything booked in it, and what
 * the reader may not see as busy time only.
 */
export function readCalendar(ctx: Ctx, from: string, to: string, roomId?: number): OutputOf<'sessions.calendar'> {
  const reader = readerCases(ctx);
  const views = new SessionViews(ctx, reader);
  const zone = centreZone(ctx);
  if (roomId === undefined) {
    const rows = calendarOccurrences(ctx.db, { staffId: ctx.session.staffId, byPart: casesByPart(reader), from, to });
    return { timeZone: zone, occurrences: views.occurrences(rows), busy: [] };
  }
  if (!roomRow(ctx.db, roomId)) fail('NOT_FOUND');
  const me = ctx.session.staffId;
  const rows = roomOccurrences(ctx.db, roomId, from, to);
  // Built once for the whole range (two queries), then split: what the reader may see, and bare busy time.
  const shown = views.occurrences(rows).filter((o) => o.organiserId === me || o.cases.length > 0);
  const ids = new Set(shown.map((o) => o.id));
  // Busy time carries the wall clock stored with the occurrence (read in the zone it was booked in).
  const busy = rows.filter((r) => !ids.has(r.id)).map((r) => ({ roomId, startsAt: r.starts_at, endsAt: r.ends_at, date: r.date, startTime: r.start_time, endTime: r.end_time }));
  return { timeZone: zone, occurrences: shown, busy };
}

export function sessionsCalendar(ctx: Ctx, input: ParsedInputOf<'sessions.calendar'>): OutputOf<'sessions.calendar'> {
  const out = readCalendar(ctx, input.from, input.to, input.roomId);
  ctx.note(input.roomId === undefined ? null : `room:${input.roomId}`, { rows: out.occurrences.length, busy: out.busy.length });
  return out;
}

const KIND_TITLE = { mentoring: 'Mentoring session', casework: 'Appointment', legal: 'Legal appointment' } as const;

/**
 * The export: the reader's own sessions (planned or held) as an .ics file, de-identified. Each event says the
 * kind and the case numbers only: no names, no title (free text could hold one), no room or place, no notes.
 * Instants in UTC, so any calendar shows them at the right local time.
 */
export function sessionsExportCalendar(ctx: Ctx, input: ParsedInputOf<'sessions.exportCalendar'>): OutputOf<'sessions.exportCalendar'> {
  if (daysBetween(input.from, input.to) > 366) fail('VALIDATION', 'Export a year at most.', { fields: { to: 'at most a year' } });
  const zone = centreZone(ctx);
  const from = instantOf(input.from, '00:00', zone);
  const to = instantOf(addDaysTo(input.to, 1), '00:00', zone);
  const me = ctx.session.staffId;
  const occurrences: Occurrence[] = [];
  // The calendar read is bounded to six weeks a call; walk the range in such steps.
  for (let start = from; start < to; ) {
    const end = new Date(Math.min(Date.parse(start) + 42 * 86_400_000, Date.parse(to))).toISOString();
    occurrences.push(...readCalendar(ctx, start, end).occurrences.filter((o) => o.organiserId === me && o.startsAt >= start && (o.status === 'planned' || o.status === 'held')));
    start = end;
  }
  const events = occurrences.map((o) => ({
    uid: `haven-occurrence-${o.id}@haven.invalid`,
    title: `${KIND_TITLE[o.kind]} · ${o.cases.map((c) => c.caseNumber).join(', ') || '—'}`,
    start: Date.parse(o.startsAt),
    end: Date.parse(o.endsAt),
    startInputType: 'utc' as const,
    startOutputType: 'utc' as const,
    endInputType: 'utc' as const,
    endOutputType: 'utc' as const,
    classification: 'CONFIDENTIAL',
    status: 'CONFIRMED' as const,
    productId: 'haven/sessions',
  }));
  const { error, value } = createEvents(events, { productId: 'haven/sessions' });
  if (error || value === null) fail('INTERNAL');
  ctx.note(null, { from: input.from, to: input.to, count: events.length });
  return { filename: `haven-sessions-${input.from}-to-${input.to}.ics`, ics: value!, count: events.length };
}
