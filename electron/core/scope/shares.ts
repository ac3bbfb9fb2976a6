import type { ChannelSpec, ShareKind } from '../../../shared/contract/define';
import type { ShareCategory } from '../../../shared/referrals/vocab';
import { checkShare, type ShareRequest } from '../consent/gate';
import { agencyById, serviceById } from '../directory/service';
import { fail } from '../errors';
import { referralRow } from '../referrals/queries';
import type { Ctx } from '../runtime';

/**
 * One resolver per ShareKind (shared/contract/define.ts): the input -> what it would share, with whom.
 * null means this call shares nothing that consent governs (a disclosure under an order or an exigency,
 * recorded with its reference instead). The mapped type makes a new kind a compile error until it has one.
 */
const SHARE_RESOLVERS: { [K in ShareKind]: (ctx: Ctx, input: never) => ShareRequest | null } = {
  'referral.create': (ctx, input: { caseId: number; serviceId: number; categories: ShareCategory[] }) => {
    const service = serviceById(ctx, input.serviceId) ?? fail('NOT_FOUND');
    return { caseId: input.caseId, agencyId: service.agencyId, categories: input.categories, agreement: true };
  },
  // What the referral already shares plus what is added: a lapsed consent cannot be topped up.
  'referral.share': (ctx, input: { referralId: number; categories: ShareCategory[] }) => {
    const r = referralRow(ctx.db, input.referralId) ?? fail('NOT_FOUND');
    const had = JSON.parse(r.categories) as ShareCategory[];
    return { caseId: r.case_id, agencyId: r.agency_id, categories: [...new Set([...had, ...input.categories])], agreement: true };
  },
  // A packet identifies the survivor even when its categories are few: it always needs an active consent, and the
  // gate checks agreements per category, so a packet with no category would pass an agreement check that checked
  // nothing. Hence: only a referral the centre sends, with at least one consented category, to an agency that is
  // not law enforcement (a release to police or a prosecutor is a recorded decision: disclosures.record).
  'referral.packet': (ctx, input: { referralId: number }) => {
    const r = referralRow(ctx.db, input.referralId) ?? fail('NOT_FOUND');
    const categories = JSON.parse(r.categories) as ShareCategory[];
    const refuse = (message: string): never => fail('VALIDATION', undefined, { fields: { referralId: message } });
    if (r.direction === 'incoming') refuse('A packet is what the centre sends: an incoming referral has nothing to send.');
    if (categories.length === 0) refuse('The referral shares no category yet: add one (with consent) before a packet.');
    if (agencyById(ctx, r.agency_id)?.lawEnforcement) refuse('Information for law enforcement is released through a recorded disclosure, not a packet.');
    return { caseId: r.case_id, agencyId: r.agency_id, categories, agreement: true };
  },
  disclosure: (_ctx, input: { caseId: number; agencyId: number; categories: ShareCategory[]; basis: string; consentId?: number }) =>
    input.basis === 'consent' ? { caseId: input.caseId, agencyId: input.agencyId, categories: input.categories, consentId: input.consentId, agreement: false } : null,
};

/**
 * The consent gate, enforced by the router for every channel that declares `shares`, after need-to-know
 * and before the service runs. The service finds the covering consent in ctx.share.
 */
export function enforceShare(ctx: Ctx, spec: ChannelSpec, input: unknown): void {
  if (!spec.shares) return;
  const req = SHARE_RESOLVERS[spec.shares](ctx, input as never);
  if (req) ctx.share = checkShare(ctx, req);
}
