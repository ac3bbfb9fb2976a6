import type { Db } from '../store/connection';

/**
 * The copy itself: VACUUM INTO writes a new, compact database file from one read snapshot. Under
 * SQLite3MultipleCiphers the target is written with the source's cipher and key (and the same salt), so the
 * copy is ciphertext from its first page; backups/write.ts proves it with a canary scan in the tests.
 * (The online backup API refuses an encrypted source with an unkeyed target: "incompatible source and target".)
 */
export function vacuumInto(db: Db, file: string): void {
  db.prepare('VACUUM INTO ?').run(file);
}

/** Rows per table, for the manifest: table names and numbers only. */
export function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const counts: Record<string, number> = {};
  for (const t of tables) counts[t] = db.prepare(`SELECT count(*) FROM "${t.replaceAll('"', '""')}"`).pluck().get() as number;
  return counts;
}

export const schemaVersionOf = (db: Db): number => db.pragma('user_version', { simple: true }) as number;

/** SQLite's full check of every page and index; ['ok'] when sound. */
export const integrityCheck = (db: Db): string[] => (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);

/** SQLite's quicker check (no index contents): enough to tell a sound file from a damaged one at unlock. */
export const quickCheck = (db: Db): string[] => (db.pragma('quick_check') as { quick_check: string }[]).map((r) => r.quick_check);
