import { categoryCodes } from '../../../shared/referrals/vocab';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { agencyById } from '../directory/service';
import { fail } from '../errors';
import type { Ctx } from '../runtime';
import { toUtc } from '../time';
import { expiringAgreements, getAgreement, insertAgreement, listAgreements, updateAgreement } from './queries';

export function agreementsList(ctx: Ctx, input: ParsedInputOf<'agreements.list'>): OutputOf<'agreements.list'> {
  return listAgreements(ctx.db, input.agencyId, ctx.nowIso);
}

export function agreementsExpiring(ctx: Ctx, input: ParsedInputOf<'agreements.expiring'>): OutputOf<'agreements.expiring'> {
  return expiringAgreements(ctx.db, ctx.nowIso, new Date(ctx.now.getTime() + input.days * 86_400_000).toISOString());
}

export function agreementsSave(ctx: Ctx, input: ParsedInputOf<'agreements.save'>): OutputOf<'agreements.save'> {
  const { id, version, ...rest } = input;
  const values = { ...rest, effectiveFrom: toUtc(rest.effectiveFrom), endsAt: toUtc(rest.endsAt) };
  if (values.endsAt <= values.effectiveFrom) fail('VALIDATION', undefined, { fields: { endsAt: 'Must be after the effective date.' } });
  const agency = agencyById(ctx, values.agencyId) ?? fail('NOT_FOUND');
  // The centre's own programmes share its records: an agreement with itself would mean nothing.
  if (agency.relation === 'internal') fail('VALIDATION', undefined, { fields: { agencyId: 'A programme of the centre needs no partner agreement.' } });
  let agreementId: number;
  if (id === undefined) agreementId = insertAgreement(ctx.db, values, ctx.session.staffId, ctx.nowIso);
  else {
    const current = getAgreement(ctx.db, id, ctx.nowIso) ?? fail('NOT_FOUND');
    if (version === undefined) fail('VALIDATION', undefined, { fields: { version: 'Required when editing.' } });
    if (!updateAgreement(ctx.db, id, version!, values, ctx.nowIso)) fail('CONFLICT', undefined, { current });
    agreementId = id;
  }
  ctx.note(`agreement:${agreementId}`, { agency: values.agencyId, categories: categoryCodes(values.categories) });
  return getAgreement(ctx.db, agreementId, ctx.nowIso)!;
}
