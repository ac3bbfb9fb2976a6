import { timingSafeEqual } from 'node:crypto';
import { existsSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { CoreError } from '../errors';
import { openReadOnly } from '../store/readonly';
import { BACKUP_DB, keyCheckOf, listFiles, manifestMacOf, MANIFEST_FILE, readManifest, sha256File, VERIFIED_FILE, type Manifest } from './manifest';
import { integrityCheck } from './queries';

export interface VerifyResult {
  ok: boolean;
  /** Short codes naming a file at most: 'manifest', 'missing:<path>', 'extra:<path>', 'hash:<path>', 'key', 'manifest:mac', 'database', 'integrity'. */
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
    // A backup holds files only: a link (even to an identical file) is something put there, never followed.
    if (isLink(p)) findings.push(`extra:${f.path}`);
    else if (!existsSync(p)) findings.push(`missing:${f.path}`);
    else if (sha256File(p) !== f.sha256) findings.push(`hash:${f.path}`);
  }
  for (const path of listFiles(dir)) if ((!listed.has(path) && path !== MANIFEST_FILE && path !== VERIFIED_FILE) || (!listed.has(path) && isLink(join(dir, path)))) findings.push(`extra:${path}`);
  if (dbKey && !findings.some((f) => f.endsWith(`:${BACKUP_DB}`))) {
    if (keyCheckOf(dbKey, manifest.id) !== manifest.keyCheck) findings.push('key');
    // The right key, so the manifest must be the one written with it: a changed file with its hash
    // recomputed, or a lowered keyringGeneration, fails here.
    else if (!macMatches(manifestMacOf(dbKey, manifest), manifest.mac)) findings.push('manifest:mac');
    else findings.push(...checkDatabase(join(dir, BACKUP_DB), dbKey));
  }
  return { ok: findings.length === 0, findings, manifest };
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

const macMatches = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

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
