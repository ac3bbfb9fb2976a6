import { beforeEach, describe, expect, it } from 'vitest';
import { instantSchema } from '../../../shared/referrals/schemas';
import { known, makeCentre, type TestCentre } from '../helpers/centre';
import { giveConsent, inDays, makeDirectory, type Directory } from '../helpers/referrals';

/** Red-team findings on issue 11 (consents, the gate, referrals, packets, disclosures), one test each. */
describe('issue 11 red-team findings', () => {
  let c: TestCentre;
  let d: Directory;
  let caseId: number;
  beforeEach(async () => {
    c = await makeCentre({ jurisdiction: 'US' });
    d = await makeDirectory(c);
    caseId = (await c.newCase({ givenName: known('Fictional'), citizenship: known('us_foreign_national') })).id;
  });

  // F1: '9999-12-31T23:00:00-23:00' is year 10000 in UTC, stored as '+010000-…Z', which sorts before '2026-…'.
  it('F1: instants are normalised to UTC and refused outside the years 1900–9999', async () => {
    expect(instantSchema.parse('2026-03-01T10:00:00-05:00')).toBe('2026-03-01T15:00:00.000Z');
    for (const bad of ['9999-12-31T23:00:00-23:00', '0000-01-01T00:00:00+01:00', '1899-12-31T23:59:59Z']) expect(instantSchema.safeParse(bad).success, bad).toBe(false);
    expect(instantSchema.safeParse('9999-12-31T23:59:59.999Z').success).toBe(true);
    await c.as('cw');
    const y10000 = '9999-12-31T23:00:00-23:00';
    const consent = { caseId, agencyId: d.legal.agencyId, decision: 'given', categories: ['identity'], purpose: 'Fictional.', startsAt: y10000, expiresAt: inDays(c, 30), method: 'written' };
    expect(await c.call('consents.record', consent)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { startsAt: expect.any(String) } } });
    const base = { caseId, agencyId: d.police.agencyId, recipientName: 'Fictional Detective', categories: ['identity'], basis: 'exigent', exigentReason: 'Fictional imminent danger.' };
    expect(await c.call('disclosures.record', { ...base, disclosedAt: y10000 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { disclosedAt: expect.any(String) } } });
    await c.as('admin');
    const agreement = { agencyId: d.shelterCA.agencyId, parties: 'Fictional parties', effectiveFrom: y10000, endsAt: inDays(c, 30), categories: ['identity'], purpose: 'Fictional.' };
    expect(await c.call('agreements.save', agreement)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { effectiveFrom: expect.any(String) } } });
  });
  // F2: an incoming referral has no categories, so the gate's per-category agreement check checked nothing.
  it('F2: no packet for an incoming referral (none to law enforcement either); an outgoing one still gets its packet', async () => {
    await c.as('cw');
    await giveConsent(c, caseId, d.legal.agencyId, ['identity']);
    const incoming = await c.ok<{ id: number; version: number }>('referrals.recordIncoming', { caseId, agencyId: d.legal.agencyId, serviceType: 'legal', urgency: 'soon', reason: 'Fictional.', receivedAt: inDays(c, 0), followUpAt: inDays(c, 3) });
    const refused = { ok: false, error: { code: 'VALIDATION', fields: { referralId: expect.any(String) } } };
    expect(await c.call('referrals.packetPreview', { referralId: incoming.id })).toMatchObject(refused);
    expect(await c.call('referrals.packet', { referralId: incoming.id, version: incoming.version })).toMatchObject(refused);
    await giveConsent(c, caseId, d.police.agencyId, ['identity']);
    const fromPolice = await c.ok<{ id: number }>('referrals.recordIncoming', { caseId, agencyId: d.police.agencyId, urgency: 'soon', reason: 'Fictional.', receivedAt: inDays(c, 0), followUpAt: inDays(c, 3) });
    expect(await c.call('referrals.packetPreview', { referralId: fromPolice.id })).toMatchObject(refused);
    // An outgoing referral with a consented, agreed category still gets its packet.
    const out = await c.ok<{ id: number }>('referrals.create', { caseId, serviceId: d.legal.serviceId, urgency: 'routine', reason: 'Fictional reason.', categories: ['identity'], followUpAt: inDays(c, 7) });
    expect((await c.call('referrals.packetPreview', { referralId: out.id })).ok).toBe(true);
  });
  // F3: the gate checks the consent at now; a disclosure dated before the consent started passed, and a revocation
  // could be back-dated to before the consent existed.
  it('F3: a consent-basis disclosure needs the consent active at disclosedAt; a revocation is not before start or recording', async () => {
    await c.as('cw');
    const toPolice = await giveConsent(c, caseId, d.police.agencyId, ['identity']);
    const base = { caseId, agencyId: d.police.agencyId, recipientName: 'Fictional Detective', categories: ['identity'], basis: 'consent', consentId: toPolice.id };
    expect(await c.call('disclosures.record', { ...base, disclosedAt: inDays(c, -400) })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { disclosedAt: expect.any(String) } } });
    expect((await c.call('disclosures.record', { ...base, disclosedAt: inDays(c, 0) })).ok).toBe(true);
    const toLegal = await giveConsent(c, caseId, d.legal.agencyId, ['identity']);
    expect(await c.call('consents.revoke', { consentId: toLegal.id, version: toLegal.version, revokedAt: '2000-01-01T00:00:00Z' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { revokedAt: expect.any(String) } } });
    expect((await c.call('consents.revoke', { consentId: toLegal.id, version: toLegal.version })).ok).toBe(true);
  });
  // F4: zero-width-only text passed where the record of a legal basis names a person or a reference.
  it('F4: witness, recipient and order reference need visible characters (names at least two)', async () => {
    await c.as('cw');
    const zw = '\u200b\u200b\u200b';
    const consent = { caseId, agencyId: d.legal.agencyId, decision: 'given', categories: ['identity'], purpose: 'Fictional.', startsAt: inDays(c, 0), expiresAt: inDays(c, 30), method: 'verbal_witnessed' };
    expect(await c.call('consents.record', { ...consent, witnessName: zw })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { witnessName: expect.any(String) } } });
    expect(await c.call('consents.record', { ...consent, witnessName: 'J\u200b' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { witnessName: expect.any(String) } } });
    const base = { caseId, agencyId: d.police.agencyId, categories: ['identity'], basis: 'subpoena_order', disclosedAt: inDays(c, 0) };
    expect(await c.call('disclosures.record', { ...base, recipientName: zw, orderReference: zw })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { recipientName: expect.any(String), orderReference: expect.any(String) } },
    });
    expect((await c.call('consents.record', { ...consent, witnessName: 'Fictional Witness' })).ok).toBe(true);
    expect((await c.call('disclosures.record', { ...base, recipientName: 'Fictional Detective', orderReference: 'FICT-7' })).ok).toBe(true);
  });
  // F5: a mentor (who sees no referral) could own one, and follow-ups could be dated 1970.
  it('F5: the owner must see the referral (its part); follow-ups are not more than a week before the referral', async () => {
    await c.as('cw');
    await giveConsent(c, caseId, d.internal.agencyId, ['identity']);
    const refer = (o: object) => c.call<{ id: number; version: number; createdAt: string }>('referrals.create', { caseId, serviceId: d.internal.serviceId, urgency: 'routine', reason: 'Fictional reason.', categories: ['identity'], followUpAt: inDays(c, 7), ...o });
    const badOwner = { ok: false, error: { code: 'VALIDATION', fields: { ownerId: expect.any(String) } } };
    expect(await refer({ ownerId: c.ids.mentor })).toMatchObject(badOwner);
    // A legal aide sees legal and immigration referrals only, not one to peer mentoring.
    expect(await refer({ ownerId: c.ids.legal })).toMatchObject(badOwner);
    const badFollowUp = { ok: false, error: { code: 'VALIDATION', fields: { followUpAt: expect.any(String) } } };
    expect(await refer({ followUpAt: '1970-01-01T00:00:00Z' })).toMatchObject(badFollowUp);
    const r = await c.ok<{ id: number; version: number }>('referrals.create', { caseId, serviceId: d.internal.serviceId, urgency: 'routine', reason: 'Fictional reason.', categories: ['identity'], followUpAt: inDays(c, -6) });
    expect(await c.call('referrals.update', { referralId: r.id, version: r.version, ownerId: c.ids.mentor })).toMatchObject(badOwner);
    expect(await c.call('referrals.update', { referralId: r.id, version: r.version, followUpAt: inDays(c, -8) })).toMatchObject(badFollowUp);
    expect(await c.call('referrals.advance', { referralId: r.id, version: r.version, status: 'accepted', followUpAt: '1970-01-01T00:00:00Z' })).toMatchObject(badFollowUp);
  });
  // F7a: the refusal's audit record had detail {}: the gate's note (agency, missing category codes) was dropped.
  it('F7a: a CONSENT_REQUIRED refusal is audited with the agency and the missing category codes', async () => {
    await c.as('cw');
    const r = await c.call('referrals.create', { caseId, serviceId: d.legal.serviceId, urgency: 'routine', reason: 'Fictional reason.', categories: ['identity', 'health'], followUpAt: inDays(c, 7) });
    expect(r).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    const row = c.core.runtime.db!.prepare("SELECT target, detail FROM audit WHERE outcome = 'refused:CONSENT_REQUIRED' ORDER BY id DESC LIMIT 1").get() as { target: string; detail: string };
    expect(row.target).toBe(`case:${caseId}`);
    const detail = JSON.parse(row.detail) as Record<string, unknown>;
    expect(detail.agency).toBe(d.legal.agencyId);
    expect(typeof detail.missing).toBe('string');
    expect((detail.missing as string).split(',')).toHaveLength(2);
  });
});
