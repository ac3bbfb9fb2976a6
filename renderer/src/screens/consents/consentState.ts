import type { Consent } from '../../../../shared/referrals/schemas';
import type { ConsentStatus } from '../../../../shared/referrals/vocab';

/** A release in force that ends within this many days shows as "expiring" (DOMAIN.md: reminders at 30 and 7 days). */
export const CONSENT_SOON_DAYS = 30;

export type ConsentState = ConsentStatus | 'expiring';

/** The core's status at its instant, with "expiring" split out of "active" for the glance. */
export function consentState(c: Pick<Consent, 'status' | 'expiresAt'>, now = Date.now()): ConsentState {
  if (c.status !== 'active' || !c.expiresAt) return c.status;
  return new Date(c.expiresAt).getTime() - now <= CONSENT_SOON_DAYS * 86_400_000 ? 'expiring' : 'active';
}

/** Shown in this order at a glance: what can be used now first. */
export const STATE_ORDER: readonly ConsentState[] = ['active', 'expiring', 'pending', 'expired', 'revoked', 'declined'];
