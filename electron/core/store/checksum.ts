import { createHash } from 'node:crypto';
import type { Db } from './connection';

/**
 * A digest of every row of every table, in a stable order: tests use it to prove a refusal changed nothing.
 * `auditUpTo` limits the audit table to its first N records, for runs whose own sign-in is audited.
 */
export function databaseChecksum(db: Db, opts: { auditUpTo?: number } = {}): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  for (const t of tables) {
    hash.update(`table ${t}\n`);
    const limit = t === 'audit' && opts.auditUpTo !== undefined ? ` WHERE id <= ${Math.floor(opts.auditUpTo)}` : '';
    for (const row of db.prepare(`SELECT * FROM "${t.replaceAll('"', '""')}"${limit}`).raw().iterate()) {
      hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v)));
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}
