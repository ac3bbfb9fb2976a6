import { breakGlassCapacity } from '../../../shared/cases/access';
import type { Contact, Profile } from '../../../shared/cases/schemas';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { getSettings } from '../settings/queries';
import { caseAccess } from './access';
import { glassWith, mayEverSee, partsOn, rolesWith, visibility } from './visibility';
import { appendCaseEvent } from '../events';
import { caseFileOf } from './file';
import { displayNameOf, EMPTY_CONTACT, EMPTY_PROFILE, ensureMinorTask, searchNameOf, traffickingTypeOf } from './profile';
import { assignmentsOf, getContact, getProfile, insertAssignment, insertBreakGlass, insertCase, listCases, nextCaseNumber, setContact, setProfile, touchCase } from './queries';

/** Version check shared by every case change: a moved record is a CONFLICT carrying the current file. */
function bump(ctx: Ctx, caseId: number, version: number, set: Parameters<typeof touchCase>[4] = {}): void {
  if (!touchCase(ctx.db, caseId, version, ctx.nowIso, set)) fail('CONFLICT', undefined, { current: caseFileOf(ctx.db, caseAccess(ctx, caseId)) });
}

const reopen = (ctx: Ctx, caseId: number) => caseFileOf(ctx.db, caseAccess(ctx, caseId));

/** The name beside the case number, as the case header shows it: the legal name where the reader sees the
 * profile, else the name the survivor asked to be called when contacted (what a mentor knows them by). */
function listNameOf(r: { profile: string | null; contact: string | null }): string | null {
  const legal = r.profile ? displayNameOf(JSON.parse(r.profile) as Profile) : null;
  if (legal) return legal;
  const preferred = r.contact ? (JSON.parse(r.contact) as Contact).preferredName.trim() : '';
  return preferred || null;
}

export function casesList(ctx: Ctx, input: ParsedInputOf<'cases.list'>): OutputOf<'cases.list'> {
  const v = visibility(ctx);
  // A filter may use only fields the caller may see: someone who sees no profile anywhere (admins, mentors)
  // is told so; anyone else's filter matches only cases whose profile they see (listCases).
  if (input.traffickingType !== undefined && !mayEverSee(v, 'profile')) {
    fail('VALIDATION', 'You cannot filter on a field your role does not show.', { fields: { traffickingType: 'not visible to your role' } });
  }
  const { total, rows } = listCases(ctx.db, {
    ...input,
    staffId: v.staffId,
    allCases: v.isAdmin,
    heldCaseRoles: v.heldCaseRoles,
    glassIds: v.glass.map(([id]) => id),
    profileRoles: rolesWith(v, 'profile'),
    profileGlassIds: glassWith(v, 'profile'),
  });
  ctx.note(null, { rows: rows.length, total });
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
      name: listNameOf(r),
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
  const a = ctx.caseAccess;
  ctx.note(`case:${input.caseId}`, { parts: [...a.parts].length, breakGlass: a.breakGlass });
  return caseFileOf(ctx.db, a);
}

export function casesBreakGlass(ctx: Ctx, input: ParsedInputOf<'cases.breakGlass'>): OutputOf<'cases.breakGlass'> {
  const me = ctx.session;
  const capacity = breakGlassCapacity(me.roles) ?? fail('FORBIDDEN');
  const before = ctx.caseAccess;
  if (before.caseRoles.length > 0) return caseFileOf(ctx.db, before);
  const id = insertBreakGlass(ctx.db, { caseId: input.caseId, staffId: me.staffId, caseRole: capacity, reason: input.reason, now: ctx.nowIso });
  // The grant lives in memory until lock; it exists only once its break_glass row and audit record commit.
  ctx.afterCommit.push(() => ctx.rt.breakGlass.set(input.caseId, capacity));
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: me.staffId, kind: 'break_glass', event: 'break_glass.opened', part: 'header', params: { caseRole: capacity }, ref: { type: 'break_glass', id } });
  // The reason is kept in the (encrypted) break_glass table; the audit row carries the flag and the id.
  ctx.note(`case:${input.caseId}`, { flag: 'BREAK_GLASS', breakGlassId: id, caseRole: capacity });
  // Not yet committed, so not yet in rt.breakGlass: the reply shows the file as the grant will open it.
  return caseFileOf(ctx.db, { ...before, caseRoles: [capacity], breakGlass: true, parts: partsOn(visibility(ctx), [capacity]) });
}

export function casesUpdateProfile(ctx: Ctx, input: ParsedInputOf<'cases.updateProfile'>): OutputOf<'cases.updateProfile'> {
  const profile = { ...getProfile(ctx.db, input.caseId), ...input.profile };
  bump(ctx, input.caseId, input.version, { search_name: searchNameOf(profile), trafficking_type: traffickingTypeOf(profile) });
  setProfile(ctx.db, input.caseId, profile);
  const fields = Object.keys(input.profile).sort().join(',');
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'intake', event: 'profile.updated', part: 'profile', params: { fields } });
  ensureMinorTask(ctx.db, input.caseId, profile, getSettings(ctx.db).jurisdiction, ctx.now, ctx.session.staffId);
  // Audit details are short codes (64 characters at most, audit/chain.ts): saving most of the profile at once
  // names more fields than that, so the record then says how many (the case event above keeps their names).
  ctx.note(`case:${input.caseId}`, fields.length <= 64 ? { fields } : { fieldCount: Object.keys(input.profile).length });
  return reopen(ctx, input.caseId);
}

export function casesUpdateContact(ctx: Ctx, input: ParsedInputOf<'cases.updateContact'>): OutputOf<'cases.updateContact'> {
  bump(ctx, input.caseId, input.version);
  const before = getContact(ctx.db, input.caseId);
  setContact(ctx.db, input.caseId, input.contact);
  const safetyChanged = before.unsafePersonMayMonitor !== input.contact.unsafePersonMayMonitor || before.doNotContact !== input.contact.doNotContact || before.othersAwareOfContact !== input.contact.othersAwareOfContact;
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'intake', event: safetyChanged ? 'contact.safety_changed' : 'contact.updated', part: 'contact' });
  ctx.note(`case:${input.caseId}`, { safetyChanged });
  return reopen(ctx, input.caseId);
}

export function casesSetStatus(ctx: Ctx, input: ParsedInputOf<'cases.setStatus'>): OutputOf<'cases.setStatus'> {
  const a = ctx.caseAccess;
  const closing = input.status === 'Closed' || input.status === 'ClosedReferred';
  bump(ctx, input.caseId, input.version, { status: input.status, closed_at: closing ? (a.row.closed_at ?? ctx.nowIso) : null });
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'status', event: 'status.changed', part: 'header', params: { from: a.row.status, to: input.status } });
  ctx.note(`case:${input.caseId}`, { status: input.status });
  return reopen(ctx, input.caseId);
}

export function casesCompleteIntake(ctx: Ctx, input: ParsedInputOf<'cases.completeIntake'>): OutputOf<'cases.completeIntake'> {
  bump(ctx, input.caseId, input.version, { intake_complete: 1 });
  appendCaseEvent(ctx.db, { caseId: input.caseId, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'intake', event: 'intake.completed', part: 'header' });
  ctx.note(`case:${input.caseId}`);
  return reopen(ctx, input.caseId);
}

