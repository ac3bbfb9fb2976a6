import type { Part } from '../../../shared/cases/access';
import type { CASE_EVENTS, CaseEventName } from '../../../shared/cases/events';
import { registerPurger } from '../retention/registry';
import type { Db } from '../store/connection';

/**
 * The case event log behind the timeline. Every feature appends its own events with the part they belong
 * to; the timeline filters by the reader's parts, so a new kind (referrals, sessions, deadlines) plugs in
 * by appending events, without changing the timeline. Params hold ids, codes and counts, never narrative.
 * Event names are declared in shared/cases/events.ts, the one list the timeline's wording is checked against.
 */
export interface CaseEvent<E extends CaseEventName = CaseEventName> {
  caseId: number;
  at: string;
  actorId: number | null;
  /** Fixed by the event (shared/cases/events.ts): the compiler refuses a mismatched pair. */
  kind: (typeof CASE_EVENTS)[E];
  event: E;
  part: Part;
  params?: Record<string, string | number | null>;
  ref?: { type: string; id: number } | null;
}

export function appendCaseEvent<E extends CaseEventName>(db: Db, e: CaseEvent<E>): void {
  db.prepare(
    `INSERT INTO case_event (case_id, at, actor_id, kind, event, part, params, ref_type, ref_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.caseId, e.at, e.actorId, e.kind, e.event, e.part, JSON.stringify(e.params ?? {}), e.ref?.type ?? null, e.ref?.id ?? null);
}

interface EventRow {
  at: string;
  kind: string;
  event: string;
  params: string;
  ref_type: string | null;
  ref_id: number | null;
  actor: string | null;
}

export function caseEvents(db: Db, caseId: number, parts: readonly Part[]) {
  const rows = db
    .prepare(
      `SELECT e.at, e.kind, e.event, e.params, e.ref_type, e.ref_id, s.display_name AS actor
       FROM case_event e LEFT JOIN staff s ON s.id = e.actor_id
       WHERE e.case_id = ? AND e.part IN (SELECT value FROM json_each(?))
       ORDER BY e.at, e.id`,
    )
    .all(caseId, JSON.stringify(parts)) as EventRow[];
  return rows.map((r) => ({
    at: r.at,
    kind: r.kind,
    event: r.event,
    params: JSON.parse(r.params) as Record<string, string | number | null>,
    actor: r.actor,
    ref: r.ref_type && r.ref_id !== null ? { type: r.ref_type, id: r.ref_id } : null,
  }));
}

// Removing a case (retention purge, discarded intake) counts its events here; the case row's cascade deletes them.
registerPurger({
  name: 'events',
  count: (db, caseIds) => db.prepare('SELECT count(*) FROM case_event WHERE case_id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(caseIds)) as number,
});
