import { readdirSync, writeFileSync } from 'node:fs';
import { BACKUP_ID } from '../../../shared/contract/backups';
import { PRE_MIGRATION_DIR } from './premigration';
import { basename, join, resolve } from 'node:path';
import type { OutputOf, ParsedInputOf } from '../../../shared/contract';
import { appendAudit } from '../audit/chain';
import { fail } from '../errors';
import { logEvent } from '../log';
import type { Ctx, Runtime } from '../runtime';
import { inTransaction } from '../store/connection';
import { readKeyring } from '../vault/keyring';
import { withUnlockLock, Throttle } from '../vault/throttle';
import { lockVault } from '../vault/service';
import { jobView, SlicedJob, type Slice } from './jobs';
import { backupDir, listBackups } from './list';
import { readBackupFolder, writeBackupFolder } from './location';
import { readManifest, writeVerification } from './manifest';
import { recoveryState, clearDamage } from './recovery';
import { clearStaleRestoring, keyForBackup, restoreInto, restoringDir, swapIn, keptAsFor, type Credential } from './restore';
import { rotate } from './rotate';
import { quickCheckFile } from './health';
import { verifyBackup } from './verify';
import { assertFolderUsable, assertOutsideDataDir, writeBackup, writeBackupNow, type Trigger } from './write';

/** Automatic backups while unlocked, this often (backups/schedule.ts). */
export const EVERY_HOURS = 24;

export function backupsList(ctx: Ctx): OutputOf<'backups.list'> {
  const folder = readBackupFolder(ctx.rt.dataDir);
  const backups = listBackups(folder);
  return { folder, everyHours: EVERY_HOURS, latestAt: backups[0]?.createdAt ?? null, backups, job: jobView(ctx.rt) };
}

export function backupsSetFolder(ctx: Ctx, input: ParsedInputOf<'backups.setFolder'>): OutputOf<'backups.setFolder'> {
  const folder = resolve(input.folder);
  assertFolderUsable(folder);
  assertOutsideDataDir(ctx.rt.dataDir, folder);
  // Backups are written into it and old ones removed by rotation: only a folder that is empty or already
  // holds Haven backups, never a drive's root or a folder of other things.
  const foreign = readdirSync(folder).filter((n) => !BACKUP_ID.test(n.replace(/\.partial$/, '')) && n !== PRE_MIGRATION_DIR && !n.startsWith('.'));
  if (foreign.length) fail('BACKUP_FOLDER_UNAVAILABLE', 'Choose an empty folder, or one that already holds Haven backups (make a new folder on the drive).');
  ctx.note(null, {});
  ctx.afterCommit.push(() => writeBackupFolder(ctx.rt.dataDir, folder));
  return { folder };
}

/**
 * A backup, then its verification (the copy opened with the key: integrity_check, every hash), then the
 * rotation. One generator, run in slices by SlicedJob.
 */
function* backupVerifyRotate(rt: Runtime, folder: string, trigger: Trigger, dbKey: Buffer): Generator<Slice, string | null> {
  const written = yield* writeBackup({ db: rt.db!, dbKey, dataDir: rt.dataDir, folder, trigger, now: rt.now() });
  yield { phase: 'verifying', done: 0, total: 1 };
  const v = verifyBackup(written.dir, dbKey);
  writeVerification(written.dir, { at: rt.now().toISOString(), ok: v.ok, findings: v.findings });
  // Rotation only after a backup that verified: a failing drive never costs the older good ones.
  if (v.ok) rotate(folder, listBackups(folder));
  return written.id;
}

/** Starts a backup job (manual or scheduled); the audit record of its outcome is written when it ends. */
export function startBackupJob(rt: Runtime, trigger: Trigger, actorId: number | null): SlicedJob {
  const folder = readBackupFolder(rt.dataDir) ?? fail('BACKUP_FOLDER_NOT_SET');
  assertFolderUsable(folder);
  if (rt.job?.running) fail('BACKUP_BUSY');
  const key = Buffer.from(rt.key ?? fail('UNAUTHENTICATED'));
  const job: SlicedJob = new SlicedJob(rt, 'backup', backupVerifyRotate(rt, folder, trigger, key), ({ backupId, error }) => {
    key.fill(0);
    const db = rt.db;
    if (!db || !rt.session) return;
    inTransaction(db, () =>
      appendAudit(db, rt.now(), { actorId, action: 'backups.written', target: null, outcome: error ? `failed:${error}` : 'ok', detail: { trigger, ...(backupId ? { backupId } : {}) } }),
    );
  });
  return job;
}

export function backupsRun(ctx: Ctx): OutputOf<'backups.run'> {
  const job = startBackupJob(ctx.rt, 'manual', ctx.session.staffId);
  ctx.note(null, { jobId: job.view.jobId });
  ctx.afterCommit.push(() => {
    ctx.rt.job = job;
    job.start();
  });
  return job.view;
}

export const backupsProgress = (ctx: Ctx): OutputOf<'backups.progress'> => jobView(ctx.rt);

function backupOf(dataDir: string, id: string): string {
  const folder = readBackupFolder(dataDir) ?? fail('BACKUP_FOLDER_NOT_SET');
  return backupDir(folder, id) ?? fail('NOT_FOUND');
}

export function backupsVerify(ctx: Ctx, input: ParsedInputOf<'backups.verify'>): OutputOf<'backups.verify'> {
  const dir = backupOf(ctx.rt.dataDir, input.backupId);
  const v = verifyBackup(dir, ctx.key);
  // Written before a re-key: every file is intact, but the database is under the earlier key, which only a
  // password of that keyring opens (haven backup --verify). Not a fault; the full check made when it was
  // written stands, so nothing is recorded over it.
  const earlierKey = v.findings.length === 1 && v.findings[0] === 'key' && (v.manifest?.keyringGeneration ?? 0) < (readKeyring(ctx.rt.dataDir).generation ?? 0);
  const result = earlierKey ? { at: ctx.nowIso, ok: true, findings: ['key:earlier'] } : { at: ctx.nowIso, ok: v.ok, findings: v.findings };
  ctx.note(null, { backupId: input.backupId, ok: result.ok });
  if (!earlierKey) ctx.afterCommit.push(() => writeVerification(dir, result));
  return { backupId: input.backupId, ...result };
}

/** A wrong password at a restore is a password guess like any other: the same back-off, its own slot. */
async function credentialKey(rt: Runtime, dir: string, cred: Credential): Promise<{ key: Buffer; admin: boolean }> {
  const throttle = new Throttle(rt.dataDir, () => rt.now().getTime());
  const slot = `restore:${'username' in cred ? cred.username : 'recovery-key'}`;
  const now = rt.now().getTime();
  const wait = throttle.waitMs(slot, now);
  if (wait > 0) fail('THROTTLED', undefined, { retryAfterMs: wait });
  const found = await keyForBackup(dir, cred);
  if (!found) {
    throttle.recordFailure(slot, now, 'bad-restore-credential');
    return fail('BAD_CREDENTIALS');
  }
  return found;
}

/**
 * Admin > Backups: restore into a new folder beside the data folder, verified, then swapped in after COMMIT
 * (the vault locks first; the current folder is kept as `<data>.before-restore-<stamp>`). The password is the
 * admin's own as the backup knows it, so the restored vault is one they can open.
 */
export async function backupsRestore(ctx: Ctx, input: ParsedInputOf<'backups.restore'>): Promise<OutputOf<'backups.restore'>> {
  const rt = ctx.rt;
  if (rt.job?.running) fail('BACKUP_BUSY');
  const dir = backupOf(rt.dataDir, input.backupId);
  const { key } = await credentialKey(rt, dir, { username: ctx.session.username, password: input.password });
  try {
    clearStaleRestoring(rt.dataDir);
    restoreInto(dir, restoringDir(rt.dataDir), key);
  } finally {
    key.fill(0);
  }
  const keptAs = keptAsFor(rt.dataDir, 'before-restore', ctx.now);
  ctx.note(null, { backupId: input.backupId });
  ctx.afterCommit.push(() => {
    lockVault(rt, 'restore');
    swapIn(rt.dataDir, restoringDir(rt.dataDir), keptAs);
    noteRestored(rt.dataDir, input.backupId, ctx.now, 'admin', keptAs);
  });
  return { backupId: input.backupId, keptAs };
}

/** restored.json in the restored folder: which backup, when, how, and where the replaced folder went. No data. */
function noteRestored(dataDir: string, backupId: string, at: Date, via: string, keptAs: string): void {
  try {
    writeFileSync(join(dataDir, 'restored.json'), JSON.stringify({ backupId, at: at.toISOString(), via, keptAs: basename(keptAs) }), { mode: 0o600 });
  } catch {
    // A note for people; the restore itself is complete.
  }
  logEvent('core.restored', { backupId, via });
}

/**
 * The rule that keeps the recovery screen from rolling a sound vault back (a forged recovery-needed.json is
 * only a file). The live database is checked with every key the credential yields: the backup's and the LIVE
 * keyring's (after a re-key the backup's key never opens the live file, so checking with it alone proves
 * nothing). Opens and passes with either: RECOVERY_NOT_NEEDED. When the live keyring is readable but the
 * credential opens nothing in it, the damage cannot be confirmed, so a backup from an earlier keyring
 * generation (older than the live key) is refused too; a live keyring that cannot be read at all is real
 * damage, and any backup may be restored.
 */
async function refuseIfSound(dataDir: string, backup: string, cred: Credential, backupKey: Buffer): Promise<void> {
  if (quickCheckFile(dataDir, backupKey) === 'ok') {
    clearDamage(dataDir);
    fail('RECOVERY_NOT_NEEDED');
  }
  let liveGeneration: number | null = null;
  try {
    liveGeneration = readKeyring(dataDir).generation ?? 0;
  } catch {
    liveGeneration = null;
  }
  if (liveGeneration === null) return;
  const live = await keyForBackup(dataDir, cred);
  if (live) {
    try {
      if (quickCheckFile(dataDir, live.key) === 'ok') {
        clearDamage(dataDir);
        fail('RECOVERY_NOT_NEEDED');
      }
    } finally {
      live.key.fill(0);
    }
    return;
  }
  const backupGeneration = readManifest(backup)?.keyringGeneration ?? 0;
  if (backupGeneration < liveGeneration) fail('RECOVERY_NOT_NEEDED', 'This backup is older than the vault\'s current key, and that password or recovery key does not open the current vault: use a password or recovery key the current vault knows.');
}

/**
 * The recovery screen's restore, before anyone signs in. Allowed only while vault.status reports a recovery
 * state, and only with an admin's password as the backup knows it, or the backup's recovery key. If that key
 * opens the current database and it passes quick_check, there is nothing to recover (RECOVERY_NOT_NEEDED):
 * this channel cannot be used to roll a sound vault back. The damaged folder is moved aside, never deleted.
 */
export async function restoreFromRecovery(rt: Runtime, input: ParsedInputOf<'vault.restoreBackup'>): Promise<OutputOf<'vault.restoreBackup'>> {
  return withUnlockLock(rt.dataDir, async () => {
    if (!recoveryState(rt.dataDir)) fail('RECOVERY_NOT_NEEDED');
    const dir = backupOf(rt.dataDir, input.backupId);
    const cred: Credential = 'recoveryKey' in input ? { recoveryKey: input.recoveryKey } : { username: input.username, password: input.password };
    const { key, admin } = await credentialKey(rt, dir, cred);
    try {
      if (!admin) fail('FORBIDDEN');
      await refuseIfSound(rt.dataDir, dir, cred, key);
      if (rt.session) lockVault(rt, 'restore');
      clearStaleRestoring(rt.dataDir);
      restoreInto(dir, restoringDir(rt.dataDir), key);
    } finally {
      key.fill(0);
    }
    const keptAs = keptAsFor(rt.dataDir, 'damaged', rt.now());
    swapIn(rt.dataDir, restoringDir(rt.dataDir), keptAs);
    noteRestored(rt.dataDir, input.backupId, rt.now(), 'recovery-key' in cred ? 'recovery-key' : 'password', keptAs);
    return { backupId: input.backupId, keptAs };
  });
}

/**
 * One backup to the end, at once, with its verification and audit record: the CLI's `haven backup --to`.
 * The caller holds an unlocked runtime (an admin's session) and nothing else is running.
 */
export function backupToFolder(rt: Runtime, folder: string, trigger: Trigger): { id: string; dir: string; verified: { ok: boolean; findings: string[] } } {
  const db = rt.db ?? fail('UNAUTHENTICATED');
  const key = rt.key ?? fail('UNAUTHENTICATED');
  assertOutsideDataDir(rt.dataDir, folder);
  const written = writeBackupNow({ db, dbKey: key, dataDir: rt.dataDir, folder, trigger, now: rt.now() });
  const v = verifyBackup(written.dir, key);
  writeVerification(written.dir, { at: rt.now().toISOString(), ok: v.ok, findings: v.findings });
  inTransaction(db, () =>
    appendAudit(db, rt.now(), { actorId: rt.session?.staffId ?? null, action: 'backups.written', target: null, outcome: v.ok ? 'ok' : 'failed:BACKUP_INVALID', detail: { trigger, backupId: written.id } }),
  );
  return { id: written.id, dir: written.dir, verified: { ok: v.ok, findings: v.findings } };
}
