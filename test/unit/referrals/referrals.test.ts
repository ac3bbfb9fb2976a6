import { beforeEach, describe, expect, it } from 'vitest';
import type { Packet, Referral } from '../../../shared/referrals/schemas';
import { known, makeCentre, type TestCentre } from '../helpers/centre';
import { giveConsent, inDays, makeDirectory, type Directory } from '../helpers/referrals';

type Detail = Referral & { steps: { status: string; by: string; at: string; outcome: string | null; shared: string[] }[] };

describe('referrals, closed loop', () => {
  let c: TestCentre;
  let d: Directory;
  let caseId: number;
  beforeEach(async () => {
    c = await makeCentre();
    d = await makeDirectory(c);
    caseId = (await c.newCase({ givenName: known('Fictional'), familyName: known('Person'), citizenship: known('us_foreign_national') })).id;
    await c.as('cw');
    await c.ok('cases.updateContact', {
      caseId,
      version: (await c.ok<{ header: { version: number } }>('cases.get', { caseId })).header.version,
      contact: { preferredName: 'Fic', methods: [{ kind: 'phone', value: '555-0100', safeToLeaveMessage: 'no', safeTimes: 'mornings' }], unsafePersonMayMonitor: 'unknown', othersAwareOfContact: 'no', doNotContact: false, safetyNotes: '' },
    });
  });

  const create = (serviceId: number, categories: string[], extra: object = {}) =>
    c.ok<Referral>('referrals.create', { caseId, serviceId, urgency: 'urgent', reason: 'Fictional housing need.', categories, followUpAt: inDays(c, 2), ...extra });

  it('sent -> accepted -> appointment set -> attended -> closed, with who and when for every step, and the timeline', async () => {
    await giveConsent(c, caseId, d.legal.agencyId, ['identity', 'contact']);
    let r = await create(d.legal.serviceId, ['identity']);
    expect(r).toMatchObject({ status: 'sent', direction: 'outgoing', ownerId: c.ids.cw, serviceType: 'immigration', categories: ['identity'] });
    const move = async (status: string, extra: object = {}) => {
      c.clock.now += 60_000;
      r = await c.ok<Referral>('referrals.advance', { referralId: r.id, version: r.version, status, ...extra });
      return r;
    };
    await move('accepted');
    await move('appointment_set', { appointmentAt: inDays(c, 3) });
    expect(r.followUpAt).toBe(r.appointmentAt);
    await move('attended');
    await move('closed', { outcome: 'service_received' });
    expect(r).toMatchObject({ status: 'closed', outcome: 'service_received', followUpAt: null });
    const detail = await c.ok<Detail>('referrals.get', { referralId: r.id });
    expect(detail.steps.map((s) => s.status)).toEqual(['sent', 'accepted', 'appointment_set', 'attended', 'closed']);
    expect(new Set(detail.steps.map((s) => s.by))).toEqual(new Set(['Fictional cw']));
    expect(detail.steps[0]!.shared).toEqual(['identity']);
    const timeline = await c.ok<{ event: string }[]>('timeline.get', { caseId });
    expect(timeline.filter((e) => e.event.startsWith('referral.')).map((e) => e.event)).toEqual(['referral.created', 'referral.moved', 'referral.moved', 'referral.moved', 'referral.moved']);
    expect(timeline.some((e) => e.event === 'consent.recorded')).toBe(true);
  });

  it('refuses moves outside the loop, closing without an outcome, and a stale version (CONFLICT with the current record)', async () => {
    await giveConsent(c, caseId, d.legal.agencyId, ['identity']);
    const r = await create(d.legal.serviceId, ['identity']);
    expect(await c.call('referrals.advance', { referralId: r.id, version: r.version, status: 'attended' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { status: expect.any(String) } } });
    expect(await c.call('referrals.advance', { referralId: r.id, version: r.version, status: 'closed' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { outcome: expect.any(String) } } });
    expect(await c.call('referrals.advance', { referralId: r.id, version: r.version, status: 'appointment_set' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const moved = await c.ok<Referral>('referrals.advance', { referralId: r.id, version: r.version, status: 'declined' });
    expect(await c.call('referrals.advance', { referralId: r.id, version: r.version, status: 'accepted' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', current: { status: 'declined', version: moved.version } },
    });
    expect(await c.call('referrals.update', { referralId: r.id, version: r.version, urgency: 'soon' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('every open referral has an owner (someone on the case who sees it) and a follow-up date', async () => {
    await giveConsent(c, caseId, d.internal.agencyId, ['identity']);
    await giveConsent(c, caseId, d.legal.agencyId, ['identity']);
    const r = await create(d.legal.serviceId, ['identity'], { ownerId: c.ids.legal });
    expect(r).toMatchObject({ ownerId: c.ids.legal, ownerName: 'Fictional legal' });
    expect(await c.call('referrals.create', { caseId, serviceId: d.internal.serviceId, urgency: 'routine', reason: 'x', categories: ['identity'] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await create(d.internal.serviceId, ['identity'], { ownerId: c.ids.cw2 }).catch((e: Error) => e.message)).toMatch(/VALIDATION/);
    const u = await c.ok<Referral>('referrals.update', { referralId: r.id, version: r.version, ownerId: c.ids.cw, followUpAt: inDays(c, 9) });
    expect(u).toMatchObject({ ownerId: c.ids.cw, followUpAt: inDays(c, 9) });
  });

  it('sharing all seven categories at once is recorded (audit details hold category codes, not names)', async () => {
    const all = ['identity', 'contact', 'case_summary', 'screening_result', 'legal_immigration', 'health', 'documents'];
    await giveConsent(c, caseId, d.internal.agencyId, all);
    const r = await create(d.internal.serviceId, all);
    expect(r.categories).toEqual(all);
    expect((await c.ok<Packet>('referrals.packet', { referralId: r.id, version: r.version })).sections.map((x) => x.category)).toEqual(all);
  });

  it('a discarded intake takes its consents, referrals, steps and disclosures with it, counted in the audit', async () => {
    await giveConsent(c, caseId, d.internal.agencyId, ['identity']);
    await create(d.internal.serviceId, ['identity']);
    await c.ok('disclosures.record', { caseId, agencyId: d.police.agencyId, recipientName: 'Fictional Officer', categories: ['identity'], basis: 'subpoena_order', orderReference: 'FICT-1', disclosedAt: inDays(c, 0) });
    const { header } = await c.ok<{ header: { version: number } }>('cases.get', { caseId });
    await c.ok('cases.discardIntake', { caseId, version: header.version });
    const db = c.core.runtime.db!;
    for (const t of ['consent', 'referral', 'referral_step', 'disclosure']) expect(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(), t).toBe(0);
    await c.as('admin');
    const audit = await c.ok<{ action: string; detail: Record<string, unknown> }[]>('audit.list', { limit: 20 });
    expect(audit.find((a) => a.action === 'cases.discardIntake')?.detail).toMatchObject({ consents: 1, referrals: 1, disclosures: 1 });
  });

  it('incoming referrals are recorded without a consent', async () => {
    const r = await c.ok<Referral>('referrals.recordIncoming', { caseId, agencyId: d.shelterCA.agencyId, serviceType: 'shelter', urgency: 'soon', reason: 'Fictional.', receivedAt: inDays(c, -1), followUpAt: inDays(c, 1) });
    expect(r).toMatchObject({ direction: 'incoming', status: 'sent', consentId: null, categories: [] });
  });

  it('the packet holds only the consented categories, with the consent reference and expiry; producing it is an audited change', async () => {
    const consent = await giveConsent(c, caseId, d.legal.agencyId, ['identity', 'legal_immigration']);
    const r = await create(d.legal.serviceId, ['identity', 'legal_immigration']);
    const preview = await c.ok<Packet>('referrals.packetPreview', { referralId: r.id });
    expect(preview.consent).toEqual({ id: consent.id, expiresAt: consent.expiresAt, categories: ['identity', 'legal_immigration'] });
    expect(preview.sections.map((s) => s.category)).toEqual(['identity', 'legal_immigration']);
    const text = JSON.stringify(preview);
    expect(text).toContain('Fictional');
    expect(text).toContain('us_foreign_national');
    // Contact details were not consented: not a trace of them.
    expect(text).not.toContain('555-0100');
    expect(preview.producedAt).toBeNull();
    const produced = await c.ok<Packet>('referrals.packet', { referralId: r.id, version: r.version });
    expect(produced.producedAt).toBe(new Date(c.clock.now).toISOString());
    await c.as('admin');
    const audit = await c.ok<{ action: string; outcome: string; detail: Record<string, unknown> }[]>('audit.list', { limit: 50 });
    expect(audit.find((a) => a.action === 'referrals.packet')).toMatchObject({ outcome: 'ok', detail: { consent: consent.id, categories: 'id,li' } });
    expect(audit.find((a) => a.action === 'referrals.packetPreview')).toMatchObject({ outcome: 'ok' });
  });

  it('sharing more: added categories are gated on the union and recorded as a step', async () => {
    await giveConsent(c, caseId, d.legal.agencyId, ['identity', 'contact']);
    const r = await create(d.legal.serviceId, ['identity']);
    expect(await c.call('referrals.share', { referralId: r.id, version: r.version, categories: ['case_summary'] })).toMatchObject({ ok: false, error: { code: 'CONSENT_REQUIRED', fields: { missing: 'case_summary' } } });
    const s = await c.ok<Referral>('referrals.share', { referralId: r.id, version: r.version, categories: ['contact'] });
    expect(s.categories).toEqual(['identity', 'contact']);
    const p = await c.ok<Packet>('referrals.packetPreview', { referralId: r.id });
    expect(JSON.stringify(p)).toContain('555-0100');
  });

  it('need-to-know: legal aides see legal and immigration referrals only; mentors none; the board follows the same rule', async () => {
    await giveConsent(c, caseId, d.legal.agencyId, ['identity']);
    await giveConsent(c, caseId, d.internal.agencyId, ['identity']);
    const legal = await create(d.legal.serviceId, ['identity']);
    const mentoring = await create(d.internal.serviceId, ['identity']);
    await c.as('legal');
    expect((await c.ok<Referral[]>('referrals.list', { caseId })).map((r) => r.id)).toEqual([legal.id]);
    expect(await c.call('referrals.get', { referralId: mentoring.id })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
    expect((await c.ok<Referral[]>('referrals.board', {})).map((r) => r.id)).toEqual([legal.id]);
    // A legal aide may refer to legal services only.
    expect(await c.call('referrals.create', { caseId, serviceId: d.internal.serviceId, urgency: 'routine', reason: 'x', categories: ['identity'], followUpAt: inDays(c, 1) })).toMatchObject({
      ok: false,
      error: { code: 'NEED_TO_KNOW' },
    });
    const legalTimeline = await c.ok<{ event: string; ref: { id: number } | null }[]>('timeline.get', { caseId });
    expect(legalTimeline.filter((e) => e.event === 'referral.created').map((e) => e.ref?.id)).toEqual([legal.id]);
    await c.as('mentor');
    expect(await c.call('referrals.board', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const mentorTimeline = await c.ok<{ event: string }[]>('timeline.get', { caseId });
    expect(mentorTimeline.filter((e) => /^(referral|consent)\./.test(e.event))).toEqual([]);
    await c.as('cw2');
    expect(await c.ok<Referral[]>('referrals.board', {})).toEqual([]);
    await c.as('cw');
    expect((await c.ok<Referral[]>('referrals.board', { mine: true })).map((r) => r.id).sort()).toEqual([legal.id, mentoring.id].sort());
  });
});
