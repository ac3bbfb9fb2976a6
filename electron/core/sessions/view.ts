import { notePart } from '../../../shared/cases/access';
import type { Occurrence, SessionDetail } from '../../../shared/sessions/schemas';
import { SESSION_NOTE_TYPE } from '../../../shared/sessions/vocab';
import { getContact } from '../cases/queries';
import type { Ctx } from '../runtime';
import type { ReaderCases } from './access';
import { casesOfSessions, notesOfOccurrences, occurrenceViewsOfSession, sessionRow, type CaseOfSession, type OccurrenceViewRow } from './queries';

/**
 * What a reader sees of sessions: every mentee case is filtered through the reader's own parts, so a group
 * session shows each mentor only their own mentees (never another mentee's number, name or note).
 */
export class SessionViews {
  private names = new Map<number, string | null>();
  constructor(
    private readonly ctx: Ctx,
    private readonly reader: ReaderCases,
  ) {}

  /** The contact name to use, only for readers holding the contact part (mentors, caseworkers, legal aides on the case). */
  private nameOf(caseId: number): string | null {
    if (!this.reader.get(caseId)?.has('contact')) return null;
    if (!this.names.has(caseId)) {
      const n = getContact(this.ctx.db, caseId).preferredName.trim();
      this.names.set(caseId, n === '' ? null : n);
    }
    return this.names.get(caseId)!;
  }

  seesCase(caseId: number, part: string): boolean {
    return this.reader.get(caseId)?.has(part as never) ?? false;
  }

  occurrences(rows: readonly OccurrenceViewRow[]): Occurrence[] {
    if (rows.length === 0) return [];
    const cases = new Map<number, CaseOfSession[]>();
    for (const c of casesOfSessions(this.ctx.db, [...new Set(rows.map((r) => r.session_id))])) cases.set(c.session_id, [...(cases.get(c.session_id) ?? []), c]);
    const notes = new Map<string, number>();
    for (const n of notesOfOccurrences(this.ctx.db, rows.map((r) => r.id))) notes.set(`${n.occurrence_id}:${n.case_id}`, n.note_id);
    const me = this.ctx.session.staffId;
    return rows.map((r) => {
      const notePartOf = notePart(SESSION_NOTE_TYPE[r.kind]);
      return {
        id: r.id,
        sessionId: r.session_id,
        kind: r.kind,
        title: r.title,
        organiserId: r.organiser_id,
        organiserName: r.organiser_name,
        date: r.date,
        startTime: r.start_time,
        endTime: r.end_time,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        timeZone: r.time_zone,
        location: r.location,
        roomId: r.room_id,
        roomName: r.room_name,
        status: r.status,
        interpreter: r.interpreter === 1,
        recurring: r.recurring === 1,
        moved: r.moved === 1,
        cases: (cases.get(r.session_id) ?? [])
          .filter((c) => this.seesCase(c.case_id, r.part))
          .map((c) => ({
            caseId: c.case_id,
            caseNumber: c.case_number,
            name: this.nameOf(c.case_id),
            noteId: this.reader.get(c.case_id)?.has(notePartOf) ? (notes.get(`${r.id}:${c.case_id}`) ?? null) : null,
          })),
        mine: r.organiser_id === me,
        version: r.version,
      };
    });
  }

  detail(sessionId: number): SessionDetail {
    const s = sessionRow(this.ctx.db, sessionId)!;
    const except = JSON.parse(s.except_dates) as string[];
    return {
      id: s.id,
      kind: s.kind,
      title: s.title,
      organiserId: s.organiser_id,
      organiserName: s.organiser_name,
      timeZone: s.time_zone,
      rrule: s.rrule,
      recurrence: s.every === null ? null : { every: s.every, until: s.until_date!, except },
      interpreter: s.interpreter === 1,
      cases: casesOfSessions(this.ctx.db, [s.id])
        .filter((c) => this.seesCase(c.case_id, s.part))
        .map((c) => ({ caseId: c.case_id, caseNumber: c.case_number, name: this.nameOf(c.case_id) })),
      occurrences: this.occurrences(occurrenceViewsOfSession(this.ctx.db, s.id)),
      mine: s.organiser_id === this.ctx.session.staffId,
      version: s.version,
    };
  }
}
