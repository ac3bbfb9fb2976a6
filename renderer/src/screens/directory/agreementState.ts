import type { Agreement } from '../../../../shared/referrals/schemas';

/** An agreement in force whose end is this close counts as "expiring soon" (DOMAIN.md: 30 days ahead). */
export const AGREEMENT_SOON_DAYS = 30;

export function agreementState(g: Pick<Agreement, 'status' | 'endsAt'>, now = Date.now()): Agreement['status'] | 'expiring' {
  if (g.status !== 'active') return g.status;
  return new Date(g.endsAt).getTime() - now <= AGREEMENT_SOON_DAYS * 86_400_000 ? 'expiring' : 'active';
}
