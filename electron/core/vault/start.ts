import { existsSync } from 'node:fs';
import { CoreError, fail } from '../errors';
import { sameDatabase } from '../store/health';
import { openDatabase, type Db } from '../store/connection';
import { enforcePermissions, pathsFor, removeStaleTemporaries, renameDurable } from './files';
import type { Keyring } from './keyring';

/**
 * What every start does before it reads anything (status, unlock, recover): removes temporaries a dead
 * writer left, finishes a setup that crashed after its keyring was written (the keyring is setup's commit
 * point: the staging database was complete and closed before it), and puts permissions right.
 */
export function prepareDataDir(dataDir: string): void {
  if (!existsSync(dataDir)) return;
  removeStaleTemporaries(dataDir);
  const p = pathsFor(dataDir);
  if (existsSync(p.keyring) && !existsSync(p.db) && existsSync(p.staging)) renameDurable(p.staging, p.db);
  enforcePermissions(dataDir, true);
}

/**
 * Opens haven.db with a key the keyring gave. A key that unwrapped is the right key for this keyring, so a
 * database that still refuses it is either damaged or another vault's; the salt recorded at setup tells which.
 */
export function openVaultDb(dataDir: string, dbKey: Buffer, keyring: Pick<Keyring, 'dbSalt'>): Db {
  const file = pathsFor(dataDir).db;
  let db: Db;
  try {
    db = openDatabase(file, dbKey, { create: false });
  } catch (e) {
    if (e instanceof CoreError && e.code === 'DATABASE_UNREADABLE' && sameDatabase(file, keyring.dbSalt) === true) fail('DATABASE_CORRUPT');
    if (e instanceof CoreError && e.code === 'DATABASE_UNREADABLE' && sameDatabase(file, keyring.dbSalt) === null) {
      fail('DATABASE_UNREADABLE', 'The database could not be opened with this keyring: it belongs to another keyring, or its first page is damaged.');
    }
    throw e;
  }
  // SQLite made -wal and -shm with the process umask.
  enforcePermissions(dataDir);
  return db;
}
