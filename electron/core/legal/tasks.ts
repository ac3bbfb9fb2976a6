import { addDays, format, parseISO } from 'date-fns';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { DeadlineFlag } from '../../../shared/legal/vocab';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { legalSettings, recompute, todayOf, urgencyOn } from './compute';
import { legalReach } from './overrides';
import { legalOwner, toTask } from './service';
import { dueDeadlines, remindersDue, type DueFilter, type DueRow } from './across/queries';
import { accompanyDates, casesWithMatters, hasOpenMatter, saveLegalSettings, taskRow, tasksOfCase, updateTask, type TaskRow } from './queries';

/** Tasks (one per deadline), the legal aide's cross-case deadline list, reminders for notifications, the caseworker summary, settings. */

const invalid = (field: string, message: string): never => fail('VALIDATION', undefined, { fields: { [field]: message } });

/** `n` calendar days after an ISO day, through date-fns (noon, so no zone moves the day). */
export const plusDays = (iso: string, n: number): string => format(addDays(parseISO(`${iso}T12:00:00`), n), 'yyyy-MM-dd');

export function tasksList(ctx: Ctx, input: ParsedInputOf<'legal.tasks.list'>): OutputOf<'legal.tasks.list'> {
  const today = todayOf(ctx);
  return tasksOfCase(ctx.db, input.caseId, input.includeDone).map((t) => toTask(t, today));
}

function taskOf(ctx: Ctx, id: number, version: number): TaskRow {
  const t = taskRow(ctx.db, id) ?? fail('NOT_FOUND');
  if (t.version !== version) fail('CONFLICT', undefined, { current: toTask(t, todayOf(ctx)) });
  return t;
}

function saved(ctx: Ctx, t: TaskRow, version: number, set: Parameters<typeof updateTask>[4]): OutputOf<'legal.tasks.complete'> {
  if (!updateTask(ctx.db, t.id, version, ctx.nowIso, set)) fail('CONFLICT', undefined, { current: toTask(taskRow(ctx.db, t.id)!, todayOf(ctx)) });
  ctx.note(`case:${t.case_id}`, { task: t.id, matter: t.matter_id });
  return toTask(taskRow(ctx.db, t.id)!, todayOf(ctx));
}

export function tasksComplete(ctx: Ctx, input: ParsedInputOf<'legal.tasks.complete'>): OutputOf<'legal.tasks.complete'> {
  const t = taskOf(ctx, input.legalTaskId, input.version);
  return saved(ctx, t, input.version, input.done ? { done_at: ctx.nowIso, done_by: ctx.session.staffId } : { done_at: null, done_by: null });
}

export function tasksSnooze(ctx: Ctx, input: ParsedInputOf<'legal.tasks.snooze'>): OutputOf<'legal.tasks.snooze'> {
  const t = taskOf(ctx, input.legalTaskId, input.version);
  if (input.until === null) return saved(ctx, t, input.version, { snoozed_until: null, snooze_reason: null });
  if (input.reason === undefined) invalid('reason', 'Say why it can wait.');
  if (input.until <= todayOf(ctx)) invalid('until', 'Snooze until a day after today.');
  // Never past the deadline itself: a snooze hides reminders, it must not hide the date that costs status.
  if (t.date !== null && input.until > t.date) invalid('until', 'Not past the deadline.');
  return saved(ctx, t, input.version, { snoozed_until: input.until, snooze_reason: input.reason! });
}

export function tasksAssign(ctx: Ctx, input: ParsedInputOf<'legal.tasks.assign'>): OutputOf<'legal.tasks.assign'> {
  const t = taskOf(ctx, input.legalTaskId, input.version);
  return saved(ctx, t, input.version, { owner_id: legalOwner(ctx, t.case_id, input.ownerId) });
}

export function dueRowOut(r: DueRow, today: string): OutputOf<'legal.deadlines.list'>[number] {
  return {
    key: r.key,
    matterId: r.matter_id,
    kind: r.kind,
    date: r.date,
    computed: r.computed,
    // The override's who/why lives on the matter page; the list says only that the notice's date counts.
    override: null,
    ruleId: r.rule_id,
    ruleVersion: r.rule_version,
    confidence: r.confidence,
    flags: JSON.parse(r.flags) as DeadlineFlag[],
    parentKey: r.parent_key,
    offsetDays: r.offset_days,
    urgency: urgencyOn(r.date, today),
    caseId: r.case_id,
    caseNumber: r.case_number,
    matterType: r.matter_type as OutputOf<'legal.deadlines.list'>[number]['matterType'],
    jurisdiction: r.jurisdiction as 'US' | 'CA',
    task:
      r.task_id === null
        ? null
        : {
            id: r.task_id,
            caseId: r.case_id,
            matterId: r.matter_id,
            deadlineKey: r.key,
            kind: r.kind,
            dueOn: r.date,
            urgency: r.done_at ? 'later' : urgencyOn(r.date, today),
            ownerId: r.owner_id,
            ownerName: r.owner_name,
            done: r.done_at !== null,
            doneAt: r.done_at,
            doneByName: r.done_by_name,
            snoozedUntil: r.snoozed_until,
            snoozeReason: r.snooze_reason,
            version: r.task_version!,
          },
  };
}

/** The filter for "due today / soon / overdue" on a day: the one definition the list, Today and the bench share. */
export function dueFilter(input: ParsedInputOf<'legal.deadlines.list'>, today: string, me: number): DueFilter {
  const f: DueFilter = { includeDone: input.includeDone, limit: input.limit };
  if (input.due === 'today') Object.assign(f, { from: today, to: today });
  if (input.due === 'soon') Object.assign(f, { from: today, to: plusDays(today, input.soonDays) });
  if (input.due === 'overdue') Object.assign(f, { before: today, includeDone: false });
  if (input.due !== 'all') f.notSnoozedOn = today;
  if (input.kind) f.kinds = [input.kind];
  else if (!input.includeReminders) f.excludeKinds = ['reminder'];
  if (input.jurisdiction) f.jurisdiction = input.jurisdiction;
  if (input.mine) f.ownerId = me;
  return f;
}

export function deadlinesList(ctx: Ctx, input: ParsedInputOf<'legal.deadlines.list'>): OutputOf<'legal.deadlines.list'> {
  const today = todayOf(ctx);
  const rows = dueDeadlines(ctx.db, legalReach(ctx), dueFilter(input, today, ctx.session.staffId));
  ctx.note(null, { due: input.due, rows: rows.length });
  return rows.map((r) => dueRowOut(r, today));
}

export function remindersDueList(ctx: Ctx): OutputOf<'legal.reminders.due'> {
  const today = todayOf(ctx);
  // legalSettingsSchema caps an offset at 730 days: an older reminder's deadline has passed.
  const rows = remindersDue(ctx.db, legalReach(ctx), today, plusDays(today, -730));
  ctx.note(null, { cases: rows.length });
  return rows.map((r) => ({ caseId: r.case_id, caseNumber: r.case_number, count: r.n }));
}

export function legalSummary(ctx: Ctx, input: ParsedInputOf<'legal.summary'>): OutputOf<'legal.summary'> {
  return { hasOpenMatter: hasOpenMatter(ctx.db, input.caseId), accompanyCourtDates: accompanyDates(ctx.db, input.caseId, todayOf(ctx)) };
}

export function settingsGet(ctx: Ctx): OutputOf<'legal.settings.get'> {
  const s = legalSettings(ctx.db);
  return { ...s.settings, version: s.version };
}

/** New offsets re-plan every case's reminders in this transaction; a legal date never moves with a setting. */
export function settingsUpdate(ctx: Ctx, input: ParsedInputOf<'legal.settings.update'>): OutputOf<'legal.settings.update'> {
  if (!saveLegalSettings(ctx.db, input.version, JSON.stringify(input.settings), ctx.nowIso)) fail('CONFLICT', undefined, { current: settingsGet(ctx) });
  const cases = casesWithMatters(ctx.db);
  for (const caseId of cases) recompute(ctx, caseId);
  ctx.note('legal_settings', { cases: cases.length });
  return settingsGet(ctx);
}

