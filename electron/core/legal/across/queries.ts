import type { CaseRole } from '../../../../shared/cases/access';
import { prep, type Db } from '../../store/connection';
import type { DeadlineRow } from '../queries';

/**
 * SQL of legal items ACROSS the reader's cases (Today, the deadline list, reminders, rule impact): driven from
 * the reader's own cases (case_assignment as a legal aide, plus break-the-glass), never by scanning the centre's
 * deadlines. The per-case SQL is in ../queries.ts.
 */

/** The reader's cases as a legal aide (assigned in a role still held) plus break-the-glass grants. */
export interface Reach {
  staffId: number;
  roles: readonly CaseRole[];
  glass: readonly number[];
}

const reachCte = `reach(case_id) AS (
  SELECT case_id FROM case_assignment WHERE staff_id = @me AND case_role IN (SELECT value FROM json_each(@roles))
  UNION SELECT value FROM json_each(@glass))`;
const reachParams = (r: Reach) => ({ me: r.staffId, roles: JSON.stringify(r.roles), glass: JSON.stringify(r.glass) });

export interface DueRow extends DeadlineRow {
  case_number: string;
  matter_type: string;
  jurisdiction: string;
  task_id: number | null;
  owner_id: number | null;
  owner_name: string | null;
  done_at: string | null;
  done_by_name: string | null;
  snoozed_until: string | null;
  snooze_reason: string | null;
  task_version: number | null;
}

export interface DueFilter {
  from?: string;
  to?: string;
  /** Deadline date strictly before this day and the task not done (overdue). */
  before?: string;
  kinds?: readonly string[];
  excludeKinds?: readonly string[];
  jurisdiction?: string;
  ownerId?: number;
  includeDone: boolean;
  /** Hide tasks snoozed past this day. */
  notSnoozedOn?: string;
  limit: number;
}

const DUE_SELECT = `SELECT d.*, f.case_number, m.type AS matter_type, m.jurisdiction, t.id AS task_id, t.owner_id, o.display_name AS owner_name, t.done_at,
       b.display_name AS done_by_name, t.snoozed_until, t.snooze_reason, t.version AS task_version`;

/**
 * Open, dated deadlines on the reader's cases in a date range, soonest first, with their tasks. Without
 * reminders (Today, the default list) the page is chosen from tasks alone, through legal_task_due: a covering
 * index of pending tasks by case and date, so the cost follows the reader's pending work, not the centre's
 * history; names and deadline details are joined for the page's rows only.
 */
export function dueDeadlines(db: Db, reach: Reach, f: DueFilter): DueRow[] {
  if (reach.roles.length === 0 && reach.glass.length === 0) return [];
  const withReminders = f.kinds ? f.kinds.includes('reminder') : !f.excludeKinds?.includes('reminder');
  if (withReminders) return dueWithReminders(db, reach, f);
  const p: Record<string, unknown> = { ...reachParams(reach), limit: f.limit };
  // Literal conditions, so the partial index applies (SQLite matches them textually).
  const where = f.includeDone ? ['t.open = 1'] : ['t.done_at IS NULL AND t.open = 1'];
  where.push('t.due_on IS NOT NULL');
  if (f.from !== undefined) {
    where.push('t.due_on >= @from');
    p.from = f.from;
  }
  if (f.to !== undefined) {
    where.push('t.due_on <= @to');
    p.to = f.to;
  }
  if (f.before !== undefined) {
    where.push('t.due_on < @before');
    p.before = f.before;
  }
  if (f.kinds) {
    where.push('t.kind IN (SELECT value FROM json_each(@kinds))');
    p.kinds = JSON.stringify(f.kinds);
  }
  if (f.ownerId !== undefined) {
    where.push('t.owner_id = @owner');
    p.owner = f.ownerId;
  }
  if (f.notSnoozedOn !== undefined) {
    where.push('(t.snoozed_until IS NULL OR t.snoozed_until <= @snz)');
    p.snz = f.notSnoozedOn;
  }
  const byJurisdiction = f.jurisdiction !== undefined;
  if (byJurisdiction) p.jur = f.jurisdiction;
  return prep(
    db,
    `WITH ${reachCte},
     page AS (
       SELECT t.id, t.due_on FROM reach CROSS JOIN legal_task t ON t.case_id = reach.case_id
       ${byJurisdiction ? 'JOIN legal_matter pm ON pm.id = t.matter_id AND pm.jurisdiction = @jur' : ''}
       WHERE ${where.join(' AND ')}
       ORDER BY t.due_on, t.id LIMIT @limit)
     ${DUE_SELECT}
     FROM page CROSS JOIN legal_task t ON t.id = page.id JOIN legal_deadline d ON d.key = t.deadline_key
       JOIN legal_matter m ON m.id = d.matter_id JOIN case_file f ON f.id = d.case_id
       LEFT JOIN staff o ON o.id = t.owner_id LEFT JOIN staff b ON b.id = t.done_by
     ORDER BY page.due_on, page.id`,
  ).all(p) as DueRow[];
}

/** The same list with reminders in it (they have no task): read from the deadlines themselves. */
function dueWithReminders(db: Db, reach: Reach, f: DueFilter): DueRow[] {
  const p: Record<string, unknown> = { ...reachParams(reach), limit: f.limit };
  const where = ['d.open = 1', 'd.date IS NOT NULL'];
  if (f.from !== undefined) {
    where.push('d.date >= @from');
    p.from = f.from;
  }
  if (f.to !== undefined) {
    where.push('d.date <= @to');
    p.to = f.to;
  }
  if (f.before !== undefined) {
    where.push('d.date < @before');
    p.before = f.before;
  }
  if (f.kinds) {
    where.push('d.kind IN (SELECT value FROM json_each(@kinds))');
    p.kinds = JSON.stringify(f.kinds);
  }
  if (f.excludeKinds) {
    where.push('d.kind NOT IN (SELECT value FROM json_each(@xkinds))');
    p.xkinds = JSON.stringify(f.excludeKinds);
  }
  if (f.jurisdiction) {
    where.push('m.jurisdiction = @jur');
    p.jur = f.jurisdiction;
  }
  if (f.ownerId !== undefined) {
    where.push('t.owner_id = @owner');
    p.owner = f.ownerId;
  }
  if (!f.includeDone) where.push('t.done_at IS NULL');
  if (f.notSnoozedOn !== undefined) {
    where.push('(t.snoozed_until IS NULL OR t.snoozed_until <= @snz)');
    p.snz = f.notSnoozedOn;
  }
  return prep(
    db,
    `WITH ${reachCte}
     ${DUE_SELECT}
     FROM reach CROSS JOIN legal_deadline d ON d.case_id = reach.case_id
       JOIN legal_matter m ON m.id = d.matter_id JOIN case_file f ON f.id = d.case_id
       LEFT JOIN legal_task t ON t.deadline_key = d.key LEFT JOIN staff o ON o.id = t.owner_id LEFT JOIN staff b ON b.id = t.done_by
     WHERE ${where.join(' AND ')}
     ORDER BY d.date, d.key LIMIT @limit`,
  ).all(p) as DueRow[];
}

/**
 * Reminders that have come (date <= today) for deadlines still ahead (parent date >= today), on open matters
 * of the reader's cases whose parent task is neither done nor snoozed: counted per case. `earliest` bounds
 * the scan: no reminder precedes its deadline by more than the largest offset settings allow.
 */
export function remindersDue(db: Db, reach: Reach, today: string, earliest: string): { case_id: number; case_number: string; n: number }[] {
  if (reach.roles.length === 0 && reach.glass.length === 0) return [];
  return prep(
    db,
    `WITH ${reachCte}
     SELECT r.case_id, f.case_number, count(*) AS n
     FROM reach CROSS JOIN legal_deadline r ON r.case_id = reach.case_id
       JOIN legal_deadline p ON p.key = r.parent_key JOIN case_file f ON f.id = r.case_id
       LEFT JOIN legal_task t ON t.deadline_key = p.key
     WHERE r.open = 1 AND r.date >= @earliest AND r.date <= @today AND r.kind = 'reminder' AND p.date >= @today
       AND (t.id IS NULL OR (t.done_at IS NULL AND (t.snoozed_until IS NULL OR t.snoozed_until <= @today)))
     GROUP BY r.case_id ORDER BY f.case_number`,
  ).all({ ...reachParams(reach), today, earliest }) as { case_id: number; case_number: string; n: number }[];
}

/** Accompany court dates in a range on cases the reader sees as a caseworker (Today for caseworkers). */
export function accompanyDatesAcross(db: Db, reach: Reach, from: string, to: string): { id: number; case_id: number; case_number: string; date: string; time: string | null }[] {
  if (reach.roles.length === 0 && reach.glass.length === 0) return [];
  return prep(
    db,
    `WITH ${reachCte}
     SELECT c.id, c.case_id, f.case_number, c.date, c.time
     FROM reach CROSS JOIN legal_court_date c ON c.case_id = reach.case_id AND c.accompany = 1 AND c.date >= @from AND c.date <= @to
       JOIN legal_matter m ON m.id = c.matter_id JOIN case_file f ON f.id = c.case_id
     WHERE m.status IN ('preparing', 'filed', 'approved')
     ORDER BY c.date, c.time, c.id LIMIT 200`,
  ).all({ ...reachParams(reach), from, to }) as { id: number; case_id: number; case_number: string; date: string; time: string | null }[];
}

/** Matters on the reader's cases pinned to a rule (or computed under it): the rules impact preview. */
export const reachCaseIdsWithRule = (db: Db, reach: Reach, ruleId: string) =>
  reach.roles.length === 0 && reach.glass.length === 0
    ? []
    : (prep(
        db,
        `WITH ${reachCte}
         SELECT DISTINCT d.case_id FROM reach CROSS JOIN legal_deadline d ON d.case_id = reach.case_id WHERE d.rule_id = @rule LIMIT 5000`,
      )
        .pluck()
        .all({ ...reachParams(reach), rule: ruleId }) as number[]);

