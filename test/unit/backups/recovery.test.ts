import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupJob, RecoveryState } from '../../../shared/contract/backups';
import { makeVault, ADMIN, tempDir, type TestVault } from '../helpers/vault';

const PAGE = 4096;

function flipMidFile(file: string): void {
  const b = readFileSync(file);
  const at = Math.floor(b.length / PAGE / 2) * PAGE + 2000;
  b[at] = b[at]! ^ 0xff;
  writeFileSync(file, b);
}

async function vaultWithBackup(): Promise<{ v: TestVault; folder: string; backupId: string }> {
  const v = await makeVault();
  await v.ok('staff.create', { username: 'mentor1', displayName: 'Fictional Mentor', roles: ['mentor'], temporaryPassword: 'temporary-pass-1' });
  await v.ok('vault.unlock', { username: 'mentor1', password: 'temporary-pass-1' });
  await v.ok('vault.changePassword', { currentPassword: 'temporary-pass-1', newPassword: 'mentor1-pass-1234' });
  await v.unlockAs('admin', ADMIN.password);
  const folder = tempDir();
  await v.ok('backups.setFolder', { folder });
  let job = await v.ok<BackupJob>('backups.run');
  while (job.phase !== 'done' && job.phase !== 'failed') job = (await v.ok<BackupJob>('backups.progress'))!;
  expect(job.phase).toBe('done');
  return { v, folder, backupId: job.backupId! };
}

const status = (v: TestVault) => v.ok<{ initialized: boolean; recovery: RecoveryState | null }>('vault.status');

describe('recovery before sign-in', () => {
  it('bytes overwritten mid-file: status offers the verified backup; restoring it (admin password) brings every record back and keeps the damaged folder', async () => {
    const { v, backupId } = await vaultWithBackup();
    // A change after the backup: the restore goes back to the backup, and the damaged folder keeps the rest.
    await v.ok('staff.create', { username: 'late', displayName: 'Fictional Late', roles: ['mentor'], temporaryPassword: 'temporary-pass-2' });
    await v.ok('vault.lock');
    const db = join(v.dataDir, 'haven.db');
    flipMidFile(db);
    const damaged = readFileSync(db);
    expect(await status(v)).toMatchObject({ recovery: null });
    expect(await v.call('vault.unlock', { username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
    const s = await status(v);
    expect(s.recovery).toMatchObject({ reason: 'DATABASE_CORRUPT', backups: [{ id: backupId, verified: { ok: true } }] });

    // Wrong password, a non-admin of the backup, an unknown backup: refused, nothing moved.
    expect(await v.call('vault.restoreBackup', { backupId, username: 'admin', password: 'wrong-password-1' })).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    expect(await v.call('vault.restoreBackup', { backupId, username: 'mentor1', password: 'mentor1-pass-1234' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await v.call('vault.restoreBackup', { backupId: 'haven-backup-20200101T000000Z-manual', username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(readFileSync(db).equals(damaged)).toBe(true);

    const r = await v.ok<{ backupId: string; keptAs: string }>('vault.restoreBackup', { backupId, username: 'admin', password: ADMIN.password });
    // The damaged file is kept aside, byte for byte, never deleted.
    expect(basename(r.keptAs)).toMatch(/^data\.damaged-\d{8}T\d{6}Z$/);
    expect(dirname(r.keptAs)).toBe(dirname(v.dataDir));
    expect(readFileSync(join(r.keptAs, 'haven.db')).equals(damaged)).toBe(true);
    expect(statSync(v.dataDir).mode & 0o777).toBe(0o700);
    expect(await status(v)).toMatchObject({ initialized: true, recovery: null });
    await v.unlockAs('admin', ADMIN.password);
    const staff = await v.ok<{ username: string }[]>('staff.list', { includeInactive: true });
    expect(staff.map((x) => x.username).sort()).toEqual(['admin', 'mentor1']);
    expect(await v.ok('system.verify')).toMatchObject({ integrity: ['ok'], audit: { ok: true } });
    // The backup location came along, so the next recovery finds the backups too.
    expect(JSON.parse(readFileSync(join(v.dataDir, 'backups.json'), 'utf8')).folder).toBeTruthy();
  });

  it('the recovery-key path finds mid-file damage too: DATABASE_CORRUPT, nothing written, recovery offered', async () => {
    const { v } = await vaultWithBackup();
    await v.ok('vault.lock');
    const db = join(v.dataDir, 'haven.db');
    flipMidFile(db);
    const damaged = readFileSync(db);
    expect(await v.call('vault.recover', { username: 'admin', recoveryKey: v.recoveryKey, newPassword: 'a-new-admin-pass-1' })).toMatchObject({ ok: false, error: { code: 'DATABASE_CORRUPT' } });
    expect(readFileSync(db).equals(damaged)).toBe(true);
    expect((await status(v)).recovery).toMatchObject({ reason: 'DATABASE_CORRUPT' });
  });

  it('the recovery key of the backup restores too; a deleted database is offered recovery as DATABASE_MISSING', async () => {
    const { v, backupId } = await vaultWithBackup();
    await v.ok('vault.lock');
    const { rmSync } = await import('node:fs');
    rmSync(join(v.dataDir, 'haven.db'));
    rmSync(join(v.dataDir, 'haven.db-wal'), { force: true });
    rmSync(join(v.dataDir, 'haven.db-shm'), { force: true });
    expect((await status(v)).recovery).toMatchObject({ reason: 'DATABASE_MISSING' });
    const r = await v.ok<{ keptAs: string }>('vault.restoreBackup', { backupId, recoveryKey: v.recoveryKey });
    expect(existsSync(join(r.keptAs, 'keyring.json'))).toBe(true);
    await v.unlockAs('admin', ADMIN.password);
  });

  it('a sound vault cannot be rolled back from the start screen, even with a forged damage marker', async () => {
    const { v, backupId } = await vaultWithBackup();
    await v.ok('vault.lock');
    expect(await v.call('vault.restoreBackup', { backupId, username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'RECOVERY_NOT_NEEDED' } });
    writeFileSync(join(v.dataDir, 'recovery-needed.json'), JSON.stringify({ reason: 'DATABASE_CORRUPT', detectedAt: new Date().toISOString() }));
    expect((await status(v)).recovery).toMatchObject({ reason: 'DATABASE_CORRUPT' });
    expect(await v.call('vault.restoreBackup', { backupId, username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'RECOVERY_NOT_NEEDED' } });
    // The check found it sound and cleared the marker.
    expect((await status(v)).recovery).toBeNull();
  });
});

describe('admin restore, then swap', () => {
  it('restores into a new folder beside the data folder, swaps it in, keeps the old one, and locks', async () => {
    const { v, backupId } = await vaultWithBackup();
    await v.ok('staff.create', { username: 'late', displayName: 'Fictional Late', roles: ['mentor'], temporaryPassword: 'temporary-pass-2' });
    expect(await v.call('backups.restore', { backupId, password: 'not-my-password' })).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    const r = await v.ok<{ keptAs: string }>('backups.restore', { backupId, password: ADMIN.password });
    expect(basename(r.keptAs)).toMatch(/^data\.before-restore-/);
    expect(await status(v)).toMatchObject({ initialized: true, recovery: null });
    expect(v.core.runtime.session).toBeNull();
    expect(readdirSync(dirname(v.dataDir)).sort()).toEqual(['data', basename(r.keptAs)].sort());
    await v.unlockAs('admin', ADMIN.password);
    expect((await v.ok<{ username: string }[]>('staff.list', { includeInactive: true })).map((x) => x.username).sort()).toEqual(['admin', 'mentor1']);
    // The replaced folder is whole: it still opens, with the later account in it; this process's lock is in
    // the restored folder, not left behind in the kept one.
    expect(readdirSync(r.keptAs)).toContain('haven.db');
    expect(readdirSync(r.keptAs)).not.toContain('instance.lock');
    expect(readdirSync(v.dataDir)).toContain('instance.lock');
  });
});

describe('keyring mirror (same generation only)', () => {
  it('a truncated keyring.json falls back to the mirror, and is rewritten from it at unlock', async () => {
    const v = await makeVault();
    await v.ok('vault.lock');
    const file = join(v.dataDir, 'keyring.json');
    const good = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40));
    expect(await v.ok('vault.status')).toMatchObject({ problem: null, accounts: [{ username: 'admin' }] });
    await v.unlockAs('admin', ADMIN.password);
    expect(JSON.parse(readFileSync(file, 'utf8')).vaultId).toBe(good.vaultId);
  });

  it('after a password change the mirror holds the new generation: the old password opens nothing through it', async () => {
    const v = await makeVault();
    const mirror = join(v.dataDir, 'keyring.mirror.json');
    const before = JSON.parse(readFileSync(mirror, 'utf8'));
    await v.ok('vault.changePassword', { currentPassword: ADMIN.password, newPassword: 'a-new-admin-pass-1' });
    const after = JSON.parse(readFileSync(mirror, 'utf8'));
    expect(after.generation).toBeGreaterThan(before.generation ?? 0);
    expect(after).toEqual(JSON.parse(readFileSync(join(v.dataDir, 'keyring.json'), 'utf8')));
    await v.ok('vault.lock');
    // The old generation put back as the mirror, keyring.json damaged: the database's record refuses it.
    writeFileSync(mirror, JSON.stringify(before));
    writeFileSync(join(v.dataDir, 'keyring.json'), '{"trunc');
    const r = await v.call('vault.unlock', { username: 'admin', password: ADMIN.password });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['KEYRING_STALE', 'BAD_CREDENTIALS']).toContain(r.error.code);
  });
});

describe('no rollback of a sound vault through the recovery screen (red team f1)', () => {
  const forgeMarker = (dataDir: string) => writeFileSync(join(dataDir, 'recovery-needed.json'), JSON.stringify({ reason: 'DATABASE_CORRUPT', detectedAt: '2026-12-02T00:00:00.000Z' }));

  it('after a re-key, a forged recovery-needed.json and an older backup: the live key opens the sound database, so RECOVERY_NOT_NEEDED and nothing moves', async () => {
    const { v, backupId } = await vaultWithBackup();
    await v.ok('vault.rotateKey', {});
    await v.ok('vault.lock');
    forgeMarker(v.dataDir);
    const before = readFileSync(join(v.dataDir, 'haven.db'));
    expect(await v.call('vault.restoreBackup', { backupId, username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'RECOVERY_NOT_NEEDED' } });
    expect(readFileSync(join(v.dataDir, 'haven.db')).equals(before)).toBe(true);
    expect(readdirSync(dirname(v.dataDir)).some((n) => n.includes('.damaged-'))).toBe(false);
    await v.unlockAs('admin', ADMIN.password);
  });

  it('an old password the live keyring no longer knows cannot restore a backup of an earlier keyring generation', async () => {
    const { v, backupId } = await vaultWithBackup();
    await v.ok('vault.changePassword', { currentPassword: ADMIN.password, newPassword: 'a-new-admin-pass-1' });
    await v.ok('vault.rotateKey', {});
    await v.ok('vault.lock');
    forgeMarker(v.dataDir);
    expect(await v.call('vault.restoreBackup', { backupId, username: 'admin', password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'RECOVERY_NOT_NEEDED' } });
    expect(readdirSync(dirname(v.dataDir)).some((n) => n.includes('.damaged-'))).toBe(false);
    await v.unlockAs('admin', 'a-new-admin-pass-1');
  });
});
