import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorMac } from '../../../electron/core/audit/anchor';
import { readKeyring } from '../../../electron/core/vault/keyring';
import { ADMIN, makeVault, type TestVault } from '../helpers/vault';

type Verify = { integrity: string[]; audit: { ok: boolean; checked: number; firstBadId: number | null; reason: string | null } };


const lastId = (v: TestVault) => (v.core.runtime.db!.prepare('SELECT max(id) AS n FROM audit').get() as { n: number }).n;

/** What an attacker with the key (or a lost WAL) does: the newest records disappear, the chain still holds. */
function cutTail(v: TestVault, keep: number) {
  const db = v.core.runtime.db!;
  db.exec('DROP TRIGGER audit_no_delete');
  db.prepare('DELETE FROM audit WHERE id > ?').run(keep);
}

describe('audit tail anchored outside the database (keyring.json, HMAC under a key from the database key)', () => {
  it('follows every committed change, and its MAC is keyed from the database key', async () => {
    const v = await makeVault();
    await v.ok('staff.create', { username: 'casey', displayName: 'Fictional Casey', roles: ['caseworker'], temporaryPassword: 'temp-pass-1234' });
    const a = readKeyring(v.dataDir).auditAnchor!;
    expect(a.count).toBe(lastId(v));
    expect(a.mac).toBe(anchorMac(v.core.runtime.key!, readKeyring(v.dataDir).vaultId, a.count, a.hash));
    const verify = await v.ok<Verify>('system.verify');
    expect(verify.audit).toMatchObject({ ok: true, reason: null });
  });

  it('a truncated audit tail is reported by verify (the chain alone still holds)', async () => {
    const v = await makeVault();
    await v.ok('staff.create', { username: 'casey', displayName: 'Fictional Casey', roles: ['caseworker'], temporaryPassword: 'temp-pass-1234' });
    const anchored = readKeyring(v.dataDir).auditAnchor!.count;
    cutTail(v, anchored - 2);
    const r = await v.ok<Verify>('system.verify');
    expect(r.audit.ok).toBe(false);
    expect(r.audit.firstBadId).toBe(anchored - 1);
    expect(r.audit.reason).toMatch(/records were removed or the database was rolled back/);
    // The anchor keeps the evidence: the verify request's own commit did not move it down.
    expect(readKeyring(v.dataDir).auditAnchor!.count).toBe(anchored);
  });

  it('a database put back to an older copy (a WAL that lost its last commits) is reported after unlock', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    await v.unlockAs(ADMIN.username, ADMIN.password);
    v.core.runtime.db!.pragma('wal_checkpoint(TRUNCATE)');
    const old = join(v.dataDir, 'old.db');
    copyFileSync(join(v.dataDir, 'haven.db'), old);
    // A change that does not touch the keyring (a keyring change would make the old database KEYRING_STALE).
    await v.ok('staff.update', { id: 1, version: 1, displayName: 'Fictional Admin Renamed' });
    await v.ok('vault.lock');
    // The same keyring generation (no key change since the copy), so the old file unlocks: only the anchor knows.
    v.core.runtime.db?.close();
    copyFileSync(old, join(v.dataDir, 'haven.db'));
    for (const s of ['-wal', '-shm']) writeFileSync(join(v.dataDir, `haven.db${s}`), '');
    await v.unlockAs(ADMIN.username, ADMIN.password);
    const r = await v.ok<Verify>('system.verify');
    expect(r.audit.ok).toBe(false);
    expect(r.audit.reason).toMatch(/removed or the database was rolled back|not the one the anchor/);
  });

  it('an anchor edited in keyring.json is reported as altered', async () => {
    const v = await makeVault();
    await v.ok('staff.create', { username: 'casey', displayName: 'Fictional Casey', roles: ['caseworker'], temporaryPassword: 'temp-pass-1234' });
    const file = join(v.dataDir, 'keyring.json');
    const k = JSON.parse(readFileSync(file, 'utf8')) as { auditAnchor: { count: number } };
    k.auditAnchor.count -= 1;
    writeFileSync(file, JSON.stringify(k));
    const r = await v.ok<Verify>('system.verify');
    expect(r.audit).toMatchObject({ ok: false, reason: expect.stringMatching(/altered/) });
  });
});
