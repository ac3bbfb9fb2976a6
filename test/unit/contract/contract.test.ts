import { createHash } from 'node:crypto';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type Channel } from '../../../shared/contract';
import { ROLES, type Role } from '../../../shared/roles';
import { databaseChecksum } from '../../../electron/core/store/checksum';
import { ADMIN, makeVault, type TestVault } from '../helpers/vault';
import { MALFORMED, SAMPLES } from './samples';

/** Creates an account (and changes its temporary password) holding exactly `roles`. */
async function account(v: TestVault, username: string, roles: Role[]): Promise<string> {
  await v.ok('staff.create', { username, displayName: `Fictional ${username}`, roles, temporaryPassword: 'temporary-pass-1' });
  return username;
}

async function signInAs(v: TestVault, username: string): Promise<void> {
  const password = `${username}-final-pass`;
  const r = await v.call('vault.unlock', { username, password });
  if (r.ok) return;
  await v.ok('vault.unlock', { username, password: 'temporary-pass-1' });
  await v.ok('vault.changePassword', { currentPassword: 'temporary-pass-1', newPassword: password });
}

/**
 * Who may call what, written out by hand, one line per channel: the permission table (DESIGN.md "Roles"), kept
 * apart from the contract on purpose. The role test below checks the router against THIS table, so a wrong
 * `access` in the contract fails it; changing a channel's access means changing its line here too, knowingly.
 * 'public' needs no session; 'signed-in' is any role.
 */
const EXPECTED_ACCESS: Record<string, 'public' | 'signed-in' | readonly Role[]> = {
  'vault.status': 'public',
  'vault.setup': 'public',
  'vault.unlock': 'public',
  'vault.lock': 'public',
  'vault.recover': 'public',
  'vault.changePassword': 'signed-in',
  'vault.rotateKey': ['admin'],
  'vault.restoreBackup': 'public',
  'session.current': 'signed-in',
  'staff.list': ['admin'],
  'staff.create': ['admin'],
  'staff.update': ['admin'],
  'staff.deactivate': ['admin'],
  'staff.reactivate': ['admin'],
  'staff.resetPassword': ['admin'],
  'settings.get': 'signed-in',
  'settings.update': ['admin'],
  'audit.list': ['admin'],
  'system.verify': ['admin'],
  'cases.list': 'signed-in',
  'cases.create': ['caseworker'],
  'cases.get': 'signed-in',
  'cases.breakGlass': ['caseworker', 'legal_aide'],
  'cases.updateProfile': ['caseworker'],
  'cases.updateContact': ['caseworker', 'mentor', 'legal_aide'],
  'cases.setStatus': ['caseworker'],
  'cases.completeIntake': ['caseworker'],
  'cases.discardIntake': ['caseworker'],
  'cases.assignableStaff': ['admin', 'caseworker'],
  'cases.assign': ['admin', 'caseworker'],
  'cases.unassign': ['admin', 'caseworker'],
  'tasks.complete': ['caseworker'],
  'screening.list': ['caseworker'],
  'screening.start': ['caseworker'],
  'screening.answer': ['caseworker'],
  'screening.complete': ['caseworker'],
  'notes.list': 'signed-in',
  'notes.create': ['caseworker', 'mentor', 'legal_aide'],
  'notes.update': ['caseworker', 'mentor', 'legal_aide'],
  'notes.history': ['caseworker', 'mentor', 'legal_aide'],
  'notes.redact': ['caseworker', 'mentor', 'legal_aide'],
  'notes.search': ['caseworker', 'mentor', 'legal_aide'],
  'documents.list': ['caseworker', 'legal_aide'],
  'documents.beginUpload': ['caseworker', 'legal_aide'],
  'documents.uploadChunk': ['caseworker', 'legal_aide'],
  'documents.finishUpload': ['caseworker', 'legal_aide'],
  'documents.cancelUpload': ['caseworker', 'legal_aide'],
  'documents.open': ['caseworker', 'legal_aide'],
  'timeline.get': 'signed-in',
  'retention.preview': ['admin'],
  'retention.purge': ['admin'],
  'directory.list': 'signed-in',
  'directory.saveAgency': ['admin'],
  'directory.saveService': ['admin'],
  'agreements.list': 'signed-in',
  'agreements.save': ['admin'],
  'agreements.expiring': 'signed-in',
  'consents.list': ['caseworker', 'legal_aide'],
  'consents.record': ['caseworker', 'legal_aide'],
  'consents.attach': ['caseworker', 'legal_aide'],
  'consents.revoke': ['caseworker', 'legal_aide'],
  'referrals.list': ['caseworker', 'legal_aide'],
  'referrals.get': ['caseworker', 'legal_aide'],
  'referrals.create': ['caseworker', 'legal_aide'],
  'referrals.recordIncoming': ['caseworker', 'legal_aide'],
  'referrals.advance': ['caseworker', 'legal_aide'],
  'referrals.update': ['caseworker', 'legal_aide'],
  'referrals.share': ['caseworker', 'legal_aide'],
  'referrals.packetPreview': ['caseworker', 'legal_aide'],
  'referrals.packet': ['caseworker', 'legal_aide'],
  'referrals.board': ['caseworker', 'legal_aide'],
  'disclosures.list': ['caseworker', 'legal_aide'],
  'disclosures.record': ['caseworker', 'legal_aide'],
  'today.get': 'signed-in',
  'legal.matters.list': ['legal_aide'],
  'legal.matters.get': ['legal_aide'],
  'legal.matters.create': ['legal_aide'],
  'legal.matters.update': ['legal_aide'],
  'legal.matters.close': ['legal_aide'],
  'legal.proceedings.update': ['legal_aide'],
  'legal.courtDates.add': ['legal_aide'],
  'legal.courtDates.update': ['legal_aide'],
  'legal.courtDates.remove': ['legal_aide'],
  'legal.overrides.set': ['legal_aide'],
  'legal.overrides.clear': ['legal_aide'],
  'legal.tasks.list': ['legal_aide'],
  'legal.tasks.complete': ['legal_aide'],
  'legal.tasks.snooze': ['legal_aide'],
  'legal.tasks.assign': ['legal_aide'],
  'legal.deadlines.list': ['legal_aide'],
  'legal.rules.list': ['admin', 'legal_aide'],
  'legal.rules.impact': ['legal_aide'],
  'legal.rules.preview': ['legal_aide'],
  'legal.rules.adopt': ['legal_aide'],
  'legal.reminders.due': ['legal_aide'],
  'legal.summary': ['caseworker', 'legal_aide'],
  'legal.settings.get': ['admin', 'legal_aide'],
  'legal.settings.update': ['admin'],
  // Issue 13: rooms, hours and the time zone are centre records; sessions are booked by the staff on the case.
  'calendar.settings': 'signed-in',
  'calendar.updateSettings': ['admin'],
  'rooms.list': 'signed-in',
  'rooms.save': ['admin'],
  'availability.get': 'signed-in',
  'availability.setHours': 'signed-in',
  'availability.addTimeOff': 'signed-in',
  'availability.removeTimeOff': 'signed-in',
  'sessions.calendar': 'signed-in',
  'sessions.ofCase': ['caseworker', 'mentor', 'legal_aide'],
  'sessions.get': ['caseworker', 'mentor', 'legal_aide'],
  'sessions.check': ['caseworker', 'mentor', 'legal_aide'],
  'sessions.create': ['caseworker', 'mentor', 'legal_aide'],
  'sessions.checkMove': ['caseworker', 'mentor', 'legal_aide'],
  'sessions.move': ['caseworker', 'mentor', 'legal_aide'],
  'sessions.checkUpdate': ['caseworker', 'mentor', 'legal_aide'],
  'sessions.update': ['caseworker', 'mentor', 'legal_aide'],
  'sessions.setStatus': ['caseworker', 'mentor', 'legal_aide'],
  'sessions.cancelSeries': ['caseworker', 'mentor', 'legal_aide'],
  'sessions.writeNote': ['caseworker', 'mentor', 'legal_aide'],
  'reminders.list': ['caseworker', 'mentor', 'legal_aide'],
  'reminders.done': ['caseworker', 'mentor', 'legal_aide'],
  'sessions.exportCalendar': ['caseworker', 'mentor', 'legal_aide'],
  'backups.list': ['admin'],
  'backups.setFolder': ['admin'],
  'backups.run': ['admin'],
  'backups.progress': ['admin'],
  'backups.verify': ['admin'],
  'backups.restore': ['admin'],
};

const filesDigest = (dir: string) =>
  createHash('sha256')
    .update(['keyring.json', 'unlock-attempts.json'].map((f) => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8') : '-')).join('|'))
    .digest('hex');

describe('contract', () => {
  let v: TestVault;
  let targetStaffId: number;
  let caseId: number;
  beforeAll(async () => {
    v = await makeVault();
    for (const r of ROLES) await account(v, `only-${r.replace('_', '-')}`, [r]);
    await account(v, 'every-role', [...ROLES]);
    targetStaffId = (await v.ok<{ id: number }>('staff.create', { username: 'target', displayName: 'Fictional Target', roles: ['mentor'], temporaryPassword: 'temporary-pass-1' })).id;
    await signInAs(v, 'only-caseworker');
    caseId = (await v.ok<{ header: { id: number } }>('cases.create', {})).header.id;
    await v.unlockAs('admin', ADMIN.password);
  });
  const ids = () => ({ targetStaffId, caseId });

  it('every channel has a sample input that its schema accepts', () => {
    for (const ch of CHANNELS) expect(contract[ch].input.safeParse(SAMPLES[ch](ids())).success, ch).toBe(true);
  });

  it('unauthenticated: every non-public channel is refused while locked', async () => {
    await v.ok('vault.lock');
    for (const ch of CHANNELS.filter((c) => contract[c].access !== 'public')) {
      expect(await v.call(ch, SAMPLES[ch](ids())), ch).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('an unknown channel is refused with a stable code', async () => {
    expect(await v.core.handle({ channel: 'cases.dropAll', input: {} })).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await v.core.handle('nonsense')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('a temporary password opens nothing until it is changed', async () => {
    await v.ok('vault.lock');
    await v.unlockAs('admin', ADMIN.password);
    await v.ok('staff.create', { username: 'fresh-one', displayName: 'Fictional Fresh', roles: ['admin'], temporaryPassword: 'temporary-pass-1' });
    await v.ok('vault.unlock', { username: 'fresh-one', password: 'temporary-pass-1' });
    expect(await v.call('staff.list', {})).toMatchObject({ error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    expect(await v.call('session.current', {})).toMatchObject({ ok: true });
  });

  it('the permission table has one line per contract channel, no more', () => {
    expect(Object.keys(EXPECTED_ACCESS).sort()).toEqual([...CHANNELS].sort());
    for (const ch of CHANNELS) expect(contract[ch].access === 'public', ch).toBe(EXPECTED_ACCESS[ch] === 'public');
  });

  describe.each(ROLES)('role %s x every channel', (role) => {
    it('is allowed or refused exactly as the permission table says', async () => {
      for (const ch of CHANNELS) {
        const expected = EXPECTED_ACCESS[ch];
        if (expected === 'public' || expected === undefined) continue;
        await signInAs(v, `only-${role.replace('_', '-')}`);
        const r = await v.call(ch, SAMPLES[ch](ids()));
        const forbidden = !r.ok && r.error.code === 'FORBIDDEN';
        const allowed = expected === 'signed-in' || expected.includes(role);
        expect(forbidden, `${role} -> ${ch}: ${JSON.stringify(r).slice(0, 200)}`).toBe(!allowed);
        if (!r.ok) expect(r.error.code, `${role} -> ${ch}`).not.toMatch(/INTERNAL|UNAUTHENTICATED/);
      }
    });
  });

  it('a refused call is in the audit log', async () => {
    await signInAs(v, 'only-mentor');
    await v.call('staff.list', {});
    await v.unlockAs('admin', ADMIN.password);
    const audit = await v.ok<{ action: string; outcome: string }[]>('audit.list', { limit: 50 });
    expect(audit).toContainEqual(expect.objectContaining({ action: 'staff.list', outcome: 'refused:FORBIDDEN' }));
  });

  it('malformed input on every channel: VALIDATION, and nothing changes (database, keyring, counters)', async () => {
    await signInAs(v, 'every-role');
    const db = v.core.runtime.db!;
    const before = databaseChecksum(db);
    const files = filesDigest(v.dataDir);
    for (const ch of CHANNELS as Channel[]) {
      for (const bad of MALFORMED) {
        const r = await v.call(ch, bad);
        expect(r, `${ch} <- ${JSON.stringify(bad)?.slice(0, 60)}`).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
        if (!r.ok) expect(JSON.stringify(r.error)).not.toMatch(/at .*\.ts|SELECT|INSERT|x{100}/);
      }
    }
    expect(v.core.runtime.session?.username).toBe('every-role');
    expect(databaseChecksum(v.core.runtime.db!)).toBe(before);
    expect(filesDigest(v.dataDir)).toBe(files);
  });
});
