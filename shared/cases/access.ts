import type { Role } from '../roles';

/**
 * Need-to-know, by the person's role ON THE CASE (not their staff roles alone): DESIGN.md "Access".
 * Pure, so the renderer can hide what the core would refuse anyway; the core is the one that enforces it.
 */
export const CASE_ROLES = ['lead_caseworker', 'caseworker', 'mentor', 'legal_aide'] as const;
export type CaseRole = (typeof CASE_ROLES)[number];

export const PARTS = [
  'header',
  'profile',
  'contact',
  'screening',
  'notes.contact',
  'notes.case_plan',
  'notes.mentoring',
  'notes.legal',
  'documents.general',
  'documents.legal',
  'timeline',
  'consents',
  'referrals',
  'referrals.legal',
  'legal',
  'legal.summary',
  'sessions',
  'sessions.legal',
] as const;
export type Part = (typeof PARTS)[number];

/**
 * Referrals and consents (issue 11):
 * - caseworkers see and manage every consent and every referral of their case;
 * - legal aides see the consents (what was released to whom decides what they may send, and 8 U.S.C. 1367
 *   makes immigration information its own category) and the referrals to legal and immigration services
 *   ('referrals.legal'), which they may also make; not the others (shelter, health, addiction...);
 * - mentors see neither: a referral reveals needs (addiction, health, immigration) mentoring does not need,
 *   and a mentor hears of a referral to mentoring from the caseworker, not from the file.
 *
 * Sessions and appointments (issue 13):
 * - 'sessions': mentoring sessions and caseworkers' appointments. Mentors (their own mentees' calendar) and
 *   caseworkers (who coordinate the whole plan) hold it;
 * - 'sessions.legal': legal aides' appointments. When a survivor sees a lawyer is legal detail a mentor has
 *   no need for; legal aides and caseworkers hold it;
 * - legal aides do not hold 'sessions': the mentoring calendar tells legal work nothing it needs. A clash
 *   with a session they may not see still blocks their booking, shown as busy time without an id.
 */
const CASEWORK: Part[] = [
  'header',
  'profile',
  'contact',
  'screening',
  'notes.contact',
  'notes.case_plan',
  'notes.mentoring',
  'documents.general',
  'timeline',
  'consents',
  'referrals',
  'referrals.legal',
  'legal.summary',
  'sessions',
  'sessions.legal',
];

export const PARTS_BY_CASE_ROLE: Record<CaseRole, readonly Part[]> = {
  lead_caseworker: CASEWORK,
  caseworker: CASEWORK,
  // Mentors: contact-safety, sessions and mentoring notes; never legal or screening detail.
  mentor: ['header', 'contact', 'notes.mentoring', 'timeline', 'sessions'],
  // Legal aides: the legal parts (8 U.S.C. 1367 confidentiality), plus who the client is and how to reach them safely.
  legal_aide: ['header', 'profile', 'contact', 'notes.legal', 'documents.legal', 'timeline', 'consents', 'referrals.legal', 'legal', 'legal.summary', 'sessions.legal'],
};

/**
 * Legal matters (issue 12, 8 U.S.C. 1367): 'legal' is every matter, proceeding, deadline and task, held by
 * legal aides on the case only. 'legal.summary' is what a caseworker may know: that a matter is open (ask the
 * legal aide) and the court dates the survivor must be accompanied to, date and time only. Mentors hold
 * neither, so a mentor's timeline and Today show nothing legal.
 */
export const LEGAL_PARTS: readonly Part[] = ['legal', 'legal.summary'];

/** The staff role a case role requires: nobody is put on a case in a capacity they do not hold. */
export const STAFF_ROLE_FOR: Record<CaseRole, Role> = {
  lead_caseworker: 'caseworker',
  caseworker: 'caseworker',
  mentor: 'mentor',
  legal_aide: 'legal_aide',
};

/** Who may "break the glass" on an unassigned case, and in which capacity. Mentors and admins may not. */
export function breakGlassCapacity(roles: readonly Role[]): CaseRole | null {
  if (roles.includes('caseworker')) return 'caseworker';
  if (roles.includes('legal_aide')) return 'legal_aide';
  return null;
}

export function partsFor(caseRoles: readonly CaseRole[]): Set<Part> {
  const out = new Set<Part>();
  for (const r of caseRoles) for (const p of PARTS_BY_CASE_ROLE[r]) out.add(p);
  return out;
}

export const notePart = (type: 'contact' | 'case_plan' | 'mentoring' | 'legal'): Part => `notes.${type}`;
export const documentPart = (legal: boolean): Part => (legal ? 'documents.legal' : 'documents.general');

/**
 * Whether someone holding these staff roles could see `part` on any case: the renderer hides a filter
 * (trafficking type: the profile) that the core would refuse. Mirrors cases/visibility.ts `mayEverSee`.
 */
export const rolesMaySee = (roles: readonly Role[], part: Part): boolean =>
  CASE_ROLES.some((r) => roles.includes(STAFF_ROLE_FOR[r]) && PARTS_BY_CASE_ROLE[r].includes(part));

/** The part a referral belongs to, by the type of the service it goes to (or comes from). */
export const referralPart = (serviceType: string | null): Part => (serviceType === 'legal' || serviceType === 'immigration' ? 'referrals.legal' : 'referrals');
export const REFERRAL_PARTS: readonly Part[] = ['referrals', 'referrals.legal'];
