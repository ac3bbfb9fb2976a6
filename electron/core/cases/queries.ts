import type { CaseRole } from '../../../shared/cases/access';
import type { Contact, Profile } from '../../../shared/cases/schemas';
import { prep, type Db } from '../store/connection';

export interface CaseRow {
  id: number;
  case_number: string;
  status: 'Active' | 'FollowUp' | 'Closed' | 'ClosedReferred';
  intake_complete: number;
  opened_at: string;
  closed_at: string | null;
  updated_at: string;
  version: number;
  search_name: string;
  trafficking_type: string | null;
}

export const getCaseRow = (db: Db, id: number) => prep(db, 'SELECT * FROM case_file WHERE id = ?').get(id) as CaseRow | undefined;

/** HV-<year>-<sequence>: pseudonymous, from a per-year counter (five digits, more when a year needs them). */
export function nextCaseNumber(db: Db, year: number): string {
  const n = prep(db, `INSERT INTO case_number_seq (year, last) VALUES (?, 1) ON CONFLICT (year) DO UPDATE SET last = last + 1 RETURNING last`).pluck().get(year) as number;
  return `HV-${year}-${String(n).padStart(5, '0')}`;
}

export function insertCase(db: Db, c: { caseNumber: string; createdBy: number; now: string; profile: Profile; contact: Contact; searchName: string; traffickingType: string | null }): number {
  const id = Number(
    prep(db, `INSERT INTO case_file (case_number, opened_at, created_by, updated_at, search_name, trafficking_type) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(c.caseNumber, c.now, c.createdBy, c.now, c.searchName, c.traffickingType).lastInsertRowid,
  );
  prep(db, 'INSERT INTO case_profile (case_id, data) VALUES (?, ?)').run(id, JSON.stringify(c.profile));
  prep(db, 'INSERT INTO case_contact (case_id, data) VALUES (?, ?)').run(id, JSON.stringify(c.contact));
  return id;
}

/** Bumps the case version when it still equals `version`; false means someone else moved it. */
export function touchCase(db: Db, id: number, version: number, now: string, set: Partial<Pick<CaseRow, 'status' | 'closed_at' | 'intake_complete' | 'search_name' | 'trafficking_type'>> = {}): boolean {
  const cols = Object.keys(set);
  const assignments = cols.map((c) => `${c} = @${c}`).join(', ');
  return (
    prep(db, `UPDATE case_file SET ${assignments ? assignments + ', ' : ''}updated_at = @now, version = version + 1 WHERE id = @id AND version = @version`).run({ ...set, id, version, now })
      .changes === 1
  );
}

export const getProfile = (db: Db, caseId: number) => JSON.parse(prep(db, 'SELECT data FROM case_profile WHERE case_id = ?').pluck().get(caseId) as string) as Profile;
export const setProfile = (db: Db, caseId: number, p: Profile) => prep(db, 'UPDATE case_profile SET data = ? WHERE case_id = ?').run(JSON.stringify(p), caseId);
export const getContact = (db: Db, caseId: number) => JSON.parse(prep(db, 'SELECT data FROM case_contact WHERE case_id = ?').pluck().get(caseId) as string) as Contact;
export const setContact = (db: Db, caseId: number, c: Contact) => prep(db, 'UPDATE case_contact SET data = ? WHERE case_id = ?').run(JSON.stringify(c), caseId);

export interface AssignmentRow {
  case_id: number;
  staff_id: number;
  display_name: string;
  case_role: CaseRole;
  assigned_at: string;
}

export function assignmentsOf(db: Db, caseIds: readonly number[]): AssignmentRow[] {
  if (caseIds.length === 0) return [];
  return prep(db, 
      `SELECT a.case_id, a.staff_id, s.display_name, a.case_role, a.assigned_at
       FROM case_assignment a JOIN staff s ON s.id = a.staff_id
       WHERE a.case_id IN (SELECT value FROM json_each(?)) ORDER BY a.case_id, a.assigned_at, s.display_name`,
    )
    .all(JSON.stringify(caseIds)) as AssignmentRow[];
}

export const myCaseRoles = (db: Db, caseId: number, staffId: number) =>
  prep(db, 'SELECT case_role FROM case_assignment WHERE case_id = ? AND staff_id = ?').pluck().all(caseId, staffId) as CaseRole[];

export const insertAssignment = (db: Db, a: { caseId: number; staffId: number; caseRole: CaseRole; now: string; by: number }) =>
  prep(db, 'INSERT OR IGNORE INTO case_assignment (case_id, staff_id, case_role, assigned_at, assigned_by) VALUES (?, ?, ?, ?, ?)').run(a.caseId, a.staffId, a.caseRole, a.now, a.by).changes === 1;

export const deleteAssignments = (db: Db, caseId: number, staffId: number) =>
  prep(db, 'DELETE FROM case_assignment WHERE case_id = ? AND staff_id = ?').run(caseId, staffId).changes;

export const countLeads = (db: Db, caseId: number) =>
  prep(db, `SELECT count(*) FROM case_assignment WHERE case_id = ? AND case_role = 'lead_caseworker'`).pluck().get(caseId) as number;

export interface TaskRow {
  id: number;
  case_id: number;
  kind: 'hhs_minor_notification';
  due_at: string;
  done_at: string | null;
}
export const tasksOf = (db: Db, caseId: number) => prep(db, 'SELECT id, case_id, kind, due_at, done_at FROM case_task WHERE case_id = ? ORDER BY due_at').all(caseId) as TaskRow[];
export const getTask = (db: Db, id: number) => prep(db, 'SELECT id, case_id, kind, due_at, done_at FROM case_task WHERE id = ?').get(id) as TaskRow | undefined;
export const insertTask = (db: Db, t: { caseId: number; kind: string; dueAt: string }) =>
  Number(prep(db, 'INSERT INTO case_task (case_id, kind, due_at) VALUES (?, ?, ?)').run(t.caseId, t.kind, t.dueAt).lastInsertRowid);
/** Open tasks due before `until` on the cases where the reader works as caseworker (Today). */
export const openTasksDue = (db: Db, v: { staffId: number; roles: readonly CaseRole[]; glass: readonly number[] }, until: string) =>
  prep(
    db,
    `SELECT t.id, t.case_id, t.kind, t.due_at, f.case_number FROM case_task t JOIN case_file f ON f.id = t.case_id
     WHERE t.done_at IS NULL AND t.due_at <= @until
       AND t.case_id IN (SELECT case_id FROM case_assignment WHERE staff_id = @me AND case_role IN (SELECT value FROM json_each(@roles)) UNION SELECT value FROM json_each(@glass))
     ORDER BY t.due_at LIMIT 100`,
  ).all({ until, me: v.staffId, roles: JSON.stringify(v.roles), glass: JSON.stringify(v.glass) }) as { id: number; case_id: number; kind: string; due_at: string; case_number: string }[];

export const completeTaskRow = (db: Db, id: number, now: string, by: number) =>
  prep(db, 'UPDATE case_task SET done_at = ?, done_by = ? WHERE id = ? AND done_at IS NULL').run(now, by, id).changes === 1;

export const insertBreakGlass = (db: Db, b: { caseId: number; staffId: number; caseRole: CaseRole; reason: string; now: string }) =>
  Number(prep(db, 'INSERT INTO break_glass (case_id, staff_id, case_role, reason, at) VALUES (?, ?, ?, ?, ?)').run(b.caseId, b.staffId, b.caseRole, b.reason, b.now).lastInsertRowid);

export const activeStaffWithRoles = (db: Db) =>
  prep(db, 
      `SELECT s.id, s.display_name AS displayName, group_concat(r.role, ',') AS roles
       FROM staff s JOIN staff_role r ON r.staff_id = s.id WHERE s.active = 1
       GROUP BY s.id ORDER BY s.display_name COLLATE NOCASE`,
    )
    .all() as { id: number; displayName: string; roles: string }[];

/** Who is asking, as decided by cases/visibility.ts: this query applies that answer, it has no rule of its own. */
export interface ListFilter {
  staffId: number;
  allCases: boolean;
  /** Assignments count only in these case roles (the staff role they need is still held). */
  heldCaseRoles: readonly CaseRole[];
  glassIds: number[];
  /** Case roles and break-the-glass cases where the reader sees the profile (name, trafficking type). */
  profileRoles: readonly CaseRole[];
  profileGlassIds: number[];
  status?: string;
  assigneeId?: number;
  traffickingType?: string;
  search?: string;
  sort: 'caseNumber' | 'openedAt' | 'updatedAt' | 'status';
  dir: 'asc' | 'desc';
  offset: number;
  limit: number;
}

const SORT_COLUMN = { caseNumber: 'c.case_number', openedAt: 'c.opened_at', updatedAt: 'c.updated_at', status: 'c.status' } as const;

/**
 * One page of visible cases plus the total. Visibility: every case for admins; otherwise cases the person
 * is assigned to or has broken the glass on. Names are searched only where the person may see the profile
 * (assigned as caseworker or legal aide): a mentor searching a name finds nothing.
 */
export type ListRow = CaseRow & { name_visible: number; profile: string | null; contact: string | null };

export function listCases(db: Db, f: ListFilter): { total: number; rows: ListRow[] } {
  const params: Record<string, unknown> = {
    me: f.staffId,
    glass: JSON.stringify(f.glassIds),
    held: JSON.stringify(f.heldCaseRoles),
    pglass: JSON.stringify(f.profileGlassIds),
    proles: JSON.stringify(f.profileRoles),
  };
  // Only the filters that are set go into the SQL: "(@x IS NULL OR ...)" terms defeat the indexes.
  const where: string[] = [];
  // The reader is on the case (in a case role whose staff role they still hold) or has broken the glass into it.
  const onCase = `c.id IN (SELECT case_id FROM case_assignment WHERE staff_id = @me AND case_role IN (SELECT value FROM json_each(@held)) UNION SELECT value FROM json_each(@glass))`;
  if (!f.allCases) where.push(onCase);
  const nameVisible = `(c.id IN (SELECT value FROM json_each(@pglass)) OR c.id IN (SELECT case_id FROM case_assignment WHERE staff_id = @me AND case_role IN (SELECT value FROM json_each(@proles))))`;
  const filter = (sql: string, name: string, value: unknown) => {
    if (value === undefined) return;
    where.push(sql);
    params[name] = value;
  };
  filter('c.status = @status', 'status', f.status);
  // The trafficking type is part of the profile: it filters only cases whose profile the reader sees.
  filter(`c.trafficking_type = @ttype AND ${nameVisible}`, 'ttype', f.traffickingType);
  filter('c.id IN (SELECT case_id FROM case_assignment WHERE staff_id = @assignee)', 'assignee', f.assigneeId);
  if (f.search) {
    params.prefix = `${f.search.toUpperCase()}%`;
    params.name = `%${f.search.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
    where.push(`(c.case_number LIKE @prefix OR (c.search_name LIKE @name ESCAPE '\\' AND ${nameVisible}))`);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = prep(db, `SELECT count(*) FROM case_file c ${clause}`).pluck().get(params) as number;
  const dir = f.dir === 'asc' ? 'ASC' : 'DESC';
  // The profile (for the name) and the contact (for the name to use when making contact, which is all a
  // mentor has) come in the same query, and only where the reader may see them: every case role sees the
  // contact part, so the contact shows wherever the reader is on the case.
  const rows = prep(
    db,
    `SELECT page.*, CASE WHEN page.name_visible THEN (SELECT data FROM case_profile WHERE case_id = page.id) END AS profile,
            CASE WHEN page.contact_visible THEN (SELECT data FROM case_contact WHERE case_id = page.id) END AS contact
     FROM (SELECT c.*, ${nameVisible} AS name_visible, ${onCase} AS contact_visible FROM case_file c ${clause} ORDER BY ${SORT_COLUMN[f.sort]} ${dir}, c.id ${dir} LIMIT @limit OFFSET @offset) page
     ORDER BY ${SORT_COLUMN[f.sort].replace('c.', 'page.')} ${dir}, page.id ${dir}`,
  ).all({ ...params, limit: f.limit, offset: f.offset }) as ListRow[];
  return { total, rows };
}

/** Retention (retention/service.ts): closed cases past the period, oldest first. */
export const closedCasesBefore = (db: Db, closedBefore: string) =>
  prep(db, `SELECT id AS caseId, case_number AS caseNumber, closed_at AS closedAt FROM case_file WHERE status IN ('Closed', 'ClosedReferred') AND closed_at < ? ORDER BY closed_at`)
    .all(closedBefore) as { caseId: number; caseNumber: string; closedAt: string }[];

/** Deleting the case row cascades to every child row (and the FTS triggers drop the notes from the index). */
export const deleteCaseRows = (db: Db, caseIds: readonly number[]) =>
  prep(db, 'DELETE FROM case_file WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(caseIds)).changes;

/** The case's own rows a discarded intake takes with it, counted for the audit record. */
export const countTasksAndAssignments = (db: Db, caseId: number) =>
  prep(db, 'SELECT (SELECT count(*) FROM case_task WHERE case_id = @id) AS tasks, (SELECT count(*) FROM case_assignment WHERE case_id = @id) AS assignments').get({ id: caseId }) as {
    tasks: number;
    assignments: number;
  };

/**
 * Deletes the case if it is still at `version` and its intake was never completed; every child row goes
 * with it (ON DELETE CASCADE). False when nothing matched: the case moved, or its intake was completed.
 */
export const deleteUncompletedCase = (db: Db, caseId: number, version: number) =>
  prep(db, 'DELETE FROM case_file WHERE id = ? AND version = ? AND intake_complete = 0').run(caseId, version).changes === 1;
