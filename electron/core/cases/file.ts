import type { CaseFile, CaseHeader } from '../../../shared/cases/schemas';
import type { Db } from '../store/connection';
import type { CaseAccess } from './access';
import { assignmentsOf, getContact, getProfile, tasksOf, type CaseRow } from './queries';

export function headerOf(db: Db, row: CaseRow): CaseHeader {
  return {
    id: row.id,
    caseNumber: row.case_number,
    status: row.status,
    intakeComplete: row.intake_complete === 1,
    openedAt: row.opened_at,
    closedAt: row.closed_at,
    updatedAt: row.updated_at,
    version: row.version,
    assignments: assignmentsOf(db, [row.id]).map((a) => ({ staffId: a.staff_id, displayName: a.display_name, caseRole: a.case_role, assignedAt: a.assigned_at })),
    tasks: tasksOf(db, row.id).map((t) => ({ id: t.id, kind: t.kind, dueAt: t.due_at, doneAt: t.done_at })),
  };
}

/** The case file as this person may see it: parts they lack are null, never partially filled. */
export function caseFileOf(db: Db, a: CaseAccess): CaseFile {
  return {
    header: headerOf(db, a.row),
    parts: [...a.parts].sort(),
    myCaseRoles: a.caseRoles,
    breakGlass: a.breakGlass,
    profile: a.parts.has('profile') ? getProfile(db, a.row.id) : null,
    contact: a.parts.has('contact') ? getContact(db, a.row.id) : null,
  };
}
