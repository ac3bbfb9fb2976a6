import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../../electron/core/store/connection';

/**
 * The backup round trip, reusable (unit tests here, the proof suite in test/reliability): a digest of every
 * table, row by row, and of every document file, byte by byte. Two data folders hold the same vault when
 * `vaultContents` of both are equal. The audit table can be cut at a record id, for runs whose own sign-in
 * after the restore appends records.
 */
export interface VaultContents {
  tables: Record<string, { rows: number; sha256: string }>;
  documents: Record<string, string>;
}

export function tableDigests(db: Db, opts: { auditUpTo?: number } = {}): VaultContents['tables'] {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).pluck().all() as string[];
  const out: VaultContents['tables'] = {};
  for (const t of tables) {
    const limit = t === 'audit' && opts.auditUpTo !== undefined ? ` WHERE id <= ${Math.floor(opts.auditUpTo)}` : '';
    // Sorted as text: the order rows come back in is not part of what a table holds (VACUUM may change it).
    const rows = (db.prepare(`SELECT * FROM "${t.replaceAll('"', '""')}"${limit}`).raw().all() as unknown[][])
      .map((row) => JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v)))
      .sort();
    out[t] = { rows: rows.length, sha256: createHash('sha256').update(rows.join('\n')).digest('hex') };
  }
  return out;
}

/** Every document file (sealed, as on disk) by name -> SHA-256 of its bytes. */
export function documentDigests(dataDir: string): Record<string, string> {
  const dir = join(dataDir, 'attachments');
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.hvd')) out[name] = createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  return out;
}

export const vaultContents = (db: Db, dataDir: string, opts: { auditUpTo?: number } = {}): VaultContents => ({ tables: tableDigests(db, opts), documents: documentDigests(dataDir) });
