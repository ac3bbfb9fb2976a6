import { notePart } from '../../../shared/cases/access';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Reminder } from '../../../shared/sessions/schemas';
import { SESSION_NOTE_TYPE } from '../../../shared/sessions/vocab';
import { caseAccess } from '../cases/access';
import { getContact } from '../cases/queries';
import { appendCaseEvent } from '../events';
import { fail } from '../errors';
import { insertNote } from '../notes/queries';
import type { Ctx } from '../runtime';
import { readerCases } from './access';
import { comingOccurrencesOf, linkNote, markReminded, noteOfOccurrence, occurrenceRow, occurrenceView, sessionCaseIds, sessionRow, setOccurrenceStatus } from './queries';
import { SessionViews } from './view';

/** After and before a session: the note written after it, and the reminders a staff member sends themselves. */

/** The organiser's occurrence of this session, for one of its mentee cases. */
function organisersOccurrence(ctx: Ctx, sessionId: number, occurrenceId: number, caseId: number) {
  const s = sessionRow(ctx.db, sessionId) ?? fail('NOT_FOUND');
  if (s.organiser_id !== ctx.session.staffId) fail('NEED_TO_KNOW', 'Only the organiser writes the note of a session and reminds its mentees.');
  const o = occurrenceRow(ctx.db, occurrenceId);
  if (!o || o.session_id !== s.id || !sessionCaseIds(ctx.db, s.id).includes(caseId)) fail('NOT_FOUND');
  return { s, o: o! };
}

/**
 * The note after an occurrence, for one mentee: a note on that mentee's case, of the type the session's kind
 * decides (mentoring, contact or legal), checked against the writer's parts on THAT case, linked to the
 * occurrence, which is marked held if it was still planned. One note per mentee and occurrence; later
 * changes go through notes.update, with its history.
 */
export function sessionsWriteNote(ctx: Ctx, input: ParsedInputOf<'sessions.writeNote'>): OutputOf<'sessions.writeNote'> {
  const { s, o } = organisersOccurrence(ctx, input.sessionId, input.occurrenceId, input.caseId);
  const type = SESSION_NOTE_TYPE[s.kind];
  if (!caseAccess(ctx, input.caseId).parts.has(notePart(type))) fail('NEED_TO_KNOW');
  if (o.starts_at > ctx.nowIso) fail('VALIDATION', 'The note is written once the session has started.', { fields: { occurrenceId: 'not started yet' } });
  if (o.status === 'cancelled' || o.status === 'no_show') fail('VALIDATION', 'No note for a session that did not take place.', { fields: { occurrenceId: o.status } });
  if (noteOfOccurrence(ctx.db, o.id, input.caseId) !== undefined) fail('VALIDATION', 'This session already has its note; edit that note instead.', { fields: { occurrenceId: 'note written' } });
  const noteId = insertNote(ctx.db, { caseId: input.caseId, type, body: input.body, authorId: ctx.session.staffId, now: ctx.nowIso });
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'note', event: 'note.created', part: notePart(type), params: { type }, ref: { type: 'note', id: noteId } });
  linkNote(ctx.db, o.id, input.caseId, noteId);
  if (o.status === 'planned') {
    setOccurrenceStatus(ctx.db, o.id, o.version, 'held', ctx.nowIso);
    for (const c of sessionCaseIds(ctx.db, s.id))
      appendCaseEvent(ctx.db, { caseId: c, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'session', event: 'session.held', part: s.part, params: { kind: s.kind, date: o.date }, ref: { type: 'session', id: s.id } });
  }
  ctx.note(`note:${noteId}`, { session: s.id, occurrence: o.id, caseId: input.caseId });
  return new SessionViews(ctx, readerCases(ctx)).occurrences([occurrenceView(ctx.db, o.id)!])[0]!;
}

/**
 * How a mentee may be reminded: only by the methods the survivor marked safe to leave a message on, and not at
 * all when they asked not to be contacted or someone unsafe may monitor their phone or messages.
 */
export function safeMethods(caseId: number, ctx: Ctx): Pick<Reminder, 'methods' | 'blocked'> {
  const c = getContact(ctx.db, caseId);
  if (c.doNotContact) return { methods: [], blocked: 'do_not_contact' };
  if (c.unsafePersonMayMonitor === 'yes') return { methods: [], blocked: 'monitored' };
  const methods = c.methods.filter((m) => m.safeToLeaveMessage === 'yes').map((m) => ({ kind: m.kind, value: m.value, safeTimes: m.safeTimes }));
  return { methods, blocked: methods.length === 0 ? 'no_safe_method' : null };
}

function reminders(ctx: Ctx, from: string, to: string): Reminder[] {
  const reader = readerCases(ctx);
  const views = new SessionViews(ctx, reader);
  return comingOccurrencesOf(ctx.db, ctx.session.staffId, from, to)
    .filter((r) => reader.get(r.case_id)?.has('contact') && reader.get(r.case_id)?.has(r.part))
    .map((r) => ({
      occurrenceId: r.id,
      sessionId: r.session_id,
      caseId: r.case_id,
      caseNumber: r.case_number,
      name: views.occurrences([occurrenceView(ctx.db, r.id)!])[0]!.cases.find((c) => c.caseId === r.case_id)?.name ?? null,
      startsAt: r.starts_at,
      date: r.date,
      startTime: r.start_time,
      ...safeMethods(r.case_id, ctx),
      doneAt: r.done_at,
    }));
}

/** Each staff member's reminders: their own coming sessions. The app sends nothing; they remind, then record it. */
export function remindersList(ctx: Ctx, input: ParsedInputOf<'reminders.list'>): OutputOf<'reminders.list'> {
  const out = reminders(ctx, ctx.nowIso, new Date(ctx.now.getTime() + input.days * 86_400_000).toISOString());
  ctx.note(null, { rows: out.length });
  return out;
}

export function remindersDone(ctx: Ctx, input: ParsedInputOf<'reminders.done'>): OutputOf<'reminders.done'> {
  const { o } = organisersOccurrence(ctx, input.sessionId, input.occurrenceId, input.caseId);
  if (!caseAccess(ctx, input.caseId).parts.has('contact')) fail('NEED_TO_KNOW');
  if (o.status !== 'planned') fail('VALIDATION', 'Only a planned session is reminded.', { fields: { occurrenceId: o.status } });
  if (safeMethods(input.caseId, ctx).blocked !== null) fail('VALIDATION', 'This mentee has no safe way to be reminded.', { fields: { caseId: 'no safe method' } });
  markReminded(ctx.db, o.id, input.caseId, ctx.session.staffId, ctx.nowIso);
  ctx.note(`session:${o.session_id}`, { occurrence: o.id, caseId: input.caseId });
  const r = reminders(ctx, o.starts_at, new Date(Date.parse(o.starts_at) + 1).toISOString()).find((x) => x.occurrenceId === o.id && x.caseId === input.caseId);
  return r ?? fail('NOT_FOUND');
}
