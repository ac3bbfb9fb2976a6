import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/errors';
import { createCore, type Core } from '../../../electron/core/index';
import { FAST_KDF_COST } from '../../../electron/core/vault/crypto';
import { ADMIN } from '../helpers/vault';
import { makeCentre, known, type TestCentre } from '../helpers/centre';

/** Issue 8, access items: each test here failed on the code before the fix (see the session note). */

/** A second process on the same data folder, signed in as the admin: it changes accounts under a live session. */
async function adminElsewhere(c: TestCentre): Promise<{ core: Core; call: <T>(channel: string, input: unknown) => Promise<Result<T>> }> {
  const core = createCore({ dataDir: c.dataDir, kdfCost: FAST_KDF_COST, now: () => new Date(c.clock.now) });
  const call = <T>(channel: string, input: unknown) => core.handle({ channel, input }) as Promise<Result<T>>;
  expect((await call('vault.unlock', { username: 'admin', password: ADMIN.password })).ok).toBe(true);
  return { core, call };
}

type Staff = { id: number; version: number; roles: string[] };
type Row = { id: number; name: string | null; traffickingType: string | null };

describe('revocation reaches a live session', () => {
  it('deactivating an account ends its live session at its next request', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    expect((await c.call('cases.get', { caseId: id })).ok).toBe(true);
    const admin = await adminElsewhere(c);
    const cw = (await admin.call<Staff[]>('staff.list', { includeInactive: false })) as { ok: true; value: Staff[] };
    const me = cw.value.find((s) => s.id === c.ids.cw)!;
    expect((await admin.call('staff.deactivate', { id: me.id, version: me.version })).ok).toBe(true);
    expect(await c.call('cases.get', { caseId: id })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_INACTIVE' } });
    // The session is over, not just refused once: the key is gone.
    expect(c.core.runtime.session).toBeNull();
    expect(c.core.runtime.key).toBeNull();
    expect(await c.call('cases.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('removing a role takes its power away from the live session at its next request', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    expect((await c.call('notes.create', { caseId: id, type: 'contact', body: 'Before.' })).ok).toBe(true);
    const admin = await adminElsewhere(c);
    const list = (await admin.call<Staff[]>('staff.list', { includeInactive: false })) as { ok: true; value: Staff[] };
    const me = list.value.find((s) => s.id === c.ids.cw)!;
    expect((await admin.call('staff.update', { id: me.id, version: me.version, roles: ['mentor'] })).ok).toBe(true);
    // Still a mentor (notes.create is open to mentors), but no longer the case's caseworker.
    expect(await c.call('notes.create', { caseId: id, type: 'contact', body: 'After.' })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
    expect(await c.call('cases.create', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(c.core.runtime.session?.roles).toEqual(['mentor']);
  });

  it('a change of roles ends the live session’s break-the-glass grants: restoring the role does not bring one back', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw2');
    expect((await c.call('cases.breakGlass', { caseId: id, reason: 'The survivor is in danger and the lead is away.' })).ok).toBe(true);
    expect((await c.call('notes.list', { caseId: id })).ok).toBe(true);
    const admin = await adminElsewhere(c);
    const setRoles = async (roles: string[]) => {
      const list = (await admin.call<Staff[]>('staff.list', { includeInactive: false })) as { ok: true; value: Staff[] };
      const me = list.value.find((s) => s.id === c.ids.cw2)!;
      expect((await admin.call('staff.update', { id: me.id, version: me.version, roles })).ok).toBe(true);
    };
    await setRoles(['mentor']);
    expect(await c.call('notes.list', { caseId: id })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
    await setRoles(['caseworker']);
    expect(await c.call('notes.list', { caseId: id })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
    expect(c.core.runtime.breakGlass.size).toBe(0);
  });
});

describe('one visibility rule for get, list and search', () => {
  it('a demoted caseworker (role removed, assignment rows kept) sees nothing in cases.list, notes.search or cases.get', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional'), traffickingType: known('labour') });
    await c.as('cw');
    await c.ok('notes.create', { caseId: id, type: 'contact', body: 'Bus pass renewed.' });
    expect((await c.ok<{ total: number }>('cases.list', {})).total).toBe(1);
    await c.as('admin');
    const me = (await c.ok<Staff[]>('staff.list', { includeInactive: false })).find((s) => s.id === c.ids.cw)!;
    await c.ok('staff.update', { id: me.id, version: me.version, roles: ['mentor'] });
    await c.as('cw');
    expect(await c.ok('cases.list', {})).toEqual({ total: 0, rows: [] });
    expect(await c.ok('notes.search', { query: 'bus pass' })).toEqual([]);
    expect(await c.call('cases.get', { caseId: id })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
  });
});

describe('filters use only fields the caller may see', () => {
  it('the traffickingType filter is refused for people who never see a profile (admins, mentors), with a field message', async () => {
    const c = await makeCentre();
    await c.newCase({ givenName: known('Fictional'), traffickingType: known('labour') });
    for (const who of ['admin', 'mentor'] as const) {
      await c.as(who);
      expect(await c.call('cases.list', { traffickingType: 'labour' }), who).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { traffickingType: expect.any(String) } },
      });
      // The unfiltered list still answers, without the field.
      const all = await c.ok<{ rows: Row[] }>('cases.list', {});
      expect(all.rows.map((r) => r.traffickingType)).toEqual([null]);
    }
    await c.as('cw');
    expect((await c.ok<{ total: number }>('cases.list', { traffickingType: 'labour' })).total).toBe(1);
    expect((await c.ok<{ total: number }>('cases.list', { traffickingType: 'sex' })).total).toBe(0);
  });

  it('someone who sees profiles on some cases only: the filter matches only those', async () => {
    const c = await makeCentre();
    // One person, caseworker on case A and mentor on case B: the profile (and its trafficking type) shows on A only.
    const a = await c.newCase({ givenName: known('Fictional'), traffickingType: known('labour') });
    const b = await c.newCase({ givenName: known('Fictional'), traffickingType: known('labour') });
    await c.as('admin');
    await c.ok('staff.create', { username: 'both', displayName: 'Fictional Both', roles: ['caseworker', 'mentor'], temporaryPassword: 'temporary-pass-1' });
    const both = (await c.ok<Staff[]>('staff.list', { includeInactive: false })).find((s) => s.roles.length === 2)!;
    await c.ok('cases.assign', { caseId: a.id, staffId: both.id, caseRole: 'caseworker' });
    await c.ok('cases.assign', { caseId: b.id, staffId: both.id, caseRole: 'mentor' });
    await c.ok('vault.unlock', { username: 'both', password: 'temporary-pass-1' });
    await c.ok('vault.changePassword', { currentPassword: 'temporary-pass-1', newPassword: 'both-final-pass-1' });
    expect((await c.ok<{ total: number }>('cases.list', {})).total).toBe(2);
    const filtered = await c.ok<{ total: number; rows: Row[] }>('cases.list', { traffickingType: 'labour' });
    expect(filtered.rows.map((r) => r.id)).toEqual([a.id]);
    expect(filtered.total).toBe(1);
  });
});

describe('redaction', () => {
  it('only the author or the lead caseworker may redact, and a passage has at least 3 visible characters found in the note', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    await c.ok('cases.assign', { caseId: id, staffId: c.ids.cw2, caseRole: 'caseworker' });
    await c.as('cw2');
    const note = await c.ok<{ id: number; version: number }>('notes.create', { caseId: id, type: 'contact', body: 'Met at the library on Elm Street.' });
    await c.as('mentor');
    const mentorNote = await c.ok<{ id: number; version: number }>('notes.create', { caseId: id, type: 'mentoring', body: 'Walked to the library together.' });

    // A caseworker on the case who neither wrote the note nor leads the case: refused.
    await c.as('cw');
    await c.ok('cases.assign', { caseId: id, staffId: c.ids.mentor2, caseRole: 'mentor' });
    await c.as('mentor2');
    expect(await c.call('notes.redact', { noteId: mentorNote.id, version: mentorNote.version, passage: 'library', reason: 'Wrong place recorded.' })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });

    await c.as('cw2');
    // One or two characters (or invisible ones) are not a passage.
    for (const passage of ['e', 'El', '\u200b\u200b\u200b\u200b', '  \u2800 ']) {
      expect(await c.call('notes.redact', { noteId: note.id, version: note.version, passage, reason: 'Wrong place recorded.' }), JSON.stringify(passage)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', fields: { passage: expect.any(String) } },
      });
    }
    expect(await c.call('notes.redact', { noteId: note.id, version: note.version, passage: 'Oak Road', reason: 'Wrong place recorded.' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // The author may.
    const redacted = await c.ok<{ body: string; version: number }>('notes.redact', { noteId: note.id, version: note.version, passage: 'Elm Street', reason: 'Wrong place recorded.' });
    expect(redacted.body).toBe('Met at the library on [redacted].');
    // The lead caseworker may, on a note they did not write.
    await c.as('cw');
    expect((await c.call('notes.redact', { noteId: note.id, version: redacted.version, passage: 'library', reason: 'Identifying detail.' })).ok).toBe(true);
  });
});

describe('a written reason counts visible characters', () => {
  it('break-the-glass refuses a reason of zero-width spaces or braille blanks; redaction the same', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw2');
    for (const reason of ['\u200b'.repeat(25), '\u2800'.repeat(25), '\u3164'.repeat(25), 'a\u200b'.repeat(12), ' \u00a0\u2003\ufeff'.repeat(10)]) {
      expect(await c.call('cases.breakGlass', { caseId: id, reason }), JSON.stringify(reason)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: expect.any(String) } } });
    }
    expect(c.core.runtime.breakGlass.size).toBe(0);
    expect((await c.call('cases.breakGlass', { caseId: id, reason: 'Survivor called the crisis line, lead is away.' })).ok).toBe(true);
    await c.as('cw');
    const note = await c.ok<{ id: number; version: number }>('notes.create', { caseId: id, type: 'contact', body: 'Met at the library.' });
    expect(await c.call('notes.redact', { noteId: note.id, version: note.version, passage: 'library', reason: '\u200b'.repeat(10) })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: expect.any(String) } } });
  });
});

describe('invalid text is refused, never converted', () => {
  it('a note of NUL, a lone surrogate or a C0 control gets VALIDATION; tab and new line are fine', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    for (const body of ['\u0000', 'ok\u0000', 'half \ud800 emoji', '\udfff', 'bell\u0007']) {
      expect(await c.call('notes.create', { caseId: id, type: 'contact', body }), JSON.stringify(body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { body: expect.any(String) } } });
    }
    expect(await c.call('cases.list', { search: 'a\u0000' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await c.call('notes.create', { caseId: id, type: 'contact', body: 'Line one\n\tLine two 😀' })).ok).toBe(true);
  });
});
