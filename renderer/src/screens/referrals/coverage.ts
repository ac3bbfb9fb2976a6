import type { Agency, Agreement, Consent } from '../../../../shared/referrals/schemas';
import type { ShareCategory } from '../../../../shared/referrals/vocab';

export interface Coverage {
  /** The release that covers most, as the core picks it; null when none is active for the agency. */
  consent: Consent | null;
  /** Categories partner agreements in force allow; null for the centre's own programmes (no agreement needed). */
  agreed: Set<ShareCategory> | null;
  /** What may be shared now: in the release and (when needed) in an agreement. The core decides again. */
  covered: Set<ShareCategory>;
}

/** A preview of the core's gate (electron/core/consent/gate.ts) for the referral dialog; never relied on. */
export function coverageFor(agency: Agency | undefined, consents: readonly Consent[], agreements: readonly Agreement[]): Coverage {
  if (!agency) return { consent: null, agreed: null, covered: new Set() };
  const active = consents.filter((c) => c.agencyId === agency.id && c.status === 'active');
  const consent = [...active].sort((a, b) => b.categories.length - a.categories.length)[0] ?? null;
  const agreed = agency.relation === 'internal' ? null : new Set(agreements.filter((g) => g.agencyId === agency.id && g.status === 'active').flatMap((g) => g.categories));
  const covered = new Set((consent?.categories ?? []).filter((c) => agreed === null || agreed.has(c)));
  return { consent, agreed, covered };
}
