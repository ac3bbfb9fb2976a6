import { documentPart } from '../../../shared/cases/access';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { isCrossBorder } from '../../../shared/referrals/cross-border';
import type { ShareCategory } from '../../../shared/referrals/vocab';
import { categoryCodes } from '../../../shared/referrals/vocab';
import { agencyById } from '../directory/service';
import { getDocument } from '../documents/queries';
import { fail } from '../errors';
import { appendCaseEvent } from '../events';
import type { Ctx } from '../runtime';
import { getSettings } from '../settings/queries';
import { toUtc } from '../time';
import { attachConsentDocument, consentRow, consentStatus, consentsOfCase, disclosuresOfCase, insertConsent, insertDisclosure, revokeConsentRow, toConsent, type ConsentRow } from './queries';

const consentOf = (ctx: Ctx, id: number): ConsentRow => consentRow(ctx.db, id) ?? fail('NOT_FOUND');

/** The signed form must be a document of the same case that the recorder may see. */
function checkDocument(ctx: Ctx, caseId: number, documentId: number): void {
  const d = getDocument(ctx.db, documentId);
  if (!d || d.case_id !== caseId) fail('VALIDATION', undefined, { fields: { documentId: 'Choose a document of this case.' } });
  if (!ctx.caseAccess.parts.has(documentPart(d!.legal === 1))) fail('NEED_TO_KNOW');
}

function consentEvent(ctx: Ctx, r: ConsentRow, event: 'consent.recorded' | 'consent.declined' | 'consent.revoked' | 'consent.form_attached', params: Record<string, string | number | null>) {
  appendCaseEvent(ctx.db, { caseId: r.case_id, at: ctx.nowIso, actorId: ctx.session.staffId, kind: 'consent', event, part: 'consents', params: { agency: r.agency_name, ...params }, ref: { type: 'consent', id: r.id } });
}

export function consentsList(ctx: Ctx, input: ParsedInputOf<'consents.list'>): OutputOf<'consents.list'> {
  return consentsOfCase(ctx.db, input.caseId).map((r) => toConsent(r, ctx.nowIso));
}

export function consentsRecord(ctx: Ctx, input: ParsedInputOf<'consents.record'>): OutputOf<'consents.record'> {
  const agency = agencyById(ctx, input.agencyId) ?? fail('NOT_FOUND');
  if (agency.archived) fail('VALIDATION', undefined, { fields: { agencyId: 'This agency is archived.' } });
  if (input.method === 'verbal_witnessed' && !input.witnessName) fail('VALIDATION', undefined, { fields: { witnessName: 'A verbal consent names its witness.' } });
  let id: number;
  if (input.decision === 'declined') {
    id = insertConsent(
      ctx.db,
      { caseId: input.caseId, agencyId: agency.id, decision: 'declined', categories: [], purpose: '', startsAt: ctx.nowIso, expiresAt: null, method: input.method, witnessName: input.witnessName ?? null, documentId: null, language: input.language, crossBorderBasis: null },
      ctx.session.staffId,
      ctx.nowIso,
    );
  } else {
    const startsAt = toUtc(input.startsAt);
    const expiresAt = toUtc(input.expiresAt);
    if (expiresAt <= startsAt) fail('VALIDATION', undefined, { fields: { expiresAt: 'Must be after the start.' } });
    if (expiresAt <= ctx.nowIso) fail('VALIDATION', undefined, { fields: { expiresAt: 'Already past.' } });
    const cross = isCrossBorder(getSettings(ctx.db).jurisdiction, agency.country);
    if (cross && !input.crossBorderBasis) fail('VALIDATION', undefined, { fields: { crossBorderBasis: 'This agency is in the other country: record the legal basis.' } });
    if (!cross && input.crossBorderBasis) fail('VALIDATION', undefined, { fields: { crossBorderBasis: 'Only for an agency in the other country.' } });
    if (input.documentId !== undefined) checkDocument(ctx, input.caseId, input.documentId);
    id = insertConsent(
      ctx.db,
      {
        caseId: input.caseId,
        agencyId: agency.id,
        decision: 'given',
        categories: input.categories,
        purpose: input.purpose,
        startsAt,
        expiresAt,
        method: input.method,
        witnessName: input.witnessName ?? null,
        documentId: input.documentId ?? null,
        language: input.language,
        crossBorderBasis: input.crossBorderBasis ?? null,
      },
      ctx.session.staffId,
      ctx.nowIso,
    );
  }
  const r = consentOf(ctx, id);
  if (input.decision === 'declined') consentEvent(ctx, r, 'consent.declined', {});
  else consentEvent(ctx, r, 'consent.recorded', { categories: input.categories.join(','), expiresAt: r.expires_at });
  ctx.note(`case:${input.caseId}`, { consent: id, agency: agency.id, decision: input.decision });
  return toConsent(r, ctx.nowIso);
}

export function consentsAttach(ctx: Ctx, input: ParsedInputOf<'consents.attach'>): OutputOf<'consents.attach'> {
  const r = consentOf(ctx, input.consentId);
  if (r.version !== input.version) fail('CONFLICT', undefined, { current: toConsent(r, ctx.nowIso) });
  checkDocument(ctx, r.case_id, input.documentId);
  if (!attachConsentDocument(ctx.db, r.id, r.version, input.documentId)) fail('CONFLICT', undefined, { current: toConsent(r, ctx.nowIso) });
  consentEvent(ctx, r, 'consent.form_attached', { document: input.documentId });
  ctx.note(`case:${r.case_id}`, { consent: r.id, document: input.documentId });
  return toConsent(consentOf(ctx, r.id), ctx.nowIso);
}

/** From the recorded instant on (now by default, never later), the gate finds this consent inactive. */
export function consentsRevoke(ctx: Ctx, input: ParsedInputOf<'consents.revoke'>): OutputOf<'consents.revoke'> {
  const r = consentOf(ctx, input.consentId);
  if (r.decision === 'declined') fail('VALIDATION', undefined, { fields: { consentId: 'A declined consent has nothing to revoke.' } });
  if (r.version !== input.version || r.revoked_at !== null) fail('CONFLICT', undefined, { current: toConsent(r, ctx.nowIso) });
  const at = input.revokedAt ? toUtc(input.revokedAt) : ctx.nowIso;
  if (at > ctx.nowIso) fail('VALIDATION', undefined, { fields: { revokedAt: 'Not in the future: record a revocation when it happens.' } });
  // Before the consent started, or before it was on the record, the gate already relied on it: back-dating the
  // revocation there would rewrite referrals and disclosures made under it as made without consent.
  if (at < r.starts_at || at < r.recorded_at) fail('VALIDATION', undefined, { fields: { revokedAt: 'Not before the consent started or was recorded.' } });
  if (!revokeConsentRow(ctx.db, r.id, r.version, at, ctx.session.staffId)) fail('CONFLICT', undefined, { current: toConsent(r, ctx.nowIso) });
  consentEvent(ctx, r, 'consent.revoked', { revokedAt: at });
  ctx.note(`case:${r.case_id}`, { consent: r.id });
  return toConsent(consentOf(ctx, r.id), ctx.nowIso);
}

export function disclosuresList(ctx: Ctx, input: ParsedInputOf<'disclosures.list'>): OutputOf<'disclosures.list'> {
  return disclosuresOfCase(ctx.db, input.caseId).map((d) => ({
    id: d.id,
    caseId: d.case_id,
    agencyId: d.agency_id,
    agencyName: d.agency_name,
    recipientName: d.recipient_name,
    categories: JSON.parse(d.categories) as ShareCategory[],
    basis: d.basis,
    consentId: d.consent_id,
    orderReference: d.order_reference,
    exigentReason: d.exigent_reason,
    disclosedAt: d.disclosed_at,
    recordedBy: d.recorded_by_name,
    recordedAt: d.recorded_at,
  }));
}

/**
 * A law-enforcement disclosure is a decision on the record, never a default. On the 'consent' basis the
 * router has already checked (shares: 'disclosure') that the named consent is active and covers every
 * category; an order or an exigency is recorded with its reference or reason instead.
 */
export function disclosuresRecord(ctx: Ctx, input: ParsedInputOf<'disclosures.record'>): OutputOf<'disclosures.record'> {
  const agency = agencyById(ctx, input.agencyId) ?? fail('NOT_FOUND');
  if (!agency.lawEnforcement) fail('VALIDATION', undefined, { fields: { agencyId: 'Choose a law-enforcement agency from the directory.' } });
  const disclosedAt = toUtc(input.disclosedAt);
  if (disclosedAt > ctx.nowIso) fail('VALIDATION', undefined, { fields: { disclosedAt: 'Not in the future.' } });
  // The gate checked the consent at now; the release happened at disclosedAt, and the consent must have covered that.
  if (input.basis === 'consent') {
    const consent = consentRow(ctx.db, ctx.share?.consentId ?? fail('INTERNAL'));
    if (!consent || consentStatus(consent, disclosedAt) !== 'active') fail('VALIDATION', undefined, { fields: { disclosedAt: 'The consent was not active at that instant.' } });
  }
  const id = insertDisclosure(
    ctx.db,
    {
      caseId: input.caseId,
      agencyId: agency.id,
      recipientName: input.recipientName,
      categories: input.categories,
      basis: input.basis,
      consentId: input.basis === 'consent' ? (ctx.share?.consentId ?? fail('INTERNAL')) : null,
      orderReference: input.basis === 'subpoena_order' ? input.orderReference! : null,
      exigentReason: input.basis === 'exigent' ? input.exigentReason! : null,
      disclosedAt,
    },
    ctx.session.staffId,
    ctx.nowIso,
  );
  appendCaseEvent(ctx.db, {
    caseId: input.caseId,
    at: ctx.nowIso,
    actorId: ctx.session.staffId,
    kind: 'disclosure',
    event: 'disclosure.recorded',
    part: 'consents',
    params: { agency: agency.name, basis: input.basis, categories: input.categories.join(',') },
    ref: { type: 'disclosure', id },
  });
  ctx.note(`case:${input.caseId}`, { disclosure: id, agency: agency.id, basis: input.basis, categories: categoryCodes(input.categories) });
  return disclosuresList(ctx, { caseId: input.caseId }).find((d) => d.id === id)!;
}
