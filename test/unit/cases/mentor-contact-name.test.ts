import { describe, expect, it } from 'vitest';
import { known, makeCentre } from '../helpers/centre';

type File = { header: { version: number }; contact: { preferredName: string } | null; profile: object | null };

describe('cases.assign with a contact name for a mentor', () => {
  it('stores the name to use when making contact when none is known, and the mentor sees it (never the legal name)', async () => {
    const c = await makeCentre();
    await c.as('cw');
    const f = await c.ok<{ header: { id: number; version: number } }>('cases.create', { profile: { givenName: known('Zorvana') } });
    const id = f.header.id;
    const header = await c.ok<{ version: number; assignments: { staffId: number; caseRole: string }[] }>('cases.assign', { caseId: id, staffId: c.ids.mentor, caseRole: 'mentor', contactName: '  Z. Q.  ' });
    expect(header.assignments).toContainEqual(expect.objectContaining({ staffId: c.ids.mentor, caseRole: 'mentor' }));
    // The contact changed, so the case version moved: an open contact form elsewhere gets a CONFLICT.
    expect(header.version).toBeGreaterThan(f.header.version);
    expect(await c.call('cases.updateContact', { caseId: id, version: f.header.version, contact: { preferredName: '', methods: [], unsafePersonMayMonitor: 'unknown', othersAwareOfContact: 'unknown', doNotContact: false, safetyNotes: '' } })).toMatchObject({ error: { code: 'CONFLICT' } });
    await c.as('mentor');
    const seen = await c.ok<File>('cases.get', { caseId: id });
    expect(seen.contact?.preferredName).toBe('Z. Q.');
    expect(seen.profile).toBeNull();
    // The case list shows the mentor the same name as the header does; an admin (no contact part) sees none.
    type List = { rows: { id: number; name: string | null }[] };
    expect((await c.ok<List>('cases.list', {})).rows.find((r) => r.id === id)?.name).toBe('Z. Q.');
    await c.as('cw');
    expect((await c.ok<List>('cases.list', {})).rows.find((r) => r.id === id)?.name).toBe('Zorvana');
    await c.as('admin');
    expect((await c.ok<List>('cases.list', {})).rows.find((r) => r.id === id)?.name).toBeNull();
    const audit = await c.ok<{ action: string; detail: object }[]>('audit.list', { limit: 20 });
    expect(audit.find((a) => a.action === 'cases.assign')).toMatchObject({ detail: { contactName: 'set' } });
    expect(JSON.stringify(audit)).not.toContain('Z. Q.');
  });

  it('never overwrites a name already known', async () => {
    const c = await makeCentre();
    const { id, version } = await c.newCase();
    await c.as('cw');
    const f = await c.ok<File>('cases.updateContact', { caseId: id, version, contact: { preferredName: 'Ana', methods: [], unsafePersonMayMonitor: 'unknown', othersAwareOfContact: 'unknown', doNotContact: false, safetyNotes: '' } });
    await c.ok('cases.assign', { caseId: id, staffId: c.ids.mentor2, caseRole: 'mentor', contactName: 'Someone else' });
    const after = await c.ok<File>('cases.get', { caseId: id });
    expect(after.contact?.preferredName).toBe('Ana');
    expect(after.header.version).toBe(f.header.version);
  });

  it('refuses a blank or invisible name, a name for a non-mentor, and a name from an admin (who never sees the contact); nothing changes', async () => {
    const c = await makeCentre();
    await c.as('cw');
    const f = await c.ok<{ header: { id: number } }>('cases.create', {});
    const id = f.header.id;
    for (const contactName of ['', '   ', '\u200B\u200B', 'x'.repeat(81), 'ok\u0000']) {
      expect(await c.call('cases.assign', { caseId: id, staffId: c.ids.mentor, caseRole: 'mentor', contactName }), JSON.stringify(contactName)).toMatchObject({ error: { code: 'VALIDATION', fields: { contactName: expect.any(String) } } });
    }
    expect(await c.call('cases.assign', { caseId: id, staffId: c.ids.legal, caseRole: 'legal_aide', contactName: 'L.' })).toMatchObject({ error: { code: 'VALIDATION', fields: { contactName: 'mentor only' } } });
    await c.as('admin');
    expect(await c.call('cases.assign', { caseId: id, staffId: c.ids.mentor, caseRole: 'mentor', contactName: 'M.' })).toMatchObject({ error: { code: 'NEED_TO_KNOW' } });
    await c.as('cw');
    const after = await c.ok<File & { header: { assignments: unknown[] } }>('cases.get', { caseId: id });
    expect(after.contact?.preferredName).toBe('');
    expect(after.header.assignments).toHaveLength(1);
    // 80 visible characters are fine.
    await c.ok('cases.assign', { caseId: id, staffId: c.ids.mentor, caseRole: 'mentor', contactName: 'é'.repeat(80) });
  });
});
