import Database from 'better-sqlite3-multiple-ciphers';
import { fail } from '../errors';
import type { Db } from './connection';
import { isSqliteError } from './health';

/**
 * Opens a backup's database to check it, without writing a byte: read-only, no WAL switch (openDatabase
 * would turn the copy to WAL, change its header and create -wal/-shm beside it, and the manifest's hash of
 * the file would no longer hold). Same cipher settings as openDatabase.
 */
export function openReadOnly(file: string, key: Buffer): Db {
  if (key.length !== 32) throw new Error('database key must be 32 bytes');
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    return isSqliteError(e) ? fail('DATABASE_UNREADABLE') : fail('STORE_UNAVAILABLE');
  }
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`legacy=4`);
    db.pragma(`key="x'${key.toString('hex')}'"`);
    db.pragma('temp_store = MEMORY');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch {
    db.close();
    return fail('DATABASE_UNREADABLE');
  }
}
