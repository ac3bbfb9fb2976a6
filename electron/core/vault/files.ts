import { chmodSync, closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CoreError, fail } from '../errors';

export const DB_FILE = 'haven.db';
export const KEYRING_FILE = 'keyring.json';
/** Written by versions before the pending-keyring scheme; kept in the list only to refuse setup and to be removed. */
export const KEYRING_PREVIOUS_FILE = 'keyring.previous.json';
/** The next keyring while a change that needs it is being committed (see keyring.ts). */
export const KEYRING_PENDING_FILE = 'keyring.pending.json';
/**
 * A second copy of the CURRENT keyring (same generation, verified against the database's record before it is
 * written), read only when keyring.json is missing or damaged. Never an older generation: that would let a
 * revoked password or a deactivated account back in (issue 8 removed keyring.previous.json for that reason).
 */
export const KEYRING_MIRROR_FILE = 'keyring.mirror.json';
export const THROTTLE_FILE = 'unlock-attempts.json';
export const UNLOCK_LOCK_FILE = 'unlock.lock';
export const ATTACHMENTS_DIR = 'attachments';

export const pathsFor = (dataDir: string) => ({
  db: join(dataDir, DB_FILE),
  staging: join(dataDir, `${DB_FILE}.setup`),
  keyring: join(dataDir, KEYRING_FILE),
  keyringPrevious: join(dataDir, KEYRING_PREVIOUS_FILE),
  keyringPending: join(dataDir, KEYRING_PENDING_FILE),
  keyringMirror: join(dataDir, KEYRING_MIRROR_FILE),
  throttle: join(dataDir, THROTTLE_FILE),
  unlockLock: join(dataDir, UNLOCK_LOCK_FILE),
  attachments: join(dataDir, ATTACHMENTS_DIR),
});

/**
 * Every name whose presence means a vault (or part of one) lives here. Setup refuses if any exists: a folder
 * that lost only its database still holds the keyring that is the only way into a backup of it.
 */
export function vaultFilesPresent(dataDir: string): string[] {
  const names = [
    DB_FILE,
    `${DB_FILE}-wal`,
    `${DB_FILE}-shm`,
    `${DB_FILE}.setup`,
    `${DB_FILE}.setup-wal`,
    `${DB_FILE}.setup-shm`,
    KEYRING_FILE,
    KEYRING_PREVIOUS_FILE,
    KEYRING_PENDING_FILE,
    KEYRING_MIRROR_FILE,
    ATTACHMENTS_DIR,
  ];
  return names.filter((n) => existsSync(join(dataDir, n)));
}

/** Write-then-rename with fsync of file and folder, so a crash leaves either the old file or the new one. */
export function writeFileAtomic(file: string, data: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  syncDir(dirname(file));
}

export function syncDir(dir: string): void {
  try {
    const dfd = openSync(dir, 'r');
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    // Directory fsync is not supported on every platform (Windows); the rename is still atomic there.
  }
}

export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** `*.tmp-PID` files left by a writer that died between write and rename: never read, so safe to remove. */
export function removeStaleTemporaries(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dataDir)) {
    const m = name.match(/\.tmp-(\d+)$/);
    if (!m || pidAlive(Number(m[1]))) continue;
    rmSync(join(dataDir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

const DIR_MODE = 0o700;
const FILE_MODE = 0o600;

/**
 * The folder is the owner's alone (0700) and so is every file in it (0600), attachments included. SQLite
 * creates its files with the process umask (often 0644), and a folder made by hand or by an older version may
 * be 0755. `deep` walks into subfolders (attachments/, one file per document): done when the core starts and
 * before status, unlock and recover read anything; right after the database opens only the top level is
 * looked at again (SQLite has just made -wal and -shm), not every document a second time.
 * Not meaningful on Windows (ACLs), so skipped there.
 */
export function enforcePermissions(dataDir: string, deep = false): void {
  if (process.platform === 'win32' || !existsSync(dataDir)) return;
  const walk = (dir: string, descend: boolean) => {
    fix(dir, DIR_MODE);
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const st = lstatSync(p);
      if (st.isSymbolicLink()) continue;
      if (!st.isDirectory()) fix(p, FILE_MODE);
      else if (descend) walk(p, true);
      else fix(p, DIR_MODE);
    }
  };
  walk(dataDir, deep);
}

function fix(path: string, mode: number): void {
  try {
    if ((lstatSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch {
    // A file removed between readdir and chmod (a WAL checkpoint) needs no fixing.
  }
}

/** Creates the data folder 0700 (and corrects it if it already existed). */
export function ensureDataDir(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: DIR_MODE });
  enforcePermissions(dataDir);
}

/** Moves a file into place atomically and makes the rename durable. */
export function renameDurable(from: string, to: string): void {
  renameSync(from, to);
  syncDir(dirname(to));
}

/**
 * Runs a read, write, rename or removal of one of the vault's own files. When the file system refuses it (the
 * name is a directory, EIO, EACCES, ENOSPC), the answer names what is wrong — a keyring file that cannot be read
 * is KEYRING_CORRUPT, any other file STORE_UNAVAILABLE with its name — never INTERNAL.
 */
export function onVaultFile<T>(file: string, code: 'KEYRING_CORRUPT' | 'STORE_UNAVAILABLE', fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CoreError || !isFsError(e)) throw e;
    return code === 'KEYRING_CORRUPT'
      ? fail('KEYRING_CORRUPT', `The keyring file ${basename(file)} cannot be read. Restore it from a backup.`)
      : fail('STORE_UNAVAILABLE', `The file ${basename(file)} in the data folder cannot be read or written. Check the folder and the disk; your data was not touched.`);
  }
}

const isFsError = (e: unknown): boolean => {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && (/^E[A-Z]+$/.test(code) || code.startsWith('ERR_FS_'));
};
