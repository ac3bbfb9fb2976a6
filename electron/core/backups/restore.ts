import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fail } from '../errors';
import { getStaffByUsername } from '../staff/queries';
import { openReadOnly } from '../store/readonly';
import { parseRecoverySecret } from '../vault/crypto';
import { openAccountEntry, openRecoveryEntry } from '../vault/sealed';
import { enforcePermissions, pathsFor, syncDir } from '../vault/files';
import { accountAad, readKeyring, recoveryAad, writeKeyringMirror } from '../vault/keyring';
import { INSTANCE_LOCK_FILE } from '../vault/instance';
import { LOCATION_FILE } from './location';
import { BACKUP_ATTACHMENTS, BACKUP_DB, BACKUP_KEYRING, sha256File } from './manifest';
import { verifyBackup } from './verify';

export type Credential = { username: string; password: string } | { recoveryKey: string };

/**
 * The database key of a backup, from a password of an account in the backup's own keyring or from the
 * recovery key it was written with; null when neither opens it. Also says whether the account is an active
 * admin in the backup (the recovery screen restores only for an admin or the recovery key).
 */
export async function keyForBackup(dir: string, cred: Credential): Promise<{ key: Buffer; admin: boolean } | null> {
  let k;
  try {
    k = readKeyring(dir);
  } catch {
    return null;
  }
  if ('recoveryKey' in cred) {
    const secret = parseRecoverySecret(cred.recoveryKey);
    const key = secret ? openRecoveryEntry(k.recovery, secret, recoveryAad(k)) : null;
    return key ? { key, admin: true } : null;
  }
  const a = k.accounts.find((x) => x.username === cred.username);
  if (!a) return null;
  const key = await openAccountEntry(a, cred.password, accountAad(k, a.staffId, a.username));
  if (!key) return null;
  let admin = false;
  try {
    const db = openReadOnly(join(dir, BACKUP_DB), key);
    try {
      const s = getStaffByUsername(db, cred.username);
      admin = !!s && s.active && s.roles.includes('admin');
    } finally {
      db.close();
    }
  } catch {
    admin = false;
  }
  return { key, admin };
}

const isEmptyDir = (d: string) => !existsSync(d) || readdirSync(d).length === 0;

/**
 * Restores a backup into a NEW data folder (absent or empty): the backup is verified first (hashes, key,
 * integrity_check), then its files are copied and the copied database checked against the manifest's hash.
 * The keyring goes in as keyring.json and as its mirror (same generation). Nothing is written into `dest` if
 * the backup fails its check; a copy that fails half-way is removed (the folder was empty or ours).
 */
export function restoreInto(dir: string, dest: string, dbKey: Buffer): { findings: string[] } {
  if (!isEmptyDir(dest)) fail('FOLDER_NOT_EMPTY');
  const v = verifyBackup(dir, dbKey);
  if (!v.ok || !v.manifest) fail('BACKUP_INVALID', undefined, { fields: Object.fromEntries(v.findings.slice(0, 20).map((f) => [f, 'finding'])) });
  const existed = existsSync(dest);
  mkdirSync(dest, { recursive: true, mode: 0o700 });
  try {
    const p = pathsFor(dest);
    copyFileSync(join(dir, BACKUP_DB), p.db);
    if (sha256File(p.db) !== v.manifest!.files.find((f) => f.path === BACKUP_DB)!.sha256) fail('BACKUP_INVALID');
    copyFileSync(join(dir, BACKUP_KEYRING), p.keyring);
    writeKeyringMirror(dest, readKeyring(dest));
    const docs = v.manifest!.files.filter((f) => f.path.startsWith(`${BACKUP_ATTACHMENTS}/`));
    if (docs.length) mkdirSync(p.attachments, { recursive: true, mode: 0o700 });
    for (const f of docs) copyFileSync(join(dir, f.path), join(dest, f.path));
    // Copies take the umask; the next start would correct them, but they are the owner's alone from the first byte.
    enforcePermissions(dest, true);
    syncDir(p.attachments);
    syncDir(dest);
    return { findings: [] };
  } catch (e) {
    if (existed) for (const n of readdirSync(dest)) rmSync(join(dest, n), { recursive: true, force: true });
    else rmSync(dest, { recursive: true, force: true });
    throw e;
  }
}

/** Where a restore is built before the swap: beside the data folder, so the swap is a rename on one file system. */
export const restoringDir = (dataDir: string) => `${dataDir}.restoring`;
export const restoredDir = (dataDir: string) => `${dataDir}.restored`;

/**
 * Puts a restored folder in place of the data folder: the data folder is renamed aside (kept, never
 * deleted: `<data>.<label>-<stamp>`), then the restored one renamed into its place. Two renames on one
 * file system; a crash between them leaves no data folder and a complete `<data>.restored`, which
 * finishInterruptedSwap puts in place at the next start. The backup location file comes along.
 */
export function swapIn(dataDir: string, restored: string, keptAs: string): string {
  const location = join(dataDir, LOCATION_FILE);
  if (existsSync(location) && !existsSync(join(restored, LOCATION_FILE))) copyFileSync(location, join(restored, LOCATION_FILE));
  const ready = restoredDir(dataDir);
  if (restored !== ready) renameSync(restored, ready);
  syncDir(dirname(dataDir));
  if (existsSync(dataDir)) renameSync(dataDir, keptAs);
  renameSync(ready, dataDir);
  syncDir(dirname(dataDir));
  // This process's instance lock went aside with the old folder: it guards nothing there (the next request
  // takes it in the restored folder), and left behind it would keep the kept folder "in use" until exit.
  rmSync(join(keptAs, INSTANCE_LOCK_FILE), { force: true });
  return keptAs;
}

/** Where the replaced data folder is kept: `<data>.before-restore-<stamp>` or `<data>.damaged-<stamp>`. */
export function keptAsFor(dataDir: string, label: 'before-restore' | 'damaged', now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  let keptAs = `${dataDir}.${label}-${stamp}`;
  for (let i = 2; existsSync(keptAs); i++) keptAs = `${dataDir}.${label}-${stamp}-${i}`;
  return keptAs;
}

/** At start: a swap cut between its two renames is finished (the restored folder was complete before the first). */
export function finishInterruptedSwap(dataDir: string): boolean {
  const ready = restoredDir(dataDir);
  if (existsSync(dataDir) || !existsSync(ready)) return false;
  renameSync(ready, dataDir);
  syncDir(dirname(dataDir));
  return true;
}

/** A restore cut short while copying left `<data>.restoring`: ours, incomplete, removed before the next one. */
export function clearStaleRestoring(dataDir: string): void {
  const d = restoringDir(dataDir);
  if (existsSync(d) && basename(d).endsWith('.restoring')) rmSync(d, { recursive: true, force: true });
}
