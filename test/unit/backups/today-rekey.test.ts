import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupEntry, BackupJob } from '../../../shared/contract/backups';
import type { TodayItem } from '../../../shared/referrals/schemas';
import { keyForBackup } from '../../../electron/core/backups/restore';
import { verifyBackup } from '../../../electron/core/backups/verify';
import { makeCentre, type TestCentre } from '../helpers/centre';
import { ADMIN, tempDir } from '../helpers/vault';

async function backupNow(c: TestCentre): Promise<BackupJob> {
  let job = await c.ok<BackupJob>('backups.run');
  while (job.phase !== 'done' && job.phase !== 'failed') job = (await c.ok<BackupJob>('backups.progress'))!;
  return job;
}

const kinds = async (c: TestCentre) => (await c.ok<TodayItem[]>('today.get')).map((i) => i.kind);

describe('Today warns admins about a stale backup', () => {
  it('none yet, or older than 2 days: a backup.stale item for admins only; a fresh backup clears it', async () => {
    const c = await makeCentre();
    expect(await kinds(c)).toContain('backup.stale');
    expect((await c.ok<TodayItem[]>('today.get')).find((i) => i.kind === 'backup.stale')!.params).toMatchObject({ latestAt: null, folderSet: 0 });
    await c.as('cw');
    expect(await kinds(c)).not.toContain('backup.stale');
    await c.as('admin');
    await c.ok('backups.setFolder', { folder: tempDir() });
    await backupNow(c);
    expect(await kinds(c)).not.toContain('backup.stale');
    // Three days on (signed in again: the idle lock ran meanwhile).
    c.clock.now += 3 * 24 * 3600_000;
    await c.unlockAs('admin', ADMIN.password);
    const stale = (await c.ok<TodayItem[]>('today.get')).find((i) => i.kind === 'backup.stale');
    expect(stale).toMatchObject({ overdue: true, params: { ageDays: 3, folderSet: 1 } });
  });
});

describe('backups and re-keying', () => {
  it('a backup taken after vault.rotateKey verifies under the new key; one taken before still opens with its own keyring', async () => {
    const c = await makeCentre();
    const folder = tempDir();
    await c.ok('backups.setFolder', { folder });
    const before = await backupNow(c);
    c.clock.now += 1000;
    await c.ok('vault.rotateKey');
    const after = await backupNow(c);
    expect(after).toMatchObject({ phase: 'done', error: null });
    const list = await c.ok<{ backups: BackupEntry[] }>('backups.list');
    expect(list.backups.find((b) => b.id === after.backupId)!.verified).toMatchObject({ ok: true });
    expect(list.backups.find((b) => b.id === after.backupId)!.keyringGeneration).toBeGreaterThan(list.backups.find((b) => b.id === before.backupId)!.keyringGeneration);
    // The older backup is under the old key: the current key does not open it, its own keyring does.
    const oldDir = join(folder, before.backupId!);
    expect(verifyBackup(oldDir, c.core.runtime.key!).findings).toEqual(['key']);
    const own = (await keyForBackup(oldDir, { username: 'admin', password: ADMIN.password }))!;
    expect(verifyBackup(oldDir, own.key)).toMatchObject({ ok: true });
    // Through the channel: intact files, an earlier key; its verification from when it was written stands.
    expect(await c.ok('backups.verify', { backupId: before.backupId })).toMatchObject({ ok: true, findings: ['key:earlier'] });
    expect((await c.ok<{ backups: BackupEntry[] }>('backups.list')).backups.find((b) => b.id === before.backupId)!.verified).toMatchObject({ ok: true, findings: [] });
  });
});
