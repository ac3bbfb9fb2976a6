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

export interface RoundTrip {
  backupDir: string;
  restoredDir: string;
  /** The live vault at the backup's snapshot (the audit table cut at the backup's last record). */
  before: VaultContents;
  /** The vault restored from the backup into a new folder. */
  after: VaultContents;
}

/**
 * backup -> restore -> compare, through the core as the app does it: signs in to `dataDir`, writes a backup
 * (backupToFolder: VACUUM INTO, documents, keyring, manifest, verification), restores it into a new folder
 * under `workDir` with the same password, and returns the contents of both. `before` equals `after` when the
 * round trip lost nothing. For the proof suite (test/reliability) and test/unit/backups.
 */
export async function backupRoundTrip(o: { dataDir: string; username: string; password: string; workDir: string }): Promise<RoundTrip> {
  const { createCore } = await import('../../../electron/core/index');
  const { FAST_KDF_COST } = await import('../../../electron/core/vault/crypto');
  const { backupToFolder } = await import('../../../electron/core/backups/service');
  const { keyForBackup, restoreInto } = await import('../../../electron/core/backups/restore');
  const { openReadOnly } = await import('../../../electron/core/store/readonly');
  const { mkdirSync } = await import('node:fs');
  const core = createCore({ dataDir: o.dataDir, kdfCost: FAST_KDF_COST });
  const folder = join(o.workDir, 'backups');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  let backupDir: string;
  try {
    const r = await core.handle({ channel: 'vault.unlock', input: { username: o.username, password: o.password } });
    if (!r.ok) throw new Error(`unlock: ${r.error.code}`);
    backupDir = backupToFolder(core.runtime, folder, 'manual').dir;
  } finally {
    await core.close();
  }
  const found = await keyForBackup(backupDir, { username: o.username, password: o.password });
  if (!found) throw new Error('the backup does not open with that password');
  const restoredDir = join(o.workDir, 'restored');
  restoreInto(backupDir, restoredDir, found.key);
  const restored = openReadOnly(join(restoredDir, 'haven.db'), found.key);
  const live = openReadOnly(join(o.dataDir, 'haven.db'), found.key);
  try {
    const auditUpTo = restored.prepare('SELECT max(id) FROM audit').pluck().get() as number;
    return { backupDir, restoredDir, before: vaultContents(live, o.dataDir, { auditUpTo }), after: vaultContents(restored, restoredDir) };
  } finally {
    restored.close();
    live.close();
    found.key.fill(0);
  }
}
