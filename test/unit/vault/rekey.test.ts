import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/store/connection';
import { accountAad, readKeyring, type Keyring } from '../../../electron/core/vault/keyring';
import { openAccountEntry } from '../../../electron/core/vault/sealed';
import { known, makeCentre, type TestCentre } from '../helpers/centre';
import { expectNormalStart } from '../helpers/next-start';
import { ADMIN, tempDir } from '../helpers/vault';

const pw = (u: string) => `${u}-final-pass-1`;

async function withDocument(c: TestCentre) {
  const k = await c.newCase({ givenName: known('Fictional Rekey') });
  await c.as('cw');
  const data = Buffer.from('A fictional statement, kept through a re-key. '.repeat(40));
  const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: k.id, kind: 'declaration', legal: false, filename: 'statement.txt', mime: 'text/plain', size: data.length });
  await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
  const doc = await c.ok<{ id: number }>('documents.finishUpload', { uploadId });
  await c.as('admin');
  return { doc: doc.id, data };
}

/** The folder as someone could have copied it: keyring and (checkpointed) database. */
function copyVault(c: TestCentre): string {
  c.core.runtime.db!.pragma('wal_checkpoint(TRUNCATE)');
  const d = join(tempDir(), 'copy');
  mkdirSync(d);
  for (const f of ['keyring.json', 'haven.db']) copyFileSync(join(c.dataDir, f), join(d, f));
  return d;
}

/** The database key an old keyring gives for a password, or null. */
async function keyFrom(k: Keyring, username: string, password: string) {
  const a = k.accounts.find((x) => x.username === username);
  return a ? openAccountEntry(a, password, accountAad(k, a.staffId, a.username)) : null;
}

function opens(dbFile: string, key: Buffer | null): boolean {
  if (!key) return false;
  try {
    openDatabase(dbFile, key, { create: false }).close();
    return true;
  } catch {
    return false;
  }
}

describe('re-keying: deactivation and vault.rotateKey', () => {
  it('after a deactivation, a keyring copied before plus an old password opens nothing of the live database', async () => {
    const c = await makeCentre();
    const { doc, data } = await withDocument(c);
    const before = copyVault(c);
    const oldKeyring = readKeyring(before);
    const staff = await c.ok<{ id: number; version: number }[]>('staff.list', { includeInactive: false });
    const cw2 = staff.find((s) => s.id === c.ids.cw2)!;
    await c.ok('staff.deactivate', { id: cw2.id, version: cw2.version });

    const live = join(c.dataDir, 'haven.db');
    // The deactivated person's old password with the old keyring, and an admin's: both yield the OLD key.
    for (const [u, p] of [['cw2', pw('cw2')], [ADMIN.username, ADMIN.password], ['cw', pw('cw')]] as const) {
      const oldKey = await keyFrom(oldKeyring, u, p);
      expect(oldKey, u).not.toBeNull();
      expect(opens(live, oldKey), `${u} with the old keyring`).toBe(false);
    }
    // The residual risk, stated as a fact: the database file copied before stays readable with that keyring.
    expect(opens(join(before, 'haven.db'), await keyFrom(oldKeyring, 'cw2', pw('cw2')))).toBe(true);

    // The new keyring: no entry for cw2; everyone who stays opens the live database with an unchanged password.
    const now = readKeyring(c.dataDir);
    expect(now.accounts.map((a) => a.username)).not.toContain('cw2');
    expect(now.generation).toBeGreaterThan(oldKeyring.generation ?? 0);
    expect(opens(live, await keyFrom(now, 'cw', pw('cw')))).toBe(true);
    await c.as('cw');
    const opened = await c.ok<{ data: string }>('documents.open', { documentId: doc, purpose: 'view' });
    expect(Buffer.from(opened.data, 'base64')).toEqual(data);
    await c.as('admin');
    const audit = await c.ok<{ action: string; outcome: string; detail: Record<string, unknown> }[]>('audit.list', { limit: 20 });
    expect(audit.find((r) => r.action === 'vault.rotateKey')).toMatchObject({ outcome: 'ok', detail: { documents: 1, reason: `deactivate:${cw2.id}` } });
    const verify = await c.ok<{ integrity: string[]; audit: { ok: boolean } }>('system.verify');
    expect(verify).toMatchObject({ integrity: ['ok'], audit: { ok: true } });
  });

  it('vault.rotateKey: the session goes on under the new key, every account and the recovery key still open', async () => {
    const c = await makeCentre();
    const { doc } = await withDocument(c);
    const before = copyVault(c);
    expect(await c.ok('vault.rotateKey')).toEqual({ documents: 1 });
    expect(opens(join(c.dataDir, 'haven.db'), await keyFrom(readKeyring(before), ADMIN.username, ADMIN.password))).toBe(false);
    expect((await c.ok<unknown[]>('staff.list', { includeInactive: true })).length).toBeGreaterThan(1);
    for (const u of ['legal', 'mentor', 'cw']) await c.as(u as 'cw');
    expect((await c.call('documents.open', { documentId: doc, purpose: 'view' })).ok).toBe(true);
    await c.ok('vault.lock');
    const rec = await c.call('vault.recover', { username: ADMIN.username, recoveryKey: c.recoveryKey, newPassword: 'a-new-admin-pass-1' });
    expect(rec.ok).toBe(true);
    expect(existsSync(join(c.dataDir, 'keyring.pending.json'))).toBe(false);
    expect(JSON.parse(readFileSync(join(c.dataDir, 'keyring.json'), 'utf8')).auditAnchor).toBeDefined();
  });

  // PRAGMA rekey gives the file a new salt; a keyring still naming the old one made the next start's
  // vault.status report DATABASE_UNREADABLE (the recovery screen) instead of the lock screen.
  it('after vault.rotateKey, the next start sees the keyring\'s own database: no recovery state, unlock works', async () => {
    const c = await makeCentre();
    const salt = readKeyring(c.dataDir).dbSalt;
    await c.ok('vault.rotateKey');
    await c.core.close();
    expect(readKeyring(c.dataDir).dbSalt).not.toBe(salt);
    await expectNormalStart(c.dataDir);
  });

  it('after staff.deactivate (which re-keys), the next start sees the keyring\'s own database', async () => {
    const c = await makeCentre();
    const cw2 = (await c.ok<{ id: number; version: number }[]>('staff.list', { includeInactive: false })).find((s) => s.id === c.ids.cw2)!;
    await c.ok('staff.deactivate', { id: cw2.id, version: cw2.version });
    await c.core.close();
    await expectNormalStart(c.dataDir);
  });

  it('non-admins cannot re-key', async () => {
    const c = await makeCentre();
    await c.as('cw');
    expect(await c.call('vault.rotateKey')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

