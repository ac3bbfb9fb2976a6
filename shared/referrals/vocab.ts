/**
 * Vocabulary of the services directory, releases of information (consents), partner agreements and
 * referrals (issue 11). Codes only: the renderer words them in every catalogue.
 */
export const COUNTRIES = ['US', 'CA'] as const;
export type Country = (typeof COUNTRIES)[number];

/**
 * How an agency stands to the centre:
 * - internal: a programme of the centre itself (same organisation, same records): no partner agreement is
 *   needed, but sharing still needs the survivor's consent (co-location does not relax it: NNEDV);
 * - co_located: another organisation under the centre's roof: agreement AND consent;
 * - partner: an outside organisation: agreement AND consent.
 */
export const AGENCY_RELATIONS = ['internal', 'co_located', 'partner'] as const;
export type AgencyRelation = (typeof AGENCY_RELATIONS)[number];

export const SERVICE_TYPES = [
  'shelter',
  'legal',
  'immigration',
  'addiction',
  'medical',
  'mental_health',
  'child_advocacy',
  'forensic_interview',
  'peer_mentoring',
  'youth_drop_in',
  'employment_education',
  'financial',
  'interpretation',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** What an immigration service handles (US: T visa, U visa, Continued Presence; Canada: VTIP TRP). */
export const IMMIGRATION_KINDS = ['t_visa', 'u_visa', 'continued_presence', 'vtip_trp'] as const;

/**
 * What a release of information may cover. Immigration information is its own explicit category
 * (8 U.S.C. 1367 forbids disclosing T, U and VAWA applicant information): no other category implies it.
 */
export const SHARE_CATEGORIES = ['identity', 'contact', 'case_summary', 'screening_result', 'legal_immigration', 'health', 'documents'] as const;
export type ShareCategory = (typeof SHARE_CATEGORIES)[number];

export const CONSENT_METHODS = ['written', 'verbal_witnessed'] as const;
export const CONSENT_DECISIONS = ['given', 'declined'] as const;
/** Computed at the reader's instant, never stored: expiry and revocation take effect by the clock alone. */
export const CONSENT_STATUSES = ['pending', 'active', 'expired', 'revoked', 'declined'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/**
 * The legal basis recorded on a release to an agency in the other country than the centre's jurisdiction.
 * - informed_consent: the survivor was told the information leaves the country and which law then applies;
 * - legal_obligation: a statute or treaty requires the transfer;
 * - court_order: an order compels it.
 */
export const CROSS_BORDER_BASES = ['informed_consent', 'legal_obligation', 'court_order'] as const;

export const AGREEMENT_STATUSES = ['pending', 'active', 'lapsed'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const URGENCIES = ['routine', 'soon', 'urgent'] as const;
/** internal: to a programme of the centre; outgoing: to another agency; incoming: received (never gated). */
export const REFERRAL_DIRECTIONS = ['internal', 'outgoing', 'incoming'] as const;
export type ReferralDirection = (typeof REFERRAL_DIRECTIONS)[number];

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'appointment_set', 'attended', 'no_show', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** The closed loop. appointment_set -> appointment_set reschedules; no_show may be rebooked. Closing needs an outcome. */
export const REFERRAL_MOVES: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['accepted', 'declined', 'closed'],
  accepted: ['appointment_set', 'closed'],
  declined: ['closed'],
  appointment_set: ['appointment_set', 'attended', 'no_show', 'closed'],
  attended: ['closed'],
  no_show: ['appointment_set', 'closed'],
  closed: [],
};
export const OPEN_REFERRAL_STATUSES = REFERRAL_STATUSES.filter((s) => s !== 'closed');

export const REFERRAL_OUTCOMES = ['service_received', 'service_ongoing', 'declined_by_agency', 'declined_by_survivor', 'no_contact', 'withdrawn', 'other'] as const;

/** Law-enforcement disclosures are a recorded decision, never a default (DOMAIN.md "Practice"). */
export const DISCLOSURE_BASES = ['consent', 'subpoena_order', 'exigent'] as const;

/**
 * Two-letter codes for categories in audit details, whose strings are short codes (audit/chain.ts caps
 * them at 64 characters, and all seven full names run longer).
 */
export const CATEGORY_CODES: Record<ShareCategory, string> = {
  identity: 'id',
  contact: 'co',
  case_summary: 'cs',
  screening_result: 'sr',
  legal_immigration: 'li',
  health: 'he',
  documents: 'do',
};
export const categoryCodes = (cats: readonly ShareCategory[]): string => cats.map((c) => CATEGORY_CODES[c]).join(',');
