import { partsFor, STAFF_ROLE_FOR } from '../../../shared/cases/access';
import type { CaseEventName } from '../../../shared/cases/events';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { BASE_TYPES, DERIVATIVE_OF, TYPE_JURISDICTIONS, matterFactsSchema, pinsAfterEdit, RULES, type MatterFacts } from '../../../shared/legal';
import type { LawEnforcementContact, Matter, MatterDetail } from '../../../shared/legal/schemas';
import type { DeadlineFlag, MatterType } from '../../../shared/legal/vocab';
import { myCaseRoles } from '../cases/queries';
import { fail } from '../errors';
import { appendCaseEvent } from '../events';
import type { Ctx } from '../runtime';
import { getStaff } from '../staff/queries';
import { caseFacts, isOpen, recompute, todayOf, urgencyOn } from './compute';
import {
  courtDatesOfCase,
  deadlinesOfCase,
  insertMatter,
  insertProceeding,
  matterRow,
  mattersOfCase,
  overridesOfCase,
  proceedingOf,
  setMatterPins,
  tasksOfCase,
  updateMatter,
  type DeadlineRow,
  type MatterColumns,
  type MatterRow,
  type TaskRow,
} from './queries';

/** Law-enforcement contacts belong to matters law enforcement takes part in (CP request, Supplement B, a prosecution). */
const LE_CONTACT_TYPES: readonly MatterType[] = ['us_continued_presence', 'us_t_i914_supplement_b', 'us_u_i918_supplement_b', 'proceeding_criminal'];
export const isProceeding = (type: string): boolean => type.startsWith('proceeding_');

const invalid = (field: string, message: string): never => fail('VALIDATION', undefined, { fields: { [field]: message } });

export const matterOf = (ctx: Ctx, id: number): MatterRow => matterRow(ctx.db, id) ?? fail('NOT_FOUND');

// --- reading ------------------------------------------------------------------------------------------------

export function toTask(t: TaskRow, today: string): OutputOf<'legal.tasks.complete'> {
  return {
    id: t.id,
    caseId: t.case_id,
    matterId: t.matter_id,
    deadlineKey: t.deadline_key,
    kind: t.kind,
    dueOn: t.date,
    urgency: t.done_at ? 'later' : urgencyOn(t.date, today),
    ownerId: t.owner_id,
    ownerName: t.owner_name,
    done: t.done_at !== null,
    doneAt: t.done_at,
    doneByName: t.done_by_name,
    snoozedUntil: t.snoozed_until,
    snoozeReason: t.snooze_reason,
    version: t.version,
  };
}

type OverrideOut = MatterDetail['overrides'][number];
type DeadlineOut = MatterDetail['deadlines'][number];

export function toDeadline(d: DeadlineRow, overrides: ReadonlyMap<string, OverrideOut>, today: string): DeadlineOut {
  return {
    key: d.key,
    matterId: d.matter_id,
    kind: d.kind,
    date: d.date,
    computed: d.computed,
    override: overrides.get(d.key) ?? null,
    ruleId: d.rule_id,
    ruleVersion: d.rule_version,
    confidence: d.confidence,
    flags: JSON.parse(d.flags) as DeadlineFlag[],
    parentKey: d.parent_key,
    offsetDays: d.offset_days,
    urgency: urgencyOn(d.date, today),
  };
}

/** Engine order: undated first (they need the notice), then by date, then key. */
const byDateThenKey = (a: DeadlineOut, b: DeadlineOut) =>
  a.date === b.date ? a.key.localeCompare(b.key) : a.date === null ? -1 : b.date === null ? 1 : a.date.localeCompare(b.date);

function toMatter(m: MatterRow, deadlines: readonly DeadlineOut[], today: string): Matter {
  const own = deadlines.filter((d) => d.matterId === m.id);
  const next = own.filter((d) => d.kind !== 'reminder' && d.date !== null && d.date >= today).sort(byDateThenKey)[0];
  return {
    id: m.id,
    caseId: m.case_id,
    caseNumber: m.case_number,
    type: m.type as MatterType,
    jurisdiction: m.jurisdiction as Matter['jurisdiction'],
    status: m.status as Matter['status'],
    principalMatterId: m.principal_matter_id,
    baseMatterId: m.base_matter_id,
    receiptNumber: m.receipt_number,
    noticeNumber: m.notice_number,
    filedOn: m.filed_on,
    approvedOn: m.approved_on,
    admittedOn: m.admitted_on,
    signedOn: m.signed_on,
    expiresOn: m.expires_on,
    eadCategory: m.ead_category,
    lawEnforcementContact: m.le_contact ? (JSON.parse(m.le_contact) as LawEnforcementContact) : null,
    ownerId: m.owner_id,
    ownerName: m.owner_name,
    ruleVersions: JSON.parse(m.rule_versions) as Record<string, number>,
    next: next ? { key: next.key, kind: next.kind, date: next.date!, urgency: next.urgency } : null,
    noMaintainedStatus: own.some((d) => d.flags.includes('no_maintained_status')),
    closedAt: m.closed_at,
    createdAt: m.created_at,
    updatedAt: m.updated_at,
    version: m.version,
  };
}

function caseDeadlines(ctx: Ctx, caseId: number, today: string): DeadlineOut[] {
  const overrides = new Map(
    overridesOfCase(ctx.db, caseId).map((o) => [
      o.key,
      { key: o.key, date: o.date, by: o.by_id, byName: o.by_name, reason: o.reason, noticeRef: o.notice_ref, recordedAt: o.recorded_at },
    ]),
  );
  return deadlinesOfCase(ctx.db, caseId)
    .map((d) => toDeadline(d, overrides, today))
    .sort(byDateThenKey);
}

export function mattersList(ctx: Ctx, input: ParsedInputOf<'legal.matters.list'>): OutputOf<'legal.matters.list'> {
  const today = todayOf(ctx);
  const deadlines = caseDeadlines(ctx, input.caseId, today);
  return mattersOfCase(ctx.db, input.caseId)
    .filter((m) => input.includeClosed || isOpen(m.status))
    .map((m) => toMatter(m, deadlines, today));
}

export function matterDetail(ctx: Ctx, id: number): MatterDetail {
  const m = matterOf(ctx, id);
  const today = todayOf(ctx);
  const deadlines = caseDeadlines(ctx, m.case_id, today);
  const p = proceedingOf(ctx.db, m.id);
  const own = deadlines.filter((d) => d.matterId === m.id);
  return {
    ...toMatter(m, deadlines, today),
    proceeding: p
      ? {
          court: p.court,
          docketNumber: p.docket_number,
          charges: p.charges,
          victimImpactStatus: p.victim_impact_status,
          victimImpactOn: p.victim_impact_on,
          victimImpactNotes: p.victim_impact_notes,
          outcome: p.outcome,
          outcomeOn: p.outcome_on,
          sentence: p.sentence,
          restitution: p.restitution,
        }
      : null,
    courtDates: courtDatesOfCase(ctx.db, m.case_id)
      .filter((c) => c.matter_id === m.id)
      .map((c) => ({ id: c.id, date: c.date, time: c.time, purpose: c.purpose, location: c.location, accompany: c.accompany === 1 })),
    overrides: own.flatMap((d) => (d.override ? [d.override] : [])),
    deadlines: own,
    warnings: JSON.parse(m.warnings) as MatterDetail['warnings'],
    tasks: tasksOfCase(ctx.db, m.case_id, true)
      .filter((t) => t.matter_id === m.id)
      .map((t) => toTask(t, today)),
  };
}

export function mattersGet(ctx: Ctx, input: ParsedInputOf<'legal.matters.get'>): OutputOf<'legal.matters.get'> {
  const d = matterDetail(ctx, input.matterId);
  ctx.note(`case:${d.caseId}`, { matter: d.id });
  return d;
}

// --- changing -------------------------------------------------------------------------------------------

/** Audit notes carry ids and counts only (no matter type or deadline kind: admins read the audit log). Events carry codes and dates, never text; all of them sit in the 'legal' part except accompany court dates. */
export function legalEvent(ctx: Ctx, m: Pick<MatterRow, 'id' | 'case_id'>, event: CaseEventName & `legal.${string}`, params: Record<string, string | number | null>) {
  const part = event === 'legal.accompany_court_date' ? 'legal.summary' : 'legal';
  appendCaseEvent(ctx.db, { caseId: m.case_id, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'legal', event, part, params, ref: part === 'legal' ? { type: 'legal_matter', id: m.id } : null });
}

/** The owner of a matter or a task: a legal aide active on the case in a role still held. */
export function legalOwner(ctx: Ctx, caseId: number, ownerId: number | undefined, field = 'ownerId'): number {
  if (ownerId === undefined || ownerId === ctx.session.staffId) return ctx.session.staffId;
  const staff = getStaff(ctx.db, ownerId);
  const roles = staff?.active ? myCaseRoles(ctx.db, caseId, ownerId).filter((r) => staff.roles.includes(STAFF_ROLE_FOR[r])) : [];
  if (!partsFor(roles).has('legal')) invalid(field, 'The owner must be a legal aide on the case.');
  return ownerId;
}

type Fields = Partial<Omit<ParsedInputOf<'legal.matters.update'>, 'matterId' | 'version'>>;

function columns(ctx: Ctx, caseId: number, type: MatterType, f: Fields): Partial<MatterColumns> {
  const set: Partial<MatterColumns> = {};
  if (f.status !== undefined) set.status = f.status;
  if (f.receiptNumber !== undefined) set.receipt_number = f.receiptNumber || null;
  if (f.noticeNumber !== undefined) set.notice_number = f.noticeNumber || null;
  if (f.filedOn !== undefined) set.filed_on = f.filedOn;
  if (f.approvedOn !== undefined) set.approved_on = f.approvedOn;
  if (f.admittedOn !== undefined) set.admitted_on = f.admittedOn;
  if (f.signedOn !== undefined) set.signed_on = f.signedOn;
  if (f.eadCategory !== undefined) {
    if (f.eadCategory !== null && type !== 'us_ead') invalid('eadCategory', 'Only an EAD has a category.');
    set.ead_category = f.eadCategory;
  }
  if (f.lawEnforcementContact !== undefined) {
    if (f.lawEnforcementContact !== null && !LE_CONTACT_TYPES.includes(type))
      invalid('lawEnforcementContact', 'Only Continued Presence, a Supplement B or a criminal proceeding has a law-enforcement contact.');
    set.le_contact = f.lawEnforcementContact ? JSON.stringify(f.lawEnforcementContact) : null;
  }
  if (f.ownerId !== undefined) set.owner_id = legalOwner(ctx, caseId, f.ownerId);
  return set;
}

/** The engine's own checks on the facts (jurisdiction, links), as VALIDATION with the field named. */
function checkFacts(facts: MatterFacts | Record<string, unknown>): void {
  const r = matterFactsSchema.safeParse(facts);
  if (!r.success) {
    const fields: Record<string, string> = {};
    for (const i of r.error.issues) fields[i.path.join('.') || 'matter'] ??= i.message;
    fail('VALIDATION', undefined, { fields });
  }
}

/** The matters whose admittedOn is admission in the status the matter itself grants (T-1, T-2.., U-1..). */
const ADMITTED_IN_OWN_STATUS: readonly MatterType[] = ['us_t_i914_principal', 'us_t_i914_derivative', 'us_u_i918_principal', 'us_u_i918_derivative'];

/**
 * Orders of dates that cannot happen, refused with the field named: nothing is approved before it is filed,
 * and no one is admitted in T or U status before its petition is filed. Only these: other orders (a
 * Supplement B signed after the I-918 was filed, an I-485's admittedOn, which is the earlier T admission)
 * are real or are the engine's warnings, and admitted-before-approved is left to staff (the demo's fiction
 * has derivatives that way), so they stay allowed.
 */
function checkDateOrder(f: Pick<MatterFacts, 'type' | 'filedOn' | 'approvedOn' | 'admittedOn'>): void {
  const fields: Record<string, string> = {};
  if (f.filedOn && f.approvedOn && f.approvedOn < f.filedOn) fields.approvedOn = 'Not before the filing date.';
  if (ADMITTED_IN_OWN_STATUS.includes(f.type) && f.admittedOn && f.filedOn && f.admittedOn < f.filedOn) fields.admittedOn = 'Not before the filing date.';
  if (Object.keys(fields).length) fail('VALIDATION', undefined, { fields });
}

export function mattersCreate(ctx: Ctx, input: ParsedInputOf<'legal.matters.create'>): OutputOf<'legal.matters.create'> {
  const { caseId, type, jurisdiction } = input;
  if (!TYPE_JURISDICTIONS[type].includes(jurisdiction)) invalid('jurisdiction', `This kind of matter is not filed in ${jurisdiction}.`);
  const principal = input.principalMatterId ?? null;
  const base = input.baseMatterId ?? null;
  const wantPrincipal = DERIVATIVE_OF[type];
  if (wantPrincipal) {
    const p = principal === null ? null : matterRow(ctx.db, principal);
    if (!p || p.case_id !== caseId || p.type !== wantPrincipal) invalid('principalMatterId', 'A derivative is linked to its principal on the same case.');
  } else if (principal !== null) invalid('principalMatterId', 'Only a derivative has a principal.');
  if (base !== null) {
    const b = matterRow(ctx.db, base);
    if (!b || b.case_id !== caseId || !BASE_TYPES[type]?.includes(b.type as MatterType)) invalid('baseMatterId', 'This matter cannot belong to that one.');
  }
  const cols = columns(ctx, caseId, type, input);
  const id = insertMatter(ctx.db, {
    case_id: caseId,
    type,
    jurisdiction,
    principal_matter_id: principal,
    base_matter_id: base,
    status: input.status,
    receipt_number: cols.receipt_number ?? null,
    notice_number: cols.notice_number ?? null,
    filed_on: cols.filed_on ?? null,
    approved_on: cols.approved_on ?? null,
    admitted_on: cols.admitted_on ?? null,
    signed_on: cols.signed_on ?? null,
    ead_category: cols.ead_category ?? null,
    le_contact: cols.le_contact ?? null,
    owner_id: cols.owner_id ?? ctx.session.staffId,
    rule_versions: '{}',
    closed_at: isOpen(input.status) ? null : ctx.nowIso,
    created_by: ctx.session.staffId,
    created_at: ctx.nowIso,
  });
  if (isProceeding(type)) insertProceeding(ctx.db, id, caseId);
  const facts = caseFacts(ctx.db, caseId).find((m) => m.id === id)!;
  checkFacts(facts);
  checkDateOrder(facts);
  recompute(ctx, caseId);
  const m = matterOf(ctx, id);
  legalEvent(ctx, m, 'legal.matter_created', { type, jurisdiction });
  statusEvents(ctx, m, null, m);
  ctx.note(`case:${caseId}`, { matter: id });
  return matterDetail(ctx, id);
}

/** Filed and approved are the milestones a timeline shows; they come from the status or the date. */
function statusEvents(ctx: Ctx, m: MatterRow, before: MatterRow | null, after: MatterRow): void {
  const filed = (r: MatterRow | null) => Boolean(r && (r.filed_on || r.status === 'filed'));
  const approved = (r: MatterRow | null) => Boolean(r && (r.approved_on || r.status === 'approved'));
  if (!filed(before) && filed(after)) legalEvent(ctx, m, 'legal.matter_filed', { type: after.type, on: after.filed_on });
  if (!approved(before) && approved(after)) legalEvent(ctx, m, 'legal.matter_approved', { type: after.type, on: after.approved_on });
}

const conflict = (ctx: Ctx, id: number): never => fail('CONFLICT', undefined, { current: matterDetail(ctx, id) });

/** The versioned write of a matter row, then the same transaction's recomputation of its case. */
export function changeMatter(ctx: Ctx, m: MatterRow, version: number, set: Partial<MatterColumns>): MatterRow {
  if (m.version !== version) conflict(ctx, m.id);
  if (!updateMatter(ctx.db, m.id, version, ctx.nowIso, set)) conflict(ctx, m.id);
  recompute(ctx, m.case_id);
  return matterOf(ctx, m.id);
}

/** Pins of OTHER matters anchored on this one's filing date (a BFD on its I-914, an EAD on its renewal). */
function dropDependentPins(ctx: Ctx, m: MatterRow): void {
  const drop = (target: MatterRow, ruleIds: string[]) => {
    const pins = JSON.parse(target.rule_versions) as Record<string, number>;
    const kept = Object.fromEntries(Object.entries(pins).filter(([id]) => !ruleIds.includes(id)));
    if (Object.keys(kept).length !== Object.keys(pins).length) setMatterPins(ctx.db, target.id, JSON.stringify(kept));
  };
  for (const child of mattersOfCase(ctx.db, m.case_id)) {
    if (child.base_matter_id === m.id && child.type === 'us_t_bona_fide_determination') drop(child, ['us_t_bona_fide_determination']);
    if (m.type === 'us_ead' && child.id === m.base_matter_id) drop(child, RULES.filter((r) => r.anchor === 'renewalFiledOn').map((r) => r.id));
  }
}

export function mattersUpdate(ctx: Ctx, input: ParsedInputOf<'legal.matters.update'>): OutputOf<'legal.matters.update'> {
  const m = matterOf(ctx, input.matterId);
  if (m.version !== input.version) conflict(ctx, m.id);
  const { matterId: _id, version, ...fields } = input;
  const set = columns(ctx, m.case_id, m.type as MatterType, fields);
  if (set.status !== undefined) set.closed_at = isOpen(set.status) ? null : (m.closed_at ?? ctx.nowIso);
  // A pin chosen for an anchor date that staff then corrected no longer holds (shared/legal pinsAfterEdit).
  const before = caseFacts(ctx.db, m.case_id).find((f) => f.id === m.id)!;
  const after: MatterFacts = {
    ...before,
    status: (set.status ?? before.status) as MatterFacts['status'],
    filedOn: 'filed_on' in set ? (set.filed_on ?? null) : before.filedOn,
    approvedOn: 'approved_on' in set ? (set.approved_on ?? null) : before.approvedOn,
    admittedOn: 'admitted_on' in set ? (set.admitted_on ?? null) : before.admittedOn,
    signedOn: 'signed_on' in set ? (set.signed_on ?? null) : before.signedOn,
    eadCategory: 'ead_category' in set ? (set.ead_category ?? null) : before.eadCategory,
  };
  checkFacts(after);
  checkDateOrder(after);
  set.rule_versions = JSON.stringify(pinsAfterEdit(before, after, RULES));
  if (after.filedOn !== before.filedOn) dropDependentPins(ctx, m);
  const next = changeMatter(ctx, m, version, set);
  statusEvents(ctx, next, m, next);
  if (!isOpen(next.status) && isOpen(m.status)) legalEvent(ctx, next, 'legal.matter_closed', { type: next.type, status: next.status });
  ctx.note(`case:${m.case_id}`, { matter: m.id, fields: Object.keys(fields).length });
  return matterDetail(ctx, m.id);
}

export function mattersClose(ctx: Ctx, input: ParsedInputOf<'legal.matters.close'>): OutputOf<'legal.matters.close'> {
  const m = matterOf(ctx, input.matterId);
  if (!isOpen(m.status)) invalid('status', 'This matter is already closed.');
  const next = changeMatter(ctx, m, input.version, { status: input.status, closed_at: ctx.nowIso });
  legalEvent(ctx, next, 'legal.matter_closed', { type: next.type, status: next.status });
  ctx.note(`case:${m.case_id}`, { matter: m.id });
  return matterDetail(ctx, m.id);
}
