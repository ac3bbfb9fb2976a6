import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecoveryState } from '../../../shared/contract/backups';
import { sameDatabase } from '../store/health';
import { pathsFor, writeFileAtomic } from '../vault/files';
import { readKeyring } from '../vault/keyring';
import { preRekeyCopy } from '../vault/rekey';
import { listBackups } from './list';
import { readBackupFolder } from './location';

/**
 * recovery-needed.json: written when the core met a damaged or unreadable database (an unlock, a request, the
 * integrity check), so the next start shows the recovery screen before anyone signs in. A code and an
 * instant, nothing else. Removed when an unlock finds the database sound again, or by the restore (the
 * whole damaged folder is moved aside with it).
 */
export const RECOVERY_FILE = 'recovery-needed.json';
const markerSchema = z.object({ reason: z.enum(['DATABASE_CORRUPT', 'DATABASE_UNREADABLE']), detectedAt: z.string() });
type Reason = RecoveryState['reason'];

export function noteDamage(dataDir: string, reason: 'DATABASE_CORRUPT' | 'DATABASE_UNREADABLE', now: Date): void {
  try {
    if (!existsSync(join(dataDir, RECOVERY_FILE))) writeFileAtomic(join(dataDir, RECOVERY_FILE), JSON.stringify({ reason, detectedAt: now.toISOString() }));
  } catch {
    // A folder that refuses writes: the damage is still answered with its code at every unlock.
  }
}

export function clearDamage(dataDir: string): void {
  rmSync(join(dataDir, RECOVERY_FILE), { force: true });
}

function marker(dataDir: string): z.infer<typeof markerSchema> | null {
  try {
    return markerSchema.parse(JSON.parse(readFileSync(join(dataDir, RECOVERY_FILE), 'utf8')));
  } catch {
    return null;
  }
}

/**
 * What the start screen needs to know before anyone signs in: nothing (null), or why the vault must be
 * recovered and which backups to offer. Cheap checks only (no key yet): the recorded damage, a database file
 * gone while its keyring remains, a file shorter than one page, a salt that is not the keyring's.
 */
export function recoveryState(dataDir: string): RecoveryState | null {
  const p = pathsFor(dataDir);
  let reason: Reason | null = null;
  let detectedAt: string | null = null;
  const m = marker(dataDir);
  if (m) ({ reason, detectedAt } = m);
  let dbSalt: string | undefined;
  let hasKeyring = false;
  try {
    dbSalt = readKeyring(dataDir).dbSalt;
    hasKeyring = true;
  } catch {
    hasKeyring = existsSync(p.keyring);
  }
  if (!reason && hasKeyring && !existsSync(p.db) && !existsSync(p.staging)) reason = 'DATABASE_MISSING';
  if (!reason && existsSync(p.db)) {
    let size = Number.MAX_SAFE_INTEGER;
    try {
      size = statSync(p.db).size;
    } catch {
      // unreadable: left to the unlock to classify
    }
    if (size < 4096) reason = 'DATABASE_CORRUPT';
    // A re-key cut short (its pre-rekey copy still there) leaves the file under either salt, the keyring naming the
    // old one: the unlock settles it (vault/rekey.ts rolls forward or puts the copy back), so no verdict here.
    else if (!existsSync(preRekeyCopy(dataDir)) && sameDatabase(p.db, dbSalt) === false) reason = 'DATABASE_UNREADABLE';
  }
  if (!reason) return null;
  const folder = readBackupFolder(dataDir);
  const backups = listBackups(folder).map(({ id, createdAt, trigger, verified }) => ({ id, createdAt, trigger, verified }));
  return { reason, detectedAt, folder, backups };
}
