import { describe, expect, it } from 'vitest';
import { makeCentre, known } from '../helpers/centre';

type File = { header: { id: number; version: number; status: string; closedAt: string | null; tasks: { id: number; kind: string; dueAt: string; doneAt: string | null }[] }; profile: Record<string, { state: string }> | null; breakGlass: boolean; parts: string[] };

describe('case files', () => {
  it('intake can be saved half done; declined stays distinct from unknown', async () => {
    const c = await makeCentre();
    await c.as('cw');
    const f = await c.ok<File>('cases.create', { profile: { givenName: known('Fictional'), gender: { state: 'declined' } } });
    expect(f.profile).toMatchObject({ givenName: { state: 'known' }, gender: { state: 'declined' }, familyName: { state: 'unknown' } });
    const g = await c.ok<File>('cases.updateProfile', { caseId: f.header.id, version: f.header.version, profile: { traffickingType: known('labour'), nationality: known(['MX', 'GT']) } });
    expect(g.profile).toMatchObject({ gender: { state: 'declined' }, traffickingType: { state: 'known', value: 'labour' } });
    expect(await c.call('cases.updateProfile', { caseId: f.header.id, version: f.header.version, profile: {} })).toMatchObject({ error: { code: 'CONFLICT', current: { header: { version: g.header.version } } } });
    expect(await c.call('cases.updateProfile', { caseId: f.header.id, version: g.header.version, profile: { nationality: known(['mexico']) } })).toMatchObject({ error: { code: 'VALIDATION', fields: { 'profile.nationality.value.0': expect.any(String) } } });
  });

  it('lists only visible cases; names only where the profile is visible; search by name or number', async () => {
    const c = await makeCentre();
    const a = await c.newCase({ givenName: known('Zorava'), familyName: known('Quelm') });
    await c.as('cw2');
    await c.ok('cases.create', { profile: { givenName: known('Other') } });
    await c.as('cw');
    const mine = await c.ok<{ total: number; rows: { id: number; name: string | null }[] }>('cases.list', {});
    expect(mine.rows.map((r) => r.id)).toEqual([a.id]);
    expect(mine.rows[0]!.name).toBe('Zorava Quelm');
    expect((await c.ok<{ total: number }>('cases.list', { search: 'zora' })).total).toBe(1);
    expect((await c.ok<{ total: number }>('cases.list', { search: 'HV-2026' })).total).toBe(1);
    await c.as('mentor');
    const m = await c.ok<{ rows: { name: string | null }[] }>('cases.list', {});
    expect(m.rows).toHaveLength(1);
    expect(m.rows[0]!.name).toBeNull();
    expect((await c.ok<{ total: number }>('cases.list', { search: 'zora' })).total).toBe(0);
    await c.as('admin');
    const all = await c.ok<{ total: number; rows: { name: string | null }[] }>('cases.list', {});
    expect(all.total).toBe(2);
    expect(all.rows.every((r) => r.name === null)).toBe(true);
  });

  it('break the glass: needs a caseworker or legal role and a written reason, is flagged, ends at lock', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('cw2');
    expect(await c.call('cases.get', { caseId: id })).toMatchObject({ error: { code: 'NEED_TO_KNOW' } });
    expect(await c.call('cases.breakGlass', { caseId: id, reason: 'urgent' })).toMatchObject({ error: { code: 'VALIDATION' } });
    const f = await c.ok<File>('cases.breakGlass', { caseId: id, reason: 'Survivor at the front desk in crisis; lead caseworker away.' });
    expect(f.breakGlass).toBe(true);
    expect(f.parts).toContain('profile');
    await c.ok('cases.get', { caseId: id });
    await c.ok('vault.lock');
    await c.as('cw2');
    expect(await c.call('cases.get', { caseId: id })).toMatchObject({ error: { code: 'NEED_TO_KNOW' } });
    await c.as('mentor2');
    expect(await c.call('cases.breakGlass', { caseId: id, reason: 'Survivor at the front desk in crisis.' })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    await c.as('admin');
    const audit = await c.ok<{ action: string; detail: Record<string, unknown>; actorId: number }[]>('audit.list', { limit: 100 });
    const glass = audit.find((a) => a.action === 'cases.breakGlass' && a.actorId === c.ids.cw2)!;
    expect(glass.detail).toMatchObject({ flag: 'BREAK_GLASS', caseRole: 'caseworker' });
    expect(JSON.stringify(audit)).not.toContain('front desk');
  });

  it('assignment: admin or lead only; case role must match a held role; an open case keeps a lead', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('mentor');
    expect(await c.call('cases.assign', { caseId: id, staffId: c.ids.mentor2, caseRole: 'mentor' })).toMatchObject({ error: { code: 'FORBIDDEN' } });
    await c.as('admin');
    expect(await c.call('cases.assign', { caseId: id, staffId: c.ids.mentor2, caseRole: 'legal_aide' })).toMatchObject({ error: { code: 'VALIDATION' } });
    await c.ok('cases.assign', { caseId: id, staffId: c.ids.mentor2, caseRole: 'mentor' });
    expect(await c.call('cases.unassign', { caseId: id, staffId: c.ids.cw })).toMatchObject({ error: { code: 'CONFLICT' } });
    await c.ok('cases.assign', { caseId: id, staffId: c.ids.cw2, caseRole: 'lead_caseworker' });
    await c.ok('cases.unassign', { caseId: id, staffId: c.ids.cw });
    await c.as('cw');
    expect(await c.call('cases.get', { caseId: id })).toMatchObject({ error: { code: 'NEED_TO_KNOW' } });
  });

  it('a possible minor (US) gets a 24-hour HHS notification task; Canada does not', async () => {
    const us = await makeCentre({ jurisdiction: 'US' });
    await us.as('cw');
    const f = await us.ok<File>('cases.create', { profile: { minor: known('possible') } });
    expect(f.header.tasks).toEqual([expect.objectContaining({ kind: 'hhs_minor_notification', dueAt: new Date(us.clock.now + 24 * 3600_000).toISOString(), doneAt: null })]);
    const done = await us.ok<File['header']>('tasks.complete', { taskId: f.header.tasks[0]!.id });
    expect(done.tasks[0]!.doneAt).not.toBeNull();
    const ca = await makeCentre({ jurisdiction: 'CA' });
    await ca.as('cw');
    expect((await ca.ok<File>('cases.create', { profile: { minor: known('yes') } })).header.tasks).toEqual([]);
  });

  it('status: closing stamps closed_at; reopening clears it', async () => {
    const c = await makeCentre();
    const { id, version } = await c.newCase();
    await c.as('cw');
    const closed = await c.ok<File>('cases.setStatus', { caseId: id, version, status: 'ClosedReferred' });
    expect(closed.header.closedAt).toBe(new Date(c.clock.now).toISOString());
    const open = await c.ok<File>('cases.setStatus', { caseId: id, version: closed.header.version, status: 'FollowUp' });
    expect(open.header.closedAt).toBeNull();
  });
});
