import { STAFF_ROLE_FOR } from '../../../shared/cases/access';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import type { Role } from '../../../shared/roles';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { getStaff } from '../staff/queries';
import { appendCaseEvent } from '../events';
import { headerOf } from './file';
import { runUnassignHooks } from './unassign-hooks';
import { activeStaffWithRoles, completeTaskRow, countLeads, deleteAssignments, getCaseRow, getTask, insertAssignment, myCaseRoles } from './queries';

export const assignableStaff = (ctx: Ctx): OutputOf<'cases.assignableStaff'> =>
  activeStaffWithRoles(ctx.db)
    .map((s) => ({ id: s.id, displayName: s.displayName, roles: s.roles.split(',').sort() }))
    .filter((s) => s.roles.some((r) => r !== 'admin'));

export function casesAssign(ctx: Ctx, input: ParsedInputOf<'cases.assign'>): OutputOf<'cases.assign'> {
  const staff = getStaff(ctx.db, input.staffId);
  if (!staff || !staff.active) fail('NOT_FOUND');
  const needed: Role = STAFF_ROLE_FOR[input.caseRole];
  if (!staff!.roles.includes(needed)) fail('VALIDATION', 'That person does not hold the role this case role needs.', { fields: { caseRole: `needs ${needed}` } });
  if (insertAssignment(ctx.db, { caseId: input.caseId, staffId: input.staffId, caseRole: input.caseRole, now: ctx.nowIso, by: ctx.session.staffId })) {
    appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'assignment', event: 'assignment.added', part: 'header', params: { staffId: input.staffId, caseRole: input.caseRole } });
  }
  ctx.note(`case:${input.caseId}`, { staffId: input.staffId, caseRole: input.caseRole });
  return headerOf(ctx.db, getCaseRow(ctx.db, input.caseId)!);
}

export function casesUnassign(ctx: Ctx, input: ParsedInputOf<'cases.unassign'>): OutputOf<'cases.unassign'> {
  const row = getCaseRow(ctx.db, input.caseId)!;
  const roles = myCaseRoles(ctx.db, input.caseId, input.staffId);
  if (roles.length === 0) fail('NOT_FOUND');
  const open = row.status === 'Active' || row.status === 'FollowUp';
  if (open && roles.includes('lead_caseworker') && countLeads(ctx.db, input.caseId) === 1) {
    fail('CONFLICT', 'An open case keeps a lead caseworker. Assign another lead first.');
  }
  deleteAssignments(ctx.db, input.caseId, input.staffId);
  runUnassignHooks(ctx, { caseId: input.caseId, staffId: input.staffId });
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'assignment', event: 'assignment.removed', part: 'header', params: { staffId: input.staffId, caseRoles: roles.join(',') } });
  ctx.note(`case:${input.caseId}`, { staffId: input.staffId });
  return headerOf(ctx.db, getCaseRow(ctx.db, input.caseId)!);
}

export function tasksComplete(ctx: Ctx, input: ParsedInputOf<'tasks.complete'>): OutputOf<'tasks.complete'> {
  const task = getTask(ctx.db, input.taskId) ?? fail('NOT_FOUND');
  if (!completeTaskRow(ctx.db, task.id, ctx.nowIso, ctx.session.staffId)) fail('CONFLICT', 'This task is already done.');
  appendCaseEvent(ctx.db, { caseId: task.case_id, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'task', event: 'task.completed', part: 'header', params: { task: task.kind }, ref: { type: 'task', id: task.id } });
  ctx.note(`case:${task.case_id}`, { taskId: task.id });
  return headerOf(ctx.db, getCaseRow(ctx.db, task.case_id)!);
}
