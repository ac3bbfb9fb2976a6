import type { TestCentre } from './centre';

export const DAY = 86_400_000;
/** An instant `days` from the fake clock's now. */
export const inDays = (c: TestCentre, days: number) => new Date(c.clock.now + days * DAY).toISOString();

export interface Directory {
  /** A programme of the centre itself: no partner agreement needed. */
  internal: { agencyId: number; serviceId: number };
  /** A co-located legal clinic (US) with an agreement for identity, contact, case_summary, legal_immigration. */
  legal: { agencyId: number; serviceId: number; agreementId: number };
  /** An outside shelter in Canada with an agreement for identity, contact. */
  shelterCA: { agencyId: number; serviceId: number; agreementId: number };
  /** A police service (law enforcement), no services. */
  police: { agencyId: number };
}

/** A small fictional directory with agreements, created by the admin; leaves the admin signed in. */
export async function makeDirectory(c: TestCentre): Promise<Directory> {
  await c.as('admin');
  const agency = (a: object) => c.ok<{ id: number }>('directory.saveAgency', a);
  const service = (agencyId: number, type: string, name: string) => c.ok<{ id: number }>('directory.saveService', { agencyId, type, name });
  const agreement = (agencyId: number, categories: string[], endsInDays = 365) =>
    c.ok<{ id: number }>('agreements.save', {
      agencyId,
      parties: 'Fictional Centre and partner',
      effectiveFrom: inDays(c, -30),
      endsAt: inDays(c, endsInDays),
      categories,
      purpose: 'Referrals for fictional survivors.',
    });
  const internal = await agency({ name: 'Fictional Peer Mentoring Programme', relation: 'internal', country: 'US', region: 'NY', languages: ['en', 'es'] });
  const legal = await agency({ name: 'Fictional Legal Clinic', relation: 'co_located', country: 'US', region: 'NY', languages: ['en'] });
  const shelter = await agency({ name: 'Fictional Maison Refuge', relation: 'partner', country: 'CA', region: 'QC', languages: ['fr-CA', 'en'] });
  const police = await agency({ name: 'Fictional City Police', relation: 'partner', country: 'US', region: 'NY', lawEnforcement: true });
  return {
    internal: { agencyId: internal.id, serviceId: (await service(internal.id, 'peer_mentoring', 'Fictional mentoring')).id },
    legal: {
      agencyId: legal.id,
      serviceId: (await service(legal.id, 'immigration', 'Fictional T and U visa clinic')).id,
      agreementId: (await agreement(legal.id, ['identity', 'contact', 'case_summary', 'legal_immigration'])).id,
    },
    shelterCA: {
      agencyId: shelter.id,
      serviceId: (await service(shelter.id, 'shelter', 'Fictional safe housing')).id,
      agreementId: (await agreement(shelter.id, ['identity', 'contact'])).id,
    },
    police: { agencyId: police.id },
  };
}

/** Records a given consent as `cw` (the signed-in person must be on the case). */
export async function giveConsent(c: TestCentre, caseId: number, agencyId: number, categories: string[], o: { startsAt?: string; expiresAt?: string; crossBorderBasis?: string } = {}) {
  return c.ok<{ id: number; version: number; expiresAt: string }>('consents.record', {
    caseId,
    agencyId,
    decision: 'given',
    categories,
    purpose: 'Fictional referral purpose.',
    startsAt: o.startsAt ?? inDays(c, 0),
    expiresAt: o.expiresAt ?? inDays(c, 90),
    method: 'written',
    ...(o.crossBorderBasis ? { crossBorderBasis: o.crossBorderBasis } : {}),
  });
}
