import type { Deadline } from '../../../shared/legal';
import { registerPurger } from '../retention/registry';
import { prep, type Db } from '../store/connection';

/**
 * All SQL of legal matters (issue 12). Case data under 8 U.S.C. 1367: every table cascades from case_file.
 * Readers across cases (Today, the deadline list, reminders) are driven from the reader's own cases
 * (case_assignment as a legal aide, plus break-the-glass), never by scanning the centre's deadlines.
 */

export interface MatterRow {
  id: number;
  case_id: number;
  case_number: string;
  type: string;
  jurisdiction: string;
  status: string;
  principal_matter_id: number | null;
  base_matter_id: number | null;
  receipt_number: string | null;
  notice_number: string | null;
  filed_on: string | null;
  approved_on: string | null;
  admitted_on: string | null;
  signed_on: string | null;
  expires_on: string | null;
  ead_category: string | null;
  le_contact: string | null;
  owner_id: number | null;
  owner_name: string | null;
  rule_versions: string;
  warnings: string;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

const MATTER_SELECT = `SELECT m.*, f.case_number, o.display_name AS owner_name
  FROM legal_matter m JOIN case_file f ON f.id = m.case_id LEFT JOIN staff o ON o.id = m.owner_id`;

export const matterRow = (db: Db, id: number) => prep(db, `${MATTER_SELECT} WHERE m.id = ?`).get(id) as MatterRow | undefined;
export const mattersOfCase = (db: Db, caseId: number) => prep(db, `${MATTER_SELECT} WHERE m.case_id = ? ORDER BY m.created_at, m.id`).all(caseId) as MatterRow[];

/** Just the case of a matter, for the scope resolver. */
export const matterCase = (db: Db, id: number) => prep(db, 'SELECT case_id FROM legal_matter WHERE id = ?').pluck().get(id) as number | undefined;

export type MatterColumns = Pick<
  MatterRow,
  | 'status'
  | 'receipt_number'
  | 'notice_number'
  | 'filed_on'
  | 'approved_on'
  | 'admitted_on'
  | 'signed_on'
  | 'ead_category'
  | 'le_contact'
  | 'owner_id'
  | 'rule_versions'
  | 'closed_at'
>;

export interface NewMatter extends MatterColumns {
  case_id: number;
  type: string;
  jurisdiction: string;
  principal_matter_id: number | null;
  base_matter_id: number | null;
  created_by: number;
  created_at: string;
}

export const insertMatter = (db: Db, m: NewMatter) =>
  Number(
    prep(
      db,
      `INSERT INTO legal_matter (case_id, type, jurisdiction, status, principal_matter_id, base_matter_id, receipt_number, notice_number, filed_on, approved_on, admitted_on,
         signed_on, ead_category, le_contact, owner_id, rule_versions, closed_at, created_by, created_at, updated_at)
       VALUES (@case_id, @type, @jurisdiction, @status, @principal_matter_id, @base_matter_id, @receipt_number, @notice_number, @filed_on, @approved_on, @admitted_on,
         @signed_on, @ead_category, @le_contact, @owner_id, @rule_versions, @closed_at, @created_by, @created_at, @created_at)`,
    ).run(m).lastInsertRowid,
  );

/** Versioned update of the listed columns; false when the version moved. */
export function updateMatter(db: Db, id: number, version: number, now: string, set: Partial<MatterColumns>): boolean {
  const cols = Object.keys(set);
  const assignments = cols.map((c) => `${c} = @${c}`).join(', ');
  return (
    prep(db, `UPDATE legal_matter SET ${assignments ? assignments + ', ' : ''}updated_at = @now, version = version + 1 WHERE id = @id AND version = @version`).run({ ...set, id, version, now })
      .changes === 1
  );
}

/** What a recomputation writes back on the matter itself (not a staff change: the version stays). */
export const setMatterComputed = (db: Db, id: number, c: { rule_versions: string; warnings: string; expires_on: string | null }) =>
  prep(db, 'UPDATE legal_matter SET rule_versions = @rule_versions, warnings = @warnings, expires_on = @expires_on WHERE id = @id').run({ ...c, id });

/** A pin dropped on a matter because a date on ANOTHER matter it is anchored on changed (not a staff edit of it). */
export const setMatterPins = (db: Db, id: number, pins: string) => prep(db, 'UPDATE legal_matter SET rule_versions = ? WHERE id = ?').run(pins, id);

// --- proceedings -------------------------------------------------------------------------------------------

export interface ProceedingRow {
  matter_id: number;
  court: string | null;
  docket_number: string | null;
  charges: string | null;
  victim_impact_status: 'not_started' | 'drafting' | 'submitted' | 'declined';
  victim_impact_on: string | null;
  victim_impact_notes: string | null;
  outcome: 'conviction' | 'plea' | 'acquittal' | 'dismissal' | null;
  outcome_on: string | null;
  sentence: string | null;
  restitution: string | null;
}

export const proceedingOf = (db: Db, matterId: number) => prep(db, 'SELECT * FROM legal_proceeding WHERE matter_id = ?').get(matterId) as ProceedingRow | undefined;
export const insertProceeding = (db: Db, matterId: number, caseId: number) => prep(db, 'INSERT INTO legal_proceeding (matter_id, case_id) VALUES (?, ?)').run(matterId, caseId);
export function updateProceeding(db: Db, matterId: number, set: Partial<Omit<ProceedingRow, 'matter_id'>>): void {
  const cols = Object.keys(set);
  if (cols.length === 0) return;
  prep(db, `UPDATE legal_proceeding SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE matter_id = @matterId`).run({ ...set, matterId });
}

// --- court dates --------------------------------------------------------------------------------------------

export interface CourtDateRow {
  id: number;
  matter_id: number;
  case_id: number;
  date: string;
  time: string | null;
  purpose: string | null;
  location: string | null;
  accompany: 0 | 1;
}

export const courtDatesOfCase = (db: Db, caseId: number) => prep(db, 'SELECT * FROM legal_court_date WHERE case_id = ? ORDER BY date, id').all(caseId) as CourtDateRow[];
export const courtDateCount = (db: Db, matterId: number) => prep(db, 'SELECT count(*) FROM legal_court_date WHERE matter_id = ?').pluck().get(matterId) as number;
export const courtDateRow = (db: Db, id: number) => prep(db, 'SELECT * FROM legal_court_date WHERE id = ?').get(id) as CourtDateRow | undefined;
export const insertCourtDate = (db: Db, c: Omit<CourtDateRow, 'id'> & { created_by: number; created_at: string }) =>
  Number(
    prep(
      db,
      `INSERT INTO legal_court_date (matter_id, case_id, date, time, purpose, location, accompany, created_by, created_at)
       VALUES (@matter_id, @case_id, @date, @time, @purpose, @location, @accompany, @created_by, @created_at)`,
    ).run(c).lastInsertRowid,
  );
export function updateCourtDate(db: Db, id: number, set: Partial<Pick<CourtDateRow, 'date' | 'time' | 'purpose' | 'location' | 'accompany'>>): void {
  const cols = Object.keys(set);
  if (cols.length) prep(db, `UPDATE legal_court_date SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run({ ...set, id });
}
export const deleteCourtDate = (db: Db, id: number) => prep(db, 'DELETE FROM legal_court_date WHERE id = ?').run(id);

/** Accompany court dates of one case from a day on, on open proceedings only (as Today): the caseworker's summary (date and time only). */
export const accompanyDates = (db: Db, caseId: number, from: string) =>
  prep(
    db,
    `SELECT c.date, c.time FROM legal_court_date c JOIN legal_matter m ON m.id = c.matter_id
     WHERE c.case_id = ? AND c.accompany = 1 AND c.date >= ? AND m.status IN ('preparing', 'filed', 'approved') ORDER BY c.date, c.time`,
  ).all(caseId, from) as { date: string; time: string | null }[];

export const hasOpenMatter = (db: Db, caseId: number) =>
  prep(db, `SELECT EXISTS (SELECT 1 FROM legal_matter WHERE case_id = ? AND status IN ('preparing', 'filed', 'approved'))`).pluck().get(caseId) === 1;

// --- overrides ----------------------------------------------------------------------------------------------

export interface OverrideRow {
  key: string;
  matter_id: number;
  date: string;
  by_id: number;
  by_name: string | null;
  reason: string;
  notice_ref: string | null;
  recorded_at: string;
}

export const overridesOfCase = (db: Db, caseId: number) =>
  prep(db, 'SELECT o.*, s.display_name AS by_name FROM legal_override o LEFT JOIN staff s ON s.id = o.by_id WHERE o.case_id = ? ORDER BY o.recorded_at, o.key').all(caseId) as OverrideRow[];
export const upsertOverride = (db: Db, o: Omit<OverrideRow, 'by_name'> & { case_id: number }) =>
  prep(
    db,
    `INSERT INTO legal_override (key, matter_id, case_id, date, by_id, reason, notice_ref, recorded_at) VALUES (@key, @matter_id, @case_id, @date, @by_id, @reason, @notice_ref, @recorded_at)
     ON CONFLICT(key) DO UPDATE SET date = excluded.date, by_id = excluded.by_id, reason = excluded.reason, notice_ref = excluded.notice_ref, recorded_at = excluded.recorded_at`,
  ).run(o);
export const deleteOverride = (db: Db, matterId: number, key: string) => prep(db, 'DELETE FROM legal_override WHERE matter_id = ? AND key = ?').run(matterId, key).changes === 1;

// --- deadlines and tasks -----------------------------------------------------------------------------------

export interface DeadlineRow {
  key: string;
  matter_id: number;
  case_id: number;
  kind: Deadline['kind'];
  date: string | null;
  computed: string | null;
  rule_id: string;
  rule_version: number | null;
  confidence: Deadline['confidence'];
  flags: string;
  parent_key: string | null;
  offset_days: number | null;
  open: 0 | 1;
}

export const deadlinesOfCase = (db: Db, caseId: number) => prep(db, 'SELECT * FROM legal_deadline WHERE case_id = ?').all(caseId) as DeadlineRow[];

/**
 * Stores one case's deadlines exactly as computed: upsert by key, delete keys no longer emitted (their
 * tasks cascade), and one task per deadline that is not a reminder, owned by the matter's owner.
 */
export function storeDeadlines(db: Db, caseId: number, rows: readonly Omit<DeadlineRow, 'case_id'>[], taskOwner: (matterId: number) => number | null, now: string): void {
  prep(db, `DELETE FROM legal_deadline WHERE case_id = ? AND key NOT IN (SELECT value FROM json_each(?))`).run(caseId, JSON.stringify(rows.map((r) => r.key)));
  const upsert = prep(
    db,
    `INSERT INTO legal_deadline (key, matter_id, case_id, kind, date, computed, rule_id, rule_version, confidence, flags, parent_key, offset_days, open)
     VALUES (@key, @matter_id, @case_id, @kind, @date, @computed, @rule_id, @rule_version, @confidence, @flags, @parent_key, @offset_days, @open)
     ON CONFLICT(key) DO UPDATE SET kind = excluded.kind, date = excluded.date, computed = excluded.computed, rule_id = excluded.rule_id,
       rule_version = excluded.rule_version, confidence = excluded.confidence, flags = excluded.flags, parent_key = excluded.parent_key,
       offset_days = excluded.offset_days, open = excluded.open`,
  );
  // A task keeps its owner; its copy of the deadline's kind, date and open flag follows. Done and snooze are
  // about ONE date: a task ticked off for the old date is pending again when the deadline gets a new one (the
  // key is stable: '1:status_expiry' is the old and the renewed expiry alike), and a snooze that now ends after
  // the deadline (moved earlier by an override, a fact or a court date) is dropped, or it would hide the date.
  // The version moves with either, so a stale client's tick or snooze is refused.
  const task = prep(
    db,
    `INSERT INTO legal_task (deadline_key, matter_id, case_id, kind, due_on, open, owner_id, created_at, updated_at) VALUES (@key, @matter_id, @case_id, @kind, @date, @open, @owner, @now, @now)
     ON CONFLICT(deadline_key) DO UPDATE SET kind = excluded.kind, due_on = excluded.due_on, open = excluded.open,
       done_at = CASE WHEN due_on IS NOT excluded.due_on THEN NULL ELSE done_at END,
       done_by = CASE WHEN due_on IS NOT excluded.due_on THEN NULL ELSE done_by END,
       snoozed_until = CASE WHEN excluded.due_on IS NOT NULL AND snoozed_until > excluded.due_on THEN NULL ELSE snoozed_until END,
       snooze_reason = CASE WHEN excluded.due_on IS NOT NULL AND snoozed_until > excluded.due_on THEN NULL ELSE snooze_reason END,
       version = CASE WHEN (due_on IS NOT excluded.due_on AND done_at IS NOT NULL) OR (excluded.due_on IS NOT NULL AND snoozed_until > excluded.due_on)
         THEN version + 1 ELSE version END,
       updated_at = CASE WHEN due_on IS NOT excluded.due_on THEN excluded.updated_at ELSE updated_at END
       WHERE kind IS NOT excluded.kind OR due_on IS NOT excluded.due_on OR open IS NOT excluded.open`,
  );
  for (const r of rows) {
    upsert.run({ ...r, case_id: caseId });
    if (r.kind !== 'reminder') task.run({ key: r.key, matter_id: r.matter_id, case_id: caseId, kind: r.kind, date: r.date, open: r.open, owner: taskOwner(r.matter_id), now });
  }
}

export interface TaskRow {
  id: number;
  case_id: number;
  matter_id: number;
  deadline_key: string;
  kind: Deadline['kind'];
  date: string | null;
  owner_id: number | null;
  owner_name: string | null;
  done_at: string | null;
  done_by_name: string | null;
  snoozed_until: string | null;
  snooze_reason: string | null;
  version: number;
}

const TASK_SELECT = `SELECT t.id, t.case_id, t.matter_id, t.deadline_key, d.kind, d.date, t.owner_id, o.display_name AS owner_name, t.done_at,
    b.display_name AS done_by_name, t.snoozed_until, t.snooze_reason, t.version
  FROM legal_task t JOIN legal_deadline d ON d.key = t.deadline_key LEFT JOIN staff o ON o.id = t.owner_id LEFT JOIN staff b ON b.id = t.done_by`;

export const taskRow = (db: Db, id: number) => prep(db, `${TASK_SELECT} WHERE t.id = ?`).get(id) as TaskRow | undefined;
export const taskCase = (db: Db, id: number) => prep(db, 'SELECT case_id FROM legal_task WHERE id = ?').pluck().get(id) as number | undefined;
export const tasksOfCase = (db: Db, caseId: number, includeDone: boolean) =>
  prep(db, `${TASK_SELECT} WHERE t.case_id = ? AND (? OR t.done_at IS NULL) ORDER BY d.date IS NOT NULL, d.date, t.id`).all(caseId, includeDone ? 1 : 0) as TaskRow[];

export function updateTask(db: Db, id: number, version: number, now: string, set: Partial<Pick<TaskRow, 'owner_id' | 'done_at' | 'snoozed_until' | 'snooze_reason'> & { done_by: number | null }>): boolean {
  const cols = Object.keys(set);
  return (
    prep(db, `UPDATE legal_task SET ${cols.map((c) => `${c} = @${c}`).join(', ')}${cols.length ? ', ' : ''}updated_at = @now, version = version + 1 WHERE id = @id AND version = @version`).run({
      ...set,
      id,
      version,
      now,
    }).changes === 1
  );
}

/** Every case with a legal matter: settings changes re-plan reminders everywhere. */
export const casesWithMatters = (db: Db) => prep(db, 'SELECT DISTINCT case_id FROM legal_matter').pluck().all() as number[];

// --- settings -----------------------------------------------------------------------------------------------

export const legalSettingsRow = (db: Db) => prep(db, 'SELECT data, version FROM legal_settings WHERE id = 1').get() as { data: string; version: number } | undefined;
export function saveLegalSettings(db: Db, version: number, data: string, now: string): boolean {
  const current = legalSettingsRow(db);
  if ((current?.version ?? 1) !== version) return false;
  prep(
    db,
    `INSERT INTO legal_settings (id, data, updated_at, version) VALUES (1, @data, @now, 2)
     ON CONFLICT(id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at, version = legal_settings.version + 1`,
  ).run({ data, now });
  return true;
}

registerPurger({
  name: 'legal',
  count: (db, caseIds) => prep(db, 'SELECT count(*) FROM legal_matter WHERE case_id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(caseIds)) as number,
});
