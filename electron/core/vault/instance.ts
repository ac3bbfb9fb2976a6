import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../../shared/errors';
import { CoreError, fail } from '../errors';
import { onVaultFile, pidAlive, vaultFilesPresent } from './files';

/**
 * One process per data folder. The core is the single writer inside a process (its request queue); two
 * processes on one folder (the app and a `haven` CLI, two app windows started with the same --data-dir, two
 * CLIs) would each believe that, and the keyring's pending/intent scheme, the idle lock and re-keying all
 * rely on it. So the first process takes `instance.lock` (O_EXCL, its pid inside) and every other one is
 * answered DATA_DIR_IN_USE, before anything is read. A lock whose process is gone (kill -9, power cut) is
 * taken over. Electron adds its own single-instance lock per profile (electron/main/index.ts); this one is
 * per folder and covers every host.
 *
 * Several cores inside ONE process (tests that open a folder twice) share the lock: the pid is the owner.
 */
export const INSTANCE_LOCK_FILE = 'instance.lock';

export const instanceLockPath = (dataDir: string) => join(dataDir, INSTANCE_LOCK_FILE);

export interface InstanceLock {
  /** Takes the lock if it is free or stale; true when this process holds it (or the folder holds no vault yet). */
  acquire(): boolean;
  /** Throws DATA_DIR_IN_USE when another live process holds the folder. */
  assert(): void;
  release(): void;
}

export function instanceLock(dataDir: string, pid = process.pid): InstanceLock {
  const file = instanceLockPath(dataDir);
  let held = false;
  const take = (): boolean => {
    try {
      const fd = openSync(file, 'wx', 0o600);
      try {
        writeSync(fd, String(pid));
      } finally {
        closeSync(fd);
      }
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      return onVaultFile(file, 'STORE_UNAVAILABLE', () => {
        throw e;
      });
    }
  };
  const owner = (): number | null => {
    try {
      const n = Number(readFileSync(file, 'utf8').trim());
      return Number.isInteger(n) && n > 0 ? n : null;
    } catch {
      return null;
    }
  };
  const acquire = (): boolean => {
    // A folder without a vault (missing, or empty before setup or a restore) has nothing to protect yet, and
    // must stay empty for them: the lock is taken by the first request after the vault appears.
    if (!existsSync(dataDir) || vaultFilesPresent(dataDir).length === 0) return true;
    if (held && owner() === pid) return true;
    if (take()) return (held = true);
    const o = owner();
    if (o === pid) return (held = true);
    // Unreadable or empty (a writer died between create and write) or a dead owner: stale, taken over.
    // Two processes taking over at once: rm + O_EXCL lets exactly one of them create the new file.
    if (o === null || !pidAlive(o)) {
      rmSync(file, { force: true });
      if (take()) return (held = true);
    }
    held = false;
    return false;
  };
  return {
    acquire,
    assert: () => {
      if (!acquire()) fail('DATA_DIR_IN_USE');
    },
    release: () => {
      if (held && owner() === pid) rmSync(file, { force: true });
      held = false;
    },
  };
}

/** The answer to every request while another process holds the folder, or null when this one may go on. */
export function refuseWhenInUse(lock: InstanceLock): Result<never> | null {
  return lock.acquire() ? null : { ok: false, error: new CoreError('DATA_DIR_IN_USE').toAppError() };
}
