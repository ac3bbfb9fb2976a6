import type { DISCLOSURE_BASES } from '../../../../shared/referrals/vocab';

export type DisclosureBasis = (typeof DISCLOSURE_BASES)[number];

export const DISCLOSURE_BASIS_LABEL: Record<DisclosureBasis, string> = {
  consent: 'consentsPage.disclosures.basisConsent',
  subpoena_order: 'consentsPage.disclosures.basisOrder',
  exigent: 'consentsPage.disclosures.basisExigent',
};
