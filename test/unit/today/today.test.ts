import { describe, expect, it } from 'vitest';
import type { TodayItem } from '../../../shared/referrals/schemas';
import { registeredTodayProviders } from '../../../electron/core/today/registry';
import { known, makeCentre } from '../helpers/centre';
import { DAY, giveConsent, inDays, makeDirectory } from '../helpers/referrals';

describe('Today', () => {
  it('is a registry: referrals, consents, agreements, tasks, legal deadlines, sessions and backups each plug in a provider', () => {
    expect(registeredTodayProviders().map((p) => p.name).sort()).toEqual(['agreements', 'backups', 'consents', 'legal', 'referrals', 'sessions', 'tasks']);
  });

  it('shows each person what is due for them: follow-ups, expiring consents and agreements, the HHS minor task', async () => {
    const c = await makeCentre({ jurisdiction: 'US' });
    const d = await makeDirectory(c);
    // The shelter's agreement ends in 20 days: inside the 30-day look-ahead.
    await c.ok('agreements.save', {
      id: d.shelterCA.agreementId,
      version: 1,
      agencyId: d.shelterCA.agencyId,
      parties: 'Fictional parties',
      effectiveFrom: inDays(c, -30),
      endsAt: inDays(c, 20),
      categories: ['identity'],
      purpose: 'Fictional.',
    });
    const k = await c.newCase({ givenName: known('Fictional'), minor: known('possible') });
    await c.as('cw');
    await giveConsent(c, k.id, d.legal.agencyId, ['identity'], { expiresAt: inDays(c, 7) });
    const r = await c.ok<{ id: number }>('referrals.create', { caseId: k.id, serviceId: d.legal.serviceId, urgency: 'urgent', reason: 'Fictional.', categories: ['identity'], followUpAt: inDays(c, -1) });
    const items = await c.ok<TodayItem[]>('today.get', {});
    expect(items.map((i) => i.kind)).toEqual(['referral.follow_up', 'task.due', 'consent.expiring', 'agreement.expiring']);
    expect(items[0]).toMatchObject({ overdue: true, caseId: k.id, ref: { type: 'referral', id: r.id }, params: { agency: 'Fictional Legal Clinic', mine: 1 } });
    expect(items[1]).toMatchObject({ ref: { type: 'task' }, params: { task: 'hhs_minor_notification' }, caseId: k.id });
    // Each item is one click from its case: it names the case.
    expect(items.filter((i) => i.kind !== 'agreement.expiring').every((i) => i.caseId === k.id && i.caseNumber)).toBe(true);

    // The legal aide on the case: the legal referral and the consent, no task (casework), the agreement.
    await c.as('legal');
    expect((await c.ok<TodayItem[]>('today.get', {})).map((i) => i.kind)).toEqual(['referral.follow_up', 'consent.expiring', 'agreement.expiring']);
    // The mentor: nothing of this.
    await c.as('mentor');
    expect(await c.ok<TodayItem[]>('today.get', {})).toEqual([]);
    // A caseworker not on the case sees only the centre's agreement.
    await c.as('cw2');
    expect((await c.ok<TodayItem[]>('today.get', {})).map((i) => i.kind)).toEqual(['agreement.expiring']);
    // The admin renews agreements.
    await c.as('admin');
    // (and, with no backup yet, the stale-backup warning: backups/today.ts)
    expect((await c.ok<TodayItem[]>('today.get', {})).map((i) => i.kind).sort()).toEqual(['agreement.expiring', 'backup.stale']);
  });

  it('a consent drops off Today once revoked or expired; a closed referral needs no follow-up', async () => {
    const c = await makeCentre();
    const d = await makeDirectory(c);
    const k = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    const consent = await giveConsent(c, k.id, d.legal.agencyId, ['identity'], { expiresAt: new Date(c.clock.now + 3 * DAY).toISOString() });
    const r = await c.ok<{ id: number; version: number }>('referrals.create', { caseId: k.id, serviceId: d.legal.serviceId, urgency: 'routine', reason: 'Fictional.', categories: ['identity'], followUpAt: inDays(c, 1) });
    expect((await c.ok<TodayItem[]>('today.get', {})).map((i) => i.kind)).toEqual(['referral.follow_up', 'consent.expiring']);
    await c.ok('referrals.advance', { referralId: r.id, version: r.version, status: 'closed', outcome: 'withdrawn' });
    await c.ok('consents.revoke', { consentId: consent.id, version: consent.version });
    expect(await c.ok<TodayItem[]>('today.get', {})).toEqual([]);
  });
});
