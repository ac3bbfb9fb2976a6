import type { Jurisdiction } from '../schemas';
import type { Country } from './vocab';

/**
 * Which privacy rule governs a transfer to an agency, given the centre's jurisdiction. A centre working on
 * both sides ('both') sends nothing across a border it does not already operate on, so nothing is
 * cross-border for it. Codes only; the renderer explains each (DOMAIN.md):
 * - us_to_ca: the receiving Canadian agency is bound by PIPEDA or the provincial act; US confidentiality
 *   duties (VAWA/VOCA/FVPSA, 8 U.S.C. 1367) still bind the centre that sends;
 * - ca_to_us: the Canadian centre stays accountable under PIPEDA (or the provincial act) for what it
 *   transfers; the US agency is under no general privacy statute, so the release must say so.
 */
export type PrivacyRule = 'domestic' | 'us_to_ca' | 'ca_to_us';

export function privacyRule(centre: Jurisdiction, agency: Country): PrivacyRule {
  if (centre === 'both' || centre === agency) return 'domestic';
  return centre === 'US' ? 'us_to_ca' : 'ca_to_us';
}

export const isCrossBorder = (centre: Jurisdiction, agency: Country): boolean => privacyRule(centre, agency) !== 'domestic';
