import { beforeEach, describe, expect, it } from 'vitest';
import { databaseChecksum } from '../../../electron/core/store/checksum';
import { known, makeCentre, type TestCentre } from '../helpers/centre';
import { DAY, giveConsent, inDays, makeDirectory, type Directory } from '../helpers/referrals';

/**
 * The consent gate (DESIGN.md "Consent gates sharing"): an active consent AND an agreement in force must
 * cover the agency and every category at the request's instant, to the millisecond.
 */
describe('the consent gate', () => {
  let c: TestCentre;
  let d: Directory;
  let caseId: number;
  beforeEach(async () => {
    c = await makeCentre({ jurisdiction: 'US' });
    d = await makeDirectory(c);
    caseId = (await c.newCase({ givenName: known('Fictional'), citizenship: known('us_foreign_national') })).id;
  });

  /** Moves the fake clock; days later the idle lock has closed the session, so sign in again at that instant. */
  const jumpTo = async (ms: number) => {
    c.clock.now = ms;
    await c.call('vault.lock', { reason: 'user' });
    await c.as('cw');
  };

  const refer = (serviceId: number, categories: string[]) =>
    c.call<{ id: number; version: number }>('referrals.create', { caseId, serviceId, urgency: 'routine', reason: 'Fictional reason.', categories, followUpAt: inDays(c, 7) });

  it('refuses a referral without any consent, naming every category, audited, and changes nothing else', async () => {
    await c.as('cw');
    const db = c.core.runtime.db!;
    const lastAudit = db.prepare('SELECT max(id) FROM audit').pluck().get() as number;
    const before = databaseChecksum(db, { auditUpTo: lastAudit });
    const r = await refer(d.legal.serviceId, ['identity', 'contact']);
    expect(r).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', fields: { 'categories.identity': 'consent', 'categories.contact': 'consent', missing: 'identity,contact' } } });
    expect(databaseChecksum(db, { auditUpTo: lastAudit })).toBe(before);
    expect(db.prepare('SELECT action, outcome FROM audit WHERE id > ?').all(lastAudit)).toEqual([{ action: 'referrals.create', outcome: 'refused:CONSENT_REQUIRED' }]);
  });

  it('allows what consent and agreement both cover, and names what only one of them lacks', async () => {
    await c.as('cw');
    await giveConsent(c, caseId, d.legal.agencyId, ['identity', 'health']);
    // health: consented but not in the agreement; contact: in the agreement but not consented.
    expect(await refer(d.legal.serviceId, ['identity', 'health', 'contact'])).toMatchObject({
      ok: false,
      error: { code: 'CONSENT_REQUIRED', fields: { 'categories.health': 'agreement', 'categories.contact': 'consent', missing: 'health,contact' } },
    });
    expect((await refer(d.legal.serviceId, ['identity'])).ok).toBe(true);
  });

  it('immigration information (8 U.S.C. 1367) needs its own category: no other category implies it', async () => {
    await c.as('cw');
    await giveConsent(c, caseId, d.legal.agencyId, ['identity', 'contact', 'case_summary']);
    expect(await refer(d.legal.serviceId, ['legal_immigration'])).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', fields: { 'categories.legal_immigration': 'consent' } } });
  });

  it('expiry takes effect at the exact millisecond', async () => {
    await c.as('cw');
    const expiresAt = new Date(c.clock.now + 10 * DAY).toISOString();
    await giveConsent(c, caseId, d.legal.agencyId, ['identity'], { expiresAt });
    await jumpTo(Date.parse(expiresAt) - 1);
    expect((await refer(d.legal.serviceId, ['identity'])).ok).toBe(true);
    c.clock.now = Date.parse(expiresAt);
    expect(await refer(d.legal.serviceId, ['identity'])).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
  });

  it('a consent starting later does not cover sharing before its start', async () => {
    await c.as('cw');
    const startsAt = new Date(c.clock.now + DAY).toISOString();
    await giveConsent(c, caseId, d.legal.agencyId, ['identity'], { startsAt });
    expect(await refer(d.legal.serviceId, ['identity'])).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    await jumpTo(Date.parse(startsAt));
    expect((await refer(d.legal.serviceId, ['identity'])).ok).toBe(true);
  });

  it('revocation stops sharing from its instant: later shares and packets are refused', async () => {
    await c.as('cw');
    const consent = await giveConsent(c, caseId, d.legal.agencyId, ['identity', 'contact']);
    const r = await refer(d.legal.serviceId, ['identity']);
    expect(r.ok).toBe(true);
    const referral = r.ok ? r.value : null!;
    c.clock.now += 1000;
    await c.ok('consents.revoke', { consentId: consent.id, version: consent.version });
    expect(await c.call('referrals.share', { referralId: referral.id, version: referral.version, categories: ['contact'] })).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    expect(await c.call('referrals.packetPreview', { referralId: referral.id })).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    expect(await c.call('referrals.packet', { referralId: referral.id, version: referral.version })).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    expect(await refer(d.legal.serviceId, ['identity'])).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    const [listed] = await c.ok<{ status: string; revokedBy: string }[]>('consents.list', { caseId });
    expect(listed).toMatchObject({ status: 'revoked', revokedBy: 'Fictional cw' });
  });

  it('a revocation recorded with an earlier instant takes effect from that instant; none may be dated in the future', async () => {
    await c.as('cw');
    const consent = await giveConsent(c, caseId, d.legal.agencyId, ['identity']);
    expect(await c.call('consents.revoke', { consentId: consent.id, version: consent.version, revokedAt: inDays(c, 1) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    c.clock.now += 5000;
    await c.ok('consents.revoke', { consentId: consent.id, version: consent.version, revokedAt: new Date(c.clock.now - 4000).toISOString() });
    expect(await refer(d.legal.serviceId, ['identity'])).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
  });

  it('a lapsed agreement refuses like a missing consent, at its end instant', async () => {
    await c.as('admin');
    const g = await c.ok<{ id: number; version: number; effectiveFrom: string }>('agreements.list', { agencyId: d.legal.agencyId }).then((x) => (x as unknown as { id: number; version: number; effectiveFrom: string }[])[0]!);
    const endsAt = new Date(c.clock.now + 2 * DAY).toISOString();
    await c.ok('agreements.save', {
      id: g.id,
      version: g.version,
      agencyId: d.legal.agencyId,
      parties: 'Fictional Centre and clinic',
      effectiveFrom: g.effectiveFrom,
      endsAt,
      categories: ['identity'],
      purpose: 'Referrals.',
    });
    await c.as('cw');
    await giveConsent(c, caseId, d.legal.agencyId, ['identity']);
    await jumpTo(Date.parse(endsAt) - 1);
    expect((await refer(d.legal.serviceId, ['identity'])).ok).toBe(true);
    c.clock.now = Date.parse(endsAt);
    expect(await refer(d.legal.serviceId, ['identity'])).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', fields: { 'categories.identity': 'agreement' } } });
  });

  it("a programme of the centre itself needs the survivor's consent but no agreement", async () => {
    await c.as('cw');
    expect(await refer(d.internal.serviceId, ['identity'])).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', fields: { 'categories.identity': 'consent' } } });
    await giveConsent(c, caseId, d.internal.agencyId, ['identity', 'health']);
    expect(await refer(d.internal.serviceId, ['identity', 'health'])).toMatchObject({ ok: true, value: { direction: 'internal' } });
  });

  it('cross-border: a release to an agency in the other country records a legal basis, and sharing needs it', async () => {
    await c.as('cw');
    // US centre, Canadian shelter.
    expect(
      await c.call('consents.record', { caseId, agencyId: d.shelterCA.agencyId, decision: 'given', categories: ['identity'], purpose: 'Housing.', startsAt: inDays(c, 0), expiresAt: inDays(c, 30), method: 'written' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { crossBorderBasis: expect.any(String) } } });
    await giveConsent(c, caseId, d.shelterCA.agencyId, ['identity'], { crossBorderBasis: 'informed_consent' });
    expect(await refer(d.shelterCA.serviceId, ['identity'])).toMatchObject({ ok: true, value: { direction: 'outgoing' } });
    // The agency moves across the border after the release was recorded: the release without a basis no longer covers it.
    await giveConsent(c, caseId, d.legal.agencyId, ['identity']);
    await c.as('admin');
    await c.ok('directory.saveAgency', { id: d.legal.agencyId, version: 1, name: 'Fictional Legal Clinic', relation: 'co_located', country: 'CA' });
    await c.as('cw');
    expect(await refer(d.legal.serviceId, ['identity'])).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', fields: { crossBorderBasis: expect.any(String) } } });
  });

  it('"declined" is recorded and never blocks a service', async () => {
    await c.as('cw');
    const declined = await c.ok<{ status: string }>('consents.record', { caseId, agencyId: d.legal.agencyId, decision: 'declined', method: 'verbal_witnessed', witnessName: 'Fictional Witness' });
    expect(declined.status).toBe('declined');
    // The case carries on: an incoming referral, a referral elsewhere under its own consent, notes.
    expect((await c.call('referrals.recordIncoming', { caseId, agencyId: d.legal.agencyId, serviceType: 'legal', urgency: 'soon', reason: 'Fictional.', receivedAt: inDays(c, 0), followUpAt: inDays(c, 3) })).ok).toBe(true);
    await giveConsent(c, caseId, d.internal.agencyId, ['identity']);
    expect((await refer(d.internal.serviceId, ['identity'])).ok).toBe(true);
    expect((await c.call('notes.create', { caseId, type: 'contact', body: 'Fictional note.' })).ok).toBe(true);
    // A declined consent covers nothing.
    expect(await refer(d.legal.serviceId, ['identity'])).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
  });

  it('a verbal consent names its witness; the signed form is a document of the same case', async () => {
    await c.as('cw');
    const base = { caseId, agencyId: d.legal.agencyId, decision: 'given', categories: ['identity'], purpose: 'Fictional.', startsAt: inDays(c, 0), expiresAt: inDays(c, 30) };
    expect(await c.call('consents.record', { ...base, method: 'verbal_witnessed' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { witnessName: expect.any(String) } } });
    const other = await c.newCase();
    const data = Buffer.from('fictional signed form');
    const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: other.id, kind: 'other', legal: false, filename: 'form.txt', mime: 'text/plain', size: data.length });
    await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
    const doc = await c.ok<{ id: number }>('documents.finishUpload', { uploadId });
    expect(await c.call('consents.record', { ...base, method: 'written', documentId: doc.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { documentId: expect.any(String) } } });
  });

  it('law-enforcement disclosures: a recorded decision; on consent they are gated, on an order recorded with its reference', async () => {
    await c.as('cw');
    const base = { caseId, agencyId: d.police.agencyId, recipientName: 'Fictional Detective', categories: ['identity'], disclosedAt: inDays(c, 0) };
    expect(await c.call('disclosures.record', { ...base, basis: 'subpoena_order' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { orderReference: expect.any(String) } } });
    const consent = await giveConsent(c, caseId, d.legal.agencyId, ['identity']);
    // A consent to the legal clinic is not a consent to the police.
    expect(await c.call('disclosures.record', { ...base, basis: 'consent', consentId: consent.id })).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED' } });
    const toPolice = await giveConsent(c, caseId, d.police.agencyId, ['identity']);
    expect(await c.call('disclosures.record', { ...base, basis: 'consent', consentId: toPolice.id })).toMatchObject({ ok: true, value: { basis: 'consent', consentId: toPolice.id } });
    expect(await c.call('disclosures.record', { ...base, basis: 'subpoena_order', orderReference: 'FICT-ORDER-7' })).toMatchObject({ ok: true, value: { orderReference: 'FICT-ORDER-7' } });
    expect(await c.call('disclosures.record', { ...base, agencyId: d.legal.agencyId, basis: 'exigent', exigentReason: 'Fictional imminent danger to life.' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { agencyId: expect.any(String) } },
    });
    expect((await c.ok<unknown[]>('disclosures.list', { caseId })).length).toBe(2);
  });
});
