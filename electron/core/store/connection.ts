import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import { fail } from '../errors';
import { isCorruption, isSqliteError, sqliteErrorCode } from './health';

export type Db = Database.Database;

/**
 * Opens the SQLCipher database with a raw 256-bit key. SQLCipher 4 layout (cipher=sqlcipher, legacy=4)
 * so standard SQLCipher tools can open a backup with the same key.
 * temp_store=MEMORY keeps sort and index spill files off the disk (they would be plaintext), and
 * secure_delete overwrites freed pages so a purged narrative does not linger in the file.
 */
export function openDatabase(file: string, key: Buffer, opts: { create: boolean; nativeBinding?: string }): Db {
  if (key.length !== 32) throw new Error('database key must be 32 bytes');
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: !opts.create, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  } catch (e) {
    // Only a missing file is "not initialised"; an engine that did not load (native module missing or
    // built for another Node) or an unreadable file must say so, not send the user to set up a new vault.
    if (!isSqliteError(e)) return existsSync(file) || opts.create ? fail('STORE_UNAVAILABLE') : fail('NOT_INITIALIZED');
    return existsSync(file) ? fail(isCorruption(e) ? 'DATABASE_CORRUPT' : 'DATABASE_UNREADABLE') : fail('NOT_INITIALIZED');
  }
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma(`legacy=4`);
    db.pragma(`key="x'${key.toString('hex')}'"`);
    // Touch the schema: a wrong key fails here with "file is not a database" (so does a damaged page 1; the
    // vault tells the two apart with the salt the keyring recorded, see vault/service.ts).
    db.prepare('SELECT count(*) FROM sqlite_master').get();
  } catch (e) {
    db.close();
    const code = sqliteErrorCode(e);
    return fail(code !== null && code.startsWith('SQLITE_CORRUPT') ? 'DATABASE_CORRUPT' : 'DATABASE_UNREADABLE');
  }
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Runs fn in one IMMEDIATE transaction (the writer lock is taken up front, so no upgrade deadlocks). */
export function inTransaction<T>(db: Db, fn: () => T): T {
  return db.transaction(fn).immediate();
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/**
 * A prepared statement, cached per connection: preparing costs 30–45 µs, more than most of our queries.
 * Each SQL text must always be used the same way (pluck or not), since the cached object keeps that mode.
 */
export function prep(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let s = cache.get(sql);
  if (!s) cache.set(sql, (s = db.prepare(sql)));
  return s;
}
