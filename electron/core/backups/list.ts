import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BACKUP_ID, type BackupEntry } from '../../../shared/contract/backups';
import { readManifest, readVerification } from './manifest';

/**
 * The backups in a folder, newest first: every sub-folder named like a backup whose manifest reads and names
 * itself. A half-written `<id>.partial`, a foreign folder or a manifest that does not parse is not listed.
 */
export function listBackups(folder: string | null): BackupEntry[] {
  if (!folder || !existsSync(folder)) return [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const out: BackupEntry[] = [];
  for (const name of names) {
    if (!BACKUP_ID.test(name)) continue;
    const dir = join(folder, name);
    const m = readManifest(dir);
    if (!m || m.id !== name) continue;
    out.push({
      id: m.id,
      createdAt: m.createdAt,
      trigger: m.trigger,
      schemaVersion: m.schemaVersion,
      keyringGeneration: m.keyringGeneration,
      counts: { ...m.counts.tables, documents: m.counts.documents },
      bytes: m.files.reduce((n, f) => n + f.bytes, 0),
      verified: readVerification(dir),
    });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** The backup folder of an id, when the id is a backup name and it exists in the folder. */
export function backupDir(folder: string, id: string): string | null {
  if (!BACKUP_ID.test(id)) return null;
  const dir = join(folder, id);
  try {
    return statSync(dir).isDirectory() ? dir : null;
  } catch {
    return null;
  }
}
