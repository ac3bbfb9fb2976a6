import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupEntry, BackupJob } from '../../../shared/contract/backups';
import { keyForBackup, restoreInto } from '../../../electron/core/backups/restore';
import { manifestMacOf, sha256File } from '../../../electron/core/backups/manifest';
import { verifyBackup } from '../../../electron/core/backups/verify';
import { filesContaining, openWithPassword } from '../helpers/cli';
import { backupRoundTrip, vaultContents } from '../helpers/backups';
import { known, makeCentre, type TestCentre } from '../helpers/centre';
import { ADMIN, tempDir } from '../helpers/vault';

const CANARY = 'ZQXBACKUPCANARY';

async function uploadText(c: TestCentre, caseId: number, text: string) {
  const data = Buffer.from(text);
  const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId, kind: 'declaration', legal: false, filename: 'statement.txt', mime: 'text/plain', size: data.length });
  await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
  return c.ok<{ id: number }>('documents.finishUpload', { uploadId });
}

/** A centre with a canary in a name, a note and a document, and a backup folder chosen. */
async function centreWithData() {
  const c = await makeCentre();
  const k = await c.newCase({ givenName: known(`Fictional${CANARY}`) });
  await c.as('cw');
  await c.ok('notes.create', { caseId: k.id, type: 'contact', body: `A fictional note ${CANARY}.` });
  await uploadText(c, k.id, `A fictional statement ${CANARY} `.repeat(50));
  await uploadText(c, k.id, `Another fictional page ${CANARY}`);
  await c.as('admin');
  const folder = tempDir();
  await c.ok('backups.setFolder', { folder });
  return { c, caseId: k.id, folder };
}

/** Runs a backup through the channels and waits on its job's state (never on time). */
async function backupNow(c: TestCentre): Promise<BackupJob> {
  let job = await c.ok<BackupJob>('backups.run');
  while (job.phase !== 'done' && job.phase !== 'failed') job = (await c.ok<BackupJob | null>('backups.progress'))!;
  return job;
}

describe('backups', () => {
  it('backups.run writes a verified, encrypted backup (0 canary bytes), with a manifest that holds no case data', async () => {
    const { c, folder } = await centreWithData();
    const job = await backupNow(c);
    expect(job).toMatchObject({ phase: 'done', error: null });
    const list = await c.ok<{ backups: BackupEntry[]; latestAt: string }>('backups.list');
    expect(list.backups).toHaveLength(1);
    expect(list.backups[0]).toMatchObject({ id: job.backupId, trigger: 'manual', verified: { ok: true, findings: [] }, counts: { documents: 2, case_file: 1, note: 1 } });
    expect(filesContaining(folder, CANARY)).toEqual([]);
    const dir = join(folder, job.backupId!);
    expect(readdirSync(dir).sort()).toEqual(['attachments', 'haven.db', 'keyring.json', 'manifest.json', 'verified.json']);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).not.toMatch(/Fictional/);
    // Every file the owner's alone.
    for (const f of ['haven.db', 'keyring.json', 'manifest.json']) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
    // The outcome is in the audit log, with the backup's name and no path.
    const audit = await c.ok<{ action: string; outcome: string; detail: Record<string, unknown> }[]>('audit.list', { limit: 20 });
    expect(audit).toContainEqual(expect.objectContaining({ action: 'backups.written', outcome: 'ok', detail: { trigger: 'manual', backupId: job.backupId } }));
  });

  it('backup round trip: backup -> restore into a new folder -> every table and every document identical', async () => {
    const { c, folder } = await centreWithData();
    const job = await backupNow(c);
    const before = vaultContents(c.core.runtime.db!, c.dataDir);
    const auditUpTo = c.core.runtime.db!.prepare('SELECT max(id) FROM audit').pluck().get() as number;
    await c.ok('vault.lock');
    const dir = join(folder, job.backupId!);
    const found = (await keyForBackup(dir, { username: 'admin', password: ADMIN.password }))!;
    expect(found.admin).toBe(true);
    const dest = join(tempDir(), 'restored');
    restoreInto(dir, dest, found.key);
    const db = await openWithPassword(dest, 'admin', ADMIN.password);
    // The backup was taken before its own audit record and this test's lock: compare up to the backup's last record.
    const backupAudit = db.prepare('SELECT max(id) FROM audit').pluck().get() as number;
    expect(backupAudit).toBeLessThanOrEqual(auditUpTo);
    const after = vaultContents(db, dest);
    db.close();
    const live = await openWithPassword(c.dataDir, 'admin', ADMIN.password);
    const expected = vaultContents(live, c.dataDir, { auditUpTo: backupAudit });
    live.close();
    expect(after).toEqual(expected);
    expect(Object.keys(after.documents)).toHaveLength(2);
    expect(after.documents).toEqual(before.documents);
  });

  it('restore refuses a folder that is not empty, and a credential the backup does not know', async () => {
    const { c, folder } = await centreWithData();
    const job = await backupNow(c);
    const dir = join(folder, job.backupId!);
    expect(await keyForBackup(dir, { username: 'admin', password: 'not-the-password' })).toBeNull();
    expect(await keyForBackup(dir, { recoveryKey: 'AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA' })).toBeNull();
    const viaRecovery = (await keyForBackup(dir, { recoveryKey: c.recoveryKey }))!;
    const dest = tempDir();
    writeFileSync(join(dest, 'something'), 'x');
    expect(() => restoreInto(dir, dest, viaRecovery.key)).toThrow(expect.objectContaining({ code: 'FOLDER_NOT_EMPTY' }));
    expect(readdirSync(dest)).toEqual(['something']);
  });

  it('verify finds a changed, missing or added file, another key, and a damaged database page', async () => {
    const { c, folder } = await centreWithData();
    const key = Buffer.from(c.core.runtime.key!);
    const fresh = async () => join(folder, (await backupNow(c)).backupId!);
    let dir = await fresh();
    expect(verifyBackup(dir, key)).toMatchObject({ ok: true, findings: [] });
    const doc = readdirSync(join(dir, 'attachments'))[0]!;
    const b = readFileSync(join(dir, 'attachments', doc));
    b[b.length - 5] = b[b.length - 5]! ^ 0xff;
    writeFileSync(join(dir, 'attachments', doc), b);
    appendFileSync(join(dir, 'stray.txt'), 'x');
    rmSync(join(dir, 'keyring.json'));
    expect(verifyBackup(dir, key).findings.sort()).toEqual([`hash:attachments/${doc}`, 'extra:stray.txt', 'missing:keyring.json'].sort());
    c.clock.now += 1000;
    dir = await fresh();
    expect(verifyBackup(dir, Buffer.alloc(32, 7)).findings).toEqual(['key']);
    // A flipped byte in the database, with the manifest's hash and MAC made to match (only a holder of the key
    // could): only integrity_check can tell.
    const file = join(dir, 'haven.db');
    const d = readFileSync(file);
    const at = Math.floor(d.length / 4096 / 2) * 4096 + 2000;
    d[at] = d[at]! ^ 0xff;
    writeFileSync(file, d);
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    m.files.find((f: { path: string }) => f.path === 'haven.db').sha256 = sha256File(file);
    m.mac = manifestMacOf(key, m);
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m));
    expect(verifyBackup(dir, key).findings).toEqual([expect.stringMatching(/^(integrity|database)$/)]);
    expect(await c.ok('backups.verify', { backupId: m.id })).toMatchObject({ ok: false });
    expect((await c.ok<{ backups: BackupEntry[] }>('backups.list')).backups.find((x) => x.id === m.id)!.verified).toMatchObject({ ok: false });
  });

  it('the manifest is authenticated: a document byte flipped with its hash recomputed, or a lowered keyringGeneration, fails verify (manifest:mac)', async () => {
    const { c, folder } = await centreWithData();
    const key = Buffer.from(c.core.runtime.key!);
    const dir = join(folder, (await backupNow(c)).backupId!);
    const manifestFile = join(dir, 'manifest.json');
    const original = readFileSync(manifestFile, 'utf8');
    const doc = readdirSync(join(dir, 'attachments'))[0]!;
    const b = readFileSync(join(dir, 'attachments', doc));
    b[b.length - 5] = b[b.length - 5]! ^ 0xff;
    writeFileSync(join(dir, 'attachments', doc), b);
    const m = JSON.parse(original);
    m.files.find((f: { path: string }) => f.path === `attachments/${doc}`).sha256 = sha256File(join(dir, 'attachments', doc));
    writeFileSync(manifestFile, JSON.stringify(m));
    expect(verifyBackup(dir, key)).toMatchObject({ ok: false, findings: ['manifest:mac'] });
    b[b.length - 5] = b[b.length - 5]! ^ 0xff;
    writeFileSync(join(dir, 'attachments', doc), b);
    writeFileSync(manifestFile, original);
    expect(verifyBackup(dir, key)).toMatchObject({ ok: true, findings: [] });
    const g = JSON.parse(original);
    g.keyringGeneration = 0;
    writeFileSync(manifestFile, JSON.stringify(g));
    expect(JSON.parse(original).keyringGeneration).toBeGreaterThan(0);
    expect(verifyBackup(dir, key)).toMatchObject({ ok: false, findings: ['manifest:mac'] });
  });

  it('verify reports symbolic links as extra: findings (a link loop, a link to the folder above, a listed file replaced by a link), never follows them', async () => {
    const { c, folder } = await centreWithData();
    const key = Buffer.from(c.core.runtime.key!);
    const dir = join(folder, (await backupNow(c)).backupId!);
    symlinkSync('loop', join(dir, 'loop'));
    symlinkSync(dir, join(dir, 'attachments', 'up'));
    const doc = readdirSync(join(dir, 'attachments')).find((n) => n.endsWith('.hvd'))!;
    const copy = join(tempDir(), doc);
    writeFileSync(copy, readFileSync(join(dir, 'attachments', doc)));
    rmSync(join(dir, 'attachments', doc));
    symlinkSync(copy, join(dir, 'attachments', doc));
    expect(verifyBackup(dir, key).findings.sort()).toEqual(['extra:attachments/up', `extra:attachments/${doc}`, 'extra:loop'].sort());
  });

  it('refuses without a folder, with a folder that does not exist or lies inside the data folder, and while a job runs', async () => {
    const c = await makeCentre();
    expect(await c.call('backups.run')).toMatchObject({ ok: false, error: { code: 'BACKUP_FOLDER_NOT_SET' } });
    expect(await c.call('backups.setFolder', { folder: '/nonexistent-haven/backups' })).toMatchObject({ ok: false, error: { code: 'BACKUP_FOLDER_UNAVAILABLE' } });
    expect(await c.call('backups.setFolder', { folder: c.dataDir })).toMatchObject({ ok: false, error: { code: 'BACKUP_FOLDER_UNAVAILABLE' } });
    // A symlink elsewhere that leads into the data folder is the data folder (compared as real paths).
    mkdirSync(join(c.dataDir, 'bk'));
    const link = join(tempDir(), 'looks-elsewhere');
    symlinkSync(join(c.dataDir, 'bk'), link);
    expect(await c.call('backups.setFolder', { folder: link })).toMatchObject({ ok: false, error: { code: 'BACKUP_FOLDER_UNAVAILABLE' } });
    rmSync(join(c.dataDir, 'bk'), { recursive: true });
    expect(await c.call('backups.setFolder', { folder: 'relative/path' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // A folder of other things (a drive's root, a home folder): backups and rotation would write into it.
    const foreign = tempDir();
    writeFileSync(join(foreign, 'holiday.jpg'), 'x');
    expect(await c.call('backups.setFolder', { folder: foreign })).toMatchObject({ ok: false, error: { code: 'BACKUP_FOLDER_UNAVAILABLE' } });
    expect(existsSync(join(c.dataDir, 'backups.json'))).toBe(false);
    const folder = tempDir();
    await c.ok('backups.setFolder', { folder });
    // Remembered outside the database, for the recovery screen.
    expect(JSON.parse(readFileSync(join(c.dataDir, 'backups.json'), 'utf8'))).toEqual({ folder });
    const job = await c.ok<BackupJob>('backups.run');
    expect(await c.call('backups.run')).toMatchObject({ ok: false, error: { code: 'BACKUP_BUSY' } });
    let p = job;
    while (p.phase !== 'done' && p.phase !== 'failed') p = (await c.ok<BackupJob>('backups.progress'))!;
    expect(p.phase).toBe('done');
    expect(existsSync(join(folder, p.backupId!, 'manifest.json'))).toBe(true);
  });

  it('a .partial folder left by a killed backup is removed when the next backup starts; other things stay', async () => {
    const { c, folder } = await centreWithData();
    mkdirSync(join(folder, 'haven-backup-20261201T000000Z-manual.partial', 'attachments'), { recursive: true });
    writeFileSync(join(folder, 'haven-backup-20261201T000000Z-manual.partial', 'haven.db'), 'half');
    mkdirSync(join(folder, '.keep.partial'));
    const job = await backupNow(c);
    expect(job.phase).toBe('done');
    expect(readdirSync(folder).sort()).toEqual(['.keep.partial', job.backupId!].sort());
  });

  it('locking during a backup stops it and leaves no partial backup behind', async () => {
    const { c, folder } = await centreWithData();
    await c.ok<BackupJob>('backups.run');
    await c.ok('vault.lock');
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('backupRoundTrip (the helper the proof suite uses)', () => {
  it('returns equal contents for a vault with cases, notes and documents', async () => {
    const { c } = await centreWithData();
    await c.ok('vault.lock');
    const r = await backupRoundTrip({ dataDir: c.dataDir, username: 'admin', password: ADMIN.password, workDir: tempDir() });
    expect(r.after).toEqual(r.before);
    expect(Object.keys(r.after.documents)).toHaveLength(2);
    expect(r.after.tables.note!.rows).toBe(1);
  });
});
