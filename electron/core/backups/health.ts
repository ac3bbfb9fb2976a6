import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Runtime } from '../runtime';
import type { Db } from '../store/connection';
import { isCorruption } from '../store/health';
import { openReadOnly } from '../store/readonly';
import { pathsFor } from '../vault/files';
import { quickCheck } from './queries';
import { RECOVERY_FILE } from './recovery';

/**
 * The live database checked with a key, read-only (nothing is written to a file that may be damaged):
 * 'ok' when it opens and passes quick_check, 'damaged' when it opens and fails, 'unopenable' otherwise
 * (missing, another key, a damaged first page).
 */
export function quickCheckFile(dataDir: string, key: Buffer): 'ok' | 'damaged' | 'unopenable' {
  const file = pathsFor(dataDir).db;
  if (!existsSync(file)) return 'unopenable';
  let db;
  try {
    db = openReadOnly(file, key);
  } catch {
    return 'unopenable';
  }
  try {
    const r = quickCheck(db);
    return r.length === 1 && r[0] === 'ok' ? 'ok' : 'damaged';
  } catch {
    return 'damaged';
  } finally {
    db.close();
  }
}

/** quick_check on the database just opened for an unlock: false when any page or record is damaged. */
export function soundAtUnlock(db: Db): boolean {
  try {
    const r = quickCheck(db);
    return r.length === 1 && r[0] === 'ok';
  } catch (e) {
    if (isCorruption(e)) return false;
    throw e;
  }
}

/**
 * quick_check reads every page: seconds at centre scale (bench unlock.100k_cases.*), too much for every
 * switch of user. So it runs at the first unlock of a process ("on start"), whenever damage was recorded,
 * and whenever the file changed since this process closed it (bytes written by something else while
 * locked). The signature is the file's size and modification time, taken after our own close.
 */
const knownSound = new WeakMap<object, string>();

function signature(dataDir: string): string | null {
  try {
    const st = statSync(pathsFor(dataDir).db);
    return `${st.size}:${st.mtimeMs}`;
  } catch {
    return null;
  }
}

export function needsCheckAtUnlock(rt: Runtime): boolean {
  if (existsSync(join(rt.dataDir, RECOVERY_FILE))) return true;
  const sig = signature(rt.dataDir);
  return sig === null || knownSound.get(rt) !== sig;
}

/** Called after the vault closed the database it had opened and checked: its file as we left it. */
export function rememberClosedSound(rt: Runtime, checked: boolean): void {
  const sig = checked ? signature(rt.dataDir) : null;
  if (sig) knownSound.set(rt, sig);
  else knownSound.delete(rt);
}
