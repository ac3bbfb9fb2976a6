import { partsFor, REFERRAL_PARTS, referralPart, STAFF_ROLE_FOR, type Part } from '../../../shared/cases/access';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { REFERRAL_MOVES, type ShareCategory, categoryCodes } from '../../../shared/referrals/vocab';
import { myCaseRoles } from '../cases/queries';
import { glassWith, rolesWith, visibility } from '../cases/visibility';
import { agencyById, serviceById } from '../directory/service';
import { fail } from '../errors';
import { appendCaseEvent } from '../events';
import type { Ctx } from '../runtime';
import { getStaff } from '../staff/queries';
import { toUtc } from '../time';
import { boardReferrals, insertReferral, insertStep, referralRow, referralsOfCase, stepsOf, toReferral, updateReferral, type ReferralRow } from './queries';

/** The referral a referral-scoped request names (the router has resolved it and checked its part). */
export const referralOf = (ctx: Ctx, id: number): ReferralRow => referralRow(ctx.db, id) ?? fail('NOT_FOUND');

/**
 * The owner of an open referral: the caller (who has passed the part check), or someone active on the case whose
 * case roles let them see this referral (its part): a mentor, or a legal aide for a shelter referral, would own a
 * follow-up they never see on their board or Today. Assignments count only in a staff role still held, as in
 * cases/visibility.ts.
 */
function ownerFor(ctx: Ctx, caseId: number, ownerId: number | undefined, part: Part): number {
  if (ownerId === undefined || ownerId === ctx.session.staffId) return ctx.session.staffId;
  const staff = getStaff(ctx.db, ownerId);
  const roles = staff?.active ? myCaseRoles(ctx.db, caseId, ownerId).filter((r) => staff.roles.includes(STAFF_ROLE_FOR[r])) : [];
  if (!partsFor(roles).has(part)) fail('VALIDATION', undefined, { fields: { ownerId: 'The owner must be on the case and able to see this referral.' } });
  return ownerId;
}

/**
 * Follow-ups look ahead. A week of slack before the referral's creation: a referral made by phone is often
 * recorded days later with its follow-up already due (it shows as overdue on Today, as the demo centre's do);
 * anything earlier (1970, last year) is a slip that would sit overdue forever.
 */
const FOLLOW_UP_SLACK_MS = 7 * 86_400_000;
function followUpFor(at: string, createdAt: string): string {
  const followUp = toUtc(at);
  if (followUp < new Date(Date.parse(createdAt) - FOLLOW_UP_SLACK_MS).toISOString()) fail('VALIDATION', undefined, { fields: { followUpAt: 'Not more than a week before the referral was made.' } });
  return followUp;
}

function requirePart(ctx: Ctx, part: Part): void {
  if (!ctx.caseAccess.parts.has(part)) fail('NEED_TO_KNOW');
}

function event(ctx: Ctx, r: ReferralRow, name: 'referral.created' | 'referral.received' | 'referral.moved' | 'referral.shared' | 'referral.packet_produced', params: Record<string, string | number | null>) {
  appendCaseEvent(ctx.db, { caseId: r.case_id, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'referral', event: name, part: r.part, params, ref: { type: 'referral', id: r.id } });
}

export function referralsList(ctx: Ctx, input: ParsedInputOf<'referrals.list'>): OutputOf<'referrals.list'> {
  const parts = REFERRAL_PARTS.filter((p) => ctx.caseAccess.parts.has(p));
  return referralsOfCase(ctx.db, input.caseId, parts).map(toReferral);
}

export function referralsGet(ctx: Ctx, input: ParsedInputOf<'referrals.get'>): OutputOf<'referrals.get'> {
  const r = referralOf(ctx, input.referralId);
  ctx.note(`case:${r.case_id}`, { referral: r.id });
  const steps = stepsOf(ctx.db, r.id).map((s) => ({
    status: s.status,
    at: s.at,
    by: s.by_name,
    appointmentAt: s.appointment_at,
    outcome: s.outcome as OutputOf<'referrals.get'>['outcome'],
    shared: JSON.parse(s.shared) as ShareCategory[],
  }));
  return { ...toReferral(r), steps };
}

/** Gated by the router (shares: 'referral.create'): ctx.share names the consent that covers it. */
export function referralsCreate(ctx: Ctx, input: ParsedInputOf<'referrals.create'>): OutputOf<'referrals.create'> {
  const service = serviceById(ctx, input.serviceId) ?? fail('NOT_FOUND');
  const agency = agencyById(ctx, service.agencyId) ?? fail('NOT_FOUND');
  if (service.archived || agency.archived) fail('VALIDATION', undefined, { fields: { serviceId: 'This service is archived.' } });
  const part = referralPart(service.type);
  requirePart(ctx, part);
  const grant = ctx.share ?? fail('INTERNAL');
  const id = insertReferral(ctx.db, {
    caseId: input.caseId,
    direction: agency.relation === 'internal' ? 'internal' : 'outgoing',
    agencyId: agency.id,
    serviceId: service.id,
    serviceType: service.type,
    part,
    urgency: input.urgency,
    reason: input.reason,
    categories: input.categories,
    consentId: grant.consentId,
    ownerId: ownerFor(ctx, input.caseId, input.ownerId, part),
    followUpAt: followUpFor(input.followUpAt, ctx.nowIso),
    createdBy: ctx.session.staffId,
    createdAt: ctx.nowIso,
  });
  insertStep(ctx.db, { referralId: id, status: 'sent', at: ctx.nowIso, by: ctx.session.staffId, shared: input.categories });
  const r = referralRow(ctx.db, id)!;
  event(ctx, r, 'referral.created', { agency: agency.name, service: service.type, urgency: input.urgency, direction: r.direction });
  ctx.note(`case:${input.caseId}`, { referral: id, agency: agency.id, consent: grant.consentId, categories: categoryCodes(input.categories) });
  return toReferral(r);
}

/** Nothing leaves the centre when a referral comes in, so nothing is gated. */
export function referralsRecordIncoming(ctx: Ctx, input: ParsedInputOf<'referrals.recordIncoming'>): OutputOf<'referrals.recordIncoming'> {
  const agency = agencyById(ctx, input.agencyId) ?? fail('NOT_FOUND');
  const part = referralPart(input.serviceType ?? null);
  requirePart(ctx, part);
  const receivedAt = toUtc(input.receivedAt);
  if (receivedAt > ctx.nowIso) fail('VALIDATION', undefined, { fields: { receivedAt: 'Not in the future.' } });
  const id = insertReferral(ctx.db, {
    caseId: input.caseId,
    direction: 'incoming',
    agencyId: agency.id,
    serviceId: null,
    serviceType: input.serviceType ?? null,
    part,
    urgency: input.urgency,
    reason: input.reason,
    categories: [],
    consentId: null,
    ownerId: ownerFor(ctx, input.caseId, input.ownerId, part),
    followUpAt: followUpFor(input.followUpAt, receivedAt),
    createdBy: ctx.session.staffId,
    createdAt: receivedAt,
  });
  insertStep(ctx.db, { referralId: id, status: 'sent', at: receivedAt, by: ctx.session.staffId });
  const r = referralRow(ctx.db, id)!;
  event(ctx, r, 'referral.received', { agency: agency.name, service: input.serviceType ?? null, urgency: input.urgency });
  ctx.note(`case:${input.caseId}`, { referral: id, agency: agency.id });
  return toReferral(r);
}

const conflict = (ctx: Ctx, id: number): never => fail('CONFLICT', undefined, { current: toReferral(referralRow(ctx.db, id)!) });

export function referralsAdvance(ctx: Ctx, input: ParsedInputOf<'referrals.advance'>): OutputOf<'referrals.advance'> {
  const r = referralOf(ctx, input.referralId);
  if (r.version !== input.version) conflict(ctx, r.id);
  if (!REFERRAL_MOVES[r.status].includes(input.status)) fail('VALIDATION', undefined, { fields: { status: `A referral that is ${r.status} cannot become ${input.status}.` } });
  if (input.status === 'appointment_set' && !input.appointmentAt) fail('VALIDATION', undefined, { fields: { appointmentAt: 'When is the appointment?' } });
  if (input.status === 'closed' && !input.outcome) fail('VALIDATION', undefined, { fields: { outcome: 'Closing a referral records its outcome.' } });
  if (input.status !== 'closed' && input.outcome) fail('VALIDATION', undefined, { fields: { outcome: 'Only a closed referral has an outcome.' } });
  const closing = input.status === 'closed';
  const appointmentAt = input.appointmentAt ? toUtc(input.appointmentAt) : r.appointment_at;
  // Every open referral keeps a follow-up date: by default the appointment, else the one it had.
  const followUp = closing ? null : input.followUpAt ? followUpFor(input.followUpAt, r.created_at) : input.status === 'appointment_set' ? appointmentAt : r.follow_up_at;
  if (!updateReferral(ctx.db, r.id, r.version, ctx.nowIso, { status: input.status, outcome: input.outcome ?? null, appointment_at: appointmentAt, follow_up_at: followUp })) conflict(ctx, r.id);
  insertStep(ctx.db, { referralId: r.id, status: input.status, at: ctx.nowIso, by: ctx.session.staffId, appointmentAt: input.appointmentAt ? appointmentAt : null, outcome: input.outcome ?? null });
  event(ctx, r, 'referral.moved', { from: r.status, to: input.status, outcome: input.outcome ?? null, agency: r.agency_name });
  ctx.note(`case:${r.case_id}`, { referral: r.id, from: r.status, to: input.status });
  return toReferral(referralRow(ctx.db, r.id)!);
}

export function referralsUpdate(ctx: Ctx, input: ParsedInputOf<'referrals.update'>): OutputOf<'referrals.update'> {
  const r = referralOf(ctx, input.referralId);
  if (r.version !== input.version) conflict(ctx, r.id);
  if (r.status === 'closed') fail('VALIDATION', undefined, { fields: { referralId: 'This referral is closed.' } });
  const set: Parameters<typeof updateReferral>[4] = {};
  if (input.ownerId !== undefined) set.owner_id = ownerFor(ctx, r.case_id, input.ownerId, r.part);
  if (input.followUpAt !== undefined) set.follow_up_at = followUpFor(input.followUpAt, r.created_at);
  if (input.urgency !== undefined) set.urgency = input.urgency;
  if (!updateReferral(ctx.db, r.id, r.version, ctx.nowIso, set)) conflict(ctx, r.id);
  ctx.note(`case:${r.case_id}`, { referral: r.id, fields: Object.keys(set).join(',') });
  return toReferral(referralRow(ctx.db, r.id)!);
}

/** Gated by the router (shares: 'referral.share') on the referral's categories plus the new ones. */
export function referralsShare(ctx: Ctx, input: ParsedInputOf<'referrals.share'>): OutputOf<'referrals.share'> {
  const r = referralOf(ctx, input.referralId);
  if (r.version !== input.version) conflict(ctx, r.id);
  if (r.status === 'closed') fail('VALIDATION', undefined, { fields: { referralId: 'This referral is closed.' } });
  const had = JSON.parse(r.categories) as ShareCategory[];
  const added = input.categories.filter((c) => !had.includes(c));
  const grant = ctx.share ?? fail('INTERNAL');
  if (!updateReferral(ctx.db, r.id, r.version, ctx.nowIso, { categories: JSON.stringify([...had, ...added]), consent_id: grant.consentId })) conflict(ctx, r.id);
  insertStep(ctx.db, { referralId: r.id, status: r.status, at: ctx.nowIso, by: ctx.session.staffId, shared: added });
  event(ctx, r, 'referral.shared', { categories: added.join(','), agency: r.agency_name });
  ctx.note(`case:${r.case_id}`, { referral: r.id, consent: grant.consentId, added: categoryCodes(added) });
  return toReferral(referralRow(ctx.db, r.id)!);
}

export function referralsBoard(ctx: Ctx, input: ParsedInputOf<'referrals.board'>): OutputOf<'referrals.board'> {
  const v = visibility(ctx);
  const byPart = REFERRAL_PARTS.map((part) => ({ part, roles: rolesWith(v, part), glass: glassWith(v, part) })).filter((b) => b.roles.length > 0 || b.glass.length > 0);
  const rows = boardReferrals(ctx.db, { staffId: v.staffId, byPart, status: input.status, openOnly: input.openOnly, ownerId: input.mine ? v.staffId : undefined, limit: input.limit });
  ctx.note(null, { rows: rows.length });
  return rows.map(toReferral);
}

/** Open referrals of cases the reader sees whose follow-up falls before `until` (the Today provider). */
export function referralsNeedingFollowUp(ctx: Ctx, until: string, limit: number) {
  const v = visibility(ctx);
  const byPart = REFERRAL_PARTS.map((part) => ({ part, roles: rolesWith(v, part), glass: glassWith(v, part) })).filter((b) => b.roles.length > 0 || b.glass.length > 0);
  return boardReferrals(ctx.db, { staffId: v.staffId, byPart, openOnly: true, followUpBefore: until, limit }).map(toReferral);
}
