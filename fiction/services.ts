import type { Jurisdiction } from '../shared/schemas';
import type { AgencyRelation, Country, ServiceType, ShareCategory } from '../shared/referrals/vocab';
import { fictionalWord } from './names';
import { seeded, type Rng } from './random';

/**
 * A fictional services directory for a family justice centre: the centre's own programmes (internal), the
 * organisations under its roof (co-located) and a few outside partners on both sides of the US-Canada
 * border, each with services and (outside the centre) a partner agreement. Then, per case, the releases of
 * information and referrals a caseworker would have recorded. Every name is invented (fictionalWord).
 */
export interface FictionalAgency {
  key: string;
  name: string;
  relation: AgencyRelation;
  country: Country;
  region: string;
  address: string;
  hours: string;
  languages: string[];
  eligibility: string;
  secureContact: string;
  lawEnforcement: boolean;
  services: { type: ServiceType; name: string; description: string; capacityNote: string; immigrationKinds: string[] }[];
  /** Categories its agreement allows, and when that agreement ends (days from the demo's clock); none for internal ones. */
  agreement: { categories: ShareCategory[]; endsInDays: number; parties: string; purpose: string; documentRef: string } | null;
}

export interface FictionalConsent {
  agency: string;
  decision: 'given' | 'declined';
  categories: ShareCategory[];
  startedDaysAgo: number;
  expiresInDays: number;
  method: 'written' | 'verbal_witnessed';
  witnessName?: string;
  purpose: string;
  revoke: boolean;
}

/** Statuses after 'sent', in order; the last one 'closed' needs the outcome. */
export interface FictionalReferral {
  agency: string;
  serviceType: ServiceType;
  categories: ShareCategory[];
  urgency: 'routine' | 'soon' | 'urgent';
  reason: string;
  path: ('accepted' | 'declined' | 'appointment_set' | 'attended' | 'no_show' | 'closed')[];
  outcome?: 'service_received' | 'service_ongoing' | 'declined_by_agency' | 'declined_by_survivor' | 'no_contact' | 'withdrawn';
  followUpInDays: number;
  packet: boolean;
  incoming: boolean;
}

export interface FictionalCaseReferrals {
  consents: FictionalConsent[];
  referrals: FictionalReferral[];
}

const ALL: ShareCategory[] = ['identity', 'contact', 'case_summary', 'screening_result', 'legal_immigration', 'health', 'documents'];

const REASONS: Partial<Record<ServiceType, string[]>> = {
  shelter: ['Needs a safe place tonight; current housing is known to the trafficker.', 'Emergency bed for two weeks while longer-term housing is arranged.'],
  legal: ['Family court matter: custody hearing next month.', 'Wage claim against the former employer.'],
  immigration: ['Screen for T visa eligibility and start the declaration.', 'Temporary resident permit for victims: first application.', 'U visa certification request to be prepared.'],
  addiction: ['Asked for help with opioid use; prefers a women-only programme.', 'Methadone continuity after leaving the situation.'],
  medical: ['Untreated injury to the hand; no doctor since arriving.', 'Routine check-up and vaccinations.'],
  mental_health: ['Sleep problems and panic attacks; wants counselling in Spanish.', 'Trauma counselling, weekly.'],
  peer_mentoring: ['Would like to talk to someone who has been through it.'],
  employment_education: ['Wants to finish high school equivalency.', 'Job readiness programme; has restaurant experience.'],
  financial: ['Emergency funds for transit and phone.', 'Help opening a bank account in own name.'],
  interpretation: ['Tigrinya interpreter for legal appointments.'],
  youth_drop_in: ['Youth drop-in for meals and a safe evening space.'],
  child_advocacy: ['Child advocacy centre for the younger sibling.'],
  forensic_interview: ['Forensic interview scheduled with the child advocacy team.'],
};

function agencies(rng: Rng, text: (s: string) => string, jurisdiction: Jurisdiction): FictionalAgency[] {
  const name = (kind: string) => text(`${fictionalWord(rng, 2)} ${kind}`);
  const home: Country = jurisdiction === 'CA' ? 'CA' : 'US';
  const away: Country = home === 'US' ? 'CA' : 'US';
  const region = (c: Country) => (c === 'US' ? rng.pick(['NY', 'WA', 'MI', 'VT']) : rng.pick(['ON', 'QC', 'BC', 'MB']));
  const base = (key: string, n: string, relation: AgencyRelation, country: Country, services: FictionalAgency['services'], agreement: ShareCategory[] | null, lawEnforcement = false): FictionalAgency => ({
    key,
    name: n,
    relation,
    country,
    region: region(country),
    address: text(`${rng.int(10, 999)} ${fictionalWord(rng, 2)} ${country === 'US' ? 'Street' : 'Avenue'}`),
    hours: text(rng.pick(['Mon-Fri 9-5', 'Mon-Sat 8-8', '24 hours', 'Tue-Thu 10-4'])),
    languages: rng.pick([['en', 'es'], ['en', 'fr-CA'], ['en'], ['en', 'es', 'tl']]),
    eligibility: text(rng.pick(['Adults 18+ of any gender.', 'Women and their children.', 'Youth 12-24.', 'Anyone referred by a partner agency.'])),
    secureContact: text(`intake-${key}@fictional.example`),
    lawEnforcement,
    services: services.map((s) => ({ ...s, name: text(s.name), description: text(s.description), capacityNote: text(s.capacityNote) })),
    agreement: agreement && {
      categories: agreement,
      endsInDays: rng.pick([20, 200, 400, 700]),
      parties: text(`The centre and ${n}`),
      purpose: text('Referrals of consenting survivors and follow-up on services received.'),
      documentRef: text(`MOU-${rng.int(1000, 9999)} (signed copy in the admin binder)`),
    },
  });
  const svc = (type: ServiceType, n: string, immigrationKinds: string[] = []) => ({ type, name: n, description: `Fictional ${n.toLowerCase()}.`, capacityNote: rng.pick(['Accepting referrals', 'Wait about two weeks', 'Full until next month', '']), immigrationKinds });
  return [
    base('mentoring', name('Peer Mentoring Programme'), 'internal', home, [svc('peer_mentoring', 'Survivor peer mentoring'), svc('youth_drop_in', 'Youth evening drop-in')], null),
    base('counselling', name('Counselling Service'), 'internal', home, [svc('mental_health', 'Trauma counselling'), svc('interpretation', 'Interpretation pool')], null),
    base('legal', name('Legal Aid Clinic'), 'co_located', home, [svc('legal', 'Family and civil law'), svc('immigration', 'Immigration relief', home === 'US' ? ['t_visa', 'u_visa', 'continued_presence'] : ['vtip_trp'])], [
      'identity',
      'contact',
      'case_summary',
      'legal_immigration',
      'documents',
    ]),
    base('health', name('Community Health Centre'), 'co_located', home, [svc('medical', 'Primary care'), svc('addiction', 'Opioid treatment programme')], ['identity', 'contact', 'health']),
    base('child', name('Child Advocacy Centre'), 'co_located', home, [svc('child_advocacy', 'Child advocacy'), svc('forensic_interview', 'Forensic interviews')], ['identity', 'case_summary']),
    base('shelter', name('House'), 'partner', home, [svc('shelter', 'Emergency shelter')], ['identity', 'contact', 'case_summary']),
    base('jobs', name('Works'), 'partner', home, [svc('employment_education', 'Job readiness'), svc('financial', 'Emergency funds')], ['identity', 'contact']),
    base('across', name(away === 'CA' ? 'Refuge' : 'Safe Harbor'), 'partner', away, [svc('shelter', 'Cross-border safe housing'), svc('immigration', 'Status advice', away === 'US' ? ['t_visa'] : ['vtip_trp'])], [
      'identity',
      'contact',
      'legal_immigration',
    ]),
    base('police', name('City Police Service'), 'partner', home, [], null, true),
  ];
}

/** Consents and referrals per case, from their own seeded stream (cases and staff stay as they were for a seed). */
function caseReferrals(rng: Rng, text: (s: string) => string, dir: FictionalAgency[], index: number): FictionalCaseReferrals {
  const out: FictionalCaseReferrals = { consents: [], referrals: [] };
  if (index % 4 === 3) return out;
  const referable = dir.filter((a) => !a.lawEnforcement && a.services.length > 0);
  const chosen = new Set<FictionalAgency>();
  for (let i = rng.int(1, 3); i > 0; i--) chosen.add(rng.pick(referable));
  let first = true;
  for (const agency of chosen) {
    // Every centre shows a declined release and a revoked one (the first consent of every sixth case, offset).
    const forceDecline = first && index % 6 === 1;
    const forceRevoke = first && index % 6 === 2;
    first = false;
    const allowed = agency.agreement?.categories ?? ALL;
    const categories = ALL.filter((c) => allowed.includes(c) && (c === 'identity' || rng.chance(0.5)));
    const declined = forceDecline || rng.chance(0.12);
    const verbal = rng.chance(0.3);
    out.consents.push({
      agency: agency.key,
      decision: declined ? 'declined' : 'given',
      categories,
      startedDaysAgo: rng.int(0, 60),
      expiresInDays: rng.pick([5, 25, 90, 180]),
      method: verbal ? 'verbal_witnessed' : 'written',
      ...(verbal ? { witnessName: text(`${fictionalWord(rng, 2)} (witness)`) } : {}),
      purpose: text('Referral for services the survivor asked for.'),
      revoke: !declined && (forceRevoke || rng.chance(0.1)),
    });
    if (declined) continue;
    const service = rng.pick(agency.services);
    const path = rng.pick([[], ['accepted'], ['accepted', 'appointment_set'], ['accepted', 'appointment_set', 'attended', 'closed'], ['declined', 'closed'], ['accepted', 'appointment_set', 'no_show']] as FictionalReferral['path'][]);
    out.referrals.push({
      agency: agency.key,
      serviceType: service.type,
      categories,
      urgency: rng.pick(['routine', 'soon', 'urgent'] as const),
      reason: text(rng.pick(REASONS[service.type] ?? ['Asked for this service.'])),
      path,
      outcome: path.at(-1) === 'closed' ? (path[0] === 'declined' ? 'declined_by_agency' : 'service_received') : undefined,
      followUpInDays: rng.int(-3, 14),
      packet: rng.chance(0.5),
      incoming: false,
    });
  }
  if (rng.chance(0.2)) {
    const from = rng.pick(referable);
    out.referrals.push({ agency: from.key, serviceType: from.services[0]!.type, categories: [], urgency: 'soon', reason: text('Referred to the centre by the partner.'), path: ['accepted'], followUpInDays: rng.int(1, 10), packet: false, incoming: true });
  }
  return out;
}

export function fictionalServices(o: { seed: number; jurisdiction: Jurisdiction; cases: number; text: (s: string) => string }) {
  const rng = seeded(o.seed ^ 0x5e1f1c);
  const directory = agencies(rng, o.text, o.jurisdiction);
  const perCase = Array.from({ length: o.cases }, (_, i) => caseReferrals(rng, o.text, directory, i));
  return { directory, perCase };
}
