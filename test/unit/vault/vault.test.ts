import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/index';
import { LATEST_VERSION } from '../../../electron/core/store/migrations';
import { databaseChecksum } from '../../../electron/core/store/checksum';
import { openDatabase } from '../../../electron/core/store/connection';
import { FAST_KDF_COST } from '../../../electron/core/vault/crypto';
import { ADMIN, makeVault, tempDir } from '../helpers/vault';

const keyringOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'keyring.json'), 'utf8'));

describe('vault', () => {
  it('sets up, locks and unlocks; the keyring holds no names and no key in the clear', async () => {
    const v = await makeVault();
    expect((await v.ok<{ unlocked: boolean }>('vault.status')).unlocked).toBe(true);
    await v.ok('vault.lock', { reason: 'user' });
    const status = await v.ok<{ unlocked: boolean; accounts: { username: string }[] }>('vault.status');
    expect(status).toMatchObject({ unlocked: false, accounts: [{ username: 'admin' }] });
    const raw = readFileSync(join(v.dataDir, 'keyring.json'), 'utf8');
    expect(raw).not.toContain(ADMIN.displayName);
    expect(raw).not.toContain('Fictional Centre');
    const s = await v.ok<{ username: string; roles: string[] }>('vault.unlock', { username: 'admin', password: ADMIN.password });
    expect(s).toMatchObject({ username: 'admin', roles: ['admin'] });
  });

  it('refuses a second setup in the same folder and changes nothing', async () => {
    const v = await makeVault();
    const before = readFileSync(join(v.dataDir, 'keyring.json'), 'utf8');
    const r = await v.call('vault.setup', { centreName: 'X', jurisdiction: 'US', admin: { ...ADMIN, username: 'other' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'ALREADY_INITIALIZED' } });
    expect(readFileSync(join(v.dataDir, 'keyring.json'), 'utf8')).toBe(before);
  });

  it('wrong password: BAD_CREDENTIALS, then exponential back-off, audited at the next unlock', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    for (let i = 0; i < 3; i++) expect(await v.call('vault.unlock', { username: 'admin', password: 'nope-nope-nope' })).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    const r4 = await v.call('vault.unlock', { username: 'admin', password: ADMIN.password });
    expect(r4).toMatchObject({ ok: false, error: { code: 'THROTTLED', retryAfterMs: 1000 } });
    v.clock.now += 1000;
    expect(await v.call('vault.unlock', { username: 'admin', password: 'nope-nope-nope' })).toMatchObject({ error: { code: 'BAD_CREDENTIALS', retryAfterMs: 2000 } });
    v.clock.now += 1999;
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ error: { code: 'THROTTLED', retryAfterMs: 1 } });
    v.clock.now += 1;
    await v.ok('vault.unlock', { username: 'admin', password: ADMIN.password });
    const audit = await v.ok<{ action: string; outcome: string }[]>('audit.list', { limit: 20 });
    expect(audit.filter((a) => a.action === 'vault.unlock' && a.outcome === 'refused:BAD_CREDENTIALS')).toHaveLength(4);
    // A restart does not reset the counter: it lives on disk.
    await v.ok('vault.lock');
    for (let i = 0; i < 4; i++) await v.call('vault.unlock', { username: 'admin', password: 'nope-nope-nope' });
    const restarted = createCore({ dataDir: v.dataDir, kdfCost: FAST_KDF_COST, now: () => new Date(v.clock.now) });
    expect(await restarted.handle({ channel: 'vault.unlock', input: { username: 'admin', password: ADMIN.password } })).toMatchObject({ error: { code: 'THROTTLED' } });
  });

  it('an unknown account answers like a wrong password', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    expect(await v.call('vault.unlock', { username: 'nobody', password: 'whatever-123' })).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
  });

  it('changing a password re-wraps the key without re-keying the database', async () => {
    const v = await makeVault();
    const dbBefore = readFileSync(join(v.dataDir, 'haven.db')).subarray(0, 4096);
    const wrappedBefore = keyringOf(v.dataDir).accounts[0].wrapped.ct;
    expect(await v.call('vault.changePassword', { currentPassword: 'wrong-wrong', newPassword: 'new-admin-pass-99' })).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    await v.ok('vault.changePassword', { currentPassword: ADMIN.password, newPassword: 'new-admin-pass-99' });
    expect(keyringOf(v.dataDir).accounts[0].wrapped.ct).not.toBe(wrappedBefore);
    expect(readFileSync(join(v.dataDir, 'haven.db')).subarray(0, 4096).equals(dbBefore)).toBe(true);
    await v.ok('vault.lock');
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    await v.ok('vault.unlock', { username: 'admin', password: 'new-admin-pass-99' });
  });

  it('the recovery key resets a password once and is replaced by a new one', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    expect(await v.call('vault.recover', { username: 'admin', recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA', newPassword: 'recovered-pass-1' })).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    const { recoveryKey } = await v.ok<{ recoveryKey: string }>('vault.recover', { username: 'admin', recoveryKey: v.recoveryKey.toLowerCase(), newPassword: 'recovered-pass-1' });
    expect(recoveryKey).not.toBe(v.recoveryKey);
    await v.ok('vault.unlock', { username: 'admin', password: 'recovered-pass-1' });
    await v.ok('vault.lock');
    expect(await v.call('vault.recover', { username: 'admin', recoveryKey: v.recoveryKey, newPassword: 'again-pass-123' })).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    await v.ok('vault.recover', { username: 'admin', recoveryKey, newPassword: 'again-pass-123' });
  });

  it('a wrapped key moved to another account does not open (account binding is authenticated)', async () => {
    const v = await makeVault();
    await v.ok('staff.create', { username: 'eve', displayName: 'Fictional Eve', roles: ['mentor'], temporaryPassword: 'eve-pass-12345' });
    await v.ok('vault.lock');
    const k = keyringOf(v.dataDir);
    const admin = k.accounts.find((a: { username: string }) => a.username === 'admin');
    const eve = k.accounts.find((a: { username: string }) => a.username === 'eve');
    // Eve swaps her wrapped key into the admin's slot to sign in as admin with her own password.
    Object.assign(admin, { kdf: eve.kdf, wrapped: eve.wrapped });
    writeFileSync(join(v.dataDir, 'keyring.json'), JSON.stringify(k));
    expect(await v.call('vault.unlock', { username: 'admin', password: 'eve-pass-12345' })).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
  });

  it('deactivation removes the account from the keyring; reactivation restores it', async () => {
    const v = await makeVault();
    const s = await v.ok<{ id: number; version: number }>('staff.create', { username: 'sam', displayName: 'Fictional Sam', roles: ['caseworker'], temporaryPassword: 'sam-pass-12345' });
    const d = await v.ok<{ version: number }>('staff.deactivate', { id: s.id, version: s.version });
    expect(keyringOf(v.dataDir).accounts.map((a: { username: string }) => a.username)).toEqual(['admin']);
    await v.ok('vault.lock');
    expect(await v.call('vault.unlock', { username: 'sam', password: 'sam-pass-12345' })).toMatchObject({ error: { code: 'BAD_CREDENTIALS' } });
    await v.unlockAs('admin', ADMIN.password);
    await v.ok('staff.reactivate', { id: s.id, version: d.version, temporaryPassword: 'sam-new-pass-1' });
    await v.ok('vault.lock');
    const session = await v.ok<{ mustChangePassword: boolean }>('vault.unlock', { username: 'sam', password: 'sam-new-pass-1' });
    expect(session.mustChangePassword).toBe(true);
  });

  describe('bad input anywhere changes nothing', () => {
    it('wrong data dir', async () => {
      const core = createCore({ dataDir: join(tempDir(), 'missing'), kdfCost: FAST_KDF_COST });
      expect(await core.handle({ channel: 'vault.unlock', input: { username: 'admin', password: 'x' } })).toMatchObject({ error: { code: 'NOT_INITIALIZED' } });
      expect(await core.handle({ channel: 'vault.status', input: {} })).toMatchObject({ ok: true, value: { initialized: false } });
    });

    it('missing keyring', async () => {
      const v = await makeVault();
      await v.ok('vault.lock');
      renameSync(join(v.dataDir, 'keyring.json'), join(v.dataDir, 'keyring.moved'));
      rmSync(join(v.dataDir, 'keyring.previous.json'), { force: true });
      // Its mirror gone too (alone, the mirror stands in: test/unit/backups/recovery.test.ts).
      rmSync(join(v.dataDir, 'keyring.mirror.json'));
      expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ error: { code: 'KEYRING_MISSING' } });
      expect(await v.ok('vault.status')).toMatchObject({ initialized: true, problem: 'KEYRING_MISSING' });
      expect(await v.call('vault.setup', { centreName: 'X', jurisdiction: 'US', admin: ADMIN })).toMatchObject({ error: { code: 'ALREADY_INITIALIZED' } });
      expect(existsSync(join(v.dataDir, 'keyring.json'))).toBe(false);
    });

    it('corrupted keyring', async () => {
      const v = await makeVault();
      await v.ok('vault.lock');
      const file = join(v.dataDir, 'keyring.json');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.slice(0, text.length / 2));
      writeFileSync(join(v.dataDir, 'keyring.mirror.json'), text.slice(0, 10));
      expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ error: { code: 'KEYRING_CORRUPT' } });
      expect(readFileSync(file, 'utf8')).toBe(text.slice(0, text.length / 2));
    });

    it('a keyring from another vault', async () => {
      const a = await makeVault();
      const b = await makeVault();
      await a.ok('vault.lock');
      await b.ok('vault.lock');
      writeFileSync(join(a.dataDir, 'keyring.json'), readFileSync(join(b.dataDir, 'keyring.json')));
      expect(await a.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ error: { code: 'DATABASE_UNREADABLE' } });
    });

    it('a database from a newer Haven', async () => {
      const v = await makeVault();
      const key = Buffer.from(v.core.runtime.key!);
      await v.ok('vault.lock');
      const db = openDatabase(join(v.dataDir, 'haven.db'), key, { create: false });
      db.pragma(`user_version = ${LATEST_VERSION + 1}`);
      const before = databaseChecksum(db);
      db.close();
      expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ error: { code: 'DATABASE_TOO_NEW' } });
      const after = openDatabase(join(v.dataDir, 'haven.db'), key, { create: false });
      expect(databaseChecksum(after)).toBe(before);
      after.close();
    });
  });
});

describe('idle lock in the core', () => {
  it('locks after the admin-set idle time even if no host asked it to', async () => {
    const v = await makeVault();
    const s = await v.ok<{ version: number }>('settings.get');
    await v.ok('settings.update', { version: s.version, idleMinutes: 5 });
    v.clock.now += 4 * 60_000;
    await v.ok('session.current');
    v.clock.now += 5 * 60_000; // 5 minutes since the last request: still inside the limit
    await v.ok('session.current');
    v.clock.now += 5 * 60_000 + 1;
    expect(await v.call('session.current')).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(v.core.runtime.key).toBeNull();
    expect((await v.ok<{ unlocked: boolean }>('vault.status')).unlocked).toBe(false);
    await v.unlockAs('admin', ADMIN.password);
    const audit = await v.ok<{ action: string; detail: { reason?: string } }[]>('audit.list', { limit: 5 });
    expect(audit).toContainEqual(expect.objectContaining({ action: 'vault.lock', detail: { reason: 'idle' } }));
  });
});
