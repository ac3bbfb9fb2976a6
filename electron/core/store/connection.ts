import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, statSync } from 'node:fs';
import { CoreError, fail } from '../errors';
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
  // An existing vault's database is at least one whole page: SQLite would treat a shorter file (0 bytes after a
  // full disk, a cut copy) as a new empty database and write a fresh schema over the damaged file, and the
  // user would hear "wrong password". Checked before the engine touches it, so nothing is written into it.
  if (!opts.create && existsSync(file) && fileSize(file) < MIN_DATABASE_BYTES) fail('DATABASE_CORRUPT');
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
    const objects = db.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number };
    // Every vault database has a schema (setup migrates it before it is renamed into place): none means the
    // file is not the vault's database, and migrating it here would hide that.
    if (!opts.create && objects.n === 0) {
      db.close();
      return fail('DATABASE_CORRUPT');
    }
  } catch (e) {
    if (e instanceof CoreError) throw e;
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

/** SQLCipher 4's page size, which Haven never changes: the smallest file an existing database can be. */
const MIN_DATABASE_BYTES = 4096;

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return Number.MAX_SAFE_INTEGER; // not a plain readable file: let the engine say what is wrong
  }
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
