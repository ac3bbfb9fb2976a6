import { describe, expect, it } from 'vitest';
import type { Agency, Agreement } from '../../../shared/referrals/schemas';
import { makeCentre } from '../helpers/centre';
import { DAY, inDays, makeDirectory } from '../helpers/referrals';

describe('services directory and partner agreements', () => {
  it('every role browses and searches; filters by country, service type, relation and language; archived ones hidden', async () => {
    const c = await makeCentre();
    const d = await makeDirectory(c);
    await c.as('mentor');
    const names = async (input: object) => (await c.ok<Agency[]>('directory.list', input)).map((a) => a.name);
    expect((await names({})).length).toBe(4);
    expect(await names({ country: 'CA' })).toEqual(['Fictional Maison Refuge']);
    expect(await names({ serviceType: 'immigration' })).toEqual(['Fictional Legal Clinic']);
    expect(await names({ relation: 'internal' })).toEqual(['Fictional Peer Mentoring Programme']);
    // 'fr' finds an agency working in fr-CA; search reaches service names too.
    expect(await names({ language: 'fr' })).toEqual(['Fictional Maison Refuge']);
    expect(await names({ search: 'visa' })).toEqual(['Fictional Legal Clinic']);
    expect(await names({ search: '100%_' })).toEqual([]);
    const clinic = (await c.ok<Agency[]>('directory.list', { serviceType: 'immigration' }))[0]!;
    expect(clinic.services[0]).toMatchObject({ type: 'immigration', agencyId: d.legal.agencyId });
    await c.as('admin');
    const archived = await c.ok<Agency>('directory.saveAgency', { id: d.police.agencyId, version: 1, name: 'Fictional City Police', relation: 'partner', country: 'US', lawEnforcement: true, archived: true });
    expect(archived.version).toBe(2);
    expect(await names({})).not.toContain('Fictional City Police');
    expect(await names({ includeArchived: true })).toContain('Fictional City Police');
    // A stale edit is a CONFLICT carrying the record as it is now.
    expect(await c.call('directory.saveAgency', { id: d.police.agencyId, version: 1, name: 'X', relation: 'partner', country: 'US' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', current: { version: 2 } },
    });
    expect(await c.call('directory.saveService', { agencyId: d.legal.agencyId, type: 'legal', name: 'Fictional', immigrationKinds: ['t_visa'] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('agreements: status at this instant, expiring within N days, none for the centre’s own programmes', async () => {
    const c = await makeCentre();
    const d = await makeDirectory(c);
    const base = { agencyId: d.shelterCA.agencyId, parties: 'Fictional parties', categories: ['identity'], purpose: 'Fictional.' };
    const soon = await c.ok<Agreement>('agreements.save', { ...base, effectiveFrom: inDays(c, -10), endsAt: inDays(c, 10) });
    const later = await c.ok<Agreement>('agreements.save', { ...base, effectiveFrom: inDays(c, 5), endsAt: inDays(c, 400) });
    expect([soon.status, later.status]).toEqual(['active', 'pending']);
    const expiring = async (days: number) => (await c.ok<Agreement[]>('agreements.expiring', { days })).map((g) => g.id);
    expect(await expiring(10)).toEqual([soon.id]);
    expect(await expiring(9)).toEqual([]);
    expect(await c.call('agreements.save', { ...base, agencyId: d.internal.agencyId, effectiveFrom: inDays(c, 0), endsAt: inDays(c, 1) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await c.call('agreements.save', { ...base, effectiveFrom: inDays(c, 1), endsAt: inDays(c, 1) })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    c.clock.now += 10 * DAY;
    await c.call('vault.lock', { reason: 'user' });
    await c.as('admin');
    const all = await c.ok<Agreement[]>('agreements.list', { agencyId: d.shelterCA.agencyId });
    expect(all.find((g) => g.id === soon.id)?.status).toBe('lapsed');
  });
});
