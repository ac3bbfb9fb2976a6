import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { appendAudit } from '../../electron/core/audit/chain';
import { insertStaff } from '../../electron/core/staff/queries';
import { inTransaction, type Db } from '../../electron/core/store/connection';
import { generateCentre, type FictionalStaff } from '../../fiction/generator';

/** A fixed clock, so two databases seeded with the same counts hold byte-for-byte the same rows. */
export const SEED_NOW = new Date('2026-01-15T09:00:00.000Z');

export function tempDir(tag: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `haven-bench-${tag}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A plain (unencrypted) SQLite file with the pragmas openDatabase() sets, minus the key. Keep in step with
 * electron/core/store/connection.ts: the ratio is only fair while both sides run the same settings.
 */
export function openPlain(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  return db;
}

/** `count` fictional staff from the seeded generator; usernames get an index so several centres never clash. */
export function seedStaff(db: Db, count: number): number[] {
  const people: FictionalStaff[] = [];
  for (let seed = 1; people.length < count; seed++) people.push(...generateCentre({ seed, size: 'centre' }).staff);
  const now = SEED_NOW.toISOString();
  return inTransaction(db, () =>
    people.slice(0, count).map((p, i) =>
      insertStaff(db, { username: `${p.username}.${i}`, displayName: p.displayName, roles: p.roles, mustChangePassword: false, now }),
    ),
  );
}

/** Hash-chained audit rows written the way the core writes them, spread over the seeded staff. */
export function seedAudit(db: Db, count: number, actorIds: readonly number[]): void {
  inTransaction(db, () => {
    for (let i = 0; i < count; i++) {
      const actorId = actorIds[i % actorIds.length] ?? null;
      appendAudit(db, new Date(SEED_NOW.getTime() + i * 1000), { actorId, action: 'staff.update', target: `staff:${actorId}`, outcome: 'ok', detail: { n: i } });
    }
  });
}
