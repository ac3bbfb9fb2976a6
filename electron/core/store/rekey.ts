import type { Db } from './connection';

/**
 * PRAGMA rekey under SQLite3MultipleCiphers: refused in WAL mode, so the WAL is checkpointed into the file and
 * the journal switched to DELETE for it, and WAL restored after (also when the rekey throws). `beforeRekey`
 * runs once the file alone holds everything (vault/rekey.ts copies it there). Only vault/rekey.ts calls this.
 */
export function rekeyDatabase(db: Db, newKey: Buffer, beforeRekey: () => void): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.pragma('journal_mode = DELETE');
  try {
    beforeRekey();
    db.pragma(`rekey="x'${newKey.toString('hex')}'"`);
  } finally {
    db.pragma('journal_mode = WAL');
  }
}
