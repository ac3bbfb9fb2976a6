import { closeSync, openSync, readSync } from 'node:fs';

/**
 * How the store failed, so the answer names the cause: a damaged file is not a wrong key, and neither is a
 * database engine that could not load. SQLite reports damage as SQLITE_CORRUPT (and its extended codes) or,
 * for a page SQLCipher cannot authenticate, SQLITE_NOTADB.
 */
const sqliteCode = (e: unknown): string | null => {
  if (!(e instanceof Error) || e.name !== 'SqliteError') return null;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
};

export const isSqliteError = (e: unknown): boolean => sqliteCode(e) !== null;

export function isCorruption(e: unknown): boolean {
  const code = sqliteCode(e);
  return code !== null && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

export const sqliteErrorCode = sqliteCode;

/** SQLCipher keeps a random 16-byte salt in the clear at the start of the file. */
export function readDbSalt(file: string): Buffer | null {
  try {
    const fd = openSync(file, 'r');
    try {
      const b = Buffer.alloc(16);
      return readSync(fd, b, 0, 16, 0) === 16 ? b : null;
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
}

/**
 * The file's salt against the one the keyring recorded at setup: equal (or a byte or two off, a flipped byte
 * in the salt itself) means this is the keyring's own database, damaged; a different salt means another
 * vault's database. Null when the keyring predates the record: the cause cannot be told.
 */
export function sameDatabase(file: string, recorded: string | undefined): boolean | null {
  if (!recorded) return null;
  const now = readDbSalt(file);
  if (!now) return null;
  const then = Buffer.from(recorded, 'base64');
  if (then.length !== 16) return null;
  let differing = 0;
  for (let i = 0; i < 16; i++) if (now[i] !== then[i]) differing++;
  return differing <= 2;
}

/**
 * Runtime damage flag: once a request met a corrupt page, the core refuses every request that writes until the
 * database is opened again (unlock), so it does not keep adding to a damaged file. Kept here, keyed by the
 * open connection, so the flag ends with the connection it was about.
 */
const damaged = new WeakSet<object>();
export const markDamaged = (db: object | null): void => {
  if (db) damaged.add(db);
};
export const isDamaged = (db: object | null): boolean => db !== null && damaged.has(db);
