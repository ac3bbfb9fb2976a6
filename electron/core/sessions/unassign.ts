import { sessionPart } from '../../../shared/sessions/vocab';
import { registerUnassignHook } from '../cases/unassign-hooks';
import { appendCaseEvent } from '../events';
import type { Ctx } from '../runtime';
import { occurrencesOfSession, organisedWithCase, removeSessionCase, sessionCaseIds, setOccurrenceStatus, touchSession } from './queries';

/**
 * A person unassigned from a case can no longer change the sessions they organised with it (only the
 * organiser may, and only while on every mentee's case), so those sessions would block the mentee and the
 * room with nobody able to cancel them. In the unassign's transaction: a session of that case alone has its
 * coming planned occurrences cancelled (held, missed and past ones stay as the record); a group session
 * with other mentees left just drops the case, so the group goes on. Each is a 'session.cancelled' event on
 * the case's timeline, by the person who unassigned.
 */
function leaveSessions(ctx: Ctx, left: { caseId: number; staffId: number }): void {
  let cancelled = 0;
  let dropped = 0;
  for (const s of organisedWithCase(ctx.db, left.staffId, left.caseId)) {
    const coming = occurrencesOfSession(ctx.db, s.id).filter((o) => o.status === 'planned' && o.starts_at > ctx.nowIso);
    const group = sessionCaseIds(ctx.db, s.id).length > 1;
    if (group) {
      removeSessionCase(ctx.db, s.id, left.caseId);
      dropped++;
    } else {
      if (coming.length === 0) continue;
      for (const o of coming) setOccurrenceStatus(ctx.db, o.id, o.version, 'cancelled', ctx.nowIso);
      cancelled += coming.length;
    }
    touchSession(ctx.db, s.id, s.version, ctx.nowIso);
    appendCaseEvent(ctx.db, {
      caseId: left.caseId,
      at: ctx.nowIso,
      actorId: ctx.session.staffId,
      kind: 'session',
      event: 'session.cancelled',
      part: sessionPart(s.kind),
      params: { kind: s.kind, date: null, occurrences: coming.length, reason: 'organiser_unassigned' },
      ref: { type: 'session', id: s.id },
    });
  }
  if (cancelled + dropped > 0) ctx.note(`case:${left.caseId}`, { sessionOccurrencesCancelled: cancelled, groupSessionsLeft: dropped });
}

registerUnassignHook('sessions', leaveSessions);
