import { existsSync } from 'node:fs';
import type { Db } from '../store/connection';
import { isCorruption } from '../store/health';
import { openReadOnly } from '../store/readonly';
import { pathsFor } from '../vault/files';
import { quickCheck } from './queries';

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
