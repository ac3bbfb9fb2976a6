import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CoreError } from '../errors';
import { openReadOnly } from '../store/readonly';
import { BACKUP_DB, keyCheckOf, listFiles, MANIFEST_FILE, readManifest, sha256File, VERIFIED_FILE, type Manifest } from './manifest';
import { integrityCheck } from './queries';

export interface VerifyResult {
  ok: boolean;
  /** Short codes naming a file at most: 'manifest', 'missing:<path>', 'extra:<path>', 'hash:<path>', 'key', 'database', 'integrity'. */
  findings: string[];
  manifest: Manifest | null;
}

/**
 * Checks a backup as it sits on the drive: the manifest reads, every file it lists is there with its size
 * and SHA-256, nothing else is there, and (given the key) the key is the one the backup was written under
 * and the database passes integrity_check, opened read-only so the check changes nothing.
 */
export function verifyBackup(dir: string, dbKey: Buffer | null): VerifyResult {
  const manifest = readManifest(dir);
  if (!manifest) return { ok: false, findings: ['manifest'], manifest: null };
  const findings: string[] = [];
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    const p = join(dir, f.path);
    if (!existsSync(p)) findings.push(`missing:${f.path}`);
    else if (sha256File(p) !== f.sha256) findings.push(`hash:${f.path}`);
  }
  for (const path of listFiles(dir)) if (!listed.has(path) && path !== MANIFEST_FILE && path !== VERIFIED_FILE) findings.push(`extra:${path}`);
  if (dbKey && !findings.some((f) => f.endsWith(`:${BACKUP_DB}`))) {
    if (keyCheckOf(dbKey, manifest.id) !== manifest.keyCheck) findings.push('key');
    else findings.push(...checkDatabase(join(dir, BACKUP_DB), dbKey));
  }
  return { ok: findings.length === 0, findings, manifest };
}

function checkDatabase(file: string, dbKey: Buffer): string[] {
  try {
    const db = openReadOnly(file, dbKey);
    try {
      const report = integrityCheck(db);
      return report.length === 1 && report[0] === 'ok' ? [] : ['integrity'];
    } finally {
      db.close();
    }
  } catch (e) {
    return [e instanceof CoreError || (e instanceof Error && e.name === 'SqliteError') ? 'database' : 'integrity'];
  }
}
