import type { AgencyRelation, AgreementStatus, ConsentStatus, Country, ReferralDirection, ReferralStatus, ServiceType, ShareCategory } from '../../../../shared/referrals/vocab';
import type { CROSS_BORDER_BASES, CONSENT_METHODS, IMMIGRATION_KINDS, REFERRAL_OUTCOMES, URGENCIES } from '../../../../shared/referrals/vocab';
import type { PrivacyRule } from '../../../../shared/referrals/cross-border';

/**
 * Catalogue keys of the referral vocabulary (issue 11), spelled out so the compiler asks for a label when a
 * code is added and the catalogue test sees every key that is used.
 */
export const SERVICE_TYPE_LABEL: Record<ServiceType, string> = {
  shelter: 'referralVocab.serviceType.shelter',
  legal: 'referralVocab.serviceType.legal',
  immigration: 'referralVocab.serviceType.immigration',
  addiction: 'referralVocab.serviceType.addiction',
  medical: 'referralVocab.serviceType.medical',
  mental_health: 'referralVocab.serviceType.mental_health',
  child_advocacy: 'referralVocab.serviceType.child_advocacy',
  forensic_interview: 'referralVocab.serviceType.forensic_interview',
  peer_mentoring: 'referralVocab.serviceType.peer_mentoring',
  youth_drop_in: 'referralVocab.serviceType.youth_drop_in',
  employment_education: 'referralVocab.serviceType.employment_education',
  financial: 'referralVocab.serviceType.financial',
  interpretation: 'referralVocab.serviceType.interpretation',
};

export const CATEGORY_LABEL: Record<ShareCategory, string> = {
  identity: 'referralVocab.category.identity',
  contact: 'referralVocab.category.contact',
  case_summary: 'referralVocab.category.case_summary',
  screening_result: 'referralVocab.category.screening_result',
  legal_immigration: 'referralVocab.category.legal_immigration',
  health: 'referralVocab.category.health',
  documents: 'referralVocab.category.documents',
};

export const CATEGORY_HELP: Record<ShareCategory, string> = {
  identity: 'referralVocab.categoryHelp.identity',
  contact: 'referralVocab.categoryHelp.contact',
  case_summary: 'referralVocab.categoryHelp.case_summary',
  screening_result: 'referralVocab.categoryHelp.screening_result',
  legal_immigration: 'referralVocab.categoryHelp.legal_immigration',
  health: 'referralVocab.categoryHelp.health',
  documents: 'referralVocab.categoryHelp.documents',
};

export const RELATION_LABEL: Record<AgencyRelation, string> = {
  internal: 'referralVocab.relation.internal',
  co_located: 'referralVocab.relation.co_located',
  partner: 'referralVocab.relation.partner',
};

export const COUNTRY_LABEL: Record<Country, string> = {
  US: 'referralVocab.country.US',
  CA: 'referralVocab.country.CA',
};

export const CONSENT_STATUS_LABEL: Record<ConsentStatus | 'expiring', string> = {
  pending: 'referralVocab.consentStatus.pending',
  active: 'referralVocab.consentStatus.active',
  expiring: 'referralVocab.consentStatus.expiring',
  expired: 'referralVocab.consentStatus.expired',
  revoked: 'referralVocab.consentStatus.revoked',
  declined: 'referralVocab.consentStatus.declined',
};

export const AGREEMENT_STATUS_LABEL: Record<AgreementStatus | 'expiring', string> = {
  pending: 'referralVocab.agreementStatus.pending',
  active: 'referralVocab.agreementStatus.active',
  expiring: 'referralVocab.agreementStatus.expiring',
  lapsed: 'referralVocab.agreementStatus.lapsed',
};

export const METHOD_LABEL: Record<(typeof CONSENT_METHODS)[number], string> = {
  written: 'referralVocab.method.written',
  verbal_witnessed: 'referralVocab.method.verbal_witnessed',
};

export const BASIS_LABEL: Record<(typeof CROSS_BORDER_BASES)[number], string> = {
  informed_consent: 'referralVocab.basis.informed_consent',
  legal_obligation: 'referralVocab.basis.legal_obligation',
  court_order: 'referralVocab.basis.court_order',
};

export const PRIVACY_RULE_LABEL: Record<PrivacyRule, string> = {
  domestic: 'referralVocab.privacyRule.domestic',
  us_to_ca: 'referralVocab.privacyRule.us_to_ca',
  ca_to_us: 'referralVocab.privacyRule.ca_to_us',
};

export const IMMIGRATION_KIND_LABEL: Record<(typeof IMMIGRATION_KINDS)[number], string> = {
  t_visa: 'referralVocab.immigrationKind.t_visa',
  u_visa: 'referralVocab.immigrationKind.u_visa',
  continued_presence: 'referralVocab.immigrationKind.continued_presence',
  vtip_trp: 'referralVocab.immigrationKind.vtip_trp',
};

export const URGENCY_LABEL: Record<(typeof URGENCIES)[number], string> = {
  routine: 'referralVocab.urgency.routine',
  soon: 'referralVocab.urgency.soon',
  urgent: 'referralVocab.urgency.urgent',
};

export const DIRECTION_LABEL: Record<ReferralDirection, string> = {
  internal: 'referralVocab.direction.internal',
  outgoing: 'referralVocab.direction.outgoing',
  incoming: 'referralVocab.direction.incoming',
};

export const STATUS_LABEL: Record<ReferralStatus, string> = {
  sent: 'referralVocab.status.sent',
  accepted: 'referralVocab.status.accepted',
  declined: 'referralVocab.status.declined',
  appointment_set: 'referralVocab.status.appointment_set',
  attended: 'referralVocab.status.attended',
  no_show: 'referralVocab.status.no_show',
  closed: 'referralVocab.status.closed',
};

/** The verb on a "Move to…" menu item: what the person is doing, not the state it ends in. */
export const MOVE_LABEL: Record<ReferralStatus, string> = {
  sent: 'referralVocab.move.sent',
  accepted: 'referralVocab.move.accepted',
  declined: 'referralVocab.move.declined',
  appointment_set: 'referralVocab.move.appointment_set',
  attended: 'referralVocab.move.attended',
  no_show: 'referralVocab.move.no_show',
  closed: 'referralVocab.move.closed',
};

export const OUTCOME_LABEL: Record<(typeof REFERRAL_OUTCOMES)[number], string> = {
  service_received: 'referralVocab.outcome.service_received',
  service_ongoing: 'referralVocab.outcome.service_ongoing',
  declined_by_agency: 'referralVocab.outcome.declined_by_agency',
  declined_by_survivor: 'referralVocab.outcome.declined_by_survivor',
  no_contact: 'referralVocab.outcome.no_contact',
  withdrawn: 'referralVocab.outcome.withdrawn',
  other: 'referralVocab.outcome.other',
};

/** Languages an agency may list, named in the UI language by Intl; codes outside it are shown as they are. */
export function languageName(code: string, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang === 'qps' ? 'en' : uiLang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
