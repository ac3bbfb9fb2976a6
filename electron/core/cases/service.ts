import { breakGlassCapacity } from '../../../shared/cases/access';
import type { Profile } from '../../../shared/cases/schemas';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { getSettings } from '../settings/queries';
import { caseAccess, requireCasework, requirePart } from './access';
import { appendCaseEvent } from '../events';
import { caseFileOf } from './file';
import { displayNameOf, EMPTY_CONTACT, EMPTY_PROFILE, ensureMinorTask, searchNameOf, traffickingTypeOf } from './profile';
import { assignmentsOf, getContact, getProfile, insertAssignment, insertBreakGlass, insertCase, listCases, nextCaseNumber, setContact, setProfile, touchCase } from './queries';

/** Version check shared by every case change: a moved record is a CONFLICT carrying the current file. */
function bump(ctx: Ctx, caseId: number, version: number, set: Parameters<typeof touchCase>[4] = {}): void {
  if (!touchCase(ctx.db, caseId, version, ctx.nowIso, set)) fail('CONFLICT', undefined, { current: caseFileOf(ctx.db, caseAccess(ctx, caseId)) });
}

const reopen = (ctx: Ctx, caseId: number) => caseFileOf(ctx.db, caseAccess(ctx, caseId));

export function casesList(ctx: Ctx, input: ParsedInputOf<'cases.list'>): OutputOf<'cases.list'> {
  const me = ctx.session;
  const { total, rows } = listCases(ctx.db, {
    ...input,
    staffId: me.staffId,
    allCases: me.roles.includes('admin'),
    glassIds: [...ctx.rt.breakGlass.keys()],
  });
  const assignees = assignmentsOf(ctx.db, rows.map((r) => r.id));
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      caseNumber: r.case_number,
      status: r.status,
      openedAt: r.opened_at,
      updatedAt: r.updated_at,
      intakeComplete: r.intake_complete === 1,
      name: r.profile ? displayNameOf(JSON.parse(r.profile) as Profile) : null,
      traffickingType: r.name_visible ? r.trafficking_type : null,
      assignees: assignees.filter((a) => a.case_id === r.id).map((a) => ({ staffId: a.staff_id, displayName: a.display_name, caseRole: a.case_role })),
    })),
  };
}

export function casesCreate(ctx: Ctx, input: ParsedInputOf<'cases.create'>): OutputOf<'cases.create'> {
  const me = ctx.session;
  const profile = { ...EMPTY_PROFILE, ...input.profile };
  const id = insertCase(ctx.db, {
    caseNumber: nextCaseNumber(ctx.db, ctx.now.getUTCFullYear()),
    createdBy: me.staffId,
    now: ctx.nowIso,
    profile,
    contact: EMPTY_CONTACT,
    searchName: searchNameOf(profile),
    traffickingType: traffickingTypeOf(profile),
  });
  insertAssignment(ctx.db, { caseId: id, staffId: me.staffId, caseRole: 'lead_caseworker', now: ctx.nowIso, by: me.staffId });
  appendCaseEvent(ctx.db, { caseId: id, at: ctx.nowIso, actorId: me.staffId, kind: 'intake', event: 'intake.started', part: 'header' });
  appendCaseEvent(ctx.db, { caseId: id, at: ctx.nowIso, actorId: me.staffId, kind: 'assignment', event: 'assignment.added', part: 'header', params: { staffId: me.staffId, caseRole: 'lead_caseworker' } });
  ensureMinorTask(ctx.db, id, profile, getSettings(ctx.db).jurisdiction, ctx.now, me.staffId);
  ctx.note(`case:${id}`);
  return reopen(ctx, id);
}

export function casesGet(ctx: Ctx, input: ParsedInputOf<'cases.get'>): OutputOf<'cases.get'> {
  const a = caseAccess(ctx, input.caseId);
  if (a.parts.size === 0) fail('NEED_TO_KNOW');
  ctx.note(`case:${input.caseId}`, { parts: [...a.parts].length, breakGlass: a.breakGlass });
  return caseFileOf(ctx.db, a);
}

export function casesBreakGlass(ctx: Ctx, input: ParsedInputOf<'cases.breakGlass'>): OutputOf<'cases.breakGlass'> {
  const me = ctx.session;
  const capacity = breakGlassCapacity(me.roles) ?? fail('FORBIDDEN');
  const before = caseAccess(ctx, input.caseId);
  if (before.caseRoles.length > 0) return caseFileOf(ctx.db, before);
  const id = insertBreakGlass(ctx.db, { caseId: input.caseId, staffId: me.staffId, caseRole: capacity, reason: input.reason, now: ctx.nowIso });
  ctx.rt.breakGlass.set(input.caseId, capacity);
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: me.staffId, kind: 'break_glass', event: 'break_glass.opened', part: 'header', params: { caseRole: capacity }, ref: { type: 'break_glass', id } });
  // The reason is kept in the (encrypted) break_glass table; the audit row carries the flag and the id.
  ctx.note(`case:${input.caseId}`, { flag: 'BREAK_GLASS', breakGlassId: id, caseRole: capacity });
  return reopen(ctx, input.caseId);
}

export function casesUpdateProfile(ctx: Ctx, input: ParsedInputOf<'cases.updateProfile'>): OutputOf<'cases.updateProfile'> {
  requireCasework(ctx, input.caseId);
  const profile = { ...getProfile(ctx.db, input.caseId), ...input.profile };
  bump(ctx, input.caseId, input.version, { search_name: searchNameOf(profile), trafficking_type: traffickingTypeOf(profile) });
  setProfile(ctx.db, input.caseId, profile);
  const fields = Object.keys(input.profile).sort().join(',');
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'intake', event: 'profile.updated', part: 'profile', params: { fields } });
  ensureMinorTask(ctx.db, input.caseId, profile, getSettings(ctx.db).jurisdiction, ctx.now, ctx.session.staffId);
  ctx.note(`case:${input.caseId}`, { fields });
  return reopen(ctx, input.caseId);
}

export function casesUpdateContact(ctx: Ctx, input: ParsedInputOf<'cases.updateContact'>): OutputOf<'cases.updateContact'> {
  requirePart(ctx, input.caseId, 'contact');
  bump(ctx, input.caseId, input.version);
  const before = getContact(ctx.db, input.caseId);
  setContact(ctx.db, input.caseId, input.contact);
  const safetyChanged = before.unsafePersonMayMonitor !== input.contact.unsafePersonMayMonitor || before.doNotContact !== input.contact.doNotContact || before.othersAwareOfContact !== input.contact.othersAwareOfContact;
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'intake', event: safetyChanged ? 'contact.safety_changed' : 'contact.updated', part: 'contact' });
  ctx.note(`case:${input.caseId}`, { safetyChanged });
  return reopen(ctx, input.caseId);
}

export function casesSetStatus(ctx: Ctx, input: ParsedInputOf<'cases.setStatus'>): OutputOf<'cases.setStatus'> {
  const a = requireCasework(ctx, input.caseId);
  const closing = input.status === 'Closed' || input.status === 'ClosedReferred';
  bump(ctx, input.caseId, input.version, { status: input.status, closed_at: closing ? (a.row.closed_at ?? ctx.nowIso) : null });
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'status', event: 'status.changed', part: 'header', params: { from: a.row.status, to: input.status } });
  ctx.note(`case:${input.caseId}`, { status: input.status });
  return reopen(ctx, input.caseId);
}

export function casesCompleteIntake(ctx: Ctx, input: ParsedInputOf<'cases.completeIntake'>): OutputOf<'cases.completeIntake'> {
  requireCasework(ctx, input.caseId);
  bump(ctx, input.caseId, input.version, { intake_complete: 1 });
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'intake', event: 'intake.completed', part: 'header' });
  ctx.note(`case:${input.caseId}`);
  return reopen(ctx, input.caseId);
}

